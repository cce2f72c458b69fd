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


# Second pass (second writer's table): double negation by counting, negative-polarity verbs,
# negated conditionals about someone else, and current-risk forms the first pass did not know.
FIRES_2 = [
    ("en", "Can't say I'm not thinking about killing myself", "en.suicide.explicit.kill_myself"),
    ("en", "it's not like I don't want to hurt myself", "en.self_harm.explicit.cutting"),
    ("en", "no way am I not cutting myself tonight", "en.self_harm.explicit.cutting"),
    ("en", "I don't want to stop hurting myself", "en.self_harm.explicit.cutting"),
    ("en", "when the rent isn't paid she beats me", "en.abuse.explicit.hits_me"),
    ("en", "nobody's gonna see the cuts on my thighs", "en.self_harm.implied.blades"),
    ("en", "I keep picturing myself jumping off the multistorey", "en.suicide.implied.picturing_death"),
    ("en", "no one will find me until Monday, and it will be done by then", "en.suicide.implied.nobody_will_find_me"),
    ("en", "I don't even care how deep the cuts go now", "en.self_harm.implied.indifferent_to_wounds"),
    ("en", "honestly past caring if I drive into a tree on the way home", "en.suicide.implied.indifferent_crash"),
    ("en", "I don't want to be on this earth after New Year", "en.suicide.implied.not_on_this_earth"),
    ("en", "dying doesn't scare me anymore", "en.suicide.implied.death_no_fear"),
    ("en", "nothing can stop me from ending it this time", "en.suicide.explicit.cannot_stop_me"),
    ("en", "the dark thoughts are back and I've picked a date", "en.suicide.implied.plan_with_date"),
    ("en", "I rehomed my dog last week and wrote goodbye letters", "en.suicide.implied.pet_and_will"),
    ("en", "you can't talk me out of it, I just want my records sent to my sister", "en.suicide.implied.talk_me_out"),
    ("en", "i'm not stopping the self-harm, don't ask", "en.self_harm.explicit.not_stopping"),
    ("en", "no one would notice if I went out tonight and never came back", "en.suicide.implied.wont_come_back"),
]

CLEAR_2 = [
    ("en", "No I don't want to kill myself, I want a refund"),
    ("en", "no, no, I'm not going to hurt myself, the app just scared me"),
    ("en", "I'm not suicidal and I don't want to die, please stop flagging me"),
    ("en", "Suicide isn't something I've ever considered, I clicked the wrong topic"),
    ("en", "At no point did I write that I want to die, please unlock the chat"),
    ("en", "Wouldn't ever hurt myself, I just need the invoice corrected"),
    ("en", "Form question 'Any thoughts of suicide?' - No. Payment: card."),
    ("en", "Years ago I wanted to die. That's long gone now, thanks to therapy."),
    ("en", "Her uncle died by suicide in 2009 and she'd like to talk to someone about grief"),
    ("en", "Don't try to talk me out of it, I'm cancelling the subscription"),
    ("en", "I'm imagining myself in a new flat next year"),
]


@pytest.mark.parametrize("lang, text, rule", FIRES_2)
def test_second_pass_mend_fires(lang, text, rule):
    assert_rule_fires(rule, text, lang)


@pytest.mark.parametrize("lang, text", CLEAR_2)
def test_second_pass_look_alike_stays_clear(lang, text):
    assert_stays_clear(text, lang)
