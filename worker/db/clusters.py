"""Story clusters in the database: MinHash signatures, LSH bands and cluster ids.

Every signed article keeps its signature (``article_signatures``) and one row per LSH band
(``article_bands``); ``articles.cluster_id`` names its story. The clustering stage
(worker.pipeline.cluster) decides; these functions read and write what it needs, a fixed
number of statements per batch. The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    all_,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, Session, mapped_column

from worker.db.articles import among
from worker.db.models import Article, Base
from worker.db.upsert import columnar, insert_rows
from worker.minhash import pack, unpack

__all__ = [
    "ArticleBand",
    "ArticleSignature",
    "candidates",
    "clusters_in_use",
    "stored_signatures",
    "write_clusters",
]


class ArticleBand(Base):
    """One LSH band of an article's signature: equal bands make two articles candidates."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_band_hash", "band", "hash"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    hash: Mapped[str] = mapped_column(String(16))


class ArticleSignature(Base):
    """An article's MinHash signature (:func:`worker.minhash.pack`)."""

    __tablename__ = "article_signatures"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)


_BANDS = cast(Table, ArticleBand.__table__)
_SIGNATURES = cast(Table, ArticleSignature.__table__)


_UNNESTED = (
    func.unnest(
        sql_cast(bindparam("aids"), ARRAY(String)),
        sql_cast(bindparam("bands"), ARRAY(SmallInteger)),
        sql_cast(bindparam("hashes"), ARRAY(String)),
    )
    .table_valued("article_id", "band", "hash")
    .render_derived()
)
_UNNEST_BANDS = insert(_BANDS).from_select(
    ["article_id", "band", "hash"],
    select(_UNNESTED.c.article_id, _UNNESTED.c.band, _UNNESTED.c.hash),
)


_CLUSTER_IDS = (
    func.unnest(
        sql_cast(bindparam("aids"), ARRAY(String)),
        sql_cast(bindparam("cids"), ARRAY(String)),
    )
    .table_valued("aid", "cid")
    .render_derived()
)
_ARTICLES = cast(Table, Article.__table__)
_UNNEST_CLUSTER_IDS = (
    update(_ARTICLES)
    .where(_ARTICLES.c.id == _CLUSTER_IDS.c.aid)
    .values(cluster_id=_CLUSTER_IDS.c.cid)
)


def stored_signatures(
    session: Session, aids: Sequence[str]
) -> dict[str, tuple[str | None, bytes | None]]:
    """``(cluster_id, packed signature)`` of the batch's articles as stored now."""
    matching, params = among(session, Article.id, aids, "ids")
    stmt = (
        select(Article.id, Article.cluster_id, ArticleSignature.signature)
        .select_from(Article)
        .outerjoin(ArticleSignature, ArticleSignature.article_id == Article.id)
        .where(matching)
    )
    return {r.id: (r.cluster_id, r.signature) for r in session.execute(stmt, params)}


def candidates(
    session: Session, signed: Sequence[Sequence[tuple[int, str]]], exclude: Sequence[str]
) -> list[tuple[str, str, tuple[int, ...]]]:
    """``(article id, cluster id, signature)`` of stored articles sharing a band with the batch.

    One query: per band number, the band hashes the batch has (the (band, hash) index serves
    each branch). The articles being re-signed are left out: their stored bands are replaced.
    """
    by_band: dict[int, set[str]] = {}
    for keys in signed:
        for band, digest in keys:
            by_band.setdefault(band, set()).add(digest)
    if not by_band:
        return []
    if session.get_bind().dialect.name == "postgresql":
        pairs = sorted((band, digest) for band, digests in by_band.items() for digest in digests)
        params: dict[str, Any] = {
            "bands": [b for b, _ in pairs],
            "hashes": [h for _, h in pairs],
            "exclude": list(exclude),
        }
        stmt = _PG_CANDIDATES
    else:
        matching = (
            select(ArticleBand.article_id)
            .where(
                or_(
                    *(
                        and_(ArticleBand.band == band, ArticleBand.hash.in_(sorted(digests)))
                        for band, digests in sorted(by_band.items())
                    )
                )
            )
            .where(ArticleBand.article_id.not_in(exclude))
        )
        stmt = _candidates_of(matching)
        params = {}
    return [
        (r.article_id, r.cluster_id or r.article_id, unpack(r.signature))
        for r in session.execute(stmt, params)
    ]


