"""The offline rules drafter: acknowledge -> explain -> next step, in the customer's language.

* acknowledge: one sentence naming the feeling (by emotion) and one restating the situation
  (by topic of the best passage, or bereavement / hardship / hostility) and saying the
  reaction makes sense. Plain words, never a clinical reading of the feeling.
* explain: sentences quoted from the top one or two relevant passages, picked by word overlap
  with the message (``extract``). Quoting keeps every figure exactly as the policy states it;
  only passages that were quoted (or named) are cited.
* next step: what the agent does now, per topic, written so the agent can edit it and
  promising nothing beyond the policy; vulnerable customers also get the follow-up the
  wellbeing (or hardship) policy offers, cited.

No template holds a figure, and nothing from the customer's message is repeated (no PII echo).
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from caredraft.domain import Draft, DraftParts, Passage, Screening, Ticket, VulnerabilityCategory
from caredraft.drafting.extract import best_sentences
from caredraft.drafting.phrases import phrasebook, pick, template_language
from caredraft.settings import Settings

log = logging.getLogger(__name__)

# Policy documents (sample KB ids) -> the situation/topic names used by the templates.
TOPIC_BY_DOC = {
    "refunds": "billing",
    "billing": "billing",
    "cancel-pause": "cancellation",
    "switch-therapist": "therapist",
    "scheduling": "scheduling",
    "late-cancellation": "late_cancellation",
    "insurance-receipts": "receipts",
    "login-app": "login",
    "privacy-data": "privacy",
    "support-scope": "complaint",
    "off-topic": "off_topic",
}
# Sections that answer a clinical question by handing it over, never by answering it.
CLINICAL_SECTIONS = {"support-scope#clinical-questions", "off-topic#health-questions"}
CLINICAL_HANDOFF = "support-scope#clinical-questions"
FOLLOW_UP_SECTION = "wellbeing-follow-up#follow-up"
PRIORITY_CALLBACK_SECTION = "wellbeing-follow-up#priority-callback"
HARDSHIP_SECTION = "billing#hardship"
# Never quoted by the ordinary drafter: crisis lines belong to the holding message.
NEVER_QUOTED_DOCS = {"crisis-resources"}

VULNERABLE = {VulnerabilityCategory.BEREAVEMENT, VulnerabilityCategory.DISTRESS,
              VulnerabilityCategory.FINANCIAL_HARDSHIP}
# A second passage is quoted only when it is nearly as relevant as the first.
SECOND_PASSAGE_MARGIN = 0.08

# Medication and symptom questions: our own short word list (stems), per language. A hit sends
# the question to the clinical care team instead of letting any policy text look like advice.
_CLINICAL_WORDS = {
    "en": r"\b(medications?|medicines?|meds|pills?|tablets?|dos(e|es|age|ing)|side[- ]effects?|prescri\w*|"
          r"antidepressants?|symptoms?|diagnos\w*|ssris?|sertraline|fluoxetine|escitalopram|citalopram|"
          r"zoloft|prozac|lexapro|xanax|benzos?|lithium|quetiapine|melatonin)\b",
    "ru": r"(лекарств|таблетк|дозировк|\bдоз[аыу]\b|побочн\w* эффект|антидепрессант|симптом|диагноз|"
          r"сертралин|флуоксетин|эсциталопрам|феназепам)",
    "bg": r"(лекарств|хапче|хапчета|дозировк|\bдоз[аи]\b|странични ефекти|антидепресант|симптом|диагноз|"
          r"сертралин|флуоксетин|есциталопрам)",
    "fa": r"(دارو|قرص|دوز|عوارض جانبی|ضدافسردگی|ضد افسردگی|علائم|علایم|سرترالین|فلوکستین)",
}
_CLINICAL = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in _CLINICAL_WORDS.items()}


class RulesDrafter:
    """Template drafter; needs no network and no model. ``knowledge_base`` (optional) lets it
    fetch the follow-up, hardship and clinical hand-off sections when retrieval did not return them."""

    name = "rules"

    def __init__(self, settings: Settings, knowledge_base=None) -> None:
        self.settings = settings
        self.kb = knowledge_base

    # -- the draft ----------------------------------------------------------------------------
    def draft(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage]) -> Draft:
        language = template_language(
            screening.language if screening.language != "other" else None,
            ticket.language, self.settings.default_language,
        )
        book = phrasebook(language)
        seed = ticket.text

        relevant = [p for p in passages
                    if p.score >= self.settings.retrieval_min_score and p.doc_id not in NEVER_QUOTED_DOCS]
        relevant.sort(key=lambda p: p.score, reverse=True)
        categories = {s.category for s in screening.vulnerability_signals}
        # Clinical: a medication/symptom word, or a question whose best policy is the clinical one.
        asks = "?" in ticket.text or "؟" in ticket.text
        clinical = bool(_CLINICAL[language].search(ticket.text)) or bool(
            asks and relevant and relevant[0].id in CLINICAL_SECTIONS)
        if not clinical:  # those sections only make sense as a hand-off; elsewhere they confuse
            relevant = [p for p in relevant if p.id not in CLINICAL_SECTIONS]

        if clinical:
            # The hand-off section leads; nothing about medication or symptoms is explained.
            handoff = self._section(CLINICAL_HANDOFF, language, passages)
            chosen = [handoff] if handoff else []
            topic = "clinical"
        else:
            chosen = self._chosen(relevant)
            topic = TOPIC_BY_DOC.get(chosen[0].doc_id, "general") if chosen else "general"

        # -- acknowledge --------------------------------------------------------------------
        situation = self._situation(categories, topic)
        feeling = pick(book["acknowledge"]["feeling"][screening.emotion.value], seed, "feeling")
        restated = pick(book["acknowledge"]["situation"][situation], seed, "situation")
        # Condolences come before anything else; otherwise the feeling is named first.
        ack = f"{restated} {feeling}" if situation == "bereavement" else f"{feeling} {restated}"

        # -- explain, then next step ---------------------------------------------------------
        explain, citations, flags = self._explain(book, seed, language, chosen, ticket.text)
        next_step, extra, extra_flags = self._next_step(book, seed, language, topic, categories, screening,
                                                        passages, citations, nothing_found="no_relevant_policy" in flags)
        citations += [c for c in extra if c not in citations]
        flags += extra_flags

        parts = DraftParts(acknowledge=ack, explain=explain, next_step=next_step)
        text = "\n\n".join(p for p in (parts.acknowledge, parts.explain, parts.next_step) if p)
        return Draft(text=text, language=language, parts=parts, citations=citations, producer=self.name,
                     ready_to_send=False, flags=list(dict.fromkeys(flags)))

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _explain(book: dict, seed: str, language: str, chosen: list[Passage],
                 message: str) -> tuple[str, list[str], list[str]]:
        """(text, citations, flags): policy sentences quoted from the chosen passages."""
        if not chosen:
            return pick(book["explain"]["nothing_found"], seed, "nothing_found"), [], ["no_relevant_policy"]
        parts: list[str] = []
        quoted: list[str] = []
        citations: list[str] = []
        flags: list[str] = []
        for rank, passage in enumerate(chosen):
            if passage.language != language:
                # No translation in the KB: speak the customer's language, name the policy,
                # cite it for the agent, and quote nothing in the other language.
                flags.append("cited_other_language")
                topic = book["topics"].get(TOPIC_BY_DOC.get(passage.doc_id, "general"), book["topics"]["general"])
                parts.append(pick(book["explain"]["other_language"], seed, "other_language").format(topic=topic))
                citations.append(passage.citation)
                continue
            # The second passage adds a sentence only when it shares words with the message.
            picked = best_sentences(passage.text, message, limit=2 if rank == 0 else 1,
                                    min_score=0.0 if rank == 0 else 1.0)
            if picked:
                quoted.extend(picked)
                citations.append(passage.citation)
        if quoted:
            parts.insert(0, pick(book["explain"]["intro"], seed, "intro") + " " + " ".join(quoted))
        if not citations:  # the passages had no quotable sentence: nothing found, invent nothing
            return pick(book["explain"]["nothing_found"], seed, "nothing_found"), [], ["no_relevant_policy"]
        return " ".join(parts), citations, flags

    def _next_step(self, book: dict, seed: str, language: str, topic: str, categories: set[str],
                   screening: Screening, passages: Sequence[Passage], citations: list[str],
                   *, nothing_found: bool) -> tuple[str, list[str], list[str]]:
        """(text, extra citations, extra flags): the agent's next action, calm words for hostile
        customers, and the policy's follow-up for vulnerable ones."""
        if nothing_found:
            key = "nothing_found"
        elif VulnerabilityCategory.FINANCIAL_HARDSHIP in categories and topic in ("billing", "cancellation", "general"):
            key = "financial_hardship"  # offer the hardship route, not "I'm checking the charge"
        else:
            key = topic if topic in book["next_step"] else "general"
        parts = [pick(book["next_step"][key], seed, "next_step")]
        if VulnerabilityCategory.HOSTILITY in categories:
            parts.append(pick(book["next_step"]["hostility"], seed, "hostility"))
        used: list[str] = []
        flags: list[str] = []
        if screening.follow_up or categories & {c.value for c in VULNERABLE}:
            follow_up, used = self._follow_up(book, seed, language, passages, categories, screening, citations)
            parts.append(follow_up)
            if any(not c.startswith(f"{language}:") for c in used):
                flags.append("cited_other_language")
        return " ".join(parts), used, flags

    @staticmethod
    def _chosen(relevant: list[Passage]) -> list[Passage]:
        """The best passage, and the runner-up when it is close and adds another section."""
        if not relevant:
            return []
        top = relevant[0]
        if top.id.endswith("#overview"):
            # A document's introduction describes the page ("here you can read when ..."); any
            # relevant section of the same policy says more, however much lower it scores.
            specific = [p for p in relevant[1:] if p.doc_id == top.doc_id and not p.id.endswith("#overview")]
            if specific:
                relevant = [specific[0]] + [p for p in relevant if p is not specific[0]]
        chosen = [relevant[0]]
        for candidate in relevant[1:2]:
            # Only another section of the same policy: mixing policies reads as a non sequitur.
            if (relevant[0].score - candidate.score <= SECOND_PASSAGE_MARGIN and candidate.id != relevant[0].id
                    and candidate.doc_id == relevant[0].doc_id and not candidate.id.endswith("#overview")):
                chosen.append(candidate)
        return chosen

    @staticmethod
    def _situation(categories: set[str], topic: str) -> str:
        # Loss and hardship shape the reply more than the topic does; hostility gets a calm,
        # non-defensive opening; otherwise the topic of the policy that answers the message.
        for special in (VulnerabilityCategory.BEREAVEMENT, VulnerabilityCategory.FINANCIAL_HARDSHIP,
                        VulnerabilityCategory.HOSTILITY):
            if special.value in categories:
                return special.value
        if topic != "general":
            return topic
        if VulnerabilityCategory.DISTRESS.value in categories:
            return "distress"
        return "general"

    def _section(self, passage_id: str, language: str, passages: Sequence[Passage]) -> Passage | None:
        """A section from the retrieved passages, else from the KB (customer's language first)."""
        retrieved = [p for p in passages if p.id == passage_id]
        for passage in sorted(retrieved, key=lambda p: p.language != language):
            return passage
        if self.kb is None:
            return None
        try:
            return self.kb.get(f"{language}:{passage_id}") or self.kb.get(passage_id)
        except Exception:  # a KB hiccup must not cost the customer their reply
            log.exception("knowledge base lookup of %s failed", passage_id)
            return None

    def _follow_up(self, book: dict, seed: str, language: str, passages: Sequence[Passage], categories: set[str],
                   screening: Screening, citations: list[str]) -> tuple[str, list[str]]:
        """The follow-up the policy offers vulnerable customers, quoted and cited; a plain
        promise-free sentence when the policy section is unavailable."""
        wanted = [FOLLOW_UP_SECTION]
        if screening.priority in ("high", "urgent"):
            wanted.append(PRIORITY_CALLBACK_SECTION)
        if VulnerabilityCategory.FINANCIAL_HARDSHIP.value in categories:
            wanted.insert(0, HARDSHIP_SECTION)
        quoted: list[str] = []
        used: list[str] = []
        for passage_id in wanted:
            passage = self._section(passage_id, language, passages)
            if passage is None or passage.citation in citations:
                continue
            if passage.language != language:
                used.append(passage.citation)  # cited for the agent, not quoted in another language
                continue
            # No overlap ranking here: the commitments (who, by when) are what matters.
            picked = best_sentences(passage.text, "", limit=2)
            if picked:
                quoted.extend(picked)
                used.append(passage.citation)
        if not quoted:
            return pick(book["follow_up"]["fallback"], seed, "follow_up"), used
        return pick(book["follow_up"]["intro"], seed, "follow_up_intro") + " " + " ".join(quoted), used
