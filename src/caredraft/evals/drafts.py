"""``caredraft eval drafts``: draft a reply for every message of the own screening and
retrieval sets (and, reported separately, the public message sets) through the real
pipeline, and check each draft independently of the drafter:

* own check: the reply checker's verdict is ``pass`` (gate: every rules draft, rate 1.0);
* acknowledgement first: the text opens with the acknowledgement and the checker found no
  structure problem;
* grounded figures: every number in the draft occurs in a passage it cites;
* language: the draft is written in the language the customer was screened in (or the default
  language when screening could not tell) and a detector agrees (gate: rate 1.0); the
  end-to-end rate against each row's labelled language is reported beside it (``language_e2e``):
  its misses are language-detection misses in screening, not drafting;
* citations: present unless the draft is flagged ``no_relevant_policy``;
* crisis rows: a holding message that is not ready to send.

``--llm`` runs the same rows through the LLM drafter of the configured endpoint, so a model can
be compared with the rules drafter on the same sets: every draft's ``producer`` is counted
(``llm``, ``llm_revised``, ``fallback:<reason>``), and the gate covers every draft that would
ship, the LLM's and the rules fallbacks alike.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

import click

from caredraft.evals.datasets import own_set, public_set
from caredraft.evals.report import Gate, Report, markdown_table, publish

CHECKS = ("own_check", "ack_first", "grounded", "language", "language_e2e", "cited", "holding")
_FIGURE = re.compile(r"\d+")
_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
CRISIS_EXPECT = {"clinical_review", "review"}  # own sets / public sets


def figures(text: str) -> set[str]:
    return set(_FIGURE.findall(text.translate(_PERSIAN_DIGITS)))


def judge(row: dict, result, cited_texts: Iterable[str], detect, reply_language: str) -> dict[str, bool | None]:
    """The checks for one draft; ``None`` means the check does not apply to this row."""
    draft = result.draft
    crisis_row = row.get("expect") in CRISIS_EXPECT and row.get("category") not in (None, "ordinary")
    out: dict[str, bool | None] = dict.fromkeys(CHECKS)
    detected = detect(draft.text)
    out["language"] = draft.language == reply_language and detected == reply_language
    out["language_e2e"] = draft.language == row["lang"] and detected == row["lang"]
    if draft.producer == "holding":
        out["holding"] = not draft.ready_to_send and "crisis_holding" in draft.flags
        return out
    if crisis_row:
        out["holding"] = False  # a crisis message got an ordinary draft
    structure = [v for v in result.check.violations if v.kind.value == "structure"]
    out["own_check"] = result.check.verdict.value == "pass"
    out["ack_first"] = bool(draft.parts.acknowledge) and draft.text.startswith(draft.parts.acknowledge) and not structure
    grounded_in = set().union(*(figures(t) for t in cited_texts)) if cited_texts else set()
    out["grounded"] = figures(draft.text) <= grounded_in
    out["cited"] = bool(draft.citations) or "no_relevant_policy" in draft.flags
    return out


def run_rows(pipeline, rows: list[dict], *, hint_language: bool) -> list[dict]:
    from caredraft.domain import Ticket
    from caredraft.guardrails.input.language import detect_language

    def detect(text: str) -> str:
        return detect_language(text).language

    records = []
    for row in rows:
        ticket = Ticket(text=row["text"], language=row["lang"] if hint_language else None, ticket_id=row.get("id"))
        started = time.perf_counter()
        result = pipeline.run(ticket)
        elapsed = (time.perf_counter() - started) * 1000
        cited = []
        for citation in result.draft.citations:
            passage = next((p for p in result.passages if p.citation == citation), None) or pipeline.kb.get(citation)
            if passage is not None:
                cited.append(passage.text)
        screened = result.screening.language
        settings = pipeline.settings
        reply_language = ticket.language or (screened if screened in settings.languages else settings.default_language)
        checks = judge(row, result, cited, detect, reply_language)
        records.append({
            "id": row.get("id"), "lang": row["lang"], "route": result.route.value, "producer": result.draft.producer,
            "flags": result.draft.flags, "verdict": result.check.verdict.value, "ms": round(elapsed, 1),
            "violations": sorted({v.kind.value for v in result.check.violations}),
            "draft_language": result.draft.language, "screened_language": result.screening.language,
            "detected_language": detect(result.draft.text), "checks": checks,
        })
    return records


def is_llm(record: dict) -> bool:
    return record["producer"] in ("llm", "llm_revised")


def is_fallback(record: dict) -> bool:
    return record["producer"].startswith("fallback:")


def producers(records: list[dict]) -> dict[str, int]:
    """How many drafts each path wrote: rules, holding, llm, llm_revised, fallback:<reason>."""
    return dict(Counter(r["producer"] for r in records).most_common())


def summarise(records: list[dict]) -> dict[str, dict]:
    """Per language (and ``all``): rows, and the pass rate of each check where it applies."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        groups[record["lang"]].append(record)
        groups["all"].append(record)
    out = {}
    for lang, items in groups.items():
        stats: dict[str, float | int | None] = {"n": len(items),
                                                "rules_drafts": sum(r["producer"] == "rules" for r in items),
                                                "holding_messages": sum(r["producer"] == "holding" for r in items),
                                                "llm_drafts": sum(is_llm(r) for r in items),
                                                "llm_fallbacks": sum(is_fallback(r) for r in items),
                                                "auto": sum(r["route"] == "auto" for r in items)}
        for check in CHECKS:
            applies = [r["checks"][check] for r in items if r["checks"][check] is not None]
            stats[check] = round(sum(applies) / len(applies), 4) if applies else None
        out[lang] = stats
    return out


