"""Structure of a reply: acknowledge the customer's feeling or situation first, then explain.

A reply breaks the rule when an explanation (a policy figure, "our policy", "according to",
"you can/cannot ...") comes in a sentence before any acknowledgement ("I'm sorry...", "I
understand...", "thank you for telling us..."). Replies with no explanation at all (a short
question back, a confirmation) are fine. An empty reply is always a structure violation.
"""

from __future__ import annotations

from caredraft.domain import Severity, ViolationKind
from caredraft.guardrails.output import Finding, ReplyContext, languages_for
from caredraft.guardrails.output._text import compile_all, fold, sentences
from caredraft.guardrails.output.grounding import figures

KIND = ViolationKind.STRUCTURE

_ACKNOWLEDGE = {
    "en": [
        r"\b(?:i'?m|i am|we'?re|we are) (?:so |really |very |truly |deeply )?(?:sorry|sad|glad you|concerned)",
        r"\b(?:i|we) (?:completely |fully |really |can )?(?:understand|hear you|see (?:how|why|that)|know how|appreciate|can imagine|recogni[sz]e)",
        r"\b(?:thank you|thanks)(?: again| so much| very much)? for (?:telling|letting|reaching|writing|sharing|contacting|your (?:message|patience|email)|getting in touch|being)",
        r"\bthat (?:sounds|must be|must have been|is) (?:really |so |very )?(?:frustrating|stressful|upsetting|difficult|hard|worrying|confusing|disappointing|annoying|awful|unfair)",
        r"\b(?:it'?s|it is|it makes) (?:completely |totally )?(?:understandable|sense that)|\bmy apologies|\b(?:i|we) apologi[sz]e|\bsorry (?:to hear|that|about|for)",
        r"\bi can see (?:this|that|why|how)|\byou(?:'re| are) right to|\bthis (?:is|has been) (?:frustrating|stressful|upsetting|worrying|a worry)",
    ],
    "ru": [
        r"(?:мне |нам )?(?:очень |искренне |так )?(?:жаль|сожале\w+)|извините|простите|прошу прощения|приносим (?:свои )?извинения|(?:я |мы )?(?:прекрасно |вполне |хорошо )?понима\w+",
        r"спасибо,? (?:что|за)|благодар\w+,? (?:за|что|вас)|(?:это|такое) (?:действительно |очень )?(?:неприятно|обидно|тяжело|непросто|расстраивает|тревожно)",
        r"представляю,? как|понятно,? (?:что|почему|как)|вы правы|мне (?:очень )?(?:грустно|неприятно) (?:это )?(?:слышать|читать)",
    ],
    "bg": [
        r"(?:много |искрено |наистина )?(?:съжалявам|съжаляваме)|извинете|извиняваме се|моля да ни извините|(?:напълно |добре )?(?:разбирам|разбираме)",
        r"благодар(?:я|им)(?: ви)?(?: отново| още веднъж| много)?,? (?:че|за)|(?:това е|звучи) (?:наистина |много )?(?:неприятно|разочароващо|тежко|трудно|притеснително|стресиращо)",
        r"представям си|разбираемо е|имате право|мъчно ми е",
    ],
    "fa": [
        r"متاسف|متأسف|عذر ?خواهی|پوزش|ببخشید|(?:کاملا |به خوبی )?(?:درک می ?کنم|درک می ?کنیم|متوجه هستم|متوجه هستیم|می ?فهمم)",
        r"(?:ممنون|سپاس ?گزار|متشکر|تشکر)(?:یم|م)? (?:که|از|بابت)|(?:ممنون|سپاس|متشکرم|متشکریم)|(?:این|چنین) (?:واقعا |خیلی )?(?:ناراحت ?کننده|سخت|نگران ?کننده|آزاردهنده|ناامید ?کننده)",
        r"حق دارید|قابل درک است|می ?دانم (?:چقدر|که)",
    ],
}

_EXPLAIN = {
    "en": [r"\bour (?:policy|terms|rules)|\baccording to\b|\bper (?:our|the) (?:policy|terms)|\bunder (?:our|the) (?:policy|terms)|\bpolicy\b",
           r"\byou (?:can|cannot|can't|can not|are (?:not )?(?:able|eligible|entitled) to|will (?:not )?be (?:charged|refunded|billed))|\brefunds? (?:are|is)\b"],
    "ru": [r"(?:наш\w* |по )?(?:правил\w*|политик\w*|услови\w*)|согласно|в соответствии с|вы (?:можете|не можете|имеете право|не имеете права)|возврат\w* (?:возможен|производится|осуществляется)"],
    "bg": [r"(?:наша\w* |според )?(?:правила\w*|политика\w*|условия\w*)|според|съгласно|(?:вие )?(?:можете|не можете|имате право|нямате право)|възстановяване\w* (?:е|се)"],
    "fa": [r"طبق|مطابق|بر اساس|سیاست|قوانین|(?:شما )?(?:می ?توانید|نمی ?توانید)|حق (?:دارید|ندارید)|بازپرداخت"],
}

_ACK_RE = {lang: compile_all(p) for lang, p in _ACKNOWLEDGE.items()}
_EXPLAIN_RE = {lang: compile_all(p) for lang, p in _EXPLAIN.items()}


def acknowledges(sentence: str, language: str) -> bool:
    """Whether a (folded) sentence acknowledges the customer's feeling or situation."""
    return bool(_ACK_RE[language].search(sentence))


def detect(text: str, ctx: ReplyContext) -> list[Finding]:
    if not text.strip():
        return [Finding(KIND, "", Severity.MEDIUM, "empty reply", 0, 0)]
    folded = fold(text)
    langs = languages_for(ctx.language)
    figure_starts = [start for _, start, _ in figures(text)]
    for s_start, s_end in sentences(folded):
        sentence = folded[s_start:s_end]
        if any(_ACK_RE[lang].search(sentence) for lang in langs):
            return []  # acknowledged before (or while) explaining
        explained = next((m for lang in langs if (m := _EXPLAIN_RE[lang].search(sentence))), None)
        figure = next((f for f in figure_starts if s_start <= f < s_end), None)
        if explained or figure is not None:
            start, end = (s_start + explained.start(), s_start + explained.end()) if explained else (s_start, s_end)
            return [Finding(KIND, text[start:end].strip(), Severity.MEDIUM,
                            "explains policy before acknowledging the customer's feeling or situation", start, end)]
    return []
