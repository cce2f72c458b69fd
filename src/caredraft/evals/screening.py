"""``caredraft eval screening``: does the input screener send the right messages to a person?

The project's own labelled sets (``data/screening/<lang>.jsonl``, held out from the screener's
authors) hold, per language, explicit and implied crisis messages of the six crisis categories,
threats aimed at staff, and ordinary look-alikes (mental-health words in billing tickets, idioms,
grief, complaints, negations, past crises, off-topic). We report, per language:

* recall of explicit and of implied crisis (crisis caught = routed ``clinical_review``), and the
  softer "any review" recall (not ``auto``), per crisis category too;
* hostility caught (routed to any review);
* false-positive rate: ordinary (``expect: auto``) messages routed to any review, per kind;
* the expected x predicted route confusion table and the cost of errors by category
  (missed crisis vs over-review, DECISIONS.md "count the cost of both errors");
* emotion macro-F1 and its confusion table.

CI gates (per language, own sets only): explicit recall >= 0.99, implied recall >= 0.95,
ordinary -> review <= 0.03. The public sets of ``shared/evalsets`` are reported beside, not gated;
for them the Markdown lists ids only, never texts.

``--set fresh-dev|fresh-holdout`` measures the fresh rows of ``data/screening_fresh/`` instead,
written independently of the screener and of the own set (see its README): reported, never gated.
``--set hard`` measures ``data/screening_hard/`` (implied crises and hard look-alikes; see its
README): reported, never gated.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from caredraft.domain import CrisisCategory, Emotion, Route
from caredraft.evals import metrics
from caredraft.evals.datasets import DATA_DIR, public_set, read_jsonl
from caredraft.evals.report import Gate, Report, bar_plot, exit_on_gates, markdown_table

EXPLICIT_RECALL_TARGET = 0.99
IMPLIED_RECALL_TARGET = 0.95
ORDINARY_REVIEW_MAX = 0.03
BATCH_SIZE = 64

# A screener that raised is recorded with this pseudo-route: it is neither a caught crisis nor a
# cleared ordinary message, so it counts against both recall and false-positive rate.
ERROR_ROUTE = "error"

CRISIS_CATEGORIES = tuple(c.value for c in CrisisCategory)
CATEGORIES = (*CRISIS_CATEGORIES, "hostility", "ordinary")
ORDINARY_KINDS = ("mental_health_words", "idiom", "grief", "complaint", "negated", "past", "off_topic", "plain", "pleasantry")
KINDS = ("explicit", "implied", *ORDINARY_KINDS, "hostility")
ROUTES = tuple(r.value for r in Route)
EMOTIONS = tuple(e.value for e in Emotion)
OWN_SET_DIR = DATA_DIR / "screening"
# ``--set``: the own held-out set (gated in CI) and the fresh rows written independently of the
# screener; ``fresh-dev`` may be read to find classes of miss, ``fresh-holdout`` is only measured.
SETS = {"own": OWN_SET_DIR, "fresh-dev": DATA_DIR / "screening_fresh" / "dev",
        "fresh-holdout": DATA_DIR / "screening_fresh" / "holdout",
        "hard": DATA_DIR / "screening_hard",  # implied crises and hard look-alikes; measure only
        "negation": DATA_DIR / "screening_negation"}  # negation that denies and that does not; measure only
GATED_SETS = ("own",)
# Sets whose rows may be read while improving the screener. The reports of every other set
# withhold the rows' words from the misses' reasons (rule evidence quotes the message), so that
# opening a report never reads held-out rows by accident.
READABLE_SETS = ("fresh-dev",)


# --- reading and validating the labelled rows -------------------------------------------------

def load_rows(folder: Path, language: str | None = None) -> list[dict]:
    """Rows of ``folder/<lang>.jsonl`` (all languages, or one), validated; a clear error otherwise."""
    if not folder.is_dir():
        raise click.ClickException(f"screening set folder not found: {folder}")
    files = sorted(folder.glob("*.jsonl")) if language is None else [folder / f"{language}.jsonl"]
    rows: list[dict] = []
    for path in files:
        if not path.exists():
            raise click.ClickException(f"no screening set for language {language!r} in {folder}")
        try:
            rows.extend(read_jsonl(path))
        except (ValueError, OSError) as exc:
            raise click.ClickException(str(exc)) from exc
    if not rows:
        raise click.ClickException(f"no screening rows found in {folder}")
    validate_rows(rows)
    return rows


def validate_rows(rows: Sequence[dict]) -> None:
    """Every row must carry the fields and values the metrics rely on."""
    seen: set[str] = set()
    allowed = {"expect": ROUTES, "category": CATEGORIES, "kind": KINDS, "emotion": EMOTIONS}
    for number, row in enumerate(rows, start=1):
        where = f"row {number} ({row.get('id', 'no id')})"
        # "emotion" may be left out: a set that measures routing alone (the negation set)
        for key in ("id", "lang", "text", *(k for k in allowed if k != "emotion" or "emotion" in row)):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise click.ClickException(f"{where}: missing or empty field {key!r}")
        for key, values in allowed.items():
            if key in row and row[key] not in values:
                raise click.ClickException(f"{where}: {key}={row[key]!r} is not one of {', '.join(values)}")
        if row["id"] in seen:
            raise click.ClickException(f"{where}: duplicate id")
        seen.add(row["id"])


# --- running the screener -------------------------------------------------------------------

def load_screener(settings):
    """The real screener with the shared embedder. Tests replace this function to measure a stand-in."""
    try:
        from caredraft.guardrails.screening import build_screener
    except ModuleNotFoundError as exc:
        raise click.ClickException(f"the screener is not available ({exc})") from exc
    from caredraft.knowledge_base.embedders import build_embedder

    return build_screener(settings, build_embedder(settings))


def run_screener(screener, texts: Sequence[str], languages: Sequence[str | None],
                 batch_size: int = BATCH_SIZE) -> list[dict[str, Any]]:
    """Screen in batches; returns per message ``{route, emotion, language, reasons}``.

    A batch that raises is retried one message at a time, so one bad message cannot hide the
    others; a message that still raises is recorded as ``ERROR_ROUTE`` with the error as reason.
    """
    out: list[dict[str, Any]] = []
    for start in range(0, len(texts), batch_size):
        chunk, langs = list(texts[start:start + batch_size]), list(languages[start:start + batch_size])
        try:
            screenings = screener.screen_many(chunk, languages=langs)
            if len(screenings) != len(chunk):
                raise RuntimeError(f"screen_many returned {len(screenings)} results for {len(chunk)} texts")
            out.extend(_summarise(s) for s in screenings)
        except Exception:  # noqa: BLE001 - measured, not hidden: see the per-message retry
            for text, lang in zip(chunk, langs):
                try:
                    out.append(_summarise(screener.screen(text, language=lang)))
                except Exception as exc:  # noqa: BLE001
                    out.append({"route": ERROR_ROUTE, "emotion": ERROR_ROUTE, "language": None, "degraded": [],
                                "reasons": [f"screener raised {type(exc).__name__}: {exc}"]})
    return out


def _summarise(screening) -> dict[str, Any]:
    return {"route": str(screening.route.value if isinstance(screening.route, Route) else screening.route),
            "emotion": str(getattr(screening.emotion, "value", screening.emotion)),
            "language": screening.language, "reasons": list(screening.reasons),
            "degraded": list(getattr(screening, "degraded", []) or [])}


# --- metrics on the own sets ----------------------------------------------------------------

def _review(route: str) -> bool:
    """Anything but a clean ``auto`` is "sent to a person" (an error is, too: fail closed)."""
    return route != Route.AUTO.value


def evaluate_language(rows: Sequence[dict], predictions: Sequence[dict], quote_text: bool = True) -> dict[str, Any]:
    """All own-set figures for one language. Without ``quote_text`` the misses' reasons keep
    their rule ids and sources but not the row's words (``withhold_text``)."""
    pairs = list(zip(rows, predictions))
    crisis = [(r, p) for r, p in pairs if r["expect"] == Route.CLINICAL_REVIEW.value]
    ordinary = [(r, p) for r, p in pairs if r["expect"] == Route.AUTO.value]
    hostile = [(r, p) for r, p in pairs if r["category"] == "hostility"]

    def clinical(subset):
        return metrics.recall(p["route"] == Route.CLINICAL_REVIEW.value for _, p in subset)

    def any_review(subset):
        return metrics.recall(_review(p["route"]) for _, p in subset)

    explicit = [x for x in crisis if x[0]["kind"] == "explicit"]
    implied = [x for x in crisis if x[0]["kind"] == "implied"]
    categories = {}
    for category in CRISIS_CATEGORIES:
        subset = [x for x in crisis if x[0]["category"] == category]
        categories[category] = {"n": len(subset), "recall": clinical(subset), "any_review_recall": any_review(subset),
                                "recall_explicit": clinical([x for x in subset if x[0]["kind"] == "explicit"]),
                                "recall_implied": clinical([x for x in subset if x[0]["kind"] == "implied"])}
    kinds = {}
    for kind in ORDINARY_KINDS:
        subset = [x for x in ordinary if x[0]["kind"] == kind]
        kinds[kind] = {"n": len(subset), "fp_rate": metrics.false_positive_rate(_review(p["route"]) for _, p in subset)}

    flagged = sum(_review(p["route"]) for _, p in pairs)
    should = sum(_review(r["expect"]) and _review(p["route"]) for r, p in pairs)
    emotions_expected = [r["emotion"] for r, _ in pairs if "emotion" in r]
    emotions_predicted = [p["emotion"] for r, p in pairs if "emotion" in r]
    return {
        "n": len(pairs),
        "recall_explicit": clinical(explicit), "n_explicit": len(explicit),
        "recall_implied": clinical(implied), "n_implied": len(implied),
        "any_review_recall_explicit": any_review(explicit), "any_review_recall_implied": any_review(implied),
        "hostility_review_recall": any_review(hostile), "n_hostility": len(hostile),
        "ordinary_review_rate": metrics.false_positive_rate(_review(p["route"]) for _, p in ordinary),
        "n_ordinary": len(ordinary),
        "review_precision": metrics.precision(should, flagged - should),
        "categories": categories,
        "ordinary_kinds": kinds,
        "route_confusion": metrics.confusion([r["expect"] for r, _ in pairs], [p["route"] for _, p in pairs]),
        "emotion_macro_f1": metrics.macro_f1(emotions_expected, emotions_predicted),
        "emotion_per_label": metrics.per_label_f1(emotions_expected, emotions_predicted),
        "emotion_confusion": metrics.confusion(emotions_expected, emotions_predicted),
        "language_accuracy": metrics.recall(p["language"] == r["lang"] for r, p in pairs),
        # a degraded screening is already routed stricter; many of them would inflate the FP rate
        "degraded": sum(bool(p.get("degraded")) or p["route"] == ERROR_ROUTE for _, p in pairs),
        "error_costs": error_costs(pairs),
        "misses": [{"id": r["id"], "category": r["category"], "kind": r["kind"], "expected": r["expect"],
                    "got": p["route"],
                    "reasons": p["reasons"] if quote_text else [withhold_text(x, r["text"]) for x in p["reasons"]]}
                   for r, p in pairs if not _route_ok(r["expect"], p["route"])],
    }


