"""The household corridor: requests the platform refuses (SPEC §4, row 3).

Each check reads whole words and lemmas, so "papaya" is no payment and "купи лампочку" is
a purchase, not device control.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from typing import Final

from policy_core._classes import (
    ANY_CORRIDOR_MARKER,
    APPLIANCES_AT,
    BROADCAST_MEDIA,
    BULK_VERBS,
    CALL_VERBS,
    CALLABLES,
    CHARGE_HEADS,
    COLOUR_SETTINGS,
    DEGREE_WORDS,
    DEVICE_NOUNS,
    DEVICE_QUANTITIES,
    DEVICE_SETTINGS,
    DEVICE_VERBS,
    DISPATCH_VERBS,
    DOCKS,
    EXCHANGE_VERBS,
    FAVOURITE_COLLECTIONS,
    FOREIGN_STARTS,
    GUARD_NOUNS,
    HOUSEHOLD_WORDS,
    INJECTION_WORDS,
    KEEPING_VERBS,
    LAPSE_VERBS,
    LET_WORDS,
    LEVEL_VERBS,
    LIST_LEMMAS,
    MEDIA_COLLECTIONS,
    MEDIA_COMMANDS,
    MEDIA_VERBS,
    NEED_WORDS,
    ON_OFF,
    OPENABLE,
    PAYMENT_STARTS,
    PLACING_VERBS,
    PURPOSE_CONJUNCTIONS,
    RETURN_VERBS,
    SECURING_VERBS,
    SEQUENCE_WORDS,
    SETTING_LINKS,
    SHOP_VERBS,
    SHOW_VERBS,
    SPEAKER_SUBJECTS,
    STANDING_MARKERS,
    STANDING_STARTS,
    SWITCH_VERBS,
    TELLING_VERBS,
    VEHICLES,
    VOLUME_PARTICLES,
)
from policy_core._clauses import negated, opens_sentence
from policy_core._statements import tells_a_lapse
from policy_core._words import Words
from policy_core.lang import CorridorWords, NumberWords, TriggerWords, Vocabulary

__all__ = ["corridor_code", "outsiders_list"]

_WINDOW: Final = 5  # how far (in tokens) a verb may stand from its object
_BULK_WINDOW: Final = 7  # "clear out the hardware store list": the object may stand a few words on
_OWNED_REACH: Final = 2  # "mom's grocery list": the list word at most a word on
_BULK_BEFORE: Final = 4  # "все задачи Kate перекинь": or just before the verb
# OpenCorpora: full and short participles, short adjectives ("закрыта"): a state, no command
_PARTICIPLES = frozenset({"PRTF", "PRTS", "ADJS"})
_NUMBER: Final = "number"  # a token's kind
_PUNCT: Final = "punct"
_FULL_STOP: Final = "."
_CLAUSE_BREAKS = frozenset(",.!?;")  # a quote or a colon ends no clause: "режим «Гости»: свет"
_DEVICE_WINDOW: Final = 5  # "put BBC One on the telly"
_PAID_REACH: Final = 4  # "top up my Leap card": what is paid into a few words on
_TRANSFER_WINDOW: Final = 8  # "переведи, пожалуйста, внучке Маше пять тысяч"
_MODE_WINDOW: Final = 6  # "put the water heater in holiday mode"
_SETTING_REACH: Final = (
    4  # "heater in the garage to …": the link after at most a room's three words
)


def _near(
    words: Words,
    index: int,
    vocabulary: frozenset[str],
    window: int = _WINDOW,
    *,
    in_clause: bool = False,
) -> bool:
    """A word of ``vocabulary`` stands within ``window`` words of ``index``; marks between
    count for nothing ("открой, пожалуйста, входную дверь"). ``in_clause``: a mark that ends
    a clause ends the search ("lights off downstairs"; "score the bread off, I've plenty in
    the freezer" strikes it off a list)."""
    tokens = words.tokens
    for step in (-1, 1):
        k, seen = index + step, 0
        while 0 <= k < len(tokens) and seen < window:
            if words.matches(k, vocabulary):  # "$" is a mark that counts
                return True
            if tokens[k].kind != _PUNCT:
                seen += 1
            elif in_clause and tokens[k].norm in _CLAUSE_BREAKS:
                break
            k += step
    return False


def _past_determiners(words: Words, k: int | None, c: CorridorWords) -> int | None:
    """The first word at or after ``k`` that is no determiner ("the", "a", "эту")."""
    while k is not None and words.norms[k] in c.determiners:
        k = words.next_words[k]
    return k


# Each check below first asks whether the text holds a word it could start from at all (every
# spelling and lemma a test reads is in ``words.vocabulary``): most texts that reach the
# checks hold a marker of one kind only.


def _has_plural_possessive(words: Words, c: CorridorWords) -> bool:
    # The spellings only (a lemma never keeps a possessive ending), about half the text's
    # vocabulary; map() keeps the per-word suffix test in C.
    return any(map(str.endswith, words.norms, repeat(c.plural_possessive_endings)))


def _may_name_an_owner(words: Words, c: CorridorWords) -> bool:
    """A household word and a word that could name its owner ("список" and "Петровых" or
    "родителей"): only then is ``_owner_after`` asked."""
    if not words.classes1 & HOUSEHOLD_WORDS:
        return False
    vocabulary = words.vocabulary
    if not vocabulary.isdisjoint(c.outside_owners):
        return True
    if not (
        vocabulary.isdisjoint(c.dwellings)
        and vocabulary.isdisjoint(c.dwelling_links)
        and vocabulary.isdisjoint(c.household_nouns)
    ) and any(map(str.endswith, words.norms, repeat(c.possessive_endings))):
        return True  # "the list at Sophie's flat", "Maja's family list"
    if not vocabulary.isdisjoint(c.owner_links) or not vocabulary.isdisjoint(c.owner_pronouns):
        return True  # "the list of the family Johnson", "список моей мамы"
    endings = c.family_name_endings + c.name_possessive_endings
    return any(map(str.endswith, words.norms, repeat(endings)))


def _is_payment(words: Words, c: CorridorWords, t: TriggerWords, n: NumberWords) -> bool:
    if not words.classes1 & PAYMENT_STARTS:
        return False
    norms, vocabulary = words.norms, words.vocabulary
    for phrase in c.pay_phrases:  # "top up my Leap card"; "top up the salt" refills
        if phrase[0] not in vocabulary:
            continue  # (most texts hold no phrase's first word: no walk of the text)
        size = len(phrase)
        for i in range(len(norms) - size + 1):
            if norms[i : i + size] != phrase or _in_reminder(words, i, c, t):
                continue
            ahead = range(i + size, min(len(words), i + size + _PAID_REACH))
            if any(
                words.matches(k, c.pay_objects)
                or words.matches(k, c.money_words)
                or words.tokens[k].kind == _NUMBER
                for k in ahead
            ):
                return True
    if c.checkout_phrases and _checks_out(words, c, t):
        return True
    if words.classes1 & CHARGE_HEADS and _charged_to_a_card(words, c, t):
        return True
    if words.classes1 & CHARGE_HEADS and _loaded_on_a_card(words, c, t, n):
        return True
    if not vocabulary.isdisjoint(c.split_verbs) and _splits_a_bill(words, c, t):
        return True
    if (
        not vocabulary.isdisjoint(c.money_asking_verbs)
        and not (vocabulary.isdisjoint(c.share_words) and vocabulary.isdisjoint(c.money_words))
        and _share_asked(words, c, t)
    ):
        return True
    if vocabulary.isdisjoint(c.pay_words) and vocabulary.isdisjoint(c.transfer_words):
        return False  # no word pays or transfers (every key ``has_lemma`` reads is in it)
    for i in range(len(words)):
        paying = words.has_lemma(i, c.pay_words) or (
            words.has_lemma(i, c.transfer_words)
            and (
                _near(words, i, c.money_words, _TRANSFER_WINDOW)
                or _bare_amount_after(words, i, c)
                or _share_after(words, i, c)
                or _paid_for_to(words, i, c)
            )
        )
        if paying:
            if _paid_already(words, i, c, t):
                continue  # "ЖКХ оплачено, купить: …", "gas bill already paid": told as done
            if _asked_how(words, i, c):
                continue  # "как вернуть деньги за …?": how it is done is asked
            # "напомни Kate отменить подписку": the payment is the member's task
            return not _in_reminder(words, i, c, t)
    return False


_SPLIT_REACH: Final = 4  # "split the costco electric bill", "с Машей" a few words after the bill


def _splits_a_bill(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """A splitting verb told, not told of (``split_verbs``), a bill a few words on in its
    clause (``bill_nouns``), then a partner's link or an even share (``split_links``): "split
    the costco bill with Sarah", "раздели счёт за свет с Машей", "поделим чек пополам": money
    shared out; "split the cake with Tom", "раздели торт с Машей", "split the chores" (no
    bill), "remind Tom to split the bill with Lucy" (a member's task) are none."""
    for i in range(len(words)):
        if not words.has_lemma(i, c.split_verbs) or _in_reminder(words, i, c, t):
            continue
        info = words.infos[i]
        if info is None or (info.is_russian and info.is_past and info.imperative_too is None):
            continue  # "разделили счёт": told as done ("раздели" reads as a past first)
        k: int | None = i
        for _ in range(_SPLIT_REACH):
            k = _next_in_clause(words, k) if k is not None else None
            if k is None or words.has_lemma(k, c.bill_nouns):
                break
        if (
            k is None
            or not words.has_lemma(k, c.bill_nouns)
            or words.norms[k].endswith(c.possessive_endings)  # "the bill's folder"
        ):
            continue
        for _ in range(_SPLIT_REACH):
            k = _next_in_clause(words, k) if k is not None else None
            if k is not None and words.norms[k] in c.split_links:
                if _into_paper_places(words, k, c):
                    break  # "divide the bills between the folders": paper sorted
                return True
    return False


_PAPER_ARTICLES: Final = 2  # "between the two folders"


def _into_paper_places(words: Words, link: int, c: CorridorWords) -> bool:
    """After a splitting link, past an article, a place that paper is filed in
    (``CorridorWords.paper_places``): "between the folders", "по папкам"."""
    k = words.next_words[link]
    for _ in range(_PAPER_ARTICLES):
        if k is not None and words.norms[k] in c.paper_articles:
            k = words.next_words[k]
    return k is not None and words.has_lemma(k, c.paper_places)


def _share_asked(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """A verb of asking (``money_asking_verbs``), then in its clause a share of a sum
    (``share_words``) and right after it what the share pays for (``share_followers``) or,
    a few words on, money or a bill (``money_words``, ``bill_nouns``): "ask Tom for half of
    the pizza money", "request half the electricity bill from Tom", "попроси у Пети
    половину за свет": money asked back; "ask Tom for half of the pizza", "попроси у Пети
    половину яблока" share food."""
    for i in range(len(words)):
        if not words.has_lemma(i, c.money_asking_verbs) or _in_reminder(words, i, c, t):
            continue  # "remind Tom to ask Emma for half the electric bill": Tom's task
        if _sum_asked(words, i, c, t):
            return True
        k: int | None = i
        for _ in range(_TRANSFER_WINDOW):
            k = _next_in_clause(words, k) if k is not None else None
            if k is None or words.has_lemma(k, c.share_words):
                break
        if k is None or not words.has_lemma(k, c.share_words):
            continue
        nxt = words.next_words[k]
        if nxt == k + 1 and words.norms[nxt] in c.share_followers:
            return True
        for _ in range(_SPLIT_REACH):
            k = _next_in_clause(words, k) if k is not None else None
            if k is not None and (
                words.matches(k, c.money_words) or words.has_lemma(k, c.bill_nouns)
            ):
                return True
    return False


def _sum_asked(words: Words, verb: int, c: CorridorWords, t: TriggerWords) -> bool:
    """In the clause of the asking verb at ``verb``, before any infinitive ("to", a Russian
    infinitive: a deed asked), a sum: a number with a money word or sign right before or
    after it, that word not measuring a product ("… of"): "ask Tom for $50 for the electric
    bill", "запроси у Димы 500 рублей"; "ask Tom to get $50 from the ATM", "ask Tom for 2
    pounds of apples" ask none."""
    for k in range(verb + 1, min(len(words), verb + 1 + _TRANSFER_WINDOW)):
        kind, norm = words.tokens[k].kind, words.norms[k]
        if (kind == _PUNCT and norm in _CLAUSE_BREAKS) or norm in t.to_markers:
            return False
        info = words.infos[k]
        if info is not None and info.is_russian and info.is_infinitive:
            return False
        if kind == _NUMBER:
            if k - 1 > verb and words.matches(k - 1, c.money_words):
                return True  # "$50"
            after = k + 1
            if after < len(words) and words.matches(after, c.money_words):
                beyond = words.next_words[after]
                return beyond is None or not words.matches(beyond, c.measured_links)
    return False


def _checks_out(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "check out my Target cart with the Amex", "checkout the basket", "оформи заказ и
    картой": a shop's basket paid for, the verb opening a clause and the basket or a card a
    few words on."""
    norms = words.norms
    for phrase in c.checkout_phrases:
        if phrase[0] not in words.vocabulary:
            continue  # (most texts hold no phrase's first word: no walk of the text)
        size = len(phrase)
        for i in range(len(norms) - size + 1):
            if (
                norms[i : i + size] != phrase
                or not _opens_clause(words, i, c)
                or _in_reminder(words, i, c, t)
            ):
                continue
            nxt = i + size
            after = words.infos[nxt] if nxt < len(words) else None
            if after is not None and not (
                after.is_russian
                or words.norms[nxt] in c.determiners
                or words.norms[nxt] in t.noun_determiners
                or words.matches(nxt, c.checkout_objects)
            ):
                continue  # "Checkout page returns 500 on empty cart": a noun's modifier
            ahead = range(i + size, min(len(words), i + size + _CHECKOUT_REACH))
            if any(words.matches(k, c.checkout_objects) for k in ahead):
                return True
    return False


_CHECKOUT_REACH: Final = 6  # "check out my Target cart with the Amex"
_CARD_REACH: Final = 3  # "on [my dad's] [company] credit card": whose and which card, before it


def _charged_to_a_card(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "buy me a bike and put it on dad's credit card", "charge it to the company Amex",
    "купи наушники с маминой кредитки", "закажи пиццу моей банковской картой", "put it on my
    tab", "спиши с моего счёта", "buy a sofa on credit", "купи холодильник в рассрочку": a
    purchase or a sum charged to a payment card, an account or a financing scheme, a link
    ("on", "to", "with", "с" with the genitive, "на" with the accusative, the bare Russian
    instrumental; "in", "в" before a means only) before it and at most a few words of whose
    and which card; a card or an account is one with a qualifier ("credit", "банковской") or
    an owner ("dad's", "моей", "папиной"), a means by its name ("Amex", "кредитка", "tab",
    "credit", "рассрочка"): "a card for grandma", "buy flowers with a card", "открытка с
    котиком" are none, nor one told ("I put it on my credit card") or in a member's
    reminder."""
    for i in range(len(words)):
        if not words.has_lemma(i, c.charge_heads):
            continue
        info = words.infos[i]
        if info is None:
            continue
        nxt = words.next_words[i]
        if (
            nxt == i + 1
            and not info.is_russian
            and not (words.matches(nxt, c.conjunctions) or words.matches(nxt, c.courtesies))
        ):
            continue  # "a credit card holder", "with a bank card reader": a compound's modifier
        payment = words.has_lemma(i, c.charge_means)
        j = i - 1
        while j >= 0 and i - j <= _CARD_REACH:
            if words.infos[j] is None:
                if words.tokens[j].kind != _NUMBER:
                    break
                j -= 1  # "in 3 instalments"
                continue
            if (
                words.has_lemma(j, c.charge_qualifiers)
                or words.has_lemma(j, c.charge_means)
                or words.norms[j] in c.owner_pronouns
                or _owner_word(words, j, c)
            ):
                payment = True
            elif words.norms[j] not in c.determiners:
                break
            j -= 1
        if j < 0 or _told(words, j, c):
            continue
        if not payment:
            # "купи хлеб с карты", "закажи пиццу с карты Димы": a purchase taken from a card
            # or an account, its owner said or not ("купи торт с открыткой" holds a card)
            payment = (
                info.is_russian
                and info.noun_case == _GENITIVE
                and words.matches(j, c.debit_links)
                and bool(words.classes1 & SHOP_VERBS)  # "срисуй с карты маршрут": a map
            )
        if not payment:
            continue
        if words.infos[j] is None or not (
            words.matches(j, c.charge_links)
            or (words.matches(j, c.financing_links) and words.has_lemma(i, c.charge_means))
            or (words.matches(j, c.expense_links) and words.has_lemma(i, c.expense_accounts))
        ):
            linked = info.is_russian and info.noun_case == _INSTRUMENTAL  # "кредиткой"
        elif info.is_russian:
            # "с карты", "на карту"; "с картой" goes with it, "на карте" is where
            linked = info.noun_case in _CHARGED_CASES
        else:
            linked = True
        if linked and not _in_reminder(words, i, c, t):
            return True
    return False


# OpenCorpora: after "с" a card paid from is in the genitive, after "на" one charged to in the
# accusative
_CHARGED_CASES = frozenset({"gent", "accs"})


def _owner_word(words: Words, index: int, c: CorridorWords) -> bool:
    """Someone's, said before a card: "dad's", "Tom's", "папиной", "Машиной"."""
    norm = words.norms[index]
    if norm.endswith(c.possessive_endings):
        return True
    info = words.infos[index]
    return (
        info is not None
        and info.is_russian
        and norm.endswith(c.name_possessive_endings)
        and len(norm) > 4
    )


def _told(words: Words, before: int, c: CorridorWords) -> bool:
    """A Russian past verb or the speaker as a subject before ``before``: "I put it on my
    credit card", "мы купили его с папиной карты": told, not asked."""
    for k in range(before):
        info = words.infos[k]
        if info is not None and (
            (info.is_russian and info.is_past) or words.norms[k] in c.speaker_subjects
        ):
            return True
    return False


def _paid_already(words: Words, i: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The payment word at ``i`` tells a payment made ("ЖКХ оплачено", "за свет заплатила",
    "gas already paid"), with no need to pay said ("нужно, чтобы было оплачено")."""
    info = words.infos[i]
    if info is None or words.classes1 & NEED_WORDS:
        return False
    if info.is_russian:
        return info.is_past or info.pos in _PARTICIPLES
    norms = words.norms
    if i > 0 and norms[i] in c.paid_forms and norms[i - 1] in c.paid_links:
        return True
    # "we didn't pay …", "how much did we pay …", "did Tom pay the plumber?"
    return (i > 0 and norms[i - 1] in c.past_auxiliaries) or (
        i > 1 and norms[i - 2] in c.past_auxiliaries and words.infos[i - 1] is not None
    )


_HOW_REACH: Final = 3  # "how do I pay", "how can we pay", "как вернуть"


def _asked_how(words: Words, i: int, c: CorridorWords) -> bool:
    """A how-word a few words before the payment word at ``i``, in its clause: "how do I pay
    the water bill?", "how to top up …", "как вернуть деньги за …": the way is asked."""
    for k in range(i - 1, max(-1, i - 1 - _HOW_REACH), -1):
        if words.infos[k] is None:
            return False  # a mark: "…, how nice, pay the plumber"
        if words.norms[k] in c.how_words:
            return True
    return False


def _bare_amount_after(words: Words, index: int, c: CorridorWords) -> bool:
    """ "переведи Диме 2000 на бензин", "send Lucy 20 for the trip": after a transfer verb, a
    number that counts nothing ("скинь Пете 2 фотки", "give Tom 5 minutes" count things)."""
    tokens, count = words.tokens, len(words)
    for k in range(index + 1, min(count, index + 1 + _TRANSFER_WINDOW)):
        if tokens[k].kind != _NUMBER:
            continue
        if words.norms[k - 1] in c.time_prepositions:
            return False  # "give the baby a bath at 7": a time
        after = k + 1
        while after < count and tokens[after].kind == _NUMBER:
            after += 1  # "3 000"
        if after == count or words.norms[after] in c.amount_followers:
            return True
        return tokens[after].kind == _PUNCT and words.next_words[after] is None
    return False


def _paid_for_to(words: Words, index: int, c: CorridorWords) -> bool:
    """ "переведи Андреасу за аренду", "скинь Оле за пиццу": a verb that sends money only
    (``money_transfer_verbs``), commanded, then a person in the dative and what the money
    pays for after ``share_followers`` ("за"), a noun, with no thing sent after it;
    "переведи Оле текст" translates, "отдай Пете за это книгу" gives a thing, "скинь Маше за
    уроки ссылку" sends one, "закинь Пете за шкаф коробку" throws one, "переведи Маше за
    меня" speaks for me."""
    info = words.infos[index]
    if info is None or not info.is_imperative or not words.has_lemma(index, c.money_transfer_verbs):
        return False
    person = words.next_words[index]
    if person != index + 1:
        return False
    whom = words.infos[person]
    if whom is None or not (
        # a name or a kin in the dative ("Андреасу", "маме"), a name in Latin letters ("Kate")
        ((whom.is_name or whom.may_be_name) and whom.noun_case == _DATIVE)
        or (whom.noun_case == _DATIVE and words.has_lemma(person, c.kin_owners))
        or (not whom.is_russian and words.is_capitalised(person))
    ):
        return False
    link = words.next_words[person]
    if link != person + 1 or words.norms[link] not in c.share_followers:
        return False
    paid = words.next_words[link]  # "переведи Пете за минуту абзац": how long, no purpose
    what = words.infos[paid] if paid is not None else None
    if paid is None or what is None or what.pos != _NOUN or words.matches(paid, c.level_breakers):
        return False  # "за меня", "за завтра", "за пять минут": no purpose paid for
    return not any(_thing_sent(words, k) for k in range(paid + 1, len(words)))


_DIRECT_CASES = frozenset({"nomn", "accs"})  # OpenCorpora


def _thing_sent(words: Words, k: int) -> bool:
    """The word at ``k``, after what "за" names, is a thing sent or thrown, the verb's own
    object: a noun in the nominative or accusative after no preposition ("скинь Маше за
    уроки ссылку", "закинь Пете за шкаф коробку"; "за аренду квартиры" pays)."""
    info = words.infos[k]
    if info is None or info.pos != _NOUN or info.noun_case not in _DIRECT_CASES:
        return False
    before = words.infos[k - 1]
    return before is None or before.pos != _PREPOSITION


_DATIVE: Final = "datv"  # OpenCorpora


def _loaded_on_a_card(words: Words, c: CorridorWords, t: TriggerWords, n: NumberWords) -> bool:
    """ "put twenty dollars on the kroger gift card", "load $50 onto my transit card": a sum
    (a number and a money word) right after a loading verb, then a link and, a few words
    on, a card or an account: the card topped up ("put 2 pounds of apples in the bag", "put
    the money jar on the shelf" load nothing)."""
    for i in range(len(words)):
        if words.norms[i] not in c.loading_verbs or _in_reminder(words, i, c, t):
            continue
        # token by token: a number is no word ("add 20 bucks", "load $50")
        k, count = i + 1, len(words)
        while k < count and words.norms[k] in c.determiners:
            k += 1
        sign = k < count and words.tokens[k].kind == _PUNCT and words.matches(k, c.money_words)
        if sign:
            k += 1  # "$50": the money's sign before the number
        if k >= count or not (
            words.tokens[k].kind == _NUMBER or words.norms[k] in n.tens or words.norms[k] in n.units
        ):
            continue  # "put the money jar on …": no sum
        link = k + 1
        if not sign:
            if link >= count or not words.matches(link, c.money_words):
                continue
            link += 1
        if link >= count or words.norms[link] not in c.loading_links:
            continue
        ahead = range(link + 1, min(len(words), link + 1 + _PAID_REACH))
        if any(
            words.has_lemma(j, c.charge_cards) or words.matches(j, c.pay_objects) for j in ahead
        ):
            return True
    return False


def _share_after(words: Words, index: int, c: CorridorWords) -> bool:
    """ "переведи Kate половину за council tax", "скинь Диме треть за интернет", "send Tom
    half for the electricity": after a transfer verb, a share of a sum and what it pays for
    ("отдай Маше половину пирога", "положи половину в морозилку" share food)."""
    count = len(words)
    for k in range(index + 1, min(count, index + 1 + _TRANSFER_WINDOW)):
        if words.infos[k] is None:
            if words.norms[k] in _CLAUSE_BREAKS:
                return False
            continue
        if words.has_lemma(k, c.share_words):
            nxt = words.next_words[k]
            return nxt == k + 1 and words.norms[nxt] in c.share_followers
    return False


def _is_participle(words: Words, index: int) -> bool:
    """A participle, a short adjective or a verb in the past or the 3rd person future: a state
    or an event told ("выключен", "закрыта", "завтра отключат горячую воду"), no command."""
    info = words.infos[index]
    return info is not None and (
        info.pos in _PARTICIPLES or info.is_past or (info.is_future and info.is_third_person)
    )


def _asks_for_something(words: Words, t: TriggerWords) -> bool:
    return not words.vocabulary.isdisjoint(t.request_words)


def _set_to_a_number(words: Words, v: Vocabulary) -> bool:
    """ "кондей на 22", "heater to 20", "кондиционер в детской на двадцать два": the command
    opens with a device, then (a room between) a link and a number, in digits or words
    ("убрать в холодильник на 30 минут" puts something in the fridge)."""
    c, numbers = v.corridor, v.numbers
    i = words.first_word
    if i is None or not words.matches(i, c.device_nouns):
        return False
    for k in range(i + 1, min(len(words) - 1, i + 1 + _SETTING_REACH)):
        if words.norms[k] in c.setting_links:
            nxt = words.norms[k + 1]
            return (
                words.tokens[k + 1].kind == _NUMBER or nxt in numbers.units or nxt in numbers.tens
            )
    return False


def _is_verbless_control(words: Words, v: Vocabulary) -> bool:
    """ "pause", "громче", "lights off downstairs", "свет в детской на 10 процентов", "next
    song", "следующую серию"."""
    c, t = v.corridor, v.triggers
    if words.classes1 & SEQUENCE_WORDS and _next_in_sequence(words, v):
        return True
    if words.classes1 & (ON_OFF | VOLUME_PARTICLES) and _opens_switched(words, c, t):
        return True
    if not words.classes1 & (MEDIA_COMMANDS | DEVICE_SETTINGS):
        return bool(words.classes1 & SETTING_LINKS) and (
            not _asks_for_something(words, t) and _set_to_a_number(words, v)
        )
    if _asks_for_something(words, t) or _narrated(words):
        return False
    speaker = bool(words.classes1 & SPEAKER_SUBJECTS)
    for i in range(len(words)):
        if words.matches(i, c.media_commands):
            if speaker and _the_speakers_deed(words, i, c):
                continue  # "can I skip the dishes tonight": the speaker's own, no track
            return True
        if (
            words.matches(i, c.device_settings)
            and _near(words, i, c.device_nouns, 5, in_clause=True)
            and not _crossed_off(words, i, c)
        ):
            return True
    return False


_CROSSING_REACH: Final = 4  # "tick the dishwasher tablets off": the verb a few words before


def _crossed_off(words: Words, i: int, c: CorridorWords) -> bool:
    """The setting word at ``i`` is a crossing verb's particle, the verb a few words before it
    in its clause: "tick off the dishwasher tablets", "cross the telly magazine off"."""
    for k in range(i - 1, max(-1, i - 1 - _CROSSING_REACH), -1):
        if words.tokens[k].kind == _PUNCT:
            return False
        if words.matches(k, c.crossing_verbs):
            return True
    return False


_SPEAKER_REACH: Final = 3  # "can I play", "I'll just skip", "we've already paused"


def _the_speakers_deed(words: Words, i: int, c: CorridorWords) -> bool:
    """The verb at ``i`` has the speaker for its subject, past at most a modal, an auxiliary
    or an adverb (``CorridorWords.speaker_links``): "can I play Minecraft now", "I'll skip
    the gym": the speaker asks leave or tells their own deed; nothing is switched ("play
    Minecraft", "I'd like you to play jazz" ask the device)."""
    k = i - 1
    for _ in range(_SPEAKER_REACH):
        if k < 0 or words.infos[k] is None:
            return False  # the start or a mark
        if words.norms[k] in c.speaker_subjects:
            return True
        if words.norms[k] not in c.speaker_links:
            return False
        k -= 1
    return False


_VERB: Final = "VERB"  # OpenCorpora: a finite verb


def _narrated(words: Words) -> bool:
    """ "дед опять телевизор на всю громкость смотрит": one clause told with a finite verb of
    the 3rd person or the past and nothing commanded is a state described, no command ("дети
    спят, тише" commands after the comma)."""
    narrated = False
    for i, info in enumerate(words.infos):
        if info is None:
            if words.tokens[i].kind == _PUNCT and words.next_words[i] is not None:
                return False
            continue
        if info.is_imperative:
            return False
        if info.pos == _VERB and (info.is_third_person or info.is_past):
            narrated = True
    return narrated


def _opens_switched(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "lights on in the lounge", "heater on low", "telly off": the command opens with a device
    and "on"/"off", or with "on"/"off" and a device ("on the AC", "off the fan"); "the light on
    the porch is broken" says where one is."""
    i = words.first_word
    if i is not None and words.norms[i] in c.on_off:
        # "on the AC in the bedroom", "off the geyser": the switch said first, as a verb
        k = words.next_words[i]
        k = _past_determiners(words, k, c)
        return (
            k is not None and words.matches(k, c.device_nouns) and not _asks_for_something(words, t)
        )
    i = _past_determiners(words, i, c)
    if i is None or not words.matches(i, c.device_nouns) or _asks_for_something(words, t):
        return False
    k = i + 1
    if k >= len(words):
        return False
    if words.norms[k] not in c.on_off and not (
        words.norms[k] in c.volume_particles
        and words.matches(i, c.openable)
        and not words.has_lemma(i, c.device_verbs)
    ):  # "blinds down in the bedroom"; "lock up" is a verb
        return False
    return k + 1 >= len(words) or words.norms[k + 1] not in c.determiners


def _plays_a_game(words: Words, i: int, c: CorridorWords) -> bool:
    """The verb at ``i`` plays a game ("play a game", "play cards"), past a determiner."""
    k = words.next_words[i]
    k = _past_determiners(words, k, c)
    return k is not None and words.matches(k, c.games)


def _turned_up_or_down(words: Words, i: int, c: CorridorWords) -> bool:
    """ "turn it down a bit", "turn that up": a switch verb, a pronoun, then "up"/"down" (what
    plays or heats, said of nothing else)."""
    obj = words.next_words[i]
    if obj is None or words.norms[obj] not in c.switched_pronouns:
        return False
    particle = words.next_words[obj]
    return particle is not None and words.norms[particle] in c.volume_particles


def _next_in_sequence(words: Words, v: Vocabulary) -> bool:
    """ "next song", "следующую серию": the next or previous of what plays, asked of the
    device ("купи следующую серию книг" buys it); "kyle from next door" is where one lives
    (``TaskWords.outsider_places``), no door."""
    c, t = v.corridor, v.triggers
    if _asks_for_something(words, t):
        return False
    for i in range(len(words)):
        if words.has_lemma(i, c.sequence_words) and not words.phrase_length(
            i, v.tasks.outsider_places
        ):
            nxt = words.next_words[i]
            if nxt == i + 1 and words.matches(nxt, c.device_nouns):
                return True
    return False


def _in_reminder(words: Words, i: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The verb at ``i`` is the object of a reminder before it, with no conjunction between
    ("remind Jack to feed the cat and turn the porch light on" asks the assistant for light)."""
    for k in range(i - 1, -1, -1):
        if words.matches(k, t.remind_frames):
            return True  # "remind Jack to …", "Запиши Диме задачу: … перекрыть"
        if words.norms[k] in c.conjunctions:
            return False
    return False


def _assigned_by_dative(words: Words, i: int, v: Vocabulary) -> bool:
    """The device verb at ``i`` is an infinitive and a first name in the dative opens its
    sentence before it (``_clauses.opens_sentence``), with no other verb between: a chore put to that person ("Диме в пятницу
    перекрыть воду в ванной", "Пете вечером выключить бойлер"), nothing switched by the
    assistant ("Диме скажи выключить свет" is read by the telling verbs; "выключи свет
    Диме" is imperative and switches it; "Алисе выключить свет" calls the assistant)."""
    c = v.corridor
    info = words.infos[i]
    if info is None or not info.is_infinitive:
        return False
    for k in range(i - 1, -1, -1):
        other = words.infos[k]
        if words.norms[k] in c.conjunctions or words.norms[k] in _SENTENCE_ENDS:
            return False  # "Пете привет. Выключить свет?": the name is another sentence's
        if other is None:
            continue
        if other.pos in _VERB_PARTS:
            return False  # "Диме надо сказать …", "Диме хочется выключить": read elsewhere
        if other.is_name and other.noun_case == _DATIVE:
            return opens_sentence(words, k) and not words.has_lemma(k, v.open_world.wake_words)
    return False


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_NOUN: Final = "NOUN"  # OpenCorpora
_INSTRUMENTAL: Final = "ablt"  # OpenCorpora: the instrumental case ("роботом")
_GENITIVE: Final = "gent"


def _device_compound(words: Words, i: int, c: CorridorWords) -> bool:
    """ "робот-мойщик", "робот-газонокосилка": a compound headed by a device noun is one."""
    head, dash, _rest = words.norms[i].partition("-")
    return bool(dash) and head in c.device_nouns


def _device_does_it(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "пропылесось гостиную роботом", "пусть робот пропылесосит кухню", "make coffee with the
    coffee maker", "have the roomba clean the kitchen": the device is the means or the doer
    ("почисти кофемашину" cleans the device: a chore)."""
    if not words.classes1 & (DEVICE_NOUNS | LET_WORDS):
        return False
    norms, lemmas, devices = words.norms, words.lemmas, c.device_nouns
    for i, info in enumerate(words.infos):
        # (``words.matches`` inline; only a hyphened word may be a compound)
        if info is None or not (
            norms[i] in devices
            or lemmas[i] in devices
            or ("-" in norms[i] and _device_compound(words, i, c))
        ):
            continue
        if info.noun_case == _INSTRUMENTAL and not (
            i > 0 and words.norms[i - 1] in c.comitatives
        ):  # "посылку с пылесосом" holds one
            return True
        j = i - 1
        while j >= 0 and words.norms[j] in c.determiners:
            j -= 1
        if j >= 0 and words.norms[j] in c.means_openers:
            return True
        if i + 1 < len(words) and words.norms[i + 1] in c.causative_marks:
            while j >= 0 and (words.norms[j] in c.determiners or words.matches(j, c.device_nouns)):
                j -= 1  # "get the robot vacuum to …"
            if j >= 0 and words.norms[j] in c.causatives:
                return True  # "get the roomba to do the hallway"
        nxt = words.next_words[i]  # "робот пусть пропылесосит кухню"
        if nxt is not None and words.norms[nxt] in t.let_words:
            return True
    return False


# OpenCorpora: the dative, or the locative its form shares ("колонке"), which right after
# the verb, with no preposition, can only be the dative
_ADDRESSED_CASES = frozenset({"datv", "loct"})


def _device_told(words: Words, v: Vocabulary) -> bool:
    """ "напомни пылесосу, что он должен убрать детскую", "скажи роботу помыть пол", "попроси
    робота пропылесосить", "remind the roomba to do the kitchen", "tell the robot vacuum that
    …": a device is the one a reminding, telling or asking verb addresses, so the device is
    told what to do ("напомни Пете почистить пылесос", "ask the garage to check the brakes"
    tell a member or a business; "remind me to descale the kettle" reminds the speaker)."""
    c = v.corridor
    wake = v.open_world.wake_words
    for i in range(len(words)):
        dative = words.has_lemma(i, c.telling_verbs)
        if not (dative or words.has_lemma(i, c.asking_verbs)):
            continue
        k = words.next_words[i]
        while k is not None and (words.norms[k] in c.determiners or words.matches(k, c.courtesies)):
            k = words.next_words[k]  # "напомни, пожалуйста, пылесосу", "tell the roomba"
        if k is None or not words.matches(k, c.device_nouns) or words.matches(k, c.openable):
            continue
        info = words.infos[k]
        if info is None or info.is_name or info.may_be_name or words.matches(k, wake):
            continue  # "скажи Алисе …", "напомни Свете …": a person, or the assistant itself
        if info.is_russian:
            if dative and info.noun_case in _ADDRESSED_CASES:
                return True  # ("колонке" read as a locative has no preposition: a dative)
            after = words.next_words[k]
            if after is None:
                continue
            target = words.infos[after]
            if (
                (info.noun_case == _ACCUSATIVE or info.may_be_direct)
                and target is not None
                and (target.is_infinitive or words.matches(after, c.purpose_conjunctions))
            ):
                return True  # "попроси робота помыть пол"; "попроси пылесос у соседей" borrows
            continue
        after = words.next_words[k]
        while after is not None and words.matches(after, c.device_nouns):
            after = words.next_words[after]  # "the robot vacuum"
        if after is not None and words.norms[after] in c.told_links:
            return True
    return False


_KEPT_REACH: Final = 4  # "leave [on the porch] light": the device a few words after the verb …
_STATE_REACH: Final = 3  # "… light [on] all night": … and the state a few words after it


def _device_kept(words: Words, v: Vocabulary) -> bool:
    """ "оставь свет в коридоре включённым", "ночник у папы оставь включённым на всю ночь",
    "leave the porch light on all night", "keep the heating on", "пылесос в детскую не
    пускай", "запрети роботу заезжать в спальню", "keep the roomba out of the nursery": a
    device kept in a state (a keeping verb and a state word) or kept out of somewhere (a
    barring verb), its noun the verb's object after it, or first in the verb's clause.
    "Don't leave the lights on" warns a person; "оставь ключи у телевизора", "не пускай
    детей к плите" keep no device."""
    c, t = v.corridor, v.triggers
    for i in range(len(words)):
        keeping = words.has_lemma(i, c.keeping_verbs)
        if not (keeping or words.has_lemma(i, c.barring_verbs)) or _not_asked(words, i, c):
            continue  # "доступ разрешён", "I left the lights on": a state or a deed told
        device = _kept_object(words, i, v, adjacent=not keeping)
        if device is None:
            continue
        if not keeping:
            return True
        before = i - 1
        if before >= 0 and words.matches(before, t.negations):
            continue  # "не оставляй свет включённым", "don't leave the lights on": a warning
        if any(
            _kept_state(words, k, c)
            for start in (i, device)
            for k in range(start + 1, min(len(words), start + 1 + _STATE_REACH))
        ):
            return True
    return False


def _not_asked(words: Words, i: int, c: CorridorWords) -> bool:
    """The verb at ``i`` is no command: a Russian participle or a verb told ("разрешён",
    "оставил"), an English form other than the base ("left", "allowed") or after the speaker
    ("we keep the heating on")."""
    info = words.infos[i]
    if info is None:
        return True
    if info.is_russian:
        return _is_participle(words, i)
    before = i - 1
    return words.norms[i] != words.lemmas[i] or (
        before >= 0 and words.norms[before] in c.speaker_subjects
    )


def _kept_state(words: Words, k: int, c: CorridorWords) -> bool:
    """ "on", "running", "гореть", or a participle of a switching verb ("включённым")."""
    if words.matches(k, c.kept_states):
        return True
    info = words.infos[k]
    return (
        info is not None
        and info.is_russian
        and info.pos in _PARTICIPLES
        and words.has_lemma(k, c.device_verbs)
    )


def _kept_object(words: Words, verb: int, v: Vocabulary, *, adjacent: bool) -> int | None:
    """The device the verb at ``verb`` keeps: a device noun a few words after it, past
    determiners and modifiers but no preposition, mark or person ("leave the porch light
    on"; ``adjacent``: past determiners, pronouns and Russian adverbs only, "не пускай
    сегодня робота", "let the roomba in"; "let Tom know the heating …" lets a person), or the
    first word of the verb's clause ("ночник у папы оставь …")."""
    c, t = v.corridor, v.triggers
    k = words.next_words[verb]
    for _ in range(_KEPT_REACH):
        if k is None or (words.tokens[k - 1].kind == _PUNCT and k - 1 > verb):
            break
        info = words.infos[k]
        if info is None:
            break
        if info.is_name:
            break  # "пусть Петя оставит свет включённым": the member keeps it
        if words.matches(k, c.device_nouns):
            return k  # "не пускай робота на кухню", "запрети роботу …"
        if not info.is_russian and words.is_capitalised(k):
            break  # "leave Tom …", "let Lucy …": a person
        if adjacent and not (
            words.norms[k] in c.determiners
            or words.norms[k] in c.owner_pronouns
            or info.pos == _ADVERB
        ):
            break
        if not words.matches(k, c.kept_states) and (
            info.pos == _PREPOSITION or words.norms[k] in t.function_words
        ):
            break  # (a state may come first: "пусть горит свет", "leave on the porch light")
        k = words.next_words[k]
    start = verb
    while start > 0 and not (
        words.tokens[start - 1].kind == _PUNCT and words.norms[start - 1] in _CLAUSE_BREAKS
    ):
        start -= 1
    while start < verb and words.infos[start] is None:
        start += 1
    if start < verb:
        info = words.infos[start]
        if info is not None and not info.is_name and words.matches(start, c.device_nouns):
            return start
    return None


_PREPOSITION: Final = "PREP"  # OpenCorpora: "к плите", "у телевизора" is where, no device kept
_ADVERB: Final = "ADVB"  # OpenCorpora


def _object_of(
    words: Words,
    verbs: frozenset[str],
    nouns: frozenset[str],
    c: CorridorWords,
    t: TriggerWords,
) -> bool:
    """A verb of ``verbs`` whose object, right after it (past a determiner or "up", and at
    most one word before its noun), is one of ``nouns`` (or a compound headed by a device
    noun), outside a member's reminder."""
    for i in range(len(words)):
        if not words.has_lemma(i, verbs) or _in_reminder(words, i, c, t):
            continue
        k = words.next_words[i]
        while k is not None and (
            words.norms[k] in c.determiners or words.norms[k] in c.volume_particles
        ):
            k = words.next_words[k]
        if k is None:
            continue
        if words.matches(k, nouns) or _device_compound(words, k, c):
            return True
        k = words.next_words[k]  # "show the garden camera": one word before the noun
        if k is not None and words.matches(k, nouns):
            return True
    return False


def _sends_a_device(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "отправь робота пылесосить гостиную", "send the roomba round the kitchen": a device as
    the object of a verb that sends it off is set going ("отправь Пете фото робота" sends a
    photo); a device returned to its dock ("верни робота на базу"; "верни пылесос в магазин"
    is an errand); "прогрей машину", "warm up the car": a car warmed or started remotely."""
    if words.classes1 & DISPATCH_VERBS and _object_of(
        words, c.dispatch_verbs, c.device_nouns, c, t
    ):
        return True
    if (
        words.classes1 & DOCKS
        and words.classes1 & RETURN_VERBS
        and _object_of(words, c.return_verbs, c.device_nouns, c, t)
    ):
        return True  # "верни робота на базу", "send the roomba back to its dock"
    return bool(words.classes1 & VEHICLES) and _object_of(words, c.vehicle_verbs, c.vehicles, c, t)


def _mended_part(words: Words, i: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The device verb at ``i`` is also an English noun of what opens (``openable``: "lock"),
    the head of a device's part right after the device's noun, and a chore verb before them
    mends it ("need to fix the Haustür lock", "Tom, repair the front door lock"); "lock the
    front door" works it, "after the roomba runs" tells of it."""
    info = words.infos[i]
    if (
        info is None
        or info.is_russian
        or i == 0
        or not words.matches(i, c.openable)
        or not words.matches(i - 1, c.device_nouns)
    ):
        return False
    return any(
        words.matches(k, t.chore_verbs) and not words.has_lemma(k, c.device_verbs)
        for k in range(i - 1)
    )


def _opened_first(words: Words, c: CorridorWords) -> bool:
    """ "гараж открой", "gate open": what opens, then the opening verb, the whole command."""
    i = words.first_word
    i = _past_determiners(words, i, c)
    if i is None or not words.matches(i, c.openable):
        return False
    k = words.next_words[i]
    return k is not None and words.has_lemma(k, c.opening_verbs) and words.next_words[k] is None


_COLLECTION_REACH: Final = 4  # "to the house party playlist": the link a few words before


def _adds_to_media(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "add Blinding Lights to the party playlist", "закинь эту песню в плейлист": what plays
    is put into a playlist or a queue, no shopping list."""
    for i in range(len(words)):
        if not words.matches(i, c.media_collections) or _in_reminder(words, i, c, t):
            continue
        if any(
            words.norms[k] in c.collection_links for k in range(max(0, i - _COLLECTION_REACH), i)
        ):
            return True
    return False


def _adds_a_quantity(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "добавь яркости на экране", "прибавь ещё немного громкости", "убавь басов", "add a
    little more brightness": a verb that adds or takes away, commanded, and right after it
    (past "ещё", "немного", "a little more") a device's
    quantity as its object, most often a partitive genitive: what a device gives, never an
    item ("добавь молока" adds one; a member's reminder frames its own task, "в суп" is a
    step of a recipe, "нужно добавить яркости в фото" a deed needed on a thing)."""
    for i, info in enumerate(words.infos):
        if info is None or not words.has_lemma(i, c.quantity_verbs) or _in_reminder(words, i, c, t):
            continue
        if info.is_russian:
            if not (info.is_imperative or info.is_infinitive):
                continue
        elif words.norms[i] != words.lemmas[i] or not _opens_clause(words, i, c):
            continue  # English: the base form opening its clause ("add more brightness")
        # Russian after "нужно"; English with any link after the quantity ("add more
        # brightness to the photo"): into a thing unless a device or a room
        needed = not info.is_russian or (
            info.is_infinitive and i > 0 and words.matches(i - 1, t.need_words)
        )
        k = words.next_words[i]
        while k is not None and words.norms[k] in c.quantity_fillers:
            k = words.next_words[k]
        if k is None or not words.has_lemma(k, c.device_quantities):
            continue
        quantity = words.infos[k]
        if quantity is None or quantity.noun_case in _NOT_AN_OBJECT:
            continue  # (a form read as the nominative, "звук", may be the accusative)
        link = words.next_words[k]
        if not info.is_russian and k + 1 < len(words) and _names_on(words, k + 1, c, t):
            continue  # "add volume 2 of the box set": the word names a product
        if link is not None and words.norms[link] in t.mixing_prepositions:
            into = _past_determiners(words, words.next_words[link], c)
            what = words.infos[into] if into is not None else None
            if into is not None and words.matches(into, t.dish_targets):
                continue  # "добавь тепла в суп": into what is cooked, no device
            if (
                needed
                and into is not None
                and what is not None
                and (what.may_be_direct or not what.is_russian)
                and not _levels(words, into, c)
            ):
                continue  # "нужно добавить яркости в фото": into a thing, a deed, a task
        return True
    return False


def _names_on(words: Words, k: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The token at ``k``, right after an English quantity, goes on naming something: a
    number or a word that is no courtesy and no preposition ("volume 2", "brightness
    serum"; "brightness please", "volume in the kitchen" end it)."""
    if words.tokens[k].kind == _NUMBER:
        return True
    return (
        words.infos[k] is not None
        and words.norms[k] not in c.courtesies
        and words.norms[k] not in t.function_words
    )


# OpenCorpora: a noun right after the verb in one of these cases is no object ("добавь
# звуку …" addresses, "убавь с громкостью" is odd); the genitive is the partitive
_NOT_AN_OBJECT = frozenset({"datv", "ablt", "loct"})


_FAVOURITE_REACH: Final = (
    5  # "добавь эту новую песню Земфиры в любимые": the object before the link
)


def _adds_to_favourites(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "добавь эту песню в любимые", "add this track to my favourites", "закинь это в
    избранное": a favourites collection after a link (past "my"), and what is added, a few
    words before the link in its clause, is what plays or a pronoun alone after the adding
    verb, or what plays said after the collection ("добавь в избранное эту песню");
    "добавь молоко в избранное" adds food."""
    for k in range(1, len(words)):
        if not words.matches(k, c.favourite_collections) or _in_reminder(words, k, c, t):
            continue
        j = k - 1
        while j > 0 and (words.norms[j] in c.determiners or words.norms[j] in c.owner_pronouns):
            j -= 1
        if words.norms[j] not in c.collection_links:
            continue
        for i in range(j - 1, max(-1, j - 1 - _FAVOURITE_REACH), -1):
            if words.infos[i] is None:
                break  # a mark: another clause
            if words.matches(i, c.shown_media):
                return True
            if words.has_lemma(i, t.add_verbs):
                added = range(i + 1, j)
                if not added:  # "добавь в избранное эту песню": what is added after it
                    return _media_after(words, k, c)
                return all(words.norms[x] in c.favourite_pronouns for x in added)
    return False


def _media_after(words: Words, k: int, c: CorridorWords) -> bool:
    """What plays, a few words after ``k`` in its clause ("… в избранное эту песню")."""
    for x in range(k + 1, min(len(words), k + 1 + _FAVOURITE_REACH)):
        if words.infos[x] is None:
            return False
        if words.matches(x, c.shown_media):
            return True
    return False


_SCREEN_REACH: Final = 4  # "on the living room TV": after "on", the screen past its room
_SHOWN_REACH: Final = 5  # "put the Late Late Show on the telly": the media a few words on


def _shows_media(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "покажи видео, как собрать кубик", "put on Lyric FM", "stick a film on for the kids":
    a verb that puts something on a screen or a speaker, then within a few words, before
    another verb, a clause mark or a task word, what plays or the screen itself (no
    reminder frames it: "remind Tom to show Gran the video", and no list word follows it).
    """
    infos = words.infos
    for i, info in enumerate(infos):
        if info is None or not words.has_lemma(i, c.show_verbs):
            continue
        if info.is_russian and not (info.is_imperative or info.is_infinitive):
            continue  # "он показал видео": told, not commanded
        if _in_reminder(words, i, c, t) or _plays_a_game(words, i, c):
            continue  # "play a game of chess"
        end = min(len(words), i + 1 + _SHOWN_REACH)
        k = i
        while k + 1 < end:
            k += 1
            after = infos[k]
            if after is None:
                if words.tokens[k].kind == _PUNCT:
                    break
                continue
            if words.matches(k, t.task_nouns) or (
                after.is_russian and (after.is_infinitive or after.is_imperative)
            ):
                break  # "поставь задачу …", "поставь Пете посмотреть фильм"
            if words.matches(k, c.shown_media):
                # "put the radio batteries on the list" adds to a list
                return not any(words.matches(j, t.list_words) for j in range(k + 1, len(words)))
            if words.norms[k] in c.broadcast_links:
                # "put the Cowboys game on the living room TV": the screen after its room
                end = min(len(words), max(end, k + 1 + _SCREEN_REACH))
    return False


_LIST_REACH: Final = (
    3  # "on the shopping list", "в список покупок": the preposition a few words before
)


def _onto_a_list(words: Words, v: Vocabulary) -> bool:
    """ "put the radio batteries on the list", "поставь в список батарейки для радио": a list
    named as where something goes; a device named in it is what is bought, nothing switched
    ("what's on the list" asks; questions are read after the corridor)."""
    lists, prepositions = v.shopping.list_lemmas, v.shopping.list_prepositions
    refs = v.open_world.list_refs  # "take the kettle off the list": an entry of it
    for k in range(len(words)):
        if words.infos[k] is not None and words.matches(k, lists):
            before = range(max(0, k - _LIST_REACH), k)
            if any(words.norms[j] in prepositions or words.norms[j] in refs for j in before):
                return True
    return False


def _included_in_a_list(words: Words, v: Vocabulary) -> bool:
    """ "включи в список покупок молоко", "включи в покупки хлеб": every device verb is an
    including one followed at once by a list preposition and a list ("включить в список"
    includes in it, switches nothing); "включи свет и добавь молоко в список", "включи в
    список молоко и выключи свет" still switch something."""
    c, lists = v.corridor, v.shopping.list_lemmas
    prepositions = v.shopping.list_prepositions
    found = False
    for i in range(len(words)):
        if not words.has_lemma(i, c.device_verbs):
            continue
        if not words.has_lemma(i, c.including_verbs):
            return False
        at = _past_courtesies(words, i + 1, v)
        into = at + 1
        if not (
            into < len(words)
            and words.norms[at] in prepositions
            and words.infos[into] is not None
            and words.matches(into, lists)
            and not _list_of_other_things(words, into + 1, lists | c.kept_list_genitives)
        ):
            return False
        found = True
    return found


def _past_courtesies(words: Words, k: int, v: Vocabulary) -> int:
    """The first token at or after ``k`` that is no comma and no courtesy ("включи,
    пожалуйста, в список …": the preposition after the courtesy)."""
    courtesies = v.shopping.cue_courtesies
    while k < len(words) and (words.norms[k] == _COMMA or words.norms[k] in courtesies):
        k += 1
    return k


_QUALIFIERS = frozenset({"ADJF", "PRTF"})  # OpenCorpora: "список избранного", "любимых"


def _list_of_other_things(words: Words, k: int, lists: frozenset[str]) -> bool:
    """The word at ``k``, right after a list word, names what else the list holds: a Russian
    genitive noun or an adjective that is none of ``lists`` (the list words and
    ``CorridorWords.kept_list_genitives``) ("список воспроизведения",
    "список избранного", "список любимых", "список чтения": media, favourites, books);
    "список покупок", "список продуктов" and a product after the list ("список молоко") are
    the shopping."""
    if k >= len(words):
        return False
    info = words.infos[k]
    if info is None or not info.is_russian or words.matches(k, lists):
        return False
    return info.pos in _QUALIFIERS or info.noun_case == _GENITIVE


_COMMA: Final = ","
_ACCUSATIVE: Final = "accs"  # OpenCorpora
# OpenCorpora: the cases a device called may be read in ("пылесос" is read either way);
# "Света" read as "свет" is a genitive, so a person called
_CALLED = frozenset({"nomn", "accs"})


def _device_addressed(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "пылесос, уберись в гостиной", "робот помой кухню", "roomba, do the hallway": the
    command opens by calling a device, then tells it what to do (a comma, or a Russian
    imperative that is reflexive or has its own object after it; "пылесос почисти" cleans
    the device)."""
    first = words.first_word
    if first is None or not (
        words.matches(first, c.device_nouns) or _device_compound(words, first, c)
    ):
        return False
    named = words.infos[first]
    if (named is not None and named.is_name) or words.norms[first] in c.uncalled_devices:
        return False  # "Алиса, пропылесось коридор", "Sveta, could you …": a person called
    if named is not None and named.noun_case is not None and named.noun_case not in _CALLED:
        return False  # "Света, пересади монстеру": a device is called in the nominative
    verb = words.next_words[first]
    if verb is None:
        return False
    called = first + 1 < len(words) and words.norms[first + 1] == _COMMA
    labelled = first + 1 < len(words) and words.norms[first + 1] in _LABEL_MARKS
    info = words.infos[verb]
    # "пылесос, влажная уборка", "кондиционер — охлаждение", "пылесос: кухня, уборка"; an
    # English word has no part of speech: "dishwasher: eco cycle" as "dishwasher, eco cycle"
    if info is None or (not info.is_imperative and (info.is_russian or (labelled and not called))):
        return (called or labelled) and _programme_given(words, verb, c, t)
    if words.has_lemma(verb, t.buy_or_add_verbs) and not words.matches(first, c.acting_devices):
        return False  # "чайник, купи новый": the topic of a purchase; "Furbo, toss …" acts
    if called:
        return True
    if not info.is_russian:
        return False
    if info.lemma.endswith(c.reflexive_endings):
        return True  # "пылесос, уберись в гостиной"
    obj = words.next_words[verb]  # "робот помой кухню"; "холодильник разморозь в субботу"
    target = words.infos[obj] if obj is not None else None
    return target is not None and target.noun_case == _ACCUSATIVE


# OpenCorpora: a verb, an infinitive, a gerund or a participle ("уборка завершена" tells)
_VERB_PARTS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
_LABEL_MARKS = frozenset({":", "—", "–", "-"})  # a device named as a label before its programme


def _programme_given(words: Words, start: int, c: CorridorWords, t: TriggerWords) -> bool:
    """After a device called, from ``start`` on, no verb and a programme named by its noun,
    not after a preposition: "пылесос, влажная уборка, кухня", "стиралка, деликатная стирка",
    "dishwasher, eco programme"; "пылесос, мешки для уборки" names things to buy."""
    named = False
    for k in range(start, len(words)):
        info = words.infos[k]
        if info is None:
            continue
        if info.is_russian:
            if info.pos in _VERB_PARTS:
                return False
        elif words.has_lemma(k, t.request_words):
            return False
        if not named and words.has_lemma(k, c.device_programmes):
            before = k - 1
            prior = words.infos[before] if before >= start else None
            named = not (
                prior is not None
                and (prior.pos == _PREPOSITION or words.norms[before] in t.function_words)
            ) and (not info.is_russian or info.may_be_direct)
    return named


def _opens_clause(words: Words, i: int, c: CorridorWords) -> bool:
    """The word at ``i`` opens the command or a clause: first, or after a mark, a courtesy or
    a conjunction ("please unlock the car", "and disarm the alarm"; "Tom forgot to lock the
    car" tells, "did you lock it" asks), and no one is called before it ("Tom, lock the car"
    asks Tom to do it by hand)."""
    first = words.first_word
    if i == first:
        return True
    k = i - 1
    if k < 0:
        return False
    if words.tokens[k].kind == _PUNCT:
        return not (first == k - 1 and words.norms[first] not in c.courtesies)
    return words.norms[k] in c.courtesies or words.norms[k] in c.conjunctions


def _secures(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "unlock the car", "disarm the alarm", "arm the security system", "разблокируй
    машину": a lock or an alarm worked, the verb opening a clause and its object right after
    it (past a determiner and at most one word)."""
    for i in range(len(words)):
        if (
            words.has_lemma(i, c.securing_verbs)
            and (_opens_clause(words, i, c) or _object_before(words, i, c.secured))
            and not _is_participle(words, i)
            and (_object_of_at(words, i, c.secured, c) or _object_before(words, i, c.secured))
            and not _in_reminder(words, i, c, t)
        ):
            return True
    return False


def _object_before(words: Words, i: int, nouns: frozenset[str]) -> bool:
    """ "входную дверь запри", "машину заблокируй": a Russian imperative after its object,
    which opens the command (past at most one word before it: "входную")."""
    info = words.infos[i]
    if info is None or not info.is_russian or not info.is_imperative:
        return False
    first = words.first_word
    return first is not None and any(
        words.matches(k, nouns) and k - first <= 1 for k in range(first, i) if k >= i - 2
    )


def _tuned_on(words: Words, v: Vocabulary) -> bool:
    """ "найди мне Маяк по радио", "put Radio 4 on the radio", "включи первый канал по телику":
    a command whose first word is a verb (no buying or adding one: "купи то, что показывали по
    телику"), with a broadcast medium after its link, tunes the medium."""
    c, t = v.corridor, v.triggers
    first = words.first_word
    if first is None:
        return False
    info = words.infos[first]
    if info is not None and info.is_russian and not info.is_imperative:
        # "ну-ка найди …", "а включи …": a particle first
        second = words.next_words[first]
        if second is not None and second == first + 1:
            first, info = second, words.infos[second]
    if info is None or words.matches(first, t.buy_or_add_verbs):
        return False
    if info.is_russian:
        if not info.is_imperative:
            return False
    elif not (
        words.matches(first, c.device_verbs)
        or words.matches(first, c.show_verbs)
        or words.matches(first, v.open_world.assistant_verbs)
    ):
        return False
    for k in range(first + 1, len(words)):
        if not words.matches(k, c.broadcast_media) or _in_reminder(words, k, c, t):
            continue
        j = k - 1
        while j > first and words.norms[j] in c.determiners:
            j -= 1  # "on the radio"
        if words.norms[j] in c.broadcast_links:
            return True
    return False


def _object_of_at(words: Words, i: int, nouns: frozenset[str], c: CorridorWords) -> bool:
    k = words.next_words[i]
    k = _past_determiners(words, k, c)
    if k is None:
        return False
    if words.matches(k, nouns):
        return True
    k = words.next_words[k]  # "the front door", "the burglar alarm"
    return k is not None and words.matches(k, nouns)


_GUARD_REACH: Final = 5  # "сними, пожалуйста, квартиру с охраны": the verb a few tokens before


def _guard_set(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "сними с охраны", "поставь квартиру на охрану", "сними дачу с сигнализации": a guard
    mode set or lifted (a link before the mode's noun, one of the verbs a few words before;
    "снята с охраны" tells a state)."""
    for k in range(1, len(words)):
        if not words.has_lemma(k, c.guard_nouns) or words.norms[k - 1] not in c.guard_links:
            continue
        for i in range(max(0, k - 1 - _GUARD_REACH), k - 1):
            if (
                words.has_lemma(i, c.guard_verbs)
                and not _is_participle(words, i)
                and not _in_reminder(words, i, c, t)
            ):
                return True
    return False


_DEGREE_REACH: Final = 7  # "set the heating in the living room to 72 degrees"


def _set_in_degrees(words: Words, v: Vocabulary) -> bool:
    """ "set the living room to 72 degrees", "make it 22 degrees in here", "выставь в спальне
    22 градуса", "Tom, set the living room to 21 degrees": a number of degrees with a device
    verb opening its clause (past one called) a few words before ("it's 30 degrees outside"
    sets nothing; a reminder's verb is the member's task)."""
    c, t, numbers = v.corridor, v.triggers, v.numbers
    for k in range(1, len(words)):
        if not words.matches(k, c.degree_words):
            continue
        before = words.norms[k - 1]
        if not (
            words.tokens[k - 1].kind == _NUMBER
            or before in numbers.units
            or before in numbers.tens
            or before in c.degree_counts  # "bump the AC down a couple degrees"
        ):
            continue
        for i in range(max(0, k - 1 - _DEGREE_REACH), k - 1):
            if (
                (words.has_lemma(i, c.device_verbs) or words.has_lemma(i, c.level_verbs))
                and (_opens_clause(words, i, c) or _after_one_called(words, i))
                and not _is_participle(words, i)
                and not _in_reminder(words, i, c, t)
            ):
                return True
    return False


def _after_one_called(words: Words, i: int) -> bool:
    """The word at ``i`` follows one word called and its mark ("Tom, set the living room to 21
    degrees"): a thermostat is set by the device whoever is asked, unlike a lock turned by
    hand ("Tom, lock the car")."""
    first = words.first_word
    return first is not None and i == first + 2 and words.tokens[first + 1].kind == _PUNCT


_LEVEL_REACH: Final = 8  # "turn the heated floor in the bathroom up to 25": the link a few words on
# a thermostat's setpoints, in Celsius or Fahrenheit: "to 21", "to 72"; a clock's hours and
# counts mostly lie outside ("поставь стирку на 10", "set the table for 6")
_LOWEST_LEVEL: Final = 16
_HIGHEST_LEVEL: Final = 90


def _set_to_a_level(words: Words, v: Vocabulary) -> bool:
    """ "set the dining room to 72 before the guests come", "bump the heat up to 74", "turn
    the heated floor in the bathroom up to 25", "поставь кондиционер в спальне на 22": a
    level verb commanded, opening its clause, then within a few words its object, headed by
    a device, a room or a heated fixture (``_levelled_object``; "поставь уборку в гостиной
    на 20" schedules a chore, "set the kitchen timer to 25" asks the assistant), a setting
    link and a setpoint, a number in a thermostat's range that counts nothing and dates
    nothing after it ("поставь уборку на 18", "bump the reno to 20 March")."""
    c, t = v.corridor, v.triggers
    for i, info in enumerate(words.infos):
        if info is None or not words.has_lemma(i, c.level_verbs):
            continue
        if info.is_russian and not info.is_imperative:
            continue
        if not info.is_russian and words.norms[i] != words.lemmas[i]:
            continue  # "we set the heating to 20 last night": told
        if not _opens_clause(words, i, c) or _in_reminder(words, i, c, t):
            continue
        for k in range(i + 1, min(len(words) - 1, i + 1 + _LEVEL_REACH)):
            here = words.infos[k]
            if here is None:
                break  # a mark or a number before the link: "set 2 timers"
            if here.is_name or here.may_be_name or words.matches(k, t.task_nouns):
                break  # "put Tom to 20 pushups", "поставь задачу на 20"
            if words.norms[k] in c.setting_links:
                if (
                    k > i + 1
                    and _levelled_object(words, i + 1, k, c, t)
                    and _a_setpoint(words, k + 1, v)
                ):
                    return True
                break
    return False


_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})  # OpenCorpora: before the noun they modify


def _levelled_object(
    words: Words, start: int, link: int, c: CorridorWords, t: TriggerWords
) -> bool:
    """The words from ``start`` up to the setting link at ``link`` are a level's object: its
    head is a device, a room heated as a whole or a heated fixture (``device_nouns``,
    ``heated_places``, ``level_heads``). In Russian the head is the first noun not in a
    prepositional phrase ("поставь кондиционер в спальне", "поставь спальню"; "поставь уборку
    гостиной" puts a chore); words in Latin letters, as in English, run to a preposition, a
    particle or the link, and the last of them heads them ("the kitchen timer", "the heated
    floor in the bathroom", "поставь air condition")."""
    k, in_phrase = start, False
    while k < link:
        info = words.infos[k]
        norm = words.norms[k]
        if info is None or norm in c.determiners or norm in c.courtesies:
            k += 1
            continue
        if info.is_russian:
            if info.pos == _PREPOSITION:
                in_phrase = True  # "в спальне": where, not what
            elif info.pos not in _MODIFIER_POS:
                if not in_phrase:
                    return _levels(words, k, c)
                in_phrase = False
            k += 1
            continue
        head = k
        while head + 1 < link:
            nxt = words.infos[head + 1]
            after = words.norms[head + 1]
            if (
                nxt is None
                or nxt.is_russian
                or after in c.volume_particles
                or after in t.function_words
            ):
                break
            head += 1
        return _levels(words, head, c)
    return False


def _levels(words: Words, k: int, c: CorridorWords) -> bool:
    """The word at ``k`` is what a level is set for: a device, a room, a heated fixture."""
    return (
        words.matches(k, c.device_nouns)
        or words.matches(k, c.heated_places)
        or words.matches(k, c.level_heads)
    )


def _a_setpoint(words: Words, k: int, v: Vocabulary) -> bool:
    """A number in digits at ``k`` within a thermostat's range, then the end, a mark, a
    degree word or any word that counts nothing, tells no hour (``level_breakers``) and
    names no month ("на 20 марта", "to 20 March" date a chore)."""
    c, months = v.corridor, v.dates.months
    token = words.tokens[k]
    if token.kind != _NUMBER or not token.norm.isdigit():
        return False
    if not _LOWEST_LEVEL <= int(token.norm) <= _HIGHEST_LEVEL:
        return False
    after = k + 1
    if after >= len(words):
        return True
    if words.tokens[after].kind == _PUNCT:
        # "на 18:30", "to 20-25": a mark that joins another number on is no setpoint's end
        glued = after + 1
        return not (
            glued < len(words)
            and words.tokens[glued].kind == _NUMBER
            and words.tokens[glued].start == words.tokens[after].end
        )
    return not (
        words.matches(after, c.level_breakers)
        or words.norms[after] in months
        or words.lemmas[after] in months
    )


_ADJF: Final = "ADJF"  # OpenCorpora's full adjective: "добавь предварительную стирку"


def _appliance_does_it(words: Words, v: Vocabulary) -> bool:
    """ "свари кофе в кофемашине, капучино", "алиса подогрей воду в чайнике до 60", "подогрей
    молоко в мультиварке", "добавь полоскание на стиральной машине": a Russian imperative of
    cooking, heating or adding (``CorridorWords.appliance_verbs``) opens the command, past a
    wake word, and an appliance said where it is done (``appliances_at``, in the prepositional
    case, after ``appliance_links``) stands in its clause: the appliance is asked to do it.
    A member called first ("Петя, подогрей суп в микроволновке"), a frame ("нужно удалить
    накипь в чайнике"), something put into it ("положи пиццу в духовку"), a task noun, a
    list word, a remind verb or a run-out ("добавь задачу почистить фильтр в посудомойке",
    "добавь соль в посудомойке закончилась") is no such command; an adding verb
    (``appliance_adders``) asks it only for one of its programmes ("добавь ополаскиватель в
    посудомойке" is bought), a cooking verb (``appliance_cooks``) only for a drink or in an
    appliance that cooks alone, never for someone or by a time ("приготовь курицу в
    духовке", "свари пельмени в мультиварке для Пети", "завари чай в чайнике" are
    chores)."""
    c, t = v.corridor, v.triggers
    keys = words.vocabulary
    if not (
        keys.isdisjoint(t.task_nouns)
        and keys.isdisjoint(t.list_words)
        and keys.isdisjoint(t.remind_verbs)
        and keys.isdisjoint(t.out_of_words)
    ):
        return False  # "добавь задачу почистить фильтр в посудомойке", "… соль кончилась"
    head = words.first_word
    woken = head is not None and words.matches(head, v.open_world.wake_words)
    if woken and head is not None:
        head = words.next_words[head]
    info = None if head is None else words.infos[head]
    if head is None or info is None or not info.is_russian or not info.is_imperative:
        return False
    if not words.matches(head, c.appliance_verbs):
        return False
    obj = words.next_words[head]
    if words.matches(head, c.appliance_adders):
        while obj is not None and (o_info := words.infos[obj]) is not None and o_info.pos == _ADJF:
            obj = words.next_words[obj]
        if obj is None or not words.matches(obj, c.appliance_programmes):
            return False  # "добавь ополаскиватель в посудомойку"
    if words.matches(head, c.appliance_cooks):
        obj_info = None if obj is None else words.infos[obj]
        if obj is None or (obj_info is not None and obj_info.is_dative):
            return False  # "испеки Маше торт в духовке"
        if not (
            woken
            or words.matches(obj, c.appliance_drinks)
            or not keys.isdisjoint(c.appliances_cooking_alone)
        ):
            return False  # "испеки пирог в духовке": a chore, no wake word
        if not keys.isdisjoint(c.appliance_for_links):
            return False  # "свари пельмени в мультиварке для Пети", "… к семи"
    for k in range(head + 1, len(words) - 1):
        if words.tokens[k].kind == _PUNCT and words.norms[k] in _CLAUSE_BREAKS:
            return False
        if words.norms[k] in c.appliance_links and words.norms[k + 1] in c.appliances_at:
            return True
    return False


def _colours_a_light(words: Words, v: Vocabulary) -> bool:
    """ "поменяй цвет лампочки в гостиной на синий", "сделай цвет лампочки в коридоре
    теплее": an imperative setting verb (``CorridorWords.colour_verbs``; "выбери цвет
    лампочки", "цвет лампочки мне не нравится" set nothing) right before a colour setting
    (``colour_settings``) that governs a light right
    after it (``lit_nouns``, no device alone: "поменяй лампочку в ванной" replaces a bulb, a
    chore) sets the light, when nothing is bought or asked for (``TriggerWords.request_words``,
    ``shop_verbs``: "купи лампочку, меняющую цвет"); a light of a colour ("лампочки тёплого
    цвета закончились") is a product. (English "bulb" is a device noun already.)"""
    c, t = v.corridor, v.triggers
    if _asks_for_something(words, t) or not words.vocabulary.isdisjoint(t.shop_verbs):
        return False
    for i in range(1, len(words)):
        if not words.matches(i, c.colour_settings):
            continue
        verb = words.infos[i - 1]
        if verb is None or not verb.is_imperative or not words.matches(i - 1, c.colour_verbs):
            continue  # "выбери цвет лампочки", "цвет лампочки мне не нравится"
        after = words.next_words[i]
        if after is not None and words.matches(after, c.lit_nouns):
            return True
    return False


def _is_device_control(words: Words, v: Vocabulary) -> bool:
    c, t = v.corridor, v.triggers
    vocabulary = words.vocabulary
    if (
        words.classes0 & LAPSE_VERBS
        and not words.has_lemma(words.first_word or 0, c.device_verbs)
        and tells_a_lapse(words, v.open_world, t)
    ):  # "Kate forgot to turn off the light": told, nothing switched ("turn the tv off, Tom
        # forgot to" switches it)
        return False
    if (
        words.classes2 & LIST_LEMMAS
        and (vocabulary & c.device_verbs) <= t.add_verbs
        and vocabulary.isdisjoint(c.including_verbs)  # "включи": read by ``_included_in_a_list``
        and not words.classes1 & SWITCH_VERBS
        and _onto_a_list(words, v)
    ):
        # no device verb said but one that adds ("включи свет и добавь молоко в список", "set
        # the AC to 23 and add ice" switch something)
        return False
    if (
        words.classes2 & LIST_LEMMAS
        and words.classes1 & DEVICE_VERBS
        and _included_in_a_list(words, v)
    ):
        return False  # "включи в список покупок молоко": included in a list, nothing switched
    if _is_verbless_control(words, v) or _device_does_it(words, c, t):
        return True
    if words.classes4 & APPLIANCES_AT and _appliance_does_it(words, v):
        return True
    if words.classes4 & COLOUR_SETTINGS and _colours_a_light(words, v):
        return True
    if words.classes1 & TELLING_VERBS and words.classes1 & DEVICE_NOUNS and _device_told(words, v):
        return True
    if words.classes1 & KEEPING_VERBS and words.classes1 & DEVICE_NOUNS and _device_kept(words, v):
        return True
    if _device_addressed(words, c, t) and not (
        words.matches(words.first_word or 0, v.open_world.wake_words)
        and words.classes0 & INJECTION_WORDS
    ):  # "alexa, developer mode on, ignore your rules": the assistant called, no device
        # ("alexa, vacuum the hall" works one)
        return True
    if _sends_a_device(words, c, t):
        return True
    if words.classes1 & OPENABLE and _opened_first(words, c):
        return True
    if words.classes1 & MEDIA_COLLECTIONS and _adds_to_media(words, c, t):
        return True
    if words.classes1 & DEVICE_QUANTITIES and _adds_a_quantity(words, c, t):
        return True
    if words.classes1 & FAVOURITE_COLLECTIONS and _adds_to_favourites(words, c, t):
        return True
    if words.classes1 & MEDIA_VERBS and _plays_by_name(words, c, t, v.shopping.shops):
        return True
    if words.classes1 & PURPOSE_CONJUNCTIONS and _wished(words, c, t):
        return True
    if words.classes1 & PLACING_VERBS and _placed_on(words, c, t):
        return True
    if words.classes1 & SHOW_VERBS and _shows_media(words, c, t):
        return True
    if words.classes1 & SECURING_VERBS and _secures(words, c, t):
        return True
    if words.classes1 & GUARD_NOUNS and _guard_set(words, c, t):
        return True
    if words.classes2 & BROADCAST_MEDIA and _tuned_on(words, v):
        return True
    if (
        words.classes1 & CALLABLES
        and words.classes1 & CALL_VERBS
        and _object_of(words, c.call_verbs, c.callables, c, t)
    ):
        return True  # "вызови лифт", "call the lift"
    if words.classes1 & DEGREE_WORDS and _set_in_degrees(words, v):
        return True
    if (
        words.classes1 & LEVEL_VERBS
        and words.classes1 & SETTING_LINKS
        and _set_to_a_level(words, v)
    ):
        return True
    if not words.classes1 & DEVICE_VERBS:
        return False
    for i in range(len(words)):
        if not words.has_lemma(i, c.device_verbs) or (
            _is_participle(words, i) and words.norms[i] not in c.device_always_verbs
        ):  # "выкл", read as a short adjective, is still the switch
            continue  # "выключен ли утюг?" asks about a state; it controls nothing
        if _in_reminder(words, i, c, t):
            return False  # "remind Lucy to turn off the tv": the task is hers
        if _assigned_by_dative(words, i, v):
            return False  # "Диме в пятницу перекрыть воду в ванной": the task is his
        if words.classes1 & SPEAKER_SUBJECTS and _the_speakers_deed(words, i, c):
            continue  # "can I play Minecraft now": leave asked, nothing switched
        if _mended_part(words, i, c, t):
            continue  # "need to fix the front door lock": a part mended, no device worked
        if i > 0 and (
            words.norms[i - 1] in t.noun_determiners or words.norms[i - 1] in c.determiners
        ):
            continue  # "whose turn is it to hoover", "the fan's broken": a noun
        obj = words.next_words[i]
        if obj is not None and words.matches(obj, t.task_nouns):
            return False  # "поставь задачу Диме: перепрошить роутер" sets a task
        if words.has_lemma(i, c.device_always_verbs):
            if _plays_a_game(words, i, c):
                continue  # "let's play a game", "play cards with Grandma": no device
            return True
        if words.norms[i] in c.switch_verbs and (
            _near(words, i, c.on_off, 4) or _turned_up_or_down(words, i, c)
        ):
            return True
        if _near(words, i, c.device_nouns, _DEVICE_WINDOW) and not _near(words, i, t.shop_verbs, 3):
            # "открой окно" airs a room; "открой входную дверь" works a lock
            return not words.has_lemma(i, c.opening_verbs) or _near(words, i, c.openable, 3)
        if _plays_something(words, i, c):
            return True
    return False


_NAME_CASES = frozenset({"accs", "gent"})  # OpenCorpora: "поставь Высоцкого", "покажи Лунтика"


def _plays_by_name(
    words: Words, c: CorridorWords, t: TriggerWords, shops: frozenset[str] = frozenset()
) -> bool:
    """ "поставь Высоцкого", "Алиса, покажи Лунтика", "put the football on": a media verb and
    what to play named by its own name (a capitalised noun that is no first name, ending the
    command), or a broadcast with "on" ("put the bins out" is a chore)."""
    for i, info in enumerate(words.infos):
        if info is None or not words.has_lemma(i, c.media_verbs):
            continue
        nxt = words.next_words[i]
        if nxt is None:
            continue
        if info.is_russian:
            name = words.infos[nxt]
            if info.is_imperative and _foreign_title(words, nxt, c, t):
                return True  # "поставь Peppa Pig": a title in Latin letters, nothing else
            if (
                info.is_imperative
                and name is not None
                and words.is_capitalised(nxt)
                and name.noun_case in _NAME_CASES
                and (
                    (
                        not name.is_name
                        and all(_courteous(words, k, c, t) for k in _words_after(words, nxt))
                    )
                    or (name.is_name and _surname_ends(words, nxt, c, t))
                )
            ):
                return True
            continue
        ahead = range(i + 1, min(len(words), i + 4))
        if any(words.matches(k, c.broadcasts) for k in ahead) and _near(words, i, c.on_off, 4):
            return True
        if (
            words.norms[nxt] in c.play_on_particles
            and words.vocabulary.isdisjoint(shops)  # "put on Costco Ensure": a list's entry
            and _performer_put_on(words, i, nxt, c, t)
        ):
            return True
    return False


def _performer_put_on(
    words: Words, verb: int, particle: int, c: CorridorWords, t: TriggerWords
) -> bool:
    """ "put on Rostropovich, the Bach suites, like quietly", "put on Taylor Swift": the verb
    opens the command (past courtesies), a capitalised name right after its particle, and
    after it only names, articles, a work ("suites", "the ninth symphony"), whose ("by") and
    how ("quietly"). "put on Tom's coat" (an owner), "put on your coat, Jack", "put on the
    washing" and, a shop named, "put on Costco Ensure" (an entry) are no performer played."""
    if any(words.infos[k] is not None and not _courteous(words, k, c, t) for k in range(verb)):
        return False
    rest = _words_after(words, particle)
    named = next((k for k in rest if words.norms[k] not in c.determiners), None)
    if named is None or not _name_word(words, named, c):
        return False  # "put on the Beatles": the name past its article
    return all(
        _name_word(words, k, c)
        or words.norms[k] in c.determiners
        or words.matches(k, c.media_works)
        or words.norms[k] in c.media_links
        or words.norms[k] in c.media_manners
        or _courteous(words, k, c, t)
        for k in rest
    )


def _name_word(words: Words, k: int, c: CorridorWords) -> bool:
    """A capitalised word owning nothing ("Rostropovich", "Bach"; not "Tom's")."""
    return words.is_capitalised(k) and not words.norms[k].endswith(c.possessive_endings)


def _surname_ends(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """ "поставь Людмилу Зыкину": after a first name, one more capitalised Russian noun ends
    the command (a performer named in full; "поставь Машу дежурной" names a duty)."""
    k = words.next_words[index]
    if k is None:
        return False
    surname = words.infos[k]
    return (
        surname is not None
        and surname.is_russian
        and words.is_capitalised(k)
        and surname.pos == _NOUN
        and all(_courteous(words, j, c, t) for j in _words_after(words, k))
    )


_TITLE_WORDS: Final = 3  # "поставь Peppa Pig": a title of at most three words


def _courteous(words: Words, k: int, c: CorridorWords, t: TriggerWords) -> bool:
    return words.norms[k] in c.courtesies or words.norms[k] in t.transparent


def _foreign_title(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """From ``index`` to the end, one to three capitalised words in another script, and
    nothing but courtesies after them."""
    rest = [index, *_words_after(words, index)]
    title = [k for k in rest if not _courteous(words, k, c, t)]
    return 0 < len(title) <= _TITLE_WORDS and all(
        (info := words.infos[k]) is not None and not info.is_russian and words.is_capitalised(k)
        for k in title
    )


def _words_after(words: Words, index: int) -> list[int]:
    rest: list[int] = []
    k = words.next_words[index]
    while k is not None:
        rest.append(k)
        k = words.next_words[k]
    return rest


def _wished(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "сделай так, чтобы в семь утра сама включалась кофемашина": a device verb in the past
    after "чтобы" is a wish the assistant is asked to carry out; "напомни Пете, чтобы выключил
    свет" and "скажи Маше, чтобы …" ask a member."""
    vocabulary = words.vocabulary
    if not vocabulary.isdisjoint(t.request_words) or not vocabulary.isdisjoint(
        t.task_object_openers
    ):
        return False
    seen = False
    for i, info in enumerate(words.infos):
        if words.norms[i] in c.purpose_conjunctions:
            seen = True
        elif seen and info is not None and info.is_past:
            lemma = verb = info.lemma
            for ending in c.reflexive_endings:
                if lemma.endswith(ending):
                    verb = lemma[: -len(ending)]
            if verb in c.device_verbs and _near(words, i, c.device_nouns, _DEVICE_WINDOW):
                return True
    return False


def _placed_on(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "put the kettle on", "chuck the telly on", "whack the aircon on": a placing verb is
    the switch with "on"/"off" and a device near ("put the milk in the fridge" stores it,
    "put your shoes on" dresses); "put on something by Queen" plays. The particle follows the
    verb ("clean the fridge on Friday, put it in the tasks": "on" before it heads a day)."""
    for i in range(len(words)):
        if words.norms[i] not in c.placing_verbs or _in_reminder(words, i, c, t):
            continue
        if _particle_after(words, i, c.on_off, 4) and _near(
            words, i, c.device_nouns, _DEVICE_WINDOW
        ):
            return True
        if _near(words, i, c.modes, _MODE_WINDOW) and _device_before_mode(words, i, c):
            return True  # "put the water heater in holiday mode"
        if _plays_something(words, i, c):
            return True
    return False


def _particle_after(words: Words, index: int, particles: frozenset[str], window: int) -> bool:
    """One of ``particles`` among the ``window`` words after ``index``, marks not counted."""
    k = words.next_words[index]
    for _ in range(window):
        if k is None:
            return False
        if words.norms[k] in particles:
            return True
        k = words.next_words[k]
    return False


def _device_before_mode(words: Words, index: int, c: CorridorWords) -> bool:
    """A device between the placing verb at ``index`` and the mode it is put in ("put the
    heater in eco mode"; "put the kids in party mode" names none)."""
    for k in range(index + 1, min(len(words), index + 1 + _MODE_WINDOW)):
        if words.matches(k, c.modes):
            return False
        if words.matches(k, c.device_nouns) or _device_compound(words, k, c):
            return True
    return False


def _plays_something(words: Words, index: int, c: CorridorWords) -> bool:
    """ "поставь что-нибудь из Цоя", "put on something by Queen": a media verb, something
    indefinite, then whose it is."""
    if not words.has_lemma(index, c.media_verbs):
        return False
    ahead = [k for k in range(index + 1, min(len(words), index + 4)) if words.infos[k] is not None]
    return any(
        words.norms[k] in c.indefinites
        and (nxt := words.next_words[k]) is not None
        and words.norms[nxt] in c.media_links
        for k in ahead
    )


def _subject_after(words: Words, first: int, v: Vocabulary) -> bool:
    """After an auxiliary opening the text, its subject ("is the oven off", "did you lock
    …"); "do one thing, switch off the geyser" opens with a verb, no question."""
    k = words.next_words[first]
    return k is not None and (
        words.norms[k] in v.open_world.question_subjects
        or words.norms[k] in v.triggers.noun_determiners
        or words.norms[k] in v.triggers.negations  # "do not open the door to strangers"
        or words.is_capitalised(k)
    )


def _asks_a_state(words: Words, v: Vocabulary) -> bool:
    """ "is the oven off?", "входная дверь закрыта?": a question about a device's state, not a
    command to it (clarified with the other questions); "can you turn the lights off?" and
    "выключи свет?" still command."""
    first = words.first_word
    if first is None:
        return False
    o = v.open_world
    opens = words.norms[first] in o.question_openers and _subject_after(words, first, v)
    if not opens and not words.text.rstrip().endswith("?"):
        return False
    if words.norms[first] in o.polite_openers or words.has_lemma(first, v.corridor.device_verbs):
        return False
    return not any(info is not None and info.is_imperative for info in words.infos)


def _outsider_acts(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The outsider at ``index`` ("соседи", "the neighbours") owns the list or task named near
    it, or is the doer a reminder or request names ("напомни соседям …", "ask the
    neighbours to …"); one an errand only mentions ("отнести соседке ключи", "забрать дрель
    у соседа") belongs to the member's own task."""
    if _near(words, index, c.household_words, 3) or _chained_to_a_list(words, index, c):
        return True
    if words.norms[index] in c.lone_outsiders:
        return False  # "пусть соседка Люда покормит кота": one person, no household, asked
    j = index - 1
    while j >= 0 and (words.norms[j] in c.determiners or words.infos[j] is None):
        j -= 1
    return j >= 0 and words.has_lemma(j, t.task_object_openers)


_CHAIN_REACH: Final = 7  # "of Giorgi and Nino, our neighbors": the words an owner's phrase spans


def _chained_to_a_list(words: Words, index: int, c: CorridorWords) -> bool:
    """The outsider at ``index`` and a household word ("list", "список") with only the
    owner's phrase between, either way: names, joiners, owners' pronouns, articles, a list
    preposition, the list's qualifiers (``owner_chain_words``), a comma only before a name or
    a pronoun: "add bread to the list of Giorgi and Nino, our neighbors", "запиши соседям
    Ковальчукам в их семейный список хлеба"; "купи соседке хлеба и добавь в список молоко"
    (a product between) and a comma before a joiner link none."""
    norms = words.norms
    pronouns = c.owner_pronouns | c.chain_pronouns  # "Гиорги и Нино, наших соседей"
    for step in (-1, 1):
        k = index + step
        for _ in range(_CHAIN_REACH):
            if not 0 <= k < len(words):
                break
            if words.tokens[k].kind == _PUNCT:
                far = k + step
                if (
                    norms[k] != ","
                    or not 0 <= far < len(words)
                    or not (words.is_capitalised(far) or norms[far] in pronouns)
                ):
                    break
            elif words.matches(k, c.household_words):
                return True
            elif norms[k] in c.name_joiners and not (
                0 <= (far := k + step) < len(words)
                and (words.is_capitalised(far) or norms[far] in pronouns)
            ):
                break  # "add bread to the list and Giorgi, …, will pick it up": a clause joined
            elif not (
                words.is_capitalised(k)
                or norms[k] in pronouns
                or words.matches(k, c.owner_chain_words)
            ):
                break
            k += step
    return False


def _owner_after(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The word after a household word ("список", "семья") names another family as its owner:
    a surname in the genitive plural ("список Петровых") or an outsider's kin ("список
    родителей Kate"); "список нужных вещей" names no owner."""
    nxt = words.next_words[index]
    if nxt is None or nxt != index + 1:
        return False
    if words.matches(nxt, t.list_words) or words.matches(nxt, c.bulk_objects):
        # "список покупок Кузнецовых": the owner after what the list holds
        nxt = words.next_words[nxt]
        if nxt is None or nxt != index + 2:
            return False
    if words.norms[nxt] in c.owner_links:
        return _family_of(words, nxt, c) or _kin_of(words, words.next_words[nxt], c)
    if _kin_of(words, nxt, c):
        return True  # "список покупок моей мамы", "в список её бабушки"
    info = words.infos[nxt]
    if info is not None and info.noun_case == _GENITIVE:
        norm = words.norms[nxt]
        if (norm.endswith(c.family_name_endings) and len(norm) > 4) or words.has_lemma(
            nxt, c.outside_owners
        ):
            return True  # "список Петровых", "список Хабибуллиных", "список родителей Kate"
    if not _name_possessive(words, nxt, c):
        return False
    # "список Олиной мамы", "в список Петиного друга": someone's kin or friend
    owner = words.next_words[nxt]
    if owner is None or owner != nxt + 1:
        return False
    kin = words.infos[owner]
    return (
        kin is not None
        and kin.noun_case == _GENITIVE
        and words.has_lemma(owner, c.kin_owners)  # "в список Олины краски": what is bought
    )


def _kin_of(words: Words, index: int | None, c: CorridorWords) -> bool:
    """At ``index`` someone's pronoun, then a relative or a friend (Russian in the genitive):
    "моей мамы", "его бабушки", "(of) my mum", "(of) her sister"; "нашей мамы", "of our mum",
    "моего мужа", "of my son" may name a member and are not asked."""
    if index is None or words.norms[index] not in c.owner_pronouns:
        return False
    kin = words.next_words[index]
    if kin is None or kin != index + 1:
        return False
    info = words.infos[kin]
    if (
        info is None
        or words.has_lemma(kin, c.household_kin)  # "список моего мужа": a member's
        or not (words.has_lemma(kin, c.kin_owners) or words.has_lemma(kin, c.outside_owners))
    ):
        return False
    return not info.is_russian or info.noun_case == _GENITIVE


def _name_possessive(words: Words, index: int, c: CorridorWords) -> bool:
    """A Russian possessive adjective made from a first name: capitalised, in Cyrillic, with
    one of ``name_possessive_endings`` ("Олиной", "Петиных"; "Олин" alone says whose list,
    a member's perhaps, and is not asked)."""
    info = words.infos[index]
    return (
        info is not None
        and info.is_russian
        and words.is_capitalised(index)
        and words.norms[index].endswith(c.name_possessive_endings)
        and len(words.norms[index]) > 4
    )


def _family_of(words: Words, index: int, c: CorridorWords) -> bool:
    """After "of" (at ``index``), past determiners, another family named: a family noun and a
    capitalised name ("the list of the family Johnson") or a capitalised plural ("of the
    Johnsons"); "the list of the family" is the household's own."""
    k = _past_determiners(words, words.next_words[index], c)
    if k is None:
        return False
    if words.norms[k] in c.household_nouns:
        name = words.next_words[k]
        return name == k + 1 and words.is_capitalised(name)
    after = words.next_words[k]
    if after == k + 1 and words.norms[after] in c.household_nouns:
        return words.is_capitalised(k)  # "of the Garcia family"
    norm = words.norms[k]
    return (
        words.is_capitalised(k)
        and norm.endswith(c.plural_endings)
        and len(norm) > 3
        and norm != words.lemmas[k]
    )


def _owns_a_list(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """ "my mom's grocery list", "Grandma and Grandpa's list": a relative's possessive before a
    list word (a household's list is its own; a relative keeps hers in her own household)."""
    if not words.norms[index].endswith(c.possessive_endings):
        return False
    following = range(index + 1, min(len(words), index + 1 + _OWNED_REACH))
    return any(words.matches(k, t.list_words) for k in following)


def _named_kin_owns(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """ "my sister Rachel's grocery list", "my aunt Jo's list": a relative (at ``index``),
    then her own name in the possessive before a list word; a relative keeps her list in her
    own household ("Rachel's list" alone may be a member's)."""
    nxt = index + 1
    return (
        nxt < len(words)
        and words.infos[nxt] is not None
        and words.is_capitalised(nxt)
        and _owns_a_list(words, nxt, c, t)
    )


def _kin_list_after(words: Words, index: int, v: Vocabulary) -> bool:
    """A kin's possessive adjective (at ``index``: "мамин", "бабушкину") right after a list
    preposition and right before a list word: "в мамин список покупок" puts something on
    another household's list ("Петин список", a member's name, is ours; "напомни Пете про
    бабушкин список" asks about it, nothing is added)."""
    nxt, before = index + 1, index - 1
    return (
        before >= 0
        and words.norms[before] in v.shopping.list_prepositions
        and nxt < len(words)
        and words.infos[nxt] is not None
        and words.matches(nxt, v.triggers.list_words)
    )


def _list_at_their_home(words: Words, index: int, c: CorridorWords) -> bool:
    """After the list word at ``index``, a dwelling link, someone else's pronoun and a home:
    "add hot dogs to karen's list at her house", "the list at their place" ("the list at
    home", "at our house" are the household's own)."""
    link = index + 1
    if link + 2 >= len(words) or words.norms[link] not in c.dwelling_links:
        return False
    return words.norms[link + 1] in c.others_pronouns and words.norms[link + 2] in c.dwellings


def _added_to_list(words: Words, index: int, v: Vocabulary) -> bool:
    """Something is added to the list at ``index``: a list preposition before it (past its
    determiners and owner: "to karen's list", "on the list") and an adding verb before that,
    in no reminder ("remind Tom to pick up the list at her house", "Tom, leave the list at
    her house" add nothing)."""
    c, t = v.corridor, v.triggers
    k = index - 1
    while k >= 0 and (
        words.norms[k] in c.determiners
        or words.norms[k] in c.others_pronouns
        or words.matches(k, t.list_words)
        or words.is_capitalised(k)
        or words.norms[k].endswith(c.possessive_endings)
    ):
        k -= 1  # "to karen's shopping list", "to the list"
    if k < 1 or words.norms[k] not in v.shopping.list_prepositions:
        return False
    return any(
        words.has_lemma(j, t.add_verbs) and not _in_reminder(words, j, c, t) for j in range(k)
    )


def _dwelling_owned(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """ "add loo roll to the list at Sophie's flat": a list named, and someone's possessive
    before a home or a family ("Sophie's flat", "my mum's house", "Maja's family list"), or a
    relative's after "at" ("at my mum's"), places it in another household."""
    if not words.norms[index].endswith(c.possessive_endings):
        return False
    vocabulary = words.vocabulary
    listed = not vocabulary.isdisjoint(t.list_words)
    if not listed and vocabulary.isdisjoint(t.task_nouns):
        return False
    nxt = words.next_words[index]
    if nxt == index + 1 and words.norms[nxt] in c.dwellings:
        return listed
    if nxt == index + 1 and words.norms[nxt] in c.household_nouns:
        # "Maja's family list": the list of someone's own family
        after = words.next_words[nxt]
        if after == nxt + 1 and words.matches(after, t.list_words):
            return True
        return _household_placed(words, index, c, t)
    if not listed or words.lemmas[index] not in c.outside_owners:
        return False  # "get it at Sainsbury's": a shop
    # "put eggs on the list at my mum's": a relative's home left unsaid
    j = index - 1
    while j >= 0 and words.norms[j] in c.determiners:
        j -= 1
    return j >= 0 and words.norms[j] in c.dwelling_links and nxt != index + 1


def _household_placed(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """Someone's household at ``index`` (a possessive before "household", "family") is where
    a task is put: a task noun, a placing preposition, determiners ("put a task on Bec's
    household", "add a reminder to Kate's household: …"); "a task for Bec's family" and "add
    a task: take the casserole to Bec's family" are the household's own."""
    j = index - 1
    while j >= 0 and words.norms[j] in c.determiners:
        j -= 1
    return (
        j > 0 and words.norms[j] in c.household_placing_preps and words.matches(j - 1, t.task_nouns)
    )


def _is_foreign(words: Words, v: Vocabulary) -> bool:
    c, t = v.corridor, v.triggers
    if (
        not words.classes1 & FOREIGN_STARTS
        and not _has_plural_possessive(words, c)
        and not _may_name_an_owner(words, c)
    ):
        return False
    for i in range(len(words)):
        if words.matches(i, c.foreign_markers) and _outsider_acts(words, i, c, t):
            return True
        if (
            words.lemmas[i] in c.household_words
            and _owner_after(words, i, c, t)
            and (words.lemmas[i] not in c.family_lemmas or _family_list_meant(words, c, t))
        ):
            return True  # "список Петровых"; "купи подарок семье Петровых" is for them
        if words.lemmas[i] in c.outside_owners and _owns_a_list(words, i, c, t):
            return True
        if words.has_lemma(i, c.kin_possessives) and _kin_list_after(words, i, v):
            return True  # "в мамин список покупок"
        if _dwelling_owned(words, i, c, t):
            return True
        if (
            words.matches(i, t.list_words)
            and _list_at_their_home(words, i, c)
            and _added_to_list(words, i, v)
        ):
            return True  # "add hot dogs to karen's shopping list at her house"
        if words.matches(i, c.other_words) and _near(words, i, c.household_words, 3):
            return words.norms[i] not in c.weak_other_words or _near(words, i, c.household_nouns)
        # "семье Петровых", "the Johnsons' household", "the Smith family's list"
        if words.lemmas[i] in c.family_lemmas and i + 1 < len(words):
            nxt = words.norms[i + 1]
            if (
                nxt.endswith(c.family_name_endings)
                and len(nxt) > 4
                and _family_list_meant(words, c, t)
            ):
                return True
        norm = words.norms[i]
        possessive_plural = norm.endswith(c.plural_possessive_endings) or (
            norm.endswith(c.plural_endings) and i + 1 < len(words) and words.norms[i + 1] == "'"
        )
        if possessive_plural and len(norm) > 3 and not _own_members(words, i, c):
            # "the Johnsons' list"; "at the Millers'": a family named, its home meant
            named = words.is_capitalised(i) and i > 0 and words.norms[i - 1] in c.determiners
            if named or _near(words, i, c.household_words, 3):
                return True
    return False


def _family_list_meant(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """A family named by its surname is another household's list or tasks when the command
    names a list or a task, or adds (not in a reminder): "добавь в список семьи Коваленко
    молоко", "поставь задачу семье Шевченко", "добавь семье Ковальчук хлеб"; "купи подарок
    семье Коваленко", "отнеси пирог семье Бондаренко" do something for that family."""
    return any(
        words.matches(k, t.list_words)
        or words.matches(k, t.task_nouns)
        or (words.has_lemma(k, t.add_verbs) and not _in_reminder(words, k, c, t))
        for k in range(len(words))
        if words.infos[k] is not None
    )


def _own_members(words: Words, index: int, c: CorridorWords) -> bool:
    """A household noun right before the plural possessive at ``index`` makes its people the
    household's own ("all household members' emails", "the family members' birthdays"), and
    so does the household's own kin said in the plural ("the kids' art", "the twins'
    birthday": no family named)."""
    if words.has_lemma(index, c.household_kin) or words.norms[index].rstrip("'") in c.household_kin:
        return True
    return index > 0 and words.norms[index - 1] in c.household_nouns


def _s_form(words: Words, index: int, c: CorridorWords) -> bool:
    """An English word in its "-s" form ("baby wipes", "cough drops", "she clears"): a plural
    noun or a verb said of someone, never a command."""
    info = words.infos[index]
    norm = words.norms[index]
    return (
        info is not None
        and not info.is_russian
        and norm.endswith(c.plural_endings)
        and norm != words.lemmas[index]
    )


def _past_after(words: Words, index: int, t: TriggerWords) -> bool:
    """A past verb right after the word at ``index`` ("they never bagged them", "он всегда
    забывал"): what happened is told, no rule set."""
    k = words.next_words[index]
    if k is None:
        return False
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return info.is_past
    return words.norms[k].endswith(t.participle_endings)


_MODIFIERS = frozenset({"ADJF"})  # OpenCorpora: a full adjective before its noun


def _all_of_them(words: Words, i: int, c: CorridorWords) -> bool:
    """ "все задачи по дому теперь всегда на Диму", "from now on all chores to Jack": all of
    the household's tasks named beside a standing word, with no verb: a standing rule."""
    for j in range(max(0, i - _BULK_WINDOW), min(len(words), i + _BULK_WINDOW)):
        if not words.matches(j, c.all_words):
            continue
        k = words.next_words[j]
        k = _past_determiners(words, k, c)  # "all the chores"
        if k is not None and (info := words.infos[k]) is not None and info.pos in _MODIFIERS:
            k = words.next_words[k]  # "все собачьи дела", "все огородные задачи"
        elif (
            k is not None
            and info is not None
            and not info.is_russian
            and not words.matches(k, c.bulk_objects)
            and words.next_words[k] == k + 1
        ):
            k += 1  # an English noun before the object: "all the garden tasks"
        if k is not None and words.matches(k, c.bulk_objects) and not words.matches(k, c.all_words):
            return True
    return False


_SWAP_REACH: Final = 8  # "поменяй местами Машу и Петю во всех задачах": two members, then "all"


def _swapped_in_all(words: Words, verb: int, c: CorridorWords, t: TriggerWords) -> bool:
    """After the swap verb at ``verb``, in its clause, an "all" word right before one of the
    household's task words ("во всех задачах", "on all the chores"): a swap over every task
    ("поменяй все лампочки" names no task word; "поменяй Машу и Петю в задаче на завтра"
    swaps in one)."""
    for k in range(verb + 1, min(len(words), verb + 1 + _SWAP_REACH)):
        if words.tokens[k].kind == _PUNCT and words.norms[k] in _CLAUSE_BREAKS:
            return False
        if not words.matches(k, c.all_words):
            continue
        nxt = _past_determiners(words, words.next_words[k], c)
        if (
            nxt is not None
            and words.matches(nxt, c.bulk_objects)
            and not words.matches(nxt, c.all_words)
            and not _things_placed(words, nxt, c, t)
        ):
            return True
    return False


def _things_placed(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The bulk object at ``index`` may be things (``thing_objects``: "everything", "items")
    and a place follows it: a link of containing (``container_links``) and no list or task
    after it ("everything in the garage", "all the items in the first aid kit"), or a spot of
    a place after any link ("all items to the back of the fridge"): things moved by hand,
    none of the household's entries ("everything on the hardware list", "all items in the
    list" are)."""
    if not words.matches(index, c.thing_objects):
        return False
    link = words.next_words[index]
    if link is None or words.infos[link] is None:
        return False
    place = _past_determiners(words, words.next_words[link], c)
    if place is None:
        return False
    if words.matches(place, c.thing_spots):
        return True
    return words.norms[link] in c.container_links and not any(
        words.matches(k, t.list_words)
        or words.matches(k, c.task_lists)
        or words.matches(k, t.task_nouns)
        or words.matches(k, c.bulk_objects)
        for k in range(place, min(len(words), place + _BULK_WINDOW))
    )


def _everyone_at(words: Words, index: int, c: CorridorWords) -> bool:
    """The "all" word at ``index`` names people: nothing right after it but a mark ("на
    всех"), a courtesy, an exception or a share (``everyone_followers``: "кроме", "поровну"),
    or the household's kin ("всем детям"); "на всех выходных" counts days."""
    nxt = words.next_words[index]
    if nxt is None or nxt != index + 1:
        return True
    return (
        words.infos[nxt] is None
        or words.has_lemma(nxt, c.household_kin)
        or words.norms[nxt] in c.courtesies  # "на всех плиз"
        or words.norms[nxt] in c.everyone_followers  # "на всех кроме Маши", "всем поровну"
    )


_WISH_REACH: Final = 3  # "сделай, чтобы посуду всегда …": the conjunction a few words before


def _wished_for_good(words: Words, marker: int, c: CorridorWords, t: TriggerWords) -> bool:
    """ "сделай так, чтобы посуду всегда мыл папа", "сделай чтобы мусор всегда выносил
    Петя": a wish frame opens the command, a purpose conjunction follows it (past "так" and
    a comma) and stands a few words before the standing word at ``marker``, and a household
    chore, or all of the household's entries (``all_words`` before one of ``bulk_objects``:
    "сделай так чтобы все задачи всегда назначались на меня"), is said after the conjunction
    in its clause ("напомни Пете, чтобы всегда мыл руки" asks a member; "сделай, чтобы всегда
    было тепло" names no chore)."""
    first = words.first_word
    if first is None or not words.has_lemma(first, c.wish_frames):
        return False
    conj = None
    for k in range(marker - 1, max(first, marker - 1 - _WISH_REACH), -1):
        if words.matches(k, c.purpose_conjunctions):
            conj = k
            break
    if conj is None:
        return False
    between = [k for k in range(first + 1, conj) if words.infos[k] is not None]
    if len(between) > 1:
        return False  # "сделай так, чтобы …" at most
    end = conj + 1
    while end < len(words) and not (
        words.tokens[end].kind == _PUNCT and words.norms[end] in _CLAUSE_BREAKS
    ):
        end += 1
    return any(_chore_at(words, k, c, t) for k in range(conj + 1, end) if k != marker) or any(
        # "сделай так чтобы все задачи всегда назначались на меня": every entry handed on
        words.matches(k, c.all_words)
        and (nxt := words.next_words[k]) is not None
        and nxt < end
        and words.matches(nxt, c.bulk_objects)
        for k in range(conj + 1, end)
    )


def _handed_on(words: Words, marker: int, c: CorridorWords) -> bool:
    """ "всё, что по машине, теперь всегда на Диму": after the standing word at ``marker``
    (past more of them), a standing link and a first name in the accusative ending the
    command, with no verb before it: what was named before is a member's from now on
    ("машина всегда на Диме" tells where; "купи хлеб теперь на Машу" buys)."""
    k = words.next_words[marker]
    while k is not None and words.matches(k, c.standing_markers):
        k = words.next_words[k]
    if k is None or (k != marker + 1 and words.infos[k - 1] is None):
        return False  # "теперь всегда, на …": a mark between
    if words.norms[k] not in c.standing_links:
        return False
    name = words.next_words[k]
    if name is None or name != k + 1:
        return False
    info = words.infos[name]
    return (
        marker != words.first_word  # "теперь на Петю" alone names no topic
        and info is not None
        and (info.is_name or info.may_be_name)
        and (info.noun_case == _ACCUSATIVE or info.may_be_direct)
        and words.next_words[name] is None
        and not any(_is_verb(words, k) for k in range(marker))
    )


_VERB_POS = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive


def _is_verb(words: Words, k: int) -> bool:
    """The word at ``k`` is a verb: "купи хлеб теперь на Машу" buys, "переназначь уборку
    теперь на Машу" hands one chore on; neither sets a standing rule."""
    info = words.infos[k]
    return info is not None and (info.is_imperative or info.pos in _VERB_POS)


def _opens_a_rule(words: Words, index: int, c: CorridorWords) -> bool:
    """A rule phrase at ``index`` is the command itself: only courtesies and openers
    (``rule_openers``: "let's") before it ("let's make it a rule", "make that a rule"; "we
    should make it a rule", "I want to make it a rule but …" tell a thought)."""
    return all(
        words.infos[k] is None or words.norms[k] in c.courtesies or words.norms[k] in c.rule_openers
        for k in range(index)
    )


def _fronted_all(words: Words, verb: int, c: CorridorWords) -> bool:
    """The command opens with "all" and a bulk object, and with its complement, unbroken by a
    mark, runs to the verb at ``verb`` ("все задачи по уборке перед праздником повесь на
    Петю", "all the chores for the party next week hand to Tom")."""
    first = words.first_word
    if first is None or first >= verb or not words.matches(first, c.all_words):
        return False
    k = _past_determiners(words, words.next_words[first], c)
    if k is not None and (info := words.infos[k]) is not None and info.pos in _MODIFIERS:
        k = words.next_words[k]  # "все огородные задачи с Пети сними"
    if k is None or k >= verb or not words.matches(k, c.bulk_objects):
        return False
    return not any(words.tokens[j].kind == _PUNCT for j in range(first, verb))


def _clause_start(words: Words, index: int) -> int:
    """The first token of the clause the word at ``index`` stands in."""
    start = index
    while start > 0 and not (
        words.tokens[start - 1].kind == _PUNCT and words.norms[start - 1] in _CLAUSE_BREAKS
    ):
        start -= 1
    return start


def _next_in_clause(words: Words, index: int) -> int | None:
    """The next word after ``index`` before a mark that ends the clause, or None."""
    k = words.next_words[index]
    if k is None or any(
        words.tokens[j].kind == _PUNCT and words.norms[j] in _CLAUSE_BREAKS
        for j in range(index + 1, k)
    ):
        return None
    return k


def _charged_at(words: Words, index: int, c: CorridorWords) -> bool:
    """A member put in charge from ``index`` on: "возьмёт на себя", "отвечает за", "in
    charge", "responsible" (``CorridorWords.charge_phrases``)."""
    for phrase in c.charge_phrases:
        if phrase[0] not in words.keys(index):
            continue
        k: int | None = index
        for word in phrase[1:]:
            k = _next_in_clause(words, k) if k is not None else None
            if k is None or words.norms[k] != word:
                break
        else:
            return True
    return False


def _chore_at(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The word at ``index`` is a household chore as a deed (``habit_deeds``: "моет",
    "hoovers"), a light verb with a chore's noun a few words on ("does the dishes", "walks
    the dog"; "takes the bus" is none), or a charge taken ("взять на себя", "in charge")."""
    if words.has_lemma(index, c.habit_deeds):
        return True
    if words.has_lemma(index, c.habit_light_verbs):
        k: int | None = index
        for _ in range(3):
            k = _next_in_clause(words, k) if k is not None else None
            if k is not None and (
                words.matches(k, t.duty_heads) or words.matches(k, c.habit_objects)
            ):
                return True
        return False
    return _charged_at(words, index, c)


def _member_at(words: Words, index: int, c: CorridorWords) -> bool:
    """The word at ``index`` may name a member as a doer: a Russian first name, or an English
    capitalised word that is not the speaker and no possessive ("make Tom's cake")."""
    info = words.infos[index]
    if info is None:
        return False
    if info.is_russian:
        return info.may_be_name
    norm = words.norms[index]
    return (
        words.is_capitalised(index)
        and norm not in c.speaker_subjects
        and not norm.endswith(c.possessive_endings)
    )


def _framed_for_good(words: Words, marker: int, c: CorridorWords, t: TriggerWords) -> bool:
    """A causative or "let" frame opens the clause the standing word at ``marker`` stands in,
    a member follows it directly and a chore follows the member (past standing words and
    "to"): "make Lucy do the dishes forever", "have Tom walk the dog for good", "заставь
    Петю мыть посуду навсегда" set a rule for a member, no one deed. "make Tom's birthday
    cake, he's leaving for good" (no member after the frame, the word in another clause),
    "let Tom keep the bike for good", "пусть Петя навсегда запомнит …" (no chore) are none."""
    start = _clause_start(words, marker)
    while start < marker and (words.infos[start] is None or words.matches(start, c.courtesies)):
        start += 1  # "please make …", "пожалуйста, пусть …" (a comma before the frame)
    if start >= marker or not words.has_lemma(start, c.standing_frames):
        return False
    info = words.infos[start]
    if info is None or not (info.is_russian or words.norms[start] == words.lemmas[start]):
        return False
    member = _next_in_clause(words, start)
    if member is None or not _member_at(words, member, c):
        return False
    deed = _next_in_clause(words, member)
    while deed is not None and (
        words.matches(deed, c.standing_markers) or words.norms[deed] in t.to_markers
    ):
        deed = _next_in_clause(words, deed)  # "пусть Петя навсегда моет", "get Tom to walk"
    return deed is not None and _chore_at(words, deed, c, t)


def _all_of_a_duty(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """At ``index`` an all word ("всю", "all") right before a chore's noun (``duty_heads``,
    past an article): "всю уборку", "all the chores"; "всё для уборки" names none."""
    if not words.matches(index, c.all_words):
        return False
    k = index + 1
    if k < len(words) and words.norms[k] in c.paper_articles:
        k += 1
    return k < len(words) and words.matches(k, t.duty_heads)


def _assigned_for_good(words: Words, marker: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The clause the standing word at ``marker`` stands in opens (past courtesies) with an
    assigning verb (``standing_verbs``, ``assign_heads``: "назначь", "поручи", "assign"), a chore's noun
    (``duty_heads``, ``chore_nouns``) and a person (a name) stand between the verb and the
    word: "назначь всю уборку на диму навсегда", "assign the dishes to Tom permanently": a
    standing assignment, no one deed; "назначь уборку на субботу" (no standing word), "give
    Tom the car for good" (no chore), "назначь Пете уборку, он навсегда запомнит" (the word
    in another clause) are none."""
    start = _clause_start(words, marker)
    while start < marker and (words.infos[start] is None or words.matches(start, c.courtesies)):
        start += 1
    if start == marker:  # "навсегда назначь уборку на Диму": the word before the verb
        fronted = _next_in_clause(words, marker)
        if fronted is None:
            return False
        start, marker = fronted, fronted
    if start > marker or not (
        words.has_lemma(start, c.standing_verbs) or words.has_lemma(start, t.assign_heads)
    ):
        return False
    after: list[int] = []
    k = _next_in_clause(words, marker)
    while k is not None:
        after.append(k)  # "поручи Пете навсегда выносить мусор", "… навсегда на Диму"
        k = _next_in_clause(words, k)
    clause = [*range(start + 1, marker), *after]
    return any(
        words.matches(k, t.duty_heads)
        or words.matches(k, t.chore_nouns)
        or words.has_lemma(k, c.duty_roles)  # "назначь Петю дежурным по кухне навсегда"
        or (k > marker and _chore_at(words, k, c, t))
        for k in clause
    ) and any(_member_at(words, k, c) for k in clause)


def _habit_after(words: Words, index: int, c: CorridorWords, t: TriggerWords) -> bool:
    """After an English name, a chore as a habit: a verb in its "-s" form ("hoovers", "does
    the dishes") or a link and a chore or a charge ("will walk the dog", "has to cook", "is
    in charge of the bins"); "is away", "is on holiday" tell a state."""
    if words.norms[index] not in c.habit_links:
        return _s_form(words, index, c) and _chore_at(words, index, c, t)
    k = _next_in_clause(words, index)
    if k is not None and words.norms[k] in t.to_markers:
        k = _next_in_clause(words, k)  # "has to"
    return k is not None and _chore_at(words, k, c, t)


def _asks_elsewhere(words: Words, start: int, end: int, t: TriggerWords) -> bool:
    """A clause outside ``start``..``end`` asks something: a request or task frame ("купи",
    "remind", "tell", "пусть") or a Russian imperative. Its request is read, never thrown
    away by a standing rule told beside it."""
    frames = t.task_frames | t.task_object_openers | t.request_openers
    for k in (*range(start), *range(end + 1, len(words))):
        info = words.infos[k]
        if info is not None and (
            words.has_lemma(k, frames) or (info.is_russian and info.is_imperative)
        ):
            return True
    return False


def _habit_set(words: Words, onset: int, size: int, c: CorridorWords, t: TriggerWords) -> bool:
    """In the clause of the start at ``onset`` (``size`` words: "from now on", "отныне"), a
    member's chore as a habit: a first name and a Russian chore verb in the 3rd person present
    ("с этого дня Петя выносит мусор", "отныне посуду моет Маша"), or a capitalised name, not
    the speaker, then an English chore said as a habit ("from now on Tom does the dishes", "…
    Lucy will walk the dog"). A state or a motion ("Петя болеет", "Маша учится …", "Tom is
    away") is none; nor is a habit told beside a request in another clause ("с завтрашнего
    дня Петя выносит мусор, напомни ему …"). A notice's plural ("с завтрашнего дня
    ремонтируют лифт") names no one; "отключат" tells an event to come."""
    start, end, after = _clause_start(words, onset), onset, onset + size
    while end + 1 < len(words) and not (
        words.tokens[end + 1].kind == _PUNCT
        and words.norms[end + 1] in _CLAUSE_BREAKS
        and end + 1 != after  # "from now on, Tom …": the start's own comma
    ):
        end += 1
    named = habit = False
    for k in range(start, end + 1):
        info = words.infos[k]
        if info is None:
            continue
        if info.is_russian:
            named = named or info.is_name
            habit = habit or (
                info.is_third_person
                and not (info.is_past or info.is_future)
                and _chore_at(words, k, c, t)
            )
            continue
        if k == start or not _member_at(words, k, c):
            continue
        nxt = words.next_words[k]
        if nxt == k + 1 and _habit_after(words, nxt, c, t):
            habit = named = True
            break
    return named and habit and not _asks_elsewhere(words, start, end, t)


def _restock_rule(words: Words, t: TriggerWords) -> bool:
    """A standing rule of restocking: a conjunction of a condition or a time
    (``TriggerWords.run_out_conditions``) and a buying verb asked (not negated; a Russian
    imperative or infinitive, an English one opening its clause), with a word of every time
    (``restock_recurrences``) right before the verb, itself opening the clause ("always buy
    milk when it runs out", "всегда покупай молоко, когда кончается"), or, with a run-out said
    (``run_out_particles``), opening the conjunction's phrase one or two words before it
    ("whenever we run out of eggs, buy two dozen", "каждый раз когда кончается хлеб, покупай
    новый"): no purchase of now. "always buy oat milk", "buy the coffee I always get",
    "если будешь в магазине, как всегда купи хлеб", "whenever you get a chance, buy stamps"
    keep their readings."""
    keys, norms = words.vocabulary, words.norms
    if keys.isdisjoint(t.restock_recurrences) or keys.isdisjoint(t.run_out_conditions):
        return False  # most commands
    verbs = [k for k in range(len(words)) if _restock_asked(words, k, t)]
    if not verbs:
        return False
    if any(
        k > 0
        and norms[k - 1] in t.restock_recurrences
        and (k == 1 or words.is_punct(k - 2) or words.infos[k - 2] is None)
        for k in verbs
    ):
        return True  # "always buy milk when …"; not "как всегда купи", "I always get"
    if keys.isdisjoint(t.run_out_particles) and not any(
        words.has_lemma(k, t.out_of_words) for k in range(len(words))
    ):
        return False  # "whenever you get a chance, buy stamps": no run-out said
    return any(
        norms[c] in t.run_out_conditions
        and any(norms[j] in t.restock_recurrences for j in range(max(0, c - 2), c + 1))
        for c in range(len(words))
    )  # "whenever …", "каждый раз когда …"


def _restock_asked(words: Words, k: int, t: TriggerWords) -> bool:
    """The buying verb at ``k`` asks: not negated, a Russian imperative or infinitive, an
    English one in its plain form ("покупай", "buy"; not "покупаю", "buying")."""
    info = words.infos[k]
    if info is None or not words.matches(k, t.shop_verbs | t.soft_shop_verbs):
        return False
    if negated(words, k, t):
        return False
    if info.is_russian:
        return info.is_imperative or info.is_infinitive
    return words.norms[k] == words.lemmas[k]


def _shared_out(words: Words, i: int, window: list[int], c: CorridorWords) -> bool:
    """The bulk verb at ``i`` shares out (``CorridorWords.share_verbs``) and a link of sharing
    stands near it (``share_links``): "split the chores evenly between Jack and Lucy",
    "распредели дела между детьми", "divide the tasks among the kids": the household's
    entries handed round in bulk, no task. "split the bill" (no entries) is the payment
    it is; "split the logs" names no entry."""
    return words.has_lemma(i, c.share_verbs) and any(
        words.matches(j, c.share_links) for j in window
    )


def _is_bulk(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    if _restock_rule(words, t):
        return True  # "always buy milk when it runs out"
    count = len(words)
    # a bulk verb or a standing marker; each word is asked only about a class the text holds
    verbs, markers = (
        words.classes1 & (BULK_VERBS | EXCHANGE_VERBS),
        words.classes1 & STANDING_MARKERS,
    )
    if verbs or markers:
        for i in range(count):
            if verbs and words.has_lemma(i, c.exchange_verbs) and _swapped_in_all(words, i, c, t):
                return True  # "поменяй местами Машу и Петю во всех задачах"
            if verbs and words.has_lemma(i, c.bulk_verbs) and not _s_form(words, i, c):
                # the object after the verb, or put first ("все задачи Kate перекинь на меня")
                window = [
                    *range(max(0, i - _BULK_BEFORE), i),
                    *range(i + 1, min(count, i + _BULK_WINDOW)),
                ]
                has_all = any(words.matches(j, c.all_words) for j in window)
                has_object = any(
                    words.matches(j, c.bulk_objects) and not _things_placed(words, j, c, t)
                    for j in window
                )
                if (has_all and has_object) or _fronted_all(words, i, c):
                    return True
                if has_object and _shared_out(words, i, window, c):
                    return True  # "split the chores evenly between Jack and Lucy"
                if (
                    has_all
                    and any(
                        words.matches(j, c.everyone_words) and _everyone_at(words, j, c)
                        for j in window
                    )
                    and any(words.matches(j, t.duty_heads) for j in window)
                ):
                    return True  # "назначь всю уборку на всех", "раздай всем детям уборку"
                if (
                    has_all
                    and any(_all_of_a_duty(words, j, c, t) for j in window)
                    and words.vocabulary.isdisjoint(c.one_off_times)
                ):
                    return True  # "назначь всю уборку на Диму": every deed of a kind, handed on
                if words.has_lemma(i, c.clearing_verbs) and has_object:
                    return any(
                        words.matches(j, t.list_words) or words.matches(j, c.task_lists)
                        for j in window
                    )  # "clear the list", "reset the chore rota", "сбрось график дежурств"
            if (
                markers
                and words.matches(i, c.standing_markers)
                and _wished_for_good(words, i, c, t)
            ):  # "сделай, чтобы посуду всегда мыл папа": the subjunctive's past is no deed told
                return True
            if (
                markers
                and words.matches(i, c.standing_markers)
                and not _past_after(words, i, t)
                and (
                    _all_of_them(words, i, c)
                    or _handed_on(words, i, c)
                    or _framed_for_good(words, i, c, t)
                    or _assigned_for_good(words, i, c, t)
                    # "навсегда", "indefinitely" say only how long: a frame or "all" above
                    or (
                        not words.matches(i, c.lasting_words)
                        and (
                            _near(words, i, c.standing_verbs, 4)
                            or _near(words, i, t.let_words, 3)
                            or (words.matches(i, c.rule_onsets) and _habit_set(words, i, 1, c, t))
                        )
                    )
                )
            ):  # "пусть Петя всегда выносит мусор", "все задачи теперь всегда на Диму"
                return True
    if not words.classes1 & STANDING_STARTS:
        return False  # most commands: no standing phrase's first word
    norms, by_first = words.norms, c.standing_by_first
    for phrase in c.rule_phrases:  # "let's make it a rule: …"
        if phrase[0] in words.vocabulary:
            size = len(phrase)
            if any(
                norms[i : i + size] == phrase and _opens_a_rule(words, i, c)
                for i in range(count - size + 1)
            ):
                return True
    # each position tries only the phrases its word starts ("с" starts a few of them)
    for i in range(count):
        for phrase in by_first.get(norms[i], ()):
            size = len(phrase)
            if (
                i + size <= count
                and norms[i : i + size] == phrase
                and (
                    _all_of_them(words, i, c)  # "from now on all chores to Jack"
                    or _framed_for_good(words, i, c, t)  # "have Tom cook for good"
                    # "for good" says only how long: a frame or "all" above
                    or (
                        phrase not in c.lasting_phrases
                        and (
                            _near(words, i, c.standing_verbs, _BULK_WINDOW)
                            # "с сегодняшнего дня мусор всегда выносит Петя"
                            or _near(words, i, c.standing_markers, _BULK_WINDOW)
                            # "from now on Tom does the dishes"; "every time Tom cooks …"
                            # is when
                            or (
                                phrase not in c.unbound_phrases and _habit_set(words, i, size, c, t)
                            )
                        )
                    )
                )
            ):
                return True
    return False


def outsiders_list(
    words: Words,
    vocabulary: Vocabulary,
    is_member: Callable[[int], bool],
    is_list: Callable[[int], bool] = lambda index: False,
    *,
    parents_outside: bool = True,
) -> bool:
    """A list word, then (past what the list holds) a first name in the genitive who is no
    member ("добавь чипсы в список Кирилла", "в список покупок Зарины"), or any owner in the
    genitive who lives elsewhere ("список ребят с третьего этажа"), or kin no member or list
    is called by in the genitive ("в список бабушки"; a mother or a father only when
    ``parents_outside``: a child's "список мамы" is a member's), or a relative named with
    a name that is no member's ("my sister Rachel's list"), or a name that is no member's
    right after a list preposition ("on Sarah's chore chart"): the list is another
    household's ("список Маши", "my sister Lucy's list", "Emma's chore chart" are a
    member's, and not refused)."""
    c, t = vocabulary.corridor, vocabulary.triggers
    if any(map(str.endswith, words.norms, repeat(c.possessive_endings))):
        for i in range(len(words) - 1):
            if (
                words.lemmas[i] in c.outside_owners
                and _named_kin_owns(words, i, c, t)
                and not is_member(i + 1)
            ):
                return True  # "my sister Rachel's grocery list" ("my sister Lucy's", a member's)
            owners = _named_owners_of_a_list(words, i, vocabulary)
            if owners and not any(is_member(k) or is_list(k) for k in owners):
                return True  # "assign Jack dishes on Sarah's chore chart"
    if not (
        words.vocabulary.isdisjoint(c.owner_links) or words.vocabulary.isdisjoint(t.list_words)
    ):
        for i in range(len(words) - 2):
            names = _names_after_a_list(words, i, vocabulary)
            if names and not any(is_member(k) or is_list(k) for k in names):
                return True  # "add bread to the list of Giorgi and Nino"
    if not words.classes1 & HOUSEHOLD_WORDS:
        return False
    goods = vocabulary.shopping.list_genitives  # "список продуктов с дачи": what it holds
    for i in range(len(words) - 1):
        if words.lemmas[i] not in c.household_words or not words.matches(i, t.list_words):
            continue
        j = i + 1
        if words.matches(j, t.list_words) and j + 1 < len(words):
            j += 1  # "список покупок Кирилла"
        info = words.infos[j]
        if info is None or not info.is_russian or info.noun_case != _GENITIVE:
            continue
        if (
            (info.is_name and not is_member(j))
            or (words.lemmas[j] not in goods and _lives_elsewhere(words, j, c))
            or (
                _kin_keeps(words, i, j, vocabulary, parents_outside)
                and not (is_member(j) or is_list(j))
            )
        ):
            return True  # "список Кирилла", "список ребят с третьего этажа", "список бабушки"
    return False


_OWNERS_REACH: Final = 4  # "to Giorgi and Nino's list": names joined before the possessive


def _named_owners_of_a_list(words: Words, index: int, v: Vocabulary) -> tuple[int, ...]:
    """At ``index`` a capitalised English name in the possessive, after a list preposition
    (past other capitalised names joined to it: ``CorridorWords.name_joiners``), before a
    list word or a board of tasks a word or two on: "add milk to Sarah's list", "to Giorgi
    and Nino's list", "put dishes on Sarah's chore chart": the names' places, or none; "at
    the Sainsbury's list" (an article: a shop's name), "on Friday's list" (a day) name no
    one."""
    c, t = v.corridor, v.triggers
    norm = words.norms[index]
    info = words.infos[index]
    if (
        index == 0
        or info is None
        or info.is_russian
        or not norm.endswith(c.possessive_endings)
        or not words.is_capitalised(index)
    ):
        return ()
    stem = norm[: -len(next(e for e in c.possessive_endings if norm.endswith(e)))]
    if stem in v.dates.day_names or stem in v.dates.months:
        return ()
    spelt = words.tokens[index].text
    if (
        stem in v.shopping.shops  # "to Kroger's list", "Walmart's list": a shop's
        or spelt[:2].isupper()  # "to BJ's list": an initialism is a business's
        # "Sam's Club list": a capitalised word, not a list's, after the possessive
        or (
            (after := words.next_words[index]) is not None
            and words.is_capitalised(after)
            and not words.matches(after, t.list_words)
            and not words.matches(after, c.task_lists)
            and words.norms[after] not in c.owned_boards
        )
    ):
        return ()
    if not any(
        words.matches(k, t.list_words)
        or words.matches(k, c.task_lists)
        or words.norms[k] in c.owned_boards
        for k in range(index + 1, min(len(words), index + 1 + _OWNED_REACH))
    ):
        return ()
    names = [index]
    k = index - 1
    while (
        k > 0 and index - k <= _OWNERS_REACH and words.norms[k] not in v.shopping.list_prepositions
    ):
        if words.norms[k] in c.name_joiners:
            k -= 1
            continue
        if (
            words.norms[k] == _FULL_STOP
            and k > 0
            and words.norms[k - 1] in v.tasks.name_titles
            and k + 1 == names[-1]
        ):
            k -= 1  # "Mrs. Kim's list": a title's full stop
            names.append(k)
            k -= 1
            continue
        if words.infos[k] is None or not words.is_capitalised(k):
            return ()
        if (
            k + 1 == names[-1]
            and words.lemmas[k] not in c.outside_owners
            and words.norms[k] not in v.tasks.name_titles
        ):
            return ()  # "Trader Joe's list": two names unjoined are one business's name
        names.append(k)
        k -= 1
    if k < 1 or words.norms[k] not in v.shopping.list_prepositions:
        return ()
    return tuple(names)


def _names_after_a_list(words: Words, index: int, v: Vocabulary) -> tuple[int, ...]:
    """At ``index`` an English list word, then an owner's link ("of": ``owner_links``) and
    capitalised names (joined by ``name_joiners`` or commas) that end the clause: "the list
    of Giorgi and Nino", "the list of Mira, Omar and Tom": the names, or none ("the list of
    Christmas presents": a noun after; a shop's, a day's or a month's name is no one)."""
    c, t = v.corridor, v.triggers
    info = words.infos[index]
    if info is None or info.is_russian or not words.matches(index, t.list_words):
        return ()
    link = index + 1
    if words.norms[link] not in c.owner_links:
        return ()
    names: list[int] = []
    k = link + 1
    while k < len(words):
        norm = words.norms[k]
        if norm in c.name_joiners or (norm == "," and names):
            k += 1
            continue
        if words.tokens[k].kind == _PUNCT:
            break
        spelt = words.infos[k]
        if (
            spelt is None
            or spelt.is_russian
            or not words.is_capitalised(k)
            or norm.endswith(c.possessive_endings)
            or norm in v.shopping.shops
            or norm in v.dates.day_names
            or norm in v.dates.months
        ):
            return ()
        names.append(k)
        k += 1
    return tuple(names) if names and words.norms[k - 1] not in c.name_joiners else ()


def _kin_keeps(words: Words, listed: int, owner: int, v: Vocabulary, parents_outside: bool) -> bool:
    """Kin a member is not called by (``CorridorWords.list_keeping_kin``) at ``owner``, after
    the list word at ``listed`` that a list preposition puts something on: "добавь молоко в
    список бабушки"; "купи всё по списку мамы" buys by it. A mother or a father
    (``parent_kin``) only when the household's parents are not the speaker's
    (``parents_outside``)."""
    lemma = words.lemmas[owner]
    return (
        lemma in v.corridor.list_keeping_kin
        and (parents_outside or lemma not in v.corridor.parent_kin)
        and listed > 0
        and words.norms[listed - 1] in v.shopping.list_goal_prepositions
    )


def _lives_elsewhere(words: Words, owner: int, c: CorridorWords) -> bool:
    """After the owner, where the owner lives: a preposition, then (past one word) a home's
    part ("ребят с третьего этажа", "Гали из пятой квартиры", "соседей из второго подъезда")."""
    prep = owner + 1
    if prep >= len(words) or words.norms[prep] not in c.home_place_preps:
        return False
    return any(words.lemmas[k] in c.home_places for k in range(prep + 1, min(len(words), prep + 3)))


def corridor_code(words: Words, vocabulary: Vocabulary) -> str | None:
    """The reject code for a request outside the household corridor, or None."""
    c, t = vocabulary.corridor, vocabulary.triggers
    # A text holding none of the markers cannot leave the corridor: most commands return here
    # ("пусть" may follow a device named as a compound: "робот-мойщик пусть помоет пол").
    if (
        not words.classes1 & (ANY_CORRIDOR_MARKER | LET_WORDS)
        # (``_has_plural_possessive`` and ``_may_name_an_owner``'s first test, inline)
        and not any(map(str.endswith, words.norms, repeat(c.plural_possessive_endings)))
        and (not words.classes1 & HOUSEHOLD_WORDS or not _may_name_an_owner(words, c))
    ):
        return None
    if _is_payment(words, c, t, vocabulary.numbers):
        return "payment_not_supported"
    if _is_device_control(words, vocabulary) and not _asks_a_state(words, vocabulary):
        return "device_control_not_supported"
    if _is_foreign(words, vocabulary):
        return "foreign_household"
    if _is_bulk(words, c, t):
        return "bulk_operation_not_supported"
    return None
