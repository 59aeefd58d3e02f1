"""A message to pass on (SPEC §4, "The open world"; issue #12, round 36, precision).

The household app keeps lists and chores; delivering words to someone is a request to the
assistant it does not serve (clarify, SPEC §4 row 7). A verb that passes words on
(``TaskWords.message_verbs``: "tell") heading the command, then whom the words go to, then
words that ask no deed are such a message:

* "tell jack dinner is ready", "alexa tell tom supper is on the table", "can you tell tom
  dinner's at 7", "tell jack good job on his test", "tell sam я горжусь им";
* the message reported from its sender: "Tom said to tell you he's sorry about the mess".

A chore or a need passed on still asks a deed and is read as before: a deed link ("tell
Jack to clean his room"), a need or an obligation ("tell Tom he needs to mow the lawn", "tell
Tom we need milk", "the gate needs oiling"), a chore's verb or noun ("tell Jack clear the
dishes", "tell Tom the bins tonight"), a Russian infinitive or imperative. A frame before the
verb keeps its reading too ("remind me to tell Tom the plumber is coming": the speaker's
task). The Russian "скажи Пете, что ужин готов" opens no task clause and needs no reading
here; "Lucy, tell Jack thanks" (a member called first) is ``_read._told_message``'s.
"""

from __future__ import annotations

from policy_core._classes import MESSAGE_VERBS
from policy_core._clauses import request_gerund, split_clauses
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["relays_a_message"]


def relays_a_message(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """The command only asks that words be passed on to someone: no task.

    >>> # "tell jack dinner is ready" → True; "tell jack to set the table" → False
    """
    if not words.classes3 & MESSAGE_VERBS:
        return False  # most texts: no verb that passes words on
    clauses = split_clauses(words, household, vocabulary)
    if len(clauses) != 1 or clauses[0].kind != "task":
        return False
    verb = clauses[0].trigger
    k = vocabulary.tasks
    if not words.matches(verb, k.message_verbs) or not _prelude_only(words, verb, vocabulary):
        return False
    told = _told(words, verb, household, vocabulary)
    return told is not None and not _deed_after(words, told, vocabulary)


def _prelude_only(words: Words, verb: int, vocabulary: Vocabulary) -> bool:
    """Every word before ``verb`` asks politely or reports who sends the message ("can you
    tell …", "pls tell …", "Tom said to tell you …"): no frame of a task of its own
    ("remind me to tell Tom …" is the speaker's reminder). A report's sender may be any
    one word right before the report ("grandma said to tell …")."""
    k = vocabulary.tasks
    norms = words.norms
    for i in range(verb):
        if words.is_punct(i) or norms[i] in k.message_preludes or norms[i] in k.message_reports:
            continue
        following = words.next_words[i]
        if (
            i == words.first_word
            and following is not None
            and norms[following] in (k.message_reports)
        ):
            continue  # "Tom said to tell you …", "mum says tell …"
        return False
    return True


def _told(words: Words, verb: int, household: HouseholdIndex, vocabulary: Vocabulary) -> int | None:
    """The token of whom the message goes to, right after ``verb`` (past a courtesy): a
    member, a pronoun ("her", "you"), or a name that is none of ``message_no_one`` and no
    word of a request ("tell a joke", "tell the list …" tell no one). None otherwise."""
    k = vocabulary.tasks
    told = verb + 1  # right after the verb: "скажи, чтобы …" names no one
    while told < len(words.norms) and words.norms[told] in k.relay_courtesies:
        told += 1
    if told >= len(words.norms) or words.is_punct(told):
        return None
    if household.find_member(words, told) is not None:
        return told
    norm = words.norms[told]
    if norm in k.message_pronouns:
        return told
    if norm in k.message_no_one or norm in k.message_deed_links or not norm.isalpha():
        return None
    if norm in k.message_openers:
        return None  # "tell that …": the message, no one named
    if words.matches(told, vocabulary.triggers.candidate_spellings):
        return None
    return told


def _deed_after(words: Words, told: int, vocabulary: Vocabulary) -> bool:
    """A deed or a need said after whom the message goes to: a deed link ("to", "чтобы"),
    a word of a request, a chore or a need (``TriggerWords.candidate_spellings``: "needs",
    "must", "dishes", "bins", "pick up"), a run-out ("the milk is finished", "no bread
    left": a need passed on, read as before), a person's progressive of a deed ("he's picking up the kids"), or
    a Russian infinitive or imperative."""
    k, t, s = vocabulary.tasks, vocabulary.triggers, vocabulary.shopping
    infos, norms = words.infos, words.norms
    for j in range(told + 1, len(norms)):
        if j == told + 1 and norms[j] in k.message_wishes:
            continue  # "tell Tom thanks for …": no "thank" asked of him
        if norms[j] in k.message_deed_links or words.matches(j, t.candidate_spellings):
            return True
        if norms[j] in s.ran_out_states or norms[j] in s.ran_out_verbs or norms[j] in s.told_left:
            return True
        if j >= 2 and _progressive_deed(words, j, vocabulary):
            return True
        info = infos[j]
        if info is not None and info.is_russian and (info.is_infinitive or info.is_imperative):
            return True
    return False


def _progressive_deed(words: Words, index: int, vocabulary: Vocabulary) -> bool:
    """The gerund at ``index`` is a chore's or an errand's (``_clauses.request_gerund``) in a
    person's progressive: "he's picking up", "she is doing the dishes"; "his tea is getting
    cold" has no person as its subject."""
    k, norms = vocabulary.tasks, words.norms
    before = norms[index - 1]
    if before in k.message_doers or (
        before in k.message_progressives and norms[index - 2] in k.message_subjects
    ):
        return request_gerund(words, index, vocabulary.triggers) is not None
    return False