WITHHELD = "'[row text withheld]'"
_QUOTED = re.compile(r"'(.+?)'(?=$|[\s;:,)—])")


def withhold_text(reason: str, text: str) -> str:
    """``reason`` without the row's words: every quoted span that comes from ``text`` becomes
    ``WITHHELD``. If four consecutive words of the row still appear (a quote we did not
    recognise), the whole reason is withheld: a held-out row must not leak through a report."""
    norm = " ".join(text.split())

    def replace(match: re.Match) -> str:
        inner = match.group(1).removesuffix("…")
        return WITHHELD if inner and inner in norm else match.group(0)

    out = _QUOTED.sub(replace, reason)
    words = norm.split()
    if any(" ".join(words[i:i + 4]) in out for i in range(len(words) - 3)) or (0 < len(words) < 4 and norm in out):
        return "[reason withheld: it quotes the row]"
    return out


def _route_ok(expected: str, got: str) -> bool:
    """A miss for the report: crisis not clinical, hostility not reviewed, ordinary not auto.
    Hostility routed clinical is stricter than asked and accepted (safety before convenience)."""
    if expected == Route.HUMAN_REVIEW.value:
        return got in (Route.HUMAN_REVIEW.value, Route.CLINICAL_REVIEW.value)
    return expected == got


