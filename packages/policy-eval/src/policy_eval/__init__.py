"""Golden-dataset evaluation and reports for the HomeTask Policy Platform."""

from importlib.metadata import version as _version

__version__ = _version("policy-eval")

__all__ = ["__version__"]
