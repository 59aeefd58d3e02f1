"""The task asked of one called who is no member of the household (SPEC §4.2).

A text the members' reading reads as nothing is read once more with the words that may call
someone (``_outsiders_called``: a first name, an endearment) made members for that reading:
"jack clean your room by tonight", "Дим, накачай колёса у велика на выходных" then ask who
does the chore (a name not a member → clarify ``task.assignee_id``); "honey could you water
the plants", "Tom, sweetheart, could you …" are read past the endearment. The reading is
the policy's own, handed in as ``read``: the words are analysed once, by the caller, and read
again over a widened household, which is all that the second reading changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from policy_core._classes import WordClasses
from policy_core._household import (
    HouseholdIndex,
    HouseholdKey,
    build_household_index,
)
from policy_core._morphology import Morphology
from policy_core._outsiders_called import (
    called_words,
    endearments_read_past,
    may_call_someone,
    outsider_ids,
    outsider_name,
    without_words,
)
from policy_core._resolve import Draft
from policy_core._words import Words, analyse_words
from policy_core.lang import TextWords, Vocabulary

__all__ = ["MembersReading", "asked_of_outsider"]

#: the members' reading of analysed words over a household (``RulePolicy._read_words`` for
#: one command and its settings)
MembersReading: TypeAlias = Callable[[Words, HouseholdIndex], Draft]


def asked_of_outsider(
    draft: Draft,
    words: Words,
    key: HouseholdKey,
    household: HouseholdIndex,
    *,
    read: MembersReading,
    morphology: Morphology,
    vocabulary: Vocabulary,
    classes: WordClasses,
) -> Draft:
    """``draft`` (nothing read in ``words``, the text as analysed for the members' reading
    ``read`` over ``household``, the index of ``key``), or the task of one called to do a
    chore who is no member, read as the members' reading reads one who is: "jack clean your
    room by tonight", "Дим, накачай колёса у велика на выходных" ask who (SPEC §4.2: a name
    not a member → clarify ``task.assignee_id``); "honey could you water the plants", "Tom,
    sweetheart, could you …" are read past the endearment."""
    text = words.text
    if not may_call_someone(text, morphology, vocabulary):
        return draft  # most texts read as nothing: no word that may call someone
    endeared = endearments_read_past(words, household, vocabulary)
    called = called_words(words, household, vocabulary)
    if not called and not endeared:
        return draft  # most texts read as nothing: no word that may call someone
    text_words = vocabulary.text
    if not endeared:
        return (
            _called_task(
                words,
                called,
                endeared=[],
                key=key,
                read=read,
                morphology=morphology,
                text_words=text_words,
            )
            or draft
        )
    # "Tom, sweetheart, could you …", "babe please mop …": read past the endearment (the
    # text less some of its words: never longer, and read blank were nothing left)
    past = without_words(text, words, endeared)
    past_words = analyse_words(past, morphology, text_words, classes, normalised=True)
    past_called = called_words(past_words, household, vocabulary)
    found = _called_task(
        past_words,
        past_called,
        endeared=None,
        key=key,
        read=read,
        morphology=morphology,
        text_words=text_words,
    )
    if found is not None:
        return found
    # "honey could you water the plants": the one so called asked as one called by name
    # is ("Tom, could you …"), the chore the requester's, as "honey, take out the trash" is
    dear = sorted(endeared)
    return (
        _called_task(
            words,
            called,
            endeared=dear,
            key=key,
            read=read,
            morphology=morphology,
            text_words=text_words,
        )
        or draft
    )


def _called_task(
    words: Words,
    called: list[int],
    *,
    endeared: list[int] | None,
    key: HouseholdKey,
    read: MembersReading,
    morphology: Morphology,
    text_words: TextWords,
) -> Draft | None:
    """The task ``read`` reads in ``words`` (the text, or the text read past its
    endearments) once the ones called at ``called`` (names) and ``endeared`` (endearments)
    are made members of the household ``key`` describes: a name's asks who does it; an
    endearment's is the requester's; with ``endeared`` None (the text read past its
    endearments) a member's or the requester's as read. None when no such task. The words
    are read as analysed: an analysis holds nothing of the household, which is all that the
    widened reading changes."""
    dear = endeared or []
    people = [*called, *dear]
    ids = outsider_ids(len(people))
    members, zones, lists, assignee, default_list, parents_outside = key
    names = [outsider_name(words, i) for i in people]
    widened_key: HouseholdKey = (
        (*members, *zip(ids, names, strict=True)),
        zones,
        lists,
        assignee,
        default_list,
        parents_outside,
    )
    again = read(words, build_household_index(widened_key, morphology, text_words))
    task = again.task
    if again.intent != "create_task" or task is None:
        return None
    if task.assignee_id in ids[: len(called)]:
        named = names[ids.index(task.assignee_id)]
        return again._replace(task=task._replace(assignee_id=None, unknown_assignee=named))
    if task.assignee_id in ids:
        return again._replace(task=task._replace(assignee_id=None))
    return again if endeared is None else None