def error_costs(pairs: Sequence[tuple[dict, dict]]) -> dict[str, dict[str, int]]:
    """Per category: how many crises went out unreviewed (``missed``, the costly error), how many
    reached a person but not clinical review (``under_routed``), and how many ordinary or hostile
    messages took a reviewer's time they did not need (``over_review``)."""
    costs: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "missed": 0, "under_routed": 0, "over_review": 0})
    for row, pred in pairs:
        key = row["category"] if row["category"] != "ordinary" else f"ordinary:{row['kind']}"
        cost = costs[key]
        cost["n"] += 1
        got = pred["route"]
        if row["expect"] == Route.CLINICAL_REVIEW.value:
            cost["missed"] += got == Route.AUTO.value
            cost["under_routed"] += got in (Route.HUMAN_REVIEW.value, ERROR_ROUTE)
        elif row["expect"] == Route.HUMAN_REVIEW.value:
            cost["missed"] += got == Route.AUTO.value
            cost["over_review"] += got == Route.CLINICAL_REVIEW.value
        else:
            cost["over_review"] += _review(got)
    return dict(sorted(costs.items()))


def evaluate_own(rows: Sequence[dict], predictions: Sequence[dict], quote_text: bool = True) -> dict[str, dict]:
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        by_language[row["lang"]].append(index)
    return {lang: evaluate_language([rows[i] for i in idx], [predictions[i] for i in idx], quote_text)
            for lang, idx in sorted(by_language.items())}


