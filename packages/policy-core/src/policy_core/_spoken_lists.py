"""A verbless list of products said the way people say it: with what they say around it.

"milk, eggs, bread" is read as a purchase (``_shopping.read_bare_list``); people rarely say a
list so bare. Before it they give a reason that leads to it ("kids want pancakes sat so eggs,
flour and lemons", "Маша простыла так лимонов пять штук …", "гостей будет человек
двенадцать, так что 3 кг крылышек …") or an aside on their memory ("ещё, пока помню, пару
пачек гречки"); among the items a courtesy, a reminder or a pause ("десяток яиц будь добра и
банку сметаны", "яиц два десятка не забудь", "хлеб и… яйца. всё"); after it, set off by a
mark, a remark that tells why ("…, а то Дима ворчит", "…, если будет по акции") or tells of
someone a need: something used up, someone ill, a day or a deed to come ("…, Маруся вчера
всё доела", "…, the kids go through it like water", "…, Jack's bake sale is tomorrow, I'm
gonna die").

``list_in_speech`` returns the list alone, for the rules to read again, only when the text
as a whole was read as nothing. A story is no list to buy: a past told before the
consequence word ("we had guests over so pizza and beer"), a deed told done or doing after
the list ("…, мы пообедали", "…, the kids loved it"); nor is a remark that tells the
products had, bought, brought or found (``ShoppingWords.settled_words``: "…, we have plenty",
"…, всё в холодильнике лежит"), a negated one, a question, or a remark about buying ("…,
I'll get them"); a list with nothing around it ("в холодильнике молоко, яйца") is left as it
was read.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from policy_core._clauses import verbless
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import ShoppingWords, Vocabulary

__all__ = ["list_in_speech", "need_said_last"]

# marks that set a remark off from the list before it ("…" is read as three full stops)
_REMARK_MARKS: Final = frozenset({",", "—", "–", "-", ".", ";"})
_QUESTION: Final = "?"
_RUSSIAN_VERB: Final = "VERB"  # OpenCorpora's finite verb
_NOUN: Final = "NOUN"
_NOMINATIVE: Final = "nomn"
_PRONOUN: Final = "NPRO"
_NUMBER: Final = "number"  # a token of digits
_NUMERAL: Final = "NUMR"  # OpenCorpora's numeral ("пять")
_COMMA: Final = ","
_SYMBOL: Final = "So"  # Unicode's "other symbol": pictographs and emoji
_ASCII: Final = 127
_STOP: Final = "."
_ELLIPSIS: Final = 2  # full stops in a row that make a pause ("…" is read as three)


def list_in_speech(words: Words, v: Vocabulary) -> str | None:
    """The list of products inside what is said around it, as text to read again: past a
    reason led to it by a consequence word or a memory aside (``_list_start``), before a
    remark set off after it (``_list_end``), without a courtesy or a reminder among its items
    (``ShoppingWords.speech_courtesies``); None when nothing is said around the list or a
    part said around it tells the list is no request (a question, a negation, the products
    had or bought).

    >>> from policy_core._policy import default_policy
    >>> from policy_core._words import analyse_words
    >>> policy = default_policy()
    >>> words = analyse_words(
    ...     "kids want pancakes so eggs and flour",
    ...     policy.morphology, policy.vocabulary.text, policy.classes,
    ... )
    >>> list_in_speech(words, policy.vocabulary)
    'eggs and flour'
    """
    if words.first_word is None or _QUESTION in words.text or _pictured(words.text):
        return None  # a question is never a list to buy; a picture tells a mood
    start = _list_start(words, v)
    end = _list_end(words, v, start)
    if end is None:
        return None  # the remark after the list tells it is none
    kept = _without_courtesies(words, v, start, end)
    if kept is None or not any(words.is_word(k) for k in kept):
        return None
    first = next(k for k in kept if words.is_word(k))
    if words.norms[first] in v.shopping.told_absences:
        return None  # "no more biscuits please": a serving refused, no list
    if any(words.is_word(k) and _clause_at(words, k, v) for k in kept):
        return None  # "вчера закончился сахар, Маша съела …": a clause told, no list
    whole = len(words)
    while whole and words.is_punct(whole - 1):
        whole -= 1
    kept = _past_openers(words, v, kept)
    if kept == _past_openers(words, v, list(range(whole))):
        return None  # nothing said around the list but openers: it was read as it stands
    return words.phrase(kept)


def _past_openers(words: Words, v: Vocabulary, kept: list[int]) -> list[int]:
    """``kept`` past the words that open speech and the marks after them ("right, so, milk,
    eggs, cheese. that's it": "right" and "so" are no items)."""
    n = 0
    while n < len(kept) and (
        words.is_punct(kept[n]) or words.norms[kept[n]] in v.shopping.speech_openers
    ):
        n += 1
    return kept[n:]


def _list_start(words: Words, v: Vocabulary) -> int:
    """Where the list begins: after the last consequence word whose lead holds two words or
    more, a clause or a day to come (``_clause_at``, ``coming_days``: "kids want pancakes so
    …", "Tom's birthday friday so …"), and no negation and no past told (``_past_at``: "we
    had guests over so …" is a story); else after a memory aside opening the text; else 0."""
    s = v.shopping
    norms = words.norms
    start = 0
    reason = barred = False  # a clause or a coming day met; a negation or a past met
    count = 0
    for k in range(len(words)):
        if not words.is_word(k):
            continue
        if norms[k] in s.speech_consequences and reason and not barred and count >= 2:
            start = k + 1
            if start < len(words) and (norms[k], norms[start]) in v.triggers.consequence_pairs:
                start += 1  # "так что": the pair's second word is of the consequence
        barred = barred or (
            norms[k] in v.triggers.negations  # "we don't need eggs so …"
            or norms[k] in v.triggers.need_negations
            or _past_at(words, k, v)
        )
        reason = reason or _clause_at(words, k, v) or words.matches(k, s.coming_days)
        count += 1
    if start:
        return _past_marks(words, start)
    return _after_memory_aside(words, v)


def _past_at(words: Words, k: int, v: Vocabulary) -> bool:
    """A past told at ``k``: a word of ``past_leads`` ("had", "was", "вчера") or a Russian
    past that makes no need ("был", "ездили"; "Маша простыла" does: ``need_events``)."""
    s = v.shopping
    if words.matches(k, s.past_leads):
        return True
    info = words.infos[k]
    return info is not None and info.is_past and not words.matches(k, s.need_events)


def _after_memory_aside(words: Words, v: Vocabulary) -> int:
    """Past a memory aside opening the text, with opening words before it ("ещё, пока
    помню, пару пачек …", "так, пока не забыла… молоко …", "oh, before I forget, …"): the
    first token after it and its marks; 0 when the text opens with none."""
    s = v.shopping
    norms = words.norms
    k = _past_marks(words, 0)
    while k < len(words) and words.is_word(k) and norms[k] in s.speech_openers:
        k = _past_marks(words, k + 1)
    if k >= len(words) or norms[k] not in s.memory_leads:
        return 0
    for j in range(k + 1, min(k + 4, len(words))):
        if not words.is_word(j):
            return 0
        if norms[j] in s.memory_verbs:
            return _past_marks(words, j + 1)
    return 0


def _list_end(words: Words, v: Vocabulary, start: int) -> int | None:
    """Where the list ends: at the first mark after ``start`` from which every piece to the
    text's end, mark to mark, is a remark (``_remark_opens``); the text's end when there is
    none; None when the remarks tell the list is none (``_settled``)."""
    marks = [
        m
        for m in range(start + 1, len(words))
        if words.tokens[m].norm in _REMARK_MARKS and words.is_punct(m)
    ]
    for n, m in enumerate(marks):
        if not _remark_opens(words, v, m + 1):
            continue
        later = marks[n + 1 :]
        if all(_remark_opens(words, v, x + 1) or not _words_between(words, x + 1) for x in later):
            return None if _settled(words, v, m + 1) else m
        return len(words)  # "cereal, the one the kids like, and milk": an aside, items after
    return len(words)


def _words_between(words: Words, k: int) -> bool:
    """Whether a word stands from ``k`` to the next mark."""
    return k < len(words) and words.is_word(k)


def _remark_opens(words: Words, v: Vocabulary, k: int) -> bool:
    """Whether the words from ``k`` to the next mark are a remark of their own: opened by a
    reason or a condition ("а то Дима ворчит", "because …", "если спелые будут";
    ``TaskWords.reason_openers``, ``reason_phrases``, ``ShoppingWords.condition_words``) or
    by a person (``_person_at``) with a clause after ("Маруся вчера всё доела", "the kids go
    through it", "Jack's bake sale is tomorrow", "I'm gonna die"); a remark about a thing
    ("…, ужин будет", "…, старая треснула") or an item's own clause ("…, those lunchables
    Jack likes") is none."""
    k = _past_marks(words, k)
    if k >= len(words) or not words.is_word(k):
        return False
    tasks, s, norms = v.tasks, v.shopping, words.norms
    if _closes_the_list(words, v, k):
        return True  # "…. всё", "…, и всё": the list closed
    if (
        norms[k] in tasks.reason_openers
        or norms[k] in s.condition_words
        or words.phrase_length(k, tasks.reason_phrases)
    ):
        return True
    if norms[k] in s.told_determiners and k + 1 < len(words) and words.is_word(k + 1):
        # "the kids …", "my mum …"; "the Paw Patrol one broke" names a thing
        return (
            words.matches(k + 1, s.told_subjects)
            and _clause_after(words, k + 1, v, determined=True)
            and _need_told(words, k + 1, v)
        )
    if _person_at(words, k, v) and _clause_after(words, k, v) and _need_told(words, k, v):
        return True
    return _insists(words, v, k) or (_project_told(words, v, k) and _measured_before(words, v, k))


def _piece_end(words: Words, k: int) -> int:
    """The first token from ``k`` that is no word: where the piece at ``k`` ends."""
    while k < len(words) and words.is_word(k):
        k += 1
    return k


def _insists(words: Words, v: Vocabulary, k: int) -> bool:
    """The piece at ``k`` names again a product said before it, with a word that insists
    (``ShoppingWords.insisting_words``: "молоко, хлопья и бананы. бананы обязательно"):
    an emphasis, no item of its own; a piece of new words ("…, хлеб обязательно") is none."""
    end = _piece_end(words, k)
    said = frozenset(words.norms[:k])
    insisting = v.shopping.insisting_words
    named = insisted = False
    for j in range(k, end):
        if words.norms[j] in insisting:
            insisted = True
        elif words.norms[j] in said:
            named = True
        else:
            return False
    return named and insisted


def _project_told(words: Words, v: Vocabulary, k: int) -> bool:
    """The piece at ``k`` tells the speaker's own project: a Russian verb in the first person,
    in the future or with a time it is planned for ("…, огурцы в мае сажаю", "…, забор
    покрашу в субботу"; "…, растапливаю на сковороде" is a recipe's step), a past of taking
    a project up with no subject before it in the piece (``project_starts``: "…, сварку
    затеял"; "…, выкопали на даче", "…, испекла торт", "…, полку повесил" tell a deed done)
    or a predicative of ``project_predicatives`` ("…, деревья белить пора"); a piece with a
    subject of its own ("…, Маша всё съела") or English is ``_person_at``'s to read."""
    infos, end = words.infos, _piece_end(words, k)
    if any(words.norms[j] in v.shopping.project_predicatives for j in range(k, end)):
        first = infos[k]
        return first is not None and first.is_russian
    for j in range(k, end):
        info = infos[j]
        if info is None or not info.is_russian:
            return False
        if info.pos == _RUSSIAN_VERB and not info.is_imperative:
            if info.is_first_person:  # no noun is its subject: "забор покрашу"
                return info.is_future or _project_time(words, k, end, v)
            return (
                info.is_past
                and words.matches(j, v.shopping.project_starts)
                and not _subject_before(words, k, j)
            )
    return False


def _project_time(words: Words, k: int, end: int, v: Vocabulary) -> bool:
    """A time a project is planned for said from ``k`` to ``end`` (``project_times``: "в
    мае", "заранее"; ``coming_days``: "в субботу")."""
    s = v.shopping
    return any(
        words.matches(j, s.project_times) or words.matches(j, s.coming_days) for j in range(k, end)
    )


def _subject_before(words: Words, k: int, end: int) -> bool:
    """A pronoun, a name or a nominative noun said from ``k`` to ``end``: the past after it
    is someone's ("…, дед затеял")."""
    return any(
        (info := words.infos[j]) is not None
        and (
            info.pos == _PRONOUN
            or info.is_name
            or (info.pos == _NOUN and info.noun_case == _NOMINATIVE)
        )
        for j in range(k, end)
    )


def _measured_before(words: Words, v: Vocabulary, k: int) -> bool:
    """A number, a number word or a unit said before ``k`` ("садовая побелка 2 ведра",
    "двадцать саморезов", "пачку электродов"): the list before a project told is measured,
    a mark of a purchase; a dish or a stock named with a plan ("плов, готовлю в субботу")
    is not read so."""
    numbers, units = v.numbers.words, v.units.forms
    return any(
        words.tokens[j].kind == _NUMBER
        or words.norms[j] in numbers
        or words.norms[j] in units
        or words.lemmas[j] in units
        for j in range(k)
    )


def _closes_the_list(words: Words, v: Vocabulary, k: int) -> bool:
    """The words from ``k`` to the text's end, past its last marks, close the list
    (``speech_closers``: "всё"; ``OpenWorldWords.filler_phrases``: "и всё", "that's all")."""
    length = words.phrase_length(k, v.open_world.filler_phrases)
    if not length and words.norms[k] in v.shopping.speech_closers:
        length = 1
    return bool(length) and _past_marks(words, k + length) == len(words)


def _need_told(words: Words, k: int, v: Vocabulary) -> bool:
    """Whether the clause from the person at ``k`` to the next mark tells a need: something
    used up, broken or lost, or someone fallen ill (``need_events``: "…, Маруся вчера всё
    доела", "…, the kids go through it"), a day to come (``coming_days``: "…, Jack's bake
    sale is tomorrow"), a future (a Russian future: "…, бабушка соус делать будет"; an
    English ``TriggerWords.future_markers`` word or a subject fused with "will",
    ``future_subjects``: "…, I'm gonna die") or an English "-ing" of doing or hosting (``clause_participles``: "…, I'm
    making dumplings"). Any other deed told done or doing is a story ("…, мы пообедали", "…,
    the kids loved it", "…, мы ужинаем")."""
    s, t = v.shopping, v.triggers
    for j in range(k, len(words)):
        if not words.is_word(j):
            return False
        info = words.infos[j]
        norm = words.norms[j]
        if (
            words.matches(j, s.need_events)
            or words.matches(j, s.coming_days)
            or (info is not None and info.is_future)
            or norm in t.future_markers
            or norm in s.clause_participles
            or norm in s.future_subjects
        ):
            return True
    return False


def _person_at(words: Words, k: int, v: Vocabulary) -> bool:
    """A person at ``k``: a pronoun of one (``remark_persons``), a word for a relative, a
    guest or a pet (``told_subjects``, by spelling or lemma: "деду", "the kids"), a Russian
    first name ("Маруся") or a capitalised Latin word past the text's first ("Jack's")."""
    s = v.shopping
    info = words.infos[k]
    if info is None:
        return False
    if words.norms[k] in s.remark_persons or words.matches(k, s.told_subjects):
        return True
    if info.is_russian:
        return info.is_name
    return k != words.first_word and words.is_capitalised(k)


def _clause_after(words: Words, k: int, v: Vocabulary, *, determined: bool = False) -> bool:
    """A clause told of the person at ``k``, up to the next mark: the person a pronoun fused
    with its verb ("I'm", "he's": ``TaskWords.clause_subjects``, ``subject_contractions``) or
    said with a word after it ("we need …"); a Russian finite verb ("Маруся вчера всё
    доела"); after a determiner (``determined``), an English word right after the person
    ("the kids go …"); else an English finite verb said of one (``told_verbs``) or an "-ing"
    form ("Lucy keeps …", "Jack's staying over"): "kids cough syrup", "Costco list" are
    items and lists, no clause."""
    norms, t = words.norms, v.tasks
    if norms[k] in t.clause_subjects or norms[k] in t.subject_contractions:
        return True
    info = words.infos[k]
    after = k + 1 < len(words) and words.is_word(k + 1)
    if info is not None and info.is_russian:
        j = k + 1
        while j < len(words) and words.is_word(j):
            if _finite_verb(words, j):
                return True
            j += 1
        return False
    if determined or norms[k] in v.shopping.remark_persons:
        return after
    j = k + 1
    while j < len(words) and words.is_word(j):
        if norms[j] in v.shopping.told_verbs or norms[j].endswith(v.open_world.gerund_endings):
            return True
        j += 1
    return False


def _finite_verb(words: Words, k: int) -> bool:
    """A Russian finite verb, no imperative ("рис для суши" holds none)."""
    info = words.infos[k]
    return info is not None and info.pos == _RUSSIAN_VERB and not info.is_imperative


def _clause_at(words: Words, k: int, v: Vocabulary) -> bool:
    """A word that makes a clause: a Russian finite verb ("доела", "будет"; ``_finite_verb``),
    an English subject pronoun or a subject fused with its verb ("it's", "I'm",
    ``subject_pronouns``, ``TaskWords.clause_subjects``), a finite verb said of one
    (``told_verbs``: "is", "want"), or a person after a determiner ("the kids",
    ``told_determiners``, ``told_subjects``)."""
    s = v.shopping
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return _finite_verb(words, k)
    norm = words.norms[k]
    return (
        norm in s.subject_pronouns
        or norm in v.tasks.clause_subjects
        or norm in s.told_verbs
        or (norm in s.told_subjects and k > 0 and words.norms[k - 1] in s.told_determiners)
    )


def _settled(words: Words, v: Vocabulary, k: int) -> bool:
    """Whether the remark from ``k`` to the end tells the list is no request: a negation, a
    word of the products had, bought or found (``settled_words``, by spelling or lemma), a
    buying or adding word ("…, I'll get them", ``TriggerWords.request_openers``), the
    speaker's own purchase to come (``OpenWorldWords.own_buy_leads``), or a verb of asking
    (``relay_asking_verbs``: a relay is ``without_relay_tail``'s to read, and "…, я же
    просила", "…, ты просил" tell an ask back)."""
    s, t = v.shopping, v.triggers
    stops = (
        s.settled_words | t.negations | t.need_negations | t.request_openers | s.relay_asking_verbs
    )
    own = v.open_world.own_buy_leads
    return any(
        words.is_word(j) and (words.matches(j, stops) or words.norms[j] in own)
        for j in range(k, len(words))
    )


def _without_courtesies(words: Words, v: Vocabulary, start: int, end: int) -> list[int] | None:
    """The tokens from ``start`` to ``end`` without a courtesy or a reminder among them
    (``speech_courtesies``: "будь добра", "не забудь", "please"); None when the list holds a
    negation of its own ("молоко, не хлеб") once they are out."""
    phrases = v.shopping.speech_courtesies
    t = v.triggers
    kept: list[int] = []
    k = start
    searched = False  # a search of memory or a pause just dropped
    while k < end:
        length = words.phrase_length(k, phrases) if words.is_word(k) else 0
        if not length and words.is_word(k):
            length = _search_at(words, v, k, end)
        if not length and _pause_at(words, v, k, end):
            length = _pause_length(words, k)
        if not length and searched:
            length = _recall_at(words, v, k)
        if length:
            k += length
            searched = True
            continue
        searched = False
        if words.is_word(k) and words.norms[k] in t.negations:
            return None
        if (
            kept
            and words.is_word(k)
            and words.norms[k] in t.joiners
            and (words.norms[kept[-1]] == words.norms[k])
        ):
            k += 1  # "хлеб и… и что-то ещё было…": the joiner said again after the search
            continue
        kept.append(k)
        k += 1
    while kept and words.is_punct(kept[-1]):
        kept.pop()  # "…, не забудь": the mark before the reminder
    return kept


def _search_at(words: Words, v: Vocabulary, k: int, end: int) -> int:
    """The length of a search of memory said at ``k`` (``ShoppingWords.search_fillers``:
    "что-то ещё было", "erm what else") with its pause or mark after it and a word after
    that before ``end``; 0 when there is none ("что ещё купить" goes on with no mark)."""
    length = words.phrase_length(k, v.shopping.search_fillers)
    if not length:
        return 0
    after = k + length
    if after >= end or words.is_word(after):
        return 0
    marks = _past_marks(words, after)
    return marks - k if marks < end else 0


def _recall_at(words: Words, v: Vocabulary, k: int) -> int:
    """The length of a word of finding said at ``k`` right after a search or a pause, with
    its comma ("… а, яйца", "… oh, hoover bags"; ``recall_words``); 0 otherwise."""
    if (
        words.is_word(k)
        and words.norms[k] in v.shopping.recall_words
        and k + 1 < len(words)
        and words.norms[k + 1] == _COMMA
    ):
        return 2
    return 0


def _pictured(text: str) -> bool:
    """A pictograph in the text ("… exactly what this house needs 🙃"): a mood shown,
    sarcasm as often as a list."""
    return any(unicodedata.category(ch) == _SYMBOL for ch in text if ord(ch) > _ASCII)


def _pause_at(words: Words, v: Vocabulary, k: int, end: int) -> bool:
    """A pause inside the list at ``k``: a run of full stops (an ellipsis, "…") right after
    or right before a joiner, with a word after it before ``end`` ("хлеб и… а, яйца",
    "хлопья... и бананы"); an ellipsis elsewhere ("в холодильнике... молоко") is kept."""
    length = _pause_length(words, k)
    if (
        length < _ELLIPSIS
        or k == 0
        or not words.is_word(k - 1)  # a run's own later stops are no pause of their own
        or k + length >= end
        or not words.is_word(k + length)
    ):
        return False
    joiners = v.triggers.joiners
    return words.norms[k - 1] in joiners or words.norms[k + length] in joiners


def _pause_length(words: Words, k: int) -> int:
    """How many full stops run from ``k``."""
    j = k
    while j < len(words) and words.tokens[j].norm == _STOP:
        j += 1
    return j - k


def _past_marks(words: Words, k: int) -> int:
    """The first token from ``k`` that is no mark."""
    while k < len(words) and words.is_punct(k):
        k += 1
    return k


def need_said_last(words: Words, household: HouseholdIndex, v: Vocabulary) -> str | None:
    """The text read with its need said first, when a need closes a list with no verb
    (``ShoppingWords.closing_needs``: "loo roll and kitchen roll need" as "need loo roll and
    kitchen roll", "таблетки для посудомойки нужны"; past closing words, ``told_tails``:
    "dishwasher tablets нужны срочно"); None when the text closes with none, or what comes before it has a verb,
    a question, opens with a determiner or a subject ("the kids need", "what do we need")
    or names a member ("Tom need") or a negation ("no milk needed")."""
    s = v.shopping
    last = len(words) - 1
    while last > 0 and (
        (words.is_punct(last) and words.norms[last] != _QUESTION)
        or words.norms[last] in s.told_tails
    ):
        last -= 1  # "…, urgently", "… срочно"
    if last <= 0 or not words.is_word(last) or words.norms[last] not in s.closing_needs:
        return None  # most commands: no need said last
    first = words.first_word
    if (
        first is None
        or _QUESTION in words.text
        or words.norms[first] in v.triggers.noun_determiners
        or words.norms[first] in s.subject_pronouns
        or any(words.matches(k, s.told_subjects) for k in range(last))  # "cats need"
        or not verbless(words, v.triggers, stop=last)
        or any(
            words.norms[k] in v.triggers.negations
            or words.norms[k] in v.triggers.need_negations
            or household.find_member(words, k) is not None
            for k in range(last)
        )
    ):
        return None
    if not all(
        words.is_punct(k) or words.norms[k] in v.triggers.joiners or _in_a_name(words, k, s)
        for k in range(last)
    ):
        return None  # "Stand down, nothing needed": words no product is named with
    if _russian_need_unlisted(words, last, v):
        return None
    return f"{s.need_said_first} {words.phrase(range(last))}"


def _russian_need_unlisted(words: Words, last: int, v: Vocabulary) -> bool:
    """A Russian need said last (``last``) closes no bare list of products: no known product
    or consumable among its words ("справка нужна срочно", "водитель нужен"), a question word
    or a word in the dative (whose need: "что ей надо", "кому надо"), a word of as much as
    needed (``ShoppingWords.closing_need_stops``: "сахару шо надо"), or a count or a number
    before it ("яйца 120 рублей десяток, кому надо", "сахару мешок десять кило нужно"), which
    the list's own readers read when it is asked."""
    info = words.infos[last]
    if info is None or not info.is_russian:
        return False
    s = v.shopping
    if not any(
        words.has_lemma(k, s.known_products) or words.has_lemma(k, s.consumable_heads)
        for k in range(last)
    ):
        return True  # "справка нужна срочно", "водитель нужен": no product named
    for k in range(last):
        if (
            words.tokens[k].kind == _NUMBER
            or words.norms[k] in v.triggers.question_words
            or words.norms[k] in v.shopping.closing_need_stops
        ):
            return True
        word = words.infos[k]
        if word is not None and (word.is_dative or word.pos == _NUMERAL):
            return True
    return False


def _in_a_name(words: Words, k: int, s: ShoppingWords) -> bool:
    """The word at ``k`` may be part of a product's name said before a need: no word of
    ``ShoppingWords.need_last_stops`` ("nothing", "down", "all") nor of ``shape_stops``."""
    return words.norms[k] not in s.need_last_stops and words.norms[k] not in s.shape_stops
