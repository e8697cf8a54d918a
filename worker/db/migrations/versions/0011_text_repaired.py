"""articles.text_repaired: whether mojibake was repaired in the input

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("text_repaired", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "text_repaired")
