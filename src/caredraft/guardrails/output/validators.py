"""The reply detectors as guardrails-ai validators.

Each validator runs one detector. It reports through guardrails in the usual way (a
``FailResult`` with ``error_spans``) and also appends its typed findings to the per-call
``FindingSink`` passed in the validation metadata, which is what the checker reads (the
guardrails summary carries spans and a reason, not our kinds and severities).

A detector that raises must not take the others down, and must not look like a pass: the
validator catches it, records the check's name in ``sink.errored`` and fails.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from caredraft.guardrails.output import Detector, FindingSink, ReplyContext, detectors

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def validator_classes() -> dict[str, type]:
    """Register one guardrails-ai validator class per detector (once per process)."""
    from guardrails.validators import ErrorSpan, FailResult, PassResult, Validator, register_validator

    classes: dict[str, type] = {}
    for name, detector in detectors().items():

        def _validate(self, value: Any, metadata: dict, _name: str = name, _detect: Detector = detector):
            sink: FindingSink = metadata["sink"]
            ctx: ReplyContext = metadata["context"]
            try:
                found = _detect(str(value), ctx)
            except Exception as exc:  # fail closed, and say which check broke
                log.exception("reply check %s crashed", _name)
                sink.errored.append(_name)
                return FailResult(error_message=f"{_name} check crashed: {type(exc).__name__}")
            if not found:
                return PassResult()
            sink.findings.extend(found)
            spans = [ErrorSpan(start=f.start, end=f.end, reason=f.message) for f in found
                     if f.start is not None and f.end is not None and f.end > f.start]
            return FailResult(error_message="; ".join(sorted({f.message for f in found})), error_spans=spans or None)

        cls = type(f"Caredraft{name.title()}Validator", (Validator,), {"_validate": _validate, "__doc__": detector.__doc__})
        classes[name] = register_validator(name=f"caredraft/{name}", data_type="string")(cls)
    return classes
