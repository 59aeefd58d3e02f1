"""Environment variables: read by the code vs documented, on small fake repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.docs_check import run_checks
from tools.docs_check._envvars import code_variables
from tools.tests._tree import line_of, write

SETTINGS = """
import os

ENV_VARIABLES = {
    "DEMO_LEVEL": "3",
    **{f"DEMO_{kind}_PATH": f"{kind.lower()}.log" for kind in ("ALPHA", "BETA")},
}


def read(env=None):
    env = os.environ if env is None else env
    return env.get("DEMO_ENABLED"), env.get("DEMO_LEVEL")
"""

DOCS = """
# Demo

| Variable | Default | Meaning |
|---|---|---|
| `DEMO_ENABLED` | `false` | switch |
| `DEMO_LEVEL` | `3` | level |
| `DEMO_ALPHA_PATH` | `alpha.log` | alpha file |
| `DEMO_BETA_PATH` | `beta.log` | beta file |
"""


def make_repo(root: Path) -> None:
    write(root, "packages/demo/src/demo_pkg/__init__.py", '"""Demo."""\n')
    write(root, "packages/demo/src/demo_pkg/_settings.py", SETTINGS)
    write(root, "docs/guides/config.md", DOCS)


def env_problems(root: Path) -> list[str]:
    return [str(problem) for problem in run_checks(root, ["env"]).problems]


def test_a_documented_repository_passes(tmp_path: Path) -> None:
    make_repo(tmp_path)
    assert env_problems(tmp_path) == []


def test_an_undocumented_variable_read_in_code_is_reported_where_it_is_read(tmp_path: Path) -> None:
    make_repo(tmp_path)
    path = write(
        tmp_path,
        "packages/demo/src/demo_pkg/_extra.py",
        """
        import os

        def secret():
            return os.environ["DEMO_UNDOCUMENTED"]
        """,
    )
    line = line_of(path, "DEMO_UNDOCUMENTED")
    assert env_problems(tmp_path) == [
        (
            f"packages/demo/src/demo_pkg/_extra.py:{line}: environment variable DEMO_UNDOCUMENTED "
            "is read here (env[...]) but no environment-variable table in the docs documents it"
        )
    ]


def test_a_documented_variable_nobody_reads_is_reported_at_its_row(tmp_path: Path) -> None:
    make_repo(tmp_path)
    guide = tmp_path / "docs/guides/config.md"
    guide.write_text(guide.read_text() + "| `DEMO_REMOVED` | `1` | gone |\n", encoding="utf-8")
    line = line_of(guide, "DEMO_REMOVED")
    assert env_problems(tmp_path) == [
        (
            f"docs/guides/config.md:{line}: environment variable DEMO_REMOVED is documented but no "
            "code reads it"
        )
    ]


def test_a_variable_built_at_run_time_is_known_through_env_variables(tmp_path: Path) -> None:
    make_repo(tmp_path)
    guide = tmp_path / "docs/guides/config.md"
    guide.write_text(
        guide.read_text().replace("| `DEMO_BETA_PATH` | `beta.log` | beta file |\n", "")
    )
    settings = tmp_path / "packages/demo/src/demo_pkg/_settings.py"
    assert env_problems(tmp_path) == [
        (
            f"packages/demo/src/demo_pkg/_settings.py:{line_of(settings, 'ENV_VARIABLES = {')}: "
            "environment variable DEMO_BETA_PATH is read here (ENV_VARIABLES) but no "
            "environment-variable table in the docs documents it"
        )
    ]


def test_a_documented_default_must_match_env_variables(tmp_path: Path) -> None:
    make_repo(tmp_path)
    guide = tmp_path / "docs/guides/config.md"
    guide.write_text(guide.read_text().replace("| `3` |", "| `4` |"), encoding="utf-8")
    assert env_problems(tmp_path) == [
        (
            f"docs/guides/config.md:{line_of(guide, 'DEMO_LEVEL')}: environment variable DEMO_LEVEL: "
            "documented default '4' but the code's default is '3'"
        )
    ]


def test_a_policy_file_reference_counts_as_a_read(tmp_path: Path) -> None:
    make_repo(tmp_path)
    policy = write(
        tmp_path,
        "packages/demo/src/demo_pkg/policy.default.toml",
        """
        # ${NOT_A_READ} in a comment
        [endpoint]
        base_url = "${DEMO_BASE_URL}"
        model = "${DEMO_MODEL:-small}"
        """,
    )
    problems = env_problems(tmp_path)
    assert problems == [
        (
            f"packages/demo/src/demo_pkg/policy.default.toml:{line_of(policy, 'DEMO_BASE_URL')}: "
            "environment variable DEMO_BASE_URL is read here (${...} in a policy file) but no "
            "environment-variable table in the docs documents it"
        ),
        (
            f"packages/demo/src/demo_pkg/policy.default.toml:{line_of(policy, 'DEMO_MODEL')}: "
            "environment variable DEMO_MODEL is read here (${...} in a policy file) but no "
            "environment-variable table in the docs documents it"
        ),
    ]


def test_a_row_that_names_no_variable_is_reported(tmp_path: Path) -> None:
    make_repo(tmp_path)
    guide = tmp_path / "docs/guides/config.md"
    guide.write_text(guide.read_text() + "| the level, see above | | |\n", encoding="utf-8")
    assert env_problems(tmp_path) == [
        (
            f"docs/guides/config.md:{line_of(guide, 'the level, see above')}: environment-variable "
            "table row names no variable: 'the level, see above'"
        )
    ]


def test_tables_of_other_kinds_are_not_environment_tables(tmp_path: Path) -> None:
    make_repo(tmp_path)
    write(tmp_path, "README.md", "| option | meaning |\n|---|---|\n| `NOT_AN_ENV_VAR` | no |\n")
    assert env_problems(tmp_path) == []


@pytest.mark.parametrize(
    "source",
    [
        'import os\nos.environ["DEMO_X"]',
        'import os\nos.environ.get("DEMO_X", "")',
        'import os\nos.getenv("DEMO_X")',
        'from os import getenv\ngetenv("DEMO_X")',
        'def f(env):\n    return "DEMO_X" in env',
        'def f(environ):\n    return environ.get("DEMO_X")',
        'def f(env):\n    return env_bool(env, "DEMO_X")',
        'def f(env):\n    return _section(env, {"field": ("DEMO_X", int)})',
        'def f(env):\n    for name, field in (("DEMO_X", "x"), ("DEMO_Y", "y")):\n        if name in env:\n            pass',
        'def f():\n    return read_env("DEMO_X")',
        'class S:\n    def f(self):\n        return self.env["DEMO_X"]',
    ],
    ids=[
        "environ-subscript",
        "environ-get",
        "os-getenv",
        "getenv",
        "in-env",
        "environ-param-get",
        "helper-with-env",
        "helper-nested-literal",
        "loop-over-literal",
        "helper-named-env",
        "attribute-env",
    ],
)
def test_the_ways_code_reads_a_variable(tmp_path: Path, source: str) -> None:
    write(tmp_path, "packages/demo/src/demo_pkg/mod.py", source + "\n")
    assert "DEMO_X" in code_variables(tmp_path).reads


@pytest.mark.parametrize(
    "source",
    [
        'LABEL = "DEMO_X"',
        'def f(data):\n    return data["DEMO_X"]',
        'def f(env, name):\n    return env[f"{name}_X"]',
        'def f(env):\n    return env.get("lower_case")',
    ],
    ids=["a-constant", "not-the-environment", "f-string", "not-a-variable-name"],
)
def test_what_is_not_a_read(tmp_path: Path, source: str) -> None:
    write(tmp_path, "packages/demo/src/demo_pkg/mod.py", source + "\n")
    assert code_variables(tmp_path).reads == {}


def test_an_env_variables_that_cannot_be_imported_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "packages/demo/src/demo_pkg/__init__.py",
        'import missing_module_for_docs_check\nENV_VARIABLES = {"DEMO_X": "1"}\n',
    )
    found = code_variables(tmp_path)
    assert [problem.path for problem in found.problems] == [path.relative_to(tmp_path).as_posix()]
    assert "ModuleNotFoundError" in found.problems[0].message


def test_policy_file_defaults_are_checked_and_nested_placeholders_found(tmp_path: Path) -> None:
    make_repo(tmp_path)
    write(
        tmp_path,
        "packages/demo/src/demo_pkg/policy.default.toml",
        """
        model = "${DEMO_MODEL:-small}"
        strong = "${DEMO_STRONG:-${DEMO_FALLBACK}}"
        literal = "$${NOT_A_READ}"
        """,
    )
    guide = tmp_path / "docs/guides/config.md"
    rows = (
        "| `DEMO_MODEL` | `big` | model |\n"
        "| `DEMO_STRONG` | `DEMO_FALLBACK`'s value | strong model |\n"
        "| `DEMO_FALLBACK` | (none) | the fallback |\n"
    )
    guide.write_text(guide.read_text() + rows, encoding="utf-8")
    assert env_problems(tmp_path) == [
        (
            f"docs/guides/config.md:{line_of(guide, '`DEMO_MODEL`')}: environment variable "
            "DEMO_MODEL: documented default 'big' but the code's default is 'small'"
        )
    ]
