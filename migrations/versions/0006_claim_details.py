"""claims: the upper end of a range, the precision printed, the cue that chose the metric, the moment within a day

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 01:22:03.684338
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('value_high', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('precision', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('metric_cue', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('moment', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_column('moment')
        batch_op.drop_column('metric_cue')
        batch_op.drop_column('precision')
        batch_op.drop_column('value_high')
