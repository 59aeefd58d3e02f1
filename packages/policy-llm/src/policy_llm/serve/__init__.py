"""The HTTP decision service (SPEC §10), the ``serve`` extra of policy-llm.

``create_app`` builds the ASGI application over a :class:`~policy_llm.HybridPolicy`;
``app_from_env`` is the factory ``policy-serve`` hands to uvicorn::

    pip install 'policy-llm[serve]'
    policy-serve --host 127.0.0.1 --port 8000 --workers 2

Routes: ``POST /v1/decide``, ``GET /healthz``, ``GET /readyz``, ``GET /metrics`` and
``GET /openapi.json``. Settings come from the environment through ``LLMSettings`` (its
``serve`` section: ``SERVE_*``) and ``PolicySettings`` (``POLICY_*``, ``LOG_*``).
"""

from __future__ import annotations

try:
    import prometheus_client as _prometheus_client
    import starlette as _starlette
    import uvicorn as _uvicorn
except ImportError as exc:  # pragma: no cover - the base install, without the extra
    raise ImportError(
        "the HTTP service needs the serve extra: pip install 'policy-llm[serve]'"
    ) from exc

from policy_llm.serve._app import app_from_env, create_app

del _prometheus_client, _starlette, _uvicorn

__all__ = ["app_from_env", "create_app"]
