"""The real pipeline end to end: real screener, real Chroma + e5 knowledge base, rules drafter,
real reply checker. Small fakes (beside the tests below) only make one component fail."""

from __future__ import annotations

import re

import pytest

from caredraft.domain import Route, Ticket, Verdict
from caredraft.pipeline import Pipeline, build_pipeline

ORDINARY = {
    "en": "Hi, I was charged twice for my plan this month. Can you refund the second payment?",
    "ru": "Здравствуйте, с меня дважды списали оплату за тариф в этом месяце. Верните, пожалуйста, второй платёж.",
    "bg": "Здравейте, таксуваха ме два пъти за плана този месец. Може ли да ми върнете второто плащане?",
    "fa": "سلام، این ماه دو بار هزینهٔ اشتراکم از کارتم کم شده. لطفاً پرداخت دوم را برگردانید.",
}
CRISIS = {
    "en": "I don't want to be alive anymore and I plan to kill myself tonight.",
    "ru": "Я больше не хочу жить и сегодня ночью собираюсь покончить с собой.",
    "bg": "Не искам повече да живея и тази нощ ще се самоубия.",
    "fa": "دیگر نمی‌خواهم زنده باشم و امشب می‌خواهم خودکشی کنم.",
}
DIGITS = re.compile(r"[0-9۰-۹]+")


@pytest.fixture(scope="module")
def pipeline(kb_settings) -> Pipeline:
    return build_pipeline(kb_settings)


@pytest.mark.parametrize("language", ["en", "ru", "bg", "fa"])
def test_ordinary_ticket_is_auto_and_ready_with_cited_policy(pipeline, language):
    result = pipeline.run(Ticket(text=ORDINARY[language]))
    assert result.route == Route.AUTO, (result.reasons, result.check.violations)
    assert result.check.verdict == Verdict.PASS
    assert result.draft.ready_to_send is True
    assert result.draft.producer == "rules" and result.draft.language == language
    assert result.draft.citations and all(c.startswith(f"{language}:refunds#") for c in result.draft.citations)
    cited = " ".join(p.text for p in result.passages if p.citation in result.draft.citations)
    assert all(d in cited for d in DIGITS.findall(result.draft.text))


@pytest.mark.parametrize("language, country, anchor", [("en", "US", "us"), ("ru", "RU", "ru"), ("bg", "BG", "bg"),
                                                       ("fa", "IR", "ir"), ("en", None, "default")])
def test_crisis_gets_the_holding_message_for_clinical_review(pipeline, language, country, anchor):
    result = pipeline.run(Ticket(text=CRISIS[language], country=country))
    assert result.route == Route.CLINICAL_REVIEW
    assert result.draft.producer == "holding" and result.draft.ready_to_send is False
    assert result.draft.flags[0] == "crisis_holding"
    assert result.draft.language == language
    assert result.draft.citations == [f"{language}:crisis-resources#{anchor}"]
    assert CRISIS[language] not in result.draft.text


def test_vulnerable_customer_follow_up_is_cited_and_its_figures_pass_the_check(pipeline):
    text = ("My mother passed away last month and I'm handling her things. "
            "Please cancel her subscription so she isn't billed again.")
    result = pipeline.run(Ticket(text=text, language="en"))
    assert result.route != Route.CLINICAL_REVIEW
    if not result.screening.follow_up and not result.screening.vulnerability_signals:
        pytest.skip("the screener did not mark this message as vulnerable")
    assert "en:wellbeing-follow-up#follow-up" in result.draft.citations
    # the follow-up section was fetched by the drafter; the checker must ground its figures in it
    assert "ungrounded" not in {v.kind.value for v in result.check.violations}


# -- failures: fakes beside the tests -------------------------------------------------------------
class RaisingScreener:
    def screen(self, text, *, language=None):
        raise RuntimeError("screener down")

    def screen_many(self, texts, *, languages=None):
        raise RuntimeError("screener down")


class RaisingSearch:
    """The real knowledge base, except that search fails."""

    def __init__(self, kb) -> None:
        self.kb = kb

    def search(self, *args, **kwargs):
        raise RuntimeError("vector store down")

    def __getattr__(self, name):
        return getattr(self.kb, name)


def test_screener_failure_goes_to_clinical_review_with_a_holding_message(pipeline):
    broken = Pipeline(settings=pipeline.settings, screener=RaisingScreener(), knowledge_base=pipeline.kb,
                      drafter=pipeline.drafter, checker=pipeline.checker)
    result = broken.run(Ticket(text=ORDINARY["en"], language="en", country="GB"))
    assert result.route == Route.CLINICAL_REVIEW
    assert result.screening.degraded == ["screening"]
    assert any("screening failed" in r for r in result.reasons)
    assert result.draft.producer == "holding" and result.draft.ready_to_send is False
    assert result.draft.citations == ["en:crisis-resources#gb"]


def test_retrieval_failure_goes_to_human_review_without_invented_policy(pipeline):
    broken = Pipeline(settings=pipeline.settings, screener=pipeline.screener, knowledge_base=RaisingSearch(pipeline.kb),
                      drafter=pipeline.drafter, checker=pipeline.checker)
    result = broken.run(Ticket(text=ORDINARY["bg"], language="bg"))
    assert result.route == Route.HUMAN_REVIEW
    assert any("retrieval" in r for r in result.reasons)
    assert result.draft.ready_to_send is False
    assert "no_relevant_policy" in result.draft.flags and result.draft.citations == []
    assert not DIGITS.search(result.draft.text)


def test_a_customer_in_a_language_without_templates_never_gets_a_ready_draft(pipeline):
    # The draft falls back to the default language; an English reply to a Spanish customer is not
    # ready to send, however well its policy matched (session 29).
    result = pipeline.run(Ticket(text="Hola, me cobraron dos veces el plan este mes. ¿Me pueden devolver el segundo pago?"))
    assert result.screening.language == "other"
    assert result.route != Route.AUTO and result.draft.ready_to_send is False
    assert any("does not draft in" in r for r in result.reasons), result.reasons
    # The same rule on a draft that passed every other check: only the customer's language differs.
    english = pipeline.run(Ticket(text=ORDINARY["en"]))
    assert english.route == Route.AUTO
    other = english.screening.model_copy(update={"language": "other"})
    route, reasons = pipeline.route(other, english.draft, english.check, [])
    assert route == Route.HUMAN_REVIEW and any("does not draft in" in r for r in reasons)
