"""English crisis classes added in session 6 from a written probe set of implied disclosures to a
support desk: no future left to bill, pills saved up, others relieved of the writer, a high place
or water in the writer's thoughts, settled affairs, being found, marks the writer made, a sharp
thing used on the body, watching or following someone, a weapon waiting, poison in food, a parent
afraid of what they'll do to a baby, coercive control, hiding contact out of fear, violence at home,
an adult's secret with a child, online contact, a child left alone or neglected, unexplained
injuries, stroke, heart, breathing, allergy, poisoning and collapse signs. Beside each class,
ordinary tickets with the same words that must stay clear."""

from __future__ import annotations

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

# (language, message, the rule that must fire) — written for these tests, not probe rows.
CRISES = [
    ("en", "Don't worry about the direct debit, there won't be a next year for me.", "en.suicide.implied.no_next_time"),
    ("en", "Honestly you won't need to charge me after Sunday.", "en.suicide.implied.no_next_time"),
    ("en", "I've been stockpiling my painkillers in a shoebox. What time does chat close?", "en.suicide.implied.stockpile"),
    ("en", "I counted the tablets twice and there are enough now.", "en.suicide.implied.stockpile"),
    ("en", "I'm exhausted of being a drain on my parents. Please stop the emails.", "en.suicide.implied.burden_ending"),
    ("en", "My kids won't have to look after me for much longer.", "en.suicide.implied.burden_ending"),
    ("en", "My parents would honestly be relieved if i just wasn't around.", "en.suicide.implied.burden_ending"),
    ("en", "I stood on the multi-storey roof last night thinking how easy it would be.", "en.suicide.implied.edge_place"),
    ("en", "Some nights I want to just walk into the river. Can I get a refund?", "en.suicide.implied.edge_place"),
    ("en", "The noose is tied in the loft. Sorry, wrong chat.", "en.suicide.implied.edge_place"),
    ("en", "My guitar goes to my cousin, the books go to my best friend.", "en.suicide.implied.estate_given"),
    ("en", "I've left my bank details in an envelope for my daughter.", "en.suicide.implied.estate_given"),
    ("en", "I think I've made my peace. Thanks for trying.", "en.suicide.implied.estate_given"),
    ("en", "Once someone finds me, could they be told where my insurance papers are?", "en.suicide.implied.when_found"),
    ("en", "I just want to go to sleep and never wake up again.", "en.suicide.implied.when_found"),
    ("en", "I don't need the refill, I won't be taking anything where I'm going.", "en.suicide.implied.where_headed"),
    ("en", "I've been picking at my wrists so hard they bleed.", "en.self_harm.implied.until_bleeds"),
    ("en", "I've been scrubbing my skin till it's raw every night.", "en.self_harm.implied.until_bleeds"),
    ("en", "I left new cuts on my hips last night. Can I book sooner?", "en.self_harm.implied.marks_made"),
    ("en", "I lied to my mum about the burns again.", "en.self_harm.implied.marks_made"),
    ("en", "The scars aren't really from the cat, if I'm honest.", "en.self_harm.implied.marks_made"),
    ("en", "I used a razor on my thighs again last night.", "en.self_harm.implied.means_on_body"),
    ("en", "I keep the blades in my pencil case for when things get bad.", "en.self_harm.implied.means_on_body"),
    ("en", "I snapped a disposable razor open yesterday. Is the chat private?", "en.self_harm.implied.means_on_body"),
    ("en", "I'm parked outside her flat watching every night now.", "en.harm_to_others.implied.watching_target"),
    ("en", "I know which entrance he uses at work. He won't know what hit him.", "en.harm_to_others.implied.watching_target"),
    ("en", "The machete is under the seat in case he shows up again.", "en.harm_to_others.implied.weapon_waiting"),
    ("en", "They'll be the ones in hospital next time, I promise you.", "en.harm_to_others.implied.weapon_waiting"),
    ("en", "I'm slipping crushed pills into my stepdad's tea each evening.", "en.harm_to_others.implied.poisoning"),
    ("en", "I cannot be trusted with my newborn tonight.", "en.harm_to_others.implied.urge_at_baby"),
    ("en", "I can't be trusted with my newborn, I'm terrified of what I might do.", "en.harm_to_others.implied.urge_at_baby"),
    ("en", "They'll all remember my name after Thursday.", "en.harm_to_others.implied.remember_my_name"),
    ("en", "I'm not allowed to go out unless he drives me.", "en.abuse.implied.control_rules"),
    ("en", "My husband keeps all my wages and hands me twenty pounds a week.", "en.abuse.implied.control_rules"),
    ("en", "She keeps my passport and my bank card so I can't leave.", "en.abuse.implied.control_rules"),
    ("en", "I clear my messages every night, if he found them he'd lose it.", "en.abuse.implied.secrecy_fear"),
    ("en", "I can only message while he's asleep, please don't ring.", "en.abuse.implied.secrecy_fear"),
    ("en", "My boyfriend held me by the hair against the door yesterday.", "en.abuse.implied.violence_acts"),
    ("en", "He told me no one would ever believe me.", "en.abuse.implied.violence_acts"),
    ("en", "We lock ourselves in the bedroom till he passes out.", "en.abuse.implied.violence_acts"),
    ("en", "I've been sleeping in my car, I'm too afraid to go home.", "en.abuse.implied.violence_acts"),
    ("en", "Her tutor keeps telling her it's their little secret.", "en.child_safety.implied.adult_secret"),
    ("en", "Some guy on Roblox keeps asking my nephew for photos.", "en.child_safety.implied.online_contact"),
    ("en", "My niece's boyfriend is 31 and she's only 13.", "en.child_safety.implied.online_contact"),
    ("en", "The twins next door have been home alone since Thursday.", "en.child_safety.implied.left_alone"),
    ("en", "My ex left our toddler with two drunk mates last night.", "en.child_safety.implied.left_alone"),
    ("en", "The kids upstairs keep coming to our door begging for food.", "en.child_safety.implied.neglect"),
    ("en", "They lock her in the cupboard for hours as punishment.", "en.child_safety.implied.neglect"),
    ("en", "My grandson has burns on his arms nobody will explain.", "en.child_safety.implied.unexplained_injury"),
    ("en", "Mum's boyfriend comes into her room at night and she won't talk about it.", "en.child_safety.implied.unexplained_injury"),
    ("en", "Her speech suddenly sounds drunk and she hasn't had a drop.", "en.medical_emergency.implied.stroke_signs"),
    ("en", "The right side of his face is drooping and he seems confused.", "en.medical_emergency.implied.stroke_signs"),
    ("en", "Feels like an elephant on my chest and my jaw aches.", "en.medical_emergency.implied.cardiac_breath"),
    ("en", "The pain is spreading into my left arm now.", "en.medical_emergency.implied.cardiac_breath"),
    ("en", "My son's inhaler isn't helping and he's breathing so fast.", "en.medical_emergency.implied.cardiac_breath"),
    ("en", "My tongue is swelling after the peanut sauce.", "en.medical_emergency.implied.allergy_poison"),
    ("en", "My daughter chewed a laundry pod, what now?", "en.medical_emergency.implied.allergy_poison"),
    ("en", "My newborn is limp and won't wake for feeds.", "en.medical_emergency.implied.collapse_signs"),
    ("en", "Grandpa just collapsed in the kitchen.", "en.medical_emergency.implied.collapse_signs"),
    ("en", "He hit his head on the kerb and now he's drowsy and confused.", "en.medical_emergency.implied.collapse_signs"),
]

