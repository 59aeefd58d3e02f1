"""A need or a run-out told plainly, the whole text: a request to buy the product.

People report that a product ran out without a verb of buying: "no more bread", "no ice left
in the freezer", "eggs are gone", "the hand soap in the bathroom ran out", "хлеба нет",
"нет больше влажных салфеток", "сметаны больше нет", or relay it from a member: "Alex says
we've got no bread left", "Олег говорит нет больше пакетов для мусора". The corpus and the
golden convention read such a bare report as a request ("Петя говорит зубная паста
кончилась", "we're out of Calpol sachets"); a story around it is none.

``run_out_told`` returns the report put as a purchase ("buy bread", "купи хлеба") for the
rules to read again, only when the text as a whole was read as nothing and it is the report
alone: past openers ("right", "всё"), a teller and a verb of saying, before a place of the home
("in the bathroom", "в холодильнике") and closing words ("again", "срочно", "help"). Anything
else said (a question, a story, a day gone, a plan to fix it oneself, a comment) leaves it
unread; so does a product the lexicon does not know, a supply of the home ("воды нет"), a
member, or what no shop sells ("времени нет", "no more time"), and a dish a state alone may
tell of the oven ("the cake is out").
"""

from __future__ import annotations

from typing import Final

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import ShoppingWords, Vocabulary

__all__ = ["products_wanted", "purchase_by_noun", "run_out_told", "wanted"]

_MAX_PRODUCT: Final = 4  # words of a product's name
_MAX_PLACE: Final = 4  # words of a place after its preposition
_HEADING_WORDS: Final = 7  # "закупку продуктов для пирога:": tokens before the list's colon
_GENITIVES: Final = frozenset({"gent", "gen2"})  # "хлеба", "сахарку"
_REPEATED_MARKS: Final = frozenset("()!.")  # "(((", "!!!"
_NOUN: Final = "NOUN"
_VERBS: Final = frozenset({"VERB", "INFN"})
_ADJECTIVE: Final = "ADJF"
_MARKS: Final = frozenset({",", ".", "!", "…", "(", ")", ":", "—", "–", "-", "'", "’"})


def run_out_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> str | None:
    """The report of a need or a run-out, the whole text, put as a purchase to read again;
    None when the text is anything more.

    >>> from policy_core._policy import default_policy
    >>> from policy_core._words import analyse_words
    >>> policy = default_policy()
    >>> def told(text):  # no teller named: the household is not asked
    ...     words = analyse_words(text, policy.morphology, policy.vocabulary.text, policy.classes)
    ...     return run_out_told(words, None, policy.vocabulary)
    >>> told("no more shampoo in the kids' bathroom")
    'buy shampoo'
    >>> told("нет больше влажных салфеток")
    'купи влажных салфеток'
    >>> told("no more time") is None
    True
    """
    s = v.shopping
    said = words.vocabulary
    if (
        said.isdisjoint(s.told_absences)
        and said.isdisjoint(s.ran_out_states)
        and said.isdisjoint(s.told_states)
    ):
        return None  # most commands tell no absence and no state
    if "?" in words.text:
        return None  # "молоко ещё есть или кончилось?": asked, not told
    kept = _kept_words(words)
    if kept is None:
        return None
    kept, told = _past_teller(words, kept, household, s)
    kept = _before_closing(words, kept, s)
    if not kept:
        return None
    return (
        _absence(words, kept, told, v)
        or _state(words, kept, told, v)
        or _russian_low(words, kept, v)
    )


def _kept_words(words: Words) -> list[int] | None:
    """The text's word tokens; None when a number, a picture or a mark other than a pause
    stands in it ("2 кг", "молоко/хлеб", "milk gone 😭")."""
    kept: list[int] = []
    for k, token in enumerate(words.tokens):
        if token.kind == "word":
            kept.append(k)
        elif token.kind != "punct" or (
            token.norm not in _MARKS and not set(token.text) <= _REPEATED_MARKS
        ):
            return None  # "milk gone 😭": a picture tells a mood (the round-22 convention)
    return kept


