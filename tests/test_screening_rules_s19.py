"""Session 19's rule mend, each beside the crisis it must not clear. Every sentence was written for
this file (none comes from an evaluation set or a written batch).

A past crisis dated by the next sentence: "I was hospitalised for self-harm at 19. That was eight
years ago and I'm in a good place." (Russian also learns "лет десять назад", the numeral after
the noun.) The time markers were read in the match's sentence only, so
the date one sentence later was not seen and the message went to clinical review. Now the next
sentence counts when it opens by pointing back ("That was", "Это было", "Това беше", "اون") and
dates it at once; the rest of the time logic is unchanged (over only when the writer says so, a
recent date or "it came back" keeps it current)."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_stays_clear

OVER = [
    ("en", "I was hospitalised for self-harm at 19. That was eight years ago and I'm in a good place. Where do I upload old records?"),
    ("en", "I tried to kill myself once. That was back in 2015, and I'm doing well now. Can I switch therapists?"),
    ("ru", "Я пыталась покончить с собой. Это было лет десять назад, сейчас у меня всё хорошо. Как поменять психолога?"),
    # the numeral after the noun ("лет десять назад") is a date too, in the match's own sentence as well
    ("ru", "Я пыталась покончить с собой года два тому назад, сейчас всё хорошо. Как поменять психолога?"),
    ("bg", "Опитах се да се самоубия. Това беше преди осем години и сега съм добре. Как да сменя терапевта?"),
    ("fa", "من اقدام به خودکشی کردم. اون مال هشت سال پیشه و الان حالم خوبه. چطور درمانگرم رو عوض کنم؟"),
]


@pytest.mark.parametrize("language,text", OVER)
def test_a_crisis_the_next_sentence_dates_and_closes_is_not_current(language, text):
    assert_stays_clear(text, language)
    assert any(h.status == Status.PAST_RESOLVED for h in match_rules(text, [language]) if h.is_crisis)


STILL_CURRENT = [
    ("en", "I cut myself. That was last night. Can I change my therapist?"),
    ("en", "I tried to kill myself. That was two years ago and I was fine, but lately I think about it again."),
    ("en", "I want to kill myself. It was two years ago that I first thought about it."),
    ("en", "I want to kill myself. This was the worst week of my life, two years ago I lost my job too."),
    ("en", "I want to kill myself. That was my plan two years ago and it still is."),
    ("ru", "Я пыталась покончить с собой. Это было вчера. Как поменять психолога?"),
    ("bg", "Опитах се да се самоубия. Това беше снощи. Как да сменя терапевта?"),
    ("fa", "من اقدام به خودکشی کردم. اون مال دیشب بود. چطور درمانگرم رو عوض کنم؟"),
]


@pytest.mark.parametrize("language,text", STILL_CURRENT)
def test_a_recent_or_returning_crisis_stays_current(language, text):
    statuses = [h.status for h in match_rules(text, [language]) if h.is_crisis]
    assert Status.CURRENT in statuses, statuses


@pytest.mark.parametrize("language,text", [
    ("en", "I tried to kill myself. That was two years ago. Can I change my therapist?"),
    ("ru", "Я пыталась покончить с собой. Это было два года назад. Как поменять психолога?"),
])
def test_dated_but_not_said_to_be_over_goes_to_a_person(language, text):
    statuses = [h.status for h in match_rules(text, [language]) if h.is_crisis]
    assert Status.PAST_UNCLEAR in statuses and Status.PAST_RESOLVED not in statuses, statuses
