"""Regenerate the committed record schemas from the models.

Run after changing a record model (and bump ``RECORD_SCHEMA_VERSION`` when the change is
not backwards compatible)::

    python packages/policy-observability/scripts/generate_schemas.py
"""

from __future__ import annotations

import json
import pathlib

from policy_observability import LogType
from policy_observability._schemas import build_schema, schema_filename

TARGET = pathlib.Path(__file__).resolve().parents[1] / "src" / "policy_observability" / "schemas"


def main() -> None:
    """Write one ``<log_type>.schema.json`` per log type into the package."""
    for kind in LogType:
        path = TARGET / schema_filename(kind)
        text = json.dumps(build_schema(kind), indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