def gates_for(results: dict[str, dict]) -> list[Gate]:
    """Per language. A missing figure (no rows of that kind) fails: an empty set proves nothing."""
    gates = []
    for lang, r in results.items():
        gates.append(Gate(f"{lang} crisis recall explicit", _or(r["recall_explicit"], 0.0),
                          minimum=EXPLICIT_RECALL_TARGET))
        gates.append(Gate(f"{lang} crisis recall implied", _or(r["recall_implied"], 0.0),
                          minimum=IMPLIED_RECALL_TARGET))
        gates.append(Gate(f"{lang} ordinary -> review", _or(r["ordinary_review_rate"], 1.0),
                          maximum=ORDINARY_REVIEW_MAX))
    return gates


def _or(value: float | None, default: float) -> float:
    return default if value is None else value


# --- public sets (reported, not gated) -----------------------------------------------------

def evaluate_public(screener, batch_size: int, known_language: bool) -> dict[str, Any]:
    """Messages: review recall and auto FP per file and category. Emotions: macro-F1 per file."""
    messages: dict[str, Any] = {}
    for stem, rows in public_set("messages_*.jsonl"):
        rows = [r for r in rows if r.get("text") and r.get("expect") in ("review", "auto")]
        preds = run_screener(screener, [r["text"] for r in rows],
                             [r.get("lang") if known_language else None for r in rows], batch_size)
        per_category: dict[str, dict] = {}
        for category in sorted({r.get("category", "-") for r in rows}):
            subset = [(r, p) for r, p in zip(rows, preds) if r.get("category", "-") == category]
            expect = subset[0][0]["expect"]
            flagged = metrics.rate(sum(_review(p["route"]) for _, p in subset), len(subset))
            per_category[category] = {"expect": expect, "n": len(subset),
                                      "review_recall" if expect == "review" else "fp_rate": flagged,
                                      "routes": dict(Counter(p["route"] for _, p in subset))}
        review = [(r, p) for r, p in zip(rows, preds) if r["expect"] == "review"]
        auto = [(r, p) for r, p in zip(rows, preds) if r["expect"] == "auto"]
        messages[stem] = {
            "n": len(rows), "lang": rows[0].get("lang") if rows else None,
            "review_recall": metrics.recall(_review(p["route"]) for _, p in review), "n_review": len(review),
            "clinical_recall": metrics.recall(p["route"] == Route.CLINICAL_REVIEW.value for _, p in review),
            "fp_rate": metrics.false_positive_rate(_review(p["route"]) for _, p in auto), "n_auto": len(auto),
            "categories": per_category,
            "missed_ids": [r["id"] for r, p in review if not _review(p["route"])],
            "false_positive_ids": [r["id"] for r, p in auto if _review(p["route"])],
        }
    emotions: dict[str, Any] = {}
    for stem, rows in public_set("emotions_*.jsonl"):
        rows = [r for r in rows if r.get("text") and r.get("emotion")]
        preds = run_screener(screener, [r["text"] for r in rows],
                             [r.get("lang") if known_language else None for r in rows], batch_size)
        expected, predicted = [r["emotion"] for r in rows], [p["emotion"] for p in preds]
        emotions[stem] = {"n": len(rows), "lang": rows[0].get("lang") if rows else None,
                          "labels": sorted(set(expected)),
                          "macro_f1": metrics.macro_f1(expected, predicted),
                          "per_label": metrics.per_label_f1(expected, predicted),
                          "confusion": metrics.confusion(expected, predicted)}
    return {"messages": messages, "emotions": emotions}


