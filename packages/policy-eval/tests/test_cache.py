"""The LLM response cache: keys cover every input, errors are never stored, writes are atomic."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from policy_eval import CacheStats, ResponseCache

REQUEST: dict[str, Any] = {
    "endpoint": "http://127.0.0.1:8080/v1/chat/completions",
    "model": "smollm2-135m",
    "messages": [{"role": "system", "content": "extract"}, {"role": "user", "content": "milk"}],
    "parameters": {"temperature": 0.0, "max_tokens": 256},
    "response_schema": {"type": "object"},
}
OK = {"choices": [{"message": {"content": "{}"}}], "usage": {"total_tokens": 3}}


def _key(**changes: Any) -> str:
    return ResponseCache.key(**{**REQUEST, **changes})


@pytest.mark.parametrize(
    "change",
    [
        {"endpoint": "http://127.0.0.1:9090/v1/chat/completions"},
        {"model": "smollm2-360m"},
        {"messages": [{"role": "user", "content": "bread"}]},
        {"messages": [{"role": "user", "content": "milk"}, {"role": "system", "content": "x"}]},
        {"parameters": {"temperature": 0.7, "max_tokens": 256}},
        {"parameters": {"temperature": 0.0, "max_tokens": 512}},
        {"parameters": {"temperature": 0.0, "max_tokens": 256, "seed": 1}},
        {"response_schema": {"type": "object", "required": ["intent"]}},
        {"response_schema": None},
    ],
    ids=lambda change: next(iter(change)),
)
def test_every_input_changes_the_key(change: dict[str, Any]) -> None:
    assert _key(**change) != _key()


def test_key_is_stable_and_independent_of_key_order() -> None:
    reordered = {"max_tokens": 256, "temperature": 0.0}
    assert _key(parameters=reordered) == _key()
    assert len(_key()) == 64
    assert int(_key(), 16) >= 0


def test_put_then_get_counts_hits_and_misses(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = _key()
    assert cache.get(key) is None
    assert cache.put(key, OK) is True
    assert cache.get(key) == OK
    assert ResponseCache(tmp_path).get(key) == OK  # survives the process, so to speak
    assert cache.stats == CacheStats(hits=1, misses=1, writes=1, refused=0)
    stored = tmp_path / key[:2] / f"{key}.json"
    assert json.loads(stored.read_text("utf-8")) == {"key": key, "response": OK}


def test_an_exception_is_never_cached(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    calls = []

    def failing() -> dict[str, Any]:
        calls.append(1)
        raise TimeoutError("llm took too long")

    for _ in range(2):
        with pytest.raises(TimeoutError):
            cache.fetch(_key(), failing)
    assert len(calls) == 2
    assert list(tmp_path.rglob("*.json")) == []
    assert cache.fetch(_key(), lambda: OK) == OK
    assert cache.fetch(_key(), failing) == OK  # now a hit: the call is not made
    assert len(calls) == 2


def test_an_error_body_is_refused(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    assert cache.put(_key(), {"error": {"message": "rate limited", "code": 429}}) is False
    assert cache.get(_key()) is None
    assert cache.stats.refused == 1
    assert list(tmp_path.rglob("*")) == []


def test_corrupt_or_foreign_entries_are_misses(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = _key()
    path = tmp_path / key[:2] / f"{key}.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None
    path.write_text(json.dumps({"key": "0" * 64, "response": OK}), encoding="utf-8")
    assert cache.get(key) is None
    assert cache.stats.misses == 2


@pytest.mark.parametrize("key", ["../../etc/passwd", "ABC", "0" * 63, ""])
def test_only_sha256_keys_are_accepted(tmp_path: Path, key: str) -> None:
    with pytest.raises(ValueError, match="not a cache key"):
        ResponseCache(tmp_path).get(key)


def test_concurrent_writers_leave_whole_entries_and_no_temporaries(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    keys = [_key(model=f"m{n % 4}") for n in range(32)]
    threads = [
        threading.Thread(target=cache.put, args=(key, {**OK, "n": n})) for n, key in enumerate(keys)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    files = sorted(tmp_path.rglob("*"))
    assert not [f for f in files if f.name.startswith(".tmp-")]
    for key in set(keys):
        assert cache.get(key) is not None
    assert cache.stats.writes == 32
