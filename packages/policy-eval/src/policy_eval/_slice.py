"""A fixed, reproducible slice of a dataset: the cases whose id hashes into one bucket.

``--bucket B/N`` keeps the cases whose ``sha256(id)`` (as an integer) is ``B`` modulo ``N``.
The slice depends only on the ids, so it stays the same across runs and machines, and a new
case joins exactly one bucket. It is how a slow policy (an LLM on a small CPU) is measured on
a held-back part of the sealed half without anyone choosing, or seeing, which cases.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from policy_eval._cases import Dataset

__all__ = ["Bucket", "parse_bucket"]


@dataclass(frozen=True, slots=True)
class Bucket:
    """Bucket ``index`` of ``count``: the cases whose id hashes to ``index`` modulo ``count``.

    >>> Bucket(0, 1).holds("en-shop-001")
    True
    """

    index: int
    count: int

    def __post_init__(self) -> None:
        if self.count < 1 or not 0 <= self.index < self.count:
            raise ValueError(f"bucket {self.index}/{self.count}: need 0 <= B < N and N >= 1")

    def holds(self, case_id: str) -> bool:
        digest = hashlib.sha256(case_id.encode("utf-8")).hexdigest()
        return int(digest, 16) % self.count == self.index

    def of(self, dataset: Dataset) -> Dataset:
        """``dataset`` with only this bucket's cases (its digest names the bucket)."""
        kept = tuple(case for case in dataset.cases if self.holds(case.id))
        digest = hashlib.sha256(f"{dataset.digest}#bucket{self.index}/{self.count}".encode())
        return Dataset(dataset.root, kept, dataset.files, f"sha256:{digest.hexdigest()}")


def parse_bucket(text: str) -> Bucket:
    """``"B/N"`` as a :class:`Bucket`; ``ValueError`` saying what is wrong otherwise.

    >>> parse_bucket("0/5")
    Bucket(index=0, count=5)
    """
    index, slash, count = text.partition("/")
    if not slash or not index.strip().isdigit() or not count.strip().isdigit():
        raise ValueError(f"{text!r} is not B/N (two whole numbers, e.g. 0/5)")
    return Bucket(int(index), int(count))
