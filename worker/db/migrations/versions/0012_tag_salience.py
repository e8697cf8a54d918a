"""article_tags.salience: how central a tag is to its article

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("article_tags", sa.Column("salience", sa.Float(), nullable=True))


def downgrade() -> None:
    op.drop_column("article_tags", "salience")
