"""The rules drafter: acknowledge -> explain -> next step, in en/ru/bg/fa.

Most tests build ``Passage`` and ``Screening`` objects by hand (the drafter's inputs), so each
behaviour is pinned down exactly; the last ones run on the real sample knowledge base."""

from __future__ import annotations

import re

import pytest

from caredraft.domain import Emotion, Passage, Route, Screening, Signal, SignalKind, Severity, Ticket
from caredraft.drafting import build_drafter
from caredraft.drafting.phrases import TEMPLATE_LANGUAGES, phrasebook
from caredraft.drafting.rules import RulesDrafter

LANGUAGES = TEMPLATE_LANGUAGES
DIGITS = re.compile(r"[0-9۰-۹]+")

# Hand-written policy sections (not the sample KB): one refund rule with figures, one
# follow-up section, one off-topic pointer, per language.
REFUND = {
    "en": "If you were charged twice for the same billing period, we reverse the duplicate charge within 3 business days. "
          "Your bank may need up to 7 more days to show it.",
    "ru": "Если с Вас дважды списали оплату за один и тот же период, мы вернём лишнее списание в течение 3 рабочих дней. "
          "Банку может понадобиться ещё до 7 дней, чтобы отразить возврат.",
    "bg": "Ако сте таксувани два пъти за един и същ период, връщаме двойното плащане до 3 работни дни. "
          "На банката може да са нужни още до 7 дни, за да го покаже.",
    "fa": "اگر برای یک دوره دو بار از حساب شما برداشت شده باشد، مبلغ اضافه را ظرف ۳ روز کاری برمی‌گردانیم. "
          "ممکن است بانک تا ۷ روز دیگر برای نمایش آن زمان لازم داشته باشد.",
}
FOLLOW_UP = {
    "en": "If things are hard for you right now, we will not just close your request. "
          "The same agent follows up within 2 business days.",
    "ru": "Если Вам сейчас тяжело, мы не просто закроем обращение. Тот же сотрудник свяжется с Вами в течение 2 рабочих дней.",
    "bg": "Ако в момента Ви е трудно, няма просто да затворим запитването. Същият служител ще се свърже с Вас до 2 работни дни.",
    "fa": "اگر این روزها برایتان سخت است، درخواست شما را همین‌طور نمی‌بندیم. همان همکار ظرف ۲ روز کاری پیگیری می‌کند.",
}
OFF_TOPIC = {
    "en": "We sometimes get requests that our service cannot help with, such as booking a taxi. "
          "We still answer kindly and point you to where help can be found.",
    "ru": "Иногда нам пишут о том, с чем наш сервис помочь не может, например о заказе такси. "
          "Мы всё равно отвечаем доброжелательно и подсказываем, куда обратиться.",
    "bg": "Понякога получаваме молби, с които услугата ни не може да помогне, например поръчка на такси. "
          "Пак отговаряме любезно и насочваме към мястото, където могат да помогнат.",
    "fa": "گاهی درخواست‌هایی می‌رسد که خدمات ما در آن‌ها کمکی نمی‌کند، مثل گرفتن تاکسی. "
          "باز هم با مهربانی پاسخ می‌دهیم و راه کمک گرفتن را نشان می‌دهیم.",
}
MESSAGE = {  # a double-charge complaint
    "en": "You took the payment twice this month, I want the duplicate charge back.",
    "ru": "Вы дважды списали оплату в этом месяце, верните лишнее списание.",
    "bg": "Таксувахте ме два пъти този месец, искам да ми върнете двойното плащане.",
    "fa": "این ماه دو بار از حسابم برداشت کردید، مبلغ اضافه را برگردانید.",
}


def passage(language: str, pid: str, text: str, score: float) -> Passage:
    doc_id = pid.split("#")[0]
    return Passage(id=pid, doc_id=doc_id, language=language, title=doc_id, heading=pid, text=text, score=score)


def screening(language: str, emotion: Emotion = Emotion.NEUTRAL, *categories: str, follow_up: bool = False) -> Screening:
    signals = [Signal(kind=SignalKind.VULNERABILITY, category=c, severity=Severity.MEDIUM, evidence="x", start=0, end=1)
               for c in categories]
    return Screening(language=language, route=Route.AUTO, emotion=emotion, signals=signals, follow_up=follow_up)


@pytest.fixture
def drafter(settings):
    return RulesDrafter(settings)


def refund_passages(language: str) -> list[Passage]:
    return [passage(language, "refunds#double-charges", REFUND[language], 0.7),
            passage(language, "login-app#password-reset", "Tap the reset link we email you. It works for 24 hours.", 0.1)]


