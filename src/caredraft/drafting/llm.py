"""Drafts written by an LLM behind any OpenAI-compatible endpoint, held to the rules drafter's safety.

One draft, step by step (``LLMDrafter.draft``):

1. Crisis never goes to the LLM. The pipeline already sends crisis to the holding message;
   this drafter checks again (defence in depth) and returns the holding message itself.
2. A per-request ``Vault`` replaces personal data in the message and the history by
   placeholders. Nothing else of the ticket leaves the process (no ids, country, channel).
3. LangChain ``ChatOpenAI`` (``max_retries=0``: retries are ours) is asked for a
   ``DraftReply`` through function calling. Function calling rather than a ``json_schema``
   response format, because llama.cpp's server rejects the latter; OpenAI, vLLM and Ollama
   accept both.
4. The answer must parse, cite only passages it was given and use only placeholders the
   vault issued; placeholders are then restored and the parts assembled into the reply.
5. The reply runs through the same reply checker as every draft. On a violation the model
   is asked once more (``settings.llm_max_retries`` times), with the violations named.
6. Anything else ends in the rules draft, marked ``producer="fallback:<reason>"`` with the
   flag ``llm_fallback``: ``llm_timeout``, ``llm_error``, ``llm_malformed``,
   ``llm_bad_citation``, ``llm_failed_checks``.

``producer`` says which path wrote the draft: ``llm``, ``llm_revised`` or ``fallback:...``.
``LLMDrafter.stream`` is the same flow with the model's tokens streamed and released
sentence by sentence only after the checks pass (see ``caredraft.api.routes.stream``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from caredraft.domain import (
    CheckResult,
    Draft,
    DraftParts,
    Passage,
    Route,
    Screening,
    Severity,
    Ticket,
    Verdict,
    Violation,
    ViolationKind,
)
from caredraft.drafting import prompts
from caredraft.drafting.prompts import TOOL_NAME, DraftReply
from caredraft.drafting.redaction import Vault
from caredraft.settings import Settings

log = logging.getLogger(__name__)

NEVER_QUOTED_DOCS = {"crisis-resources"}

FALLBACK_REASONS = ("llm_timeout", "llm_error", "llm_malformed", "llm_bad_citation", "llm_failed_checks")
# A sentence ends at terminal punctuation (Latin, Cyrillic and Persian texts share these,
# plus the Persian question mark) followed by space, or at a paragraph break.
_SENTENCE_END = re.compile(r"(?<=[.!?…؟])[\"'»”)\]]*\s+|\n\s*\n")


class LLMFailure(Exception):
    """The LLM path cannot produce a safe draft; ``reason`` is one of FALLBACK_REASONS."""

    def __init__(self, reason: str, detail: str = "", violations: Sequence[Violation] = ()) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.violations = list(violations)


@dataclass
class StreamEvent:
    """One server-sent event: ``delta`` | ``retract`` | ``final`` (``screening`` and
    ``error`` are the route's own)."""

    event: str
    data: dict[str, Any]
    draft: Draft | None = None  # set on ``final``


@dataclass
class _Request:
    """Everything about one draft request; lives only as long as the request."""

    ticket: Ticket
    screening: Screening
    language: str
    passages: list[Passage]  # the relevant passages offered to the model
    retrieved: list[Passage]  # everything retrieved (the rules fallback makes its own choice)
    vault: Vault
    messages: list = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def by_citation(self) -> dict[str, Passage]:
        return {p.citation: p for p in self.passages}


def _is_crisis(screening: Screening) -> bool:
    return screening.route == Route.CLINICAL_REVIEW or bool(screening.crisis_signals)


def classify_error(exc: BaseException) -> str:
    """Map a client exception to a fallback reason."""
    import httpx
    import openai

    if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)):
        return "llm_timeout"
    return "llm_error"


