"""Splitting a command into its shopping part and its task part.

A *trigger* starts a clause: a buying verb ("купи", "buy", "add ... to the list", "нужно
молоко", "we're out of"), or a task opener (a reminder, "попроси Петю", an imperative or
infinitive chore verb, "нужно вынести", "we need to"). A clause runs to the next trigger of the
other kind; words before the first trigger belong to the first clause.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import TriggerWords

__all__ = ["Clause", "ClauseKind", "split_clauses"]

ClauseKind = Literal["shop", "task"]


class Clause(NamedTuple):
    kind: ClauseKind
    start: int  # first token of the clause (including words before its trigger)
    trigger: int  # the trigger token
    end: int  # one past the last token


def _is_verbal(words: Words, index: int) -> bool:
    info = words.infos[index]
    return info is not None and (info.is_infinitive or info.is_imperative)


def _is_out_of(words: Words, i: int, nxt: int | None, t: TriggerWords) -> bool:
    """ "out of": the first word at ``i`` and the second the next word."""
    return nxt is not None and (words.norms[i], words.norms[nxt]) in t.out_of


def _shop_trigger(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    lemma, norm = words.lemmas[i], words.norms[i]
    nxt = words.next_words[i]
    if norm in t.buy_typos and i == 0 and nxt is not None:
        return True  # "by milk": the most common typo of "buy"
    if words.matches(i, t.list_words) and i + 1 < len(words) and words.norms[i + 1] == ":":
        return True  # "grocery list: milk, eggs"
    if lemma in t.shop_verbs or norm in t.shop_verbs:
        if norm in t.order_verbs and nxt is not None and words.norms[nxt] in t.ordered_meals:
            return True
        return (
            norm not in t.person_taking_verbs
            or nxt is None
            or household.find_member(words, nxt) is None
        )
    if norm in t.soft_shop_verbs:
        if nxt is None:
            return norm not in t.verbs_needing_object
        following = range(nxt, min(len(words), nxt + 4))
        if any(words.norms[j] in t.people or household.find_member(words, j) for j in following):
            return False
        return words.norms[nxt] not in t.not_buying_after.get(norm, ())
    if lemma in t.add_verbs or norm in t.add_verbs:
        if nxt is not None and (
            words.matches(nxt, t.task_nouns) or words.norms[nxt] in t.task_noun_articles
        ):
            after = words.next_words[nxt]
            article = words.norms[nxt] in t.task_noun_articles
            target = after if article and after is not None else nxt
            if words.matches(target, t.task_nouns):
                return False
        return norm not in t.list_only_add_verbs or any(
            words.matches(j, t.list_words) for j in range(i, len(words))
        )
    if lemma in t.need_words or norm in t.need_words:
        if nxt is None:
            return False
        if words.norms[nxt] in t.purpose_markers or _is_verbal(words, nxt):
            return False
        info = words.infos[nxt]
        return (
            info is None
            or info.pos in (None, "NOUN", "ADJF", "NUMR")
            or (words.tokens[nxt].kind == "number")
        )
    if lemma in t.out_of_words:
        return True
    return _is_out_of(words, i, nxt, t)


def _task_trigger(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    lemma, norm = words.lemmas[i], words.norms[i]
    if lemma in t.remind_verbs or norm in t.remind_verbs:
        return True
    if words.matches(i, t.task_nouns):
        return True
    nxt = words.next_words[i]
    if lemma in t.need_words or norm in t.need_words or norm in t.obligation_words:
        if nxt is None:
            return False
        if words.norms[nxt] in t.to_markers:
            verb = words.next_words[nxt]
            return verb is not None and not words.matches(verb, t.shop_verbs)
        return _is_verbal(words, nxt) and not words.matches(nxt, t.shop_verbs)
    if norm in t.let_words:
        return True
    if lemma in t.delegate_verbs:
        return True
    info = words.infos[i]
    if info is not None and info.is_russian:
        if not (info.is_infinitive or info.is_imperative):
            return False
        return not (lemma in t.non_task_verbs or lemma in t.shop_verbs or lemma in t.add_verbs)
    if norm in t.chore_verbs and _clause_initial(words, i, household, t):
        return True
    return _after_member_modal(words, i, household, t)


def _after_member_modal(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "lucy should practice piano", "lucy to set the table", "tom's job: clean ..."."""
    j = i - 1
    if j >= 0 and words.norms[j] in t.modals:
        k = j - 1
        while k >= 0 and words.norms[k] in t.member_modal_links:
            k -= 1
        return k >= 0 and household.find_member(words, k) is not None
    return False


def _clause_initial(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """Verbs read without morphology open a task only at a clause's start ("Tom, clean ...")."""
    j = i - 1
    while j >= 0 and words.norms[j] in t.transparent:
        j -= 1
    if j < 0 or words.norms[j] in t.joiners:
        return True
    if words.norms[j] in t.verb_openers:
        return True
    if j >= 1 and words.norms[j - 1] in t.causative_verbs:
        return True  # "have Mike clean the garage": Mike may not be a member
    return household.find_member(words, j) is not None


def split_clauses(words: Words, household: HouseholdIndex, t: TriggerWords) -> list[Clause]:
    """The shopping and task clauses of the command, in text order (possibly none)."""
    triggers: list[tuple[int, ClauseKind]] = []
    in_task_object = False
    first = words.first_word
    chatter = first is not None and (
        words.matches(first, t.question_words) or words.matches(first, t.greetings)
    )
    norms, lemmas = words.norms, words.lemmas
    joiners, candidates, modals, typos = t.joiners, t.candidates, t.modals, t.buy_typos
    for i, info in enumerate(words.infos):
        norm = norms[i]
        if norm in joiners:
            in_task_object = False
        # Only a word that may pass a trigger test is tested (inline: this runs per token).
        if info is None or not (
            norm in candidates
            or lemmas[i] in candidates
            or info.is_infinitive
            or info.is_imperative
            or (i == 0 and norm in typos)
            or (i > 0 and norms[i - 1] in modals)
        ):
            continue
        if chatter and not words.matches(i, t.remind_verbs):
            # Only explicit task openers are requests inside a question ("can you remind …").
            pass
        elif _task_trigger(words, i, household, t) and not (
            lemmas[i] in t.shop_verbs or norm in t.shop_verbs
        ):
            if not triggers or triggers[-1][1] != "task":
                triggers.append((i, "task"))
            # "напомни купить хлеб", "ask Tom to buy milk": the purchase is the task.
            in_task_object = (
                lemmas[i] in t.task_object_openers
                or norm in t.task_object_openers
                or words.matches(i, t.task_nouns)
            )
            continue
        if _shop_trigger(words, i, household, t):
            if in_task_object and triggers and triggers[-1][1] == "task":
                in_task_object = False
                continue
            if not triggers or triggers[-1][1] != "shop":
                triggers.append((i, "shop"))
    # A clause begins after the last joiner before its trigger, so "а Маше завтра помыть
    # посуду" and "and lucy needs to ..." keep their assignee and due phrase.
    starts = [0]
    for n in range(1, len(triggers)):
        low, index = triggers[n - 1][0], triggers[n][0]
        joiner = next((j for j in range(index - 1, low, -1) if norms[j] in joiners), index - 1)
        starts.append(joiner + 1)
    clauses: list[Clause] = []
    for n, (index, kind) in enumerate(triggers):
        end = starts[n + 1] if n + 1 < len(triggers) else len(words)
        clauses.append(Clause(kind, starts[n], index, end))
    return clauses
