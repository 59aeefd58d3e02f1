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
- in a task, the chore's object or its due said again at the end replaces the one said
  before ("убрать гараж, нет, кухню", "… завтра вынести мусор, нет, в пятницу"); a member
  said with a word that adds ("…, ой, Маше тоже") joins the one named before;
- a list the household has not, said again, is dropped ("to Costco, I mean to Tesco"); a
  household list said alone after the term replaces the one named ("…, I mean Costco");
- otherwise, in a purchase, between two products or counts, a phrase its reading does not know
  ("то есть", "в смысле", "or rather", "пусть будет" before a number) is read as the one
  correction word it knows (``restart_said_as``: "вернее", "rather"), which replaces the item
  or count as ``_shopping`` does.

The text is rewritten once (``restarted``) before the rules read it; with no editing term in
it (``RESTART_KEYS``), nothing is done.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from policy_core._classes import RESTART_KEYS
from policy_core._clauses import task_tag
from policy_core._dates import find_due
from policy_core._household import HouseholdIndex
from policy_core._numbers import read_number
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["restarted", "withdraws_all"]

_WINDOW: Final = 6  # how many words back a restart may start again at
_SPAN_MARKS = frozenset({",", "—", "–", "-", "…", ":"})
_CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "PRTF"})
_ADVERB, _GENITIVE, _NOMINATIVE = "ADVB", "gent", "nomn"  # OpenCorpora: a part of speech, cases
# cases a name's one form may be read in ("Анне", "Пете": dative or locative; "Петю", "Тома":
# accusative or genitive): the most probable reading of two such names may differ
_CASE_FORMS: Final = {"loct": "datv", "gent": "accs"}

Edit = tuple[int, int, str]  # characters [start, end) of the text, what replaces them


def restarted(words: Words, household: HouseholdIndex, v: Vocabulary, now: datetime) -> str | None:
    """The text with each self-correction's withdrawn words cut, or None when it holds none;
    ``now`` reads due phrases ("завтра, нет, в пятницу")."""
    if not words.classes0 & RESTART_KEYS:
        return None
    edits: list[Edit] = []
    i, count = 0, len(words)
    while i < count:
        end = _editing_term(words, i, v)
        if end is None:
            i += 1
            continue
        rest = [k for k in range(end, len(words)) if words.tokens[k].kind != "punct"]
        if _withdraws(words, i, end, v) and _refusal_reported(words, rest, v):
            return None  # "…, no wait Jack says no soda": withdrawn whole (``withdraws_all``)
        whole = _whole_list_withdrawn(words, i, end, v)
        if whole is not None:
            # "add eggs and milk, wait no, just bread": "just" replaces every product said
            edits.append((words.tokens[whole].start, words.tokens[end - 1].end, ""))
            i = end
            continue
        edit = _repair(words, i, end, household=household, v=v, now=now)
        after = _word_after(words, end)
        if edit:
            edits.extend(edit)
        elif _unknown_phrase(words, i, end, v) and (
            after is None or household.find_member(words, after) is None
        ):
            # (a member after it, no repair read: "Пете, то есть Анне" keeps both, no doer cut)
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
    if not any(ch.isalnum() for ch in text):
        return None  # "то есть" alone: what the rewrite leaves says nothing, no rewrite
    return text


def withdraws_all(words: Words, v: Vocabulary) -> bool:
    """An editing term after a request, then only a negated need or a negation ("напомни
    Пете, ой, не надо", "order a cab, sorry, don't", "…, oops, no need"), or a member's turn
    told that no rewrite placed ("…, ой нет, Машина очередь"): the request is withdrawn and
    nothing replaces it."""
    if not words.classes0 & RESTART_KEYS:
        return False
    t, norms, ends = v.triggers, words.norms, v.tasks.sentence_ends
    for i in range(len(words)):
        end = _editing_term(words, i, v)
        if end is None:
            continue
        rest = [k for k in range(end, len(words)) if words.tokens[k].kind != "punct"]
        if _said_alone_last(words, i, end, v) and not rest and _withdraws(words, i, end, v):
            return True  # "buy milk. no", "купи молоко. нет": the request is taken back
        if _word_before(words, i, ends) is None:
            continue
        if any(norms[k] in ends for k in range(end, len(words))) or not rest:
            continue
        said = [norms[k] for k in rest]
        negated = said[0] in t.negations or said[0] in t.need_negations
        needs = t.need_words | t.restart_need_links
        if (negated and all(w in needs for w in said[1:])) or (
            said == [said[0]] and said[0] in t.need_words and norms[end - 1] in t.need_negations
        ):
            return True
        if negated and _negated_again(words, i, rest[1:], v):
            return True
        if _withdraws(words, i, end, v) and _refusal_reported(words, rest, v):
            # "add soda, no wait mom says no soda", "…, ой нет, Петя говорит не надо"
            return True
        if _withdraws(words, i, end, v) and _turn_said(words, end, v) is not None:
            # "напомни Пете вынести мусор ой нет Машина очередь": a turn told that no rewrite
            # placed (``_turn_told``): the request is withdrawn, its new doer not read
            return True
    return False


