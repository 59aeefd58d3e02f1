"""``python -m tools.evidence``: what it fits on, and that the shipped model is its fit."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from policy_core._evidence import SHIPPED_EVIDENCE
from policy_eval import load_golden
from tools.evidence.__main__ import CORPUS, corpus_samples, fit, main, samples
from tools.tests._tree import REPO, write

GOLDEN = REPO / "golden"


def test_the_shipped_model_is_a_fit_of_todays_golden_open_half(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--golden", str(GOLDEN), "--check"]) == 0
    out = capsys.readouterr().out
    assert "evidence: up to date" in out
    assert "check on sealed:" in out


def test_the_excluded_files_and_the_sealed_half_are_not_fitted_on() -> None:
    open_half = load_golden(GOLDEN).split("open").cases
    in_b6 = [case for case in open_half if PurePosixPath(case.source).name.startswith("b6_")]
    fitted = samples(GOLDEN, "open", "b6_*.jsonl")
    assert in_b6
    assert len(fitted) == len(open_half) - len(in_b6)
    assert f"{len(fitted)} cases" in SHIPPED_EVIDENCE.fitted_on


def _small_golden(directory: Path) -> Path:
    """A golden tree in ``directory``: a few open cases of each kind, the shipped households."""
    write(
        directory,
        "cases/probe.jsonl",
        """
        {"id": "p-1", "lang": "ru", "difficulty": "easy", "tags": ["household"], "text": "купи хлеб", "context": "family_ru", "expected": {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}}
        {"id": "p-2", "lang": "ru", "difficulty": "easy", "tags": ["ood"], "text": "включи свет", "context": "family_ru", "expected": {"intent": "unsupported", "outcome": "reject", "action": "reject"}}
        {"id": "p-3", "lang": "ru", "difficulty": "easy", "tags": ["household"], "text": "купи", "context": "family_ru", "expected": {"intent": "add_shopping_item", "outcome": "clarify", "action": "clarify"}}
        {"id": "p-4", "lang": "en", "difficulty": "easy", "tags": ["ood"], "text": "what's the weather", "context": "family_en", "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"}}
        """,
    )
    for shared in ("contexts.json", "case.schema.json"):
        (directory / shared).write_text((GOLDEN / shared).read_text("utf-8"), "utf-8")
    return directory


def test_labels_are_whether_the_case_expects_a_served_request(tmp_path: Path) -> None:
    _small_golden(tmp_path)
    assert samples(tmp_path, "open") == [
        ("купи хлеб", True),
        ("включи свет", False),
        ("купи", True),
        ("what's the weather", False),
    ]
    model = fit(samples(tmp_path, "open"), "probe")
    assert model.probability("купи хлеб") > 0.5 > model.probability("включи свет")


def test_one_kind_of_case_alone_cannot_be_fitted() -> None:
    with pytest.raises(SystemExit, match="both requests and non-requests"):
        fit([("купи хлеб", True), ("купи сыр", True)], "one kind")


def test_the_corpus_is_read_in_file_and_line_order(tmp_path: Path) -> None:
    write(tmp_path, "b.jsonl", '{"text": "turn the lights off", "acting": false, "lang": "en"}\n')
    write(
        tmp_path,
        "a.jsonl",
        """
        {"text": "купи хлеба", "acting": true, "lang": "ru"}

        {"text": "add oat milk pls", "acting": true, "lang": "en"}
        """,
    )
    write(tmp_path, "notes.md", "not read")
    assert corpus_samples(tmp_path) == [
        ("купи хлеба", True),
        ("add oat milk pls", True),
        ("turn the lights off", False),
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "купи хлеба", "acting": true', "not JSON"),
        ('["купи хлеба", true, "ru"]', "expected an object, got list"),
        ('{"text": "купи хлеба", "lang": "ru"}', "missing field(s) acting"),
        ('{"text": "x", "acting": true, "lang": "ru", "note": 1}', "unexpected field(s) 'note'"),
        ('{"text": "купи хлеба", "acting": "yes", "lang": "ru"}', "acting: expected true or false"),
        ('{"text": " \\n\\t ", "acting": true, "lang": "ru"}', "text: expected a non-empty"),
        ('{"text": 7, "acting": true, "lang": "ru"}', "text: expected a non-empty string"),
        ('{"text": "kauf Brot", "acting": true, "lang": "de"}', "lang: expected one of"),
    ],
)
def test_a_malformed_corpus_line_stops_the_fit_naming_its_file_line_and_problem(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path, "c.jsonl", '{"text": "ok", "acting": false, "lang": "en"}\n' + line)
    with pytest.raises(SystemExit) as raised:
        corpus_samples(tmp_path)
    assert str(raised.value).startswith(f"evidence: {path}:2: ")
    assert problem in str(raised.value)


def test_a_corpus_line_with_a_thousand_fields_is_named_in_a_bounded_message(
    tmp_path: Path,
) -> None:
    fields = {f"field{number:04d}" + "x" * 500: number for number in range(1000)}
    write(tmp_path, "c.jsonl", json.dumps({"text": "ok", "acting": False, "lang": "en", **fields}))
    with pytest.raises(SystemExit) as raised:
        corpus_samples(tmp_path)
    assert "and 997 more" in str(raised.value)
    assert len(str(raised.value)) < 400


def test_a_missing_corpus_folder_stops_the_fit(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="is not a folder"):
        corpus_samples(tmp_path / "nowhere")


def test_the_shipped_corpus_holds_both_kinds_and_is_fitted_on_apart_from_golden_texts() -> None:
    corpus = corpus_samples(REPO / CORPUS)
    acting = sum(label for _, label in corpus)
    assert 0.35 < acting / len(corpus) < 0.65
    assert "wording corpus:" in SHIPPED_EVIDENCE.fitted_on
    fitted = int(SHIPPED_EVIDENCE.fitted_on.split("wording corpus: ")[1].split()[0])
    golden_texts = {case.command.text for case in load_golden(GOLDEN).split("all").cases}
    assert 0 < fitted <= len(corpus) - sum(text in golden_texts for text, _ in corpus)


def test_measure_scores_each_corpus_file_by_a_model_fitted_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    golden = _small_golden(tmp_path / "golden")
    write(
        tmp_path,
        "corpus/a.jsonl",
        """
        {"text": "купи молока и сыра", "acting": true, "lang": "ru"}
        {"text": "выключи музыку", "acting": false, "lang": "ru"}
        {"text": "buy bread and eggs", "acting": true, "lang": "en"}
        """,
    )
    write(
        tmp_path,
        "corpus/b.jsonl",
        """
        {"text": "add apples to the list", "acting": true, "lang": "en"}
        {"text": "what time is it", "acting": false, "lang": "en"}
        {"text": "remind Олег to call mum", "acting": true, "lang": "mixed"}
        """,
    )
    shipped = (REPO / "packages/policy-core/src/policy_core/data/evidence.json").read_bytes()
    args = ["--golden", str(golden), "--corpus", str(tmp_path / "corpus"), "--measure"]
    assert main([*args, "--threshold", "0.15", "1"]) == 0
    out = capsys.readouterr().out
    rows = {line.split("|")[0].strip(): line.split("|")[1:] for line in out.splitlines()}
    # texts and acted (by the rules, gate off) of each kind, per file and in all
    assert rows["a.jsonl"][0].split()[:2] == ["2", "2"]
    assert rows["a.jsonl"][1].split()[:2] == ["1", "0"]
    assert rows["b.jsonl"][0].split()[:2] == ["2", "2"]
    assert rows["all"][0].split()[:2] == ["4", "4"]
    assert rows["all"][1].split()[:2] == ["2", "0"]
    assert "gate at 0.15;" in out
    # every threshold's totals; at 1 the gate holds back every text the rules act on
    assert "at 0.15: acted on after the gate: requests" in out
    assert "at 1.0: acted on after the gate: requests 0 of 4, non-requests 0 of 2" in out
    # a measure writes nothing
    assert (
        REPO / "packages/policy-core/src/policy_core/data/evidence.json"
    ).read_bytes() == shipped


def test_measure_needs_two_authors(tmp_path: Path) -> None:
    golden = _small_golden(tmp_path / "golden")
    write(tmp_path, "corpus/a.jsonl", '{"text": "buy milk now", "acting": true, "lang": "en"}\n')
    with pytest.raises(SystemExit, match="at least two files"):
        main(["--golden", str(golden), "--corpus", str(tmp_path / "corpus"), "--measure"])


@pytest.mark.parametrize("threshold", ["1.5", "-0.1", "nan", "half"])
def test_measure_refuses_a_threshold_outside_0_to_1(
    threshold: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--measure", "--threshold", threshold])
    assert "expected a number in 0..1" in capsys.readouterr().err
