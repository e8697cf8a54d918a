"""Clustering stage: near-duplicate articles share a story cluster (MinHash + LSH).

:func:`assign_clusters` signs the articles of a batch, finds earlier articles sharing a band
with them in one query, confirms each candidate on the estimated similarity, and joins the
article to the cluster of its most similar match, or starts a cluster named after the
article itself. The caller owns the transaction (the store stage's).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from worker.db.clusters import candidates, clusters_in_use, stored_signatures, write_clusters
from worker.minhash import bands, pack, signature, similarity

__all__ = ["assign_clusters"]

# Names a new cluster for an article that leaves the cluster named after it.
_CLUSTER_NAMESPACE = uuid.UUID("a4be6a3c-2f0e-5d51-9c3e-7b1f0d2c8e41")
# Articles per candidate query: 32 band hashes each stay well under every driver's limit on
# bound parameters (SQLite 32766, PostgreSQL 65535).
_CHUNK = 250


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
    stored = stored_signatures(session, aids)
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
        chunk = [s.bands for s in changed[begin : begin + _CHUNK]]
        for aid, cluster_id, sig in candidates(session, chunk, changed_ids):
            if aid not in found:
                found.add(aid)
                pool.add(aid, cluster_id, sig, bands(sig))
    taken = clusters_in_use(session, changed_ids)
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
    write_clusters(session, [(s.article_id, s.sig, s.bands) for s in changed], result)
    return result
