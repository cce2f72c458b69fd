"""English mends of session 10 (negation that is not denial), on sentences written for this file,
not taken from the negation table: each mend fires on new wordings of its form, and the plain
denials, idioms and past events beside it stay clear."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_hits

FIRES = [
    # double negatives affirm
    ("en", "not a single night goes by that I don't think about ending it", "en.suicide.implied.thoughts_of_dying"),
    ("en", "there's not one morning where I'm not thinking about dying", "en.suicide.implied.thoughts_of_dying"),
    ("en", "honestly i can't not think about being dead", "en.suicide.implied.thoughts_of_dying"),
    ("en", "no way I'm not going to kill myself after this", "en.suicide.explicit.kill_myself"),
    ("en", "it's not that I don't want to hurt myself, I really do", "en.self_harm.explicit.cutting"),
    # escalation, distrust of oneself, indifference
    ("en", "I'm not just thinking about suicide any more, I have a date", "en.suicide.explicit.suicidal"),
    ("en", "I don't trust myself not to overdose this weekend", "en.medical_emergency.explicit.overdose"),
    ("en", "i don't care if i die in my sleep tonight", "en.suicide.implied.indifferent_to_dying"),
    # new rules
    ("en", "I keep thinking of not waking up", "en.suicide.implied.thoughts_of_dying"),
    ("en", "lately I'm wishing I was dead most days", "en.suicide.implied.thoughts_of_dying"),
    ("en", "i want to cut so bad right now", "en.self_harm.explicit.want_to_cut"),
    ("en", "I have the urge to burn myself again", "en.self_harm.explicit.want_to_cut"),
    ("en", "can't stop hurting myself, it's every night", "en.self_harm.explicit.cannot_stop"),
    ("en", "why haven't I ended my life already", "en.suicide.explicit.why_not_end_it"),
    ("en", "nobody is going to notice when I'm gone", "en.suicide.implied.nobody_would_notice"),
    ("en", "no one would come to my funeral if I killed myself", "en.suicide.implied.nobody_would_notice"),
    ("en", "I can't see any point in staying alive", "en.suicide.implied.no_reason_to_live"),
    ("en", "can't promise I won't cut before Friday", "en.self_harm.implied.cannot_promise"),
    ("en", "I can't guarantee you I'll be alive next week", "en.suicide.implied.cannot_promise_alive"),
    ("en", "I've made up my mind to end it", "en.suicide.explicit.decided_to_end"),
    ("en", "there are razor blades stashed in my drawer", "en.self_harm.implied.means_hidden"),
    ("en", "I burned my wrist with a cigarette last night", "en.self_harm.implied.means_hidden"),
    # "nobody" as the subject of another verb is no denial
    ("en", "Cancel my plan so nobody gets billed after I'm gone.", "en.suicide.implied.goodbye"),
]

CLEAR = [
    # plain denials stay denials
    ("en", "I'm not going to kill myself, I'm angry about the invoice"),
    ("en", "I don't think about dying, I think about my refund"),
    ("en", "I don't want to cut, I want to talk to a person about billing"),
    ("en", "No, I don't want to hurt myself. I want my money back."),
    # screening forms and questions answered no
    ("en", "Have you had thoughts of suicide? A: no. Any self-harm? A: none."),
    ("en", "suicidal thoughts? - no, never"),
    ("en", "Thoughts that you would be better off dead: not at all"),
    # idioms and look-alikes of the new rules
    ("en", "I'm thinking of dying my hair before the video session"),
    ("en", "we want to cut costs, is there a cheaper plan?"),
    ("en", "I decided to end my subscription, please confirm"),
    ("en", "I can't guarantee I'll be on time for Monday's session"),
    # policy questions name the topic
    ("en", "What does your team do if a caller says they want to die? I'm writing the onboarding guide."),
    ("en", "Do you have a protocol for suicide disclosures in chat?"),
    ("en", "nobody is suicidal here, relax, I just need the invoice"),
    # over, and said to be over
    ("en", "I haven't self-harmed in over ten years, can I update my intake form?"),
    ("en", "Three years ago I tried to kill myself. Now I'm doing well and need an invoice."),
    ("en", "My old self-harm scars are on the intake photo, please remove it"),
]


@pytest.mark.parametrize("lang, text, rule", FIRES)
def test_mend_fires(lang, text, rule):
    assert_rule_fires(rule, text, lang)


@pytest.mark.parametrize("lang, text", CLEAR)
def test_look_alike_stays_clear(lang, text):
    assert_stays_clear(text, lang)


def test_denial_with_risk_after_it_still_raises_the_risk():
    hits = current_crisis_hits("I'm not suicidal, but I've been hoarding my sleeping pills", "en")
    assert hits, "the hoarded pills after a denial must still be a crisis"
