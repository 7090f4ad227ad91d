"""group ids by first member: a quote group's and a claim group's id is made of its first member (the smallest article id and span) alone, not of every member

A group's id hashed every member's key (and, for a quote group, its canonical
wording; for a claim group, its subject, metric, unit and whether it is
hypothetical), so one printing joining a group of thousands changed the
group's id and so every member's row. Each quote printing and each claim stands
in one group, so its first member (smallest article id, then start, then end)
names the group: a member joining or leaving rewrites its own row and the
group's counts, and every other member's row only where the first member changes.

The upgrade gives every quote group, claim group and quote group member the id
the build now gives it (`loaders/rows.py`, `loaders/group/claims.py`), points
the claims and the members at them, and fills the derived tables holding group
ids again from their SELECTs (so the other derived objects stay:
`keeps_derived_objects`); the downgrade gives back the ids as
revision 0011's build made them. Ids change in two steps (to the negated new id,
then to its negation), so that no row is taken for another's old id. An
offline script (`--sql`) cannot hash in SQL: it leaves the ids and empties
claim_placements, so that `add` rebuilds from the extraction cache once (which
writes the ids anew).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 13:30:00.000000
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None
BATCH = 5000
# The derived tables holding group ids (quote_coverage, claim_coverage, claim_conflicts) are filled again
# where they exist: `db.engine.upgrade` need not drop and make every derived object again.
keeps_derived_objects = True
_DERIVED_WITH_GROUP_IDS = ('quote_coverage', 'claim_coverage', 'claim_conflicts')
# The foreign key pointing at each group table's id: (its name, the table holding it). On PostgreSQL it is
# checked at the end of every statement (not deferrable), and a group's id changes before its members'.
_FOREIGN_KEYS = {
    'quote_groups': ('fk_quote_group_members_group_id_quote_groups', 'quote_group_members'),
    'claim_groups': ('fk_claims_group_id_claim_groups', 'claims'),
}


def upgrade() -> None:
    if op.get_context().as_sql:  # an offline script cannot hash: `add` rebuilds from the cache once
        op.execute('DELETE FROM claim_placements')
        return
    from loaders.spans import content_id

    connection = op.get_bind()
    _cache(connection)
    quote_groups = _first_members(connection.execute(sa.text(
        'SELECT group_id, article_id, span_start, span_end FROM quote_group_members'
    )))
    _renumber_quote_groups(connection, {old: content_id('quote_group', *first) for old, first in quote_groups.items()})
    claim_groups = _first_members(connection.execute(sa.text(
        'SELECT group_id, article_id, span_start, span_end FROM claims WHERE group_id IS NOT NULL'
    )))
    _renumber_claim_groups(connection, {old: content_id('claim_group', *first) for old, first in claim_groups.items()})
    _refill_derived(connection)


def downgrade() -> None:
    if op.get_context().as_sql:
        op.execute('DELETE FROM claim_placements')
        return
    from loaders.group.quotes import normalise
    from loaders.spans import content_id

    connection = op.get_bind()
    _cache(connection)
    # 0011's quote group id: its canonical wording (normalised) and every member's quote key, sorted.
    texts = dict(connection.execute(sa.text('SELECT id, text FROM quote_groups')).fetchall())
    quote_keys: dict[int, set[tuple[str, int, int]]] = {}
    for group_id, article_id, start, end in connection.execute(sa.text(
        'SELECT m.group_id, q.article_id, q.span_start, q.span_end FROM quote_group_members m JOIN quotes q ON q.id = m.quote_id'
    )):
        quote_keys.setdefault(group_id, set()).add((article_id, start, end))
    _renumber_quote_groups(connection, {
        group_id: content_id('quote_group', normalise(texts[group_id]), *sorted(keys))
        for group_id, keys in quote_keys.items()
    })
    # 0011's claim group id: subject, metric, unit, hypothetical or not, and every member's key, sorted.
    groups = {
        row[0]: row[1:]
        for row in connection.execute(sa.text('SELECT id, subject_id, metric, unit FROM claim_groups'))
    }
    members: dict[int, list[tuple[str, int, int]]] = {}
    hypothetical: set[int] = set()
    for group_id, article_id, start, end, modality in connection.execute(sa.text(
        'SELECT group_id, article_id, span_start, span_end, modality FROM claims WHERE group_id IS NOT NULL'
    )):
        members.setdefault(group_id, []).append((article_id, start, end))
        if modality == 'hypothetical':
            hypothetical.add(group_id)
    _renumber_claim_groups(connection, {
        group_id: content_id(
            'claim_group', groups[group_id][0] or '', groups[group_id][1], groups[group_id][2],
            group_id in hypothetical, *sorted(keys),
        )
        for group_id, keys in members.items()
    })
    _refill_derived(connection)


def _cache(connection: sa.Connection) -> None:
    """A page cache the size of the build's on SQLite: the ids are set in hash order, all over each table
    and its indexes, and SQLite's default of 2 MB read the same pages again and again (minutes of
    system time at 100,000 articles)."""
    if connection.dialect.name == 'sqlite':
        from db.writer import CACHE_KIB

        connection.execute(sa.text(f'PRAGMA cache_size=-{CACHE_KIB}'))


def _first_members(rows: Iterable) -> dict[int, tuple[str, int, int]]:
    """Each group's smallest (article id, start, end) of its members."""
    first: dict[int, tuple[str, int, int]] = {}
    for group_id, article_id, start, end in rows:
        key = (article_id, start, end)
        if group_id not in first or key < first[group_id]:
            first[group_id] = key
    return first


