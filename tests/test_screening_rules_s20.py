"""Session 20's rule mends, each beside the crisis it must not clear. Every sentence was written for
this file (none comes from an evaluation set or a written batch).

- Persian "دلم نمی‌خواد زنده باشم" (I don't want to be alive; literally "my heart does not want")
  had no rule: ``_DONT_WANT`` lacked the mirror of ``_WANT``'s "دلم می‌خواد". The same words right
  before another match ("دلم نمی‌خواد خودمو بکشم", I don't want to kill myself) now negate it, as
  "نمی‌خوام" already did.
- English "Kill me, I booked the wrong day again": exasperation at one's own slip, told right after.
- English school years and "until <year>" date a crisis; "thriving" and "hasn't done it since" say
  it is over.
"""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_rules


@pytest.mark.parametrize("text", [
    "دلم نمیخواد زنده باشم",
    "دلم نمی‌خواد دیگه زندگی کنم، خسته شدم از همه چی",
    "راستش دلم نمی‌خواهد زنده بمانم. اشتراکم رو هم لغو کنید.",
])
def test_persian_heart_does_not_want_to_live_is_explicit(text):
    assert_rule_fires("fa.suicide.explicit.want_to_die", text, "fa")


@pytest.mark.parametrize("text", [
    "دلم نمی‌خواد خودمو بکشم، فقط میخوام اشتراکمو لغو کنم",
    "دلم نمیخواد دیگه خودکشی کنم، این فقط یه سوال درباره بیمه‌ست",
])
def test_persian_heart_does_not_want_negates_the_match_after_it(text):
    assert [h.status for h in match_rules(text, ["fa"]) if h.is_crisis] and all(
        h.status == Status.NEGATED for h in match_rules(text, ["fa"]) if h.is_crisis)


@pytest.mark.parametrize("text", [
    # the negation is right before the match only: a later wish to die stays current
    "دلم نمی‌خواد برم سر کار، می‌خوام خودمو بکشم",
    "دلم نمی‌خواد این حرفو بزنم ولی می‌خوام بمیرم",
])
def test_persian_a_later_wish_stays_current(text):
    assert current_crisis_rules(text, "fa"), text


@pytest.mark.parametrize("text", [
    "Kill me, I booked the wrong day again. Can you move it to Friday?",
    "ugh kill me, I just typed my own email wrong. It should be anna@example.org",
    "Kill me. I forgot my password for the third time this week.",
    "kill me, I double-booked myself with two therapists on Monday",
])
def test_kill_me_at_ones_own_slip_is_an_idiom(text):
    assert_stays_clear(text, "en")


@pytest.mark.parametrize("text", [
    "Kill me, I can't do this anymore.",
    "Kill me, I bought the rope already.",
    "Kill me, I have nothing left to live for.",
    "I booked the wrong day again. Kill me, I want to die.",
])
def test_kill_me_without_a_slip_stays_current(text):
    assert current_crisis_rules(text, "en"), text


@pytest.mark.parametrize("text", [
    "My son self-harmed in 8th grade. He is 17 now and thriving. How do I add him to my plan?",
    "I was in an abusive marriage until 2019. I'm safe now. Please update my address.",
    "I cut myself in tenth grade but I haven't done it since. Can I get a receipt for my sessions?",
])
def test_a_school_year_or_until_a_year_dates_a_crisis_that_is_over(text):
    assert_stays_clear(text, "en")


@pytest.mark.parametrize("text", [
    "I self-harmed in 8th grade and I'm doing it again now.",
    "I'm not thriving. I cut myself in 9th grade and again last night.",
    "He hit me until 2019 and he found me again last week.",
])
def test_a_school_year_with_a_return_stays_current(text):
    statuses = [h.status for h in match_rules(text, ["en"]) if h.is_crisis]
    assert Status.CURRENT in statuses, statuses
