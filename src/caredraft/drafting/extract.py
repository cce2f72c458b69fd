"""Choosing which policy sentences a draft quotes: split a passage into sentences and rank
them by word overlap with the customer's message (no embeddings: fast and explainable).

Sentences are quoted as written, so figures (prices, days, hours) reach the draft exactly
as the cited passage states them and the reply checker can ground them.
"""

from __future__ import annotations

import re
from typing import Sequence

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")
STEM_LENGTH = 5  # crude prefix stemming: enough for Russian/Bulgarian endings and English plurals

# Function words that would otherwise make every sentence "overlap" with every message.
STOPWORDS = frozenset("""
the and for you your our are was were this that with have has had not but can will would could
what when where which who how from they them their there been about into just also any all its
my me we us i it is be do does did so if or to of in on at by as an a no yes
please now want need like get got thanks thank hello dear still some very
что как это так все для его она они оно мне меня мой моя мои вас ваш ваши вам вы мы нас наш
наши был была были быть есть или если уже ещё еще при про под над без чтобы когда где кто
какой какая какие только также тоже очень можно нужно
какво как това тази тези този всички за на от до при със във вие ние нас наш наши ваш вашия
вашата вашите беше бяха съм сте сме има няма или ако вече още само също много може трябва
که را با از به در این آن برای است هست نیست شما ما من تو او یک هم یا اگر تا بر چه چرا کجا
کی باید می شود شد کرد کنم کنید دارم دارید بود هر خیلی
""".split())


def clean(text: str) -> str:
    """Markdown to plain text a customer can read (links keep their words)."""
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS.sub("", text)


def sentences(text: str) -> list[str]:
    """Sentences of a passage; each list item is its own sentence. Lead-in lines ending in
    ':' are dropped because, quoted alone, they promise a list that is not there."""
    out: list[str] = []
    for line in clean(text).splitlines():
        line = _BULLET.sub("", line).strip()
        if not line or line.startswith("#") or line.startswith("|"):
            continue
        for part in _SENTENCE_END.split(line):
            part = part.strip()
            if len(part) < 12 or part.endswith(":"):
                continue
            if part[-1] not in ".!?؟。)»\"":
                part += "."
            out.append(part)
    return out


def stems(text: str) -> set[str]:
    words = (w.casefold() for w in _WORD.findall(text))
    return {w[:STEM_LENGTH] for w in words if len(w) > 2 and w not in STOPWORDS}


# Emergency wording belongs to the crisis holding message; quoted into an ordinary reply
# (say, to someone bereaved) it alarms instead of helping, so the drafter leaves it out.
_EMERGENCY = re.compile(r"(emergenc|danger|экстренн|опасност|спешн|اورژانس|خطر)", re.IGNORECASE)
# Beyond the best sentence, a sentence is quoted only if it shares a word or carries a figure.
MIN_EXTRA_SCORE = 0.5
# A sentence that opens by pointing back ("This is a temporary hold ...") means something else
# without the sentence before it: quoted alone after a refund rule it reads as a contradiction.
_ANAPHORIC = re.compile(r"^(?:this|that|it|these|those|such|это|этот|эта|эти|такой|такая|такие|тогда"
                        r"|това|тази|този|тези|такъв|такава|такива|این|آن|چنین)\b", re.IGNORECASE)


