"""quote unit printings: each `quote unit` row of corpus_index (a wording an article prints) holds that article's printings of it, not the word `printed`

`add` regroups the quote wordings linked to those the new articles print. It
read the whole stored record of every article printing such a wording to take
that wording's utterances from it: a stock sentence printed by 25,000 of
100,000 articles cost 25,000 records read for one utterance each. A wording's
printings in one article (its normal form, then each utterance of that form:
its position in the record, the utterance as the record stores it, its
quote's speaker as read and its quote's row id) are now the value of the
wording's `quote unit` row, which `add` already reads to know the printers.

The upgrade writes each article's rows from its stored record (the build's
`printings_text` on the record's own JSON: the same text a build writes); the
downgrade gives back `printed`. An offline script (`--sql`) cannot read the
records: it leaves `printed`, which `add` does not read as printings, and so
rebuilds from the extraction cache once.

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
# corpus_index is state `add` reads; no derived object (full-text index, derived table, view) reads it.
keeps_derived_objects = True


def upgrade() -> None:
    if op.get_context().as_sql:  # an offline script cannot read the records: the rows stay `printed`
        return
    from loaders import cache
    from loaders.group.quotes import comparable, unit_digest
    from loaders.incremental import QUOTE_UNIT, printings_text

    connection = op.get_bind()
    connection.execute(sa.text('DELETE FROM corpus_index WHERE kind = :kind'), {'kind': QUOTE_UNIT})
    insert = sa.text('INSERT INTO corpus_index (kind, "key", article_id, value) VALUES (:kind, :key, :article_id, :value)')
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
        for form in sorted(set(normal)):
            value = printings_text(form, normal, said, speakers)
            rows.append({'kind': QUOTE_UNIT, 'key': unit_digest(form), 'article_id': article_id, 'value': value})
        if len(rows) >= BATCH:
            connection.execute(insert, rows)
            rows = []
    if rows:
        connection.execute(insert, rows)


def downgrade() -> None:
    op.execute("UPDATE corpus_index SET value = 'printed' WHERE kind = 'quote unit'")
