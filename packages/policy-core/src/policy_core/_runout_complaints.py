"""A run-out told as a complaint, or asked as a question, is no request (SPEC §4, "The open
world"; issue #12, round 36, precision).

The wording corpus's authors read a bare report that a product ran out as a request, "again"
or not ("молоко закончилось", "we're out of toilet paper AGAIN", "eggs закончились опять",
"out of dish soap again lol"), but a run-out that comes back ("again", "опять") told with a
complaint as none: of such run-outs about 60 are labelled no request and 18 a request, and
the 18 are the bare ones. The complaint is

* a word or phrase of exasperation ("ugh", "seriously", "блин", "сколько можно", "ну что
  такое", "как так", "third time this week");
* a question word or a subject no one names after the run-out ("…, who keeps drinking it",
  "how do we go through 6 pints in two days", "…, someone keeps eating it", "кто его пьёт
  вообще", "никто не признается"), a verb of eating or drinking it up ("…, mijo ate it all
  with a spoon", "Jack drinks three a day", "вы чай с чем пьёте вообще", "Олег всё выпил"),
  or a pointer opening a piece after it ("…, это уже традиция"). A hedge, a check, a relay, a
  holder or a relative clause of the product is none ("…, I think", "…, я проверила", "…, he
  said", "у меня опять закончился шампунь", "…, тот, который Петя любит").

"Again" may be said otherwise ("that's the third time this week …", "каждый раз одно и то
же, …"), and the run-out by a word of absence ("опять нет молока, блин").

A run-out set at its moment in its own clause and told with a remark is a story, as the
authors label every such text ("ran out of coffee this morning, nightmare", "we ran out of
coffee at 3am, darkest moment of my life", "ну вот, соль кончилась прямо посреди готовки");
a bare "we ran out of milk this morning" asks, as a bare "молоко кончилось вчера" does, and
so does one with a measure, a relay or one more run-out after it ("…, a dozen", "…, Петя
сказал", "…, а хлеб вечером").

A run-out asked as a question is none either: a doubt opening it, a tag closing it or a
question mark closing its clause ("неужели опять закончилась туалетная бумага", "молоко
закончилось или нет", "we out of milk or nah", "we're out of milk?? since when").

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
_NUMBER: Final = "number"
_QUESTION: Final = "?"
_OPENING_WORDS: Final = 3  # "у нас опять закончилось …?": words before the run-out


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
    if (
        said.isdisjoint(t.out_of_words)
        and said.isdisjoint(s.ran_out_states)
        and said.isdisjoint(s.told_absences)
    ):
        return False  # most commands: no run-out ("out" is a state: "out of" has it too)
    repeated = not said.isdisjoint(s.run_out_repeats) or (
        not said.isdisjoint(s.run_out_repeat_firsts)
        and words.phrase_from(0, s.run_out_repeat_phrases)
    )
    if (
        not repeated
        and _QUESTION not in words.text
        and said.isdisjoint(s.run_out_doubt_openers)
        and said.isdisjoint(s.run_out_tag_firsts)
        and said.isdisjoint(s.run_out_moment_firsts)
    ):
        return False  # nothing said to come back, asked or set at its moment
    out = _run_out_at(words, t, s)
    if out is None or _asked(words, v):
        return False
    if _asked_whether(words, s) or _questioned(words, out):
        return True
    if repeated and (_exasperated(words, s) or _told_after(words, out, s)):
        return True
    return _at_its_moment(words, out, s) and (
        _exasperated(words, s) or _remark_after(words, out, v)
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
            or norms[k] in s.told_absences  # "опять нет молока, блин"
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


def _questioned(words: Words, out: int) -> bool:
    """The run-out opens the text, a few words in at most, and a question mark closes its
    clause, nothing asked ("we're out of milk?? since when", "закончилось молоко? странно,
    …"; not "Would you kindly make a note that we're nearly out of …?": a request asked)."""
    if sum(1 for k in range(out) if words.infos[k] is not None) > _OPENING_WORDS:
        return False
    end = next((k for k in range(out, len(words)) if words.is_punct(k)), None)
    return end is not None and words.tokens[end].text.startswith(_QUESTION)


def _exasperated(words: Words, s: ShoppingWords) -> bool:
    """A word or a phrase of exasperation is said ("ugh", "блин", "сколько можно")."""
    if not words.vocabulary.isdisjoint(s.run_out_exasperations):
        return True
    return words.phrase_from(0, s.run_out_complaint_phrases)


def _told_after(words: Words, out: int, s: ShoppingWords) -> bool:
    """A clause of its own is told beside the run-out: a question word or a subject no one
    names after it ("…, who keeps drinking it", "…, someone keeps eating it"), a verb of
    eating or drinking it up after it in English, anywhere in Russian ("…, mijo ate it all",
    "Олег всё выпил, …", "…, пьют как не в себя"), or a pointer opening a piece after it
    ("…, это уже традиция"). Not a hedge, a relay or a check ("…, I think", "…, he said",
    "…, я проверила"), nor a relative clause of the product ("…, который Петя любит")."""
    norms, lemmas = words.norms, words.lemmas
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        said = norms[k] in s.run_out_told_subjects or (
            lemmas[k] in s.run_out_consumers if info.is_russian else norms[k] in s.run_out_consumers
        )
        if said and (k > out or info.is_russian):
            return True
        if k > out and norms[k] in s.remark_pointers and words.is_punct(k - 1):
            return True
    return False


def _at_its_moment(words: Words, out: int, s: ShoppingWords) -> bool:
    """A moment of the day is said in the run-out's clause, between the marks around it
    ("ran out of coffee this morning, …", "…, соль кончилась прямо посреди готовки"), or a
    clock's time after its preposition ("at 3am"); not in another clause ("…, Tom mentioned
    it this morning")."""
    start, end = out, out
    while start > 0 and not words.is_punct(start - 1):
        start -= 1
    while end < len(words) and not words.is_punct(end):
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


def _remark_after(words: Words, out: int, v: Vocabulary) -> bool:
    """A piece past a mark after the run-out says more than one more product: past a joiner,
    its first word no known product, no number or measure ("a dozen", "2 пачки"), and no
    verb of saying in it ("…, nightmare", "…, пришлось на воде"; not "…, and tea", "…, а хлеб
    вечером", "…, 2 liters", "…, Петя сказал")."""
    s, t, norms = v.shopping, v.triggers, words.norms
    marks = [k for k in range(out + 1, len(words)) if words.is_punct(k)]
    for n, mark in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(words)
        piece = [
            k
            for k in range(mark + 1, end)
            if words.infos[k] is not None or words.tokens[k].kind == _NUMBER
        ]
        while piece and (norms[piece[0]] in t.joiners or norms[piece[0]] in v.numbers.articles):
            piece = piece[1:]
        if not piece:
            continue
        first = piece[0]
        if not (
            words.tokens[first].kind == _NUMBER
            or norms[first] in v.numbers.words
            or norms[first] in v.units.forms
            or words.has_lemma(first, s.known_products)
            or any(norms[k] in s.told_reporters for k in piece)
        ):
            return True
    return False