def _past_teller(
    words: Words, kept: list[int], household: HouseholdIndex, s: ShoppingWords
) -> tuple[list[int], bool]:
    """``kept`` past the openers and a teller with a verb of saying and its complementiser
    ("right, …", "dad says there's …", "Ольга говорит, что …"), and whether a teller was
    past; a teller is a member, a first name or kin (``relay_tellers``), "my" before kin."""
    norms = words.norms
    start, verb = _teller_at(words, kept, s)
    if (
        verb < len(kept)
        and norms[kept[verb]] in s.told_reporters
        and _is_teller(words, kept[verb - 1], household, s, first=verb - 1 == start == 0)
    ):
        start = verb + 1
        if start < len(kept) and norms[kept[start]] in s.told_complementisers:
            start += 1
        return kept[start:], True
    return kept[start:], False


def _teller_at(words: Words, kept: list[int], s: ShoppingWords) -> tuple[int, int]:
    """Where in ``kept`` the teller starts, past the openers ("right, …"), and where the
    verb after the teller would stand, past "my" before kin ("my granny says …")."""
    norms = words.norms
    start = 0
    while start < len(kept) and norms[kept[start]] in s.told_openers:
        start += 1
    verb = start + 1
    if verb < len(kept) and norms[kept[start]] in s.apposition_possessives:
        verb += 1
    return start, verb


def _is_teller(
    words: Words, k: int, household: HouseholdIndex, s: ShoppingWords, *, first: bool
) -> bool:
    """The word at ``k`` names someone of the household: a member, kin (``relay_tellers``),
    a first name, or a capitalised English word opening the text ("Alex says …"; "Врач" is
    no teller)."""
    info = words.infos[k]
    return (
        household.find_member(words, k) is not None
        or words.has_lemma(k, s.relay_tellers)
        or (info is not None and info.is_name)
        or (first and words.is_capitalised(k) and not (info is not None and info.is_russian))
    )


def products_wanted(names: list[tuple[str, bool]], s: ShoppingWords) -> bool:
    """The items a want reads (each its name and whether it is measured) are products: each
    measured or its last word a known product or consumable ("bananas", "a pack of playing
    cards"), or, among several, one measured ("a packet of peanuts … and some fat balls");
    "a dog", "a divorce", "attention" are wanted, never bought."""
    known = [
        measured or name.rsplit(" ", 1)[-1] in s.known_products | s.consumable_heads
        for name, measured in names
    ]
    return bool(known) and (all(known) or (len(names) > 1 and any(m for _, m in names)))


def wanted(words: Words, household: HouseholdIndex, v: Vocabulary) -> str | None:
    """A member's or kin's want of products told, the whole text ("Jack wants bananas", "Петя
    хочет йогурт",
    "grandma wants a dozen eggs and a pint of double cream", "my granny wants a pack of
    playing cards"), put as a purchase ("buy bananas"); None when a deed, a person, a day or
    a dish is wanted ("mum wants Jack to …", "Kate wants the bathroom cleaned", "Tom wants
    pizza tonight", "grandpa wants to know …") or the text says more."""
    s, norms = v.shopping, words.norms
    if words.vocabulary.isdisjoint(s.relayed_wants) or "?" in words.text:
        return None  # most commands want nothing
    kept = _kept_words(words)
    if kept is None:
        return None
    start, verb = _teller_at(words, kept, s)  # "my granny wants …"
    if verb + 1 >= len(kept) or norms[kept[verb]] not in s.relayed_wants:
        return None
    if not _is_teller(words, kept[verb - 1], household, s, first=verb - 1 == start == 0):
        return None
    rest = kept[verb + 1 :]
    mark = next((k for k in range(rest[0], len(words)) if words.is_punct(k)), len(words))
    rest = [k for k in rest if k < mark]  # "…, stick it on": the list is the rules' own
    said = frozenset(norms[k] for k in rest)
    if (
        not said.isdisjoint(v.triggers.to_markers)
        or not said.isdisjoint(v.dates.day_triggers)
        or not said.isdisjoint(s.told_dishes)
        or not said.isdisjoint(s.alone_not_names)
        or any(household.find_member(words, k) is not None for k in rest)
        or norms[rest[0]] in s.subject_pronouns
        or norms[rest[0]] in s.told_wanted_deeds
        or any(_verb(words, k) for k in rest)  # "Петя хочет стать космонавтом"
    ):
        return None
    return f"{s.told_buy_en} {words.phrase(range(rest[0], rest[-1] + 1))}"


