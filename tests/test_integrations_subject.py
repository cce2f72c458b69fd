"""Which helpdesk subjects are read as the customer's words (integrations.base.customer_subject)."""

import pytest

from caredraft.integrations.base import customer_subject


def test_a_customers_own_subject_is_context():
    assert customer_subject("  I can't go on  ", "Please cancel my plan.") == ("I can't go on",)


@pytest.mark.parametrize("subject", ["Re: Your session tomorrow", "RE: x", "Fwd: receipt", "AW: Termin",
                                     "Ответ: Напоминание о сессии", "Отг: Напомняне", "پاسخ: یادآوری جلسه",
                                     "Re[2]: reminder"])
def test_a_replys_subject_may_be_ours_and_is_not_context(subject):
    assert customer_subject(subject, "Please cancel my plan.") == ()


@pytest.mark.parametrize("subject", [None, "", "   ", 42])
def test_no_subject_is_no_context(subject):
    assert customer_subject(subject, "text") == ()


def test_a_subject_the_message_already_holds_is_not_read_twice():
    assert customer_subject("Refund", "Refund please") == ()
    # "Reminder" starts with "Re" but is no reply prefix.
    assert customer_subject("Reminder about my bill", "hi") == ("Reminder about my bill",)
