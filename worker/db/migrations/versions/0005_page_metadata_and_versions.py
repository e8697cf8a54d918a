"""page metadata (extraction, charset source, author, site, image, future dates) and versions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

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


def downgrade() -> None:
    op.drop_table("article_versions")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for column in ("published_in_future", "image_url", "site_name", "author", "extraction",
                       "charset_source"):  # fmt: skip
            batch_op.drop_column(column)
