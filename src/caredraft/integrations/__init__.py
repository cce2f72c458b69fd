"""Helpdesk integrations: Zendesk and Chatwoot webhooks in, private notes out (via a durable outbox).

``build_integrations(settings, engine)`` makes the helpdesks whose settings are all set
(none by default: then nothing here opens a connection) and the outbox on the app's database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from caredraft.integrations.base import Helpdesk
from caredraft.integrations.outbox import Outbox, OutboxWorker
from caredraft.settings import Settings

TITLES = {"zendesk": "Zendesk", "chatwoot": "Chatwoot"}


def missing_settings(settings: Settings, name: str) -> list[str]:
    return {"zendesk": settings.zendesk_missing, "chatwoot": settings.chatwoot_missing}[name]


def build_helpdesks(settings: Settings) -> dict[str, Helpdesk]:
    helpdesks: dict[str, Helpdesk] = {}
    if not settings.zendesk_missing:
        from caredraft.integrations.zendesk import Zendesk

        helpdesks["zendesk"] = Zendesk.from_settings(settings)
    if not settings.chatwoot_missing:
        from caredraft.integrations.chatwoot import Chatwoot

        helpdesks["chatwoot"] = Chatwoot.from_settings(settings)
    return helpdesks


@dataclass
class Integrations:
    helpdesks: dict[str, Helpdesk]
    outbox: Outbox
    worker: OutboxWorker | None = None
    _started: bool = field(default=False, repr=False)

    def start(self) -> None:
        """Start the write-back worker (only when a helpdesk is configured: no calls otherwise)."""
        if self.helpdesks and self.worker is not None:
            self.worker.start()
            self._started = True

    def wake(self) -> None:
        if self._started and self.worker is not None:
            self.worker.wake()

    async def stop(self) -> None:
        if self.worker is not None:
            await self.worker.stop()
        for helpdesk in self.helpdesks.values():
            close = getattr(helpdesk, "close", None)
            if close is not None:
                close()


def build_integrations(settings: Settings, engine: Engine) -> Integrations:
    helpdesks = build_helpdesks(settings)
    outbox = Outbox(engine, backoff_base=settings.outbox_backoff_base, backoff_max=settings.outbox_backoff_max,
                    lease_seconds=max(60.0, settings.helpdesk_timeout * 6))
    worker = OutboxWorker(outbox, helpdesks, poll_seconds=settings.outbox_poll_seconds)
    return Integrations(helpdesks=helpdesks, outbox=outbox, worker=worker)
