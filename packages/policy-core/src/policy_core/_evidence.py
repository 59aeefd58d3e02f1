"""How much a command's words say "a household request", whatever the rules read in it.

The rules accept evidence one construction at a time, and text unlike anything they were
written from (a pasted chat turn, a remark, a recipe) sometimes passes one of their readers.
This model looks at the whole wording instead: a logistic model over the presence of words,
word pairs, word stems and the words that open and close the text, fitted on the open half of
the golden dataset to tell the commands that should act (an execute or a confirm) from those
that should not (``tools/evidence``). Its weights ship as data (``data/evidence.json``).

``PolicySettings.min_action_evidence`` turns an execute or confirm of the rules' own reading
whose text scores below it into a clarify (``_decision``). A reading an LLM made is gated
only where the caller asks (``RulePolicy.decide_extraction(weigh_wording=True)``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from types import MappingProxyType
from typing import Final, TypeAlias, TypeGuard

from policy_core._text import normalise_text, normalise_word
from policy_core.lang import BUILT_IN, TextWords

__all__ = [
    "ANALYZER",
    "SHIPPED_EVIDENCE",
    "EvidenceModel",
    "evidence_terms",
    "load_evidence_model",
    "parse_evidence_model",
]

ANALYZER: Final = "words-pairs-stems5-edges/1"
"""The name of ``evidence_terms``' scheme; a model fitted with another scheme is refused."""

_TOKEN: Final = re.compile(r"\w+|[?!:]")
_STEM: Final = 5  # a word longer than this also counts by its first five letters
_START: Final = "^"
_END: Final = "$"


def _tokens(text: str, text_words: TextWords, normalised: bool) -> list[str]:
    """The words and marks of ``text`` the terms are made of: normalised as the rules
    normalise it (unless ``normalised``: it already is), folded as they fold words."""
    if not normalised:
        text = normalise_text(text, text_words)
    return _TOKEN.findall(normalise_word(text, text_words))


def evidence_terms(
    text: str, text_words: TextWords = BUILT_IN.vocabulary.text, *, normalised: bool = False
) -> set[str]:
    """The terms the model weighs in ``text`` once normalised as the rules normalise it
    (``normalise_text``: invisible characters, struck-through words, look-alike letters,
    punctuation said aloud; ``normalised``: it already is) and folded as they fold words: each word and the
    marks "?", "!" and ":"; each pair of neighbours, the first word after the start ("^ купи")
    and the last before the end ("молоко $"); and the first five letters of a longer word
    ("молоко" and "молока" share "молок~").

    >>> sorted(evidence_terms("Купи молока?"))
    ['?', '? $', '^ купи', 'купи', 'купи молока', 'молок~', 'молока', 'молока ?']
    """
    tokens = _tokens(text, text_words, normalised)
    terms = set(tokens)
    # each neighbour pair, the text's start and end counting as neighbours ("^", "$")
    terms.update(map(" ".join, zip([_START, *tokens], [*tokens, _END], strict=True)))
    terms.update([token[:_STEM] + "~" for token in tokens if len(token) > _STEM])
    return terms


@dataclass(frozen=True, slots=True)
class EvidenceModel:
    """``p = 1 / (1 + exp(-(bias + sum of the weights of the terms present))``; a term the
    model has no weight for counts nothing."""

    bias: float
    weights: Mapping[str, float]
    fitted_on: str = ""
    # ``weights`` by word (``_by_word``) and the stems' (``_split_weights``), derived once:
    # ``opinion`` sums the weights while walking the tokens instead of building every term's
    # string
    _by_word: dict[str, _WordWeights] = field(init=False, repr=False, compare=False)
    _stems: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        singles, pairs, stems = _split_weights(self.weights)
        object.__setattr__(self, "_by_word", _by_word(singles, pairs))
        object.__setattr__(self, "_stems", stems)

    def probability(
        self,
        text: str,
        text_words: TextWords = BUILT_IN.vocabulary.text,
        *,
        normalised: bool = False,
    ) -> float:
        """The probability that ``text`` is a command the platform should act on
        (``text_words`` and ``normalised`` as ``evidence_terms`` takes them); the prior,
        ``1 / (1 + exp(-bias))``, for a text none of whose terms the model weighs."""
        score = self.opinion(text, text_words, normalised=normalised)
        return _logistic(self.bias) if score is None else score

    def opinion(
        self,
        text: str,
        text_words: TextWords = BUILT_IN.vocabulary.text,
        *,
        normalised: bool = False,
    ) -> float | None:
        """``probability``, or None when the model weighs none of the text's terms: words it
        never saw (a language it was not fitted on, a name, a new product) tell it nothing, so
        it has no opinion of the text beyond the share of requests it was fitted on.

        The terms are ``evidence_terms``', each counted once, looked up by kind (a word, a
        pair of words, a stem's letters) in one walk over the tokens: no string is built for
        a pair or a stem, no list for the text's start and end."""
        tokens = _tokens(text, text_words, normalised)
        by_word, stems = self._by_word, self._stems
        total, weighed = self.bias, False
        # One walk over the tokens; each word, pair and stem counts once however often said.
        # A word is looked up once, in one table: its own weight and the pairs it opens come
        # together (the table is large: each look-up of it is a miss of the processor's
        # cache in a decision of its own, as a pair's look-up in a table of pairs was).
        words: set[str] = set()
        neighbours: set[tuple[str, str]] = set()  # the weighed pairs counted
        previous = _START
        opened = by_word.get(_START)
        for token in tokens:
            # the weight first: most pairs have none, and a pair with none counts nothing
            # however often it is said (one look-up of the pair instead of three)
            weight = opened[1].get(token) if opened is not None else None
            if weight and (previous, token) not in neighbours:
                neighbours.add((previous, token))
                total, weighed = total + weight, True
            previous = token
            opened = by_word.get(token)
            if token in words:
                continue
            words.add(token)
            if opened is not None and opened[0]:
                total, weighed = total + opened[0], True
        weight = opened[1].get(_END) if opened is not None else None
        if weight:
            total, weighed = total + weight, True
        if stems:
            for stem in {word[:_STEM] for word in words if len(word) > _STEM}:
                weight = stems.get(stem)
                if weight:
                    total, weighed = total + weight, True
        return _logistic(total) if weighed else None

    def to_json(self) -> dict[str, object]:
        return {
            "model": "logistic",
            "analyzer": ANALYZER,
            "fitted_on": self.fitted_on,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }


