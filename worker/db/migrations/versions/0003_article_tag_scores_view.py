"""article_tag_scores: one row per article and tag, for SQL consumers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VIEW = """
CREATE VIEW article_tag_scores AS
SELECT
    a.id AS article_id,
    t.tag AS tag,
    t.code AS country_code,
    t.score AS score,
    a.title AS title,
    a.language AS language,
    a.source AS source,
    a.url AS url,
    a.canonical_url AS canonical_url,
    a.published_at AS published_at,
    a.published_precision AS published_precision,
    a.first_seen_at AS first_seen_at,
    a.taxonomy_version AS taxonomy_version
FROM articles AS a
JOIN article_tags AS t ON t.article_id = a.id
"""


def upgrade() -> None:
    op.execute(VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW article_tag_scores")
