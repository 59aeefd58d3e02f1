"""Nouns that tell, not ask (issue #12, round 27): products named in a text that tells the
household something about them and asks nothing.

A bare list of products is a purchase ("молоко, яйца, масло", "milk, eggs, bread"); the same
nouns framed as what is kept somewhere, as what state they are in, as a recipe's ingredients
or as advice someone outside the household gave are news, and the rules ask what is meant:

- a stock told: a place things are kept opens the text after its link, then only nouns and
  verbs of being there ("в холодильнике молоко, яйца и масло", "in the fridge: milk, eggs");
- a state told: a product's state said as a predicate ("молоко прокисло, хлеб чёрствый",
  "the milk's off, the bread is stale"; "чёрствый хлеб" names a product);
- a recipe told: a need, then two cooking steps ("для блинов нужны мука, яйца и молоко,
  смешать и жарить"; "нужны мука и яйца" alone is a need said to the household, a request);
- advice reported: an adviser outside the household and a saying verb ("врач сказал Пете
  пить больше воды", "the plumber said we need a new valve");
- a question whether a deed is done, with no question mark ("did kate buy молоко");
- (in ``_clauses._subject_before``) a shop told as a place someone goes or went ("we went to
  costco on sunday").

Each holds only while nothing is asked outside what it reads (``asks_outside`` with
``said_only``: an imperative, a need or a run-out): "в холодильнике пусто, купи молоко",
"молоко прокисло, купи новое", "врач сказал пить больше воды, напомни Пете" keep their
readings.
"""

from __future__ import annotations

from typing import Final

from policy_core._classes import (
    ADVISERS,
    COOKING_STEPS,
    DONE_QUESTION_AUXILIARIES,
    NOUNS_TOLD,
    STATE_TOLD,
    STOCK_TOLD,
)
from policy_core._clauses import asks_outside, clause_around, joins, negated, verbless
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords, Vocabulary

__all__ = ["nouns_told"]

