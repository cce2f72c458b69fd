"""English mends of session 11 (look-alikes of the sixth written batch), on sentences written for
this file, not taken from the batch: each form stays clear in new wordings, and a disclosure
written beside the same form is still read as a current crisis."""

import pytest

from rule_checks import assert_stays_clear, current_crisis_rules

CLEAR = [
    # a topic studied, taught or contracted for
    ("en", "My MSc thesis is on how text-based services spot suicide risk; could a clinician spare 20 minutes?"),
    ("en", "I'm writing an essay about self-harm in teenagers for my psychology course. Do you publish any statistics?"),
    ("en", "Our podcast exploring domestic abuse in rural areas would love a guest from your clinical team."),
    ("en", "Is the 'living with suicidal thoughts' workshop included in the family plan?"),
    ("en", "The \u201cself-harm first steps\u201d course page gives me a 404 error."),
    ("en", "Our union wants a policy on what happens if a worker tells their therapist about self-harm. Who handles contracts?"),
    ("en", "We need a protocol for when a student discloses suicidal thoughts during a group session, what do you advise?"),
    ("en", "I manage a team supporting families affected by domestic abuse. Can we buy sessions in bulk?"),
    ("en", "Do you take referrals for young people at risk of self-harm, and how long is the wait?"),
    # a past the writer says is over
    ("en", "Five years ago I overdosed and was in hospital for a week. I've been fine ever since. I need my records for a visa."),
    ("en", "I used to cut myself at university. I haven't done it for more than a decade now, just want the scar clinic number."),
    ("en", "My ex was violent but there's been no contact for years and he lives in another country. Can I change my therapist?"),
    # a symptom already explained
    ("en", "The numbness was just a migraine in the end, so please cancel the urgent slot for my mum."),
    ("en", "My chest pain was actually heartburn, the GP said. Can I get a refund for the emergency consult?"),
    # an absence from sessions
    ("en", "I won't be around for the Tuesday group sessions in March, I'm on a work placement."),
    ("en", "She won't be here for any appointments next week, we're visiting family."),
    # idiom about a booking
    ("en", "Shoot me. The app logged me out again mid-payment."),
    ("en", "ugh just shoot me now, my 9am appointment got cancelled again"),
    # a form's question stays a question when the writer does not go on to speak for themselves
    ("en", "The intake form asks about self-harm, suicide and abuse, why do you need that?"),
    ("en", "Question 9 asks whether I've had thoughts of being better off dead, it's upsetting to read."),
]

# The same forms, with a current disclosure beside them: the rules must still read it.
STILL_CRISIS = [
    ("en", "My dissertation on overdose risk is due Friday and I've been saving my pills to take them all after I hand it in."),
    ("en", "I'm doing an essay on suicide because I want to kill myself and nobody notices."),
    ("en", "The 'coping with urges' module didn't help. I cut myself again last night."),
    ("en", "There's a clause about it in the contract. My boyfriend hits me when I don't give him my wages."),
    ("en", "I've been fine ever since the hospital, but tonight I want to kill myself."),
    ("en", "I haven't cut for a decade, but I cut myself again yesterday and I can't stop."),
    ("en", "Chest pain was a pulled muscle last time, but now my dad can't breathe and his lips are blue."),
    ("en", "I won't be around for the sessions because I'm going to kill myself this weekend."),
    ("en", "Shoot me. No really, I have a gun here and I want to die tonight."),
    # a form named, then the writer's own clause (the questionnaire clearer used to run on into it)
    ("en", "I filled in the form but tonight I want to kill myself."),
    ("en", "I completed the survey and now I want to die."),
    ("en", "The intake form is broken and I'm going to overdose tonight."),
    ("en", "I did the PHQ-9, I want to kill myself and nobody reads it."),
]


@pytest.mark.parametrize("lang, text", CLEAR)
def test_look_alike_stays_clear(lang, text):
    assert_stays_clear(text, lang)


@pytest.mark.parametrize("lang, text", STILL_CRISIS)
def test_disclosure_beside_the_form_is_read(lang, text):
    assert current_crisis_rules(text, lang), f"no current crisis rule on {text!r}"


def test_a_refusal_reported_does_not_negate_what_follows():
    """"when I said no, he shoved me": "no" here reports a refusal, it denies nothing after it."""
    assert "en.abuse.implied.control" in current_crisis_rules(
        "He keeps my bank card, and when I said no yesterday he shoved me against the door.", "en")
