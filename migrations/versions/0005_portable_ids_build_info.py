"""portable ids and build_info: BIGINT content ids on PostgreSQL; table build_info

Content ids reach 2^53 - 1, past PostgreSQL's 4-byte INTEGER. SQLite's
INTEGER already holds them (and must stay INTEGER PRIMARY KEY, the rowid),
so the type change applies to PostgreSQL only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 01:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> integer columns holding content ids (primary keys and the keys that point at them)
ID_COLUMNS = {
    "paragraphs": ["id"],
    "sentences": ["id", "paragraph_id"],
    "removed_parts": ["id"],
    "mentions": ["id"],
    "person_roles": ["id"],
    "quotes": ["id"],
    "quote_groups": ["id"],
    "quote_group_members": ["id", "group_id", "quote_id"],
    "claim_groups": ["id"],
    "claims": ["id", "group_id"],
}


def _retype(to: sa.types.TypeEngine, from_: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, columns in ID_COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=to, existing_type=from_, existing_nullable=False)


def upgrade() -> None:
    _retype(sa.BigInteger(), sa.Integer())
    op.create_table(
        "build_info",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_build_info")),
    )


def downgrade() -> None:
    op.drop_table("build_info")
    _retype(sa.Integer(), sa.BigInteger())