def _before_closing(words: Words, kept: list[int], s: ShoppingWords) -> list[int]:
    """``kept`` before its closing words (``told_tails``) and a place of the home said last
    after a preposition ("in the downstairs loo", "в холодильнике")."""
    norms = words.norms
    end = len(kept)
    while end > 0 and norms[kept[end - 1]] in s.told_tails:
        end -= 1
    if end > 1 and norms[kept[end - 1]] in s.told_home_places:
        for j in range(end - 2, max(end - 2 - _MAX_PLACE, -1), -1):
            if norms[kept[j]] in s.told_place_preps:
                end = j
                break
    while end > 0 and norms[kept[end - 1]] in s.told_tails:
        end -= 1
    return kept[:end]


def _absence(words: Words, kept: list[int], told: bool, v: Vocabulary) -> str | None:
    """A word of absence before or (in Russian) after the product: "no more bread", "we've
    got no bread left", "у нас нет больше яиц", "хлеба нет", "картошки нет и лука"."""
    s, norms = v.shopping, words.norms
    start = _past_holder(words, kept, s)
    rest = [k for k in kept[start:] if norms[k] not in s.told_adverbs or norms[k] in s.told_more]
    absences = [n for n, k in enumerate(rest) if norms[k] in s.told_absences]
    if len(absences) != 1:
        return None
    at = absences[0]
    before, after = rest[:at], rest[at + 1 :]
    while after and norms[after[0]] in s.told_more:
        after = after[1:]  # "нет больше", "no more"
    while before and norms[before[-1]] in s.told_more:
        before = before[:-1]  # "сметаны больше нет"
    if not before:
        more = len(after) < len(rest) - at - 1
        left = bool(after) and norms[after[-1]] in s.told_left
        if left:
            after = after[:-1]  # "no ice left"
        if len(after) > 1 and norms[after[0]] in s.told_none_of:
            return _each_of_none(words, after, v)  # "нет ни хлеба ни молока"
        after = _without_none_of(words, after, s)
        info = words.infos[rest[at]]
        russian = info is not None and info.is_russian  # "нет cat litter"
        if not (more or left or start or russian):
            return _russian(words, after, v)  # "no milk" alone may be a correction
        return _russian(words, after, v) or _english(words, after, told, v, state=None)
    if after:  # "картошки нет и лука", "сахару нет ни ложки"
        after = _without_none_of(words, after, s)
        if not after:
            return _russian(words, before, v)
        if norms[after[0]] in s.told_links and (also := _russian(words, after[1:], v)):
            first = _russian(words, before, v)  # "картошки нет и лука"
            link = words.tokens[after[0]].text
            return None if first is None else f"{first} {link} {also[len(s.told_buy_ru) + 1 :]}"
        return None
    return _russian(words, before, v)


def _each_of_none(words: Words, after: list[int], v: Vocabulary) -> str | None:
    """The products after each "ни" of a Russian absence ("нет ни хлеба ни молока"), all
    read or none: "купи хлеба и молока"."""
    s = v.shopping
    pieces: list[list[int]] = []
    for k in after:
        if words.norms[k] in s.told_none_of:
            pieces.append([])
        elif pieces:
            pieces[-1].append(k)
    read = [_russian(words, piece, v) for piece in pieces]
    if not read or any(r is None for r in read):
        return None
    link = next(iter(sorted(s.told_links)))
    said = f" {link} ".join(r[len(s.told_buy_ru) + 1 :] for r in read if r is not None)
    return f"{s.told_buy_ru} {said}"


