"""Fits policy-core's evidence model (``python -m tools.evidence``)."""
