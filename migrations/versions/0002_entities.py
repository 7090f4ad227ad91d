"""entities: organisations, people, products, places, mentions, person roles

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:57:27.018265
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisations',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('found_by', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('name', name=op.f('uq_organisations_name'))
    )
    op.create_table('people',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('found_by', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('name', name=op.f('uq_people_name'))
    )
    op.create_table('places',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('found_by', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('name', name=op.f('uq_places_name'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_kind'), ['kind'], unique=False)

    op.create_table('products',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('maker_id', sa.Text(), nullable=True),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('found_by', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['maker_id'], ['organisations.id'], name=op.f('fk_products_maker_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('name', name=op.f('uq_products_name'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_maker_id'), ['maker_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Text(), nullable=True),
    sa.Column('product_id', sa.Text(), nullable=True),
    sa.Column('place_id', sa.Text(), nullable=True),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_mentions_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_mentions_person_id_people')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_mentions_place_id_places')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_mentions_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_place_id'), ['place_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_rule'), ['rule'], unique=False)

    op.create_table('person_roles',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('person_id', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_person_roles_article_id_articles')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_person_roles_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_roles_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_roles'))
    )
    with op.batch_alter_table('person_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_roles_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_roles_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_roles_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_roles_title'), ['title'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('person_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_roles_title'))
        batch_op.drop_index(batch_op.f('ix_person_roles_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_roles_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_roles_article_id'))

    op.drop_table('person_roles')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_rule'))
        batch_op.drop_index(batch_op.f('ix_mentions_product_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_place_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_person_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_kind'))
        batch_op.drop_index(batch_op.f('ix_mentions_entity_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_maker_id'))
        batch_op.drop_index(batch_op.f('ix_products_kind'))

    op.drop_table('products')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_kind'))

    op.drop_table('places')
    op.drop_table('people')
    op.drop_table('organisations')