def failures(records: list[dict], limit: int = 40) -> list[dict]:
    """Failed rows, drafting failures first; a crisis row that got no holding message is a
    screening miss (the screening eval owns it), listed after them."""
    bad = [r for r in records if any(v is False for v in r["checks"].values())]
    bad.sort(key=lambda r: [k for k, v in r["checks"].items() if v is False] == ["holding"])
    return [{"id": r["id"], "lang": r["lang"], "route": r["route"], "producer": r["producer"],
             "failed": [k for k, v in r["checks"].items() if v is False], "violations": r["violations"],
             "draft_language": r["draft_language"], "screened_language": r["screened_language"],
             "detected_language": r["detected_language"]}
            for r in bad[:limit]]


def build_report(own: list[dict], public: dict[str, list[dict]], *, drafter: str = "rules",
                 wall_seconds: float | None = None) -> Report:
    summary = summarise(own)
    # The rules drafts, whether the rules drafter ran or the LLM drafter fell back to it.
    rules = [r for r in own if r["producer"] == "rules" or is_fallback(r)]
    own_check = sum(bool(r["checks"]["own_check"]) for r in rules) / len(rules) if rules else 0.0
    language = sum(bool(r["checks"]["language"]) for r in own) / len(own) if own else 0.0
    llm_rows = [r for r in own if is_llm(r)]
    report = Report(name="drafts", data={
        "drafter": drafter,
        "wall_seconds": wall_seconds,
        "producers": producers(own),
        "languages": {k: v for k, v in summary.items() if k != "all"},
        "overall": summary.get("all", {}),
        "failures": failures(own),
        "rows": own,
        "public": {name: summarise(records).get("all", {}) for name, records in public.items()},
        "public_failures": {name: failures(records, 15) for name, records in public.items()},
    })
    headers = ["lang", "n", "rules drafts", "holding msgs", "llm drafts", "llm fallbacks", "auto", *CHECKS]

    def rows(summary_: dict[str, dict]) -> list[list]:
        ordered = sorted(summary_.items(), key=lambda item: (item[0] == "all", item[0]))
        return [[lang, s["n"], s["rules_drafts"], s["holding_messages"], s["llm_drafts"], s["llm_fallbacks"], s["auto"],
                 *[("-" if s[c] is None else s[c]) for c in CHECKS]] for lang, s in ordered]

    report.markdown += ["Own screening + retrieval sets, through the full pipeline (screen, retrieve, draft, check).",
                        "Rates are over the rows each check applies to.", "",
                        *markdown_table(headers, rows(summary)), "",
                        f"Drafter: {drafter}. Drafts by producer: "
                        + ", ".join(f"{k} {v}" for k, v in report.data["producers"].items())
                        + (f". Wall time {wall_seconds:.1f} s." if wall_seconds is not None else ".")]
    if public:
        report.markdown += ["", "## Public message sets (reported separately, no gate)", "",
                            *markdown_table(headers, rows({n: summarise(r)["all"] for n, r in public.items()}))]
    if report.data["failures"]:
        report.markdown += ["", "## Failed rows (own sets, first 40)", "",
                            *markdown_table(["id", "lang", "route", "producer", "failed", "violations",
                                             "draft/screened/detected language"],
                                            [[f["id"], f["lang"], f["route"], f["producer"], ", ".join(f["failed"]),
                                              ", ".join(f["violations"]),
                                              f"{f['draft_language']}/{f['screened_language']}/{f['detected_language']}"]
                                             for f in report.data["failures"]])]
    report.gates = [Gate("rules drafts pass their own checks", round(own_check, 4), minimum=1.0),
                    Gate("drafts in the screened language", round(language, 4), minimum=1.0)]
    if llm_rows:  # an LLM draft only ships after passing the checks: the pipeline's re-check must agree
        llm_check = sum(bool(r["checks"]["own_check"]) for r in llm_rows) / len(llm_rows)
        report.gates.append(Gate("LLM drafts pass their own checks", round(llm_check, 4), minimum=1.0))
    return report


