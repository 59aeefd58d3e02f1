"""The language layer: one lexicon per language, a registry, and the union the rules read.

Every word the rules match lives here, by language (``ru``, ``en``), in typed groups
(``TriggerWords`` for clause triggers, ``DateWords`` for due phrases, ``UnitWords`` …), beside
its message catalogue. The matchers (``policy_core._clauses``, ``_dates``, ``_units`` …) hold
no words: they receive the merged ``Vocabulary``. ``BUILT_IN`` is Russian and English; a
policy built with another ``Languages`` reads its words too (see the package README).
"""

from __future__ import annotations

from policy_core.lang._lexicon import (
    MESSAGE_KEYS,
    CorridorWords,
    DateWords,
    Language,
    Lexicon,
    Meridiem,
    MorphologyWords,
    NumberWords,
    OpenWorldWords,
    ShoppingWords,
    SuffixRule,
    TaskWords,
    TextWords,
    TriggerWords,
    UnitWords,
    Vocabulary,
    merge,
)
from policy_core.lang._registry import Languages
from policy_core.lang.en import ENGLISH
from policy_core.lang.ru import RUSSIAN

__all__ = [
    "BUILT_IN",
    "ENGLISH",
    "MESSAGE_KEYS",
    "RUSSIAN",
    "CorridorWords",
    "DateWords",
    "Language",
    "Languages",
    "Lexicon",
    "Meridiem",
    "MorphologyWords",
    "NumberWords",
    "OpenWorldWords",
    "ShoppingWords",
    "SuffixRule",
    "TaskWords",
    "TextWords",
    "TriggerWords",
    "UnitWords",
    "Vocabulary",
    "merge",
]

BUILT_IN = Languages((RUSSIAN, ENGLISH), default="en")
"""Russian (text holding a Cyrillic letter) and English (any other text)."""