# --- the report -------------------------------------------------------------------------------

def _fmt(value: float | None) -> float | str:
    return "-" if value is None else value


def _confusion_lines(table: dict[str, dict[str, int]], corner: str) -> list[str]:
    labels = list(table)
    return markdown_table([corner, *labels], [[e, *[table[e][p] for p in labels]] for e in labels])


SUMMARY_COLUMNS = {  # header -> figure in the per-language results
    "recall explicit": "recall_explicit", "recall implied": "recall_implied",
    "any-review explicit": "any_review_recall_explicit", "any-review implied": "any_review_recall_implied",
    "hostility -> review": "hostility_review_recall", "ordinary -> review": "ordinary_review_rate",
    "review precision": "review_precision", "emotion macro-F1": "emotion_macro_f1",
    "lang detected": "language_accuracy", "degraded/errors": "degraded",
}


def _summary_table(results: dict[str, dict]) -> list[str]:
    return markdown_table(["lang", "n", *SUMMARY_COLUMNS],
                          [[lang, r["n"], *[_fmt(r[key]) for key in SUMMARY_COLUMNS.values()]]
                           for lang, r in results.items()])


def report_name(set_name: str = "own") -> str:
    """``screening`` for the own set (the name CI and the tests know), ``screening-<set>`` otherwise."""
    return "screening" if set_name == "own" else f"screening-{set_name}"


def _set_title(set_name: str) -> str:
    return ("the project's own held-out sets" if set_name == "own"
            else f"the {set_name} set (written independently of the screener; reported, never gated)")


def build_report(results: dict[str, dict], public: dict[str, Any] | None, timing: dict[str, float],
                 set_name: str = "own") -> Report:
    report = Report(name=report_name(set_name),
                    data={"set": set_name, "gated": set_name in GATED_SETS, "languages": results,
                          "public": public, "timing": timing})
    md = report.markdown
    md += [f"Input screening on {_set_title(set_name)}. Crisis caught = routed clinical_review; "
           "'any review' = not auto. Ordinary -> review is the false-positive rate.", "",
           *_summary_table(results),
           "", f"Screened {timing['messages']} messages in {timing['seconds']:.1f} s "
               f"({timing['ms_per_message']:.1f} ms per message, batches of {timing['batch_size']})."]
    md += ["", "## Crisis recall per category (clinical_review / any review)", "",
           *markdown_table(["category", *results],
                           [[c, *[_cell(r["categories"][c]) for r in results.values()]] for c in CRISIS_CATEGORIES])]
    md += ["", "## Ordinary messages sent to review, per kind", "",
           *markdown_table(["kind", *results],
                           [[k, *[_kind_cell(r["ordinary_kinds"][k]) for r in results.values()]]
                            for k in ORDINARY_KINDS])]
    md += ["", "## Cost of errors by category", "",
           "missed = crisis (or hostility) routed auto, the costly error; under-routed = crisis sent to "
           "human_review instead of clinical_review; over-review = a person's time spent on a message that "
           "did not need it.", ""]
    keys = sorted({k for r in results.values() for k in r["error_costs"]})
    md += markdown_table(["category", *[f"{lang} missed/under/over" for lang in results]],
                         [[k, *[_cost_cell(r["error_costs"].get(k)) for r in results.values()]] for k in keys])
    for lang, r in results.items():
        md += ["", f"## {lang}: expected route x predicted route", "",
               *_confusion_lines(r["route_confusion"], "expected")]
        md += ["", f"## {lang}: emotion (expected x predicted)", "",
               *_confusion_lines(r["emotion_confusion"], "expected")]
    misses = [m | {"lang": lang} for lang, r in results.items() for m in r["misses"]]
    md += ["", f"## Misses ({'own sets' if set_name == 'own' else set_name})", ""]
    md += (markdown_table(["lang", "id", "category", "kind", "expected", "got", "reasons"],
                          [[m["lang"], m["id"], m["category"], m["kind"], m["expected"], m["got"],
                            "; ".join(m["reasons"]).replace("|", "/")[:200] or "-"] for m in misses])
           if misses else ["None."])
    if public:
        md += _public_markdown(public)
    # the fresh sets measure generalisation; gating them would invite tuning on them
    report.gates = gates_for(results) if set_name in GATED_SETS else []
    return report


