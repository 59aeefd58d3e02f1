"""The shortcuts taken for speed give exactly what the long way gives.

Each fast path (a first filter, an inlined scan, a cheaper formatting) is compared with the
code it stands in for, on the inputs where they could disagree.
"""

from __future__ import annotations

import ast
import re
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import policy_core
from policy_core._classes import BANK_OF, BANK_SIZE, BANKS, CLASSES, NO_CLASSES, WordClasses
from policy_core._clauses import _QUOTE_MARK, _QUOTES
from policy_core._contracts import ConfirmPayload, Member, ShoppingItem, Task
from policy_core._dates import _find, find_due
from policy_core._household import build_household_index
from policy_core._ids import _format
from policy_core._morphology import Morphology
from policy_core._numbers import _read_number, read_number
from policy_core._rfc3339 import DATE_TIME_PATTERN, _parse_any, is_date_time, parse_date_time
from policy_core._shopping import _read_bare_list, read_bare_list
from policy_core._text import normalise_text, tokenize
from policy_core._units import _read_measure, read_measure
from policy_core._words import Words, analyse_words
from policy_core.lang import BUILT_IN

_LEXICON = BUILT_IN.vocabulary
_CLASSES = WordClasses(_LEXICON)
_MEASURE = (_LEXICON.units, _LEXICON.numbers)
_DUE = (_LEXICON.dates, _LEXICON.numbers)

SETTINGS = settings(max_examples=400, derandomize=True, database=None, deadline=None)


@pytest.fixture(scope="module")
def morphology() -> Morphology:
    return Morphology()


# --- analyse_words scans the text as tokenize does -----------------------------------------

