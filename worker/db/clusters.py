"""Story clusters: stored MinHash signatures and LSH bands, and the batch that assigns them.

Every signed article keeps its signature (``article_signatures``) and one row per LSH band
(``article_bands``); ``articles.cluster_id`` names its story. :func:`assign_clusters` signs
the articles of a batch, finds earlier articles sharing a band with them in one query,
confirms each candidate on the estimated similarity, and joins the article to the cluster of
its most similar match, or starts a cluster named after the article itself. The caller owns
the transaction (as for :func:`worker.pipeline.store.store_articles`).

``articles.cluster_id`` is reached through a Core table clause, so this module needs nothing
from the ``Article`` model; the column is added by migration 0006.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import (
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    and_,
    bindparam,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    table,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, Session, mapped_column

from worker.db.models import Base
from worker.minhash import bands, pack, signature, similarity, unpack

__all__ = ["ArticleBand", "ArticleSignature", "assign_clusters"]

# Names a new cluster for an article that leaves the cluster named after it (see _own_cluster).
_CLUSTER_NAMESPACE = uuid.UUID("a4be6a3c-2f0e-5d51-9c3e-7b1f0d2c8e41")

# Articles per candidate query: 32 band hashes each stay well under every driver's limit on
# bound parameters (SQLite 32766, PostgreSQL 65535).
_CHUNK = 250

_articles = table("articles", column("id", String), column("cluster_id", String))


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


@dataclass(frozen=True, slots=True)
class _Signed:
    article_id: str
    sig: tuple[int, ...]
    bands: list[tuple[int, str]]


class _Pool:
    """Signed articles indexed by band, to find an article's best match among them."""

    def __init__(self) -> None:
        self._members: list[tuple[str, str, tuple[int, ...]]] = []
        self._by_band: dict[tuple[int, str], list[int]] = {}

    def add(
        self, aid: str, cluster_id: str, sig: tuple[int, ...], keys: Sequence[tuple[int, str]]
    ) -> None:
        self._members.append((aid, cluster_id, sig))
        for key in keys:
            self._by_band.setdefault(key, []).append(len(self._members) - 1)

    def best(self, s: _Signed, threshold: float) -> str | None:
        """The cluster of the most similar other member sharing a band, if similar enough."""
        best: tuple[float, str] | None = None
        for i in sorted({i for key in s.bands for i in self._by_band.get(key, ())}):
            aid, cluster_id, sig = self._members[i]
            score = similarity(s.sig, sig)
            if aid != s.article_id and score >= threshold and (best is None or score > best[0]):
                best = (score, cluster_id)
        return None if best is None else best[1]


def _stored(session: Session, aids: Sequence[str]) -> dict[str, tuple[str | None, bytes | None]]:
    """``(cluster_id, packed signature)`` of the batch's articles as stored now."""
    stmt = (
        select(_articles.c.id, _articles.c.cluster_id, ArticleSignature.signature)
        .select_from(_articles)
        .outerjoin(ArticleSignature, ArticleSignature.article_id == _articles.c.id)
        .where(_articles.c.id.in_(aids))
    )
    return {r.id: (r.cluster_id, r.signature) for r in session.execute(stmt)}


def _candidates(
    session: Session, signed: Sequence[_Signed], exclude: Sequence[str]
) -> list[tuple[str, str, tuple[int, ...]]]:
    """``(article id, cluster id, signature)`` of stored articles sharing a band with the batch.

    One query: per band number, the band hashes the batch has (the (band, hash) index serves
    each branch). The articles being re-signed are left out: their stored bands are replaced.
    """
    by_band: dict[int, set[str]] = {}
    for s in signed:
        for band, digest in s.bands:
            by_band.setdefault(band, set()).add(digest)
    if not by_band:
        return []
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
    stmt = (
        select(ArticleSignature.article_id, _articles.c.cluster_id, ArticleSignature.signature)
        .join(_articles, _articles.c.id == ArticleSignature.article_id)
        .where(ArticleSignature.article_id.in_(matching))
        .order_by(ArticleSignature.article_id)
    )
    return [
        (r.article_id, r.cluster_id or r.article_id, unpack(r.signature))
        for r in session.execute(stmt)
    ]


