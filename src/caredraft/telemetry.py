"""Turn off every phone-home switch of the libraries caredraft uses, in one place.

This runs when the ``caredraft`` package is imported, before any of those libraries
is imported, because several of them read their switches at import time:

* chromadb reads ``ANONYMIZED_TELEMETRY`` (we also pass ``Settings(anonymized_telemetry=False)``).
* litellm (pulled in by guardrails-ai) fetches a price list at import unless
  ``LITELLM_LOCAL_MODEL_COST_MAP`` is true.
* guardrails-ai has no environment switch; every ``Guard`` must be built through
  :func:`caredraft.guardrails.guard.build_guard`, which calls ``configure(allow_metrics_collection=False)``.
* LangChain's tracing is off unless ``LANGCHAIN_TRACING_V2`` is set; we force it off.
* Hugging Face libraries must never try the hub at run time.
"""

from __future__ import annotations

import os

_SWITCHES = {
    "ANONYMIZED_TELEMETRY": "False",
    "CHROMA_TELEMETRY": "False",
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "OTEL_SDK_DISABLED": "true",
    "GUARDRAILS_DISABLE_METRICS": "true",
}


def disable_telemetry() -> None:
    """Force every known telemetry switch off (overriding what the environment says)."""
    for key, value in _SWITCHES.items():
        os.environ[key] = value
