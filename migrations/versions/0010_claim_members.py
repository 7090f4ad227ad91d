"""claim members: each claim as claim grouping reads it, in its own row keyed by the claim's id (no longer inside its article's record)

`add` regroups a subject's block by reading that block's claims; with the
claims inside each article's record it decoded every claim of every article
holding one of them. The upgrade moves each article's claims (article_records.claims,
tagged JSON, zlib-compressed) into one claim_members row each (a positional JSON
array: the figure's fields in their order, its span as [start, end], then the
outlet, the organisations its sentence names, whether the headline prints it,
its words); the downgrade puts them back. The ids of places and people the old
column also kept are not carried over (`add` reads them from entity_contributions;
the downgrade writes them empty). An offline script (`--sql`) cannot run Python
per row: its upgrade leaves claim_members empty and its downgrade empties
article_records, and `add` then rebuilds from the extraction cache once.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 22:30:00.000000
"""
from __future__ import annotations

import json
import zlib

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# The figure's fields, in order, as this revision writes them (the downgrade names them again).
CLAIM_FIELDS = (
    'span', 'value', 'unit', 'value_as_written', 'scale', 'also_value', 'also_unit', 'direction', 'metric',
    'subject', 'period', 'period_as_written', 'scope', 'source', 'modality', 'qualifier', 'value_high',
    'precision', 'metric_cue', 'moment', 'subjects', 'earlier',
)
MEMBER_TAG, CLAIM_TAG = 'loaders.group.claims:Member', 'loaders.extract.claims:ClaimFound'
RECORDS_TAG, SPAN_TAG = 'loaders.group.claims:ClaimRecords', 'loaders.spans:Span'
BATCH = 2000


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(',', ':'), allow_nan=False)


def _plain(value: object) -> object:
    """A tagged value of the old record as the positional array holds it."""
    if isinstance(value, dict):
        if value.get('@') == SPAN_TAG:
            return [value['start'], value['end']]
        if value.get('@') == 'tuple':
            return [_plain(item) for item in value['items']]
        raise ValueError(f'claim_members cannot hold {value.get("@")}')
    return value


def _member_rows(article_id: str, payload: bytes) -> list[dict]:
    from loaders.spans import content_id

    records = json.loads(zlib.decompress(payload).decode('utf-8'))
    rows = []
    for member in records['members']:
        claim = member['claim']
        values = [_plain(item) for key, item in claim.items() if key != '@']
        near = _plain(member['sentence_organisations'])
        span = claim['span']
        rows.append({
            'claim_id': content_id(article_id, 'claim', span['start'], span['end']),
            'article_id': article_id,
            'member': _dumps([values, member['outlet'], near, member['in_headline'], member['text']]),
        })
    return rows


def _records_payload(article_id: str, members: list[str]) -> bytes:
    tagged = []
    for text in members:
        values, outlet, near, in_headline, printed = json.loads(text)
        claim: dict[str, object] = {'@': CLAIM_TAG}
        for name, value in zip(CLAIM_FIELDS, values, strict=True):
            if name == 'span':
                value = {'@': SPAN_TAG, 'start': value[0], 'end': value[1]}
            elif name == 'subjects':
                value = {'@': 'tuple', 'items': value}
            claim[name] = value
        tagged.append({
            '@': MEMBER_TAG, 'article_id': article_id, 'claim': claim, 'outlet': outlet,
            'sentence_organisations': {'@': 'tuple', 'items': near}, 'in_headline': in_headline, 'text': printed,
        })
    records = {'@': RECORDS_TAG, 'members': tagged, 'elsewhere': {'@': 'set', 'items': []}}
    return zlib.compress(_dumps(records).encode('utf-8'), 6)


def upgrade() -> None:
    claim_members = op.create_table('claim_members',
    sa.Column('claim_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('member', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claim_members_article_id_articles')),
    sa.PrimaryKeyConstraint('claim_id', name=op.f('pk_claim_members')),
    )
    with op.batch_alter_table('claim_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_members_article_id'), ['article_id'], unique=False)
    if not op.get_context().as_sql:  # an offline script cannot run Python per row: claim_members stays empty
        connection = op.get_bind()
        records = connection.execute(sa.text('SELECT article_id, claims FROM article_records ORDER BY article_id'))
        rows: list[dict] = []
        for article_id, payload in records.fetchall():
            rows.extend(_member_rows(article_id, payload))
            if len(rows) >= BATCH:
                connection.execute(claim_members.insert(), rows)
                rows = []
        if rows:
            connection.execute(claim_members.insert(), rows)
    # Plain DROP COLUMN (no batch table rebuild, which would reflect the table's constraints anew).
    op.drop_column('article_records', 'claims')


def downgrade() -> None:
    with op.batch_alter_table('article_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claims', sa.LargeBinary(), nullable=True))
    if op.get_context().as_sql:  # offline: no record kept (`add` then rebuilds from the cache once)
        op.execute('DELETE FROM article_records')
    else:
        connection = op.get_bind()
        members: dict[str, list[tuple[int, int, str]]] = {}
        for article_id, text in connection.execute(sa.text('SELECT article_id, member FROM claim_members')).fetchall():
            start, end = json.loads(text)[0][0]
            members.setdefault(article_id, []).append((start, end, text))
        article_ids = [row[0] for row in connection.execute(sa.text('SELECT article_id FROM article_records')).fetchall()]
        update = sa.text('UPDATE article_records SET claims = :claims WHERE article_id = :article_id')
        for start in range(0, len(article_ids), BATCH):
            connection.execute(update, [
                {'article_id': article_id,
                 'claims': _records_payload(article_id, [text for *_, text in sorted(members.get(article_id, []))])}
                for article_id in article_ids[start:start + BATCH]
            ])
    with op.batch_alter_table('article_records', schema=None) as batch_op:
        batch_op.alter_column('claims', existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table('claim_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_members_article_id'))
    op.drop_table('claim_members')