def _logistic(score: float) -> float:
    """``1 / (1 + exp(-score))``, the score clamped to ±30 so that ``exp`` never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


# A word's own weight (0.0: none) and the weights of the pairs it opens, by the second word.
_WordWeights: TypeAlias = tuple[float, dict[str, float]]
_NO_PAIRS: Final[dict[str, float]] = {}  # (shared, never written)


def _by_word(
    singles: dict[str, float], pairs: dict[tuple[str, str], float]
) -> dict[str, _WordWeights]:
    """``singles`` and ``pairs`` by word: each word's weight, and the pairs it opens by their
    second word ("^" opens the pairs of a text's first word, "$" closes those of its last)."""
    opens: dict[str, dict[str, float]] = {}
    for (first, second), weight in pairs.items():
        opens.setdefault(first, {})[second] = weight
    return {
        word: (singles.get(word, 0.0), opens.get(word, _NO_PAIRS))
        for word in sorted(singles.keys() | opens.keys())
    }


def _split_weights(
    weights: Mapping[str, float],
) -> tuple[dict[str, float], dict[tuple[str, str], float], dict[str, float]]:
    """``weights`` by the kind of term ``evidence_terms`` makes: words and marks (no space, no
    "~"), pairs as two words ("^ купи": ("^", "купи")), stems by their letters ("молок~":
    "молок"). A term of no kind ``evidence_terms`` makes is left out: it is never present."""
    singles: dict[str, float] = {}
    pairs: dict[tuple[str, str], float] = {}
    stems: dict[str, float] = {}
    for term, weight in weights.items():
        first, space, second = term.partition(" ")
        if space:
            if " " not in second and "~" not in term:
                pairs[first, second] = weight
        elif term.endswith("~"):
            if len(term) == _STEM + 1:
                stems[term[:-1]] = weight
        elif term:
            singles[term] = weight
    return singles, pairs, stems


def parse_evidence_model(doc: Mapping[str, object]) -> EvidenceModel:
    """An EvidenceModel from its JSON form; another analyzer's model is refused."""
    if doc.get("analyzer") != ANALYZER:
        raise ValueError(f"evidence model: `analyzer` must be {ANALYZER!r}")
    weights, bias = doc.get("weights"), doc.get("bias")
    if not isinstance(weights, Mapping) or not _is_number(bias):
        raise ValueError("evidence model: needs a finite numeric `bias` and a `weights` object")
    table: dict[str, float] = {}
    for term, weight in weights.items():
        if not _is_number(weight):
            raise ValueError(f"evidence model: the weight of {str(term)[:40]!r} is not a number")
        table[str(term)] = float(weight)
    return EvidenceModel(float(bias), MappingProxyType(table), str(doc.get("fitted_on", "")))


def _is_number(value: object) -> TypeGuard[float]:
    """A finite int or float, and no bool (``True`` is an int to Python, not a weight)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def load_evidence_model() -> EvidenceModel:
    """The evidence model shipped with the package."""
    text = files("policy_core").joinpath("data", "evidence.json").read_text("utf-8")
    return parse_evidence_model(json.loads(text))


SHIPPED_EVIDENCE: Final = load_evidence_model()
"""The model in ``data/evidence.json``, read once on import (frozen)."""
