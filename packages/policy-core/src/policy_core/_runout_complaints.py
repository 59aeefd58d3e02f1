"""A run-out told as a complaint, or asked as a question, is no request (SPEC §4, "The open
world"; issue #12, round 36, precision).

The wording corpus's authors read a bare report that a product ran out as a request, "again"
or not ("молоко закончилось", "we're out of toilet paper AGAIN", "eggs закончились опять",
"out of dish soap again lol"), but a run-out that comes back ("again", "опять") told with a
complaint as none: of such run-outs about 60 are labelled no request and 18 a request, and
the 18 are the bare ones. The complaint is

* a word or phrase of exasperation ("ugh", "seriously", "блин", "сколько можно", "ну что
  такое", "как так", "third time this week");
* a question word or a clause told of who drank it or how ("…, who keeps drinking it",
  "how do we go through 6 pints in two days", "…, mijo ate it all with a spoon", "кто его
  пьёт вообще", "вы чай с чем пьёте вообще", "…, это уже традиция"): an English subject
  pronoun or question word after the run-out, a Russian finite verb (not a verb of saying: a
  run-out relayed, "Петя говорит молоко опять кончилось", asks) or a Russian pronoun but the
  holder's ("у нас").

A run-out set at its moment in its own clause and told with a remark is a story, as the
authors label every such text ("ran out of coffee this morning, nightmare", "we ran out of
coffee at 3am, darkest moment of my life", "ну вот, соль кончилась прямо посреди готовки");
a bare "we ran out of milk this morning" asks, as a bare "молоко кончилось вчера" does.

A run-out asked as a question is none either: a doubt opening it or a tag closing it
("неужели опять закончилась туалетная бумага", "молоко закончилось или нет", "out of milk
or not").

Anything asked beside it keeps the purchase: a buying, adding, remind or need word, a list,
a Russian imperative or infinitive ("we're out of dish soap again 🙄 add 2 bottles to
costco", "блин we're out of гречка, возьми 3 пачки", "ugh out of paper towels again, stick
them on the Costco list"); a run-out with a complaint but not said to come back ("блин вода
кончилась питьевая", "пельмени кончились капец": the authors label those requests) and a need
told ("we need milk again") are not read here.
"""

from __future__ import annotations

from typing import Final

from policy_core._stories import asks_beside
from policy_core._words import Words
from policy_core.lang import ShoppingWords, TriggerWords, Vocabulary

__all__ = ["run_out_complained"]

_NO_SKIP: Final[frozenset[int]] = frozenset()
_FINITE: Final = "VERB"  # OpenCorpora: a finite verb
_PRONOUN: Final = "NPRO"  # OpenCorpora: a pronoun
_NUMBER: Final = "number"
_PUNCT: Final = "punct"


def run_out_complained(words: Words, v: Vocabulary) -> bool:
    """The text reports a run-out as a complaint or asks whether it happened, and asks
    nothing: no request ("ugh we're out of milk again, who keeps drinking it", "молоко опять
    закончилось, блин", "молоко закончилось или нет").

    >>> from policy_core._policy import default_policy
    >>> from policy_core._words import analyse_words
    >>> policy = default_policy()
    >>> def complained(text):
    ...     words = analyse_words(text, policy.morphology, policy.vocabulary.text, policy.classes)
    ...     return run_out_complained(words, policy.vocabulary)
    >>> complained("we're out of milk again ugh")
    True
    >>> complained("we're out of toilet paper AGAIN")
    False
    """
    s, t = v.shopping, v.triggers
    said = words.vocabulary
    if said.isdisjoint(t.out_of_words) and said.isdisjoint(s.ran_out_states):
        return False  # most commands: no run-out ("out" is a state: "out of" has it too)
    repeated = not said.isdisjoint(s.run_out_repeats)
    if (
        not repeated
        and said.isdisjoint(s.run_out_doubt_openers)
        and said.isdisjoint(s.run_out_tag_firsts)
        and said.isdisjoint(s.run_out_moment_firsts)
    ):
        return False  # nothing said to come back, asked or set at its moment
    out = _run_out_at(words, t, s)
    if out is None or _asked(words, v):
        return False
    if _asked_whether(words, s):
        return True
    if repeated and (_exasperated(words, s) or _told_after(words, out, s)):
        return True
    return _at_its_moment(words, out, s) and (
        _exasperated(words, s) or _remark_after(words, out, s)
    )


