"""``caredraft kb ingest PATH`` and ``caredraft kb search "text"``."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group("kb")
def kb() -> None:
    """Manage and search the policy knowledge base."""


@kb.command("ingest")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.option("--no-prune", is_flag=True, help="Keep documents that are no longer under PATH.")
@click.pass_obj
def ingest(settings, path: Path | None, no_prune: bool) -> None:
    """Split documents by heading, embed and upsert them (default PATH: the sample KB).

    Idempotent: unchanged sections are not re-embedded, removed documents disappear.
    """
    from caredraft.errors import CaredraftError
    from caredraft.knowledge_base.embedders import use_all_cores
    from caredraft.knowledge_base.ingest import ingest_path

    use_all_cores(settings)  # ingest embeds whole documents: batch over every core
    path = path or settings.kb_path
    try:
        report = ingest_path(settings, path, prune=not no_prune, progress=True)
    except CaredraftError as exc:
        raise click.ClickException(exc.message) from exc
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(f"ingested {path}: {report.summary()}")
    if report.errors:
        raise SystemExit(1)


@kb.command("search")
@click.argument("text")
@click.option("--lang", default=None, help="Customer language (en, ru, bg, fa, ...).")
@click.option("-k", "k", default=4, show_default=True, type=click.IntRange(1, 50))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
def search(settings, text: str, lang: str | None, k: int, as_json: bool) -> None:
    """Print the best passages for TEXT with their ids and scores."""
    from caredraft.knowledge_base.store import KnowledgeBase

    if not text.strip():
        raise click.BadParameter("the text is empty", param_hint="TEXT")
    knowledge_base = KnowledgeBase.from_settings(settings)
    if knowledge_base.is_empty():
        raise click.ClickException("the knowledge base is empty: run `caredraft kb ingest` first")
    passages = knowledge_base.search(text, language=lang, k=k)
    if as_json:
        click.echo(json.dumps([p.model_dump() | {"citation": p.citation} for p in passages], ensure_ascii=False, indent=2))
        return
    for rank, p in enumerate(passages, start=1):
        click.echo(f"{rank}. [{p.score:.3f}] {p.citation}  {p.title} — {p.heading}")
        snippet = " ".join(p.text.split())
        click.echo(f"   {snippet[:220]}{'…' if len(snippet) > 220 else ''}")


commands = [kb]