def _refusal_reported(words: Words, said: list[int], v: Vocabulary) -> bool:
    """``said`` (the words after an editing term) opens with someone (a capitalised name or
    ``ShoppingWords.told_subjects``), a reporting verb (``OpenWorldWords.reporting_lemmas``)
    and a negation ("mom says no soda", "Jack says don't", "Петя говорит не надо"): what was
    asked is refused, nothing asked instead."""
    if len(said) < 3:
        return False
    t, norms = v.triggers, words.norms
    who, verb, neg = said[:3]
    return (
        (words.is_capitalised(who) or words.matches(who, v.shopping.told_subjects))
        and words.matches(verb, v.open_world.reporting_lemmas)
        and (norms[neg] in t.negations or norms[neg] in t.need_negations)
    )


def _said_alone_last(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term at [start, end) is a sentence of its own after a request's sentence:
    a sentence end right before it, and a word before that."""
    ends = v.tasks.sentence_ends
    return (
        start >= 2
        and words.norms[start - 1] in ends
        and _word_before(words, start - 1, frozenset()) is not None
    )


def _negated_again(words: Words, start: int, said: list[int], v: Vocabulary) -> bool:
    """After a negation, the request's verb said again, of its kind (a buying verb for a
    buying verb: "купи …, нет, не покупай"), and nothing but words said before it ("…, не
    покупай хлеб"): the request is withdrawn."""
    if not said or not _request_verb(words, said[0], v):
        return False
    t, lemmas = v.triggers, words.lemmas
    before = range(start)
    verb = next((k for k in before if _request_verb(words, k, v)), None)
    if verb is None:
        return False
    kinds = (t.buy_or_add_verbs, t.remind_verbs, t.chore_verbs, t.doer_verbs)
    same = lemmas[verb] == lemmas[said[0]] or any(
        words.matches(verb, kind) and words.matches(said[0], kind) for kind in kinds
    )
    known = {lemmas[k] for k in before}
    return same and all(lemmas[k] in known for k in said[1:])


def _unknown_phrase(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term left unread holds a phrase no other reading knows: none of its words
    a purchase's correction word, no retraction ("то есть", "в смысле", "hang on")."""
    t, s, norms = v.triggers, v.shopping, words.norms
    if _retracting(words, start, end, v):
        return False
    known = s.correction_words
    for k in range(start, end):
        size = words.phrase_length(k, t.restart_by_first.get(norms[k], ()))
        if size > 1 and not any(norms[n] in known for n in range(k, k + size)):
            return True
    return False


def _editing_term(words: Words, i: int, v: Vocabulary) -> int | None:
    """The end (exclusive) of an editing term starting at token ``i``, marks and further
    terms included ("ой, нет, …"), or None when none starts there."""
    t, norms = v.triggers, words.norms
    if norms[i] not in t.restart_starts or words.infos[i] is None:
        return None
    end = i
    while end < len(words):
        norm = norms[end]
        size = words.phrase_length(end, t.restart_by_first.get(norm, ()))
        if size:
            end += size
        elif (
            (norm in t.restart_words and words.infos[end] is not None)
            or (end > i and norm in _SPAN_MARKS)
            or (end > i and _lone_negation(words, end, v))
            or (end > i and _restrictive(words, end, v))
        ):
            end += 1
        elif end > i and (reason := _stock_reason(words, end, v)):
            end = reason  # "…, wait no, we have peanut butter — just bread"
        elif end > i and (settled := _settling(words, end, v)):
            end = settled  # "…, нет, пусть будет 3": the settling phrase is of the term
            break
        else:
            break
    if end == i:
        return _settling(words, i, v)
    return end


def _restrictive(words: Words, k: int, v: Vocabulary) -> bool:
    """A restrictive particle at ``k`` right after an editing term, before a word: the words
    after it replace what was said, whole ("…, wait no, just bread", "…, ой нет, только
    хлеб"), the particle of the term."""
    restrictives = v.triggers.restart_restrictives
    after = _word_after(words, k + 1)
    return (
        words.norms[k] in restrictives
        and words.infos[k] is not None
        and after is not None
        and words.norms[after] not in restrictives  # "only just seen it": barely, no particle
    )


def _whole_list_withdrawn(words: Words, start: int, end: int, v: Vocabulary) -> int | None:
    """Where the products a buying or adding verb asked for begin, when the editing term at
    [start, end) ends with a restrictive particle ("add eggs and milk, wait no, just bread",
    "купи молоко и хлеб — а нет, молоко есть — только хлеб"): what follows the particle is
    all that is asked, so everything from the verb's first object to the particle goes. None
    without the particle, or when the request before the term is no purchase ("напомни Пете
    …, ой нет, только Маше" replaces the member alone)."""
    if (
        end - 1 <= start
        or not _restrictive(words, end - 1, v)
        or not _withdraws(words, start, end, v)
    ):
        return None  # "…, sorry only just seen it": an apology, nothing withdrawn
    t, ends = v.triggers, v.tasks.sentence_ends
    for k in range(start - 1, -1, -1):
        if words.norms[k] in ends:
            return None
        if words.infos[k] is None or not _request_verb(words, k, v):
            continue
        if not words.matches(k, t.buy_or_add_verbs):
            return None  # a task's verb: its own repairs read it
        first = _word_after(words, k + 1)
        return first if first is not None and first < start else None
    return None


_REASON_WORDS: Final = 6  # the most words a stock told as a correction's reason holds


def _stock_reason(words: Words, i: int, v: Vocabulary) -> int | None:
    """Where a restrictive particle stands after a short clause from ``i`` that tells a stock
    and ends at a mark ("we have peanut butter —", "we've got milk,", "масло у нас есть,"):
    the reason a correction gives before what replaces it ("…, wait no, we have peanut
    butter — just bread" asks for bread); None otherwise."""
    t, norms = v.triggers, words.norms
    told = False
    for k in range(i, min(len(words), i + _REASON_WORDS + 1)):
        if norms[k] in _SPAN_MARKS:
            if not told or k == i:
                return None
            after = k + 1
            while after < len(words) and norms[after] in _SPAN_MARKS:
                after += 1
            return after if after < len(words) and _restrictive(words, after, v) else None
        if words.infos[k] is None:
            return None
        told = told or norms[k] in t.restart_stock_words
    return None


def _settling(words: Words, i: int, v: Vocabulary) -> int | None:
    """The end of a settling phrase ("пусть будет", "let's say") at ``i``, only before a
    number."""
    size = words.phrase_length(i, v.triggers.restart_settling)
    if not size or i + size >= len(words):
        return None
    if read_number(words.tokens, i + size, v.numbers) is None:
        return None
    return i + size


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
    if (tag := task_tag(words, t, v.tasks)) is not None and tag <= start:
        return []  # "clean her room, make that a task": the term opens a task tag, no repair
    if (told := _told_instead(words, (start, end), after, household=household, v=v)) is not None:
        return told
    if _told(words, after, ends, v):
        return []  # "…, хотя нет, молоко ещё есть", "…, no wait, we have some": no repair
    back = _words_back(words, start, ends)
    # "…, то есть не кефир, а ряженку", "…, no, not Tom, Lucy": a withdrawn word said again
    if norms[after] in t.negations or norms[after] in v.tasks.person_negations:
        return _negated_again_from(words, after, back, v)
    shopping = v.shopping
    if norms[after] in shopping.correction_starts or norms[after] in shopping.correction_words:
        paired = _pair_again(words, start, end, (b, after), household=household, v=v)
        if paired is not None:
            return paired
        if _retracting(words, start, end, v):
            # "…, a dozen, no wait, make it two dozen": the correction after it says what stands
            return [(tokens[start].start, tokens[after].start, "")]
        return []
    task_part = _task_part_again(words, start, (b, after), back, household=household, v=v, now=now)
    if task_part:
        return task_part
    listed = _list_again(words, start, after, household, v)
    if listed is not None:
        # "add milk to groceries, I mean Costco": the household's list said alone after the term
        return [(tokens[listed].start, tokens[after].start, "")]
    if norms[after] in t.restart_unrepeated:
        return []
    # "в Costco, нет, в Продукты", "пять, пусть будет пять": said again from a word back
    j = next((k for k in back if norms[k] == norms[after]), None)
    if j is not None:
        unknown = _unknown_list(words, j, after, household, ends)
        if unknown is not None:
            # "to Costco, I mean to Tesco": a list the household has not, no item glued to it
            return [(tokens[j].start, unknown, "")]
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
            if _same_case(words, b, after, household):
                return [(tokens[b].start, tokens[after].start, "")]
            return []
        if words.next_words[after] is None:
            # "скажи Пете вынести мусор, ой, Маше": the one member named before replaces
            named = [k for k in back if household.find_member(words, k) is not None]
            if len(named) == 1 and _same_case(words, named[0], after, household):
                said = tokens[after].text
                return [
                    (tokens[named[0]].start, tokens[named[0]].end, said),
                    (tokens[b].end, len(words.text), ""),
                ]
        return []
    if _knows_the_correction(words, start, end, v) and not _retracting(words, start, end, v):
        return []
    if (
        _content(words, b, household, v)
        and _content(words, after, household, v)
        and not _request_verb(words, after, v)  # "…, oops, order a pizza too": a new request
    ):
        said = _said_as(words, start, v)
        if said and _buying(words, start, v):
            return [(tokens[b].end, tokens[after].start, f", {said} ")]
    return []


def _task_part_again(
    words: Words,
    start: int,
    around: tuple[int, int],
    back: list[int],
    *,
    household: HouseholdIndex,
    v: Vocabulary,
    now: datetime,
) -> list[Edit]:
    """The edits for a part of a task said again after the term: a member added, the chore's
    object, its due (``around``: the word before the term and the first after it)."""
    tokens = words.tokens
    b, after = around
    also = _member_also(words, (b, after), back, household=household, v=v)
    if also:
        return also
    thing = _object_again(words, start, (b, after), household=household, v=v, now=now)
    if thing is not None:
        # "убрать гараж, нет, кухню", "clean the garage, no, the kitchen"
        return [(tokens[thing].start, tokens[after].start, "")]
    due = _due_again(words, start, after, back, v=v, now=now)
    if due is not None:
        return [(tokens[due].start, tokens[after].start, "")]
    said_before = _due_said_before(words, start, after, v=v, now=now)
    if said_before is not None:
        # "напомни Пете завтра вынести мусор, нет, в пятницу": the due said before is cut
        cut = [(tokens[b].end, tokens[after].start, " ")]
        if said_before[0] >= 0:
            first, last = said_before
            cut.append((tokens[first].start, tokens[last].end, ""))
        return cut
    return []


def _pair_again(
    words: Words,
    start: int,
    end: int,
    around: tuple[int, int],
    *,
    household: HouseholdIndex,
    v: Vocabulary,
) -> list[Edit] | None:
    """ "apples, no wait, make it pears": a product said after a correction pair ("make it")
    replaces the one before the term, as after the term alone; a number is read with the pair
    (None: no such pair)."""
    shopping, norms, tokens = v.shopping, words.norms, words.tokens
    b, after = around
    pair = words.next_words[after]
    if (
        pair is None
        or (norms[after], norms[pair]) not in shopping.correction_pairs
        or not _content(words, b, household, v)
    ):
        return None
    said = _word_after(words, pair + 1)
    if said is None or read_number(tokens, said, v.numbers) is not None:
        return None
    if _knows_the_correction(words, start, end, v) and not _retracting(words, start, end, v):
        return [(tokens[after].start, tokens[said].start, "")]
    word = _said_as(words, start, v)
    if word and _buying(words, start, v):
        return [(tokens[b].end, tokens[said].start, f", {word} ")]
    return []


def _said_as(words: Words, start: int, v: Vocabulary) -> str:
    """The correction word of the editing term's language (told apart by its letters)."""
    latin = words.norms[start].isascii()
    return next((w for w in sorted(v.triggers.restart_said_as) if w.isascii() == latin), "")


def _buying(words: Words, start: int, v: Vocabulary) -> bool:
    """The editing term is said in a purchase: the request verb nearest before it in its
    sentence is a buying or adding verb, so the word said as the correction can only reach an
    item, never a task's title ("напомни … убрать гараж, то есть кухню" is no purchase)."""
    t, ends = v.triggers, v.tasks.sentence_ends
    for k in range(start - 1, -1, -1):
        if words.norms[k] in ends:
            return False
        if words.matches(k, t.buy_or_add_verbs) or words.matches(k, t.soft_shop_verbs):
            return True  # "купи …", "get cheddar, no wait, …"
        if _request_verb(words, k, v):
            return False
    return False


def _clause_end(words: Words, i: int, v: Vocabulary) -> int:
    """The index of the first mark of punctuation (or the end of the text) from ``i`` on."""
    ends = v.tasks.sentence_ends
    for k in range(i, len(words)):
        if words.norms[k] in _SPAN_MARKS or words.norms[k] in ends:
            return k
    return len(words)


def _unknown_list(
    words: Words, j: int, after: int, household: HouseholdIndex, ends: frozenset[str]
) -> int | None:
    """Where the phrase said again ends (a character offset), when the words said before it
    name one of the household's lists and the words said again name none ("to Costco, I mean
    to Tesco")."""
    lists = household.find_lists(words)
    if not any(i == j + 1 or i == j for _, i, _ in lists):
        return None
    if any(after <= i <= after + 2 for _, i, _ in lists):
        return None  # the list said again is the household's: "to Costco, I mean to Продукты"
    stop = next(
        (k for k in range(after, len(words)) if words.norms[k] in ends or words.norms[k] == ","),
        len(words),
    )
    return words.tokens[stop - 1].end if stop > after else None


def _list_again(
    words: Words, start: int, after: int, household: HouseholdIndex, v: Vocabulary
) -> int | None:
    """Where the list named before the term starts, when one of the household's lists is said
    right after it (past a determiner) and ends the sentence ("add milk to groceries, I mean
    Costco", "…, sorry, I mean the Costco list"): the words after a list preposition ("to",
    "on") at most four words before the term."""
    at = after + 1 if words.norms[after] in v.triggers.noun_determiners else after
    named = [(i, j) for _, i, j in household.find_lists(words) if i == at]
    if not named or _clause_end(words, after, v) != _clause_end(words, len(words) - 1, v):
        return None
    rest = [k for k in range(named[0][1], len(words)) if words.tokens[k].kind != "punct"]
    if any(not words.matches(k, v.triggers.list_words) for k in rest):
        return None  # "…, I mean Costco list" at most
    back = _words_back(words, start, v.tasks.sentence_ends)[:4]
    prep = next(
        (n for n, k in enumerate(back) if words.norms[k] in v.triggers.list_phrase_preps), None
    )
    if not prep:
        return None
    return back[prep - 1]


def _member_also(
    words: Words,
    around: tuple[int, int],
    back: list[int],
    *,
    household: HouseholdIndex,
    v: Vocabulary,
) -> list[Edit]:
    """ "скажи Пете вынести мусор, ой, Маше тоже", "…, ой, и Маше", "…, oops, and Tom too":
    another member said with a word that adds ("тоже", "и", "too"), nothing after: the member
    joins the one named before, and the chore asks who does it."""
    t, norms, tokens = v.triggers, words.norms, words.tokens
    b, after = around
    said = [k for k in range(after, len(words)) if tokens[k].kind != "punct"]
    adds = [k for k in said if norms[k] in t.restart_also]
    members = [k for k in said if household.find_member(words, k) is not None]
    if len(members) != 1 or not adds or len(adds) + 1 != len(said):
        return []
    named = [k for k in back if household.find_member(words, k) is not None]
    if len(named) != 1 or not _same_case(words, named[0], members[0], household):
        return []
    latin = norms[named[0]].isascii()  # the joiner of the named member's language
    joiner = next((w for w in sorted(t.restart_also_joiners) if w.isascii() == latin), "")
    if not joiner:
        return []
    joined = f"{tokens[named[0]].text} {joiner} {tokens[members[0]].text}"
    return [
        (tokens[named[0]].start, tokens[named[0]].end, joined),
        (tokens[b].end, len(words.text), ""),
    ]


def _object_again(
    words: Words,
    start: int,
    around: tuple[int, int],
    *,
    household: HouseholdIndex,
    v: Vocabulary,
    now: datetime,
) -> int | None:
    """Where the object a chore verb takes starts, when a noun of the same kind said after the
    editing term, ending the sentence, replaces it ("убрать гараж, нет, кухню", "clean the
    garage, no, the kitchen"): the verb within three words before the term, no member, no
    request verb after; a Russian noun in the same case, an English one after a determiner
    as the old one ("…, sorry, please" or "…, oops, asap" is none)."""
    t, norms, infos = v.triggers, words.norms, words.infos
    b, after = around
    if _clause_end(words, after, v) != _clause_end(words, len(words) - 1, v):
        return None
    said = [k for k in range(after, len(words)) if words.tokens[k].kind != "punct"]
    if any(
        household.find_member(words, k) is not None
        or _request_verb(words, k, v)
        or not (_content(words, k, household, v) or norms[k] in t.noun_determiners)
        for k in said
    ):
        return None  # a member, a request, a preposition ("в пятницу"): another repair's
    if find_due(words.tokens[after:], now, v.dates, v.numbers) is not None:
        return None  # "…, no, tomorrow": a due
    back = _words_back(words, start, v.tasks.sentence_ends)[:4]
    verb = next((n for n, k in enumerate(back) if _task_verb(words, k, v)), None)
    if verb is None or verb == 0:
        return None
    thing = back[verb - 1]
    old = back[:verb]
    if any(
        not _content(words, k, household, v) and norms[k] not in t.noun_determiners for k in old
    ):
        return None
    new_noun, old_noun = infos[_last_word(words, after)], infos[b]
    if new_noun is None or old_noun is None:
        return None
    if old_noun.is_russian != new_noun.is_russian:
        return None
    if not old_noun.is_russian and not (
        norms[after] in t.noun_determiners and norms[thing] in t.noun_determiners
    ):
        return None  # English: a noun known by its determiner ("the garage, no, the kitchen")
    if old_noun.is_russian and (
        old_noun.pos != "NOUN"
        or new_noun.pos != "NOUN"
        or not (
            _same_case(words, b, after, household)
            or (old_noun.may_be_direct and new_noun.may_be_direct)
        )
    ):
        return None
    return thing


def _last_word(words: Words, i: int) -> int:
    """The last word token of the clause from ``i``."""
    last = i
    for k in range(i, len(words)):
        if words.tokens[k].kind == "word":
            last = k
    return last


def _task_verb(words: Words, i: int, v: Vocabulary) -> bool:
    """A chore or doer verb (no buying or adding verb): its object is the task's."""
    t = v.triggers
    if words.matches(i, t.buy_or_add_verbs):
        return False
    if words.matches(i, t.chore_verbs) or words.matches(i, t.doer_verbs):
        return True
    info = words.infos[i]
    return info is not None and info.is_russian and info.is_infinitive


def _due_said_before(
    words: Words, start: int, after: int, *, v: Vocabulary, now: datetime
) -> tuple[int, int] | None:
    """The first and last token of a due said earlier in the sentence ((-1, -1) for none),
    when a due opens right after the editing term and ends the sentence ("… завтра вынести
    мусор, нет, в пятницу")."""
    ends = v.tasks.sentence_ends
    first = start
    while first > 0 and words.norms[first - 1] not in ends:
        first -= 1
    tokens = words.tokens
    again = find_due(tokens[after:], now, v.dates, v.numbers)
    if again is None or min(again.token_indices) != 0:
        return None
    last_said = after + max(again.token_indices)
    if any(words.tokens[k].kind == "word" for k in range(last_said + 1, len(words))):
        return None
    said = find_due(tokens[first:start], now, v.dates, v.numbers)
    if said is None:
        return -1, -1  # none said before: only the term is cut
    return first + min(said.token_indices), first + max(said.token_indices)


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


def _negated_again_from(words: Words, after: int, back: list[int], v: Vocabulary) -> list[Edit]:
    """The edit for a withdrawn word said again negated at ``after`` ("…, то есть не кефир, а
    ряженку"): from that word back in ``back`` to what resumes past a contrast word."""
    norms, tokens = words.norms, words.tokens
    withdrawn = words.next_words[after]
    if withdrawn is None:
        return []
    j = next((k for k in back if norms[k] == norms[withdrawn]), None)
    if j is None:
        return []
    resumed = words.next_words[withdrawn]
    if resumed is not None and norms[resumed] in v.triggers.restart_contrasts:
        resumed = words.next_words[resumed]
    if resumed is None:
        return []
    return [(tokens[j].start, tokens[resumed].start, "")]


def _told_instead(
    words: Words,
    term: tuple[int, int],
    after: int,
    *,
    household: HouseholdIndex,
    v: Vocabulary,
) -> list[Edit] | None:
    """After an editing term (``term``) that withdraws, what is told instead: a member's turn (the doer
    replaced), or a request someone reported ("put cereal on the list, no wait Jack says get
    the honey nut cheerios", "add apple juice, no wait Emma says we still have some, add
    cranberry juice"), or one said instead of what it withdraws ("…, хотя нет, вместо него запиши
    …"): the request withdrawn, and who said so, are cut; the new one stands."""
    start, end = term
    if not _withdraws(words, start, end, v):
        return None
    turn = _turn_told(words, start, end, household, v)
    if turn is not None:
        return turn
    if _turn_said(words, end, v) is not None:
        return []  # "…, ой нет, Машина очередь": a turn no rewrite places withdraws (``withdraws_all``)
    reported = _request_reported(words, after, household, v)
    if reported is None:
        reported = _request_instead(words, after, v)
    if reported is None or _more_told(words, reported, v):
        return None
    back = _words_back(words, start, v.tasks.sentence_ends)
    verb = next((k for k in back if _trigger_verb(words, k, v)), None)
    if verb is None or not _same_kind(words, verb, reported, v):
        return None
    return [(words.tokens[verb].start, words.tokens[reported].start, "")]


def _more_told(words: Words, verb: int, v: Vocabulary) -> bool:
    """After the request told instead (its verb at ``verb``), more than its object: a word
    that adds it to the one withdrawn (``TriggerWords.restart_additions``: "…, no wait Jack
    says add eggs too"), a second report ("…, and Lucy says get bread", "… и Маша говорит
    купи булку") or a second request ("…, and remind him to clean his room"): the
    withdrawn request is not simply replaced, and the command is not rewritten."""
    t, reporting = v.triggers, v.open_world.reporting_lemmas
    for k in range(verb + 1, len(words)):
        if words.infos[k] is None:
            continue
        if (
            words.norms[k] in t.restart_additions
            or words.matches(k, reporting)
            or _request_verb(words, k, v)
        ):
            return True
    return False


def _request_instead(words: Words, i: int, v: Vocabulary) -> int | None:
    """A substitution and its pronoun at ``i``, past a link (``ShoppingWords.substitutions``,
    ``substitution_links``: "…, хотя нет, вместо него запиши кефир", "…, no wait, instead of
    it add …"), then a buying or adding verb: the verb's index, or None. A member said instead
    ("…, вместо него напомни Маше") is no product's substitute: None."""
    s, t, norms = v.shopping, v.triggers, words.norms
    if norms[i] not in s.substitutions:
        return None
    pronoun = words.next_words[i]
    if pronoun is not None and norms[pronoun] in s.substitution_links:
        pronoun = words.next_words[pronoun]
    if pronoun is None or norms[pronoun] not in s.referring_pronouns:
        return None
    verb = words.next_words[pronoun]
    if verb is None or not (
        words.matches(verb, t.buy_or_add_verbs) or words.matches(verb, t.soft_shop_verbs)
    ):
        return None
    return verb


def _turn_told(
    words: Words, start: int, end: int, household: HouseholdIndex, v: Vocabulary
) -> list[Edit] | None:
    """After the editing term at [start, end), a member's turn told to the end of the text
    ("remind Jack to take out the garbage, no wait it's Lucy's week"): openers
    (``TaskWords.turn_openers``), the member, and a word for a turn or its span
    (``duty_nouns``, ``turn_spans``) in either order. With the one member named before it in
    its sentence, in the same case, that member is replaced by the new one and the term and
    the turn are cut; None otherwise ("напомни Пете …, ой нет, сейчас очередь Маши" names her
    in another case than the doer: the command is not rewritten, and asks)."""
    k, norms, tokens = v.tasks, words.norms, words.tokens
    said = _turn_said(words, end, v)
    if said is None:
        return None
    turns = k.duty_nouns | k.turn_spans
    member = next((i for i in said if household.find_member(words, i) is not None), None)
    other = next((i for i in said if i != member), None)
    if member is None or other is None or not words.matches(other, turns):
        return None
    named: list[int] = []
    for i in range(start - 1, -1, -1):
        if norms[i] in k.sentence_ends:
            break
        if household.find_member(words, i) is not None:
            named.append(i)
    if len(named) != 1 or not _same_case(words, named[0], member, household):
        return None
    new = household.find_member(words, member)
    if new is None:  # pragma: no cover - found above
        return None
    info = words.infos[member]
    name = tokens[member].text if info is not None and info.is_russian else new.name
    before = _word_before(words, start, k.sentence_ends)
    if before is None or before <= named[0]:
        return None
    return [
        (tokens[named[0]].start, tokens[named[0]].end, name),
        (tokens[before].end, len(words.text), ""),
    ]


def _turn_said(words: Words, end: int, v: Vocabulary) -> list[int] | None:
    """From ``end`` to the end of the text, past the words that open a turn told
    (``TaskWords.turn_openers``), two words one of which counts a turn (``duty_nouns``,
    ``turn_spans``): "it's Lucy's week", "сейчас очередь Маши", "Машина очередь"; None
    otherwise."""
    k, norms, tokens = v.tasks, words.norms, words.tokens
    if any(norms[i] in k.sentence_ends for i in range(end, len(words))):
        return None
    said = [i for i in range(end, len(words)) if tokens[i].kind in ("word", "number")]
    while said and norms[said[0]] in k.turn_openers:
        said = said[1:]
    if len(said) != 2 or not any(words.matches(i, k.duty_nouns | k.turn_spans) for i in said):
        return None
    return said


def _request_reported(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> int | None:
    """After an editing term, who said what the speaker now asks for: a member or a person
    (``ShoppingWords.told_subjects``) at ``i``, a reporting verb after it, and then the
    request's verb, right after the reporting verb ("Jack says get …", "Маша говорит, купи …")
    or opening the clause after the next mark ("Emma says we still have some, add …"); the
    verb's index, or None. A negated verb asks for nothing."""
    o, t, norms, tokens = v.open_world, v.triggers, words.norms, words.tokens
    if household.find_member(words, i) is None and not words.matches(i, v.shopping.told_subjects):
        return None
    said = words.next_words[i]
    if said is None or said != i + 1 or not words.matches(said, o.reporting_lemmas):
        return None
    k = said + 1
    while k < len(words) and tokens[k].kind == "punct" and norms[k] in _SPAN_MARKS:
        k += 1  # "Маша говорит, купи …"
    if k < len(words) and words.infos[k] is not None and _asked(words, k, v):
        return k
    ends = v.tasks.sentence_ends
    while k < len(words) and not (tokens[k].kind == "punct" and norms[k] in _SPAN_MARKS):
        if norms[k] in ends or norms[k] in t.negations:
            return None
        k += 1
    verb = _word_after(words, k)
    if verb is None or norms[verb] in t.negations or not _asked(words, verb, v):
        return None
    return verb


def _asked(words: Words, i: int, v: Vocabulary) -> bool:
    """A request's verb, or a soft buying verb ("get"), said as what is asked for."""
    return _request_verb(words, i, v) or words.matches(i, v.triggers.soft_shop_verbs)


def _same_kind(words: Words, first: int, second: int, v: Vocabulary) -> bool:
    """Two request verbs of one kind: buying or adding, reminding, a chore, an errand."""
    t = v.triggers
    if words.matches(first, t.buy_or_add_verbs) and words.matches(second, t.soft_shop_verbs):
        return True  # "put …, no wait Jack says get …"
    kinds = (t.buy_or_add_verbs, t.remind_verbs, t.chore_verbs, t.doer_verbs)
    return any(words.matches(first, kind) and words.matches(second, kind) for kind in kinds)


def _withdraws(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term withdraws what was said ("нет", "то есть", "no wait", "I mean"), not
    only apologises or exclaims ("sorry", "ой")."""
    withdrawals = v.triggers.restart_withdrawals
    return any(
        words.norms[k] in withdrawals or _lone_negation(words, k, v) for k in range(start, end)
    )


def _lone_negation(words: Words, k: int, v: Vocabulary) -> bool:
    """A negation said alone between marks inside an editing term ("купи творог, ой, не,
    сыр"): a colloquial "no" ("нет")."""
    return words.norms[k] in v.triggers.negations and words.is_set_off(k)


def _retracting(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """The editing term holds a phrase that alone withdraws the request ("хотя нет", "no
    wait"): followed by a product, it corrects, and is read as the correction word."""
    phrases = v.open_world.retraction_phrases
    return any(words.phrase_length(k, phrases) for k in range(start, end))


def _absence(words: Words, start: int, before: int, v: Vocabulary) -> bool:
    """The editing term opens with a word of absence ("нет") right after a genitive noun, or
    an adverb after one ("молока нет", "молока вообще нет"): what is missing is told."""
    if words.norms[start] not in v.triggers.restart_absences:
        return False
    info = words.infos[before]
    if info is not None and info.pos == _ADVERB:
        earlier = _word_before(words, before, v.tasks.sentence_ends)
        info = words.infos[earlier] if earlier is not None else None
        before = earlier if earlier is not None else before
    if info is None or info.noun_case != _GENITIVE:
        return False
    # "2 яблока, нет, …": a genitive a count governs is a purchase's, no absence
    count = _word_before(words, before, v.tasks.sentence_ends)
    return count is None or read_number(words.tokens, count, v.numbers) is None


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


def _same_case(words: Words, first: int, second: int, household: HouseholdIndex) -> bool:
    """Two Russian names (or nouns) in one case ("Пете … Маше"); a word read in no case, or an
    English one, agrees with any."""
    said, again = _case_of(words, first, household), _case_of(words, second, household)
    if said is None or again is None:
        return True
    return said == again


def _case_of(words: Words, i: int, household: HouseholdIndex) -> str | None:
    """The case a word is said in, forms that coincide as one ("Анне": dative or locative); a
    member's name read as a nominative in a form unlike its own ("Анне", read as a foreign
    name, for "Анна") is in no case known."""
    info = words.infos[i]
    if info is None or info.noun_case is None:
        return None
    case = info.noun_case
    if case == _NOMINATIVE:
        member = household.find_member(words, i)
        if member is not None and member.keys and member.keys[0] != info.norm:
            return None
    return _CASE_FORMS.get(case, case)


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
        or norm in v.tasks.intensifiers  # "…, I mean, really": no product
        or norm in t.restart_unrepeated
        or norm in t.restart_starts
        or norm in v.shopping.subject_pronouns
        or norm in v.shopping.clause_links
    )
