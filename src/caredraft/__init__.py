"""caredraft: safe, empathetic reply drafts for vulnerable-customer support.

Importing the package turns telemetry off before any third-party library loads.
"""

from caredraft.telemetry import disable_telemetry

disable_telemetry()

__version__ = "0.1.0"