def _limited(rows: list[dict], limit: int | None) -> list[dict]:
    """Usable rows, at most ``limit`` per language (in file order)."""
    rows = [r for r in rows if isinstance(r.get("text"), str) and r["text"].strip() and r.get("lang")]
    if limit is None:
        return rows
    taken: Counter = Counter()
    out = []
    for row in rows:
        if taken[row["lang"]] < limit:
            taken[row["lang"]] += 1
            out.append(row)
    return out


@click.command("drafts")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Report folder (default: <data>/reports).")
@click.option("--gate", is_flag=True, help="Exit 1 when a target is missed (CI).")
@click.option("--llm", is_flag=True, help="Evaluate the LLM drafter instead of the rules drafter.")
@click.option("--lang", default=None, help="Only this language.")
@click.option("--no-public", is_flag=True, help="Skip the public message sets.")
@click.option("--hint-language", is_flag=True, help="Pass each row's language as the helpdesk's hint.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most N messages per set and language (a quick run, e.g. against a slow local model).")
@click.pass_obj
def command(settings, out: Path | None, gate: bool, llm: bool, lang: str | None, no_public: bool,
            hint_language: bool, limit: int | None) -> None:
    """Draft and check a reply for every evaluation message; report per language."""
    if llm:
        if not settings.llm_configured:
            raise click.ClickException("LLM drafting not configured: set CAREDRAFT_LLM_BASE_URL and CAREDRAFT_LLM_MODEL")
        settings = settings.model_copy(update={"drafter": "llm"})

    from caredraft.drafting.llm import log_drafter_choice
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.pipeline import build_pipeline

    rows = _limited(own_set("screening", lang), limit) + _limited(own_set("retrieval", lang), limit)
    if not rows:
        raise click.ClickException("no evaluation messages found (caredraft/evals/data/{screening,retrieval})")
    click.echo(log_drafter_choice(settings), err=True)  # say which drafter this report is about
    pipeline = build_pipeline(settings)
    ingest_path(settings, settings.kb_path, kb=pipeline.kb)  # idempotent: cheap when unchanged
    pipeline.kb.refresh()

    started = time.perf_counter()
    click.echo(f"drafting {len(rows)} messages of the own sets ...", err=True)
    own = run_rows(pipeline, rows, hint_language=hint_language)
    public: dict[str, list[dict]] = {}
    if not no_public:
        for name, public_rows in public_set("messages_*.jsonl"):
            public_rows = _limited([r for r in public_rows if lang is None or r.get("lang") == lang], limit)
            if public_rows:
                click.echo(f"drafting {len(public_rows)} messages of {name} ...", err=True)
                public[name] = run_rows(pipeline, public_rows, hint_language=hint_language)

    report = build_report(own, public, drafter="llm" if settings.uses_llm else "rules",
                          wall_seconds=round(time.perf_counter() - started, 1))
    publish(report, out or settings.reports_dir, gate=gate,
            plot=("drafts.png", "Draft checks per language",
                  {lang_: {c: (s[c] or 0.0) for c in ("own_check", "ack_first", "grounded", "language", "cited")}
                   for lang_, s in report.data["languages"].items()}),
            summary=report.markdown[:3 + len(report.data["languages"]) + 3 + 2])
