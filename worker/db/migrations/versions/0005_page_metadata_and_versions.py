"""page metadata (extraction, charset source, author, site, image, future dates) and versions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("charset_source", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("extraction", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("author", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("site_name", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("image_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("published_in_future", sa.Boolean(), nullable=True))
    op.create_table(
        "article_versions",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "content_hash"),
    )


def _tag_scores_view() -> str:
    """CREATE VIEW article_tag_scores exactly as 0003 wrote it (0005 does not change it)."""
    created_by = context.script.get_revision("0003")
    assert created_by is not None
    return str(created_by.module.VIEW)


def downgrade() -> None:
    # The batch drop below rebuilds articles on SQLite (copy, drop, rename), which a view on
    # articles does not survive: the view is dropped first and created again after.
    op.drop_table("article_versions")
    op.execute("DROP VIEW IF EXISTS article_tag_scores")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for column in ("published_in_future", "image_url", "site_name", "author", "extraction",
                       "charset_source"):  # fmt: skip
            batch_op.drop_column(column)
    op.execute(_tag_scores_view())
