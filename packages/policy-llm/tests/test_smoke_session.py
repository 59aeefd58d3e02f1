"""The noxfile's ``smoke`` session gets a working environment from every backend nox may use.

``default_venv_backend = "uv|virtualenv"``: without uv on the PATH nox falls back to
virtualenv, and the session's ``venv_params`` reach whichever backend was picked. This runs
the real ``nox`` on a probe noxfile that loads the project's noxfile and declares, per
backend, a session with the smoke session's own ``venv_params``; nox builds each environment
as it would for ``smoke``, then the probe runs the smoke session's pip step and ``pip``.
Offline: a uv environment's pip step is recorded, not sent to the package index (virtualenv
and venv seed pip from wheels they carry). Skipped where ``nox`` is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
NOX = shutil.which("nox")

PROBE = """
import importlib.util
import sys

import nox

spec = importlib.util.spec_from_file_location("project_noxfile", {noxfile!r})
project = importlib.util.module_from_spec(spec)
sys.modules["project_noxfile"] = project
spec.loader.exec_module(project)

for backend in {backends!r}:

    @nox.session(
        name=f"probe-{{backend}}", venv_backend=backend, venv_params=project.smoke.venv_params
    )
    def probe(session: nox.Session) -> None:
        installs = []

        class Recording:  # the session as _ensure_pip sees it, installs kept offline
            venv_backend = session.venv_backend

            def install(self, *args, **kwargs):
                installs.append(args)

        project._ensure_pip(Recording())
        if session.venv_backend == "uv":
            assert installs == [("pip",)], installs
            session.log("pip requested from uv")
        else:
            assert installs == [], installs
            session.run("python", "-m", "pip", "--version")
"""


def _backends() -> list[str]:
    found = ["virtualenv", "venv"]  # what nox itself brings, and the standard library's
    if shutil.which("uv"):
        found.append("uv")
    return found


@pytest.mark.skipif(NOX is None, reason="nox is not installed here")
@pytest.mark.parametrize("backend", _backends())
def test_the_smoke_environment_builds_with_every_backend(tmp_path: Path, backend: str) -> None:
    noxfile = tmp_path / "noxfile.py"
    noxfile.write_text(
        textwrap.dedent(PROBE).format(noxfile=str(ROOT / "noxfile.py"), backends=[backend])
    )
    assert NOX is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "NOX"))}
    done = subprocess.run(
        [NOX, "-f", str(noxfile), "-s", f"probe-{backend}", "--envdir", str(tmp_path / "envs")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    expected = "pip requested from uv" if backend == "uv" else "pip "
    assert expected in done.stdout + done.stderr
