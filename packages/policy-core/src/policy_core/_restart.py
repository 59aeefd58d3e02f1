"""A spoken self-correction: what the speaker withdraws is no part of the request.

People correct themselves as they speak: "запиши, ой нет, не запиши, добавь …", "купи кефир,
то есть не кефир, а ряженку", "напомни Пете, нет, Маше …", "add it to Costco, I mean to
Tesco", "четыре нет пять, пусть будет пять". Such a repair has three parts: what is withdrawn,
an editing term (an exclamation of a slip, a "no", a word or phrase that says the next words
put it better: ``TriggerWords.restart_words``, ``restart_phrases``, ``restart_settling``), and
what replaces it. The replacement is recognised by its relation to what it replaces:

- it withdraws a word said just before, negated ("…, то есть не кефир, а …", "…, no, not
  Tom, Lucy"): the words from that word on, the negation and a contrast word are dropped;
- it starts again at a word said just before in the same sentence ("в Costco, нет, в
  Продукты", "to the garage, sorry, to the kitchen", "пять, пусть будет пять"): the words from
  that word up to the editing term are dropped;
- it is of the same kind as the word right before the editing term: a request verb for a
  request verb ("add, sorry, put …"), a member for a member ("Пете, нет, Маше", in one case);
  a member said alone at the end replaces the one member named before it ("скажи Пете
  вынести мусор, ой, Маше");
- otherwise, between two products or counts, a phrase a purchase's reading does not know
  ("то есть", "в смысле", "or rather", "пусть будет" before a number) is read as the one
  correction word it knows (``restart_said_as``: "вернее", "rather"), which replaces the item
  or count as ``_shopping`` does.

The text is rewritten once (``restarted``) before the rules read it; with no editing term in
it (``RESTART_KEYS``), nothing is done.
"""

from __future__ import annotations

from datetime import datetime

from policy_core._classes import RESTART_KEYS
from policy_core._dates import find_due
from policy_core._household import HouseholdIndex
from policy_core._numbers import read_number
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["restarted", "withdraws_all"]

_WINDOW = 6  # how many words back a restart may start again at
_SPAN_MARKS = frozenset({",", "—", "–", "-", "…", ":"})
_CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "PRTF"})
_ADVERB, _GENITIVE = "ADVB", "gent"  # OpenCorpora: an adverb, the genitive case

Edit = tuple[int, int, str]  # characters [start, end) of the text, what replaces them


def restarted(words: Words, household: HouseholdIndex, v: Vocabulary, now: datetime) -> str | None:
    """The text with each self-correction's withdrawn words cut, or None when it holds none;
    ``now`` reads due phrases ("завтра, нет, в пятницу")."""
    if not words.classes & RESTART_KEYS:
        return None
    edits: list[Edit] = []
    i, count = 0, len(words)
    while i < count:
        end = _editing_term(words, i, v)
        if end is None:
            i += 1
            continue
        edit = _repair(words, i, end, household=household, v=v, now=now)
        if edit:
            edits.extend(edit)
        elif _unknown_phrase(words, i, end, v):
            # "купи молоко, в смысле если будет время": a term no reading knows, no product
            edits.append((words.tokens[i].start, words.tokens[end - 1].end, ""))
        i = end
    if not edits:
        return None
    text = words.text
    last = len(text) + 1
    for start, stop, said in sorted(edits, reverse=True):
        if stop > last:
            continue  # overlapping edits: the later one stands
        text = text[:start] + said + text[stop:]
        last = start
    return text


