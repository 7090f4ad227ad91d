"""claim placements: where claim grouping put each claim (its block, the subjects it may be about and those it is mainly about), in its own row keyed by the claim's id

`add` regroups a subject's block from its claims, and needs to know of each
whether it is mainly about the subject: it resolved every claim's names again
(against the corpus's organisations) to learn it. A claim's placement changes
only when its article is written again or one of its names resolves otherwise,
which `add` tells (those claims it places again); the others' placements are
now read. The upgrade places every claim as the build does (the corpus's
organisations, and the names some article gives a place or a person, never an
organisation's short name); the downgrade drops the table. An offline script
(`--sql`) cannot run Python per row: its upgrade leaves claim_placements empty,
and `add` then rebuilds from the extraction cache once.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 04:00:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None
BATCH = 2000


def upgrade() -> None:
    claim_placements = op.create_table('claim_placements',
    sa.Column('claim_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('placement', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claim_placements_article_id_articles')),
    sa.PrimaryKeyConstraint('claim_id', name=op.f('pk_claim_placements')),
    )
    with op.batch_alter_table('claim_placements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_placements_article_id'), ['article_id'], unique=False)
    if op.get_context().as_sql:  # an offline script cannot run Python per row: claim_placements stays empty
        return
    # The placements are the program's own reading of the stored members (as 0010 read the records).
    from loaders.group.claims import OrganisationNames, claim_block
    from loaders.incremental import member_of, placement_text

    connection = op.get_bind()
    organisations = {row[0] for row in connection.execute(sa.text('SELECT id FROM organisations'))}
    elsewhere = {
        row[0] for row in connection.execute(sa.text(
            "SELECT DISTINCT entity_id FROM entity_contributions WHERE kind IN ('place', 'person') AND in_findings = 1"
        ))
    }
    names = OrganisationNames(organisations, elsewhere)
    rows: list[dict] = []
    members = connection.execute(sa.text('SELECT claim_id, article_id, member FROM claim_members ORDER BY claim_id'))
    for claim_id, article_id, text in members:
        placed = claim_block(member_of(article_id, text), names)
        rows.append({'claim_id': claim_id, 'article_id': article_id, 'placement': placement_text(placed)})
        if len(rows) >= BATCH:
            connection.execute(claim_placements.insert(), rows)
            rows = []
    if rows:
        connection.execute(claim_placements.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table('claim_placements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_placements_article_id'))
    op.drop_table('claim_placements')
