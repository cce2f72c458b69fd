"""Which policy sentences a rules draft quotes (``drafting.extract`` and ``RulesDrafter._chosen``)."""

from __future__ import annotations

import pytest

from caredraft.domain import Passage
from caredraft.drafting.extract import best_sentences
from caredraft.drafting.rules import RulesDrafter

# Hand-written: a refund rule, then a sentence about something else that points back with "this".
HOLD = {
    "en": ("Once support confirms a duplicate charge, we return it within 2 business days. "
           "Sometimes a second line in your banking app is only a pending hold. "
           "This is not a real payment and it disappears within 3 business days.",
           "You charged me twice, I want the duplicate payment back"),
    "bg": ("След като поддръжката потвърди двойното плащане, връщаме сумата до 2 работни дни. "
           "Понякога второто плащане в банковото приложение е само чакаща блокировка. "
           "Това не е истинско плащане и изчезва до 3 работни дни.",
           "Таксувахте ме два пъти, искам си двойното плащане обратно"),
}


@pytest.mark.parametrize("language", sorted(HOLD))
def test_a_sentence_pointing_back_is_not_quoted_without_its_antecedent(language):
    text, message = HOLD[language]
    quoted = best_sentences(text, message, limit=2)
    assert quoted[0] == text.split(". ")[0] + "."  # the refund rule
    assert not any(s.split()[0] in ("This", "Това") for s in quoted), quoted


def test_a_sentence_pointing_back_is_quoted_with_its_antecedent():
    text = ("A pending hold is a temporary reservation on your card. "
            "It is not a payment and disappears within 3 business days.")
    assert best_sentences(text, "pending hold on my card, is it a payment?", limit=2) == [
        "A pending hold is a temporary reservation on your card.",
        "It is not a payment and disappears within 3 business days."]


def _passage(anchor: str, score: float) -> Passage:
    return Passage(id=f"refunds#{anchor}", doc_id="refunds", language="en", title="Refunds", heading=anchor,
                   text=f"{anchor} text", score=score)


def test_a_relevant_section_beats_the_page_introduction_of_the_same_policy():
    chosen = RulesDrafter._chosen([_passage("overview", 0.48), _passage("double-charges", 0.37)])
    assert chosen[0].id == "refunds#double-charges"
    assert RulesDrafter._chosen([_passage("overview", 0.48)])[0].id == "refunds#overview"  # nothing better: keep it
