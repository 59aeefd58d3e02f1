"""The language layer: every word the rules read lives in ``policy_core.lang``.

* No matcher module holds a Russian or English word: a string constant with a letter in it
  is either a docstring, a module's ``__all__`` or a class's ``__slots__``, a regex pattern,
  or contract vocabulary (the allow-list below). Everything else is language data and belongs in a lexicon.
* The built-in lexicons are complete and consistent (catalogues, units, the registry).
* A third language plugs in as data only: a toy lexicon decides a command end to end.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest

import policy_core
from policy_core import PolicySettings, RulePolicy, explain
from policy_core._clauses import ClauseKind
from policy_core._contracts import CAPABILITIES, DecisionDTO
from policy_core._dates import HitKind
from policy_core._extraction import Extraction, Grounding, Unrecognised
from policy_core._intent import Intent
from policy_core._text import TokenKind
from policy_core.lang import (
    BUILT_IN,
    ENGLISH,
    MESSAGE_KEYS,
    RUSSIAN,
    Languages,
    Lexicon,
    Meridiem,
    TriggerWords,
    Vocabulary,
)
from policy_core.lang import _lexicon as lexicon_module
from policy_core.testing import make_command

PACKAGE = Path(policy_core.__file__).parent

# Modules that match no text: they hold contract vocabulary, versions and catalogue keys only.
NOT_MATCHERS = {
    "__init__.py": "re-exports",
    "_cli.py": "command-line I/O",
    "_confidence.py": "the confidence model: feature names and its file's keys",
    "_contracts.py": "the JSON contract's models, field names and enums",
    "_decision.py": "payloads from an Extraction; message catalogue keys, no text matched",
    "_evidence.py": "the evidence model: its terms' scheme and its file's keys",
    "_ids.py": "id derivation",
    "_intent.py": "reading an intent back from a decision (contract vocabulary)",
    "_limits.py": "input limits: messages about the contract",
    "_policy.py": "orchestration: the version string",
    "_rfc3339.py": "timestamp syntax",
    "_schemas.py": "schema file names",
    "_settings.py": "environment variable names",
    "_telemetry.py": "log record fields",
    "_validation.py": "JSON-pointer messages about the contract",
    "exceptions.py": "error messages",
    "testing.py": "test helpers",
}

# Identifiers spelled like words, that are no language's words:
# - the values of the package's Literal types (token kinds, clause kinds, intents, ...);
# - the field names of the contract's models and of the Extraction (attrgetter, missing_fields);
# - OpenCorpora grammeme names, the morphology library's tags;
# - "NFKC" (a Unicode normal form), "f" (a number format), "seconds" (an isoformat timespec),
#   "S" (the Unicode general category of symbols), "So", "Sk", "Mn", "Cf" (the Unicode
#   categories a pictograph is typed in: an other symbol, a modifier, a mark, a format).
_LITERAL_TYPES: tuple[Any, ...] = (
    TokenKind,
    ClauseKind,
    HitKind,
    Intent,
    Grounding,
    Unrecognised,
    Meridiem,
)
_GRAMMEMES = {"NOUN", "ADJF", "PRTF", "NUMR", "INFN", "VERB", "Name", "Surn", "Patr", "2per"}
_GRAMMEMES |= {"PRED", "COMP", "GRND", "PRTS", "NPRO", "PREP"}  # parts of speech
_GRAMMEMES |= {
    "impr",
    "nomn",
    "accs",
    "gent",
    "datv",
    "sing",
    "plur",
    "inan",
    "Geox",
    "past",
    "futr",
    "ablt",
    "loct",
    "femn",
    "loc2",
    "gen2",
    "acc2",
    "PRCL",
    "PREP",
    "CONJ",
    "INTJ",
    "COMP",
    "NPRO",
    "PRTF",
    "PRTS",
    "ADJS",
    "ADVB",
    "GRND",
    "anim",
    "3per",
    "1per",
}


def _contract_fields() -> set[str]:
    import policy_core._contracts as contracts  # noqa: PLC0415

    names: set[str] = set()
    for value in vars(contracts).values():
        fields = getattr(value, "model_fields", None)
        if isinstance(fields, dict):
            names.update(fields)
    return names


ALLOWED = (
    {value for alias in _LITERAL_TYPES for value in get_args(alias)}
    | _contract_fields()
    | {f.name for f in dataclasses.fields(Extraction)}
    | set(CAPABILITIES)
    | _GRAMMEMES
    | {"NFKC", "f", "seconds", "S", "So", "Sk", "Mn", "Cf"}
)
# snake_case names and dotted field paths ("text_too_long", "task.assignee_id"): no language
# writes a word so.
IDENTIFIER = re.compile(r"[a-z]{2,}(?:[._][a-z]{2,})+")


def _matcher_modules() -> list[Path]:
    return [path for path in sorted(PACKAGE.glob("*.py")) if path.name not in NOT_MATCHERS]


def _exempt_nodes(tree: ast.Module) -> set[int]:
    """Docstrings (and attribute docstrings: any bare string statement), ``__all__`` and
    ``__slots__`` entries (names, not words), the patterns given to ``re.compile`` and the
    messages of raised exceptions."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            exempt.add(id(node.value))
        if isinstance(node, ast.Raise):
            exempt.update(id(n) for n in ast.walk(node))
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
            isinstance(t, ast.Name) and t.id in {"__all__", "__slots__"} for t in targets
        ):
            exempt.update(id(n) for n in ast.walk(node))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and node.args
        ):
            exempt.update(id(n) for n in ast.walk(node.args[0]))
    return exempt


