"""story clusters: articles.cluster_id, LSH bands and MinHash signatures

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cluster_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_cluster_id"), ["cluster_id"], unique=False)

    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("hash", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "band"),
    )
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.create_index("ix_article_bands_band_hash", ["band", "hash"], unique=False)

    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )


def downgrade() -> None:
    op.drop_table("article_signatures")
    op.drop_index("ix_article_bands_band_hash", table_name="article_bands")
    op.drop_table("article_bands")
    op.drop_index(op.f("ix_articles_cluster_id"), table_name="articles")
    # Not in batch mode: rebuilding articles on SQLite breaks the article_tag_scores view
    # (0003); SQLite 3.35+ drops a column that no index or view uses in place.
    op.drop_column("articles", "cluster_id")