class LLMDrafter:
    name = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        checker=None,  # ReplyChecker; default build_reply_checker(settings)
        rules=None,  # Drafter for fallbacks; default RulesDrafter(settings)
        knowledge_base=None,  # for crisis resources in the defence-in-depth holding message
        chat_model=None,  # a LangChain chat model; default ChatOpenAI from settings
    ) -> None:
        if not settings.llm_configured:
            raise ValueError("LLMDrafter needs CAREDRAFT_LLM_BASE_URL and CAREDRAFT_LLM_MODEL")
        self.settings = settings
        self._checker = checker
        self._rules = rules
        self.kb = knowledge_base
        self.chat = chat_model if chat_model is not None else build_chat_model(settings)
        # The non-streaming structured call; include_raw so malformed output is ours to judge.
        self._structured = self.chat.with_structured_output(DraftReply, method="function_calling", include_raw=True)
        # The streaming call: same tool, same forced choice, chunks parsed as they come.
        self._tools = self.chat.bind_tools([DraftReply], tool_choice=TOOL_NAME, parallel_tool_calls=False)

    # -- collaborators, built lazily so importing this module stays cheap ----------------------
    @property
    def checker(self):
        if self._checker is None:
            from caredraft.guardrails.output.checker import build_reply_checker

            self._checker = build_reply_checker(self.settings)
        return self._checker

    @property
    def rules(self):
        if self._rules is None:
            from caredraft.drafting.rules import RulesDrafter

            self._rules = RulesDrafter(self.settings, knowledge_base=self.kb)
        return self._rules

    # -- the Drafter protocol ----------------------------------------------------------------
    def draft(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage]) -> Draft:
        if _is_crisis(screening):
            return self._holding(ticket, screening)
        req = self._prepare(ticket, screening, passages)
        try:
            args = self._ask(req.messages)
            return self._finish(req, args, producer="llm")
        except LLMFailure as failure:
            return self._fallback(req, failure)

    def stream(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage]) -> Iterator[StreamEvent]:
        """Stream a draft: ``delta`` events carry sentences that passed the checks on the whole
        text so far; a late violation yields ``retract``; the last event is always ``final``
        with the complete draft (which the client shows instead of the deltas)."""
        if _is_crisis(screening):
            draft = self._holding(ticket, screening)
            yield StreamEvent("final", {"draft": draft.model_dump(mode="json")}, draft)
            return
        req = self._prepare(ticket, screening, passages)
        emitted = ""  # restored text already sent to the client
        emitted_raw_len = 0  # how much of the redacted assembled text has been released
        args_text = ""  # the function-call arguments so far (JSON, redacted)
        citations_checked = False
        try:
            chunks = self._tools.stream(req.messages)
            try:
                for chunk in chunks:
                    for tc in getattr(chunk, "tool_call_chunks", None) or []:
                        if tc.get("index") in (0, None):  # one forced call; ignore any extra
                            args_text += tc.get("args") or ""
                    partial = _parse_partial(args_text)
                    if partial is None:
                        continue
                    if not citations_checked and "acknowledgement" in partial:
                        # The citation list is complete once the text starts: judge it before any text goes out.
                        ids = partial.get("cited_passage_ids") or []
                        if not isinstance(ids, list) or any(self._resolve_citation(req, str(c)) is None for c in ids):
                            raise LLMFailure("llm_bad_citation", "cited a passage it was not given")
                        citations_checked = True
                    assembled = _assemble_text(partial)
                    cut = _last_sentence_end(assembled, emitted_raw_len)
                    if cut <= emitted_raw_len:
                        continue
                    if req.vault.unknown_placeholders(assembled[:cut]):
                        raise LLMFailure("llm_malformed", "placeholder the vault never issued")
                    candidate = emitted + req.vault.restore(assembled[emitted_raw_len:cut])
                    cited = self._cited_so_far(req, partial)
                    result = self._run_check(req, candidate, cited)
                    blocking = [v for v in result.violations if v.kind != ViolationKind.STRUCTURE]
                    if result.errored or blocking:
                        # Stop reading the model; the re-ask below gets a clean start.
                        raise LLMFailure("llm_failed_checks", "prefix", blocking or result.violations)
                    yield StreamEvent("delta", {"text": candidate[len(emitted):]})
                    emitted, emitted_raw_len = candidate, cut
            finally:
                close = getattr(chunks, "close", None)
                if close:
                    close()
            try:
                answer = DraftReply.model_validate(_parse_partial(args_text) or {})
            except Exception as exc:
                raise LLMFailure("llm_malformed", type(exc).__name__) from None
            draft = self._finish(req, answer.model_dump(), producer="llm", reask=False)
        except LLMFailure as failure:
            if emitted:
                yield StreamEvent("retract", {"reason": failure.reason,
                                              "violations": [v.kind.value for v in failure.violations]})
            if failure.reason == "llm_failed_checks" and failure.violations and self.settings.llm_max_retries > 0:
                draft = self._reask_or_fallback(req, failure, _parse_partial(args_text) or {})
            else:
                draft = self._fallback(req, failure)
            yield StreamEvent("final", {"draft": draft.model_dump(mode="json")}, draft)
            return
        except Exception as exc:  # client errors (timeout, HTTP 500) surface from the iterator
            failure = LLMFailure(classify_error(exc), type(exc).__name__)
            if emitted:
                yield StreamEvent("retract", {"reason": failure.reason, "violations": []})
            draft = self._fallback(req, failure)
            yield StreamEvent("final", {"draft": draft.model_dump(mode="json")}, draft)
            return
        if draft.text.startswith(emitted) and len(draft.text) > len(emitted):
            yield StreamEvent("delta", {"text": draft.text[len(emitted):]})
        elif not draft.text.startswith(emitted):  # the fields arrived out of order: start over
            yield StreamEvent("retract", {"reason": "reordered", "violations": []})
        yield StreamEvent("final", {"draft": draft.model_dump(mode="json")}, draft)

    # -- steps ------------------------------------------------------------------------------
    def _prepare(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage]) -> _Request:
        language = self._language(ticket, screening)
        # Same relevance bar as the rules drafter; crisis lines belong to the holding message only.
        relevant = [p for p in passages
                    if p.score >= self.settings.retrieval_min_score and p.doc_id not in NEVER_QUOTED_DOCS]
        relevant += self._support_sections(screening, language, relevant)
        req = _Request(ticket=ticket, screening=screening, language=language, passages=relevant,
                       retrieved=list(passages), vault=Vault())
        if not relevant:
            req.flags.append("no_relevant_policy")
        history = [{"role": t.get("role"), "text": req.vault.redact(str(t.get("text", "")))} for t in ticket.history]
        user = prompts.user_prompt(
            customer_text=req.vault.redact(ticket.text),
            history=history,
            passages=relevant,
            language=language,
            emotion=screening.emotion,
            vulnerable=sorted({s.category for s in screening.vulnerability_signals}),
        )
        req.messages = prompts.build_messages(prompts.system_prompt(language), user)
        return req

    def _support_sections(self, screening: Screening, language: str, have: Sequence[Passage]) -> list[Passage]:
        """The follow-up (and hardship) sections the policy offers vulnerable customers, as the
        rules drafter quotes them, so the model can offer and cite them too."""
        from caredraft.drafting.rules import FOLLOW_UP_SECTION, HARDSHIP_SECTION, PRIORITY_CALLBACK_SECTION

        categories = {s.category for s in screening.vulnerability_signals}
        if self.kb is None or not (screening.follow_up or categories):
            return []
        wanted = [FOLLOW_UP_SECTION]
        if screening.priority in ("high", "urgent"):
            wanted.append(PRIORITY_CALLBACK_SECTION)
        if "financial_hardship" in categories:
            wanted.insert(0, HARDSHIP_SECTION)
        found: list[Passage] = []
        for passage_id in wanted:
            try:
                passage = self.kb.get(f"{language}:{passage_id}")
            except Exception:  # a KB hiccup costs the offer, not the draft
                log.exception("knowledge base lookup of %s failed", passage_id)
                continue
            if passage is not None and passage.citation not in {p.citation for p in [*have, *found]}:
                found.append(passage)
        return found

    def _ask(self, messages) -> dict:
        """One structured call; returns the (still redacted) answer as a dict."""
        try:
            out = self._structured.invoke(messages)
        except Exception as exc:
            reason = classify_error(exc)
            log.warning("LLM call failed (%s: %s)", reason, type(exc).__name__)
            raise LLMFailure(reason, type(exc).__name__) from None
        parsed = out.get("parsed") if isinstance(out, dict) else None
        if not isinstance(parsed, DraftReply):
            error = out.get("parsing_error") if isinstance(out, dict) else None
            raise LLMFailure("llm_malformed", type(error).__name__ if error else "no tool call")
        return parsed.model_dump()

    def _finish(self, req: _Request, args: dict, *, producer: str, reask: bool = True) -> Draft:
        """Validate, restore, assemble and check one answer; re-ask once on violations."""
        draft = self._assemble(req, args, producer)
        cited = [req.by_citation[c] for c in draft.citations]
        result = self._run_check(req, draft.text, cited)
        if result.verdict == Verdict.PASS:
            return draft
        failure = LLMFailure("llm_failed_checks", "", result.violations or _errored_violation(result))
        if not reask or producer != "llm" or self.settings.llm_max_retries < 1:
            raise failure
        return self._reask_or_fallback(req, failure, args)

    def _reask_or_fallback(self, req: _Request, failure: LLMFailure, args: dict) -> Draft:
        """Ask again with the violations named; the revised answer must pass on its own."""
        messages = req.messages
        previous, violations = args, failure.violations
        for _ in range(self.settings.llm_max_retries):
            messages = prompts.reask_messages(req.messages, previous, violations, req.vault.redact)
            try:
                previous = self._ask(messages)
                draft = self._assemble(req, previous, "llm_revised")
                cited = [req.by_citation[c] for c in draft.citations]
                result = self._run_check(req, draft.text, cited)
            except LLMFailure as again:
                return self._fallback(req, again)
            if result.verdict == Verdict.PASS:
                return draft
            violations = result.violations or _errored_violation(result)
        return self._fallback(req, LLMFailure("llm_failed_checks", "after re-ask", violations))

    def _assemble(self, req: _Request, args: dict, producer: str) -> Draft:
        try:
            answer = DraftReply.model_validate(args)
        except Exception:
            raise LLMFailure("llm_malformed", "answer does not fit DraftReply") from None
        fields = [answer.acknowledgement.strip(), answer.explanation.strip(), answer.next_step.strip()]
        if not fields[0] or not (fields[1] or fields[2]):
            raise LLMFailure("llm_malformed", "empty reply parts")
        citations = [self._resolve_citation(req, c) for c in answer.cited_passage_ids]
        if any(c is None for c in citations):
            raise LLMFailure("llm_bad_citation", "cited a passage it was not given")
        if any(req.vault.unknown_placeholders(f) for f in fields):
            raise LLMFailure("llm_malformed", "placeholder the vault never issued")
        ack, explain, next_step = (req.vault.restore(f) for f in fields)
        citations = list(dict.fromkeys(citations))  # de-duplicate, keep order
        flags = list(req.flags)
        if any(req.by_citation[c].language != req.language for c in citations):
            flags.append("cited_other_language")
        return Draft(
            text="\n\n".join(part for part in (ack, explain, next_step) if part),
            language=req.language,
            parts=DraftParts(acknowledge=ack, explain=explain, next_step=next_step),
            citations=citations,
            producer=producer,
            flags=flags,
        )

    def _resolve_citation(self, req: _Request, cited: str) -> str | None:
        cited = str(cited).strip()
        if cited in req.by_citation:
            return cited
        # A bare passage id ("refunds#window") is accepted when exactly one given passage has it.
        matches = [p.citation for p in req.passages if p.id == cited]
        return matches[0] if len(matches) == 1 else None

    def _cited_so_far(self, req: _Request, partial: dict) -> list[Passage]:
        """Passages to ground a streamed prefix in: the ones already cited, else all offered."""
        ids = partial.get("cited_passage_ids") if isinstance(partial, dict) else None
        if isinstance(ids, list):
            cited = [req.by_citation.get(self._resolve_citation(req, c) or "") for c in ids if isinstance(c, str)]
            cited = [p for p in cited if p is not None]
            if cited:
                return cited
        return list(req.passages)

    def _run_check(self, req: _Request, text: str, cited: Sequence[Passage]) -> CheckResult:
        try:
            return self.checker.check(text, language=req.language, passages=list(cited), customer_text=req.ticket.text)
        except Exception:  # a checker that crashed has not passed anything: fail closed
            log.exception("reply check failed on an LLM draft")
            return CheckResult(verdict=Verdict.BLOCK, errored=["reply_check"])

    def _fallback(self, req: _Request, failure: LLMFailure) -> Draft:
        log.warning("LLM draft replaced by the rules draft: %s", failure.reason)
        draft = self.rules.draft(req.ticket, req.screening, req.retrieved)
        flags = list(dict.fromkeys([*draft.flags, "llm_fallback"]))
        return draft.model_copy(update={"producer": f"fallback:{failure.reason}", "flags": flags})

    def _holding(self, ticket: Ticket, screening: Screening) -> Draft:
        from caredraft.drafting.holding import holding_message

        log.error("a crisis screening reached the LLM drafter; returning the holding message instead")
        language = self._language(ticket, screening)
        resources: list[Passage] = []
        if self.kb is not None:
            try:
                resources = list(self.kb.crisis_resources(country=ticket.country or self.settings.default_country,
                                                          language=language))
            except Exception:
                log.exception("crisis resources lookup failed")
        draft = holding_message(ticket, screening, resources, language=language)
        return draft.model_copy(update={"flags": [*draft.flags, "llm_skipped_crisis"]})

    def _language(self, ticket: Ticket, screening: Screening) -> str:
        # Same order as the pipeline: what the helpdesk knows, then what screening detected.
        for candidate in (ticket.language, screening.language):
            if candidate and candidate in self.settings.languages:
                return candidate
        return self.settings.default_language