def _past_holder(words: Words, kept: list[int], s: ShoppingWords) -> int:
    """Where the words past a holder said first ("we've got", "there's", "у нас") begin."""
    for phrase in s.told_holders:
        if len(phrase) <= len(kept) and all(
            words.norms[kept[j]] == part for j, part in enumerate(phrase)
        ):
            return len(phrase)
    return 0


def _without_none_of(words: Words, after: list[int], s: ShoppingWords) -> list[int]:
    """``after`` before "ни" and the one word it negates closing it ("ни рулончика")."""
    if len(after) >= 2 and words.norms[after[-2]] in s.told_none_of:
        return after[:-2]
    return after


def _russian(words: Words, product: list[int], v: Vocabulary) -> str | None:
    """ "купи" and a Russian product in the genitive ("хлеба", "влажных салфеток", "соли для
    посудомойки"), its head a known product or consumable; None otherwise."""
    s = v.shopping
    product = _without_home_place(words, product, s)  # "молока в холодильнике нет"
    if not product or len(product) > _MAX_PRODUCT + 2:
        return None
    head = None
    complement = False
    for k in product:
        info = words.infos[k]
        if info is None or not info.is_russian:
            return None
        if head is None and info.pos == _NOUN:
            head = k
        elif head is None and info.pos != _ADJECTIVE:
            return None  # "нет, не надо": no product first
        elif head is not None and k != head:
            if words.norms[k] in v.open_world.complement_prepositions and not complement:
                complement = True  # "соли для посудомойки"
            elif info.pos not in (_NOUN, _ADJECTIVE) or info.noun_case not in _GENITIVES | {None}:
                return None  # "хлеба в магазине нет": where, not what
    if head is None:
        return None
    info = words.infos[head]
    if info is None or info.noun_case not in _GENITIVES or info.is_animate:
        return None
    if not _known(words, head, s) or words.has_lemma(head, s.run_out_supplies):
        return None  # "нет времени", "воды нет": nothing a shop sells, a supply cut
    if len(product) == 1 and _singular_genitive(info.norm, info.lemma, s):
        return f"{s.told_buy_ru} {info.lemma}"  # "картошки нет": one "картошка"
    return f"{s.told_buy_ru} {words.phrase(product)}"


def _without_home_place(words: Words, product: list[int], s: ShoppingWords) -> list[int]:
    """``product`` without a place of the home said before it or right after its first word, a
    preposition and the place (``told_place_preps``, ``told_home_places``: "в холодильнике
    молока", "молока в холодильнике")."""
    norms = words.norms
    if (
        len(product) >= 3
        and norms[product[0]] in s.told_place_preps
        and norms[product[1]] in s.told_home_places
    ):
        product = product[2:]  # "в холодильнике молока нет"
    if (
        len(product) >= 3
        and norms[product[1]] in s.told_place_preps
        and norms[product[2]] in s.told_home_places
    ):
        return [product[0], *product[3:]]
    return product


def _singular_genitive(norm: str, lemma: str, s: ShoppingWords) -> bool:
    """A feminine noun's genitive singular spelt as its nominative plural ("картошки",
    "сметаны", "ваты"): after a word of absence the case is the genitive, so the singular,
    which the item's name is read back to (``ShoppingWords.told_genitive_endings``,
    ``told_feminine_endings``)."""
    return (
        norm[-1:] in s.told_genitive_endings
        and lemma[-1:] in s.told_feminine_endings
        and norm[:-1] == lemma[:-1]
    )


