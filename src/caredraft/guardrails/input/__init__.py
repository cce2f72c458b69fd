"""The input guardrail: detectors that read a customer's message.

Each detector reports evidence and never decides a route; ``caredraft.guardrails.router``
alone turns evidence into a route, and ``caredraft.guardrails.screening`` wires them up.

- ``normalize``: one matching form of the text, with offsets back to the original
- ``language``: en / ru / bg / fa / other, offline
- ``crisis_rules`` + ``lexicons``: per-language patterns with exact evidence spans
- ``semantic``: similarity to curated crisis and safe exemplars (e5), for what rules miss
- ``emotion``: the customer's main emotion, for tone
"""
