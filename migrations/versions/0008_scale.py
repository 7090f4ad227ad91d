"""scale: extraction cache (each article's extraction, keyed by content hash and extractor version); indexes for quote groups by article count

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 01:55:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('extraction_cache',
    sa.Column('article_sha256', sa.Text(), nullable=False),
    sa.Column('extractor_version', sa.Text(), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('article_sha256', 'extractor_version', name=op.f('pk_extraction_cache')),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('quote_groups', schema=None) as batch_op:
        batch_op.create_index('ix_quote_groups_article_count_id', ['article_count', 'id'], unique=False)
    with op.batch_alter_table('quote_group_members', schema=None) as batch_op:
        batch_op.create_index('ix_quote_group_members_group_id_article_id', ['group_id', 'article_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('quote_group_members', schema=None) as batch_op:
        batch_op.drop_index('ix_quote_group_members_group_id_article_id')
    with op.batch_alter_table('quote_groups', schema=None) as batch_op:
        batch_op.drop_index('ix_quote_groups_article_count_id')
    op.drop_table('extraction_cache')
