"""The crisis holding message: safe wording per language and category, crisis lines for the
customer's country, a built-in fallback, never ready to send."""

from __future__ import annotations

import re

import pytest

from caredraft.domain import CrisisCategory, Passage, Route, Screening, Severity, Signal, SignalKind, Ticket
from caredraft.drafting.holding import holding_message, select_resources, wording_for
from caredraft.drafting.phrases import TEMPLATE_LANGUAGES, phrasebook

LANGUAGES = TEMPLATE_LANGUAGES
MESSAGE = {  # written for these tests; the wording of the message must never be repeated back
    "en": "I can't see a way forward anymore and I have pills saved up",
    "ru": "Я больше не вижу выхода и накопил таблетки",
    "bg": "Вече не виждам изход и съм събрал хапчета",
    "fa": "دیگر راهی نمی‌بینم و قرص جمع کرده‌ام",
}
RESOURCE_TEXT = {
    "us": "Call or text 988 to reach the crisis line at any time. If someone is in immediate danger, call 911.",
    "bg": "Обадете се на 112, ако Вие или някой друг сте в непосредствена опасност. Линия за деца: 116 111.",
    "default": "Call your local emergency number; 112 works in the EU.",
}


def crisis_screening(language: str, *categories: CrisisCategory) -> Screening:
    signals = [Signal(kind=SignalKind.CRISIS, category=c, severity=Severity.CRITICAL, evidence="e", start=0, end=1)
               for c in categories]
    return Screening(language=language, route=Route.CLINICAL_REVIEW, signals=signals)


def resource(anchor: str, language: str = "en") -> Passage:
    return Passage(id=f"crisis-resources#{anchor}", doc_id="crisis-resources", language=language,
                   title="Urgent help", heading=anchor, text=RESOURCE_TEXT[anchor])


CATEGORIES = [CrisisCategory.SUICIDE, CrisisCategory.SELF_HARM, CrisisCategory.HARM_TO_OTHERS, CrisisCategory.ABUSE,
              CrisisCategory.CHILD_SAFETY, CrisisCategory.MEDICAL_EMERGENCY]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", CATEGORIES)
def test_holding_message_per_language_and_category(language, category):
    draft = holding_message(Ticket(text=MESSAGE[language]), crisis_screening(language, category), [], language=language)
    book = phrasebook(language)["holding"]
    kind = wording_for(crisis_screening(language, category))
    assert draft.language == language
    assert draft.producer == "holding"
    assert draft.ready_to_send is False
    assert draft.flags == ["crisis_holding"]
    assert any(draft.text.startswith(o) for o in book["opening"][kind])
    assert any(t in draft.text for t in book["team"])  # a person is reading it now
    assert any(d in draft.text for d in book["danger"][kind])  # emergency services now if in danger
    assert MESSAGE[language] not in draft.text


def test_wording_differs_for_medical_emergency_safety_and_suicide():
    kinds = {c: wording_for(crisis_screening("en", c)) for c in CATEGORIES}
    assert kinds[CrisisCategory.SUICIDE] == kinds[CrisisCategory.SELF_HARM] == "suicide"
    assert kinds[CrisisCategory.MEDICAL_EMERGENCY] == "medical_emergency"
    assert {kinds[c] for c in (CrisisCategory.HARM_TO_OTHERS, CrisisCategory.ABUSE, CrisisCategory.CHILD_SAFETY)} == {"safety"}
    texts = {kind: holding_message(Ticket(text="x"), crisis_screening("en", c), [], language="en").text
             for c, kind in kinds.items()}
    assert len(set(texts.values())) == 3
    # a medical emergency outranks the other categories: call now
    both = crisis_screening("en", CrisisCategory.SUICIDE, CrisisCategory.MEDICAL_EMERGENCY)
    assert wording_for(both) == "medical_emergency"


