"""``caredraft eval retrieval``: does search find the policy a customer's question needs?

Each row of ``data/retrieval/<lang>.jsonl`` is a realistic customer question labelled with
the document (and section) that answers it. We report, per language, recall@1, recall@3
and MRR at document level (the drafter needs the right policy), and section recall@3.
"""

from __future__ import annotations

from pathlib import Path

import click

from caredraft.evals.datasets import own_set
from caredraft.evals.report import Gate, Report, bar_plot, exit_on_gates, markdown_table

RECALL3_TARGET = 0.95
DEPTH = 10


def evaluate(knowledge_base, rows: list[dict]) -> dict:
    """Per-language metrics and the misses, for rows with text, lang, doc_id, section."""
    by_language: dict[str, dict] = {}
    for row in rows:
        passages = knowledge_base.search(row["text"], language=row["lang"], k=DEPTH)
        docs = list(dict.fromkeys(p.doc_id for p in passages))  # document ranking: first passage of each
        rank = docs.index(row["doc_id"]) + 1 if row["doc_id"] in docs else None
        section = f"{row['doc_id']}#{row.get('section')}" if row.get("section") else None
        section_hit = section in [p.id for p in passages[:3]] if section else None
        stats = by_language.setdefault(row["lang"], {"n": 0, "r1": 0, "r3": 0, "rr": 0.0, "s3": 0, "sn": 0,
                                                    "misses": []})
        stats["n"] += 1
        stats["r1"] += rank == 1
        stats["r3"] += rank is not None and rank <= 3
        stats["rr"] += 1.0 / rank if rank else 0.0
        if section:
            stats["sn"] += 1
            stats["s3"] += bool(section_hit)
        if rank != 1:
            stats["misses"].append({"id": row["id"], "expected": row["doc_id"], "rank": rank, "got": docs[:3]})
    results = {}
    for lang, s in sorted(by_language.items()):
        results[lang] = {
            "n": s["n"], "recall@1": s["r1"] / s["n"], "recall@3": s["r3"] / s["n"], "mrr": s["rr"] / s["n"],
            "section_recall@3": (s["s3"] / s["sn"]) if s["sn"] else None, "misses": s["misses"],
        }
    return results


def build_report(results: dict) -> Report:
    report = Report(name="retrieval", data={"languages": results})
    rows = [[lang, r["n"], r["recall@1"], r["recall@3"], r["mrr"],
             r["section_recall@3"] if r["section_recall@3"] is not None else "-"] for lang, r in results.items()]
    report.markdown += ["Document-level retrieval on the project's own questions (hybrid e5 + BM25).", "",
                        *markdown_table(["language", "n", "recall@1", "recall@3", "MRR", "section recall@3"], rows)]
    misses = [m | {"lang": lang} for lang, r in results.items() for m in r["misses"]]
    if misses:
        report.markdown += ["", "## Not ranked first", "",
                            *markdown_table(["lang", "id", "expected", "rank", "top 3"],
                                            [[m["lang"], m["id"], m["expected"], m["rank"] or "-", ", ".join(m["got"])]
                                             for m in misses])]
    report.gates = [Gate(f"{lang} recall@3", r["recall@3"], minimum=RECALL3_TARGET) for lang, r in results.items()]
    return report


@click.command("retrieval")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Report folder (default: <data>/reports).")
@click.option("--gate", is_flag=True, help="Exit 1 when a target is missed (CI).")
@click.option("--lang", default=None, help="Only this language.")
@click.pass_obj
def command(settings, out: Path | None, gate: bool, lang: str | None) -> None:
    """Recall@1, recall@3 and MRR per language on the retrieval question set."""
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.knowledge_base.store import KnowledgeBase

    knowledge_base = KnowledgeBase.from_settings(settings)
    ingest_path(settings, settings.kb_path, kb=knowledge_base)  # idempotent: cheap when unchanged
    rows = own_set("retrieval", lang)
    if not rows:
        raise click.ClickException("no retrieval questions found")
    report = build_report(evaluate(knowledge_base, rows))
    out = out or settings.reports_dir
    paths = report.write(out)
    bar_plot(out / "retrieval.png", "Retrieval per language",
             {lang: {k: r[k] for k in ("recall@1", "recall@3", "mrr")} for lang, r in report.data["languages"].items()})
    click.echo("\n".join(report.markdown[:3 + len(report.data["languages"]) + 2]))
    click.echo(f"report: {paths['md']}")
    exit_on_gates(report, gate)