# -- acknowledge ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_draft_opens_with_the_acknowledgement_in_the_customer_language(drafter, language):
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, Emotion.ANGRY), refund_passages(language))
    assert draft.language == language
    assert draft.text.startswith(draft.parts.acknowledge)
    feelings = phrasebook(language)["acknowledge"]["feeling"]["angry"]
    assert any(draft.parts.acknowledge.startswith(f) for f in feelings)
    # order: acknowledge, then explain, then next step
    assert draft.text.index(draft.parts.acknowledge) < draft.text.index(draft.parts.explain) < draft.text.index(draft.parts.next_step)


@pytest.mark.parametrize("language", LANGUAGES)
def test_acknowledgement_changes_with_the_emotion(drafter, language):
    openings = {}
    for emotion in Emotion:
        draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, emotion), refund_passages(language))
        first = draft.parts.acknowledge
        assert any(first.startswith(f) for f in phrasebook(language)["acknowledge"]["feeling"][emotion.value]), emotion
        openings[emotion] = first
    assert len(set(openings.values())) == len(Emotion)


def test_variants_differ_between_messages_but_not_between_runs(drafter):
    texts = [f"Please check the double charge on my card, order {n}" for n in range(12)]
    openings = {drafter.draft(Ticket(text=t), screening("en", Emotion.FRUSTRATED), refund_passages("en")).parts.acknowledge
                for t in texts}
    assert len(openings) > 1
    again = drafter.draft(Ticket(text=texts[0]), screening("en", Emotion.FRUSTRATED), refund_passages("en"))
    assert again == drafter.draft(Ticket(text=texts[0]), screening("en", Emotion.FRUSTRATED), refund_passages("en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stock_phrases_or_clinical_readings_in_templates(language):
    text = leaves(phrasebook(language)).casefold()
    for banned in ("inconvenience", "everything will be fine", "your anxiety", "your depression", "coping",
                   "неудобств", "всё будет хорошо", "неудобство", "всичко ще бъде наред", "ناراحتی پیش آمده"):
        assert banned not in text


# -- explain: figures and citations ---------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_come_from_the_cited_passage_and_unused_passages_are_not_cited(drafter, language):
    passages = refund_passages(language)
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language), passages)
    assert draft.citations == [f"{language}:refunds#double-charges"]
    assert draft.flags == []
    figures = DIGITS.findall(draft.text)
    assert figures, "the refund rule's figures should be quoted"
    assert all(f in REFUND[language] for f in figures)
    assert "24" not in draft.text  # from the uncited, irrelevant passage


def leaves(node) -> str:
    """All template text of a (nested) section, joined (``str()`` would escape Persian ZWNJ)."""
    if isinstance(node, dict):
        return "\n".join(leaves(v) for v in node.values())
    if isinstance(node, list):
        return "\n".join(leaves(v) for v in node)
    return str(node)


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_carry_no_figures(language):
    book = dict(phrasebook(language))
    holding = dict(book.pop("holding"))
    assert not DIGITS.search(leaves(book))
    holding.pop("fallback_resources")  # the built-in emergency numbers, used only without KB resources
    assert not DIGITS.search(leaves(holding))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_cell_exists_in_every_language(language):
    english, other = phrasebook("en"), phrasebook(language)

    def shape(node, path=""):
        if isinstance(node, dict):
            return {k: shape(v, f"{path}.{k}") for k, v in node.items() if k != "language"}
        assert node, f"empty template {path}"
        return "leaf"

    assert shape(other) == shape(english)
    for emotion in Emotion:
        assert len(other["acknowledge"]["feeling"][emotion.value]) >= 3


def test_polite_forms_in_russian_bulgarian_and_persian():
    ru, bg, fa = (leaves(phrasebook(lang)) for lang in ("ru", "bg", "fa"))
    assert "Вы" in ru and not re.search(r"\b(ты|тебя|тебе|твой|твоя)\b", ru, re.IGNORECASE)
    assert "Вие" in bg or "Ви " in bg
    assert not re.search(r"\b(ти си|твоят|твоя|теб)\b", bg, re.IGNORECASE)
    assert "شما" in fa and not re.search(r"(^|\s)(تو|تورا)(\s|$)", fa)


# -- tone: hostility, vulnerability --------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_customer_gets_a_calm_non_defensive_reply(drafter, language):
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, Emotion.ANGRY, "hostility"),
                          refund_passages(language))
    book = phrasebook(language)
    assert any(s in draft.parts.acknowledge for s in book["acknowledge"]["situation"]["hostility"])
    assert any(s in draft.parts.next_step for s in book["next_step"]["hostility"])
    for defensive in ("calm down", "unacceptable", "your behaviour", "abusive", "успокойтесь", "успокойте се", "آرام باشید"):
        assert defensive not in draft.text.casefold()


