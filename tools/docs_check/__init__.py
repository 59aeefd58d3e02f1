"""docs-check: the documentation agrees with the code.

Four checks, each reporting ``file:line: problem``:

* ``env``: every environment variable the code reads is in an environment-variable table of
  the docs, every documented one is read, and documented defaults match ``ENV_VARIABLES``;
* ``schemas``: the observability guide's log schema tables equal the published record
  schemas, and its example records validate;
* ``links``: every relative link and ``#anchor`` in the Markdown files resolves;
* ``runnable``: every code block marked ``runnable`` runs, and prints its ``output`` block.

Run ``python -m tools.docs_check`` from the repository root (``nox -s docs-check`` does).
The conventions are in docs/architecture.md, section "Documentation and docs-check".
"""

from tools.docs_check._check import CHECKS, Report, run_checks
from tools.docs_check._problems import Problem

__all__ = ["CHECKS", "Problem", "Report", "run_checks"]
