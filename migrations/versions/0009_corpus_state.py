"""corpus state: what the corpus-wide steps read, counted or kept per article, so that `add` recomputes only what new articles touch

A database migrated to this revision has the tables empty: `add` then falls
back to rebuilding from the extraction cache until the next full build fills them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 04:00:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('corpus_counts',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', 'value', name=op.f('pk_corpus_counts')),
    sqlite_with_rowid=False,
    )
    op.create_table('corpus_index',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_corpus_index_article_id_articles')),
    sa.PrimaryKeyConstraint('kind', 'key', 'article_id', 'value', name=op.f('pk_corpus_index')),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('corpus_index', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_corpus_index_article_id'), ['article_id'], unique=False)
    op.create_table('entity_contributions',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('rule', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('best_rule', sa.Text(), nullable=True),
    sa.Column('best_confidence', sa.Float(), nullable=True),
    sa.Column('subkind', sa.Text(), nullable=True),
    sa.Column('role_name', sa.Text(), nullable=True),
    sa.Column('in_findings', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_entity_contributions_article_id_articles')),
    sa.PrimaryKeyConstraint('kind', 'entity_id', 'article_id', name=op.f('pk_entity_contributions')),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('entity_contributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_contributions_article_id'), ['article_id'], unique=False)
    op.create_table('article_records',
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('claims', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_records_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_article_records')),
    )


def downgrade() -> None:
    op.drop_table('article_records')
    with op.batch_alter_table('entity_contributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_contributions_article_id'))
    op.drop_table('entity_contributions')
    with op.batch_alter_table('corpus_index', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_corpus_index_article_id'))
    op.drop_table('corpus_index')
    op.drop_table('corpus_counts')
