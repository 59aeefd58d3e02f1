"""policy-llm: the LLM client, the LLM extraction policy and the shadow, assist and partial-trust
modes of the HomeTask Policy Platform.

Decide with the rules and whatever LLM modes the environment enables::

    from policy_llm import HybridPolicy

    with HybridPolicy.from_env() as policy:      # LLM_POLICY_ENABLED=false: rules only
        decision = policy.decide(command_dict)

``policy-llm check`` pings the configured endpoint. ``evaluation_policies`` is the hook
policy-eval calls to evaluate the LLM extraction policy.
"""

from importlib.metadata import version as _version

from policy_llm._async_client import AsyncLLMClient
from policy_llm._cache import ResponseCacheLike
from policy_llm._client import LLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._evaluation import evaluation_policies
from policy_llm._extraction import extraction_schema
from policy_llm._hybrid import HybridPolicy
from policy_llm._llm_policy import LLMExtractionPolicy
from policy_llm._policy_file import PolicyFile, Profile, TaskRoute, load_policy_file
from policy_llm._prompt import PROMPT_VERSION
from policy_llm._runtime import LLMRuntime, build_runtime, is_placeholder_key
from policy_llm._settings import (
    ENV_VARIABLES,
    AssistSettings,
    LLMSettings,
    PartialTrustSettings,
    ShadowSettings,
)
from policy_llm._shadow import ShadowStats
from policy_llm._wire import (
    ChatRequest,
    ChatResult,
    JsonResult,
    StructuredMode,
    TokenParameter,
    TokenUsage,
)
from policy_llm.exceptions import (
    LLMDisabledError,
    LLMError,
    LLMHTTPError,
    LLMInvalidJSONError,
    LLMMisconfiguredError,
    LLMRateLimitedError,
    LLMRefusedError,
    LLMSchemaInvalidError,
    LLMTimeoutError,
    LLMUnavailableError,
)

__version__ = _version("policy-llm")

__all__ = [
    "ENV_VARIABLES",
    "PROMPT_VERSION",
    "AssistSettings",
    "AsyncLLMClient",
    "ChatRequest",
    "ChatResult",
    "EndpointSettings",
    "HybridPolicy",
    "JsonResult",
    "LLMClient",
    "LLMDisabledError",
    "LLMError",
    "LLMExtractionPolicy",
    "LLMHTTPError",
    "LLMInvalidJSONError",
    "LLMMisconfiguredError",
    "LLMRateLimitedError",
    "LLMRefusedError",
    "LLMRuntime",
    "LLMSchemaInvalidError",
    "LLMSettings",
    "LLMTimeoutError",
    "LLMUnavailableError",
    "PartialTrustSettings",
    "PolicyFile",
    "Profile",
    "ResponseCacheLike",
    "ShadowSettings",
    "ShadowStats",
    "StructuredMode",
    "TaskRoute",
    "TokenParameter",
    "TokenUsage",
    "__version__",
    "build_runtime",
    "evaluation_policies",
    "extraction_schema",
    "is_placeholder_key",
    "load_policy_file",
]
