"""Clustering stage: near-duplicate articles share a story cluster (MinHash + LSH).

:func:`assign_clusters` signs the articles of a batch, finds earlier articles sharing a band
with them in one query, confirms each candidate on the estimated similarity, and joins the
article to the cluster of its most similar match, or starts a cluster named after the
article itself. The caller owns the transaction (the store stage's).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy.orm import Session

from worker.db.clusters import candidates, clusters_in_use, stored_signatures, write_clusters
from worker.minhash import bands, pack, signature

__all__ = ["assign_clusters"]

# Names a new cluster for an article that leaves the cluster named after it.
_CLUSTER_NAMESPACE = uuid.UUID("a4be6a3c-2f0e-5d51-9c3e-7b1f0d2c8e41")
# Members of one cluster that carry LSH bands. A new member that joins a cluster which
# already has this many among its candidates keeps its signature but stores no bands: it
# is found through the representatives it matched, so the candidates of a later article,
# and the work to compare them, stay bounded however large its story grows.
REPRESENTATIVES = 4
# Articles per candidate query: 32 band hashes each stay well under every driver's limit on
# bound parameters (SQLite 32766, PostgreSQL 65535).
_CHUNK = 250


@dataclass(frozen=True, slots=True)
class _Signed:
    article_id: str
    sig: tuple[int, ...]
    bands: list[tuple[int, str]]

    @property
    def array(self) -> npt.NDArray[np.uint32]:
        return np.asarray(self.sig, dtype=np.uint32)


class _Pool:
    """Signed articles indexed by band, to find an article's best match among them."""

    def __init__(self) -> None:
        self._members: list[tuple[str, str]] = []
        self._sigs: list[npt.NDArray[np.uint32]] = []
        self._by_band: dict[tuple[int, str], list[int]] = {}
        self._banded: dict[str, int] = {}  # cluster id -> members that carry bands

    def add(
        self, aid: str, cluster_id: str, sig: Sequence[int], keys: Sequence[tuple[int, str]]
    ) -> None:
        self._members.append((aid, cluster_id))
        self._sigs.append(np.asarray(sig, dtype=np.uint32))
        if keys:
            self._banded[cluster_id] = self._banded.get(cluster_id, 0) + 1
        for key in keys:
            self._by_band.setdefault(key, []).append(len(self._members) - 1)

    def representatives(self, cluster_id: str) -> int:
        """How many members of ``cluster_id`` here carry bands (are found by later ones)."""
        return self._banded.get(cluster_id, 0)

    def best(self, s: _Signed, threshold: float) -> str | None:
        """The cluster of the most similar other member sharing a band, if similar enough."""
        found = sorted({i for key in s.bands for i in self._by_band.get(key, ())})
        found = [i for i in found if self._members[i][0] != s.article_id]
        if not found or not s.sig:
            return None
        # One vectorized comparison of the signature with every candidate's.
        agree = np.count_nonzero(np.stack([self._sigs[i] for i in found]) == s.array, axis=1)
        scores = agree / len(s.sig)
        top = int(np.argmax(scores))  # the first of equals: candidates in a stable order
        if scores[top] < threshold:
            return None
        return self._members[found[top]][1]


def assign_clusters(
    session: Session,
    items: Sequence[tuple[str, str]],
    threshold: float,
    fresh: Collection[str] = frozenset(),
) -> dict[str, str]:
    """Put each ``(article_id, text)`` in a story cluster; returns ``{article_id: cluster_id}``.

    The articles must be stored already (this transaction may have stored them). Each joins
    the cluster of its most similar candidate (earlier articles, and those before it in this
    batch) whose estimated similarity reaches ``threshold``, or a cluster named after itself.
    A text too short to sign (:data:`worker.minhash.MIN_WORDS`) matches nothing.
    Idempotent: an article whose signature is unchanged keeps its cluster and nothing is
    written; a changed one gets its signature and bands replaced and is clustered again.
    The same article twice in a batch: the last text counts. ``fresh`` names articles this
    transaction has just inserted: nothing of theirs is stored yet, so nothing is read back.
    A member joining a cluster that already has :data:`REPRESENTATIVES` members with bands
    among its candidates stores no bands of its own.
    """
    texts = dict(items)
    if not texts:
        return {}
    aids = list(texts)
    known = [aid for aid in aids if aid not in fresh]
    stored = stored_signatures(session, known) if known else {}
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
    replaced = [aid for aid in changed_ids if aid not in fresh]
    taken = clusters_in_use(session, replaced)
    kept: dict[str, list[tuple[int, str]]] = {}
    for s in signed:  # in order: an article is a candidate for those after it in the batch
        aid = s.article_id
        keys = s.bands
        if aid not in result:  # changed: cluster it now
            match = pool.best(s, threshold)
            if match is not None:
                result[aid] = match
                if pool.representatives(match) >= REPRESENTATIVES:
                    keys = []  # found through the representatives it matched
            elif aid in taken:
                result[aid] = str(uuid.uuid5(_CLUSTER_NAMESPACE, f"{aid}:{pack(s.sig).hex()}"))
            else:
                result[aid] = aid
            kept[aid] = keys
        pool.add(aid, result[aid], s.sig, keys)
    write_clusters(
        session,
        [(s.article_id, s.sig, kept.get(s.article_id, s.bands)) for s in changed],
        result,
        replaced=replaced,
    )
    return result
