"""What a speech recogniser writes besides the request: hesitation, discourse openers, split
words.

Voice commands arrive as raw speech-to-text, and the rules would read its noise as words of
the request ("купи э молоко" gave the item "э молоко"). Before the rules read a command, the
text is written again without it:

- a sound of hesitation ("э", "эээ", "м-м", "uh", "erm"; ``OpenWorldWords.hesitation_sounds``)
  wherever it stands: it is never a word of a request;
- a discourse opener ("значит", "так", "короче", "слушай", "so", "well", "okay") at the start
  of the command or after another noise word, when a request verb, a wake word or another
  opener follows it (past a comma): "значит так купи …", "ну алиса добавь …". "так много",
  "слушай музыку", "so what's for dinner" keep theirs;
- "вот" pointing at the product found, at an item's start (after the verb, a conjunction or a
  mark) before a noun phrase ("а вот сметаны купи"), and the product said once more after it
  ("для стирки гель вот гель для стирки": what was said before "вот" is the search for it);
  "купи вот это" keeps it (the item stays vague);
- a hedge on a count ("like three cans", "типа две пачки") at an item's start before a number;
  "I'd like", "что-то типа пледа" keep theirs;
- a word the recogniser split in two, rejoined when the whole is a word of the dictionary (a
  noun or an adjective) and the two parts are no reading: a preposition before a word it cannot
  govern ("с метану"), a word the dictionary lacks ("на полнитель"), or an adjective whose
  noun after it is a product ("под солнечное масло": the product is no preposition's object);
  "под раковину", "на завтра" stay; so is the imperative of a buying or adding verb ("до бавь",
  "за пиши"). A head the dictionary lacks joined to the next word into
  a list of the household ("хоз товары") is that list, with a preposition before it or none
  ("хоз товары: губки": ``may_split_a_list``); a preposition spelt as heard before a
  word it governs ("ат перхоти") is that preposition.

Removing noise may make nothing act that would not act without it: every removal requires the
whole of its construction, and the rules read the rest as usual (a wake word before a device
command is still a device command; a filler before a question is still a question).
"""

from __future__ import annotations

from typing import Final

from policy_core._classes import NOISE_STARTS, SPLIT_STARTS
from policy_core._household import HouseholdIndex
from policy_core._morphology import Morphology
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["may_split_a_list", "without_noise"]

_NOUN_PHRASE: Final = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_JOINED: Final = frozenset({"NOUN", "ADJF"})
_NOMINAL: Final = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
_ADJECTIVES: Final = frozenset({"ADJF", "PRTF"})
_VERBS: Final = frozenset({"VERB", "INFN"})
_ACCUSATIVE: Final = "accs"
_FUNCTION_WORDS: Final = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})
_SPACE: Final = " "


def _asks(words: Words, j: int, v: Vocabulary, *, modal: bool = False) -> bool:
    """The word at ``j`` is a request's verb, a wake word, or (``modal``) a modal asking for
    one ("so can you add …"): what an opener may stand before."""
    info = words.infos[j]
    if info is None:
        return False
    t = v.triggers
    return (
        info.is_imperative
        or words.has_lemma(j, t.request_words)
        or words.has_lemma(j, t.request_openers)
        or (modal and words.norms[j] in t.modals)
        or words.norms[j] in v.open_world.wake_starts
    )


def _next(words: Words, j: int) -> int | None:
    """The index of the next token after ``j`` (a word or a mark), or None."""
    return j + 1 if j + 1 < len(words) else None


def _is_boundary(words: Words, k: int | None, v: Vocabulary, dropped: set[int]) -> bool:
    """Before ``k`` (an index or None for the start) an item may begin."""
    if k is None or k in dropped:
        return True
    o = v.open_world
    norm = words.norms[k]
    return norm in o.noise_boundaries or norm in o.wake_starts or _asks(words, k, v)


def _counts(words: Words, j: int | None, v: Vocabulary) -> bool:
    """A count starts at ``j``: a number, a number word, or an article before one ("a dozen")."""
    if j is None:
        return False
    if words.tokens[j].kind == "number":
        return True
    n = v.numbers
    norm = words.norms[j]
    if norm in n.words:
        return True
    after = _next(words, j)
    return (
        norm in n.articles
        and after is not None
        and (words.norms[after] in n.words or words.norms[after] in v.units.multipliers)
    )


def _noun_phrase(words: Words, j: int | None) -> bool:
    if j is None:
        return False
    info = words.infos[j]
    return info is not None and (info.pos in _NOUN_PHRASE or info.pos is None)


