"""article_versions keep each superseded version's title and text

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: plain ALTER TABLE ADD COLUMN on both databases, no table rebuild.
    # Versions superseded before this revision kept only their hash: their contents stay NULL.
    op.add_column("article_versions", sa.Column("title", sa.Text(), nullable=True))
    op.add_column("article_versions", sa.Column("text", sa.Text(), nullable=True))
    op.add_column(
        "article_versions",
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    # SQLite drops columns by rebuilding the table (batch mode); only article_versions is
    # rebuilt, so the article_tag_scores view on articles is not touched.
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        batch_op.drop_column("superseded_at")
        batch_op.drop_column("text")
        batch_op.drop_column("title")
