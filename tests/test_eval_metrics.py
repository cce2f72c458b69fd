"""Metrics on small cases computed by hand."""

from __future__ import annotations

import pytest

from caredraft.evals import metrics


def test_recall_counts_caught_positives():
    assert metrics.recall([True, True, False, True]) == 0.75


def test_rates_over_nothing_are_none_not_a_pass():
    assert metrics.recall([]) is None
    assert metrics.false_positive_rate([]) is None
    assert metrics.precision(0, 0) is None


def test_false_positive_rate_is_share_of_negatives_flagged():
    assert metrics.false_positive_rate([False] * 9 + [True]) == pytest.approx(0.1)


def test_precision_of_flags():
    assert metrics.precision(3, 1) == 0.75


def test_rate_rejects_impossible_counts():
    with pytest.raises(ValueError):
        metrics.rate(3, 2)


def test_confusion_table_counts_pairs_with_zeros():
    table = metrics.confusion(["auto", "auto", "clinical_review"], ["auto", "human_review", "auto"])
    assert table == {
        "auto": {"auto": 1, "clinical_review": 0, "human_review": 1},
        "clinical_review": {"auto": 1, "clinical_review": 0, "human_review": 0},
        "human_review": {"auto": 0, "clinical_review": 0, "human_review": 0},
    }


def test_confusion_needs_equal_lengths():
    with pytest.raises(ValueError):
        metrics.confusion(["a"], [])


def test_macro_f1_by_hand():
    # a: tp=2, predicted 3, expected 2 -> p=2/3 r=1 f1=0.8
    # b: tp=1, predicted 1, expected 2 -> p=1 r=1/2 f1=2/3
    expected = ["a", "a", "b", "b"]
    predicted = ["a", "a", "a", "b"]
    per = metrics.per_label_f1(expected, predicted)
    assert per["a"]["f1"] == pytest.approx(0.8)
    assert per["b"]["f1"] == pytest.approx(2 / 3)
    assert per["b"]["support"] == 2
    assert metrics.macro_f1(expected, predicted) == pytest.approx((0.8 + 2 / 3) / 2)


def test_macro_f1_averages_only_expected_labels_but_counts_stray_predictions():
    # "sad" predicted for an "angry" row: a miss for angry, but sad is not averaged in.
    expected = ["angry", "angry", "anxious"]
    predicted = ["angry", "sad", "anxious"]
    # angry: p=1 r=1/2 f1=2/3 ; anxious: f1=1
    assert metrics.macro_f1(expected, predicted) == pytest.approx((2 / 3 + 1) / 2)


def test_macro_f1_with_explicit_labels_counts_unseen_label_as_zero():
    assert metrics.macro_f1(["a", "a"], ["a", "a"], labels=["a", "b"]) == pytest.approx(0.5)


def test_macro_f1_of_nothing_is_none():
    assert metrics.macro_f1([], []) is None