def _drops(words: Words, v: Vocabulary) -> set[int]:
    """The indices of the noise words (and of a found product's search before "вот")."""
    o = v.open_world
    norms = words.norms
    dropped: set[int] = set()
    previous: int | None = None  # the last token kept
    span = 0  # where the current item may have begun
    for i in range(len(words)):
        norm = norms[i]
        if words.infos[i] is None:
            previous = i
            if norm in o.noise_boundaries:
                span = i + 1
            continue
        if norm in o.hesitation_sounds and not words.tokens[i].text.isupper():
            dropped.add(i)
            continue
        after = _next(words, i)
        while after is not None and (
            norms[after] in o.hesitation_sounds
            or (words.infos[after] is None and norms[after] in o.noise_boundaries)
        ):
            # an opener's comma or a hesitation after it: "так, купи", "so uh add"
            after = _next(words, after)
        if (
            norm in o.discourse_openers
            and (previous is None or previous in dropped)
            and after is not None
            and (norms[after] in o.discourse_openers or _asks(words, after, v, modal=True))
            and not (norm in o.wake_openers and norms[after] in o.wake_starts)  # "ok google"
        ):
            dropped.update(range(i, after))  # with its comma: "так, купи"
            span = after
            continue
        boundary = _is_boundary(words, previous, v, dropped)
        if norm in o.count_hedges and boundary and _counts(words, _next(words, i), v):
            dropped.add(i)
            continue
        if norm in o.found_word_marks:
            head = _next(words, i)
            if boundary and _noun_phrase(words, head):
                dropped.add(i)
                continue
            if (
                head is not None
                and words.infos[head] is not None
                and span < i
                and _said_again(words, range(span, i), head, v, dropped)
            ):
                # "для стирки гель вот гель для стирки": the search, then the product
                dropped.update(range(span, i + 1))
                continue
        if (boundary and _asks(words, i, v)) or norm in o.noise_boundaries:
            span = i + 1
        previous = i
    return dropped


def _said_again(words: Words, search: range, head: int, v: Vocabulary, dropped: set[int]) -> bool:
    """The product named from ``head`` on (to the item's end) says again every word of the
    noun phrase ``search`` before "вот": one item's search, then the product found. A verb or
    a name in the search is a task's or a member's ("напомни Маше полить цветы вот цветы"),
    and a word not said again is the more specific mention ("корм для кота вот корм")."""
    infos = words.infos
    if words.lemmas[head] not in {words.lemmas[k] for k in search}:
        return False
    found: set[str] = set()
    for k in range(head, len(words)):
        info = infos[k]
        if (info is None and words.norms[k] in v.open_world.noise_boundaries) or (
            info is not None and _asks(words, k, v)
        ):
            break
        if info is not None:
            found.add(words.lemmas[k])
    for k in search:
        info = infos[k]
        if k in dropped or info is None:
            continue
        if info.pos in _VERBS or info.is_name:
            return False
        if info.pos in _NOUN_PHRASE and words.lemmas[k] not in found:
            return False
    return True


def _governs(
    preposition: str,
    word: str,
    morphology: Morphology,
    v: Vocabulary,
    following: tuple[str, frozenset[str]] | None,
) -> bool:
    """``preposition word`` (``following`` after them: its lemma and its cases) is a sensible
    reading: the preposition governs a case the word may have, and the word is no adjective of
    a product noun in the accusative of a place ("под солнечное масло"; "с тёртым сыром", an
    adjective agreeing with its noun in another case governed, describes the product)."""
    cases = v.open_world.split_prepositions.get(preposition)
    if cases is None:
        return True
    readings = morphology.readings(word)
    if not readings:
        return False  # "на полнитель": no word of the dictionary
    nominal = {case for pos, case in readings if pos in _NOMINAL}
    if nominal.isdisjoint(cases):
        return False  # "с метану": "с" governs no dative
    if all(pos in _ADJECTIVES for pos, _ in readings) and following is not None:
        lemma, following_cases = following
        if any(
            case in cases and case != _ACCUSATIVE and case in following_cases
            for _, case in readings
        ):
            return True  # "с тёртым сыром": a product's description, in a case governed
        # "под солнечное масло": the product under a preposition, after a buying verb
        return lemma not in v.shopping.known_products
    return True


