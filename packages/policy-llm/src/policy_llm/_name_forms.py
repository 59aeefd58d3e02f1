"""Whether a word is an affectionate form of a member's name ("Машеньке" of "Маша", "Tommy"
of "Tom"): the name's stem, one diminutive suffix, and at most a short case ending.

The rules know members by their names in every grammatical case, not by the forms a family
calls them; when the rules ask who "Машенька" is, a model's hint that she is the member
"Маша" is accepted only when this check says the word is built on that name. The suffixes
are language data; a stem is the name without a final vowel ("Маш", "Emm"), the whole name
when it is short ("Tom"), and never under three letters, so "Jacob" is no form of "Jack" and
"Tomas" none of "Tom".
"""

from __future__ import annotations

__all__ = ["DIMINUTIVE_SUFFIXES", "is_name_form"]

#: What follows a name's stem in its affectionate forms, Russian and English.
DIMINUTIVE_SUFFIXES: tuple[str, ...] = (
    # Машенька, Сонечка, Светочка, Аннушка, Илюша, Машуля, Машуня, Петруся, Машка, Петька
    "еньк",
    "оньк",
    "ечк",
    "очк",
    "ушк",
    "юшк",
    "уш",
    "юш",
    "ул",
    "ун",
    "ус",
    "к",
    "ьк",
    # Tommy, Jackie, Emmy, Danny
    "y",
    "ie",
    "ey",
    "my",
    "ny",
)
_VOWELS = frozenset("аеёиоуыэюяaeiouy")
_SHORTEST_STEM = 3
_LONGEST_ENDING = 3  # a case ending after the suffix: Машеньк|ой


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _stem(name: str) -> str:
    folded = _fold(name)
    if len(folded) > _SHORTEST_STEM and folded[-1] in _VOWELS:
        return folded[:-1]
    return folded


def is_name_form(word: str, name: str) -> bool:
    """``word`` is an affectionate form of ``name`` (not the name itself).

    >>> is_name_form("Машеньке", "Маша"), is_name_form("Tommy", "Tom")
    (True, True)
    >>> is_name_form("Марине", "Маша"), is_name_form("Jackson", "Jack")
    (False, False)
    """
    stem, folded = _stem(name), _fold(word)
    if len(stem) < _SHORTEST_STEM or not folded.startswith(stem) or folded == _fold(name):
        return False
    rest = folded[len(stem) :]
    return any(
        rest.startswith(suffix) and len(rest) - len(suffix) <= _LONGEST_ENDING
        for suffix in DIMINUTIVE_SUFFIXES
    )
