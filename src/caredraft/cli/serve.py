"""`caredraft serve`: the HTTP API (uvicorn) on the embedded defaults."""

from __future__ import annotations

import click

from caredraft.settings import Settings


@click.command("serve")
@click.option("--host", default=None, help="Interface to bind (default: $CAREDRAFT_HOST or 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default: $CAREDRAFT_PORT or 8080).")
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None) -> None:
    """Serve the caredraft API. Models load once at start-up; unfinished requests resume."""
    import uvicorn

    from caredraft.api.app import create_app
    from caredraft.drafting.llm import log_drafter_choice

    # First line an operator sees: which drafter runs (and, on rules, that no LLM is configured).
    click.echo(log_drafter_choice(settings), err=True)
    app = create_app(settings)
    # access_log off: request lines carry query strings (e.g. /v1/kb/search?q=...), which may be customer text.
    uvicorn.run(app, host=host or settings.host, port=port if port is not None else settings.port,
                log_level=settings.log_level.lower(), access_log=False)


commands = [serve]
