"""Where a shopping list ends and a comment said beside it begins.

After the products, people go on about them: what happened ("…, jack's hamster ate the last
one", "…, nobody drinks it except lucy", "…, the kids' art … is still leaning against the
wall"), which one they mean ("…, the cheap one not the fancy stuff", "cat food - the fancy
feast ones, 24 cans"), the occasion ("…? на субботу, вечеринка"), or a bracketed aside
("peanut butter (only if it's on offer lol)", "1 бутылку вина (для гостей)"). None of it is a
product: it makes no item and adds no word to one.

What is kept: a product after the comma ("…, and eggs", "…, bread too"), a relative clause
("…, the one that is lactose free" is read by the pro-form rules as before), a bracket naming
a variety or a measure ("сыр (пармезан)", "bread (wholemeal)", "молоко (2 л)"), a product
named with an occasion word before it ("party poppers", "birthday candles").
"""

from __future__ import annotations

from typing import Final

from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = [
    "governed_pronoun",
    "named_doer_told",
    "occasion_after_list",
    "qualifier_of_the_one",
    "said_for_the_product",
    "told_in_english",
    "whose_favourite",
    "without_bracketed_asides",
]

_CLAUSE_REACH: Final = 8  # words from a comment's subject to its verb: "the kids' art from … is"
_SUBJECT_REACH: Final = (
    2  # words from a bare subject to its verb: "nobody drinks", "jack's hamster ate"
)
_PRO_FORM_REACH: Final = 4  # words before "one(s)" in a qualifier: "the fancy feast ones"
_OCCASION_WORDS: Final = 3  # "вечеринка", "the twins' party": a short phrase closed by an occasion
_OPEN_BRACKET: Final = "("
_CLOSE_BRACKET: Final = ")"
_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition
_NOUN: Final = "NOUN"  # OpenCorpora: a noun
# OpenCorpora: an adjective, a participle, a pronoun, a numeral, an adverb ("старое", "оба",
# "уже"): words a subject said for a product is made of
_SAID_FOR_POS: Final = frozenset({"ADJF", "PRTF", "NPRO", "NUMR", "ADVB"})
# OpenCorpora: a finite verb, a short adjective or participle ("скисло"): what it tells
_PREDICATE_POS: Final = frozenset({"VERB", "ADJS", "PRTS"})
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case
_NAMING_CASES: Final = frozenset({"nomn", "accs"})  # OpenCorpora: what a product is named in
_PRONOUN: Final = "NPRO"  # OpenCorpora: a personal pronoun ("них", "него")
_OWNER_GAP: Final = 2  # "kids ' favourite": an apostrophe said apart between
_OWNER_AND_FAVOURITE: Final = 2  # "Tom's favourite": the owner and the word, nothing else
_SHORTEST_ED: Final = 4  # "used", "red", "bed": "-ed" pasts of five letters and more
_SHORTEST_ING: Final = 5  # "thing", "king", "ring": no "-ing" verb; "going" is


def told_in_english(words: Words, first: int, v: Vocabulary) -> bool:
    """From ``first`` (a piece after a mark), an English clause of its own: a determiner or
    a possessive, then within a few words a verb that tells (``TaskWords.comment_verbs``:
    "the kids' art from their dad's is still leaning …", "jack's hamster ate the last one"),
    or a subject of no one in particular and a verb right after it
    (``ShoppingWords.remark_subjects``, ``told_verbs``: "nobody drinks it except lucy"); no
    subordinator between ("the one that is lactose free" names the item)."""
    norms, tokens, s, k = words.norms, words.tokens, v.shopping, v.tasks
    info = words.infos[first]
    if info is None or info.is_russian:
        return False
    opener = norms[first]
    subject = opener in s.remark_subjects
    if not (subject or opener in k.deed_object_openers or opener.endswith(s.possessive_endings)):
        return False
    reach = _SUBJECT_REACH if subject or opener.endswith(s.possessive_endings) else _CLAUSE_REACH
    said = 0
    for i in range(first + 1, len(norms)):
        if tokens[i].kind == "punct":
            if tokens[i].text in k.aside_marks or tokens[i].text in k.sentence_ends:
                return False
            continue  # "the kids ' art": an apostrophe said apart
        norm = norms[i]
        if norm in k.subordinators:
            return False
        if norm in k.comment_verbs or (subject and norm in s.told_verbs):
            return True
        if i == first + 1 and opener.endswith(s.possessive_endings) and _doing(words, i, v):
            return True  # "Dad's coughing on his tea again": "'s" is "is"
        if (
            norm.endswith(s.possessive_endings)
            and i + 1 < len(norms)
            and norms[i + 1] in s.contracted_states
        ):
            return True  # "the fire's nearly out": "'s" is "is"
        said += 1
        if said >= reach:
            return False
    return False