@pytest.mark.parametrize("language", LANGUAGES)
def test_vulnerable_customer_gets_the_follow_up_and_it_is_cited(drafter, language):
    passages = refund_passages(language) + [passage(language, "wellbeing-follow-up#follow-up", FOLLOW_UP[language], 0.2)]
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, Emotion.SAD, "bereavement", follow_up=True),
                          passages)
    assert f"{language}:wellbeing-follow-up#follow-up" in draft.citations
    assert any(d in draft.parts.next_step for d in ("2", "۲"))
    assert any(s in draft.parts.acknowledge for s in phrasebook(language)["acknowledge"]["situation"]["bereavement"])


def test_follow_up_without_the_policy_promises_nothing_and_cites_nothing(drafter):
    draft = drafter.draft(Ticket(text=MESSAGE["en"]), screening("en", Emotion.SAD, "distress", follow_up=True),
                          refund_passages("en"))
    assert phrasebook("en")["follow_up"]["fallback"][0] in draft.parts.next_step
    assert draft.citations == ["en:refunds#double-charges"]


def test_ordinary_customer_gets_no_follow_up(drafter):
    passages = refund_passages("en") + [passage("en", "wellbeing-follow-up#follow-up", FOLLOW_UP["en"], 0.2)]
    draft = drafter.draft(Ticket(text=MESSAGE["en"]), screening("en", Emotion.NEUTRAL), passages)
    assert "wellbeing-follow-up" not in " ".join(draft.citations)


# -- off-topic, clinical, nothing found, other language ------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_off_topic_request_gets_a_kind_pointer_not_a_refusal(drafter, language):
    passages = [passage(language, "off-topic#kind-pointer", OFF_TOPIC[language], 0.55)]
    draft = drafter.draft(Ticket(text="taxi?"), screening(language), passages)
    book = phrasebook(language)
    assert draft.citations == [f"{language}:off-topic#kind-pointer"]
    assert "no_relevant_policy" not in draft.flags
    assert any(s in draft.parts.acknowledge for s in book["acknowledge"]["situation"]["off_topic"])
    assert any(s in draft.parts.next_step for s in book["next_step"]["off_topic"])


@pytest.mark.parametrize("language, question", [
    ("en", "What dose of my antidepressant should I take before a session?"),
    ("ru", "Можно ли пить таблетки перед сеансом?"),
    ("bg", "Какви са страничните ефекти, ако пия хапчета преди сесията? Странични ефекти има ли?"),
    ("fa", "آیا می‌توانم قبل از جلسه قرص بخورم؟"),
])
def test_clinical_question_is_handed_to_the_clinical_team_without_advice(drafter, language, question):
    handoff = passage(language, "support-scope#clinical-questions",
                      {"en": "Support passes clinical questions to the clinical care team, who reply within 1 business day.",
                       "ru": "Поддержка передаёт клинические вопросы клинической команде, она отвечает в течение 1 рабочего дня.",
                       "bg": "Поддръжката предава клиничните въпроси на клиничния екип, който отговаря до 1 работен ден.",
                       "fa": "پشتیبانی سؤال‌های بالینی را به تیم بالینی می‌دهد که ظرف ۱ روز کاری پاسخ می‌دهد."}[language], 0.3)
    draft = drafter.draft(Ticket(text=question), screening(language), refund_passages(language) + [handoff])
    assert draft.citations == [f"{language}:support-scope#clinical-questions"]
    assert any(s in draft.parts.next_step for s in phrasebook(language)["next_step"]["clinical"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_relevant_is_flagged_and_invents_no_policy(drafter, settings, language):
    weak = [passage(language, "refunds#double-charges", REFUND[language], settings.retrieval_min_score - 0.01)]
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, Emotion.CONFUSED), weak)
    assert draft.flags == ["no_relevant_policy"]
    assert draft.citations == []
    assert not DIGITS.search(draft.text)
    assert any(s in draft.parts.explain for s in phrasebook(language)["explain"]["nothing_found"])


@pytest.mark.parametrize("language", ["ru", "bg", "fa"])
def test_passage_in_another_language_is_cited_and_flagged_but_not_quoted(drafter, language):
    english = [passage("en", "refunds#double-charges", REFUND["en"], 0.7)]
    draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, Emotion.FRUSTRATED), english)
    assert draft.language == language
    assert draft.citations == ["en:refunds#double-charges"]
    assert "cited_other_language" in draft.flags
    assert "business days" not in draft.text and not re.search(r"[A-Za-z]{4,}", draft.text)


def test_unknown_screened_language_falls_back_to_the_ticket_then_the_default(settings):
    drafter = RulesDrafter(settings)
    assert drafter.draft(Ticket(text="x", language="bg"), screening("other"), []).language == "bg"
    assert drafter.draft(Ticket(text="x"), screening("other"), []).language == settings.default_language


