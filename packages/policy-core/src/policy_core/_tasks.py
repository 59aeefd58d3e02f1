"""Task clauses: title, assignee and zone (SPEC §4.2). The due date comes from ``_dates``."""

from __future__ import annotations

from typing import NamedTuple

from policy_core import _lexicon as lx
from policy_core._clauses import Clause
from policy_core._household import HouseholdIndex, NamedThing
from policy_core._words import Words

__all__ = ["TaskDraft", "read_task"]

_ASSIGNEE_PREPOSITIONS = frozenset({"для", "for", "у", "to", "by", "за"})
_TRAILING = frozenset(
    {"please", "pls", "plz", "пожалуйста", "плиз", "thanks", "спасибо", "и", "and", "then",
     "а", "also", "потом", "ok", "ладно"}
)  # fmt: skip
_PERSON_OPENERS = frozenset({"remind", "ask", "tell", "let", "have", "get", "make"})
_PERSON_FOLLOWERS = frozenset(
    {"to", "that", "about", "should", "needs", "must", "has", "can", "will", ","}
)
_RU_PERSON_OPENERS = frozenset(
    {
        "напомнить",
        "попросить",
        "поручить",
        "сказать",
        "передать",
        "для",
        "пусть",
        "у",
        "назначить",
        "закрепить",
        "за",
    }
)
_NOT_PEOPLE = lx.SELF_WORDS | frozenset(
    {"us", "everyone", "everybody", "someone", "somebody", "the", "a", "an", "him", "her",
     "them", "kids", "children", "all", "it"}
)  # fmt: skip


_CREATING = lx.CREATE_VERBS | lx.ADD_VERBS


class TaskDraft(NamedTuple):
    title: str | None
    assignee: NamedThing | None  # a member named in the text
    unknown_assignee: str | None  # a person named in the text who is not a member
    zone: NamedThing | None


def _unknown_person(words: Words, start: int, end: int, skip: set[int]) -> int | None:
    infos = words.infos
    for i in range(start, end):
        info = infos[i]  # None for all but words
        if info is None or i in skip:
            continue
        if info.is_russian:
            if not info.may_be_name or info.norm in lx.SELF_WORDS:
                continue
            before = words.lemmas[i - 1] if i > start else ""
            after = words.norms[i + 1] if i + 1 < end else ""
            capitalised = words.tokens[i].text[:1].isupper()
            if (
                before in _RU_PERSON_OPENERS
                or (i == start and after == ",")
                or (capitalised and info.is_name)
            ):
                return i
            continue
        norm = words.norms[i]
        if norm in _NOT_PEOPLE or norm in lx.EN_CHORE_VERBS or norm in lx.SCAFFOLD_LEADING:
            continue
        nxt = words.norms[i + 1] if i + 1 < end else ""
        prev = words.norms[i - 1] if i > start else ""
        capitalised = words.tokens[i].text[:1].isupper()
        if prev in _PERSON_OPENERS and (nxt in _PERSON_FOLLOWERS or capitalised):
            return i
        if capitalised and i == start and nxt in _PERSON_FOLLOWERS:
            return i
    return None


def _creates_task(words: Words, kept: list[int]) -> bool:
    """ "создай задачу", "add a task", "make a reminder": a creation verb before a task noun."""
    if not words.matches(kept[0], _CREATING):
        return False
    return any(words.matches(k, lx.TASK_NOUNS) for k in kept[1:4])


def read_task(
    words: Words, clause: Clause, household: HouseholdIndex, excluded: frozenset[int]
) -> TaskDraft:
    """Title, assignee and zone of one task clause; ``excluded`` tokens are the due phrase."""
    start, end = clause.start, clause.end
    zones = household.find_zones(words, start, end)
    lists = household.find_lists(words, start, end)
    in_names = {k for _, i, j in zones + lists for k in range(i, j)}
    dropped: set[int] = set(excluded)
    assignee: NamedThing | None = None
    infos, first_names = words.infos, household.first_names
    for i in range(start, end):
        info = infos[i]
        # Most words name no member: find_member's own first test, inline.
        if info is None or info.lemmas.isdisjoint(first_names):
            continue
        if i in in_names or i in excluded:
            continue
        member = household.find_member(words, i)
        if member is None:
            continue
        if assignee is None:
            assignee = member
        dropped.add(i)
        if (
            i > start
            and words.norms[i - 1] in _ASSIGNEE_PREPOSITIONS
            and words.norms[i - 1] != "to"
        ):
            dropped.add(i - 1)
        if i + 1 < end and words.norms[i + 1] in {",", "'s"}:
            dropped.add(i + 1)
    unknown = None
    if assignee is None:
        found = _unknown_person(words, start, end, in_names | set(excluded))
        if found is not None:
            unknown = words.tokens[found].text
            dropped.add(found)
    kept = [i for i in range(start, end) if i not in dropped]
    while kept and (
        _creates_task(words, kept)
        or words.is_punct(kept[0])
        or words.matches(kept[0], lx.SCAFFOLD_LEADING)
        or words.matches(kept[0], lx.REMIND_VERBS)
        or words.matches(kept[0], lx.TASK_NOUNS)
        or words.norms[kept[0]] in lx.SELF_WORDS
    ):
        kept.pop(0)
    while kept and (words.is_punct(kept[-1]) or words.norms[kept[-1]] in _TRAILING):
        kept.pop()
    title = words.phrase(kept) if kept else None
    if title:
        title = title[0].upper() + title[1:]
    return TaskDraft(title or None, assignee, unknown, zones[0][0] if zones else None)
