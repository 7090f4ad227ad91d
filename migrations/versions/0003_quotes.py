"""quotes: quotes, quote groups and their members

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:00:09.304302
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('quote_groups',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('speaker_id', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('quote_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['people.id'], name=op.f('fk_quote_groups_speaker_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_groups'))
    )
    with op.batch_alter_table('quote_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_groups_article_count'), ['article_count'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_groups_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('speaker_id', sa.Text(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('speaker_as_written', sa.Text(), nullable=True),
    sa.Column('speaker_resolution', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles')),
    sa.ForeignKeyConstraint(['speaker_id'], ['people.id'], name=op.f('fk_quotes_speaker_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes'))
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_cue'), ['cue'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('quote_group_members',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('match', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('difference', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quote_group_members_article_id_articles')),
    sa.ForeignKeyConstraint(['group_id'], ['quote_groups.id'], name=op.f('fk_quote_group_members_group_id_quote_groups')),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_quote_group_members_quote_id_quotes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_group_members'))
    )
    with op.batch_alter_table('quote_group_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_group_members_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_group_members_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_group_members_match'), ['match'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_group_members_quote_id'), ['quote_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('quote_group_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_group_members_quote_id'))
        batch_op.drop_index(batch_op.f('ix_quote_group_members_match'))
        batch_op.drop_index(batch_op.f('ix_quote_group_members_group_id'))
        batch_op.drop_index(batch_op.f('ix_quote_group_members_article_id'))

    op.drop_table('quote_group_members')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_kind'))
        batch_op.drop_index(batch_op.f('ix_quotes_cue'))
        batch_op.drop_index(batch_op.f('ix_quotes_article_id'))

    op.drop_table('quotes')
    with op.batch_alter_table('quote_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_groups_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_quote_groups_article_count'))

    op.drop_table('quote_groups')
