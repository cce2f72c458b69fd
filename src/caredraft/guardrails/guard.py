"""The one place a guardrails-ai ``Guard`` is built.

guardrails-ai sends usage metrics by default and has no environment switch for it: every new
``Guard()`` re-reads ``~/.guardrailsrc`` and turns metrics back on. So every Guard in caredraft is
built here, and this helper switches metrics off on it before it is used.

guardrails-ai is imported lazily (~2-3 s): only the first call pays for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from guardrails import Guard


def build_guard(*validators: Any) -> "Guard":
    """A Guard running ``validators`` on a string output, with metrics collection off."""
    # Run validators one after another in the calling thread. The default async service sets a
    # process-wide uvloop policy, cannot run inside a running event loop (the API) and leaks one
    # executor thread per call; our validators are microsecond regex banks, so sequential is faster.
    os.environ["GUARDRAILS_RUN_SYNC"] = "true"
    from guardrails import Guard
    from guardrails.settings import settings as guardrails_settings

    # guardrails' own OpenTelemetry spans serialise the reply text into span attributes on every
    # call; they would leave the machine if any library installed an exporting TracerProvider,
    # and they cost ~5x the checks themselves. caredraft logs its own decisions instead.
    guardrails_settings.disable_tracing = True

    guard = Guard()
    # Must come after construction: Guard.__init__ calls configure() from the rc file.
    guard.configure(allow_metrics_collection=False)
    keep_metrics_off()
    if validators:
        guard.use(*validators)
    return guard


def keep_metrics_off() -> None:
    """Switch guardrails' shared hub tracer off again. It is a process-wide singleton that any
    later plain ``Guard()`` (ours or a library's) turns back on from the rc file, and the tracing
    wrappers consult it on every call, so callers run this right before each ``validate``."""
    from guardrails.utils.hub_telemetry_utils import HubTelemetry

    HubTelemetry()._enabled = False


def metrics_enabled(guard: "Guard") -> bool:
    """Whether this guard (or guardrails' shared hub tracer) would send metrics; for tests and health."""
    from guardrails.utils.hub_telemetry_utils import HubTelemetry

    return bool(guard._allow_metrics_collection) or bool(HubTelemetry()._enabled)
