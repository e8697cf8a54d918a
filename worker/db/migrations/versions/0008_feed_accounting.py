"""feed accounting: entry counts per fetch, dead-letter origins, identity reason, OPML folders,
claims

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fetches", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("entries", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("skipped", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("skip_reasons", sa.JSON(), nullable=True))
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guid_policy_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("category", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("html_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_feeds_claimed_at"), ["claimed_at"], unique=False)
    op.create_table(
        "dead_letter_occurrences",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dead_letter_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("fetch_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dead_letter_id"], ["dead_letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dead_letter_occurrences", schema=None) as batch_op:
        for column in ("dead_letter_id", "feed_id", "fetch_id"):
            batch_op.create_index(
                batch_op.f(f"ix_dead_letter_occurrences_{column}"), [column], unique=False
            )


def downgrade() -> None:
    with op.batch_alter_table("dead_letter_occurrences", schema=None) as batch_op:
        for column in ("fetch_id", "feed_id", "dead_letter_id"):
            batch_op.drop_index(batch_op.f(f"ix_dead_letter_occurrences_{column}"))
    op.drop_table("dead_letter_occurrences")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feeds_claimed_at"))
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("html_url")
        batch_op.drop_column("category")
        batch_op.drop_column("guid_policy_reason")
    with op.batch_alter_table("fetches", schema=None) as batch_op:
        batch_op.drop_column("skip_reasons")
        batch_op.drop_column("skipped")
        batch_op.drop_column("entries")