def _candidates_of(matching: Any) -> Any:
    return (
        select(ArticleSignature.article_id, Article.cluster_id, ArticleSignature.signature)
        .join(Article, Article.id == ArticleSignature.article_id)
        .where(ArticleSignature.article_id.in_(matching))
        .order_by(ArticleSignature.article_id)
    )


# PostgreSQL: the batch's (band, hash) pairs as two arrays joined to the (band, hash) index,
# one SQL text for every batch.
_PAIRS = (
    func.unnest(
        sql_cast(bindparam("bands"), ARRAY(SmallInteger)),
        sql_cast(bindparam("hashes"), ARRAY(String)),
    )
    .table_valued("band", "hash")
    .render_derived()
)
_PG_CANDIDATES = _candidates_of(
    select(ArticleBand.article_id)
    .join(_PAIRS, and_(ArticleBand.band == _PAIRS.c.band, ArticleBand.hash == _PAIRS.c.hash))
    .where(ArticleBand.article_id != all_(sql_cast(bindparam("exclude"), ARRAY(String))))
)


def clusters_in_use(session: Session, aids: Sequence[str]) -> set[str]:
    """Ids among ``aids`` that other articles still use as their cluster id.

    Such an article, re-clustered with no match, cannot take its own id again: its old
    cluster's members would follow it into a story they are not part of.
    """
    if not aids:
        return set()
    matching, params = among(session, Article.cluster_id, aids, "ids")
    stmt = select(Article.cluster_id).where(matching, Article.id != Article.cluster_id)
    return {cid for cid in session.scalars(stmt, params) if cid is not None}


def write_clusters(
    session: Session,
    changed: Sequence[tuple[str, tuple[int, ...], Sequence[tuple[int, str]]]],
    result: Mapping[str, str],
    replaced: Sequence[str] | None = None,
) -> None:
    """Replace the signatures and bands of the ``(article id, signature, bands)`` changed and
    set their cluster ids from ``result``.

    ``replaced`` are those that may have a signature and bands stored already (all of them
    when not given); the others were inserted in this transaction: nothing to delete.
    """
    ids = [aid for aid, _, _ in changed]
    old = ids if replaced is None else list(replaced)
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        # Two arrays in one statement, whatever the batch size.
        session.execute(_UNNEST_CLUSTER_IDS, {"aids": ids, "cids": [result[aid] for aid in ids]})
    else:
        session.execute(
            update(cast(Table, Article.__table__))
            .where(Article.id == bindparam("aid"))
            .values(cluster_id=bindparam("cid"))
            .execution_options(synchronize_session=False),
            [{"aid": aid, "cid": result[aid]} for aid in ids],
        )
    if old:
        matching, params = among(session, ArticleBand.article_id, old, "ids")
        session.execute(delete(ArticleBand).where(matching), params)
        matching, params = among(session, ArticleSignature.article_id, old, "ids")
        session.execute(delete(ArticleSignature).where(matching), params)
    signatures = [{"article_id": aid, "signature": pack(sig)} for aid, sig, _ in changed if sig]
    if signatures:
        session.execute(
            insert_rows(session, _SIGNATURES, signatures),
            columnar(session, signatures),
        )
    rows = [(aid, band, digest) for aid, _, keys in changed for band, digest in keys]
    if not rows:
        return
    if postgres:
        # Three arrays in one statement: a quarter of executemany's client time per row.
        aids, numbers, digests = (list(col) for col in zip(*rows, strict=True))
        session.execute(_UNNEST_BANDS, {"aids": aids, "bands": numbers, "hashes": digests})
    else:
        session.execute(
            insert(_BANDS), [{"article_id": a, "band": n, "hash": h} for a, n, h in rows]
        )