# Ordinary tickets with the same words.
LOOK_ALIKES = [
    ("en", "There won't be a next month for me on this plan because I'm switching to annual."),
    ("en", "You won't need to bill me after June, my employer covers it."),
    ("en", "I've been saving up for the premium plan, when's the sale?"),
    ("en", "I counted the tablets in the box and there are only 25."),
    ("en", "I'm sick of being a burden on your support team with all these questions, sorry!"),
    ("en", "My kids won't have to pick me up from sessions any more, I passed my driving test."),
    ("en", "We walked out onto the bridge on holiday, how easy it would be to reschedule from there?"),
    ("en", "We went for a swim and walked into the sea at Brighton, lovely."),
    ("en", "The dog goes to my sister, the cat goes to my mum while we're on holiday."),
    ("en", "I put my passwords in an envelope for my husband in case I forget them."),
    ("en", "I've made my peace with the new pricing, fine."),
    ("en", "When you find me a new therapist, please email me."),
    ("en", "I need to sleep and not wake up at 5am every day, can melatonin help?"),
    ("en", "I won't be using the app where I'm going, it's a digital detox retreat."),
    ("en", "The cat scratched my arms until they bled, do I need a tetanus shot?"),
    ("en", "I scratched my arms in the brambles, nothing serious."),
    ("en", "The watch strap left marks on my wrist, can I swap it?"),
    ("en", "My shoes leave marks on my ankles, any tips for blisters?"),
    ("en", "I burned my forearm on the oven tray, can I still do yoga?"),
    ("en", "I use a razor on my legs, is the shaving gel in your shop vegan?"),
    ("en", "I followed him home from the party to make sure he was safe."),
    ("en", "I know when my therapist finishes, she'll find out I was late anyway."),
    ("en", "I keep a bat in the hall because we play cricket on Sundays."),
    ("en", "I keep a knife in the kitchen drawer for when my husband cooks."),
    ("en", "I put sleeping pills in my bag for the flight."),
    ("en", "My mum added bleach to the bathroom cleaner, is the smell dangerous?"),
    ("en", "I'm scared of what I'll do if the price goes up again, my kids need this."),
    ("en", "My baby loves it when I shake her rattle."),
    ("en", "The school will remember my name for the fundraiser, I raised so much!"),
    ("en", "I'm not allowed to use my phone at work, so please email me."),
    ("en", "My husband has my phone today because mine broke, email me instead."),
    ("en", "My son takes my bank card to do my shopping every week."),
    ("en", "If my boyfriend sees this message he'll go mad that I booked his surprise session!"),
    ("en", "I can only call when the baby is asleep."),
    ("en", "He threw the ball at me during the game and I sprained my finger."),
    ("en", "I'm sitting in the car outside the clinic, I'm early. Which entrance?"),
    ("en", "My son's teacher asked the kids to keep the surprise party a secret."),
    ("en", "My daughter's coach keeps the team tactics a secret from other clubs."),
    ("en", "A man online sold me a camera, can I use it for video sessions?"),
    ("en", "My daughter's boyfriend is 19 and she's 18, can they do couples counselling?"),
    ("en", "My 14-year-old was home alone for an hour this afternoon, is the teen plan suitable?"),
    ("en", "I left my laptop in the car in the heat, will it be damaged?"),
    ("en", "My kids haven't eaten breakfast yet, can we start the call at 9:30?"),
    ("en", "My son has bruises from football and can't explain which tackle did it lol."),
    ("en", "My daughter doesn't want to go to her dad's this weekend because of a party."),
    ("en", "My dad had a stroke in 2019 and his speech is fine now after physio."),
    ("en", "My words came out all jumbled in the presentation, so embarrassing."),
    ("en", "There's pressure on my chest budget this month, can I pay later?"),
    ("en", "My heart is racing with excitement, I got the job!"),
    ("en", "My inhaler is not working as well since the new brand, can I get the old one?"),
    ("en", "My lips are swollen from the filler I had done, is that normal?"),
    ("en", "My toddler licked a magnet toy, it was stuck to the fridge, he's fine."),
    ("en", "My baby is floppy-haired and adorable, can I add her to the plan?"),
    ("en", "The worst headache of my life was during that billing call lol."),
    ("en", "My tent collapsed in the storm, can we reschedule?"),
    ("en", "How many floors is your clinic building? I use a wheelchair."),
    ("en", "When I'm away on holiday who should I call for prescriptions?"),
    ("en", "Last time you'll hear me complain about this, but the app crashed again."),
    ("en", "I can't breathe through my nose with this cold, can I still do a video session?"),
    ("en", "Honestly I'd rather die than sit through another one of those webinars 😂"),
    ("en", "I found a new therapist closer to home, so this is goodbye. Thanks for everything!"),
    ("en", "I won't need the Tuesday slot after the 15th, I'm starting a new job."),
]


@pytest.mark.parametrize("language,text,rule", CRISES)
def test_the_class_is_a_current_crisis(language: str, text: str, rule: str) -> None:
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_the_look_alike_stays_clear(language: str, text: str) -> None:
    assert_stays_clear(text, language)