def _joins(
    words: Words, household: HouseholdIndex, morphology: Morphology, v: Vocabulary
) -> dict[int, str]:
    """Split words to write as one: the first part's index → the whole."""
    o = v.open_world
    norms = words.norms
    joins: dict[int, str] = {}
    for i in range(len(words) - 1):
        j = i + 1
        half = words.infos[j]
        if words.infos[i] is None or half is None or words.tokens[j].start == 0:
            continue
        if words.tokens[i].end == words.tokens[j].start:
            continue  # no space between them: one token's parts
        if half.pos in _FUNCTION_WORDS:
            continue  # "про за пись", "на на": a word of its own, no half of one
        first, second = norms[i], norms[j]
        joined = first + second
        sounded = o.sounded_prepositions.get(first)
        if sounded is not None:
            cases = o.split_prepositions.get(sounded, frozenset())
            if any(case in cases for _, case in morphology.readings(second)):
                joins[i] = sounded + _SPACE  # "ат перхоти": "от перхоти"
            continue
        if first in o.split_prepositions:
            if (
                any(pos in _JOINED for pos, _ in morphology.readings(joined))
                # "до бавь в хозтовары …" ("до бавь Пете задачу …" frames a task, read as written)
                or (
                    _request_verb(joined, second, _after_forms(words, j), morphology, v)
                    and not _task_noun_after(words, j, v)
                )
            ) and not _governs(first, second, morphology, v, _word_after(words, morphology, j)):
                joins[i] = words.tokens[i].text + words.tokens[j].text
            continue
        info = words.infos[i]
        if (
            info is not None
            and info.pos is None
            and not morphology.readings(first)
            and not morphology.info(joined).lemmas.isdisjoint(household.list_starts)
        ):
            joins[i] = words.tokens[i].text + words.tokens[j].text  # "хоз товары": a list
    return joins


def _request_verb(
    joined: str,
    second: str,
    after: tuple[str, str] | None,
    morphology: Morphology,
    v: Vocabulary,
) -> bool:
    """The rejoined word is the imperative of a buying or adding verb ("до бавь": "добавь",
    "за пиши": "запиши"); the preposition governs no verb, so the parts are no reading."""
    info = morphology.info(joined)
    if not info.is_imperative or info.lemmas.isdisjoint(v.triggers.buy_or_add_verbs):
        return False
    # "по купай собаку": the half after the preposition is a chore's imperative of its own
    # ("купай": bathe), and "покупай" bathes as well as buys: unless a product follows ("по
    # купай молоко"), the split is read as written
    known = v.shopping.known_products
    return not _chore_imperative(second, morphology, v) or (
        after is not None and (after[0] in known or after[1] in known)
    )


def _chore_imperative(half: str, morphology: Morphology, v: Vocabulary) -> bool:
    """The word ``half`` alone is the imperative of an errand's verb ("купай", "мой")."""
    info = morphology.info(half)
    return info.is_imperative and not info.lemmas.isdisjoint(v.open_world.errand_lemmas)


_TASK_NOUN_REACH: Final = 2  # "до бавь Пете задачу": the task noun at most two words on


def _task_noun_after(words: Words, j: int, v: Vocabulary) -> bool:
    """A task noun ("задачу", "напоминание") within two words after ``j``."""
    k = words.next_words[j]
    for _ in range(_TASK_NOUN_REACH):
        if k is None:
            return False
        if words.matches(k, v.triggers.task_nouns):
            return True
        k = words.next_words[k]
    return False


def _after_forms(words: Words, j: int) -> tuple[str, str] | None:
    """The next word's spelling and lemma."""
    after = words.next_words[j]
    return None if after is None else (words.norms[after], words.lemmas[after])


def _word_after(words: Words, morphology: Morphology, j: int) -> tuple[str, frozenset[str]] | None:
    """The next word's lemma and the cases it may have."""
    after = words.next_words[j]
    if after is None:
        return None
    return words.lemmas[after], frozenset(
        case for _, case in morphology.readings(words.norms[after])
    )


def may_split_a_list(words: Words, household: HouseholdIndex) -> bool:
    """A word of the text begins a list's name and is shorter than it ("хоз" of
    "Хозтовары"): the name may be split in two with no preposition before it ("хоз товары:
    губки", a heading), so ``_joins`` is read though no split preposition is said."""
    return any(
        start.startswith(word) and start != word
        for start in household.list_starts
        for word in words.vocabulary
        if len(word) > 1
    )


def without_noise(
    words: Words, household: HouseholdIndex, morphology: Morphology, v: Vocabulary
) -> str | None:
    """The text without its noise, or None when it holds none (the words' classes tell which
    readers to run: the noise words', the split words')."""
    dropped = _drops(words, v) if words.classes0 & NOISE_STARTS else set()
    joins = (
        _joins(words, household, morphology, v)
        if words.classes0 & SPLIT_STARTS or may_split_a_list(words, household)
        else {}
    )
    if not dropped and not joins:
        return None
    out: list[str] = []
    skip = False
    previous_end = 0
    for i, token in enumerate(words.tokens):
        if skip:
            skip = False
            previous_end = token.end
            continue
        if i in dropped:
            continue
        if out and token.start > previous_end:
            out.append(_SPACE)
        if i in joins:
            whole = joins[i]
            if whole.endswith(_SPACE):
                out.append(whole.rstrip())
            else:
                out.append(whole)
                skip = True
        else:
            out.append(token.text)
        previous_end = token.end
    text = "".join(out).strip()
    return text or None
