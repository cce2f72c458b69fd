"""A small crisis classifier on the e5 vectors the semantic layer already computes.

Two learners (numpy only), a one-hidden-layer network and a softmax regression, over eight
classes: the six crisis categories,
``hostility`` (threats or abuse aimed at staff) and ``ordinary``. It is trained on the
labelled messages written for it (``training/train/<lang>.jsonl`` and
``training/classifier/<lang>.jsonl``; ``training/dev`` is kept out for checking generalisation)
plus the semantic exemplars, the first time a process needs it, and the weights are cached in
the data folder beside the exemplar embeddings, keyed by the embedder and the exact training
rows, so a new process loads them in milliseconds.

It catches what rules phrase-match poorly: implied statements ("my cat will be fine with my
neighbour, I'm ready"). It never decides alone: ``router.decide`` combines it with the rules,
and every flag it raises quotes the message window that scored highest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Sequence, TypeVar

import numpy as np

from caredraft.domain import CrisisCategory
from caredraft.guardrails.input.semantic import Exemplars, embedder_identity, load_exemplars, windows_of
from caredraft.knowledge_base.base import Embedder

TRAINING_DIR = Path(__file__).resolve().parent / "training"
CRISIS = tuple(c.value for c in CrisisCategory)
CLASSES = (*CRISIS, "hostility", "ordinary")
log = logging.getLogger(__name__)
T = TypeVar("T")

# Training: full-batch Adam with weight decay on standardised features (e5 dimensions have very
# different spreads), a fixed seed so the same rows give the same weights. A few seconds.
# Why a hidden layer: topic dominates an e5 vector, and a linear model cannot tell "I have the flu
# and I'm bored, tell me a story" from an emergency on the same topic. Measured by 5-fold CV over
# the training rows, the classifier alone (threshold 0.6): logistic regression recall .918 with
# 5.8% of ordinary rows flagged; this network recall .914 with 1.5%.
# Why the softmax regression stays beside it: in the whole screener, on rows written apart from
# the rest (``screening_cv --with-written``, run on a build with one member or the other), the
# network alone caught fewer Bulgarian implied crises than the regression alone (.929 vs .952);
# per window the member more inclined to crisis speaks (``Model.probabilities``), so a crisis
# either one sees reaches a person.
EPOCHS = 300
LEARNING_RATE = 1e-2  # Adam's step
L2 = 1e-2
HIDDEN = 256
SEED = 0
# Networks trained from different seeds, their logits averaged (one wider layer, see ``fit``): one
# network's flags moved by a few public messages when only the order of its rows changed.
ENSEMBLE = 3
# The softmax regression (beside the network, and the emotion model's): plain gradient descent.
SOFTMAX_EPOCHS = 300
SOFTMAX_LEARNING_RATE = 0.5
SOFTMAX_L2 = 1e-3
# Hostility's share of the sample weight (see balanced_weights). 0.2, not 0.1, since the session-8
# crisis rows: at 0.1 the own held-out set sent 4 fewer threats and insults toward staff to a person.
# 0.3 since the session-9 implied rows: at 0.2 the Persian own set caught 3 of its 11 threats fewer.
HOSTILITY_WEIGHT = 0.3
# Weights trained at build time for the in-process e5 (``python -m caredraft.guardrails.input.classifier``);
# used only when its key matches the current embedder and training rows, else training runs once.
PACKAGED_MODEL = Path(__file__).resolve().parent / "classifier_e5.npz"
# The same, trained on the tuned screening e5 (tuned_e5.py, CAREDRAFT_SCREENING_MODEL=tuned).
PACKAGED_TUNED_MODEL = Path(__file__).resolve().parent / "classifier_e5_tuned.npz"
# Tried in turn: a file's key names the embedder it was trained on, so only the one that fits loads.
PACKAGED_MODELS = (PACKAGED_MODEL, PACKAGED_TUNED_MODEL)


@dataclass(frozen=True)
class TrainingRow:
    text: str
    label: str  # one of CLASSES
    language: str
    kind: str = ""  # the written row's kind (complaint, idiom, implied, ...), when it has one


# Harmless twins of implied crises (``training/classifier/<lang>-pairs.jsonl``) are kept out of
# training and only measured (``screening_cv --with-written``): e5-small places a twin next to its
# crisis, and trained on them the classifier let more held-out crises through (own, fresh-holdout
# and hard sets together: 5 implied and 4 explicit crises fewer than with the crisis halves alone).
UNTRAINED_KINDS = frozenset({"twin"})


def load_training(folder: Path = TRAINING_DIR / "train") -> list[TrainingRow]:
    rows: list[TrainingRow] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            data = json.loads(line)
            if data.get("kind") in UNTRAINED_KINDS:
                continue
            label = data["category"]
            if label not in CLASSES:
                raise ValueError(f"{path.name}:{number}: unknown category {label!r}")
            rows.append(TrainingRow(data["text"], label, data.get("lang", path.stem), data.get("kind", "")))
    return rows


# Long messages are also scored sentence by sentence (``semantic.windows_of``), and a sentence out
# of its message is text the classifier was not trained on: "Ненавиждам го." from a complaint about
# an ex scored 0.89 suicide, "Понимаю, что вы не МФЦ, но вдруг кто-то из ваших сотрудников знает."
# 1.00 hostility (session 14, on the seventh written batch before it was trained on). So the
# sentence windows of long ordinary rows are ordinary rows too, for the kinds whose every sentence
# is ordinary on its own. Not those of denials and past crises ("I cut myself" is a sentence of
# "I cut myself at school, it's long over"), of grief or of someone else's crisis, nor of crisis
# or hostility rows: their crisis may sit in one sentence, and the others say nothing alone.
WINDOW_KINDS = frozenset({"complaint", "idiom", "mental_health_words", "off_topic", "plain", "pleasantry",
                          "illness_admin", "leaving", "long_ticket", "relative_care", "anger_at_person"})


def ordinary_windows(rows: Sequence[TrainingRow]) -> list[TrainingRow]:
    """The sentence windows (all but the whole message) of the long ordinary rows of ``WINDOW_KINDS``."""
    out: list[TrainingRow] = []
    for r in rows:
        if r.label == "ordinary" and r.kind in WINDOW_KINDS:
            out += [TrainingRow(sentence, "ordinary", r.language, "window")
                    for s, e in windows_of(r.text)[1:] if (sentence := r.text[s:e].strip())]
    return out


def training_set(exemplars: Exemplars | None = None, folder: Path = TRAINING_DIR / "train",
                 written: Path | None = TRAINING_DIR / "classifier") -> list[TrainingRow]:
    """The labelled rows (``train``), the rows written for the classifier alone (``classifier``:
    hard look-alikes, implied crises and hostility, without the emotion labels the ``train`` rows
    carry) and the semantic exemplars (``safe`` ones as ordinary).

    Not added: synthetic "billing question + crisis sentence" tickets. Measured on the dev split,
    they taught the model that ordinary requests ("how do I cook rice?") carry crisis weight
    (ordinary flagged rose from 0 to 3-5%); long tickets are scored sentence by sentence instead."""
    rows = load_training(folder) + (load_training(written) if written is not None else [])
    rows += ordinary_windows(rows)
    ex = exemplars or load_exemplars()
    rows += [TrainingRow(t, "ordinary" if label == "safe" else label, lang)
             for t, label, lang in zip(ex.texts, ex.labels, ex.languages)]
    return rows


NEIGHBOURS = 3


@dataclass(frozen=True)
class Model:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # h x k (d x k without a hidden layer)
    bias: np.ndarray  # k
    bank: np.ndarray  # the written training rows' vectors (float16, not the sentence windows), for the neighbour checks
    bank_crisis: np.ndarray  # bool per bank row: a crisis row (else ordinary or hostility)
    hidden: np.ndarray | None = None  # d x h, ReLU
    hidden_bias: np.ndarray | None = None  # h
    linear: np.ndarray | None = None  # d x k: a softmax regression beside the network
    linear_bias: np.ndarray | None = None  # k
    bank_hostile: np.ndarray | None = None  # bool per bank row: hostility toward staff

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities per row. With two members, the crisis categories come from the one
        that gives crisis the higher probability (either one's crisis reaches a person) and
        hostility from the network ("вы списали дважды, это безобразие" is a complaint, 0.40 to
        the network and 0.83 to the regression); ordinary is the rest."""
        z = (np.asarray(vectors, dtype=np.float32) - self.mean) / self.scale
        h = np.maximum(z @ self.hidden + self.hidden_bias, 0.0) if self.hidden is not None else z
        p = softmax(h @ self.weights + self.bias)
        if self.linear is None:
            return p
        q = softmax(z @ self.linear + self.linear_bias)
        crisis, hostility, ordinary = len(CRISIS), CLASSES.index("hostility"), CLASSES.index("ordinary")
        pick = q[:, :crisis].sum(axis=1) > p[:, :crisis].sum(axis=1)
        out = p.copy()
        out[pick, :crisis] = q[pick, :crisis]
        taken = out[pick, :crisis].sum(axis=1)
        out[pick, hostility] = np.minimum(p[pick, hostility], 1.0 - taken)
        out[pick, ordinary] = np.clip(1.0 - taken - out[pick, hostility], 0.0, None)
        return out

    def neighbour_margin(self, vectors: np.ndarray, k: int = NEIGHBOURS) -> np.ndarray:
        """Mean cosine to the k nearest crisis rows minus that to the k nearest other rows.

        A linear model extrapolates: text unlike anything it was trained on (product reviews,
        tweets) can land far on the crisis side. Measured on public ordinary sets, requiring the
        message to also sit nearer to written crises than to written look-alikes cut those false
        alarms by half or more at a small cost in recall (the rules catch explicit wording)."""
        crisis_bank, other_bank = self._banks
        return _margin(np.asarray(vectors, dtype=np.float32), crisis_bank, other_bank, k)

    def hostility_margin(self, vectors: np.ndarray, k: int = NEIGHBOURS) -> np.ndarray:
        """Mean cosine to the k nearest hostility rows minus that to the k nearest ordinary rows;
        +inf for a model file without hostility labels in its bank (the check is then skipped).

        The same guard as ``neighbour_margin``, for hostility: the network extrapolates, and a grief
        message whose nearest training row is its ordinary near-copy (0.955) scored 0.87 hostility
        beside threats about a home address."""
        x = np.asarray(vectors, dtype=np.float32)
        if self.bank_hostile is None:
            return np.full(len(x), np.inf, dtype=np.float32)
        hostile_bank, ordinary_bank = self._hostility_banks
        if hostile_bank.shape[1] == 0 or ordinary_bank.shape[1] == 0:
            return np.full(len(x), np.inf, dtype=np.float32)
        return _margin(x, hostile_bank, ordinary_bank, k)

    @cached_property
    def _bank32(self) -> np.ndarray:
        """The float16 bank as float32, converted once per model for both neighbour checks:
        converting it on every message cost more than the rest of the check."""
        return self.bank.astype(np.float32)

    def _columns(self, rows: np.ndarray) -> np.ndarray:
        """The selected bank rows as a contiguous d x n matrix (one product per message)."""
        return np.ascontiguousarray(self._bank32[rows].T)

    @cached_property
    def _banks(self) -> tuple[np.ndarray, np.ndarray]:
        """The bank split into crisis and other rows, once per model."""
        return self._columns(self.bank_crisis), self._columns(~self.bank_crisis)

    @cached_property
    def _hostility_banks(self) -> tuple[np.ndarray, np.ndarray]:
        """The bank's hostility rows and its ordinary rows (neither crisis nor hostility), once per model."""
        hostile = np.asarray(self.bank_hostile, dtype=bool)
        return self._columns(hostile), self._columns(~hostile & ~np.asarray(self.bank_crisis, dtype=bool))