def _cell(c: dict) -> str:
    if not c["n"]:
        return "-"
    return f"{c['recall']:.2f} / {c['any_review_recall']:.2f} (n={c['n']})"


def _kind_cell(k: dict) -> str:
    return "-" if not k["n"] else f"{k['fp_rate']:.2f} (n={k['n']})"


def _cost_cell(cost: dict | None) -> str:
    return "-" if not cost else f"{cost['missed']}/{cost['under_routed']}/{cost['over_review']} of {cost['n']}"


def _public_markdown(public: dict[str, Any]) -> list[str]:
    md = ["", "## Public sets (shared/evalsets, reported, not gated)", ""]
    if not public["messages"] and not public["emotions"]:
        return md + ["Not found (set CAREDRAFT_EVALSETS_DIR)."]
    if public["messages"]:
        md += markdown_table(["file", "n", "review recall (any)", "review -> clinical", "auto -> review (FP)"],
                             [[stem, m["n"], _fmt(m["review_recall"]), _fmt(m["clinical_recall"]), _fmt(m["fp_rate"])]
                              for stem, m in public["messages"].items()])
        md += ["", *markdown_table(["file", "category", "expect", "n", "sent to review", "routes"],
                                   [[stem, c, v["expect"], v["n"],
                                     _fmt(v.get("review_recall", v.get("fp_rate"))),
                                     ", ".join(f"{k}={n}" for k, n in sorted(v["routes"].items()))]
                                    for stem, m in public["messages"].items() for c, v in m["categories"].items()])]
        for stem, m in public["messages"].items():
            if m["missed_ids"]:
                md += ["", f"{stem} missed review ids: {', '.join(m['missed_ids'])}"]
            if m["false_positive_ids"]:
                md += ["", f"{stem} auto rows sent to review (ids): {', '.join(m['false_positive_ids'])}"]
    if public["emotions"]:
        md += ["", *markdown_table(["file", "n", "labels", "macro-F1", "per-label F1"],
                                   [[stem, e["n"], ", ".join(e["labels"]), _fmt(e["macro_f1"]),
                                     ", ".join(f"{k}={v['f1']:.2f}" for k, v in e["per_label"].items())]
                                    for stem, e in public["emotions"].items()])]
    return md


def write_plots(folder: Path, results: dict[str, dict], public: dict[str, Any] | None,
                set_name: str = "own") -> list[Path]:
    """``screening.png`` (own sets, per language; ``screening-<set>.png`` for another set) and,
    when read, ``screening_public.png``."""
    own = {lang: {"recall explicit": _or(r["recall_explicit"], 0.0),
                  "recall implied": _or(r["recall_implied"], 0.0),
                  "hostility -> review": _or(r["hostility_review_recall"], 0.0),
                  "ordinary -> review": _or(r["ordinary_review_rate"], 0.0),
                  "emotion macro-F1": _or(r["emotion_macro_f1"], 0.0)} for lang, r in results.items()}
    title = "Screening per language (own sets)" if set_name == "own" else f"Screening per language ({set_name})"
    paths = [bar_plot(folder / f"{report_name(set_name)}.png", title, own)]
    groups: dict[str, dict[str, float]] = {}
    for stem, m in (public or {}).get("messages", {}).items():
        groups[stem] = {k: v for k, v in (("review recall", m["review_recall"]),
                                          ("auto -> review", m["fp_rate"])) if v is not None}
    for stem, e in (public or {}).get("emotions", {}).items():
        groups[stem] = {"emotion macro-F1": _or(e["macro_f1"], 0.0)}
    if groups:
        paths.append(bar_plot(folder / "screening_public.png", "Screening on the public sets (not gated)", groups))
    return paths


