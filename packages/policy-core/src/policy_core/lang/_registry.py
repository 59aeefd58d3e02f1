"""The languages a policy reads: lexicons keyed by code, detection, and their union."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from functools import reduce
from types import MappingProxyType

from policy_core.lang._lexicon import Language, Lexicon, Vocabulary, merge

__all__ = ["Languages"]


def _every_word(group: object) -> frozenset[str]:
    """Every word a group of lexicon data holds: its word sets, map keys and phrases."""
    found: set[str] = set()
    for f in fields(group):  # type: ignore[arg-type]
        value = getattr(group, f.name)
        if isinstance(value, frozenset):
            found.update(v for v in value if isinstance(v, str))
        elif isinstance(value, Mapping):
            found.update(k for k in value if isinstance(k, str))
        elif isinstance(value, tuple):
            for entry in value:
                if isinstance(entry, tuple):
                    found.update(w for w in entry if isinstance(w, str))
        elif is_dataclass(value):
            found |= _every_word(value)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Languages:
    """A registry of lexicons. ``vocabulary`` is their union: the words the rules read in
    every text, so mixed text ("купи milk и bread") is read whole. A text's language (for its
    sentences) is the first lexicon, in order, whose script letters it holds, else ``default``.

    >>> from policy_core.lang import BUILT_IN
    >>> BUILT_IN.detect("купи milk"), BUILT_IN.detect("buy milk")
    ('ru', 'en')
    """

    lexicons: tuple[Lexicon, ...]
    default: Language
    vocabulary: Vocabulary = field(init=False, repr=False, compare=False)
    readable: frozenset[str] = field(init=False, repr=False, compare=False)
    by_code: Mapping[Language, Lexicon] = field(init=False, repr=False, compare=False)
    _scripts: tuple[tuple[Callable[[str], object], Language], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_code = MappingProxyType({lexicon.code: lexicon for lexicon in self.lexicons})
        if len(by_code) != len(self.lexicons) or self.default not in by_code:
            raise ValueError("languages need distinct codes and a default among them")
        setattr_ = object.__setattr__
        setattr_(self, "by_code", by_code)
        vocabulary = reduce(merge, (lx.vocabulary for lx in self.lexicons))
        setattr_(self, "vocabulary", vocabulary)
        setattr_(self, "readable", _every_word(vocabulary))
        scripts = tuple(
            (re.compile(lx.script).search, lx.code) for lx in self.lexicons if lx.script
        )
        setattr_(self, "_scripts", scripts)

    def detect(self, text: str) -> Language:
        """The language of ``text``: the first whose script letters it holds, else the default."""
        for search, code in self._scripts:
            if search(text):
                return code
        return self.default

    def messages(self, language: Language) -> Mapping[str, str]:
        """The sentence catalogue of ``language`` (the default's for a code not registered)."""
        lexicon = self.by_code.get(language) or self.by_code[self.default]
        return lexicon.messages