def _run_out_at(words: Words, t: TriggerWords, s: ShoppingWords) -> int | None:
    """Where the run-out is said: a Russian run-out verb ("кончилось"), an English "out of"
    or a state ("gone", "finished"); None when none is."""
    norms = words.norms
    for k in range(len(words)):
        if words.infos[k] is None:
            continue
        if (
            words.lemmas[k] in t.out_of_words
            or norms[k] in s.ran_out_states
            or (k + 1 < len(words) and (norms[k], norms[k + 1]) in t.out_of)
        ):
            return k
    return None


def _asked(words: Words, v: Vocabulary) -> bool:
    """Something is asked beside the run-out (``_stories.asks_beside``), or a word of a
    request or a list is said anywhere ("…, stick them on the Costco list", "…, add it")."""
    t = v.triggers
    said = words.vocabulary
    return (
        not said.isdisjoint(t.request_words)
        or not said.isdisjoint(t.list_words)
        or asks_beside(words, v.open_world, t, _NO_SKIP)
    )


def _asked_whether(words: Words, s: ShoppingWords) -> bool:
    """A doubt opens the text or a question's tag closes it ("неужели опять закончилась …",
    "молоко закончилось или нет")."""
    first = words.first_word
    if first is not None and words.norms[first] in s.run_out_doubt_openers:
        return True
    ends = [k for k in range(len(words)) if words.infos[k] is not None]  # words, no marks
    return any(
        len(tag) <= len(ends) and words.phrase_length(ends[-len(tag)], (tag,)) == len(tag)
        for tag in s.run_out_question_tags
    )


def _exasperated(words: Words, s: ShoppingWords) -> bool:
    """A word or a phrase of exasperation is said ("ugh", "блин", "сколько можно")."""
    if not words.vocabulary.isdisjoint(s.run_out_exasperations):
        return True
    return words.phrase_from(0, s.run_out_complaint_phrases)


def _told_after(words: Words, out: int, s: ShoppingWords) -> bool:
    """A clause of its own is told beside the run-out: an English subject pronoun or question
    word after it ("…, who keeps drinking it", "…, mijo ate it all"), a Russian finite verb
    but the run-out's and one of saying, or a Russian pronoun but the holder's ("…, кто его
    пьёт", "…, сколько можно, пьют как не в себя", "…, это уже традиция")."""
    norms = words.norms
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if not info.is_russian:
            if k > out and norms[k] in s.run_out_told_subjects:
                return True
            continue
        if norms[k] in s.run_out_told_subjects:
            return True
        if info.pos == _FINITE and not (
            words.lemmas[k] == words.lemmas[out]
            or info.is_imperative
            or norms[k] in s.told_reporters
        ):
            return True
        if info.pos == _PRONOUN and norms[k] not in s.run_out_holder_pronouns:
            return True
    return False


def _at_its_moment(words: Words, out: int, s: ShoppingWords) -> bool:
    """A moment of the day is said in the run-out's clause, between the marks around it
    ("ran out of coffee this morning, …", "…, соль кончилась прямо посреди готовки"), or a
    clock's time after its preposition ("at 3am"); not in another clause ("…, Tom mentioned
    it this morning")."""
    start, end = out, out
    while start > 0 and words.tokens[start - 1].kind != _PUNCT:
        start -= 1
    while end < len(words) and words.tokens[end].kind != _PUNCT:
        end += 1
    return any(
        words.phrase_length(k, s.run_out_moments)
        or (
            words.norms[k] in s.run_out_clock_preps
            and k + 1 < end
            and words.tokens[k + 1].kind == _NUMBER
        )
        for k in range(start, end)
    )


def _remark_after(words: Words, out: int, s: ShoppingWords) -> bool:
    """A piece past a mark after the run-out says more than one more product: its first word
    no list joiner, "also" nor known product ("…, nightmare", "…, пришлось на воде"; not
    "…, and tea", "…, хлеб тоже")."""
    norms = words.norms
    for k in range(out + 1, len(words) - 1):
        if words.tokens[k].kind != _PUNCT:
            continue
        nxt = words.next_words[k]
        if nxt is None:
            return False
        if not (
            norms[nxt] in s.list_joiners
            or norms[nxt] in s.run_out_also
            or words.has_lemma(nxt, s.known_products)
        ):
            return True
    return False