def _english(
    words: Words,
    product: list[int],
    told: bool,
    v: Vocabulary,
    *,
    state: str | None,
    used_up: bool = False,
) -> str | None:
    """ "buy" and a product of at most four words past a determiner ("the hand soap", "our
    cat food"; a teller's possessive when told by one), its last word a known product or
    consumable; of a ``state`` told, no dish ("the soup has run out", "the cake is out"), and
    "out" or "finished" with no verb (``used_up``) only of a household consumable or good
    ("toilet paper is out", "shampoo's finished"; "butter is finished" tells food eaten or
    served, as the round-22 convention reads it); None otherwise."""
    s, t, norms = v.shopping, v.triggers, words.norms
    while product and norms[product[0]] in t.noun_determiners:
        owner = norms[product[0]]
        if owner in s.ran_out_possessives and not (told and owner in s.told_teller_owners):
            return None  # "my coffee is gone": someone's serving
        product = product[1:]
    if not product or len(product) > _MAX_PRODUCT:
        return None
    last = product[-1]
    head = norms[last]
    clitic = next((c for c in s.ran_out_clitics if head.endswith(c)), None)
    if clitic is not None:
        head = head[: -len(clitic)]
    kind = (
        len(product) > 1 and head in s.told_kind_heads and norms[product[-2]] in s.told_food_kinds
    )  # "cat food", not "diet food"
    if not (
        kind or head in s.known_products or head in s.consumable_heads or _known(words, last, s)
    ):
        return None
    if state is not None and head in s.told_dishes:
        return None  # "the cake is out": of the oven; "the soup is gone": eaten
    if (
        state in s.told_dish_states
        and not used_up
        and not kind
        and head not in s.consumable_heads
        and head not in s.told_goods_heads
    ):
        return None  # "butter is finished", "кефир is out": food served or eaten
    info = words.infos[last]
    if info is not None and info.is_animate:
        return None
    text = words.phrase(product)
    if clitic is not None:
        text = text[: -len(clitic)]
    return f"{s.told_buy_en} {text}"


def _known(words: Words, k: int, s: ShoppingWords) -> bool:
    """The word at ``k`` is a known product or a consumable, by spelling or lemma."""
    return words.has_lemma(k, s.known_products) or words.has_lemma(k, s.consumable_heads)


def _state(words: Words, kept: list[int], told: bool, v: Vocabulary) -> str | None:
    """A state closing the report after the product: "eggs are gone", "butter's all gone",
    "Cat food has run out", "the hand soap in the bathroom ran out", "масло out again"."""
    s, norms = v.shopping, words.norms
    end = len(kept)
    while end > 0 and norms[kept[end - 1]] in s.told_adverbs:
        end -= 1
    if end < 2 or (
        norms[kept[end - 1]] not in s.ran_out_states and norms[kept[end - 1]] not in s.told_states
    ):
        return None
    state = norms[kept[end - 1]]
    end -= 1
    used_up = norms[kept[end - 1]] in s.ran_out_verbs or norms[kept[end - 1]] in s.told_low_verbs
    if used_up:
        end -= 1
    while end > 0 and norms[kept[end - 1]] in s.told_adverbs:
        end -= 1  # "all gone"
    linked = end > 0 and (
        norms[kept[end - 1]] in s.ran_out_copulas
        or any(norms[kept[end - 1]].endswith(c) for c in s.ran_out_clitics)
    )
    if end > 0 and norms[kept[end - 1]] in s.ran_out_copulas:
        end -= 1
    if not (used_up or linked) and state in s.told_linked_states:
        return None  # "the dishwasher finished": a machine's cycle, told by its verb
    product = kept[:end]
    if len(product) > 2 and norms[product[-1]] in s.told_home_places:
        for j in range(len(product) - 2, 0, -1):
            if norms[product[j]] in s.told_place_preps:
                product = product[:j]  # "the hand soap in the bathroom ran out"
                break
    return _english(words, product, told, v, state=state, used_up=used_up)


