"""Running part of the dataset: ``--filter KIND:PATTERN`` and ``--limit N``.

A filter matches a case's tag, language or id against a shell-style pattern (``id:ru-shop-*``,
``tag:typo``, ``lang:mixed``). Filters of one kind are alternatives (``--filter lang:ru
--filter lang:en`` is either), filters of different kinds must all match; ``--limit N`` then
keeps the first N cases in dataset order. The selected dataset gets its own digest, so a gate
against a baseline of the whole dataset says the dataset differs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Final, Literal, TypeAlias

from policy_eval._cases import Dataset, GoldenCase
from policy_eval.exceptions import SpecError

__all__ = ["FILTER_KINDS", "CaseFilter", "parse_filter", "select_cases"]

FilterKind: TypeAlias = Literal["tag", "lang", "id"]
FILTER_KINDS: Final[tuple[FilterKind, ...]] = ("tag", "lang", "id")


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """One ``KIND:PATTERN`` filter.

    >>> parse_filter("id:ru-*").matches_case_id("ru-shop-001")
    True
    """

    kind: FilterKind
    pattern: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.pattern}"

    def matches_case_id(self, case_id: str) -> bool:
        return fnmatchcase(case_id, self.pattern)

    def matches(self, case: GoldenCase) -> bool:
        if self.kind == "tag":
            return any(fnmatchcase(tag, self.pattern) for tag in case.tags)
        if self.kind == "lang":
            return fnmatchcase(case.lang, self.pattern)
        return self.matches_case_id(case.id)


def parse_filter(text: str) -> CaseFilter:
    """``KIND:PATTERN`` as a :class:`CaseFilter`; ``SpecError`` saying what is wrong."""
    kind, colon, pattern = text.partition(":")
    kind = kind.strip()
    if not colon or kind not in FILTER_KINDS or not pattern.strip():
        raise SpecError(
            "--filter", text, f"expected KIND:PATTERN with KIND one of {', '.join(FILTER_KINDS)}"
        )
    return CaseFilter(kind, pattern.strip())


def _keep(case: GoldenCase, filters: Sequence[CaseFilter]) -> bool:
    kinds = {f.kind for f in filters}
    return all(any(f.matches(case) for f in filters if f.kind == kind) for kind in kinds)


def select_cases(
    dataset: Dataset, filters: Sequence[CaseFilter] = (), limit: int | None = None
) -> Dataset:
    """The cases of ``dataset`` the filters keep, at most ``limit`` of them.

    ``SpecError`` when nothing is left: a run over no case measures nothing.
    """
    if limit is not None and limit < 1:
        raise SpecError("--limit", str(limit), "must be at least 1")
    if not filters and limit is None:
        return dataset
    kept = [case for case in dataset.cases if _keep(case, filters)]
    if not kept:
        shown = " ".join(str(f) for f in filters)
        raise SpecError("--filter" if filters else "--limit", shown, f"no case of {dataset.root}")
    if limit is not None:
        kept = kept[:limit]
    label = ",".join(str(f) for f in filters) + f"#limit={limit}"
    digest = hashlib.sha256(f"{dataset.digest}#{label}".encode()).hexdigest()
    return Dataset(dataset.root, tuple(kept), dataset.files, f"sha256:{digest}")
