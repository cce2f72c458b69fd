"""The customer's main emotion, for the tone of the draft (never for the route).

Cue words per language decide when present; otherwise the message's e5 vector (already
computed by the semantic layer, never a second embedding) is compared with a few emotion
prototypes. Confidence stays modest: this sets tone, it is not a diagnosis.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from caredraft.domain import Emotion
from caredraft.guardrails.input.normalize import normalize
from caredraft.guardrails.input.semantic import embed_passages_cached
from caredraft.knowledge_base.base import Embedder

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

PROTOTYPES: dict[Emotion, list[str]] = {
    E.ANGRY: ["I am furious, this is outrageous", "Я в ярости, это возмутительно", "Бесен съм, това е възмутително", "خیلی عصبانی هستم، این افتضاح است"],
    E.FRUSTRATED: ["This keeps happening again and again, so annoying", "Опять одно и то же, сколько можно", "Пак същото, омръзна ми", "باز هم همان مشکل، خسته شدم"],
    E.ANXIOUS: ["I'm really worried and scared about what will happen", "Мне страшно, я очень волнуюсь", "Много ме е страх и се притеснявам", "خیلی نگرانم و می‌ترسم"],
    E.SAD: ["I feel so sad and alone", "Мне очень грустно и одиноко", "Много съм тъжна и самотна", "خیلی غمگین و تنها هستم"],
    E.CONFUSED: ["I don't understand what this means", "Я не понимаю, что это значит", "Не разбирам какво означава това", "نمی‌فهمم این یعنی چه"],
    E.DISAPPOINTED: ["I expected better, I'm disappointed", "Я разочарован, ожидал большего", "Разочарована съм, очаквах повече", "ناامید شدم، انتظار بیشتری داشتم"],
    E.NEUTRAL: ["Please update my billing address", "Подскажите, как сменить адрес", "Как да сменя адреса си", "لطفاً آدرس من را تغییر دهید"],
}

# The rows of each emotion's prototypes in the prototype matrix (built in PROTOTYPES' order).
# Precomputed so a message's best prototype per emotion is one numpy max, not a Python loop.
_PROTOTYPE_ROWS: dict[Emotion, np.ndarray] = {}
_row = 0
for _e, _texts in PROTOTYPES.items():
    _PROTOTYPE_ROWS[_e] = np.arange(_row, _row + len(_texts))
    _row += len(_texts)
_EXCLAIMS = re.compile(r"!{2,}")

_compiled: dict[str, dict[Emotion, re.Pattern]] = {
    lang: {e: re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE) for e, p in cues.items()} for lang, cues in CUES.items()
}


class EmotionDetector:
    def __init__(self, embedder: Embedder | None = None, *, cache_dir: Path | None = None) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir
        self._protos: tuple[list[Emotion], np.ndarray] | None = None
        self._lock = threading.Lock()

    def _prototypes(self) -> tuple[list[Emotion], np.ndarray] | None:
        if self.embedder is None:
            return None
        with self._lock:
            if self._protos is None:
                labels = [e for e, texts in PROTOTYPES.items() for _ in texts]
                texts = [t for texts in PROTOTYPES.values() for t in texts]
                self._protos = (labels, embed_passages_cached(self.embedder, texts, self.cache_dir))
            return self._protos

    def detect(self, text: str, language: str, vector: np.ndarray | None = None) -> tuple[Emotion, float]:
        norm = normalize(text).text
        languages = [language] if language in _compiled else list(_compiled)
        counts = {e: 0 for e in _PRIORITY}
        for lang in languages:
            for emotion, pattern in _compiled[lang].items():
                counts[emotion] += len(pattern.findall(norm))
        # Shouting and repeated exclamation marks are anger cues in every language.
        # (The all-caps test comes first: it is one C call and rules out most messages.)
        if _EXCLAIMS.search(text) or text.upper() == text and sum(ch.isupper() for ch in text) > 12:
            counts[E.ANGRY] += 1
        best = max(_PRIORITY, key=lambda e: (counts[e], -_PRIORITY.index(e)))
        if counts[best]:
            return best, round(min(0.9, 0.5 + 0.1 * counts[best]), 2)
        if vector is not None:
            try:
                protos = self._prototypes()
            except Exception:  # emotion only sets tone: never let it fail a screening
                protos = None
            if protos is not None:
                _, matrix = protos
                sims = matrix @ np.asarray(vector, dtype=np.float32)
                per = {e: float(sims[rows].max()) for e, rows in _PROTOTYPE_ROWS.items()}
                top = max(per, key=per.get)
                if top != E.NEUTRAL and per[top] - per[E.NEUTRAL] > 0.01:
                    return top, round(min(0.5, 0.3 + 5 * (per[top] - per[E.NEUTRAL])), 2)
        return E.NEUTRAL, 0.5

    def detect_many(self, texts: Sequence[str], languages: Sequence[str], vectors: Sequence[np.ndarray | None]) -> list[tuple[Emotion, float]]:
        return [self.detect(t, l, v) for t, l, v in zip(texts, languages, vectors)]