def test_customer_details_are_never_echoed(drafter):
    text = "Charged twice! My email is jane.doe@example.com and card 4111 1111 1111 1111, refund the duplicate."
    draft = drafter.draft(Ticket(text=text), screening("en", Emotion.ANGRY), refund_passages("en"))
    assert "@" not in draft.text and "4111" not in draft.text


def test_build_drafter_chooses_rules_unless_an_llm_is_configured(settings, caplog):
    with caplog.at_level("INFO", logger="caredraft.drafting"):
        assert isinstance(build_drafter(settings, None), RulesDrafter)
    assert "drafter: rules (no LLM configured" in caplog.text
    configured = settings.model_copy(update={"llm_base_url": "http://127.0.0.1:9/v1", "llm_model": "m"})
    assert build_drafter(configured, None).name == "llm"
    pinned = configured.model_copy(update={"drafter": "rules"})
    assert isinstance(build_drafter(pinned, None), RulesDrafter)


# -- with the real sample knowledge base ----------------------------------------------------------
REAL_QUESTIONS = {
    "en": "I was charged twice for this billing period, can you refund the duplicate?",
    "ru": "С меня дважды списали деньги за один период, верните, пожалуйста, лишнее.",
    "bg": "Таксуван съм два пъти за същия период, може ли да ми върнете парите?",
    "fa": "برای یک دوره دو بار از کارتم پول کم شده، لطفاً مبلغ اضافه را برگردانید.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_kb_draft_quotes_cited_passages_verbatim(kb_settings, knowledge_base, language):
    if language not in knowledge_base.languages:
        pytest.skip(f"sample KB has no {language} documents yet")
    drafter = RulesDrafter(kb_settings, knowledge_base=knowledge_base)
    passages = knowledge_base.search(REAL_QUESTIONS[language], language=language, k=4)
    draft = drafter.draft(Ticket(text=REAL_QUESTIONS[language]), screening(language, Emotion.FRUSTRATED), passages)
    assert draft.citations and draft.citations[0].startswith(f"{language}:refunds#")
    cited_text = " ".join(p.text for p in passages if p.citation in draft.citations)
    assert all(f in cited_text for f in DIGITS.findall(draft.parts.explain))


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_kb_follow_up_is_fetched_when_retrieval_missed_it(kb_settings, knowledge_base, language):
    if language not in knowledge_base.languages:
        pytest.skip(f"sample KB has no {language} documents yet")
    drafter = RulesDrafter(kb_settings, knowledge_base=knowledge_base)
    passages = [p for p in knowledge_base.search(REAL_QUESTIONS[language], language=language, k=4)
                if p.doc_id != "wellbeing-follow-up"]
    draft = drafter.draft(Ticket(text=REAL_QUESTIONS[language]),
                          screening(language, Emotion.SAD, "financial_hardship", follow_up=True), passages)
    assert f"{language}:wellbeing-follow-up#follow-up" in draft.citations
    assert f"{language}:billing#hardship" in draft.citations
    follow_up = knowledge_base.get(f"{language}:wellbeing-follow-up#follow-up")
    assert any(f in follow_up.text for f in DIGITS.findall(draft.parts.next_step))


# -- the real reply checker accepts the drafts ----------------------------------------------------
@pytest.fixture(scope="module")
def checker():
    from caredraft.guardrails.output.checker import build_reply_checker
    from caredraft.settings import Settings

    return build_reply_checker(Settings())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feeling_sentence_counts_as_an_acknowledgement_for_the_checker(checker, language):
    explanation = REFUND[language]
    for emotion, variants in phrasebook(language)["acknowledge"]["feeling"].items():
        for variant in variants:
            result = checker.check(f"{variant} {explanation}", language=language,
                                   passages=[passage(language, "refunds#double-charges", REFUND[language], 0.7)])
            assert "structure" not in {v.kind.value for v in result.violations}, (emotion, variant)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("categories", [(), ("hostility",), ("bereavement",), ("financial_hardship",)])
def test_drafts_pass_the_real_reply_checker(drafter, checker, language, categories):
    passages = refund_passages(language) + [passage(language, "wellbeing-follow-up#follow-up", FOLLOW_UP[language], 0.2)]
    for emotion in Emotion:
        draft = drafter.draft(Ticket(text=MESSAGE[language]), screening(language, emotion, *categories,
                                                                          follow_up=bool(categories)), passages)
        cited = [p for p in passages if p.citation in draft.citations]
        result = checker.check(draft.text, language=language, passages=cited, customer_text=MESSAGE[language])
        assert result.verdict.value == "pass", (emotion, draft.text, result.violations)
