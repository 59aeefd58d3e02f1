"""JSONL observability records, writers and aggregation for the HomeTask Policy Platform."""

from importlib.metadata import version as _version

__version__ = _version("policy-observability")

__all__ = ["__version__"]
