"""A command's text analysed once: tokens and their word analyses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from policy_core._classes import NO_CLASSES, ClassBits, WordClasses
from policy_core._morphology import Morphology, WordInfo
from policy_core._text import TOKEN_PATTERN, Token, normalise_text, normalise_word
from policy_core.lang import TextWords

__all__ = ["Words", "analyse_words"]

_new_tuple: Final = tuple.__new__  # builds a Token without its Python-level __new__
_NO_SKIP: Final[frozenset[str]] = frozenset()


class Words:
    """The analysed text every rule reads; indices are token positions.

    A plain class with its ``__init__`` written out, not a dataclass: the compiled build runs
    a dataclass's generated ``__init__`` as interpreted Python, and ``analyse_words`` builds
    at least one of these every decision. Nothing assigns to it after ``analyse_words``.
    """

    # (no ``__slots__``: the compiled class is a native one, its attributes fixed anyway)
    text: str
    tokens: tuple[Token, ...]
    infos: tuple[WordInfo | None, ...]
    vocabulary: frozenset[str]  # every spelling and lemma in the text, for quick rejection
    next_words: tuple[int | None, ...]  # for each token, the index of the next word token
    norms: tuple[str, ...]  # each token's normalised spelling (the hot loops index these)
    lemmas: tuple[str, ...]  # each token's most probable lemma (its spelling for non-words)
    first_word: int | None  # the index of the first word token
    # the word classes (``_classes``) any token's spelling or lemma is in, one integer of
    # at most 62 bits per bank of classes: ``classesN & BIT`` (``BIT`` of bank ``N``) is
    # ``not vocabulary.isdisjoint(<that class>)``
    classes0: int
    classes1: int
    classes2: int
    classes3: int
    classes4: int

    def __init__(  # noqa: PLR0917 - one argument per field, in order
        self,
        text: str,
        tokens: tuple[Token, ...],
        infos: tuple[WordInfo | None, ...],
        vocabulary: frozenset[str],
        next_words: tuple[int | None, ...],
        norms: tuple[str, ...],
        lemmas: tuple[str, ...],
        first_word: int | None,
        classes: ClassBits,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.infos = infos
        self.vocabulary = vocabulary
        self.next_words = next_words
        self.norms = norms
        self.lemmas = lemmas
        self.first_word = first_word
        self.classes0, self.classes1, self.classes2, self.classes3, self.classes4 = classes

    def __len__(self) -> int:
        return len(self.tokens)

    def lemma(self, index: int) -> str:
        return self.lemmas[index]

    def norm(self, index: int) -> str:
        return self.norms[index]

    def keys(self, index: int) -> frozenset[str]:
        """Every form that may identify the word: its spelling and all its lemmas."""
        info = self.infos[index]
        if info is None:
            return frozenset({self.tokens[index].norm})
        return info.lemmas

    def is_word(self, index: int) -> bool:
        # Exactly the word tokens have an analysis (hot loops test ``infos[i] is not None``).
        return self.infos[index] is not None

    def is_punct(self, index: int) -> bool:
        return self.tokens[index].kind == "punct"

    def starts_a_line(self, index: int) -> bool:
        """A line break stands between the token and the one before it (a pasted list's
        items, a message's lines); the first token starts none."""
        tokens = self.tokens
        return index > 0 and "\n" in self.text[tokens[index - 1].end : tokens[index].start]

    def is_set_off(self, index: int) -> bool:
        """The token stands alone between two marks ("купи творог, ой, не, сыр": "не")."""
        tokens = self.tokens
        return (
            0 < index < len(tokens) - 1
            and tokens[index - 1].kind == "punct"
            and tokens[index + 1].kind == "punct"
        )

    def is_capitalised(self, index: int) -> bool:
        """The token is typed with a capital first letter ("Tom", "Coach", "Garcia")."""
        return self.tokens[index].text[:1].isupper()

    def matches(self, index: int, vocabulary: frozenset[str]) -> bool:
        """The word's spelling or its most probable lemma is in ``vocabulary``."""
        return self.norms[index] in vocabulary or self.lemmas[index] in vocabulary

    def phrase_length(self, index: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """The length of the longest of ``phrases`` said from token ``index`` on (0 for none)."""
        norms = self.norms
        if not 0 <= index < len(norms):
            # No word there: the slice as Python cuts it, as before (past the end it is too
            # short for any phrase; a negative index counts from the end, and its slice may
            # be a whole phrase: -2 cuts the next to last word alone).
            return max((len(p) for p in phrases if norms[index : index + len(p)] == p), default=0)
        # The first word compared before a slice is cut: most phrases open with another word.
        # (``size > longest`` also keeps an empty phrase, which scores 0, from ``phrase[0]``.)
        first, longest = norms[index], 0
        for phrase in phrases:
            size = len(phrase)
            if size > longest and phrase[0] == first and norms[index : index + size] == phrase:
                longest = size
        return longest

    def opens_english_with(self, vocabulary: frozenset[str]) -> bool:
        """The first word is an English one spelt as one of ``vocabulary`` ("Add salt …",
        "Iron the dress …")."""
        first = self.first_word
        if first is None:
            return False
        info = self.infos[first]
        return info is not None and not info.is_russian and self.norms[first] in vocabulary

    def last_word(self, skip: frozenset[str] = _NO_SKIP) -> int | None:
        """The index of the text's last word past its closing marks and the words of
        ``skip`` ("убери его"), or None when it holds no other."""
        infos, norms = self.infos, self.norms
        for k in range(len(infos) - 1, -1, -1):
            if infos[k] is not None and norms[k] not in skip:
                return k
        return None

    def phrase_from(self, start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """One of ``phrases`` is said at token ``start`` or after it (``phrase_length``)."""
        return any(self.phrase_length(k, phrases) for k in range(max(start, 0), len(self.tokens)))

    def naming_after(self, index: int, stops: frozenset[str]) -> int:
        """How many words after token ``index`` may name a thing: no pronoun (OpenCorpora's
        "NPRO") and none of ``stops`` ("Маша, ты можешь разобрать сушилку?" names two after
        "можешь"; "Tom, can you help me?" none after "can")."""
        infos, norms = self.infos, self.norms
        return sum(
            1
            for j in range(index + 1, len(infos))
            if (info := infos[j]) is not None and info.pos != "NPRO" and norms[j] not in stops
        )

    def has_lemma(self, index: int, vocabulary: frozenset[str]) -> bool:
        """Any reading of the word (not only the most probable) is in ``vocabulary``: any of
        its ``keys``, read here without building a set for a token that is no word."""
        info = self.infos[index]
        if info is None:
            return self.tokens[index].norm in vocabulary
        return not info.lemmas.isdisjoint(vocabulary)

    def phrase(self, indices: Iterable[int], respelt: tuple[int, str] | None = None) -> str:
        """The original spelling of the given tokens, spaced as in the text; ``respelt``
        (index, spelling) writes one of them otherwise."""
        out: list[str] = []
        previous: Token | None = None
        for index in sorted(indices):
            token = self.tokens[index]
            if previous is not None and previous.end != token.start:
                out.append(" ")
            out.append(respelt[1] if respelt is not None and respelt[0] == index else token.text)
            previous = token
        return "".join(out)


def analyse_words(
    text: str,
    morphology: Morphology,
    text_words: TextWords,
    classes: WordClasses,
    *,
    normalised: bool = False,
) -> Words:
    """Tokenise and analyse ``text`` once (pass ``normalised=True`` if it already is);
    ``classes`` are the policy's vocabulary's (``Words.classes0`` …)."""
    if not normalised:
        text = normalise_text(text, text_words)
    info_of, own_info = morphology.info, morphology.own_info
    tokens: list[Token] = []
    infos: list[WordInfo | None] = []
    norms: list[str] = []
    lemmas: list[str] = []
    vocabulary: set[str] = set()
    # (the lists' and the set's methods called as such, not held in locals: the compiled
    # build makes each such call one C call, a bound method held in a local a generic one)
    of_keys, of_key = classes.of_keys, classes.of_key
    # the classes of every token's keys, bank by bank (``_classes.BANKS``)
    found0 = found1 = found2 = found3 = found4 = 0
    # ``tokenize`` inline (one pass instead of building tokens, then reading them again), a
    # word's norm read through the speller: a corrected typo is what the rules read.
    folded = normalise_word(text, text_words)
    aligned = len(folded) == len(text)
    for match in TOKEN_PATTERN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        value = text[start:end]
        if kind == "word":
            norm = folded[start:end] if aligned else normalise_word(value, text_words)
            # a word in capitals is as typed, never shorthand ("BC powder", "4 U bolts")
            info = own_info(norm) if value.isupper() else info_of(norm)
            norm = info.norm
            infos.append(info)
            lemmas.append(info.lemma)
            vocabulary.update(info.lemmas)
            bits = of_keys(info.lemmas)
        else:
            if kind == "number":
                norm = value.replace(",", ".")
            elif kind == "time":
                norm = value
            else:
                norm = folded[start:end] if aligned else normalise_word(value, text_words)
            infos.append(None)
            lemmas.append(norm)
            vocabulary.add(norm)  # a word's norm is among its lemmas (``WordInfo.lemmas``) already
            bits = of_key(norm, NO_CLASSES)
        found0 |= bits[0]
        found1 |= bits[1]
        found2 |= bits[2]
        found3 |= bits[3]
        found4 |= bits[4]
        tokens.append(_new_tuple(Token, (value, norm, start, end, kind)))
        norms.append(norm)
    following: list[int | None] = [None] * len(tokens)
    upcoming: int | None = None
    for n in range(len(tokens) - 1, -1, -1):
        following[n] = upcoming
        if infos[n] is not None:
            upcoming = n
    return Words(
        text,
        tuple(tokens),
        # (before the vocabulary and the lemmas are frozen: it may change them)
        _items_read_as_nouns(tokens, infos, lemmas, vocabulary, morphology),
        frozenset(vocabulary),
        tuple(following),
        tuple(norms),
        tuple(lemmas),
        upcoming,
        (found0, found1, found2, found3, found4),
    )


def _items_read_as_nouns(
    tokens: list[Token],
    infos: list[WordInfo | None],
    lemmas: list[str],
    vocabulary: set[str],
    morphology: Morphology,
) -> tuple[WordInfo | None, ...]:
    """``infos``, and where an item stands, a word that is both an imperative and a noun is the noun
    (``Morphology.item_noun``): right after a verb opening a list ("купи суши", "купи
    халуми") or later in the items it opens, joined by "и" or commas ("возьми роллы и
    суши"), when it is the verb's object right after it ("купи суши на ужин") or ends its
    item (what follows is a joiner, a mark, a number, a particle or nothing: "купи суши
    пожалуйста"). "суши бельё" keeps the verb: no list is open, and an object follows; so
    does "купи хлеб и суши бельё". ``lemmas`` is changed in place (``vocabulary`` already
    holds the noun's lemmas: they are the verb's and the word itself); a text with no such
    verb (a look-up in ``vocabulary``) is left as it is."""
    verbs, joiners = morphology.item_verbs, morphology.item_joiners
    if vocabulary.isdisjoint(verbs):
        return tuple(infos)
    open_list = False
    verb_at = -1  # the list verb's index
    last = len(tokens) - 1
    for n, token in enumerate(tokens):
        info = infos[n]
        if info is None:
            # a comma or a number goes on with the list; any other mark ends it
            open_list = open_list and (token.kind == "number" or token.norm == ",")
            continue
        if not info.is_imperative:
            continue
        if info.lemma in verbs:
            open_list, verb_at = True, n
            continue
        after = tokens[n + 1] if n < last else None
        ends = (
            n == verb_at + 1  # "купи суши на ужин": the verb's object, whatever follows
            or after is None
            or after.kind != "word"
            or after.norm in joiners
            or morphology.takes_no_object(infos[n + 1])  # "купи суши пожалуйста"
        )
        noun = morphology.item_noun(info) if open_list and ends else None
        if noun is None:
            open_list = False  # a verb of its own: a new clause
            continue
        infos[n] = noun
        lemmas[n] = noun.lemma
    return tuple(infos)