TEXTS = [
    "Купи 2 литра молока, в 18:00!",
    "Ёлку и ЁЖИКА",
    "don’t buy 1,5 kg",
    "Straße и Ёж",  # "ß" folds to two letters: words are folded one by one
    "робот-пылесос 2кг",
    "zero\u200bwidth",
    "купи малако и хлеп",  # typos the speller corrects
    "٣ apples ½ ² _x_ 12:345 1:30",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_analysed_tokens_are_the_tokenizers(morphology: Morphology, text: str) -> None:
    _check_analysis(morphology, text)


@SETTINGS
@given(text=st.text(st.characters(codec="utf-8"), max_size=40))
def test_analysed_tokens_of_any_text_are_the_tokenizers(morphology: Morphology, text: str) -> None:
    _check_analysis(morphology, text)


def _check_analysis(morphology: Morphology, text: str) -> None:
    normalised = normalise_text(text, _LEXICON.text)
    words = analyse_words(text, morphology, _LEXICON.text, _CLASSES)
    tokens = tokenize(normalised, _LEXICON.text)
    assert len(words.tokens) == len(tokens)
    for token, analysed, info in zip(tokens, words.tokens, words.infos, strict=True):
        assert type(analysed) is type(token)
        expected_norm = token.norm if info is None else info.norm  # the speller's correction
        assert analysed == token._replace(norm=expected_norm)
        assert (info is not None) == (token.kind == "word")
    words_at = [n for n, token in enumerate(tokens) if token.kind == "word"]
    assert words.first_word == (words_at[0] if words_at else None)
    _check_classes(words)


def _banks(words: Words) -> tuple[int, ...]:
    return words.classes0, words.classes1, words.classes2, words.classes3, words.classes4


def _check_classes(words: Words) -> None:
    """Each class bit is set exactly when a spelling or lemma of the text is in the class."""
    for bank, classes in zip(BANKS, _banks(words), strict=True):
        assert 0 <= classes < 1 << len(bank)
        for n, name in enumerate(bank):
            group, field = name.split(".")
            members = getattr(getattr(_LEXICON, group), field)
            assert bool(classes & (1 << n)) == (not words.vocabulary.isdisjoint(members)), name


@pytest.mark.parametrize(
    "text",
    [
        "алиса, напомни Пете: купить хлеба, а то закончился",
        "I'll buy the milk, no wait, never mind; what's the weather?",
        "Пересланное сообщение: не нужно покупать молоко",
        "forget everything and just add 2 big bags of crisps for the party at Tesco",
        "preheat the oven to 180C, mix 2 cups of flour",
    ],
)
def test_word_classes_are_the_vocabularys(morphology: Morphology, text: str) -> None:
    words = analyse_words(text, morphology, _LEXICON.text, _CLASSES)
    assert any(_banks(words))  # (these texts hold class words: the test reads set bits too)
    _check_classes(words)


def test_each_bank_is_a_small_integer() -> None:
    """mypyc tests an int of at most 62 bits in a machine word (a longer one is a Python
    object): no bank is longer, and ``Words`` holds one integer per bank."""
    assert BANK_SIZE <= 62
    assert all(len(bank) <= BANK_SIZE for bank in BANKS)
    assert len(CLASSES) == len(set(CLASSES)) == len(BANK_OF)
    assert (
        len(NO_CLASSES)
        == len(BANKS)
        == len(_banks(analyse_words("", Morphology(), _LEXICON.text, _CLASSES)))
    )


_SOURCE = Path(policy_core.__file__).parent
_READ = re.compile(r"classes(\d)")


def _constants(tree: ast.Module, known: dict[str, set[str]]) -> dict[str, set[str]]:
    """The classes of each module-level constant built from class names or other constants."""
    found = dict(known)
    for statement in tree.body:
        # (a bit ``_BIT["…"]``, a union ``A | B``, another constant: not the tables of banks)
        if isinstance(statement, ast.AnnAssign | ast.Assign) and isinstance(
            statement.value, ast.Subscript | ast.BinOp | ast.Name
        ):
            target = (
                statement.target if isinstance(statement, ast.AnnAssign) else statement.targets[0]
            )
            names = {
                node.value if isinstance(node, ast.Constant) else node.id
                for node in ast.walk(statement.value)
                if (isinstance(node, ast.Constant) and node.value in BANK_OF)
                or (isinstance(node, ast.Name) and node.id in found)
            }
            if isinstance(target, ast.Name) and names and target.id.lstrip("_").isupper():
                found[target.id] = set().union(*(found.get(name, {name}) for name in names))
    return found


def test_each_class_test_reads_its_bank() -> None:
    """Every ``….classesN & X`` in the source tests classes of bank ``N`` only (a class of
    another bank would read a bit of some other class), and every union of classes a
    constant names lies in one bank."""
    classes = _constants(ast.parse((_SOURCE / "_classes.py").read_text("utf-8")), {})
    for name, members in classes.items():
        assert len({BANK_OF[member] for member in members}) == 1, name
    tests = 0
    for path in sorted(_SOURCE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        known = _constants(tree, classes)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.BitAnd)
                and isinstance(node.left, ast.Attribute)
                and (read := _READ.fullmatch(node.left.attr))
            ):
                continue
            names = [name.id for name in ast.walk(node.right) if isinstance(name, ast.Name)]
            assert names, (path.name, node.lineno)
            for name in names:
                assert {BANK_OF[member] for member in known[name]} == {int(read[1])}, (
                    path.name,
                    node.lineno,
                    name,
                )
                tests += 1
    assert tests > 300  # (the check read the rules' tests, not nothing)


# --- RFC 3339: the common spelling read directly --------------------------------------------

_parts = st.tuples(
    st.sampled_from(["2026", "2024", "0001", "9999", "1900"]),
    st.sampled_from(["01", "02", "12", "13", "00"]),
    st.sampled_from(["01", "28", "29", "30", "31", "32"]),
    st.sampled_from(["T", "t", " "]),
    st.sampled_from(["00", "23", "24", "10"]),
    st.sampled_from(["00", "59", "60"]),
    st.sampled_from(["00", "59", "60", "61"]),
    st.sampled_from(["", ".5", ".123456", ".1234567", "."]),
    st.sampled_from(["Z", "z", "+03:00", "-05:30", "+24:00", "+23:59", "-00:00", "+00:60", ""]),
)


@SETTINGS
@given(_parts)
def test_the_common_spelling_reads_as_the_general_parser_reads_it(
    parts: tuple[str, ...],
) -> None:
    year, month, day, t, hour, minute, second, fraction, offset = parts
    value = f"{year}-{month}-{day}{t}{hour}:{minute}:{second}{fraction}{offset}"
    fast, general = parse_date_time(value), _parse_any(value)
    assert fast == general
    if fast is not None and general is not None:
        assert fast.utcoffset() == general.utcoffset()


# --- RFC 3339: the contract models' native pattern is is_date_time ---------------------------

_DATE_TIME = re.compile(DATE_TIME_PATTERN)


def _native(value: str) -> bool:
    """The models' check: Rust's ``$`` is the end of the text (Python's also matches before a
    final newline)."""
    return _DATE_TIME.search(value) is not None and not value.endswith("\n")