def purchase_by_noun(words: Words, v: Vocabulary) -> str | None:
    """A purchase said by its noun in an official's words, put as asked ("Требуется закупка
    картофеля в объёме 3 кг" as "купи картофеля 3 кг", "Прошу обеспечить закупку продуктов
    для пирога: яблоки 1 кг, мука" as "купи яблоки 1 кг, мука", "Обеспечить к вечеру наличие
    свежего хлеба" as "купи к вечеру свежего хлеба"): frame words only before the noun (a
    need, a courtesy, a verb of providing), a presence noun only after a verb of providing,
    the list after a colon when the noun heads one; None otherwise ("закупки на этой неделе
    дорогие", "покупка квартиры").

    >>> from policy_core._policy import default_policy
    >>> from policy_core._words import analyse_words
    >>> policy = default_policy()
    >>> words = analyse_words(
    ...     "Требуется закупка картофеля в объёме 3 кг",
    ...     policy.morphology, policy.vocabulary.text, policy.classes,
    ... )
    >>> purchase_by_noun(words, policy.vocabulary)
    'купи картофеля 3 кг'
    """
    s, norms = v.shopping, words.norms
    noun = next(
        (
            k
            for k in range(len(words))
            if words.has_lemma(k, s.purchase_nouns) or words.has_lemma(k, s.presence_nouns)
        ),
        None,
    )
    if noun is None or noun + 1 >= len(words) or "?" in words.text:
        return None
    provided = -1
    for k in range(noun):
        if words.tokens[k].kind != "word":
            return None
        if words.has_lemma(k, s.provide_verbs):
            provided = k
        elif provided < 0 and not words.has_lemma(k, s.purchase_frames):
            return None  # "в прошлом месяце закупка …": told, not asked
    if words.has_lemma(noun, s.presence_nouns) and provided < 0:
        return None  # "наличие" names a purchase only after "обеспечить"
    if provided < 0 and not any(words.has_lemma(k, s.purchase_frames) for k in range(noun)):
        return None  # "закупка молока" alone: a heading, a note
    between = words.phrase(range(provided + 1, noun)) if provided >= 0 else ""
    rest = list(range(noun + 1, len(words)))
    colon = next((j for j, k in enumerate(rest[:_HEADING_WORDS]) if norms[k] == ":"), None)
    if colon is not None:
        rest = rest[colon + 1 :]  # "закупку следующих позиций: гречка 2 пачки, …"
    kept = [
        k
        for j, k in enumerate(rest)
        if not (
            (norms[k], norms[rest[j + 1]] if j + 1 < len(rest) else "") in s.purchase_measure_links
            or (j > 0 and (norms[rest[j - 1]], norms[k]) in s.purchase_measure_links)
        )
    ]
    if not kept or any(_person(words, k) for k in kept):
        return None  # "обеспечить наличие детей …", "…, ответственный Анна": no purchase
    if colon is None and not _product_first(words, kept, s):
        return None  # "нужна покупка квартиры": no shopping
    said = words.phrase(kept)
    return f"{s.told_buy_ru} {between} {said}" if between else f"{s.told_buy_ru} {said}"


def _verb(words: Words, k: int) -> bool:
    """The word at ``k`` is a Russian verb, finite or infinitive."""
    info = words.infos[k]
    return info is not None and info.pos in _VERBS


def _person(words: Words, k: int) -> bool:
    """The word at ``k`` names a person: a first name or an animate noun."""
    info = words.infos[k]
    return info is not None and (info.is_name or info.is_animate)


def _product_first(words: Words, kept: list[int], s: ShoppingWords) -> bool:
    """The first noun of ``kept`` is a known product or consumable ("свежего хлеба")."""
    for k in kept:
        info = words.infos[k]
        if info is not None and info.pos == _NOUN:
            return _known(words, k, s)
    return False


def _russian_low(words: Words, kept: list[int], v: Vocabulary) -> str | None:
    """A Russian product in the nominative, its head known, before a state of two words
    closing the report (``ShoppingWords.told_low_pairs``: "Кофе на исходе", "сахар уже на
    исходе")."""
    s, norms = v.shopping, words.norms
    if len(kept) < 3 or (norms[kept[-2]], norms[kept[-1]]) not in s.told_low_pairs:
        return None
    product = [k for k in kept[:-2] if norms[k] not in s.told_adverbs]
    if not product or len(product) > _MAX_PRODUCT:
        return None
    for k in product:
        info = words.infos[k]
        if info is None or not info.is_russian or info.pos not in (_NOUN, _ADJECTIVE):
            return None
        if info.pos == _NOUN:
            if not info.may_be_direct or info.is_animate or not _known(words, k, s):
                return None
            return f"{s.told_buy_ru} {words.phrase(product)}"
    return None