def _errored_violation(result: CheckResult) -> list[Violation]:
    return [Violation(kind=ViolationKind.STRUCTURE, evidence="", severity=Severity.HIGH,
                      message="the reply checker failed: " + ", ".join(result.errored or ["unknown"]))]


def _parse_partial(args_text: str) -> dict | None:
    if not args_text:
        return None
    from langchain_core.utils.json import parse_partial_json

    try:
        value = parse_partial_json(args_text)
    except Exception:
        return None
    return value if isinstance(value, dict) else None


def _assemble_text(partial: dict) -> str:
    parts = [partial.get(k) for k in ("acknowledgement", "explanation", "next_step")]
    # Same shape as the final draft's text, so what was streamed is always a prefix of it.
    return "\n\n".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def _last_sentence_end(text: str, start: int) -> int:
    """Index just after the last complete sentence (a boundary must be followed by more text)."""
    cut = start
    for m in _SENTENCE_END.finditer(text, start):
        if m.end() < len(text):
            cut = m.end()
    return cut


def build_chat_model(settings: Settings):
    """``ChatOpenAI`` for any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp)."""
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        # Local servers ignore the key, but the client insists on one.
        api_key=SecretStr(settings.llm_api_key or "not-needed"),
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        max_retries=0,  # our guard loop decides what a failure means
        # As the classic ``max_tokens`` field: langchain would send ``max_completion_tokens``,
        # which llama.cpp's Python server ignores; OpenAI, vLLM and Ollama read ``max_tokens`` too.
        extra_body={"max_tokens": settings.llm_max_tokens},
    )


def log_drafter_choice(settings: Settings) -> str:
    """One start-up log line saying which drafter runs (and why rules, when no LLM is configured)."""
    from urllib.parse import urlsplit

    if settings.uses_llm and settings.llm_configured:
        host = urlsplit(settings.llm_base_url or "").netloc or settings.llm_base_url
        line = f"drafter: llm (model {settings.llm_model} at {host}; rules draft on any LLM failure)"
    elif settings.llm_configured:
        line = "drafter: rules (an LLM endpoint is configured but CAREDRAFT_DRAFTER=rules)"
    else:
        line = ("drafter: rules (no LLM configured; set CAREDRAFT_DRAFTER=llm, CAREDRAFT_LLM_BASE_URL "
                "and CAREDRAFT_LLM_MODEL to draft with one)")
    logging.getLogger("caredraft.drafting").info(line)
    return line
