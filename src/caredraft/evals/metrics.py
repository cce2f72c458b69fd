"""Small, dependency-free classification metrics for the evaluation reports.

Conventions, so reports read the same everywhere:
* a rate over an empty set is ``None`` (not 0 or 1): "no rows" must never look like a pass
  or a failure; callers decide what an empty set means for a gate;
* labels are plain strings (enum values), so the JSON reports stay readable.
"""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Iterable, Sequence


def rate(hits: int, total: int) -> float | None:
    """``hits / total``, or ``None`` when there is nothing to count."""
    if total < 0 or hits < 0 or hits > total:
        raise ValueError(f"invalid counts: {hits}/{total}")
    return hits / total if total else None


def recall(flags: Iterable[bool]) -> float | None:
    """Share of positives that were caught: ``flags`` holds, per positive row, whether it was caught."""
    values = list(flags)
    return rate(sum(values), len(values))


def false_positive_rate(flags: Iterable[bool]) -> float | None:
    """Share of negatives wrongly flagged: ``flags`` holds, per negative row, whether it was flagged."""
    values = list(flags)
    return rate(sum(values), len(values))


def precision(true_positives: int, false_positives: int) -> float | None:
    """Of everything flagged, the share that should have been."""
    return rate(true_positives, true_positives + false_positives)


def confusion(expected: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, dict[str, int]]:
    """``table[expected][predicted] = count`` over the labels seen on either side (zeros included)."""
    if len(expected) != len(predicted):
        raise ValueError(f"expected {len(expected)} labels, got {len(predicted)} predictions")
    labels = sorted({str(x) for x in expected} | {str(x) for x in predicted})
    table = {e: {p: 0 for p in labels} for e in labels}
    for e, p in zip(expected, predicted):
        table[str(e)][str(p)] += 1
    return table


def per_label_f1(
    expected: Sequence[Hashable], predicted: Sequence[Hashable], labels: Sequence[str] | None = None
) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support for each label (default: the labels present in ``expected``).

    An undefined precision/recall (nothing predicted / nothing expected) counts as 0 for F1, the
    usual convention (scikit-learn's ``zero_division=0``).
    """
    if len(expected) != len(predicted):
        raise ValueError(f"expected {len(expected)} labels, got {len(predicted)} predictions")
    exp = [str(x) for x in expected]
    pred = [str(x) for x in predicted]
    chosen = list(labels) if labels is not None else sorted(set(exp))
    pairs = Counter(zip(exp, pred))
    exp_counts, pred_counts = Counter(exp), Counter(pred)
    out: dict[str, dict[str, float | int]] = {}
    for label in chosen:
        tp = pairs[(label, label)]
        p = tp / pred_counts[label] if pred_counts[label] else 0.0
        r = tp / exp_counts[label] if exp_counts[label] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"precision": p, "recall": r, "f1": f1, "support": exp_counts[label]}
    return out


def macro_f1(
    expected: Sequence[Hashable], predicted: Sequence[Hashable], labels: Sequence[str] | None = None
) -> float | None:
    """Unweighted mean F1 over ``labels`` (default: the labels present in ``expected``).

    Restricting to the expected labels matters for sets that only hold some emotions (the public
    ru/bg/fa sets have angry/anxious/sad only): a label nobody expected would add a free 0.
    Predictions of other labels still count, as misses of the expected label.
    """
    scores = per_label_f1(expected, predicted, labels)
    if not scores:
        return None
    return sum(float(s["f1"]) for s in scores.values()) / len(scores)