def _word_literals(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = _exempt_nodes(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in exempt
            and any(ch.isalpha() for ch in node.value)
            and node.value not in ALLOWED
            and not IDENTIFIER.fullmatch(node.value)
        ):
            yield node.lineno, node.value


def test_the_matcher_list_covers_the_rules() -> None:
    names = {path.name for path in _matcher_modules()}
    assert {"_clauses.py", "_corridor.py", "_dates.py", "_units.py", "_numbers.py"} <= names
    assert {"_shopping.py", "_tasks.py", "_messages.py", "_words.py", "_text.py"} <= names
    assert {"_spelling.py", "_morphology.py", "_read.py", "_resolve.py"} <= names


@pytest.mark.parametrize("path", _matcher_modules(), ids=lambda p: p.name)
def test_matchers_hold_no_word_literals(path: Path) -> None:
    found = [f"{path.name}:{line}: {value!r}" for line, value in _word_literals(path)]
    assert not found, "word literals belong in policy_core/lang/:\n" + "\n".join(found)


def test_the_check_sees_a_word_literal(tmp_path: Path) -> None:
    module = tmp_path / "_probe.py"
    module.write_text(
        '"""Docstring: купи молоко."""\n__all__ = ["probe"]\n'
        'class Probe:\n    __slots__ = ("word",)\n'
        'def probe(word: str) -> bool:\n    """buy milk"""\n'
        '    return word in {"купить", "buy", "word", "text_too_long", ","}\n',
        encoding="utf-8",
    )
    assert [value for _, value in _word_literals(module)] in (
        ["купить", "buy"],
        ["buy", "купить"],
    )


# --- the built-in lexicons --------------------------------------------------------------


@pytest.mark.parametrize("lexicon", [RUSSIAN, ENGLISH], ids=lambda lx: lx.code)
def test_each_catalogue_has_every_sentence(lexicon: Lexicon) -> None:
    assert set(lexicon.messages) == MESSAGE_KEYS


def test_a_catalogue_missing_a_sentence_is_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        Lexicon("xx", "", Vocabulary(), {"q.text": "?"})


def test_registry_detects_by_script_and_falls_back_to_the_default() -> None:
    assert BUILT_IN.detect("купи milk и bread") == "ru"
    assert BUILT_IN.detect("buy milk") == "en"
    assert BUILT_IN.detect("") == "en"
    assert BUILT_IN.by_code["ru"] is RUSSIAN
    assert BUILT_IN.messages("xx") is ENGLISH.messages


def test_registry_needs_distinct_codes_and_a_registered_default() -> None:
    with pytest.raises(ValueError, match="distinct codes"):
        Languages((RUSSIAN, RUSSIAN), default="ru")
    with pytest.raises(ValueError, match="default among them"):
        Languages((RUSSIAN,), default="en")


def test_the_rules_read_the_union_of_the_languages() -> None:
    merged = BUILT_IN.vocabulary
    ru, en = RUSSIAN.vocabulary, ENGLISH.vocabulary
    assert merged.triggers.shop_verbs == ru.triggers.shop_verbs | en.triggers.shop_verbs
    assert dict(merged.units.forms) == {**en.units.forms, **ru.units.forms}
    assert merged.dates.weekdays["пятницу"] == merged.dates.weekdays["friday"] == 4
    # derived indexes are recomputed for the union
    assert {"купить", "buy"} <= merged.triggers.candidates


@pytest.mark.parametrize(
    ("word", "unit"),
    [("килограмма", "kg"), ("бутылок", "bottle"), ("пучка", "пучок"), ("lbs", "pound")],
)
def test_unit_forms_of_each_language(word: str, unit: str) -> None:
    assert BUILT_IN.vocabulary.units.forms[word] == unit


def test_every_unit_code_of_the_contract_has_forms() -> None:
    codes = set(BUILT_IN.vocabulary.units.forms.values())
    assert {"kg", "g", "l", "ml", "pcs", "pack", "bottle", "can", "loaf", "box", "bag"} <= codes


# --- a third language, as data only -----------------------------------------------------

# A toy language written in Greek letters: a few words, its own sentences.
_TOY_MESSAGES = {
    **ENGLISH.messages,
    "ui.items": "Αγορά: {items}",
    "x.execute": "Κατάλαβα: {what}.",
    "w.items": "ψώνια ({count})",
    "q.intent": "Δεν κατάλαβα. Μπορώ να προσθέσω ψώνια ή να φτιάξω μια εργασία.",
}
TOY = Lexicon(
    code="el",
    script="[\u0370-\u03ff]",
    vocabulary=Vocabulary(
        triggers=TriggerWords(
            shop_verbs=frozenset({"αγόρασε"}),
            joiners=frozenset({",", "και"}),
        ),
        shopping=dataclasses.replace(Vocabulary().shopping, separators=frozenset({",", "και"})),
    ),
    messages=_TOY_MESSAGES,
)
WITH_TOY = Languages((RUSSIAN, TOY, ENGLISH), default="en")


@pytest.fixture(scope="module")
def toy_policy() -> RulePolicy:
    return RulePolicy(languages=WITH_TOY)


def _decide(policy: RulePolicy, text: str) -> DecisionDTO:
    return explain(
        make_command(text), PolicySettings(deterministic_ids=True), policy=policy
    ).decision


def test_a_toy_language_decides_a_purchase(toy_policy: RulePolicy) -> None:
    decision = _decide(toy_policy, "αγόρασε γάλα και ψωμί")
    assert decision.action == "start_job"
    dumped = decision.model_dump(mode="json")
    names = [a["payload"]["item"]["name"] for a in dumped["payload"]["proposed_actions"]]
    assert names == ["γάλα", "ψωμί"]
    assert dumped["payload"]["ui_message"] == "Αγορά: γάλα, ψωμί"
    assert dumped["explanation"] == "Κατάλαβα: ψώνια (2)."


def test_a_toy_language_asks_in_its_own_sentences(toy_policy: RulePolicy) -> None:
    decision = _decide(toy_policy, "καλημέρα")
    assert decision.action == "clarify"
    assert decision.model_dump(mode="json")["payload"]["question"].startswith("Δεν κατάλαβα")


def test_the_other_languages_read_as_before_beside_a_toy_one(toy_policy: RulePolicy) -> None:
    for text in ("купи 2 литра молока", "remind Tom to take out the trash tomorrow"):
        with_toy = _decide(toy_policy, text).model_dump(mode="json")
        built_in = _decide(RulePolicy(toy_policy.morphology), text).model_dump(mode="json")
        with_toy.pop("trace_id"), built_in.pop("trace_id")
        with_toy.pop("created_at"), built_in.pop("created_at")
        assert with_toy == built_in


def test_lexicon_groups_merge_field_by_field() -> None:
    merged = lexicon_module.merge(TOY.vocabulary, ENGLISH.vocabulary)
    assert {"αγόρασε", "buy"} <= merged.triggers.shop_verbs
    assert merged.units.forms == ENGLISH.vocabulary.units.forms
