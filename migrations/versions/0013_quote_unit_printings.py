"""quote printings: each article's printings of each quote wording it prints, in a table of their own (`quote_printings`, keyed by the wording's digest and the article)

`add` regroups the quote wordings linked to those the new articles print. It
read the whole stored record of every article printing such a wording to take
that wording's utterances from it: a stock sentence printed by 25,000 of
100,000 articles cost 25,000 records read for one utterance each. A wording's
printings in one article (its normal form, then each utterance of that form:
its position in the record, the utterance as the record stores it, its
quote's speaker as read and its quote's row id) are now a `quote_printings`
row, keyed by the wording's digest (as corpus_index's `quote unit` rows, which
stay as they were) and the article. They are kept out of any key and index:
a long quote's printings run to kilobytes, past what a PostgreSQL index entry
holds.

The upgrade writes each article's rows from its stored record (the build's
`printings_texts` on the record's own JSON: the same text a build writes);
the downgrade drops the table. An offline script (`--sql`) cannot read the
records: it leaves the table empty, and `add`, finding no printings for a
wording some article prints, rebuilds from the extraction cache once.

This revision calls the program's `printings_texts`, `comparable` and
`unit_digest`: the rows' format is what `add` reads, and is checked again
(tests/test_quote_printings.py: the upgrade gives the build's rows) whenever
those change.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27 14:30:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None
BATCH = 5000
# quote_printings is state `add` reads; no derived object (full-text index, derived table, view) reads it.
keeps_derived_objects = True


def upgrade() -> None:
    op.create_table('quote_printings',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('printings', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quote_printings_article_id_articles')),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_quote_printings')),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('quote_printings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_printings_article_id'), ['article_id'], unique=False)
    if op.get_context().as_sql:  # an offline script cannot read the records: the table stays empty
        return
    from loaders import cache
    from loaders.group.quotes import comparable, unit_digest
    from loaders.incremental import printings_texts

    connection = op.get_bind()
    insert = sa.text('INSERT INTO quote_printings ("key", article_id, printings) VALUES (:key, :article_id, :printings)')
    rows: list[dict] = []
    records = connection.execute(sa.text('SELECT article_id, payload FROM article_records ORDER BY article_id'))
    for article_id, payload in records:
        raw = cache.load_plain(payload)
        if not isinstance(raw, dict):
            raise ValueError(f"article {article_id}: not a stored record")
        said = raw['utterances']
        normal = raw.get('normal') or []
        if len(normal) != len(said):  # as `add` reads a record without its normal forms
            normal = [comparable(u['text']) for u in said]
        speakers = {}
        for item in raw['speakers']:
            start, end, who, row_id = item['items']
            speakers[(start, end)] = (who, row_id)
        printed = printings_texts(normal, said, speakers)
        for form in sorted(printed):
            rows.append({'key': unit_digest(form), 'article_id': article_id, 'printings': printed[form]})
        if len(rows) >= BATCH:
            connection.execute(insert, rows)
            rows = []
    if rows:
        connection.execute(insert, rows)


def downgrade() -> None:
    with op.batch_alter_table('quote_printings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_printings_article_id'))
    op.drop_table('quote_printings')
