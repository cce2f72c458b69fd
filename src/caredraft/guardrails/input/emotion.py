"""The customer's main emotion, for the tone of the draft (never for the route).

A small classifier (multinomial logistic regression, numpy only) reads the message's e5
vector, which the semantic layer already computed (never a second embedding); cue words per
language add evidence on top, so an explicit "I'm furious" is never outvoted. It is trained on
support messages written for it in four languages (``training/emotion``, half of them with no
emotion word) plus the emotion labels of the screening training rows, and cached like the
crisis classifier. Without an embedder the cue words decide alone. Confidence stays modest:
this sets tone, it is not a diagnosis.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from caredraft.domain import Emotion
from caredraft.guardrails.input.classifier import (TRAINING_DIR, first_readable, load_npz_keyed, packaged_readers,
                                                  save_npz_atomic, softmax, train_softmax)
from caredraft.guardrails.input.normalize import normalize
from caredraft.guardrails.input.semantic import embedder_identity
from caredraft.knowledge_base.base import Embedder

log = logging.getLogger(__name__)

E = Emotion
# Cue stems per emotion and language (matched on normalised text, word-initial).
CUES: dict[str, dict[Emotion, str]] = {
    "en": {
        E.ANGRY: r"angry|furious|outrage\w*|livid|pissed|rage|ridiculous|unacceptable|disgust\w*|scam|hate|fuming|how dare|wtf|damn|bullshit|sick of|fed up",
        E.FRUSTRATED: r"frustrat\w*|annoy\w*|again and again|still not|keeps? (?:crashing|failing|happening)|third time|for (?:days|weeks)|waste of time|nobody (?:answers|replies|helps)|tired of|irritat\w*|ugh",
        E.ANXIOUS: r"anxious|anxiety|worried|worry|nervous|scared|afraid|panic\w*|fear\w*|terrified|stress\w*|uneasy|what if|freaking out",
        E.SAD: r"sad|unhappy|depress\w*|lonely|alone|heartbroken|grief|griev\w*|miss (?:him|her|them)|crying|cry|tears|passed away|died|lost my|devastat\w*|hurts|down\b|miserable",
        E.CONFUSED: r"confus\w*|don'?t understand|do not understand|unclear|makes no sense|not sure (?:how|what|why)|no idea|what does .{0,20} mean|lost\b|puzzl\w*|which one|how do i",
        E.DISAPPOINTED: r"disappoint\w*|let down|expected (?:more|better)|not what i (?:expected|paid)|shame|pity|underwhelm\w*|sadly|unfortunately|regret",
    },
    "ru": {
        E.ANGRY: r"злюсь|зол\w*|бешен\w*|в ярости|ярост\w*|возмут\w*|безобрази\w*|хамств\w*|достал\w*|ненавиж\w*|бесит|бесят|обман\w*|развод\w*|какого черта|черт",
        E.FRUSTRATED: r"раздраж\w*|опять|снова|сколько можно|до сих пор|надоел\w*|третий раз|никто не отвечает|невозможно дозвониться|тупик",
        E.ANXIOUS: r"боюсь|страшно|волну\w*|тревож\w*|беспоко\w*|паник\w*|нервнича\w*|страх\w*|опаса\w*|переживаю",
        E.SAD: r"грустн\w*|груст\w*|печаль\w*|плачу|слез\w*|тоск\w*|одинок\w*|умер\w*|скончал\w*|горе|больно|тяжело на душе|депресс\w*",
        E.CONFUSED: r"не понимаю|непонятн\w*|запутал\w*|что значит|как мне|не разобра\w*|не ясно|растерян\w*",
        E.DISAPPOINTED: r"разочаров\w*|жаль|к сожалению|ожидал\w* большего|обидно|подвели",
    },
    "bg": {
        E.ANGRY: r"ядосан\w*|бесен|бясна|бясно|възмут\w*|безобрази\w*|мразя|гняв\w*|изнервен\w*|измам\w*|по дяволите|писна ми",
        E.FRUSTRATED: r"пак|отново|до кога|все още|трети път|никой не отговаря|дразн\w*|омръзна\w*",
        E.ANXIOUS: r"страх\w*|страхувам|притеснен\w*|притеснява\w*|тревож\w*|безпоко\w*|паник\w*|нервн\w*|уплаш\w*",
        E.SAD: r"тъжн\w*|тъга|плача|сълзи|самотн\w*|почина\w*|умря|скръб|мъка|болно ми|депрес\w*",
        E.CONFUSED: r"не разбирам|объркан\w*|неясно|какво означава|как да|нямам представа",
        E.DISAPPOINTED: r"разочарован\w*|жалко|за съжаление|очаквах повече|подведох|подведен\w*",
    },
    "fa": {
        E.ANGRY: r"عصبانی|خشمگین|کلافه|افتضاح|مسخره|کلاهبرداری|متنفرم|لعنت|شرم\s*آور|بی\s*شرم",
        E.FRUSTRATED: r"دوباره|باز\s*هم|هنوز|چند\s*بار|خسته\s*شدم|کسی\s*جواب\s*نمی|اعصابم",
        E.ANXIOUS: r"می\s*ترسم|نگرانم|نگران|اضطراب|استرس|وحشت|دلشوره|ترس",
        E.SAD: r"غمگین|ناراحتم|ناراحت|گریه|تنها|دلم\s*تنگ|فوت|درگذشت|غم|افسرده",
        E.CONFUSED: r"نمی\s*فهمم|متوجه\s*نمی|گیج|یعنی\s*چه|چطور|نمی\s*دانم|نمیدونم",
        E.DISAPPOINTED: r"ناامید|نا\s*امید|متاسفانه|حیف|انتظار\s*بیشتری|دلسرد",
    },
}
# Ties go to the emotion that most changes how a reply should sound.
_PRIORITY = [E.ANGRY, E.ANXIOUS, E.SAD, E.FRUSTRATED, E.DISAPPOINTED, E.CONFUSED]

LABELS = (E.ANGRY, E.FRUSTRATED, E.ANXIOUS, E.SAD, E.CONFUSED, E.DISAPPOINTED, E.NEUTRAL)
# Each cue word adds this much to an emotion's log-probability: one explicit word outweighs a
# classifier that leans elsewhere by up to e^2 (chosen on training/dev and the fresh dev set).
CUE_WEIGHT = 2.0
L2 = 1e-2
# Trained at build time for the in-process e5 (``python -m caredraft.guardrails.input.emotion``);
# used only when its key matches the embedder and the training rows, else training runs once.
PACKAGED_MODEL = Path(__file__).resolve().parent / "emotion_e5.npz"
# The same, trained on the tuned screening e5 (tuned_e5.py, CAREDRAFT_SCREENING_MODEL=tuned).
PACKAGED_TUNED_MODEL = Path(__file__).resolve().parent / "emotion_e5_tuned.npz"
PACKAGED_MODELS = (PACKAGED_MODEL, PACKAGED_TUNED_MODEL)  # tried in turn: only the file whose key fits loads
_EXCLAIMS = re.compile(r"!{2,}")

_compiled: dict[str, dict[Emotion, re.Pattern]] = {
    lang: {e: re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE) for e, p in cues.items()} for lang, cues in CUES.items()
}


def training_rows(folder: Path = TRAINING_DIR) -> list[tuple[str, Emotion]]:
    """(text, emotion) from ``training/emotion`` and the emotion labels of ``training/train``
    (``training/dev`` stays out, for checking)."""
    rows = []
    for path in sorted((folder / "emotion").glob("*.jsonl")) + sorted((folder / "train").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("emotion") in Emotion.__members__.values():
                    rows.append((record["text"], Emotion(record["emotion"])))
    return rows


@dataclass(frozen=True)
class EmotionModel:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Rows of probabilities, columns in ``LABELS`` order."""
        return softmax(((np.atleast_2d(vectors) - self.mean) / self.scale) @ self.weights + self.bias)