def _margin(x: np.ndarray, near: np.ndarray, far: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k best cosines to the ``near`` columns minus that to the ``far`` columns."""
    k = max(1, min(k, near.shape[1], far.shape[1]))
    return _top_k_mean(x @ near, k) - _top_k_mean(x @ far, k)


def _top_k_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest values per row (a partial sort is enough)."""
    return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)


def fit(x: np.ndarray, y: np.ndarray, n_classes: int = len(CLASSES), bank: np.ndarray | None = None) -> Model:
    """``bank`` (a boolean mask, default all) selects the rows the neighbour checks compare with."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    nets = [train_network(z, y, n_classes, seed=SEED + i) for i in range(ENSEMBLE)]
    # Averaging the networks' logits is one network whose hidden layer is all of theirs side by
    # side and whose output weights are theirs divided by their number: same model, same code path.
    hidden = np.concatenate([n[0] for n in nets], axis=1)
    hidden_bias = np.concatenate([n[1] for n in nets])
    w = np.concatenate([n[2] for n in nets], axis=0) / len(nets)
    b = np.mean([n[3] for n in nets], axis=0)
    linear, linear_bias = train_softmax(z, y, n_classes)
    keep = np.ones(len(y), dtype=bool) if bank is None else np.asarray(bank, dtype=bool)
    return Model(mean.astype(np.float32), scale.astype(np.float32), w, b, x[keep].astype(np.float16), y[keep] < len(CRISIS),
                 hidden, hidden_bias, linear, linear_bias, y[keep] == CLASSES.index("hostility"))


def balanced_weights(y: np.ndarray) -> np.ndarray:
    """Crisis rows (all six categories) and ordinary rows each carry half the weight, hostility a
    little on top, so "any crisis" is neither favoured by having six classes nor drowned."""
    crisis = y < len(CRISIS)
    hostile = y == CLASSES.index("hostility")
    ordinary = ~crisis & ~hostile
    weight = (np.where(crisis, 0.5 / max(1, crisis.sum()), 0.0) + np.where(ordinary, 0.5 / max(1, ordinary.sum()), 0.0)
              + np.where(hostile, HOSTILITY_WEIGHT / max(1, hostile.sum()), 0.0))
    return weight / weight.sum()


def train_network(x: np.ndarray, y: np.ndarray, n_classes: int, *, hidden: int = HIDDEN, epochs: int = EPOCHS,
                  lr: float = LEARNING_RATE, l2: float = L2, seed: int = SEED
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One ReLU hidden layer and a softmax, full-batch Adam with weight decay on the balanced
    sample weights; returns (hidden d x h, hidden bias h, weights h x k, bias k), float32."""
    rng = np.random.default_rng(seed)
    d = x.shape[1]
    xs = x.astype(np.float32)
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    sample_weight = balanced_weights(y).astype(np.float32)[:, None]
    params = [rng.normal(0, np.sqrt(2 / d), (d, hidden)).astype(np.float32), np.zeros(hidden, np.float32),
              rng.normal(0, np.sqrt(1 / hidden), (hidden, n_classes)).astype(np.float32), np.zeros(n_classes, np.float32)]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    for step in range(1, epochs + 1):
        w1, b1, w2, b2 = params
        h = np.maximum(xs @ w1 + b1, 0.0)
        g = (softmax(h @ w2 + b2) - onehot) * sample_weight
        gh = (g @ w2.T) * (h > 0)
        grads = [xs.T @ gh + l2 * w1, gh.sum(axis=0), h.T @ g + l2 * w2, g.sum(axis=0)]
        for i, grad in enumerate(grads):
            first[i] = 0.9 * first[i] + 0.1 * grad
            second[i] = 0.999 * second[i] + 0.001 * grad * grad
            params[i] -= lr * (first[i] / (1 - 0.9 ** step)) / (np.sqrt(second[i] / (1 - 0.999 ** step)) + 1e-8)
    return params[0], params[1], params[2], params[3]


