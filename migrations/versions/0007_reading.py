"""reading: article labels, reading order

Every article gets a label (its headline, else a short title made from its
first sentence, flagged as derived), so no link reads "None"; every spanned
row that lists read article by article gets one sort key, reading_order.
Existing rows are filled by the build's own rules.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 01:15:27.705286
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

READING_ORDER_TABLES = ('claims', 'mentions', 'paragraphs', 'quotes', 'sentences')


def _reading_order_sql(table: str, dialect: str) -> str:
    padded = "printf('%010d', span_start)" if dialect == 'sqlite' else "lpad(CAST(span_start AS TEXT), 10, '0')"
    return f"UPDATE {table} SET reading_order = article_id || '/' || {padded}"


def upgrade() -> None:
    # Plain ADD COLUMN (no batch table rebuild): a rebuild reflects constraints
    # in set order, and the same build would no longer give the same bytes.
    # The server defaults only let NOT NULL columns join tables that have rows;
    # those rows are filled at once, by the build's own rules.
    from loaders.labels import article_label

    bind = op.get_bind()
    op.add_column('articles', sa.Column('label', sa.Text(), nullable=False, server_default=''))
    op.add_column('articles', sa.Column('label_is_derived', sa.Integer(), nullable=False, server_default='0'))
    articles = sa.table('articles', sa.column('id'), sa.column('title'), sa.column('body'),
                        sa.column('label'), sa.column('label_is_derived'))
    if op.get_context().as_sql:
        # An offline script cannot run Python per row: the headline, else the body's start.
        op.execute("UPDATE articles SET label = COALESCE(NULLIF(title, ''), SUBSTR(body, 1, 80)), "
                   "label_is_derived = CASE WHEN title IS NULL OR title = '' THEN 1 ELSE 0 END")
    else:
        for row in bind.execute(sa.select(articles.c.id, articles.c.title, articles.c.body)).fetchall():
            label, derived = article_label(row.title, row.body)
            bind.execute(articles.update().where(articles.c.id == row.id).values(label=label, label_is_derived=int(derived)))

    for table in READING_ORDER_TABLES:
        op.add_column(table, sa.Column('reading_order', sa.Text(), nullable=False, server_default=''))
        op.execute(_reading_order_sql(table, bind.dialect.name))
        op.create_index(op.f(f'ix_{table}_reading_order'), table, ['reading_order'], unique=False)


def downgrade() -> None:
    for table in reversed(READING_ORDER_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_reading_order'))
            batch_op.drop_column('reading_order')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('label_is_derived')
        batch_op.drop_column('label')