def fit(x: np.ndarray, labels: Sequence[Emotion]) -> EmotionModel:
    y = np.array([LABELS.index(e) for e in labels])
    counts = np.bincount(y, minlength=len(LABELS))
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    # Class-balanced: confused and disappointed are rarer than sad or neutral in the rows.
    w, b = train_softmax((x - mean) / scale, y, len(LABELS), l2=L2, sample_weight=1.0 / counts[y])
    return EmotionModel(mean.astype(np.float32), scale.astype(np.float32), w, b)


class EmotionDetector:
    def __init__(self, embedder: Embedder | None = None, *, cache_dir: Path | None = None,
                 packaged: Sequence[Path] | None = PACKAGED_MODELS) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.packaged = tuple(packaged or ())
        self._model: EmotionModel | None = None
        self._lock = threading.Lock()

    def key(self, rows: Sequence[tuple[str, Emotion]]) -> str:
        """Identifies the embedder, the recipe and the exact rows."""
        ident = [*embedder_identity(self.embedder), f"emotion/{L2}/balanced", *(f"{e.value}\x1f{t}" for t, e in rows)]
        return hashlib.sha256("\x1f".join(ident).encode()).hexdigest()[:24]

    def model(self) -> EmotionModel | None:
        if self.embedder is None:
            return None
        with self._lock:
            if self._model is None:
                self._model = self._load_or_train()
            return self._model

    def _load_or_train(self) -> EmotionModel:
        rows = training_rows()
        key = self.key(rows)
        if (model := first_readable(self.packaged, self.cache_dir, f"emotion-{key}.npz", lambda p: _read(p, key))) is not None:
            return model
        # Messages are embedded as queries, so the training rows are too.
        x = np.asarray(self.embedder.embed_queries([t for t, _ in rows]), dtype=np.float32)
        model = fit(x, [e for _, e in rows])
        if self.cache_dir is not None:
            _write(self.cache_dir / f"emotion-{key}.npz", key, model)
        return model

    def detect(self, text: str, language: str, vector: np.ndarray | None = None) -> tuple[Emotion, float]:
        norm = normalize(text).text
        languages = [language] if language in _compiled else list(_compiled)
        cues = np.zeros(len(LABELS))
        for lang in languages:
            for emotion, pattern in _compiled[lang].items():
                cues[LABELS.index(emotion)] += len(pattern.findall(norm))
        # Shouting and repeated exclamation marks are anger cues in every language.
        # (The all-caps test comes first: it is one C call and rules out most messages.)
        if _EXCLAIMS.search(text) or text.upper() == text and sum(ch.isupper() for ch in text) > 12:
            cues[LABELS.index(E.ANGRY)] += 1
        model = None
        if vector is not None:
            try:
                model = self.model()
            except Exception:  # emotion only sets tone: never let it fail a screening
                log.exception("emotion model unavailable; cue words decide")
        if model is None:
            if not cues.any():
                return E.NEUTRAL, 0.5
            # Ties go to the emotion that most changes how a reply should sound.
            best = max(_PRIORITY, key=lambda e: (cues[LABELS.index(e)], -_PRIORITY.index(e)))
            return best, round(min(0.9, 0.5 + 0.1 * cues[LABELS.index(best)]), 2)
        p = model.probabilities(np.asarray(vector, dtype=np.float32))[0]
        best = int(np.argmax(np.log(p + 1e-9) + CUE_WEIGHT * cues))
        confidence = float(p[best]) if not cues[best] else max(float(p[best]), min(0.9, 0.5 + 0.1 * cues[best]))
        return LABELS[best], round(min(0.9, confidence), 2)

    def detect_many(self, texts: Sequence[str], languages: Sequence[str], vectors: Sequence[np.ndarray | None]) -> list[tuple[Emotion, float]]:
        return [self.detect(t, l, v) for t, l, v in zip(texts, languages, vectors)]


def _read(path: Path, key: str) -> EmotionModel | None:
    data = load_npz_keyed(path, key)
    return EmotionModel(data["mean"], data["scale"], data["w"], data["b"]) if data else None


def _write(path: Path, key: str, model: EmotionModel) -> None:
    save_npz_atomic(path, key=np.array(key), mean=model.mean, scale=model.scale, w=model.weights, b=model.bias)


def build_packaged_model() -> tuple[Path, ...]:
    """Train for each packaged reader and write ``PACKAGED_MODELS`` (run after editing training rows)."""
    for path, embedder in zip(PACKAGED_MODELS, packaged_readers(), strict=True):
        detector = EmotionDetector(embedder, packaged=None)
        model = detector.model()
        assert model is not None
        _write(path, detector.key(training_rows()), model)
    return PACKAGED_MODELS


if __name__ == "__main__":
    print(build_packaged_model())
