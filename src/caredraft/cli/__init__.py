"""The ``caredraft`` command line. Each command lives in its own module beside this one;
heavy libraries are imported inside commands so ``caredraft --help`` stays fast."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from caredraft.settings import Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(path_type=Path), default=None,
              help="Data folder (Chroma, SQLite, reports). Default: $CAREDRAFT_DATA_DIR or ./.caredraft")
@click.option("-v", "--verbose", is_flag=True, help="Log more (never customer text).")
@click.pass_context
def main(ctx: click.Context, data_dir: Path | None, verbose: bool) -> None:
    """caredraft: safe, empathetic reply drafts for customer support."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    overrides = {"data_dir": data_dir} if data_dir else {}
    try:
        ctx.obj = Settings(**overrides)
    except Exception as exc:  # pydantic ValidationError: show it plainly, no traceback
        raise click.ClickException(f"invalid settings: {exc}") from exc


def _register() -> None:
    # One module per command family; each exposes ``commands``.
    from caredraft.cli import check_reply, draft, evals, export, keys, kb, screen, serve

    for module in (kb, screen, draft, check_reply, evals, serve, keys, export):
        for command in getattr(module, "commands", []):
            main.add_command(command)


_register()
