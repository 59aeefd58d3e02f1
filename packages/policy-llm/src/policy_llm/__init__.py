"""The LLM client and LLM extraction policy of the HomeTask Policy Platform."""

from importlib.metadata import version as _version

__version__ = _version("policy-llm")

__all__ = ["__version__"]