def named_doer_told(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "…, Kate broke another pair", "…, Маша ate all of them", "…, Tom used the last of
    it": a piece opened by a name (capitalised, or a Russian one by the dictionary) and an
    English past right after it, irregular (``TriggerWords.told_irregular_pasts``), a verb
    that tells (``TaskWords.comment_verbs``) or in "-ed" (``ed_endings``) before no product ("…, Heinz baked beans" names one): a deed told,
    no item."""
    first, norms = piece[0], words.norms
    if first > 0 and words.tokens[first - 1].kind == "word":
        first -= 1  # a member's name, read apart: the piece opens at the verb
    verb = first + 1
    if verb >= len(norms) or words.tokens[verb].kind != "word":
        return False
    info = words.infos[first]
    if info is None or not (words.is_capitalised(first) or (info.is_russian and info.is_name)):
        return False
    told = words.infos[verb]
    if told is None or told.is_russian:
        return False
    norm, s = norms[verb], v.shopping
    if norm in v.triggers.told_irregular_pasts or norm in v.tasks.comment_verbs:
        return True  # "Kate broke", "Tom used", "Tom has"
    return (
        norm.endswith(s.ed_endings)
        and len(norm) > _SHORTEST_ED
        and not (verb + 1 < len(norms) and words.matches(verb + 1, s.known_products))
    )


def _doing(words: Words, i: int, v: Vocabulary) -> bool:
    """The word at ``i`` (after a noun with "'s") a verb in "-ing": before a preposition, a
    determiner, a pronoun, an adverb or a time (``ShoppingWords.ing_told_followers``: "Dad's
    coughing on his tea", "granny's visiting sunday"); "mum's baking powder", "Dad's cooking
    oil", "…, Newman's dressing" (at the end) name a product."""
    norms, s = words.norms, v.shopping
    if not (norms[i].endswith(s.ing_endings) and len(norms[i]) > _SHORTEST_ING):
        return False
    nxt = i + 1
    # at the end "…, Newman's dressing", "…, Gran's stuffing" name a product
    return nxt < len(norms) and norms[nxt] in s.ing_told_followers


def governed_pronoun(words: Words, piece: list[int]) -> bool:
    """ "…, без них в доме как без рук", "…, без него никуда": a Russian piece opened by a
    preposition and a personal pronoun, what is said about the items, no product (a
    product's name opens with no pronoun; "(для Маши)" is read by the bracket rules)."""
    if len(piece) < 2 or piece[1] != piece[0] + 1:
        return False
    first, second = words.infos[piece[0]], words.infos[piece[1]]
    return (
        first is not None
        and second is not None
        and first.is_russian
        and first.pos == _PREPOSITION
        and second.pos == _PRONOUN
        and not any(_named_after(words, i) for i in piece[2:])
    )


def _named_after(words: Words, i: int) -> bool:
    """A Russian noun in the nominative or the accusative: a product named after "к ней"
    ("…, к ней соус песто"), where "без них в доме как без рук" has none."""
    info = words.infos[i]
    return info is not None and info.pos == _NOUN and info.noun_case in _NAMING_CASES


def whose_favourite(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "add eggs and bread, Tom's favourite", "…, his faves": a possessive (a word with "'s"
    or ``told_owner_openers``) and a word of a favourite alone in the piece: whose the
    items are, no item ("…, Tom's favourite biscuits" names one)."""
    said = [i for i in piece if words.tokens[i].kind == "word"]
    norms, s = words.norms, v.shopping
    if said and norms[said[0]] in s.definite_determiners:
        said = said[1:]  # "…, the kids' favourite"
    if len(said) == 1 and said[0] > 0:
        said.insert(0, said[0] - 1)  # a member's name, read apart: "…, Tom's favourite"
    if len(said) != _OWNER_AND_FAVOURITE or said[1] - said[0] > _OWNER_GAP:
        return False  # (an apostrophe said apart may stand between: "kids ' favourite")
    owner, favourite = norms[said[0]], norms[said[1]]
    return favourite in s.favourite_words and (
        owner in s.told_owner_openers
        # "…, Tom's favourite", "…, the kids' favourite"
        or owner.endswith(s.possessive_endings + s.plural_possessive_endings)
        or (said[1] == said[0] + _OWNER_GAP and norms[said[0] + 1] in s.apostrophes)
    )


def said_for_the_product(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "…, старое закончилось", "…, оба закончились", "…, последнее скисло": Russian words
    said for a product (an adjective, a pronoun, a numeral, an adverb), no noun, then a
    finite verb that tells, before the next mark (the reading may have cut it): a clause of
    its own, no product ("…, свежий" has no verb; "…, сахар закончился" names one)."""
    for i in range(piece[0], len(words.norms)):
        info = words.infos[i]
        if info is None or not info.is_russian or info.guessed:
            return False  # a mark, a number, a word the dictionary does not know: no clause
        if info.pos in _PREDICATE_POS:
            # "закончилось", "скисло", after what it is said of ("ладно, …" is no subject)
            return i > piece[0] and not info.is_imperative
        if not (info.pos in _SAID_FOR_POS or words.matches(i, v.shopping.said_for_products)):
            return False  # "сахар закончился": a product named
    return False


def qualifier_of_the_one(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "…, the cheap one not the fancy stuff", "cat food - the fancy feast ones": a definite
    determiner opening the piece and the pro-form "one(s)" a few words on, no verb: which of
    the item before is meant, no item of its own (the count after it stays the item's)."""
    norms, s = words.norms, v.shopping
    if norms[piece[0]] not in s.definite_determiners:
        return False
    heads = s.pro_form_heads
    return any(norms[i] in heads for i in piece[1 : 1 + _PRO_FORM_REACH])


def occasion_after_list(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "…? на субботу, вечеринка", "…, the twins' party": a short piece closed by a word of an
    occasion (``TaskWords.occasion_nouns``), Russian in the nominative: what the list is for,
    no product ("party poppers", "свечи на праздник" close with a product or its purpose)."""
    said = [i for i in piece if words.tokens[i].kind == "word"]
    if (
        not said
        or len(said) > _OCCASION_WORDS
        or not words.matches(said[-1], v.tasks.occasion_nouns)
    ):
        return False
    for i in said:  # "вечеринка", "день рождения": the first Russian noun is the subject
        info = words.infos[i]
        if info is not None and info.is_russian and info.pos == _NOUN:
            return info.noun_case == _NOMINATIVE
    return True


def without_bracketed_asides(
    words: Words, pieces: list[list[int]], v: Vocabulary
) -> list[list[int]]:
    """``pieces``, each up to its bracketed aside (``bracketed_aside_at``): "peanut butter
    (only if it's on offer lol)" is "peanut butter"; most texts hold no bracket."""
    if _OPEN_BRACKET not in words.text:
        return pieces
    kept: list[list[int]] = []
    for piece in pieces:
        at = bracketed_aside_at(words, piece, v)
        if at <= 0:
            kept.append(piece)
            continue
        # what follows the closing bracket stays ("apples (green ones) [2 kg]")
        close = next((i for i in piece[at:] if words.norms[i] == _CLOSE_BRACKET), piece[-1])
        kept.append([i for i in piece if i < piece[at] or i > close])
    return kept


def bracketed_aside_at(words: Words, piece: list[int], v: Vocabulary) -> int:
    """Where a bracketed aside begins in ``piece`` (-1: none): an opening bracket after the
    product whose words say a condition (``ShoppingWords.aside_leads``: "(only if it's on
    offer lol)", "(если будет скидка)"), a pro-form of which one is meant ("(only the salted
    ones)") or open with a preposition before a guest or a name ("(для гостей)", "(для
    Маши)"); "(пармезан)", "(wholemeal)", "(2 л)", "(just a dozen)", "(только красное)",
    "(для посудомойки)", "(для детей)" name the product."""
    norms, s = words.norms, v.shopping
    for n in range(1, len(piece)):
        if norms[piece[n]] != _OPEN_BRACKET:
            continue
        inside = [i for i in range(piece[n] + 1, len(norms)) if words.tokens[i].kind == "word"]
        end = next(
            (i for i in range(piece[n] + 1, len(norms)) if norms[i] == _CLOSE_BRACKET), len(norms)
        )
        inside = [i for i in inside if i < end]
        if not inside:
            return -1
        if any(
            norms[i] in s.aside_leads or norms[i] in s.pro_form_heads for i in inside
        ) or _for_a_person(words, inside, v):
            return n
        return -1
    return -1


def _for_a_person(words: Words, inside: list[int], v: Vocabulary) -> bool:
    """A preposition, then a guest or a name ("для гостей", "для Маши", "for the guests"):
    whom it is bought for; "(для детей)", "(for the kids)" may name the product's kind
    ("шампунь для детей")."""
    first = words.infos[inside[0]]
    if first is None or len(inside) < 2:
        return False
    if first.is_russian:
        if first.pos != _PREPOSITION:
            return False
    elif words.norms[inside[0]] not in v.shopping.beneficiary_prepositions:
        return False
    person = inside[-1]
    info = words.infos[person]
    return info is not None and (info.is_name or words.matches(person, v.shopping.guest_words))