# What happens next is what a reply owes the customer: a commitment in the first person plural
# ("we reverse it", "мы вернём", "връщаме", "برمی‌گردانیم") or a deadline ("within 2 business
# days"). An instruction to contact support tells someone who already did to do it again, so it
# ranks below the sentences that say what support then does. Persian is matched without the
# zero-width non-joiner (U+200C), which writers use or leave out inside the same verb.
_COMMITMENT = {
    "en": r"\bwe(?:'ll| will| then)? (?:reverse|refund|return|process|credit|issue|send|cancel|move|restore|reply|respond"
          r"|check|call|confirm|review|approve|fix|reset|delete|remove|keep|book|arrange|let you know|contact you|get back)\w*",
    "ru": r"\bмы (?:(?:обязательно|сразу|полностью|сами) )?(?:верн[её]м|возвращаем|оформим|оформляем|обработаем|обрабатываем|отменим"
          r"|проверим|ответим|отвечаем|свяжемся|перенес[её]м|пришл[её]м|отправим|разбер[её]мся|удалим|восстановим|сообщим|подтвердим)"
          r"|\b(?:верн[её]м|разбер[её]мся|свяжемся|ответим) ",  # not "проверим": Bulgarian "за да проверим" (so that we check)
    "bg": r"\b(?:връщаме|възстановяваме|обработваме|отговаряме|изпращаме|проверяваме|ще (?:ви )?(?:върнем|възстановим|обработим"
          r"|проверим|отговорим|се свържем|изпратим|отменим|преместим|уведомим|потвърдим|изтрием))\b",
    "fa": r"(?:برمی ?گردانیم|بازمی ?گردانیم|بازپرداخت می ?کنیم|پردازش می ?کنیم|بررسی می ?کنیم|تماس می ?گیریم|پاسخ می ?دهیم"
          r"|لغو می ?کنیم|انجام می ?دهیم|اطلاع می ?دهیم|ارسال می ?کنیم|تأیید می ?کنیم|تایید می ?کنیم|حذف می ?کنیم|خواهیم)",
}
_DEADLINE = {
    "en": r"\b(?:within|in|after|by) (?:the next |up to )?[0-9]",
    "ru": r"(?:в течение|за|через|до|в пределах) [0-9]",
    "bg": r"(?:в рамките на|до|за|след|в срок от) [0-9]",
    "fa": r"(?:ظرف|طی|تا|در عرض|حداکثر) [0-9۰-۹]",
}
_CONTACT_SUPPORT = {
    "en": r"\b(?:please )?(?:contact|write to|message|reach out to|get in touch with|call|email|ask) (?:our |the )?(?:customer )?"
          r"(?:support|service desk|help ?desk|customer service)\b",
    "ru": r"(?:напишите|обратитесь|свяжитесь|позвоните|пишите|сообщите)[^.!?]{0,20}(?:поддержк|службу заботы|в чат)",
    "bg": r"(?:свържете се|пишете|напишете|обадете се|обърнете се|потърсете|изпратете съобщение)[^.!?]{0,20}(?:поддръжка|екипа за поддръжка)",
    "fa": r"(?:با|به) (?:تیم )?پشتیبانی[^.!?؟]{0,20}(?:تماس بگیرید|بنویسید|پیام (?:بدهید|دهید)|اطلاع (?:بدهید|دهید)|مراجعه کنید)",
}
_COMMITMENT_RE = re.compile("|".join(f"(?:{p})" for p in _COMMITMENT.values()), re.IGNORECASE)
_DEADLINE_RE = re.compile("|".join(f"(?:{p})" for p in _DEADLINE.values()), re.IGNORECASE)
_CONTACT_SUPPORT_RE = re.compile("|".join(f"(?:{p})" for p in _CONTACT_SUPPORT.values()), re.IGNORECASE)
NEXT_BONUS = 0.75  # a commitment or a deadline: about one shared word's worth each
# A bare "contact support" sentence is quoted only when no other sentence comes within three
# shared words of it: it tends to share the most words with the message, being a restatement of
# the situation ("if you were charged twice, contact support"), and says the least.
CONTACT_PENALTY = 3.0


def next_step_weight(sentence: str) -> float:
    """How much a sentence says about what happens next (positive) or only sends the customer
    back to support (negative); 0 for neither. Languages are matched together: each pattern
    only matches its own script."""
    plain = sentence.replace("\u200c", "")
    commits = bool(_COMMITMENT_RE.search(plain))
    weight = NEXT_BONUS * (commits + bool(_DEADLINE_RE.search(plain)))
    if not commits and _CONTACT_SUPPORT_RE.search(plain):  # "write to us and we will ..." is a commitment
        weight -= CONTACT_PENALTY
    return weight


def best_sentences(text: str, query: str, limit: int = 2, min_score: float = 0.0) -> list[str]:
    """Up to ``limit`` sentences of ``text`` most relevant to ``query``, in passage order.

    Score = shared word stems, plus small bonuses for the opening sentence (policies state
    the rule first) and for sentences with figures (the concrete terms customers need), plus
    ``next_step_weight``: commitments and deadlines up, "please contact support" down.
    Nothing is returned when even the best sentence scores below ``min_score``.
    """
    candidates = [s for s in sentences(text) if not _EMERGENCY.search(s)]
    if not candidates:
        return []
    wanted = stems(query)
    scored = []
    best_relevance = float("-inf")
    for position, sentence in enumerate(candidates):
        overlap = len(wanted & stems(sentence))
        relevance = overlap + (0.3 if position == 0 else 0.0) + (0.5 if _DIGIT.search(sentence) else 0.0)
        scored.append((relevance + next_step_weight(sentence), -position, sentence))
        best_relevance = max(best_relevance, relevance)
    ranked = sorted(scored, reverse=True)
    # The gate is on relevance alone: a passage whose only sentence says "contact support" is
    # still quotable, the weighting only orders the sentences.
    if best_relevance < min_score:
        return []
    chosen = [ranked[0]]
    for item in ranked[1:]:
        if len(chosen) >= limit or item[0] < MIN_EXTRA_SCORE:
            continue
        position = -item[1]
        if position > 0 and _ANAPHORIC.match(item[2]) and candidates[position - 1] not in {c[2] for c in chosen}:
            continue  # its antecedent is not quoted
        chosen.append(item)
    order = {s: i for i, s in enumerate(candidates)}
    return sorted({s for _, _, s in chosen}, key=order.__getitem__)


def has_figures(texts: Sequence[str]) -> bool:
    return any(_DIGIT.search(t) for t in texts)
