"""Storage: typed models, engines and sessions, and Alembic migrations."""

from worker.db.clusters import ArticleBand, ArticleSignature, assign_clusters
from worker.db.migrate import upgrade
from worker.db.models import Article, ArticleTag, Base, DeadLetter, Submission
from worker.db.session import dispose_engines, get_engine, get_sessionmaker

__all__ = [
    "Article",
    "ArticleBand",
    "ArticleSignature",
    "ArticleTag",
    "Base",
    "DeadLetter",
    "Submission",
    "assign_clusters",
    "dispose_engines",
    "get_engine",
    "get_sessionmaker",
    "upgrade",
]