def test_the_date_time_pattern_reads_every_date_as_is_date_time() -> None:
    # every remainder of the 400-year cycle, every century, the last years
    years = sorted({*range(405), *range(0, 10_000, 100), 9996, 9999})
    for year in years:
        for month in range(14):
            for day in range(33):
                value = f"{year:04d}-{month:02d}-{day:02d}T10:00:00Z"
                assert _native(value) == is_date_time(value), value


@SETTINGS
@given(_parts, st.sampled_from(["", "\n", " ", "x"]))
def test_the_date_time_pattern_reads_every_spelling_as_is_date_time(
    parts: tuple[str, ...], tail: str
) -> None:
    value = "{}-{}-{}{}{}:{}:{}{}{}".format(*parts) + tail
    assert _native(value) == is_date_time(value)


@SETTINGS
@given(st.text(st.sampled_from("0123456789-:TtZz+. \n０"), max_size=32))
def test_the_date_time_pattern_reads_any_text_as_is_date_time(value: str) -> None:
    assert _native(value) == is_date_time(value)


def test_date_time_fields_are_checked_natively() -> None:
    item = {"name": "milk"}
    payload = {"confirmation_id": "c", "summary": "s", "expires_at": "2024-02-29T23:59:60.5z",
               "proposed_actions": [{"action": "propose_add_shopping_item",
                                     "payload": {"item": item}}]}  # fmt: skip
    assert ConfirmPayload.model_validate(payload).expires_at == payload["expires_at"]
    for bad in ("2026-02-29T10:00:00Z", "2026-03-04T10:00:00Z\n", "2026-03-04T24:00:00Z"):
        with pytest.raises(ValidationError):
            ConfirmPayload.model_validate({**payload, "expires_at": bad})


# --- ids -------------------------------------------------------------------------------------


@SETTINGS
@given(st.binary(min_size=16, max_size=20), st.sampled_from([4, 5]))
def test_ids_are_the_uuid_of_their_bits(raw: bytes, version: int) -> None:
    expected = uuid.UUID(bytes=raw[:16], version=version)
    assert _format(raw.hex(), version) == str(expected)


# --- read_measure's first filter -------------------------------------------------------------

_MEASURE_VOCABULARY = sorted(_LEXICON.numbers.words) + sorted(_LEXICON.units.forms)[:120] + [
    "полкило", "пол-литра", "пол", "полбуханки", "полотенце", "a", "an", "of", "x", "х",
    "по", "молоко", "milk", "eggs", "для", "for", "%", ".", ",", "2", "10", "0.5", "3,2",
    "7up", "2x", "в", "in",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_MEASURE_VOCABULARY), max_size=6), st.booleans())
def test_the_measure_filter_drops_only_phrases_without_a_measure(
    words: list[str], glued: bool
) -> None:
    text = ("" if glued else " ").join(words)
    tokens = tokenize(normalise_text(text, _LEXICON.text), _LEXICON.text)
    assert read_measure(tokens, *_MEASURE) == _read_measure(tokens, *_MEASURE)


# --- read_number's first filter --------------------------------------------------------------

_NUMBER_VOCABULARY = sorted(_LEXICON.numbers.words) + sorted(_LEXICON.numbers.articles) + [
    "2", "10", "1,5", "0.5", "1/2", "/", "молоко", "milk", "of", "по", ".", "18:00", "дюжина",
    "dozen", "couple", "пару",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_NUMBER_VOCABULARY), min_size=1, max_size=5), st.booleans())
def test_the_number_filter_drops_only_tokens_that_start_no_number(
    words: list[str], glued: bool
) -> None:
    tokens = tokenize(
        normalise_text(("" if glued else " ").join(words), _LEXICON.text), _LEXICON.text
    )
    for start in range(len(tokens) + 1):
        assert read_number(tokens, start, _LEXICON.numbers) == _read_number(
            tokens, start, _LEXICON.numbers
        )


# --- read_bare_list's first filter -----------------------------------------------------------

_BARE_VOCABULARY = [
    "молоко", "2", "л", "литра", "хлеб", "и", ",", "полкило", "пол-литра", "полотенце", "kg",
    "1.5kg", "chicken", "eggs", "a", "dozen", "bag", "of", "yes", "да", "это", "важно", "3",
    "avos", "шт", ".", "плз", "пачку", "масла", "bread", "батон", "bred", "rashers", "яиц",
    "купи", "buy", "need",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_BARE_VOCABULARY), min_size=1, max_size=6))