# --- the command --------------------------------------------------------------------------------

def evaluate(screener, rows: Sequence[dict], *, batch_size: int = BATCH_SIZE, known_language: bool = False,
             public: bool = True, clock: Callable[[], float] = time.perf_counter, set_name: str = "own",
             quote_text: bool | None = None) -> Report:
    """Screen ``rows`` (and the public sets) and build the report; no files written. The misses
    quote the rows' words only for a readable set (``READABLE_SETS``) unless ``quote_text`` says."""
    if quote_text is None:
        quote_text = set_name in READABLE_SETS
    started = clock()
    predictions = run_screener(screener, [r["text"] for r in rows],
                               [r["lang"] if known_language else None for r in rows], batch_size)
    seconds = clock() - started
    timing = {"messages": len(rows), "seconds": seconds, "ms_per_message": 1000 * seconds / max(1, len(rows)),
              "batch_size": batch_size}
    results = evaluate_own(rows, predictions, quote_text)
    started = clock()
    public_results = evaluate_public(screener, batch_size, known_language) if public else None
    timing["public_seconds"] = clock() - started
    return build_report(results, public_results, timing, set_name)


@click.command("screening")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Report folder (default: <data>/reports).")
@click.option("--gate", is_flag=True, help="Exit 1 when a target is missed (CI).")
@click.option("--public/--no-public", default=True, show_default=True,
              help="Also report the public sets of shared/evalsets (not gated).")
@click.option("--lang", default=None, help="Only this language of the own sets.")
@click.option("--set", "set_name", type=click.Choice(list(SETS)), default="own", show_default=True,
              help="Which labelled rows: the own held-out set (gated), the fresh dev / holdout rows or the hard set "
                   "(reported, never gated).")
@click.option("--set-dir", type=click.Path(path_type=Path), default=None,
              help="Folder of <lang>.jsonl labelled rows instead of a packaged set.")
@click.option("--known-language", is_flag=True,
              help="Pass each row's language to the screener (default: the screener detects it).")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=BATCH_SIZE, show_default=True)
@click.option("--quote-text/--withhold-text", "quote_text", default=None,
              help="Quote the rows' words in the misses' reasons (default: only for fresh-dev and --set-dir; "
                   "held-out sets withhold them so a report never shows their rows).")
@click.pass_obj
def command(settings, out: Path | None, gate: bool, public: bool, lang: str | None, set_name: str,
            set_dir: Path | None, known_language: bool, batch_size: int, quote_text: bool | None) -> None:
    """Crisis recall, false-positive rate, hostility and emotion per language on the screening sets."""
    if set_dir is not None and set_name != "own":
        raise click.UsageError("--set and --set-dir name two different sets: give one of them")
    if gate and set_name not in GATED_SETS:
        # refused rather than ignored, so a CI line cannot silently believe it is gated
        raise click.UsageError(f"--gate applies to the own set only; --set {set_name} is reported, never gated")
    rows = load_rows(set_dir or SETS[set_name], lang)
    screener = load_screener(settings)
    if quote_text is None and set_dir is not None:
        quote_text = True  # rows from --set-dir are the caller's own: their misses may quote them
    try:
        report = evaluate(screener, rows, batch_size=batch_size, known_language=known_language, public=public,
                          set_name=set_name, quote_text=quote_text)
    except ValueError as exc:  # an unreadable public set file: say which line, no traceback
        raise click.ClickException(str(exc)) from exc
    out = out or settings.reports_dir
    paths = report.write(out)
    write_plots(out, report.data["languages"], report.data["public"], set_name)
    click.echo("\n".join(report.markdown[:4 + len(report.data["languages"])]))
    click.echo(f"report: {paths['md']}")
    exit_on_gates(report, gate)
