"""`caredraft export edits`: (draft, final) pairs from edited approvals, as JSON Lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from caredraft.settings import Settings


@click.group("export")
def export() -> None:
    """Export data from the review workflow."""


@export.command("edits")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: stdout).")
@click.pass_obj
def edits(settings: Settings, out: Path | None) -> None:
    """Every approval with edits: the draft, the reviewer's final text and their context."""
    from caredraft.cli.keys import _repository

    records = _repository(settings).edits()
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for record in records:
            result = record.result
            row = {
                "id": record.id, "route": record.route.value if record.route else None,
                "language": result.draft.language if result else record.ticket.language,
                "customer_text": record.ticket.text, "draft": result.draft.text if result else None,
                "final": record.final_text, "citations": result.draft.citations if result else [],
                "decided_by": record.decided_by,
                "decided_at": record.decided_at.isoformat() if record.decided_at else None,
            }
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()
    if out:
        click.echo(f"{len(records)} edited drafts -> {out}", err=True)


commands = [export]
