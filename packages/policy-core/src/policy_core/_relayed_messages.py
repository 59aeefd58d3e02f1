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
from policy_core.lang import TaskWords, Vocabulary

__all__ = ["relays_a_message", "told_before"]


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


def told_before(words: Words, vocabulary: Vocabulary) -> bool:
    """The speaker reports having told someone already, and asks nothing after it: "I
    already told tom to clean his room", "я уже сказала пете вынести мусор" (the deed was
    passed on; nothing is left for the app); "I told Tom to buy eggs" without "already"
    tells an assignment, which is asked. A request in a later clause keeps the text's
    reading ("I told Tom to buy milk, remind him tonight")."""
    k, t = vocabulary.tasks, vocabulary.triggers
    first = words.first_word
    if first is None or words.norms[first] not in k.message_tellers:
        return False  # most texts: not opened by the speaker
    adverb = words.next_words[first]
    if adverb is None or words.norms[adverb] not in k.message_report_adverbs:
        return False  # "я сказала Маше помыть посуду": an assignment told is asked
    verb = words.next_words[adverb]
    if verb is None or not _past_telling(words, verb, k):
        return False
    mark = next(
        (
            j
            for j in range(verb + 1, len(words.norms))
            if words.is_punct(j) or words.norms[j] in t.joiners
        ),
        len(words.norms),
    )
    return not any(
        words.matches(j, t.request_words) or words.matches(j, t.remind_frames)
        for j in range(mark, len(words.norms))
    )


def _past_telling(words: Words, verb: int, k: TaskWords) -> bool:
    """The verb at ``verb`` is a past of ``message_verbs``: "told", "сказала", "передал"."""
    if words.norms[verb] in k.message_pasts:
        return True
    info = words.infos[verb]
    return info is not None and info.is_past and words.has_lemma(verb, k.message_verbs)


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
            and norms[following] in k.message_reports
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
    """A deed or a need said after whom the message goes to: a deed link ("to", "чтобы";
    not "welcome to the team", "ready to eat"), a word of a request, a chore or a need
    (``TriggerWords.candidate_spellings``: "needs", "must", "dishes", "bins", "pick up"), a
    run-out ("the milk is finished", "no bread left": a need passed on, read as before), a
    person's progressive of a deed ("he's picking up the kids"), a Russian infinitive or
    imperative, or products listed with no verb ("tell tom milk and eggs"). A negation
    holds off what follows it in its clause ("he doesn't need to mow the lawn", "no need to
    buy milk"; "don't forget to …" still asks); a wish or praise said first holds off its
    own clause ("tell petya well done cleaning his room")."""
    k, t, s = vocabulary.tasks, vocabulary.triggers, vocabulary.shopping
    infos, norms = words.infos, words.norms
    if _lists_products(words, told, vocabulary):
        return True
    held = _wished(words, told, k)  # words held off until the clause ends
    for j in range(told + 1, len(norms)):
        norm = norms[j]
        if words.is_punct(j) or norm in t.joiners:
            held = False
            continue
        if norm in t.negations or norm in t.need_negations:
            following = words.next_words[j]
            if following is None or not words.matches(following, k.message_unnegated):
                held = True
            continue
        if norm in s.told_left:
            return True  # a run-out, its "no" among it: "there's no bread left"
        if held:
            continue
        if norm in s.ran_out_states or norm in s.ran_out_verbs:
            return True
        if norm in k.message_deed_links:
            if _deed_link(words, j, k):
                return True
            continue
        if words.matches(j, t.candidate_spellings):
            return True
        if j >= 2 and _progressive_deed(words, j, vocabulary):
            return True
        info = infos[j]
        if info is not None and info.is_russian and (info.is_infinitive or info.is_imperative):
            return True
    return False


def _wished(words: Words, told: int, k: TaskWords) -> bool:
    """The message opens with a wish or praise ("thanks for …", "well done …", "good job
    on …"): its own clause asks nothing."""
    first = told + 1
    if first >= len(words.norms):
        return False
    if words.norms[first] in k.message_wishes:
        return True
    return words.phrase_length(first, tuple(k.message_praises)) > 0


def _deed_link(words: Words, link: int, k: TaskWords) -> bool:
    """The deed link at ``link`` opens a deed: "to" before a place or a group ("welcome to
    the team", "went to bed") or after a state ("ready to eat") opens none."""
    following = words.next_words[link]
    if following is not None and words.norms[following] in k.message_to_places:
        return False
    return link == 0 or words.norms[link - 1] not in k.message_to_states


def _lists_products(words: Words, told: int, vocabulary: Vocabulary) -> bool:
    """Only products are said after whom the message goes to, with their amounts, units
    and joiners ("tell tom milk and eggs", "tell tom 2 litres of milk and a loaf of
    bread", "tell tom bread please"): a list passed on, read as before."""
    k, s, units = vocabulary.tasks, vocabulary.shopping, vocabulary.units
    norms = words.norms
    product = False
    for j in range(told + 1, len(norms)):
        norm = norms[j]
        if words.has_lemma(j, s.known_products) or words.has_lemma(j, s.consumable_heads):
            product = True
        elif not (
            words.is_punct(j)
            or norm.isdigit()
            or norm in k.message_list_fillers
            or norm in units.forms
            or norm in vocabulary.numbers.words
        ):
            return False
    return product


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
