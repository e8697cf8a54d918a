"""Storage: typed models, engines and sessions, and Alembic migrations."""

from worker.db.clusters import ArticleBand, ArticleSignature
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
    "dispose_engines",
    "get_engine",
    "get_sessionmaker",
    "upgrade",
]