def withdraws_all(words: Words, v: Vocabulary) -> bool:
    """An editing term after a request, then only a negated need or a negation ("напомни
    Пете, ой, не надо", "order a cab, sorry, don't", "…, oops, no need"): the request is
    withdrawn and nothing replaces it."""
    if not words.classes & RESTART_KEYS:
        return False
    t, norms, ends = v.triggers, words.norms, v.tasks.sentence_ends
    for i in range(len(words)):
        end = _editing_term(words, i, v)
        if end is None or _word_before(words, i, ends) is None:
            continue
        rest = [k for k in range(end, len(words)) if words.tokens[k].kind != "punct"]
        if any(norms[k] in ends for k in range(end, len(words))) or not 0 < len(rest) <= 2:
            continue
        said = [norms[k] for k in rest]
        negated = said[0] in t.negations or said[0] in t.need_negations
        if (negated and all(w in t.need_words for w in said[1:])) or (
            said == [said[0]] and said[0] in t.need_words and norms[end - 1] in t.need_negations
        ):
            return True
    return False


def _unknown_phrase(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term left unread holds a phrase no other reading knows: none of its words
    a purchase's correction word, no retraction ("то есть", "в смысле", "hang on")."""
    t, s, norms = v.triggers, v.shopping, words.norms
    if _retracting(words, start, end, v):
        return False
    known = s.correction_words
    for k in range(start, end):
        size = _phrase_at(words, k, t.restart_by_first.get(norms[k], ()))
        if size > 1 and not any(norms[n] in known for n in range(k, k + size)):
            return True
    return False


def _phrase_at(words: Words, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest phrase of ``phrases`` said at ``i`` (0 for none)."""
    norms = words.norms
    return max((len(p) for p in phrases if norms[i : i + len(p)] == p), default=0)


def _editing_term(words: Words, i: int, v: Vocabulary) -> int | None:
    """The end (exclusive) of an editing term starting at token ``i``, marks and further
    terms included ("ой, нет, …"), or None when none starts there."""
    t, norms = v.triggers, words.norms
    if norms[i] not in t.restart_starts or words.infos[i] is None:
        return None
    end = i
    while end < len(words):
        norm = norms[end]
        size = _phrase_at(words, end, t.restart_by_first.get(norm, ()))
        if size:
            end += size
        elif (norm in t.restart_words and words.infos[end] is not None) or (
            end > i and norm in _SPAN_MARKS
        ):
            end += 1
        else:
            break
    if end == i:
        # a settling phrase ("пусть будет", "let's say") only before a number
        size = _phrase_at(words, i, t.restart_settling)
        if not size or i + size >= len(words):
            return None
        if read_number(words.tokens, i + size, v.numbers) is None:
            return None
        return i + size
    return end


def _word_before(words: Words, i: int, ends: frozenset[str]) -> int | None:
    """The last word or number token before ``i``, if no sentence ends between."""
    for k in range(i - 1, -1, -1):
        kind = words.tokens[k].kind
        if kind in ("word", "number"):
            return k
        if words.norms[k] in ends:
            return None
    return None


def _word_after(words: Words, i: int) -> int | None:
    """The first word or number token from ``i`` on."""
    for k in range(i, len(words)):
        if words.tokens[k].kind in ("word", "number"):
            return k
    return None


def _words_back(words: Words, i: int, ends: frozenset[str]) -> list[int]:
    """Up to ``_WINDOW`` word or number tokens before ``i``, nearest first, in its sentence."""
    found: list[int] = []
    for k in range(i - 1, -1, -1):
        if words.norms[k] in ends:
            break
        if words.tokens[k].kind in ("word", "number"):
            found.append(k)
            if len(found) == _WINDOW:
                break
    return found


def _repair(
    words: Words, start: int, end: int, *, household: HouseholdIndex, v: Vocabulary, now: datetime
) -> list[Edit]:
    """The edits that drop what the editing term at [start, end) withdraws."""
    t, norms, tokens = v.triggers, words.norms, words.tokens
    if end >= len(words):
        return []
    ends = v.tasks.sentence_ends
    b = _word_before(words, start, ends)
    after = _word_after(words, end)
    if b is None or after is None:
        return []
    if _absence(words, start, b, v):
        return []  # "молока вообще нет, возьми …": "нет" tells what is missing, no term
    if _told(words, after, ends, v):
        return []  # "…, хотя нет, молоко ещё есть", "…, no wait, we have some": no repair
    back = _words_back(words, start, ends)
    # "…, то есть не кефир, а ряженку", "…, no, not Tom, Lucy": a withdrawn word said again
    if norms[after] in t.negations or norms[after] in v.tasks.person_negations:
        withdrawn = words.next_words[after]
        if withdrawn is None:
            return []
        j = next((k for k in back if norms[k] == norms[withdrawn]), None)
        if j is None:
            return []
        resumed = words.next_words[withdrawn]
        if resumed is not None and norms[resumed] in t.restart_contrasts:
            resumed = words.next_words[resumed]
        if resumed is None:
            return []
        return [(tokens[j].start, tokens[resumed].start, "")]
    shopping = v.shopping
    if norms[after] in shopping.correction_starts or norms[after] in shopping.correction_words:
        if _retracting(words, start, end, v):
            # "…, a dozen, no wait, make it two dozen": the correction after it says what stands
            return [(tokens[start].start, tokens[after].start, "")]
        return []
    if norms[after] in t.restart_unrepeated:
        return []
    # "в Costco, нет, в Продукты", "пять, пусть будет пять": said again from a word back
    j = next((k for k in back if norms[k] == norms[after]), None)
    if j is not None:
        return [(tokens[j].start, tokens[after].start, "")]
    # a request verb for a request verb: "add, sorry, put …", "купи, то есть закажи …"
    if _request_verb(words, b, v) and _request_verb(words, after, v):
        return [(tokens[b].start, tokens[after].start, "")]
    if _request_verb(words, after, v) and _withdraws(words, start, end, v):
        # "add to the list, no wait, buy …", "запиши в список, нет, купи …": the request from
        # its verb on is withdrawn, the new one stands
        verb = next((k for k in back if _trigger_verb(words, k, v)), None)
        if verb is not None:
            return [(tokens[verb].start, tokens[after].start, "")]
    new = household.find_member(words, after)
    if new is not None:
        old = household.find_member(words, b)
        if old is not None:
            if _same_case(words, b, after):
                return [(tokens[b].start, tokens[after].start, "")]
            return []
        if words.next_words[after] is None:
            # "скажи Пете вынести мусор, ой, Маше": the one member named before replaces
            named = [k for k in back if household.find_member(words, k) is not None]
            if len(named) == 1 and _same_case(words, named[0], after):
                said = tokens[after].text
                return [
                    (tokens[named[0]].start, tokens[named[0]].end, said),
                    (tokens[b].end, len(words.text), ""),
                ]
        return []
    due = _due_again(words, start, after, back, v=v, now=now)
    if due is not None:
        return [(tokens[due].start, tokens[after].start, "")]
    if _knows_the_correction(words, start, end, v) and not _retracting(words, start, end, v):
        return []
    if (
        _content(words, b, household, v)
        and _content(words, after, household, v)
        and not _request_verb(words, after, v)  # "…, oops, order a pizza too": a new request
    ):
        # the correction word of the editing term's language (told apart by its letters)
        latin = norms[start].isascii()
        said = next((w for w in sorted(t.restart_said_as) if w.isascii() == latin), "")
        if said:
            return [(tokens[b].end, tokens[after].start, f", {said} ")]
    return []


def _due_again(
    words: Words, start: int, after: int, back: list[int], *, v: Vocabulary, now: datetime
) -> int | None:
    """Where a due phrase ending right before the editing term starts, when another opens
    right after it ("завтра, нет, в пятницу", "on Monday, sorry, Tuesday")."""
    if not back:
        return None
    tokens, first = words.tokens, back[-1]
    said = find_due(tokens[first:start], now, v.dates, v.numbers)
    if said is None or first + max(said.token_indices) != back[0]:
        return None
    again = find_due(tokens[after:], now, v.dates, v.numbers)
    if again is None or min(again.token_indices) != 0:
        return None
    return first + min(said.token_indices)


def _told(words: Words, i: int, ends: frozenset[str], v: Vocabulary) -> bool:
    """What follows the editing term tells, in its first words: a Russian finite verb that
    asks nothing ("молоко ещё есть"), an English subject or auxiliary ("we have some")."""
    seen = 0
    for k in range(i, len(words)):
        if words.norms[k] in ends or seen == 3:
            return False
        info = words.infos[k]
        if info is None:
            continue
        seen += 1
        norm = words.norms[k]
        if info.is_russian:
            if info.pos == "VERB" and not info.is_imperative:
                return True
        elif norm in v.shopping.subject_pronouns or norm in v.triggers.auxiliaries:
            return True
    return False


def _withdraws(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term withdraws what was said ("нет", "то есть", "no wait", "I mean"), not
    only apologises or exclaims ("sorry", "ой")."""
    withdrawals = v.triggers.restart_withdrawals
    return any(words.norms[k] in withdrawals for k in range(start, end))


def _retracting(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term holds a phrase that alone withdraws the request ("хотя нет", "no
    wait"): followed by a product, it corrects, and is read as the correction word."""
    phrases = v.open_world.retraction_phrases
    return any(_phrase_at(words, k, phrases) for k in range(start, end))


def _absence(words: Words, start: int, before: int, v: Vocabulary) -> bool:
    """The editing term opens with a word of absence ("нет") right after a genitive noun, or
    an adverb after one ("молока нет", "молока вообще нет"): what is missing is told."""
    if words.norms[start] not in v.triggers.restart_absences:
        return False
    info = words.infos[before]
    if info is not None and info.pos == _ADVERB:
        earlier = _word_before(words, before, v.tasks.sentence_ends)
        info = words.infos[earlier] if earlier is not None else None
    return info is not None and info.noun_case == _GENITIVE


def _request_verb(words: Words, i: int, v: Vocabulary) -> bool:
    """A request's verb: a Russian imperative or infinitive, or a buying, adding, reminding
    or chore verb."""
    info = words.infos[i]
    if info is None:
        return False
    if info.is_russian:
        return info.is_imperative or info.is_infinitive
    return _trigger_verb(words, i, v)


def _trigger_verb(words: Words, i: int, v: Vocabulary) -> bool:
    """A buying, adding, reminding, chore or errand verb ("слушай" or "смотри" is none)."""
    t = v.triggers
    return any(
        words.matches(i, verbs)
        for verbs in (t.buy_or_add_verbs, t.remind_verbs, t.chore_verbs, t.doer_verbs)
    )


def _same_case(words: Words, first: int, second: int) -> bool:
    """Two Russian names in one case ("Пете … Маше"); a name read in no case, or an English
    one, agrees with any."""
    a, b = words.infos[first], words.infos[second]
    if a is None or b is None or a.noun_case is None or b.noun_case is None:
        return True
    return a.noun_case == b.noun_case


def _knows_the_correction(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term is one a purchase's reading knows: its words are correction words
    ("нет", "sorry", "I mean") or fillers ("ой, нет"), not "то есть" or "or rather"."""
    s, norms = v.shopping, words.norms
    return all(
        norms[k] in s.correction_words or norms[k] in s.item_filler or norms[k] in _SPAN_MARKS
        for k in range(start, end)
    )


def _content(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A product's or a count's word: a number, a Russian noun, adjective or numeral, an
    English word no function word; a name is none."""
    if read_number(words.tokens, i, v.numbers) is not None:
        return True
    info = words.infos[i]
    if info is None or info.is_name or household.find_member(words, i) is not None:
        return False
    if info.is_russian:
        return info.pos in _CONTENT_POS
    norm = words.norms[i]
    t = v.triggers
    return not (
        norm in t.function_words
        or norm in t.restart_unrepeated
        or norm in t.restart_starts
        or norm in v.shopping.subject_pronouns
        or norm in v.shopping.clause_links
    )