def _renumber_quote_groups(connection: sa.Connection, new_ids: dict[int, int]) -> None:
    from loaders.spans import content_id

    with _without_foreign_key(connection, 'quote_groups'):
        _renumber(connection, 'quote_groups', 'id', new_ids)
        _renumber(connection, 'quote_group_members', 'group_id', new_ids)
    members = connection.execute(sa.text(
        'SELECT id, group_id, article_id, span_start, span_end FROM quote_group_members'
    )).fetchall()
    _renumber(connection, 'quote_group_members', 'id', {
        row_id: content_id('quote_member', group_id, article_id, start, end)
        for row_id, group_id, article_id, start, end in members
    })


def _renumber_claim_groups(connection: sa.Connection, new_ids: dict[int, int]) -> None:
    with _without_foreign_key(connection, 'claim_groups'):
        _renumber(connection, 'claim_groups', 'id', new_ids)
        _renumber(connection, 'claims', 'group_id', new_ids)


@contextlib.contextmanager
def _without_foreign_key(connection: sa.Connection, parent: str) -> Iterator[None]:
    """The foreign key onto PARENT's id dropped while the ids and the references change, and made
    again after (which checks every row), on a server: SQLite's foreign keys are off while migrating
    and checked before the commit (migrations/env.py). Inside the migration's transaction: a
    failure gives back the key with everything else."""
    if connection.dialect.name == 'sqlite':
        yield
        return
    name, child = _FOREIGN_KEYS[parent]
    op.drop_constraint(name, child, type_='foreignkey')
    yield
    op.create_foreign_key(name, child, parent, ['group_id'], ['id'])


def _refill_derived(connection: sa.Connection) -> None:
    """The derived tables holding group ids, where they exist, filled again from their SELECTs: their
    rows are stored in the SELECT's order, which a group's id takes part in (db/derived.py), so that
    an upgraded database's pages are a build's. The three tables only: the other derived objects hold
    no group id, and making them all again takes minutes at 100,000 articles."""
    from db.derived import DERIVED_TABLES

    present = set(sa.inspect(connection).get_table_names())
    for table in _DERIVED_WITH_GROUP_IDS:  # in DERIVED_TABLES' order: claim_conflicts reads claim_coverage
        if table in present:
            connection.execute(sa.text(f'DELETE FROM "{table}"'))
            connection.execute(sa.text(f'INSERT INTO "{table}" {DERIVED_TABLES[table]}'))


def _renumber(connection: sa.Connection, table: str, column: str, new_ids: dict[int, int]) -> None:
    """Set `column` to its new value in every row of `table`: first to the negated new value (ids are
    never negative), then each negated value to its negation, so that no row is taken for another's
    old value, nor a key for a key another row still holds."""
    statement = sa.text(f'UPDATE {table} SET {column} = :new WHERE {column} = :old')
    changed = [{'new': -new, 'old': old} for old, new in new_ids.items() if old != new]
    for start in range(0, len(changed), BATCH):
        connection.execute(statement, changed[start:start + BATCH])
    connection.execute(sa.text(f'UPDATE {table} SET {column} = -{column} WHERE {column} < 0'))
