"""claims: claims and claim groups

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:02:53.606433
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('claim_groups',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('subject_id', sa.Text(), nullable=True),
    sa.Column('metric', sa.Text(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('disagreements', sa.Text(), nullable=True),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('claim_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['subject_id'], ['organisations.id'], name=op.f('fk_claim_groups_subject_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_groups'))
    )
    with op.batch_alter_table('claim_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_groups_article_count'), ['article_count'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_groups_metric'), ['metric'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_groups_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_groups_subject_id'), ['subject_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('scale', sa.Text(), nullable=True),
    sa.Column('also_value', sa.Float(), nullable=True),
    sa.Column('also_unit', sa.Text(), nullable=True),
    sa.Column('direction', sa.Text(), nullable=True),
    sa.Column('metric', sa.Text(), nullable=False),
    sa.Column('subject_id', sa.Text(), nullable=True),
    sa.Column('period', sa.Text(), nullable=True),
    sa.Column('period_as_written', sa.Text(), nullable=True),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('modality', sa.Text(), nullable=False),
    sa.Column('qualifier', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles')),
    sa.ForeignKeyConstraint(['group_id'], ['claim_groups.id'], name=op.f('fk_claims_group_id_claim_groups')),
    sa.ForeignKeyConstraint(['subject_id'], ['organisations.id'], name=op.f('fk_claims_subject_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_direction'), ['direction'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_metric'), ['metric'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_modality'), ['modality'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_scope'), ['scope'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_subject_id'), ['subject_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_unit'), ['unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_value'), ['value'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_value'))
        batch_op.drop_index(batch_op.f('ix_claims_unit'))
        batch_op.drop_index(batch_op.f('ix_claims_subject_id'))
        batch_op.drop_index(batch_op.f('ix_claims_source'))
        batch_op.drop_index(batch_op.f('ix_claims_scope'))
        batch_op.drop_index(batch_op.f('ix_claims_period'))
        batch_op.drop_index(batch_op.f('ix_claims_modality'))
        batch_op.drop_index(batch_op.f('ix_claims_metric'))
        batch_op.drop_index(batch_op.f('ix_claims_group_id'))
        batch_op.drop_index(batch_op.f('ix_claims_direction'))
        batch_op.drop_index(batch_op.f('ix_claims_article_id'))

    op.drop_table('claims')
    with op.batch_alter_table('claim_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_groups_subject_id'))
        batch_op.drop_index(batch_op.f('ix_claim_groups_status'))
        batch_op.drop_index(batch_op.f('ix_claim_groups_metric'))
        batch_op.drop_index(batch_op.f('ix_claim_groups_article_count'))

    op.drop_table('claim_groups')