def test_failed_screening_without_signals_gets_the_general_safety_wording():
    draft = holding_message(Ticket(text="anything"), Screening(language="other", route=Route.CLINICAL_REVIEW), [],
                            language="en")
    assert any(draft.text.startswith(o) for o in phrasebook("en")["holding"]["opening"]["safety"])


@pytest.mark.parametrize("country, anchor", [("US", "us"), ("us", "us"), ("BG", "bg"), ("FR", "default"), (None, "default")])
def test_resources_for_the_customer_country_with_default_fallback(country, anchor):
    resources = [resource("default"), resource("us"), resource("bg", "bg")]
    draft = holding_message(Ticket(text="x", country=country), crisis_screening("en", CrisisCategory.SUICIDE), resources,
                            language="en")
    assert draft.citations == [resources[["default", "us", "bg"].index(anchor)].citation]
    for sentence in re.split(r"(?<=\.)\s", RESOURCE_TEXT[anchor]):
        assert sentence in draft.text


def test_other_language_resource_is_still_given_and_flagged():
    draft = holding_message(Ticket(text="x", country="US"), crisis_screening("ru", CrisisCategory.SUICIDE),
                            [resource("us")], language="ru")
    assert "988" in draft.text and draft.citations == ["en:crisis-resources#us"]
    assert draft.flags == ["crisis_holding", "cited_other_language"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_any_resources_the_built_in_emergency_sentence_is_used(language):
    draft = holding_message(Ticket(text="x"), crisis_screening(language, CrisisCategory.ABUSE), [], language=language)
    assert draft.citations == []
    assert any(s in draft.text for s in phrasebook(language)["holding"]["fallback_resources"])
    assert re.search(r"112|۱۱۲", draft.text)


def test_non_crisis_passages_are_never_used_as_resources():
    billing = Passage(id="billing#plans", doc_id="billing", language="en", title="b", heading="h", text="$69 per week.")
    assert select_resources([billing], "US") == []
    draft = holding_message(Ticket(text="x"), crisis_screening("en", CrisisCategory.SUICIDE), [billing], language="en")
    assert "$69" not in draft.text and draft.citations == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_method_details_secrecy_promises_clichés_or_policy_talk(language):
    book = phrasebook(language)["holding"]

    def leaves(node):
        if isinstance(node, dict):
            return " ".join(leaves(v) for v in node.values())
        return " ".join(node) if isinstance(node, list) else str(node)

    text = leaves(book).casefold()
    banned = {
        "en": ["pill", "overdose", "rope", "knife", "secret", "confidential", "between us", "everything will be fine",
               "refund", "billing", "subscription", "diagnos", "depression"],
        "ru": ["таблет", "передозиров", "нож", "верёвк", "секрет", "конфиденциальн", "между нами", "всё будет хорошо",
               "возврат", "оплат", "подписк", "диагноз", "депресс"],
        "bg": ["хапч", "свръхдоз", "нож", "въже", "тайна", "поверителн", "между нас", "всичко ще бъде наред",
               "възстановяване", "плащан", "абонамент", "диагноз", "депрес"],
        "fa": ["قرص", "اوردوز", "چاقو", "طناب", "محرمانه", "بین خودمان", "همه‌چیز درست می‌شود", "بازپرداخت",
               "اشتراک", "تشخیص", "افسردگی"],
    }[language]
    for word in banned:
        assert word not in text, word


def test_pipeline_crisis_path_uses_the_holding_message_with_real_resources(knowledge_base):
    """The real KB section for Bulgaria, in Bulgarian, through the same call the pipeline makes."""
    resources = knowledge_base.crisis_resources(country="BG", language="bg")
    draft = holding_message(Ticket(text=MESSAGE["bg"], country="BG"), crisis_screening("bg", CrisisCategory.SUICIDE),
                            resources, language="bg")
    assert draft.citations == ["bg:crisis-resources#bg"]
    assert "112" in draft.text and draft.ready_to_send is False