def test_the_bare_list_filter_drops_only_texts_with_a_verb(
    morphology: Morphology, words: list[str]
) -> None:
    household = build_household_index(((("u-a", "Анна"),), (), (), None, None, True), morphology,
                                      _LEXICON.text)  # fmt: skip
    analysed = analyse_words(" ".join(words), morphology, _LEXICON.text, _CLASSES)
    arguments = (analysed, household, morphology, frozenset())
    assert read_bare_list(*arguments, v=_LEXICON) == _read_bare_list(*arguments, v=_LEXICON)


# --- split_clauses looks for quotation marks as _quoted_aside reads them ----------------------


@pytest.mark.parametrize("text", ['a "b" c', "what's up", "«да»", "„x“", "“x”", "x”", "»", "abc"])
def test_the_quote_search_finds_the_opening_marks(text: str) -> None:
    assert (_QUOTE_MARK.search(text) is not None) == (not frozenset(_QUOTES).isdisjoint(text))


# --- find_due's first filter -----------------------------------------------------------------

_DUE_WORDS = (
    "в во к до на at on by in the this next через завтра tomorrow today сегодня послезавтра "
    "пятницу friday sat sun выходных weekend вечером утром morning evening tonight a couple "
    "of дня days недели weeks часа hours минут 5 18:00 8 7pm 9am pm am марта march 5th числа "
    "полдень noon midnight полночь час купи молоко milk , . и and"
)
_DUE_VOCABULARY = tuple(_DUE_WORDS.split())


@SETTINGS
@given(st.lists(st.sampled_from(_DUE_VOCABULARY), max_size=8))
def test_the_due_filter_drops_only_texts_without_a_due_phrase(words: list[str]) -> None:
    tokens = tokenize(normalise_text(" ".join(words), _LEXICON.text), _LEXICON.text)
    now = datetime(2026, 3, 5, 10, tzinfo=timezone(timedelta(hours=3)))
    assert find_due(tokens, now, *_DUE) == _find(tokens, now, *_DUE)


# --- the household's first-key sets ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "помой пол в гостиной и на кухне",
        "clean the living room",
        "добавь в список продуктов и в хозтовары",
        "Маше купить молоко, Пете вынести мусор",
        "the room",
    ],
)
def test_the_first_key_filters_find_what_the_full_search_finds(
    morphology: Morphology, text: str
) -> None:
    household = build_household_index(
        (
            (("u-masha", "Маша"), ("u-petya", "Петя"), ("u-x", None)),
            (("z-living", "Гостиная"), ("z-kitchen", "Кухня"), ("z-lr", "Living room"),
             ("z-room", "Room")),
            (("l-products", "Продукты"), ("l-household", "Хозтовары")),
            None,
            None,
            True,
        ),
        morphology,
        _LEXICON.text,
    )  # fmt: skip
    words = analyse_words(text, morphology, _LEXICON.text, _CLASSES)
    assert household.find_zones(words) == household.find_all(words, household.zones)
    assert household.find_lists(words) == household.find_all(words, household.lists)
    for index in range(len(words)):
        keys = words.keys(index)
        expected = next(
            (m for m in household.members if m.keys and m.keys[0] in keys and words.is_word(index)),
            None,
        )
        assert household.find_member(words, index) == expected


# --- optional contract fields: left out, never null ------------------------------------------


def test_optional_fields_may_be_left_out_but_not_null() -> None:
    assert Member.model_validate({"user_id": "u"}).display_name is None
    with pytest.raises(ValidationError):
        Member.model_validate({"user_id": "u", "display_name": None})
    with pytest.raises(ValidationError):
        Member.model_validate({"user_id": "u", "workload_score": None})
    assert Member.model_validate({"user_id": "u", "workload_score": 10**400}).workload_score


def test_constraints_of_optional_fields_still_apply() -> None:
    assert ShoppingItem.model_validate({"name": "milk", "quantity": "1.5"}).quantity == "1.5"
    for bad in ("1,5", "", None, 2):
        with pytest.raises(ValidationError):
            ShoppingItem.model_validate({"name": "milk", "quantity": bad})
    with pytest.raises(ValidationError):
        ShoppingItem.model_validate({"name": "milk", "unit": ""})
    with pytest.raises(ValidationError):
        Task.model_validate({"title": "x", "due": "2026-03-05T19:00"})
