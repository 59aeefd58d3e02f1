"""A command's text analysed once: tokens, their word analyses and the language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from policy_core._morphology import Morphology, WordInfo
from policy_core._text import Token, detect_language, normalise_text, tokenize

__all__ = ["Words", "analyse_words"]


@dataclass(frozen=True, slots=True)
class Words:
    """The analysed text every rule reads; indices are token positions."""

    text: str
    tokens: tuple[Token, ...]
    infos: tuple[WordInfo | None, ...]
    language: Literal["ru", "en"]
    vocabulary: frozenset[str]  # every spelling and lemma in the text, for quick rejection
    next_words: tuple[int | None, ...]  # for each token, the index of the next word token
    norms: tuple[str, ...]  # each token's normalised spelling (the hot loops index these)
    lemmas: tuple[str, ...]  # each token's most probable lemma (its spelling for non-words)

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
        return self.tokens[index].kind == "word"

    def is_punct(self, index: int) -> bool:
        return self.tokens[index].kind == "punct"

    def matches(self, index: int, vocabulary: frozenset[str]) -> bool:
        """The word's spelling or its most probable lemma is in ``vocabulary``."""
        return self.norms[index] in vocabulary or self.lemmas[index] in vocabulary

    def has_lemma(self, index: int, vocabulary: frozenset[str]) -> bool:
        """Any reading of the word (not only the most probable) is in ``vocabulary``."""
        return not self.keys(index).isdisjoint(vocabulary)

    def phrase(self, indices: Iterable[int]) -> str:
        """The original spelling of the given tokens, spaced as in the text."""
        out: list[str] = []
        previous: Token | None = None
        for index in sorted(indices):
            token = self.tokens[index]
            if previous is not None and previous.end != token.start:
                out.append(" ")
            out.append(token.text)
            previous = token
        return "".join(out)


def analyse_words(text: str, morphology: Morphology, *, normalised: bool = False) -> Words:
    """Tokenise and analyse ``text`` once (pass ``normalised=True`` if it already is)."""
    if not normalised:
        text = normalise_text(text)
    info_of = morphology.info
    tokens: list[Token] = []
    infos: list[WordInfo | None] = []
    norms: list[str] = []
    lemmas: list[str] = []
    vocabulary: set[str] = set()
    for token in tokenize(text):
        if token.kind == "word":
            info = info_of(token.norm)
            if info.norm != token.norm:  # a corrected typo: rules read the corrected spelling
                token = token._replace(norm=info.norm)  # noqa: PLW2901
            infos.append(info)
            lemmas.append(info.lemma)
            vocabulary.update(info.lemmas)
        else:
            infos.append(None)
            lemmas.append(token.norm)
        tokens.append(token)
        norms.append(token.norm)
        vocabulary.add(token.norm)
    following: list[int | None] = [None] * len(tokens)
    upcoming: int | None = None
    for n in range(len(tokens) - 1, -1, -1):
        following[n] = upcoming
        if infos[n] is not None:
            upcoming = n
    return Words(
        text,
        tuple(tokens),
        tuple(infos),
        detect_language(text),
        frozenset(vocabulary),
        tuple(following),
        tuple(norms),
        tuple(lemmas),
    )
