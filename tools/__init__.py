"""Repository tooling (not shipped in any package): ``python -m tools.docs_check``."""