_ADVISER_OPENING: Final = 4  # "the school nurse says", "dad's GP says": an adviser opens the text
_DONE_QUESTION_LEADS: Final = 2  # "kate did you …", "hey alexa did …"
_HEADING_SPAN: Final = 4  # "инвентарь кладовки:": the heading's words and its colon
_COOKING_STEPS: Final = 2  # a recipe's steps: one cooking word alone may be a dish ("fry-up")
_VERB_POS = frozenset({"VERB", "INFN"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def nouns_told(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """The text names products only to tell of them (a stock, a state, a recipe, advice
    reported) or to ask whether a deed is done, and asks nothing: no purchase is read from it.
    The words' classes first (``_classes``, one integer test): most commands hold none of
    these words."""
    if not words.classes3 & NOUNS_TOLD:
        return False
    stock = bool(words.classes3 & STOCK_TOLD)
    state = bool(words.classes3 & STATE_TOLD)
    recipe = bool(words.classes3 & COOKING_STEPS)
    advice = bool(words.classes3 & ADVISERS)
    done = bool(words.classes3 & DONE_QUESTION_AUXILIARIES)
    return (
        (
            stock
            and (
                _stock_told(words, household, vocabulary)
                or _stock_placed(words, household, vocabulary)
            )
        )
        or (state and _state_told(words, household, vocabulary))
        or (
            recipe
            and (
                _recipe_told(words, household, vocabulary)
                or _recipe_stepped(words, household, vocabulary)
            )
        )
        or (advice and _advice_reported(words, household, vocabulary))
        or (done and _asks_if_done(words, household, vocabulary))
    )


def _asked(
    words: Words,
    start: int,
    end: int,
    household: HouseholdIndex,
    v: Vocabulary,
    *,
    said_only: bool = True,
) -> bool:
    """Outside ``start``..``end`` a request stands (``asks_outside``), or a Russian imperative
    not negated, whatever its object ("сыр заплесневел, Маша выброси его", "яйца протухли,
    выкинь их": a chore on what was told is asked)."""
    if asks_outside(words, start, end, household, v, said_only=said_only):
        return True
    t, products = v.triggers, v.shopping.known_products
    return any(
        info is not None
        and info.is_russian
        # a word that may also be one ("Маша, полей цветы, они совсем завяли"), not a
        # product that may ("чай")
        and (
            info.is_imperative
            or (info.imperative_too is not None and words.norms[k] not in products)
        )
        and not start <= k < end
        and not negated(words, k, t)
        for k, info in enumerate(words.infos)
    )


def _stock_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A place things are kept opening the text after its link, past a lead ("у нас") and a
    determiner ("the"), then words with no verb but one of being there ("в холодильнике
    молоко, яйца и масло", "у нас в морозилке пельмени и курица", "in the fridge: milk,
    eggs, butter", "в кладовке ещё лежит картошка"): a stock told. "в морозилку пельмени"
    (where to put them) and "в холодильнике пусто, купи молоко" keep their readings."""
    o, t = v.open_world, v.triggers
    norms = words.norms
    k = words.first_word
    if k is not None and words.matches(k, o.stock_headings):
        return _stock_headed(words, k, household, v)
    while k is not None and norms[k] in o.stock_leads:
        k = words.next_words[k]
    if k is None or norms[k] not in o.stock_links:
        return False
    k = words.next_words[k]
    while k is not None and norms[k] in o.stock_determiners:
        k = words.next_words[k]
    if k is None or norms[k] not in o.stock_places or words.next_words[k] is None:
        return False
    for j in range(k + 1, len(words)):
        if words.matches(j, o.stock_empties) or words.matches(j, t.out_of_words):
            return False  # "в холодильнике пусто, молоко и яйца": a run-out, then the list
        if words.infos[j] is not None and not (
            words.matches(j, o.stock_verbs) or verbless(words, t, j, j + 1)
        ):
            return False  # "в холодильнике молоко, купи хлеб": a verb beside the stock
    return not _asked(words, 0, 0, household, v)


def _stock_placed(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """Products first, then a place things are kept closing the text after its link and a
    determiner, past ``state_tails`` only ("2 литра молока в холодильнике", "две банки
    тушёнки в шкафу", "2 kg of potatoes on the counter", "3 boxes of granola bars at home
    already"): where a stock is, no verb before it, nothing asked. The Russian places are
    the prepositional forms (``stock_places``): "молоко в холодильник" (where to put it),
    "купи молоко в холодильник", "молоко в холодильнике закончилось" keep their readings."""
    o, t = v.open_world, v.triggers
    norms = words.norms
    first = words.first_word
    if first is None:
        return False
    for k in range(first + 1, len(words)):
        if norms[k] not in o.stock_links:
            continue
        place = words.next_words[k]
        while place is not None and norms[place] in o.stock_determiners:
            place = words.next_words[place]
        if place is None or norms[place] not in o.stock_places:
            continue
        rest = range(place + 1, len(words))
        if not all(words.infos[j] is None or norms[j] in o.state_tails for j in rest):
            continue  # "2 литра молока в холодильнике закончились": more is said
        return (
            verbless(words, t, first, k)
            and not any(
                words.matches(j, o.stock_empties) or words.matches(j, t.out_of_words)
                for j in range(first, k)
            )
            and not _asked(words, 0, 0, household, v)
        )
    return False


def _stock_headed(words: Words, first: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A heading that names a stock opens the text, a colon closing it within three words
    ("запасы: тушёнка 5 банок, гречка 3 пачки", "инвентарь кладовки: мука 2 кг", "inventory:
    rice, pasta"), no verb after it and nothing asked: a stock told, no list."""
    o = v.open_world
    colon = next(
        (
            j
            for j in range(first + 1, min(first + _HEADING_SPAN, len(words)))
            if words.norms[j] in o.stock_heading_marks
        ),
        None,
    )
    return (
        colon is not None
        and verbless(words, v.triggers, colon + 1)
        and not _asked(words, 0, 0, household, v)
    )


def _state_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A product's state said as a predicate ("молоко прокисло, хлеб чёрствый", "сыр
    заплесневел уже", "the bread is stale", "milk's gone off"), nothing asked: a state
    report. The state word closes its piece (a mark, a joiner or the end after it, past
    ``state_tails``): "чёрствый хлеб для уток", "stale bread" name a product."""
    o, t = v.open_world, v.triggers
    norms = words.norms
    for k in range(len(words)):
        if words.infos[k] is None:
            continue
        if words.matches(k, o.product_states):
            pass
        elif not (norms[k] in o.copula_states and k > 0 and norms[k - 1] in o.state_copulas):
            continue
        if k > 0 and (norms[k - 1] in t.negations or norms[k - 1] in o.state_negations):
            continue  # "молоко и кефир, не просроченные", "bread, not stale": what to buy
        if _closes_its_piece(words, k, o, t) and not _verb_beside(words, k, t):
            # any trigger asks here, not only one said as a request: "Tom reseal the bath
            # it's going mouldy" names its chore after a name
            return not _asked(words, 0, 0, household, v, said_only=False)
    return False


def _closes_its_piece(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """After the word at ``k`` only ``state_tails`` before a mark, a joiner or the end."""
    j = k + 1
    while j < len(words) and words.norms[j] in o.state_tails:
        j += 1
    return j == len(words) or words.is_punct(j) or joins(words, j, t)


def _verb_beside(words: Words, k: int, t: TriggerWords) -> bool:
    """Another Russian verb or infinitive, or an English request word, in the clause of the
    state word at ``k``: "выбросить просроченное" is a chore, no state told."""
    start, end = clause_around(words, k, t)
    for j in range(start, end):
        info = words.infos[j]
        if j == k or info is None:
            continue
        if info.pos in _VERB_POS if info.is_russian else words.matches(j, t.request_words):
            return True
    return False


def _recipe_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A need, then two cooking steps after it (a Russian infinitive, an English plain form):
    "для блинов нужны мука, яйца и молоко, смешать и жарить", "for pancakes you need flour,
    eggs and milk, mix and fry": a recipe's ingredients and its method, nothing asked but
    the need itself. "нужны мука и яйца", "нужна мука, испеку блины" keep the need."""
    o, t = v.open_world, v.triggers
    need = next((k for k in range(len(words)) if words.matches(k, t.need_words)), None)
    if need is None:
        return False
    steps = 0
    for k in range(need + 1, len(words)):
        if words.matches(k, o.cooking_plans):
            return False  # "нужна мука, хочу испечь пирог и пожарить блины": the need stands
        info = words.infos[k]
        if (
            info is not None
            and words.matches(k, o.cooking_steps)
            and (info.is_infinitive if info.is_russian else _opens_a_clause(words, k, t))
        ):
            steps += 1
    return steps >= _COOKING_STEPS and not _asked(words, need, need + 1, household, v)


def _recipe_stepped(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A cooking step said as a step (a Russian imperative or infinitive, an English word
    opening its clause) and another step or an adding verb so said ("смешай муку и яйца, а
    потом добавь молоко", "add the flour and then whisk in the eggs and milk", "взбей яйца и
    добавь сахар"): a recipe's method, and what it adds goes into the dish, not on a list.
    A buying, need or run-out word, a plan to cook, a verb that only puts on a list, a list or
    task word, a list or a member named keep the reading ("испеки пирог и купи молоко", "add
    milk to the list and bake a cake", "Tom, bake a cake and add sprinkles", "запиши крупу и
    масло, буду кашу варить", "out of soy sauce — stir fry Thursday, add them")."""
    o, t = v.open_world, v.triggers
    cooking = steps = 0
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if (
            words.matches(k, t.shop_verbs)
            or words.matches(k, t.need_words)
            or words.matches(k, t.out_of_words)
            or (k + 1 < len(words) and (words.norms[k], words.norms[k + 1]) in t.out_of)
            or words.matches(k, o.cooking_plans)
            or words.matches(k, t.list_only_add_verbs)
            or words.matches(k, t.list_words)
            or words.matches(k, t.remind_frames)
            or household.find_member(words, k) is not None
        ):
            return False
        step = words.matches(k, o.cooking_steps)
        if not (step or words.matches(k, t.add_verbs)):
            continue
        if (
            info.is_imperative or info.is_infinitive
            if info.is_russian
            else _opens_a_clause(words, k, t)
        ):
            cooking += step
            steps += 1
    return cooking > 0 and steps >= _COOKING_STEPS and not household.find_lists(words)


def _opens_a_clause(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` opens its clause: first, or after a mark or a joiner ("mix and fry";
    "frozen stir fry veggies" names a product)."""
    return k == 0 or words.is_punct(k - 1) or joins(words, k - 1, t)


def _advice_reported(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """An adviser outside the household in the text's first words (past an owner and a
    determiner: "Lucy's dentist", "the school nurse"), then a saying verb at most two words
    after it, advice with no buying word and no day in it, and nothing asked outside it
    ("врач сказал Пете пить больше воды", "сантехник сказал, что стояк надо менять весь",
    "Lucy's dentist said she has to floss more"): advice told. A purchase or a day advised
    ("ветеринар велел купить корм", "the vet says … on saturday") and a request beside it
    ("…, напомни ему", "…, can we get some", "…, let's get one") keep their readings, as
    the wording corpus labels them."""
    o, t = v.open_world, v.triggers
    first = words.first_word
    if first is None:
        return False
    for k in range(first, min(first + _ADVISER_OPENING, len(words))):
        if words.infos[k] is None or not words.matches(k, o.advisers):
            continue
        heading = _adviser_heading(words, k, v)
        said = (
            k + 1  # the heading's colon says it
            if heading
            else next(
                (
                    j
                    for j in range(k + 1, min(k + 3, len(words)))
                    if words.matches(j, o.adviser_verbs)
                ),
                None,
            )
        )
        if said is None:
            return False
        verb = said
        end = _sentence_end(words, verb) if heading else _report_end(words, verb, o)
        return not (
            any(
                words.matches(j, t.buy_or_add_verbs)
                or words.matches(j, t.soft_shop_verbs)
                or _advice_dated(words, j, v, heading=heading)
                for j in range(verb + 1, end)
            )
            or (heading and _asked_in_advice(words, verb, end, household))
            or asks_outside(words, k, end, household, v)
            or _asked(words, k, end, household, v)
            or words.text.rstrip().endswith("?")
        )
    return False


_HEADING_MARK: Final = ":"


def _advice_dated(words: Words, j: int, v: Vocabulary, *, heading: bool) -> bool:
    """A day in the advice at ``j``: any day's word after a saying verb ("the vet says … on
    saturday"); under a heading only a day itself ("From the physio: rest on Sunday"), since
    its list of advice tells how often ("6 glasses of water a day, walk after lunch")."""
    d = v.dates
    if not heading:
        return words.matches(j, d.day_triggers)
    return words.norms[j] in d.weekdays or words.norms[j] in d.day_offsets


def _adviser_heading(words: Words, k: int, v: Vocabulary) -> bool:
    """The adviser at ``k`` heads the text before ":", with only a sender's word, a
    determiner or an owner's possessive before it ("From Dad's dietitian: more fibre, walk
    after lunch", "Врач: меньше соли", "От педиатра: …"); "Call the doctor: …" asks a call."""
    if k + 1 >= len(words) or words.norms[k + 1] != _HEADING_MARK:
        return False
    o, t, c = v.open_world, v.triggers, v.corridor
    return all(
        words.norms[j] in o.sender_labels
        or words.norms[j] in t.noun_determiners
        or words.norms[j].endswith(c.possessive_endings)
        for j in range(k)
    )


def _asked_in_advice(words: Words, start: int, end: int, household: HouseholdIndex) -> bool:
    """Under an adviser's heading, a member named or a Russian imperative asks a deed of the
    household ("From the GP: walk after lunch, Tom please take Dad out at 2", "Врач: гулять
    после обеда, Петя, погуляй с дедушкой"): the reading is kept."""
    for j in range(start + 1, end):
        info = words.infos[j]
        if info is None:
            continue
        if (info.is_russian and info.is_imperative) or household.find_member(words, j) is not None:
            return True
    return False


def _sentence_end(words: Words, start: int) -> int:
    """The first sentence's end after ``start``: a heading's advice runs past its commas
    ("…: more fibre, less salt, walk after lunch")."""
    return next(
        (j for j in range(start + 1, len(words)) if words.norms[j] in _SENTENCE_ENDS),
        len(words),
    )


def _report_end(words: Words, verb: int, o: OpenWorldWords) -> int:
    """Where the advice reported after the saying verb at ``verb`` ends: at a sentence's end,
    or a comma not followed by ``report_complementisers`` ("сказал, что …" goes on)."""
    norms = words.norms
    for j in range(verb + 1, len(words)):
        if not words.is_punct(j):
            continue
        if norms[j] in _SENTENCE_ENDS:
            return j
        nxt = words.next_words[j]
        if j > verb + 1 and (nxt is None or norms[nxt] not in o.report_complementisers):
            return j
    return len(words)


def _asks_if_done(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A past auxiliary opening the text past its leads (names, members, a greeting or a wake
    word; at most two words), then a subject (a pronoun, a name, or any word before a buying
    or adding verb) and a word after it ("did kate buy молоко", "олег did you buy хлеб",
    "kate did you put хлеб on the list", "did anyone get the batteries"): a question whether a
    deed is done, asked with no question mark; nothing asked after its first mark ("did you
    buy milk, if not get some" asks)."""
    o, t = v.open_world, v.triggers
    k = words.first_word
    leads = 0
    while k is not None and not words.matches(k, o.done_question_auxiliaries):
        leads += 1
        if leads > _DONE_QUESTION_LEADS:
            return False  # "I think Tom did …": no question opens the text
        k = words.next_words[k]
    if k is None:
        return False
    subject = words.next_words[k]
    deed = None if subject is None else words.next_words[subject]
    if subject is None or deed is None:
        return False
    info = words.infos[subject]
    if not (
        words.norms[subject] in o.done_question_subjects
        or (info is not None and info.is_name)
        or household.find_member(words, subject) is not None
        or words.matches(deed, t.buy_or_add_verbs)  # "did kate buy …": a name no list holds
        or words.matches(deed, t.soft_shop_verbs)
    ):
        return False
    end = next((j for j in range(subject, len(words)) if words.is_punct(j)), len(words))
    return not _asked(words, 0, end, household, v)
