"""``caredraft draft "text"``: run one message through the whole pipeline and show the result."""

from __future__ import annotations

import json

import click

_COUNTRY_HELP = "Customer's country (ISO 3166 alpha-2, e.g. US, GB, BG), for crisis resources."


@click.command("draft")
@click.argument("text")
@click.option("--lang", default=None, help="Customer language when known (en, ru, bg, fa); otherwise detected.")
@click.option("--country", default=None, help=_COUNTRY_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@click.pass_obj
def draft(settings, text: str, lang: str | None, country: str | None, as_json: bool) -> None:
    """Draft a reply to TEXT: route, reasons, emotion, the draft and its citations."""
    if not text.strip():
        raise click.UsageError("the message text is empty")
    if len(text) > settings.max_message_chars:
        raise click.UsageError(f"the message is longer than {settings.max_message_chars} characters")
    if country is not None and not (len(country.strip()) == 2 and country.strip().isalpha()):
        raise click.BadParameter("use a two-letter country code such as US, GB or BG", param_hint="--country")

    from caredraft.domain import Ticket
    from caredraft.errors import CaredraftError
    from caredraft.pipeline import build_pipeline

    try:
        pipeline = build_pipeline(settings)
        _ensure_knowledge_base(settings, pipeline.kb)
        result = pipeline.run(Ticket(text=text, language=lang, country=country.strip().upper() if country else None))
    except CaredraftError as exc:
        raise click.ClickException(exc.message) from exc

    if as_json:
        click.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    _print_readable(result)


def _ensure_knowledge_base(settings, kb) -> None:
    """First run on a fresh data folder: ingest the configured KB so the draft has policy to cite."""
    if not kb.is_empty():
        return
    from caredraft.knowledge_base.ingest import ingest_path

    click.echo(f"knowledge base is empty: ingesting {settings.kb_path} first", err=True)
    report = ingest_path(settings, settings.kb_path, kb=kb)
    kb.refresh()
    for error in report.errors:
        click.echo(f"error: {error}", err=True)


def _print_readable(result) -> None:
    screening = result.screening
    click.echo(click.style(f"Route: {result.route.value}", bold=True))
    click.echo(f"Language: {result.draft.language}    Emotion: {screening.emotion.value}    "
               f"Priority: {screening.priority}    Follow-up: {'yes' if screening.follow_up else 'no'}")
    if result.reasons:
        click.echo("\nReasons:")
        for reason in result.reasons:
            click.echo(f"  - {reason}")
    if screening.signals:
        click.echo("\nSignals:")
        for signal in screening.signals:
            click.echo(f"  - {signal.kind.value}/{signal.category} ({signal.severity.value})")
    ready = "ready to send" if result.draft.ready_to_send else "needs review before sending"
    click.echo(f"\nDraft ({result.draft.producer}, {ready}):\n")
    click.echo(result.draft.text)
    click.echo("\nCitations:")
    passages = {p.citation: p for p in result.passages}
    for citation in result.draft.citations or []:
        passage = passages.get(citation)
        label = f"  {passage.title} — {passage.heading}" if passage else ""
        click.echo(f"  - {citation}{label}")
    if not result.draft.citations:
        click.echo("  (none)")
    if result.draft.flags:
        click.echo("\nFlags: " + ", ".join(result.draft.flags))
    check = result.check
    click.echo(f"\nCheck: {check.verdict.value}")
    for violation in check.violations:
        click.echo(f"  - {violation.kind.value}: {violation.message or violation.evidence}")


commands = [draft]
