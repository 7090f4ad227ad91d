"""foundation: outlets, articles, paragraphs, sentences, removed parts

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 17:51:51.991403
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outlets',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('found_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('name', name=op.f('uq_outlets_name'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('published_as_written', sa.Text(), nullable=True),
    sa.Column('byline', sa.Text(), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Text(), nullable=True),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('paragraph_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('sha256', name=op.f('uq_articles_sha256'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('paragraphs',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_paragraphs_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraphs'))
    )
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraphs_article_id'), ['article_id'], unique=False)

    op.create_table('removed_parts',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_removed_parts_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_removed_parts'))
    )
    with op.batch_alter_table('removed_parts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_removed_parts_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_removed_parts_kind'), ['kind'], unique=False)

    op.create_table('sentences',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_sentences_article_id_articles')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraphs.id'], name=op.f('fk_sentences_paragraph_id_paragraphs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sentences'))
    )
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sentences_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sentences_paragraph_id'), ['paragraph_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sentences_paragraph_id'))
        batch_op.drop_index(batch_op.f('ix_sentences_article_id'))

    op.drop_table('sentences')
    with op.batch_alter_table('removed_parts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_removed_parts_kind'))
        batch_op.drop_index(batch_op.f('ix_removed_parts_article_id'))

    op.drop_table('removed_parts')
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraphs_article_id'))

    op.drop_table('paragraphs')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))

    op.drop_table('articles')
    op.drop_table('outlets')