def _own_cluster(session: Session, aids: Sequence[str]) -> set[str]:
    """Ids among ``aids`` that other articles still use as their cluster id.

    Such an article, re-clustered with no match, cannot take its own id again: its old
    cluster's members would follow it into a story they are not part of.
    """
    if not aids:
        return set()
    stmt = select(_articles.c.cluster_id).where(
        _articles.c.cluster_id.in_(aids), _articles.c.id != _articles.c.cluster_id
    )
    return {cid for cid in session.scalars(stmt) if cid is not None}


def assign_clusters(
    session: Session, items: Sequence[tuple[str, str]], threshold: float
) -> dict[str, str]:
    """Put each ``(article_id, text)`` in a story cluster; returns ``{article_id: cluster_id}``.

    The articles must be stored already (this transaction may have stored them). Each joins
    the cluster of its most similar candidate (earlier articles, and those before it in this
    batch) whose estimated similarity reaches ``threshold``, or a cluster named after itself.
    A text too short to sign (:data:`worker.minhash.MIN_WORDS`) matches nothing.
    Idempotent: an article whose signature is unchanged keeps its cluster and nothing is
    written; a changed one gets its signature and bands replaced and is clustered again.
    The same article twice in a batch: the last text counts.
    """
    texts = dict(items)
    if not texts:
        return {}
    aids = list(texts)
    stored = _stored(session, aids)
    result: dict[str, str] = {}
    signed: list[_Signed] = []
    changed: list[_Signed] = []
    for aid in aids:
        sig = signature(texts[aid])
        s = _Signed(aid, sig, bands(sig))
        signed.append(s)
        cluster_id, packed = stored.get(aid, (None, None))
        if cluster_id is not None and packed == (pack(sig) if sig else None):
            result[aid] = cluster_id  # already clustered with this very signature
        else:
            changed.append(s)
    if not changed:
        return result
    changed_ids = [s.article_id for s in changed]
    pool = _Pool()
    found: set[str] = set()
    for begin in range(0, len(changed), _CHUNK):
        for aid, cluster_id, sig in _candidates(
            session, changed[begin : begin + _CHUNK], changed_ids
        ):
            if aid not in found:
                found.add(aid)
                pool.add(aid, cluster_id, sig, bands(sig))
    taken = _own_cluster(session, changed_ids)
    for s in signed:  # in order: an article is a candidate for those after it in the batch
        aid = s.article_id
        if aid not in result:  # changed: cluster it now
            match = pool.best(s, threshold)
            if match is not None:
                result[aid] = match
            elif aid in taken:
                result[aid] = str(uuid.uuid5(_CLUSTER_NAMESPACE, f"{aid}:{pack(s.sig).hex()}"))
            else:
                result[aid] = aid
        pool.add(aid, result[aid], s.sig, s.bands)
    _write(session, changed, result)
    return result


def _write(session: Session, changed: Sequence[_Signed], result: dict[str, str]) -> None:
    """Replace the signatures and bands of the changed articles and set their cluster ids."""
    ids = [s.article_id for s in changed]
    session.execute(
        update(_articles)
        .where(_articles.c.id == bindparam("aid"))
        .values(cluster_id=bindparam("cid"))
        .execution_options(synchronize_session=False),
        [{"aid": aid, "cid": result[aid]} for aid in ids],
    )
    session.execute(delete(ArticleBand).where(ArticleBand.article_id.in_(ids)))
    session.execute(delete(ArticleSignature).where(ArticleSignature.article_id.in_(ids)))
    signatures = [{"article_id": s.article_id, "signature": pack(s.sig)} for s in changed if s.sig]
    if signatures:
        session.execute(insert(_SIGNATURES), signatures)
    rows = [(s.article_id, band, digest) for s in changed for band, digest in s.bands]
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Three arrays in one statement: a quarter of executemany's client time per row.
        aids, numbers, digests = (list(col) for col in zip(*rows, strict=True))
        session.execute(_UNNEST_BANDS, {"aids": aids, "bands": numbers, "hashes": digests})
    else:
        session.execute(
            insert(_BANDS), [{"article_id": a, "band": n, "hash": h} for a, n, h in rows]
        )
