"""Pasted text (SPEC §4, "The open world"): what was copied in, not said to the assistant.

A letter, a note or a greeting card (wishes, a sign-off before a name: "Поздравляю Вас …",
"Best wishes", "Love, Sarah"), a notice ("Уважаемые родители! Просим …"), a recipe
(two or more cooking steps: "взбейте …, выпекайте 40 минут", "whisk …, bake …"), a chat
copied with its time stamps ("[09:14] Дима: …") and structured text (JSON, code, markup)
hold imperatives and nouns the rules would otherwise read as tasks and items; they are
clarified, never acted on. The words are each language's
(``OpenWorldWords.letter_words``, ``recipe_lemmas``, ``signoff_words``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from policy_core._classes import (
    COOKING_LEMMAS,
    DIMENSION_WORDS,
    JOKE_WORDS,
    KITCHEN_MEASURES,
    LAUGH_WORDS,
    MESSAGE_PRONOUNS,
    PASTED_MARKERS,
    RECIPE_ADDING,
    RECIPE_LEMMAS,
    RECORD_HEADINGS,
    STEP_NOUNS,
    TASTE_MEASURES,
    WISH_STARTS,
    WITHDRAWAL_TAILS,
)
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["english_past", "is_pasted", "is_recipe"]

# JSON or code braces, a call "f(x)", a dotted name "item.name" (two letters or more on both
# sides: "P.S.", "т.е.", "e.g.", "a.m." are abbreviations).
_CODE: Final = re.compile(r"[{}]|[^\W\d_]\(|[^\W\d_]{2}\.[^\W\d_]{2}")
# The characters every match of ``_CODE`` holds: a text with none of them (most) is not
# searched (``in`` on a short text is some thirty times cheaper than the search).
_BRACE, _CLOSING, _CALL, _DOT = "{", "}", "(", "."
_NUMBER: Final = "number"  # a token's kind
_RECIPE_STEPS: Final = 2  # one cooking verb is a chore ("bake a cake"); two are a recipe's steps
# A chat's turn: a line opened by a messenger's time stamp, a date before it or a 12-hour
# clock's mark in it, then a sender of one to three words and a colon ("[09:14] Дима: …",
# "09:15 Анна: …", "[7:42 PM] Tom: …", "[05.03.2026, 19:42:10] Ольга Петровна: …",
# "3/5/26, 7:42 pm - Tom: …"); lines opened by a name alone may be commands to members or
# lists ("Продукты: молоко").
_STAMP: Final = re.compile(
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
).pattern
_SENDER: Final = re.compile(
    r"[^\W\d_][^\W\d_ \t]{0,20}(?:[ \t][^\W\d_][^\W\d_ \t]{0,20}){0,2}"
).pattern
_TURN: Final = re.compile(rf"(?m)^[ \t]*\[?{_STAMP}\]?(?:[ \t]+[-–—])?[ \t]+{_SENDER}:")
_TURNS: Final = 2  # two stamped lines are a chat
# One line copied whole: a bracketed stamp no one types before a request of their own
# ("[09:30] Дима: Ань, глянь, в ванной опять лампочка мигает").
_LONE_TURN: Final = re.compile(rf"[ \t]*\[{_STAMP}\][ \t]+{_SENDER}:[^\n]*\s*")
_BRACKET: Final = "["
# A messenger's reaction to a message, the message quoted to the end of the text: "Tom
# reacted ❤️ to "can someone grab …"", "Loved “get milk”" (a tapback), "Дима отреагировал 👍
# на «купи хлеб»", "Аня поставила реакцию ❤️ на сообщение «…»".
_REACTION: Final = re.compile(
    r"(?is)^\s*(?:[^\W\d_][\w.'-]*\s+){0,3}?"
    r"(?:reacted|liked|loved|laughed\s+at|emphasi[sz]ed|questioned|disliked"
    r"|отреагировал[аио]?|поставил[аио]?\s+(?:реакцию|лайк))"
    r"[^\w\"“”«„']*(?:(?:with|to|your|a|message|на|ваше|твоё|твое|сообщение)[^\w\"“”«„']*)*"
    r"[\"“«„'].*[\"”»“']\s*$"
)
# One of its opening quotation marks, searched for at C speed (a set's isdisjoint(text) steps
# through the text a character at a time, making a string of each non-Latin one).
_REACTION_MARK: Final = re.compile("[\"“«„']")
# A line quoted from a message ("> возьми сметану к пельменям"): the sender's words, not the
# user's.
_QUOTED_LINE: Final = re.compile(r"(?m)^[ \t]*>[^\n]*")
_QUOTE_OPENER: Final = ">"
_LINE: Final = "\n"

_DATIVE: Final = "datv"  # OpenCorpora: the dative case


def is_recipe(
    words: Words,
    o: OpenWorldWords,
    units: Mapping[str, str] | None = None,
    buying: frozenset[str] = frozenset(),
    household: HouseholdIndex | None = None,
    *,
    lists: frozenset[str] = frozenset(),
) -> bool:
    """A recipe pasted in: two cooking steps ("whisk …, bake …"; one of them may be any
    kitchen work: "Лук порезать, обжарить …", "whisk …, then fold in …"), one step of any kitchen
    work beside a kitchen measure ("Add 2 cups of broth, then simmer …", "Banana bread: 3
    bananas, 1/3 cup butter … Preheat oven to 350°F"), or a recipe's own step beside a
    measured amount of ``units`` ("Тесто: мука 300 г, … Замесить и убрать в холодильник"):
    read before the corridor, since a recipe preheats no oven. One step alone is a chore
    ("bake a cake", "peel the potatoes"), two cooking words side by side are one ("a bag of
    stir fry veggies"), and an amount beside ``buying`` words is bought ("buy 2 kg of flour
    and bake bread"). Kitchen work counts as a recipe's second step only where no member is
    named (given ``household``) and no Russian step is an imperative: "Tom bake a cake and chop
    the onions", "обжарь лук и свари макароны" ask a member or the listener to cook.

    An adding verb is a step too (``OpenWorldWords.recipe_adding``) where no list and no
    purchase is said (``_adding_step``): after kitchen work that opens its clause ("Brown the
    beef, drain the fat, then add the onions", "so first you melt the butter then add the
    cocoa", "масло растопить, потом добавить какао"), or a Russian infinitive beside a kitchen
    measure ("Для теста добавить 1 ч.л. соды … и щепотку соли"); asked of no one, as above."""
    adds = bool(words.classes2 & RECIPE_ADDING) and bool(
        words.classes0 & (COOKING_LEMMAS | RECIPE_LEMMAS | KITCHEN_MEASURES | TASTE_MEASURES)
    )
    if not words.classes0 & (RECIPE_LEMMAS | KITCHEN_MEASURES | TASTE_MEASURES) and not adds:
        return False  # most commands
    if words.classes0 & RECIPE_LEMMAS and _polite_steps(words, o, lists, household):
        return True  # "обжарьте лук 5 минут, затем добавьте морковь"
    vocabulary = words.vocabulary
    steps = cooked = 0  # recipe steps; kitchen work's steps, a recipe's beside one of those
    last = -2  # the last step's index: "stir fry", "deep fry" are one step (a compound)
    measured = stepped = amounted = False
    tokens = words.tokens
    if not vocabulary.isdisjoint(buying):
        units = None  # a purchase measures what it buys
    bought = buying - o.recipe_adding - o.recipe_frames  # buying words but "add" and "need"
    if not vocabulary.isdisjoint(bought):
        adds = False  # "buy butter, melt it and add cocoa": a purchase first
    adds = adds and _no_list_said(words, lists, household)
    # "you'll need two cups of flour …": a recipe's need beside a measure, asked of no one
    needed = bool(words.classes0 & KITCHEN_MEASURES) and _recipe_need(
        words, o, lists, household, bought
    )
    opened = 0  # kitchen work's steps that open their clause: an adding step may follow them
    # "Add salt and pepper to taste": an adding verb opening the text, measured to taste
    seasons = adds and _opens_adding(words, o)
    for i, info in enumerate(words.infos):
        if seasons and _to_taste(words, i, o) and _in_first_clause(words, i):
            return True
        if adds and info is not None and _adding_step(words, i, o):
            if opened and _cooked_recipe(words, i, opened + 1, o, household):
                return True  # "Brown the beef, drain the fat, then add the onions"
            if info.is_russian and _unaddressed(words, o, household):
                stepped = True  # "Для теста добавить …": beside a measure
                if measured:
                    return True
        if words.matches(i, o.kitchen_measures) or _to_taste(words, i, o):
            measured = True
            if needed:
                return True
        elif info is None:
            if units is not None and tokens[i].kind == _NUMBER and i + 1 < len(words):
                amounted = amounted or words.norms[i + 1] in units  # "мука 300 г"
            continue
        elif words.matches(i, o.recipe_lemmas):
            steps += 0 if i == last + 1 else 1
            opened += 1 if i != last + 1 and _step_opens(words, i, o) else 0
            last = i
            stepped = True
            if steps >= _RECIPE_STEPS or amounted:
                return True
            if cooked and _cooked_recipe(words, i, steps + cooked, o, household):
                return True  # "Лук мелко порезать, обжарить до золотистого цвета, …"
        elif words.has_lemma(i, o.cooking_lemmas):
            cooked += 0 if i == last + 1 else 1
            opened += 1 if i != last + 1 and _step_opens(words, i, o) else 0
            last = i
            stepped = True
            if steps and _cooked_recipe(words, i, steps + cooked, o, household):
                return True  # "Whisk the butter and sugar, then fold in the walnuts"
        if measured and stepped:
            return True
    return steps > 0 and amounted


def _no_list_said(words: Words, lists: frozenset[str], household: HouseholdIndex | None) -> bool:
    """No list word and none of the household's lists: "add the onions to the list" buys."""
    if not words.vocabulary.isdisjoint(lists):
        return False
    return household is None or not household.find_lists(words)


def _opens_adding(words: Words, o: OpenWorldWords) -> bool:
    """An English adding verb opens the text ("Add salt and pepper to taste"): with a measure
    to taste after it, a recipe's line ("add salt to taste" asks nothing bought); a Russian
    one is read by its form (``_adding_step``: "Добавить соль и перец по вкусу")."""
    return words.opens_english_with(o.recipe_adding)


def _in_first_clause(words: Words, i: int) -> bool:
    """No mark before ``i``: the measure is the opening verb's ("Add salt and pepper to
    taste"; "Add pepper, the recipe says salt and pepper to taste" adds pepper)."""
    return not any(words.is_punct(k) for k in range(i))


def _to_taste(words: Words, i: int, o: OpenWorldWords) -> bool:
    """A measure to taste at ``i``: "to taste", "по вкусу" (``OpenWorldWords.taste_measures``
    after ``taste_links``)."""
    return i > 0 and words.norms[i] in o.taste_measures and words.norms[i - 1] in o.taste_links


def _recipe_need(
    words: Words,
    o: OpenWorldWords,
    lists: frozenset[str],
    household: HouseholdIndex | None,
    buying: frozenset[str],
) -> bool:
    """A recipe's need said to its reader (``OpenWorldWords.recipe_needs``: "you'll need",
    "понадобится") with no buying word but the need itself, no list and no member named."""
    norms = words.norms
    if not any(
        norms[k : k + len(p)] == p
        for p in o.recipe_needs
        for k in range(len(words))
        if norms[k] == p[0]
    ):
        return False
    if not words.vocabulary.isdisjoint(buying):
        return False  # "you'll need to buy two cups of …"
    return _no_list_said(words, lists, household) and (
        household is None
        or all(
            household.find_member(words, k) is None
            for k in range(len(words))
            if words.infos[k] is not None
        )
    )


def _adding_step(words: Words, i: int, o: OpenWorldWords) -> bool:
    """The word at ``i`` is an adding verb said as a step: an English base form opening its
    clause (after one of ``OpenWorldWords.step_openers``: "…, then add", "…, add"), a Russian
    infinitive or a recipe's polite imperative ("добавить", "добавьте"; "добавь" asks the
    listener, "добавил" tells)."""
    info = words.infos[i]
    if info is None:
        return False
    if not info.is_russian:
        return words.norms[i] in o.recipe_adding and i > 0 and words.norms[i - 1] in o.step_openers
    if words.lemmas[i] not in o.recipe_adding or info.is_past:
        return False
    return info.is_infinitive or (
        info.is_imperative and words.norms[i].endswith(o.polite_imperative_endings)
    )


def _step_opens(words: Words, i: int, o: OpenWorldWords) -> bool:
    """Kitchen work at ``i`` is a step of its own: a Russian word (read by its form), or an
    English base form opening the text or its clause ("Brown the beef", "…, drain the fat",
    "first you melt"; not "I'm cooking", "add roast chicken")."""
    info = words.infos[i]
    if info is None:
        return False
    if info.is_russian:
        return info.pos in _STEP_POS
    norm = words.norms[i]
    return norm == words.lemmas[i] and (i == 0 or words.norms[i - 1] in o.step_openers)


_STEP_POS = frozenset({"INFN", "VERB"})  # OpenCorpora: a Russian step is a verb


def _polite_imperative(words: Words, i: int, o: OpenWorldWords) -> bool:
    """A recipe's polite imperative of a recipe's own step ("обжарьте", "выпекайте")."""
    return bool(o.polite_imperative_endings) and (
        words.norms[i].endswith(o.polite_imperative_endings) and words.matches(i, o.recipe_lemmas)
    )


def _polite_steps(
    words: Words, o: OpenWorldWords, lists: frozenset[str], household: HouseholdIndex | None
) -> bool:
    """Two Russian imperatives of the plural that a recipe addresses its reader with
    (``OpenWorldWords.polite_imperative_endings``), one of them a recipe's own step
    (``recipe_lemmas``): "обжарьте лук 5 минут, затем добавьте морковь", "добавьте фарш и
    тушите под крышкой", "снимите с огня, накройте крышкой и дайте настояться"; not when a
    member is named, a task frame, a list word or one of the household's lists is said ("Петя,
    Маша, обжарьте …", "добавьте в список …", "добавьте в хозтовары губки и …")."""
    if not o.polite_imperative_endings:
        return False
    polite = [
        k
        for k, info in enumerate(words.infos)
        if info is not None
        and words.norms[k].endswith(o.polite_imperative_endings)
        # "тушите", "перемешайте" may read as the present: a recipe's step is its imperative
        and (info.is_imperative or words.matches(k, o.recipe_lemmas))
    ]
    if len(polite) < _RECIPE_STEPS or not any(words.matches(k, o.recipe_lemmas) for k in polite):
        return False
    if not (words.vocabulary.isdisjoint(lists) and words.vocabulary.isdisjoint(o.recipe_frames)):
        return False
    if household is not None and household.find_lists(words):
        return False  # "добавьте в хозтовары губки и перемешайте": a list of the household's
    return household is None or all(
        household.find_member(words, k) is None
        for k in range(len(words))
        if words.infos[k] is not None
    )


def _cooked_recipe(
    words: Words, index: int, count: int, o: OpenWorldWords, household: HouseholdIndex | None
) -> bool:
    """Kitchen work beside a recipe step, ``count`` steps in all up to the one at ``index``,
    reads as a recipe's: not a pair of chores joined by a link ("chop the onions and fry
    them", "порезать лук и обжарить"; a third step still makes a recipe), and asked of no one
    (``_unaddressed``), whichever of the two comes first."""
    if count < _RECIPE_STEPS:
        return False
    if count == _RECIPE_STEPS and index > 0 and words.norms[index - 1] in o.chore_links:
        return False  # "peel the potatoes and bake the pie for tonight"
    return _unaddressed(words, o, household)


def _unaddressed(words: Words, o: OpenWorldWords, household: HouseholdIndex | None) -> bool:
    """No member named, no task frame, no Russian imperative: cooking steps asked of no one
    ("Tom, chop the onions and whisk the eggs", "нужно порезать лук, обжарить" ask)."""
    if not words.vocabulary.isdisjoint(o.recipe_frames):
        return False  # "we need to make dinner: …", "remind Tom to chop …"
    if any(
        info is not None and info.is_imperative and not _polite_imperative(words, k, o)
        for k, info in enumerate(words.infos)
    ):
        return False  # "обжарь лук и свари макароны" asks; "обжарьте …, потом add …" reads
    return household is None or all(
        household.find_member(words, k) is None
        for k in range(len(words))
        if words.infos[k] is not None
    )


_LABEL_STEPS: Final = 2  # one direction is a request ("use the blue bin"); two are a label's
_SENTENCE_ENDS = frozenset(".!?;")


def _is_label(words: Words, o: OpenWorldWords) -> bool:
    """A product's directions for use pasted in: two sentences opening with a direction
    ("Apply with a putty knife. Overfill slightly … Sand smooth when dry", "Нанести тонким
    слоем. Хранить при температуре …")."""
    steps = 0
    opens = True
    for i, info in enumerate(words.infos):
        if info is None:
            opens = opens or words.norms[i] in _SENTENCE_ENDS
            continue
        if opens and words.has_lemma(i, o.label_lemmas):
            steps += 1
            if steps >= _LABEL_STEPS:
                return True
        opens = False
    return False


def _is_signed(words: Words, o: OpenWorldWords) -> bool:
    """ "…, Love, Sarah", "Целую, Маша": a closing word, then the name that ends the text."""
    infos = words.infos
    last = len(infos) - 1
    while last >= 0 and infos[last] is None:
        last -= 1
    if last < 1 or not words.is_capitalised(last):
        return False
    before = last - 1
    while before >= 0 and infos[before] is None:
        before -= 1
    # a mark between ("Love, Sarah"): "buy the best Cheddar" signs nothing
    return before >= 0 and before < last - 1 and words.norms[before] in o.signoff_words


_SENDER_WORDS: Final = 3  # "Галина Ивановна:", "Kate:": a sender's name is at most three words
_COLON: Final = ":"
_QUESTION_MARK: Final = "?"
_CHAT_MARKS = frozenset((_COLON, "?"))  # a question, or a second sender's colon


def _labels_a_request(
    words: Words,
    first: int,
    colon: int,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    shops: frozenset[str],
) -> bool:
    """What stands before the colon heads a request, not a sender's name: a list or task word
    ("pharmacy list:", "Маше таск:") or a shop ("Pharmacy:", "Аптека:") before a request that
    does not open with a pronoun of its own ("Costco: we're out of nothing" is a remark), or a
    first name in the dative (whom it is for: "Пете:"; a sender is named in the nominative)
    before the deed in the infinitive ("Пете: вынести мусор"; "Диме: купи хлеба, я …" is a
    message written to him)."""
    after = words.next_words[colon] if colon < len(words) else None
    if after is None:
        return False
    told = words.norms[after] in o.message_pronouns
    deed = words.infos[after]
    for k in range(first, colon):
        info = words.infos[k]
        if not told and (
            words.matches(k, t.list_words)
            or words.matches(k, t.task_nouns)
            or words.norms[k] in shops
            or words.lemmas[k] in shops
        ):
            return True
        if (
            info is not None
            and info.is_russian
            and info.noun_case == _DATIVE
            and info.may_be_name
            and deed is not None
            and deed.is_infinitive
        ):
            return True
    return False


def _is_message(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    shops: frozenset[str] = frozenset(),
    household: HouseholdIndex | None = None,
) -> bool:
    """ "Lucy: I need new shoes for school", "Kate: can you grab milk on your way home": a
    capitalised name and a colon open a message its sender wrote in the first or second
    person ("TOM: SWEEP THE GARAGE" is a chore for Tom; "Kate: 'can you add …' — ага,
    добавь" asks to add it)."""
    first = words.first_word
    if first is None or not words.is_capitalised(first):
        return False
    colon = next(
        (k for k in range(first + 1, min(len(words), first + 1 + _SENDER_WORDS))
         if words.norms[k] == _COLON),
        None,
    )  # fmt: skip
    if colon is None or any(words.infos[k] is None for k in range(first, colon)):
        return False
    if _labels_a_request(words, first, colon, o, t, shops=shops):
        return False
    rest = range(colon + 1, len(words))
    after = words.next_words[colon]
    if (
        colon == first + 1
        and after is not None
        and words.norms[after] in t.chore_verbs
        and household is not None
        and household.find_member(words, first) is not None
        # "Tom: wash the car? nah I'm busy" asks; "Jack: walk the dog … Tom: ok" is a chat
        and not any(words.norms[k] in _CHAT_MARKS for k in rest)
        and not any(words.norms[k] in o.second_person_words for k in rest)
    ):
        return False  # "Tom: mop the bathroom floor Saturday, I'm on nights": Tom's chore
    if not any(words.norms[k] in o.message_pronouns for k in rest):
        return False
    return not _asks_to_add(words, colon + 1, t)


def _asks_to_add(words: Words, start: int, t: TriggerWords) -> bool:
    """An adding or reminding verb from ``start`` on: the text asks the assistant to keep
    something ("Kate: 'can you add …' — ага, добавь")."""
    return any(
        words.matches(k, t.add_verbs) or words.matches(k, t.remind_verbs)
        for k in range(start, len(words))
    )


_ASKING: Final = "?"
_VERB_TAGS = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive


def english_past(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The word at ``k`` is a chore verb's English regular past ("washed", "raked", "mopped",
    "tidied": ``OpenWorldWords.past_endings``) or a past form a story is told in ("took")."""
    norm = words.norms[k]
    return norm in o.story_pasts or regular_past(norm, o, t.chore_verbs)


def regular_past(norm: str, o: OpenWorldWords, verbs: frozenset[str]) -> bool:
    """``norm`` is the English regular past of one of ``verbs`` (``OpenWorldWords.past_endings``:
    "washed", "tidied"; "mopped", its consonant doubled)."""
    for ending, restored in o.past_endings:
        if not norm.endswith(ending) or len(norm) <= len(ending) + 1:
            continue
        stem = norm[: -len(ending)] + restored
        if stem in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs):
            return True
    return False


def _remark_to_member(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> bool:
    """A member's name and a colon open a chat line that asks no chore of them: a deed told
    done, its past verb before its object ("Tom: washed the car already", "Jack: walked the
    dog"; "Lucy: baked beans" names a dish), or a question with its answer after the mark
    (a reply word: "Tom: feed the cat? done") or a second sender's colon ("Lucy: can someone
    walk the dog? Jack: not me")."""
    first = words.first_word
    if first is None or not words.is_capitalised(first):
        return False
    colon = first + 1
    if colon >= len(words) or words.norms[colon] != _COLON:
        return False
    if household.find_member(words, first) is None:
        return False
    after = words.next_words[colon]
    if after is None:
        return False
    nxt = words.next_words[after]
    if (
        nxt is not None
        and nxt == after + 1
        and words.norms[nxt] in t.noun_determiners
        and english_past(words, after, o, t)
    ):
        return True
    for k in range(after + 1, len(words)):
        norm = words.norms[k]
        if norm == _COLON and words.is_capitalised(k - 1) and words.is_word(k - 1):
            return True  # a second sender: "… Jack: not me"
        if norm == _ASKING and (reply := words.next_words[k]) is not None:
            # "Kate: 'can you add …?' — ага, добавь": the reply asks the assistant to add it
            return not _asks_to_add(words, reply, t) and (
                # "Tom: wash the dishes? thanks": the asker's courtesy, no answer
                (words.norms[reply] in o.reply_words and words.norms[reply] not in t.list_last_tail)
                or any(words.norms[m] == _COLON for m in range(reply, len(words)))
            )
    return False


def _ends_in_a_joke(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The text's last word is a joke marker (``OpenWorldWords.joke_words``: "feed the cat lol
    jk", "купи слона, шучу"): nothing is asked; "lol jk. remind Tom …" asks after it, and a
    negated one insists ("…, not kidding", "…, я не шучу"). A withdrawal said alone after it
    (``withdrawal_tails``) ends the text as well ("make a task … jk don't", "… шучу, не
    надо"), after laughter too (``laugh_words``: "создай задачу … ахах не надо"), only with a
    negation among it (``withdrawal_negations``: "купи пиво ахах нужно" asks for beer)."""
    end = last = len(words) - 1
    withdrawn = False  # "… jk don't", "… ахах не надо": the request taken back after the joke
    while last >= 0 and (words.infos[last] is None or words.norms[last] in o.withdrawal_tails):
        withdrawn = withdrawn or words.norms[last] in o.withdrawal_negations
        last -= 1
    if not withdrawn:
        # a need said alone after it ("купи пиво ахах нужно", "add beer jk needed") takes
        # nothing back: only marks are passed over
        last = end
        while last >= 0 and words.infos[last] is None:
            last -= 1
    if last < 0:
        return False
    norm = words.norms[last]
    if norm not in o.joke_words and not (withdrawn and norm in o.laugh_words):
        return False
    return last == 0 or words.norms[last - 1] not in t.negations


def _wishes_a_member(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> bool:
    """A wish or greeting (``OpenWorldWords.wish_phrases``) ends the text after a member's
    name, with no verb before it but the words of a day ("Tom: take care", "Tom: happy
    birthday!", "Пете завтра take it easy", "Пете в субботу get well soon"): said to them,
    no chore ("Tom: take care of the dog" goes on; "buy milk, take care" asks for milk)."""
    norms = words.norms
    end = len(words)
    while end > 0 and words.infos[end - 1] is None:
        end -= 1
    start = next(
        (
            s
            for s in range(end)
            for p in o.wish_by_first.get(norms[s], ())
            if s + len(p) == end and norms[s:end] == p
        ),
        None,
    )
    if start is None:
        return False
    named = False
    for k in range(start):
        info = words.infos[k]
        if info is None:
            continue
        if household.find_member(words, k) is not None:
            named = True
        elif (not info.is_russian or info.pos in _VERB_TAGS or info.is_imperative) and norms[
            k
        ] not in t.transparent:
            return False
    return named


def _labels_a_step(words: Words, o: OpenWorldWords) -> bool:
    """A step's label opens the text: a step noun (``OpenWorldWords.step_nouns``), its number,
    then a mark ("Step 1: wash the rice", "Шаг 2 - промыть фасоль"): a step copied from a
    recipe or an instruction, not a request."""
    first = words.first_word
    if first is None or not words.matches(first, o.step_nouns):
        return False
    k = first + 1
    return (
        k + 1 < len(words)
        and words.tokens[k].kind == _NUMBER
        and words.tokens[k + 1].kind == _PUNCT
    )


_PUNCT: Final = "punct"  # a token's kind


def _answers_a_quote(words: Words, o: OpenWorldWords) -> bool:
    """ "> возьми сметану к пельменям\nок", "> can you grab milk?\nsure 👍": quoted lines,
    and all the user wrote besides them answers their sender (``OpenWorldWords.reply_words``,
    or no word at all); "> купи хлеб\nдобавь" asks the assistant to add it."""
    spans = [m.span() for m in _QUOTED_LINE.finditer(words.text)]
    if not spans:
        return False
    quoted = False
    for k, token in enumerate(words.tokens):
        if words.infos[k] is None:
            continue
        if any(start <= token.start < end for start, end in spans):
            quoted = True
        elif words.norms[k] not in o.reply_words:
            return False
    return quoted


_REPLY_COMMANDS = frozenset("@/+")  # "@HomeTaskBot …", "/add …", "+1": the reply asks the app


def _remarks_on_a_quote(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "> купи хлеба\nкупила уже", "> Петя, вынеси мусор\nвынес 👍", "> добавь масло\nмасло
    есть, не надо", "> Маше: помыть посуду\nпочему опять я": quoted lines, and the Russian
    reply beside them tells a deed done (a past verb, a buying one too), asks back (a question word opening
    it, a question mark) or refuses a need (a negation right before a need word), asking
    nothing itself: no imperative, infinitive, adding, buying or remind verb, task or list
    word, "пусть", un-negated need, wake word, run-out or command mark ("> молоко
    кончилось\nдобавь 2 пачки", "> надо балкон\nпусть Дима, на субботу" ask)."""
    spans = [m.span() for m in _QUOTED_LINE.finditer(words.text)]
    if not spans:
        return False
    reply = [
        k
        for k, token in enumerate(words.tokens)
        if not any(start <= token.start < end for start, end in spans)
    ]
    if len(reply) == len(words.tokens):
        return False
    told = asked = False
    for k in reply:
        info = words.infos[k]
        if info is None:
            if not _REPLY_COMMANDS.isdisjoint(words.tokens[k].text):
                return False
            asked = asked or words.tokens[k].text == _ASKED
            continue
        norm = words.norms[k]
        if (
            not info.is_russian
            or info.is_imperative
            or info.imperative_too is not None
            or (info.is_infinitive and norm not in o.reply_copulas)
            or (
                not info.is_past  # "купила уже": a deed told done
                and (words.matches(k, t.add_verbs) or words.matches(k, t.shop_verbs))
            )
            or any(
                words.matches(k, group)
                for group in (
                    t.remind_verbs,
                    t.task_nouns,
                    t.list_words,
                    t.let_words,
                    t.out_of_words,
                    o.wake_words,
                )
            )
        ):
            return False
        if words.matches(k, t.need_words):
            if k == 0 or words.norms[k - 1] not in t.negations:
                return False
            told = True  # "не надо"
        told = told or info.is_past
        asked = asked or (k == reply[0] and norm in t.question_words)
    return told or asked


_ASKED: Final = "?"


_HEADING_WORDS: Final = 5  # a heading's words before its colon, at most ("Pantry inventory", "…")


def _heads_a_record(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None = None
) -> bool:
    """The text opens with a record's heading (``OpenWorldWords.record_headings`` among the
    words before its first colon: "Pantry inventory: …", "Инвентаризация кладовки: …", "Chore
    chart week 12: …"), or with a dish named first (``dish_headings``: "Борщ по-одесски: бурак,
    …") and asks nothing: no request word anywhere (buying, adding, need,
    remind, a task or list word: "график на завтра: …, напомни ему в 7", "cleaning rota: …,
    поставь задачу") and no Russian imperative; the record is noted, not an order. A poll's
    heading (``poll_headings``) with a question after its colon is a poll pasted, whatever
    the question holds, when nothing is asked after it ("Poll: movie night pick? Frozen,
    Cars, Moana"; "Poll: pizza or tacos friday? also buy milk" buys)."""
    colon = next((k for k in range(len(words)) if words.norms[k] == _COLON), None)
    if colon is None or not 0 < colon <= _HEADING_WORDS:
        return False
    if any(words.matches(k, o.poll_headings) for k in range(colon)):
        question = next(
            (k for k in range(colon + 1, len(words)) if words.norms[k] == _QUESTION_MARK), None
        )
        if question is not None:
            # "Poll: movie night pick? Frozen, Cars, Moana": a question to the group and its
            # options; "…? also buy milk" asks after it
            return _asks_nothing(words, t, question, after=question)
    first = words.first_word
    if not any(words.matches(k, o.record_headings) for k in range(colon)) and not (
        first is not None
        and words.matches(first, o.dish_headings)
        and _only_the_dish(words, first, colon, o, t, household=household)
    ):
        return False
    return _asks_nothing(words, t, colon)


def _only_the_dish(
    words: Words,
    first: int,
    colon: int,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    household: HouseholdIndex | None,
) -> bool:
    """The words between the dish opening the text and its colon are the dish's own: no
    mark, no purchase or list word (``OpenWorldWords.purchase_headings``, the list words,
    a list's name: "Рагу, продукты: …" buys) and no English word after it ("Chili night: …"
    buys); "Борщ по-одесски: …", "Суп с фрикадельками: …" are the dish."""
    lists = household.list_starts if household is not None else frozenset()
    for k in range(first + 1, colon):
        info = words.infos[k]
        if (
            info is None
            or not info.is_russian
            or words.matches(k, o.purchase_headings)
            or words.matches(k, t.list_words)
            or words.matches(k, lists)
        ):
            return False
    return True


def _asks_nothing(words: Words, t: TriggerWords, start: int, *, after: int = -1) -> bool:
    """No request word anywhere past ``after`` (a buying, adding, need or remind word; a task
    or list word after ``start``, the heading's end: "Chore chart: …" names its kind) and no
    imperative."""
    verbs = t.request_words | t.purchase_words | t.soft_shop_verbs
    nouns = t.task_nouns | t.list_words
    for k, info in enumerate(words.infos):
        if info is None or k <= after:
            continue
        if info.is_imperative or words.matches(k, verbs) or (k > start and words.matches(k, nouns)):
            return False
    return True


_NOM: Final = "nomn"  # OpenCorpora: the nominative, a dimension named as the line's subject
_NEAR: Final = 2  # a dimension's number follows it within this many words ("высота потолков 2,7")


def _notes_dimensions(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A measurement noted: a dimension (``OpenWorldWords.dimension_words``: height, width,
    "высота", "площадь") opening the text or a line after a mark (an English one after one
    word of its compound: "ceiling height 2.4"), a Russian one in the nominative, with its number right after it or after one word ("высота потолков 2,7, обои
    по 10 метров в рулоне", "ширина окна 120 см"), and nothing asked
    (``_asks_nothing``); a dimension is never bought."""
    for k, info in enumerate(words.infos):
        if info is None or not words.matches(k, o.dimension_words):
            continue
        if info.is_russian and info.noun_case != _NOM:
            continue  # "рулетка длиной 5 метров": a product's spec
        # opening its line, an English one after one word of its compound ("ceiling height")
        opening = k == 0 or words.is_punct(k - 1)
        if not opening and (info.is_russian or not (k == 1 or words.is_punct(k - 2))):
            continue
        after = range(k + 1, min(k + 1 + _NEAR, len(words)))
        if any(words.tokens[j].kind == _NUMBER for j in after):
            return _asks_nothing(words, t, -1)
    return False


def is_pasted(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    shops: frozenset[str] = frozenset(),
    household: HouseholdIndex | None = None,
) -> bool:
    """The command is a pasted letter, recipe, message or piece of structured text; ``shops``
    (the shopping vocabulary's) head a request, not a message ("Pharmacy: …")."""
    text = words.text
    if _LINE in text:
        if len(_TURN.findall(text)) >= _TURNS:
            return True  # a chat copied in: "[09:14] Дима: …\n[09:15] Анна: …"
    elif text.lstrip().startswith(_BRACKET) and _LONE_TURN.fullmatch(text) is not None:
        return True  # one stamped line: "[09:30] Дима: Ань, глянь, …"
    if _QUOTE_OPENER in text and (_answers_a_quote(words, o) or _remarks_on_a_quote(words, o, t)):
        return True
    if _REACTION_MARK.search(text) is not None and _REACTION.match(text) is not None:
        return True  # "Tom reacted ❤️ to "can someone grab more coffee pods?""
    if household is not None:
        if _COLON in text and _remark_to_member(words, o, t, household):
            return True  # "Tom: washed the car already", "… walk the dog? Jack: not me"
        if words.classes3 & WISH_STARTS and _wishes_a_member(words, o, t, household):
            return True  # "Tom: take care", "Пете завтра get well soon"
    joked = words.classes3 & JOKE_WORDS or (
        words.classes3 & LAUGH_WORDS and words.classes3 & WITHDRAWAL_TAILS
    )
    if joked and _ends_in_a_joke(words, o, t):
        return True  # "feed the cat lol jk"
    if words.classes3 & STEP_NOUNS and _labels_a_step(words, o):
        return True  # "Step 1: wash the rice"
    if (
        _COLON in text
        and words.classes3 & RECORD_HEADINGS
        and _heads_a_record(words, o, t, household)
    ):
        return True  # "Pantry inventory: pasta 4 packs, rice 2, oats 1"
    if words.classes3 & DIMENSION_WORDS and _notes_dimensions(words, o, t):
        return True  # "высота потолков 2,7, обои по 10 метров в рулоне"
    messaged = _COLON in text and words.classes0 & MESSAGE_PRONOUNS
    if messaged and _is_message(words, o, t, shops, household):
        return True  # "Lucy: I need new shoes for school"
    marked = _BRACE in text or _CLOSING in text or _CALL in text or _DOT in text
    if marked and _CODE.search(text) is not None:
        return True
    if not words.classes0 & PASTED_MARKERS and not (
        words.classes2 & RECIPE_ADDING and words.classes0 & COOKING_LEMMAS
    ):
        return False  # most commands: no letter word and no cooking step
    vocabulary = words.vocabulary
    return (
        not vocabulary.isdisjoint(o.letter_words)
        or is_recipe(words, o, buying=t.purchase_words, household=household, lists=t.list_words)
        or _is_signed(words, o)
        or (not vocabulary.isdisjoint(o.label_lemmas) and _is_label(words, o))
    )


def letter_request(words: Words, o: OpenWorldWords, t: TriggerWords) -> str | None:
    """ "Анечка, доброе утро! …, добавьте, пожалуйста, в список аптечную ромашку. С
    уважением, Галина Петровна", "Add milk to the list please. Love, Sarah": a letter to the
    one who keeps the list that asks in the imperative to put things on it (``_asks_to_list``),
    then closes in a sentence of its own (a letter's or a sign-off's word, no imperative): the
    text before the closing, a request however it is signed. "Уважаемые родители, просим
    добавить в список класса …" asks in no imperative and stays a letter pasted in. None when
    the text is no such letter."""
    vocabulary = words.vocabulary
    if vocabulary.isdisjoint(o.letter_words) and vocabulary.isdisjoint(o.signoff_words):
        return None  # nearly every command
    end = len(words) - 1
    while end >= 0 and words.is_punct(end):
        end -= 1
    mark = next((k for k in range(end - 1, 0, -1) if words.norms[k] in _SENTENCE_ENDS), None)
    if mark is None:
        return None
    closing = [k for k in range(mark + 1, end + 1) if not words.is_punct(k)]
    signing = [k for k in closing if words.norms[k] in o.letter_words | o.signoff_words]
    if not signing or any(_imperative(words, k) for k in closing if k not in signing):
        return None
    return words.text[: words.tokens[mark].end] if _asks_to_list(words, mark, t) else None


def _imperative(words: Words, k: int) -> bool:
    """A Russian imperative at ``k``, or an English word opening the text or a sentence (the
    place of an English imperative: "Add milk …")."""
    info = words.infos[k]
    if info is None:
        return False  # a mark
    if info.is_russian:
        return info.is_imperative
    return k == 0 or words.norms[k - 1] in _SENTENCE_ENDS


def _asks_to_list(words: Words, stop: int, t: TriggerWords) -> bool:
    """Before ``stop``, an adding verb in the imperative (``_imperative``) and a list word
    after it: "добавьте в список …", "Add milk to the list"."""
    for k in range(stop):
        if words.matches(k, t.add_verbs) and _imperative(words, k):
            return any(words.matches(j, t.list_words) for j in range(k + 1, stop))
    return False