def train_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, epochs: int = SOFTMAX_EPOCHS,
                  lr: float = SOFTMAX_LEARNING_RATE, l2: float = SOFTMAX_L2,
                  sample_weight: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression (the emotion model's); returns (weights d x k, bias k).
    Without ``sample_weight`` the crisis classes and ordinary are balanced."""
    n, d = x.shape
    sample_weight = balanced_weights(y) if sample_weight is None else sample_weight / sample_weight.sum()
    onehot = np.eye(n_classes)[y]
    w = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    xs = x.astype(np.float64)
    for _ in range(epochs):
        p = softmax(xs @ w + b)
        g = (p - onehot) * sample_weight[:, None]
        w -= lr * (xs.T @ g + l2 * w)
        b -= lr * g.sum(axis=0)
    return w.astype(np.float32), b.astype(np.float32)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class CrisisClassifier:
    """Lazily loaded or trained (once per data folder), thread-safe; ``probabilities(vectors)`` is a
    matrix product and a softmax, so it adds microseconds to a screening."""

    def __init__(self, embedder: Embedder, *, cache_dir: Path | None = None,
                 rows: Sequence[TrainingRow] | None = None, packaged: Sequence[Path] | None = PACKAGED_MODELS) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.packaged = tuple(packaged or ())
        self._rows = list(rows) if rows is not None else None
        self._model: Model | None = None
        self._lock = threading.Lock()

    @property
    def rows(self) -> list[TrainingRow]:
        if self._rows is None:
            self._rows = training_set()
        return self._rows

    def key(self) -> str:
        """Identifies the embedder, the training recipe and the exact rows."""
        ident = [*embedder_identity(self.embedder), f"mlp{HIDDEN}x{ENSEMBLE}+softmax{SOFTMAX_EPOCHS}/{EPOCHS}/{LEARNING_RATE}/{L2}/{SEED}/{HOSTILITY_WEIGHT}/bank+hostile-windows", *CLASSES]
        for r in self.rows:
            ident += [r.label, r.text]
        return hashlib.sha256("\x1f".join(ident).encode()).hexdigest()[:24]

    def model(self) -> Model:
        with self._lock:
            if self._model is None:
                self._model = self._load_or_train()
            return self._model

    def _load_or_train(self) -> Model:
        key = self.key()
        if (model := first_readable(self.packaged, self.cache_dir, f"classifier-{key}.npz", lambda p: _read(p, key))) is not None:
            return model
        texts = [r.text for r in self.rows]
        # Messages are embedded as queries, so the training rows are too.
        x = np.asarray(self.embedder.embed_queries(texts), dtype=np.float32)
        y = np.array([CLASSES.index(r.label) for r in self.rows])
        # The neighbour checks compare a window with written messages, not with sentences cut out
        # of them: with the ordinary windows in the bank, a stepfather's night visits to a 13-year-old
        # (0.98 child safety) sat nearer to some ordinary sentence than to written crises and went to auto.
        model = fit(x, y, bank=np.array([r.kind != "window" for r in self.rows]))
        if self.cache_dir is not None:
            _write(self.cache_dir / f"classifier-{key}.npz", key, model)
        return model

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Rows of class probabilities (columns in ``CLASSES`` order)."""
        return self.model().probabilities(vectors)


def _read(path: Path, key: str) -> Model | None:
    data = load_npz_keyed(path, key)
    if not data:
        return None
    return Model(data["mean"], data["scale"], data["w"], data["b"], data["bank"], data["bank_crisis"],
                 data.get("hw"), data.get("hb"), data.get("lw"), data.get("lb"), data.get("bank_hostile"))


def first_readable(packaged: Sequence[Path], cache_dir: Path | None, cached_name: str,
                   read: Callable[[Path], T | None]) -> T | None:
    """The first model that ``read`` accepts: the packaged files, then the data folder's cached one."""
    for path in (*packaged, *([cache_dir / cached_name] if cache_dir is not None else [])):
        if (model := read(path)) is not None:
            return model
    return None


def packaged_readers() -> list[Embedder]:
    """The in-process screening embedders the packaged files are built for, in the order of the
    ``PACKAGED_MODELS`` tuples: the base e5, then the tuned screening e5 (tuned_e5)."""
    from caredraft.guardrails.screening import in_process_screening_embedder
    from caredraft.settings import Settings

    return [in_process_screening_embedder(Settings(screening_model=reader)) for reader in ("base", "tuned")]


def load_npz_keyed(path: Path, key: str) -> dict[str, np.ndarray] | None:
    """The arrays of a model file written for ``key``; None when it is missing, written for other
    rows or another embedder, or unreadable (a corrupt or old file is not an error: train again)."""
    if not path.exists():
        return None
    try:
        with np.load(path) as data:
            return {name: data[name] for name in data.files} if str(data["key"]) == key else None
    except Exception:
        log.warning("ignoring unreadable model file %s", path)
        return None


def _write(path: Path, key: str, model: Model) -> None:
    save_npz_atomic(path, key=np.array(key), mean=model.mean, scale=model.scale, w=model.weights, b=model.bias,
                    bank=model.bank, bank_crisis=model.bank_crisis,
                    **({"bank_hostile": model.bank_hostile} if model.bank_hostile is not None else {}),
                    **({"hw": model.hidden, "hb": model.hidden_bias} if model.hidden is not None else {}),
                    **({"lw": model.linear, "lb": model.linear_bias} if model.linear is not None else {}))


def save_npz_atomic(path: Path, **arrays: np.ndarray) -> None:
    """Write a model file so that concurrent processes never read half of it; a read-only data
    folder only costs training again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp.npz")
        np.savez_compressed(tmp, **arrays)
        tmp.replace(path)
    except OSError:
        log.warning("could not write model file %s", path)


def build_packaged_model() -> tuple[Path, ...]:
    """Train for each packaged reader and write ``PACKAGED_MODELS`` (run after editing training rows)."""
    for path, embedder in zip(PACKAGED_MODELS, packaged_readers(), strict=True):
        classifier = CrisisClassifier(embedder, packaged=None)
        _write(path, classifier.key(), classifier.model())
    return PACKAGED_MODELS


if __name__ == "__main__":
    print(build_packaged_model())
