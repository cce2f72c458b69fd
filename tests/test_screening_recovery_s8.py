"""Recovery after a past medical event, and symptoms already checked and found normal, are not
emergencies now (``*.resolved.after_event``, ``*.resolved.checked_normal``). Every sentence was
written for this file. The after-event clearer spans the event alone and needs recovery words
somewhere in the message, so a new symptom in the same message still reaches a clinician; the
checked clearer steps aside when the sentence goes on with "but", "again" or "worse"."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

RECOVERING = [
    ("en", "Since his stroke in March dad is at home now and recovering, can we book physio?"),
    ("en", "After mum's heart attack she's doing rehab now, how do I add her to my plan?"),
    ("en", "The chest pain I mentioned was checked at A&E on Sunday, all normal. Can I see the GP next week?"),
    ("ru", "После инсульта папа сейчас дома, восстанавливается, нужен реабилитолог."),
    ("ru", "Боль в груди проверили в больнице в воскресенье, всё нормально, нужна запись к терапевту."),
    ("bg", "След инсулта баща ми сега е вкъщи и се възстановява, трябва ни рехабилитатор."),
    ("bg", "Болката в гърдите я провериха в Спешното в неделя, всичко е наред. Искам час при кардиолог."),
    ("fa", "پدرم بعد از سکته الان خونه است و داره توانبخشی میشه، نوبت فیزیوتراپی میخوام"),
    ("fa", "درد قفسه سینه رو تو اورژانس چک کردن، همه چی نرمال بود. نوبت قلب میخوام"),
]

STILL_EMERGENCY = [
    ("en", "Since his stroke he's been recovering but right now his face is drooping and he can't lift his arm",
     "en.medical_emergency.implied.symptoms"),
    ("en", "The chest pain was checked and normal but now it's back and crushing", "en.medical_emergency.explicit.cardio"),
    ("ru", "После инсульта восстанавливался, но сейчас опять лицо перекосило и рука не поднимается",
     "ru.medical_emergency.implied.symptoms"),
]


@pytest.mark.parametrize("language,text", RECOVERING)
def test_recovery_or_a_normal_check_stays_clear(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("language,text,rule", STILL_EMERGENCY)
def test_a_new_symptom_beside_the_recovery_still_fires(language, text, rule):
    assert_rule_fires(rule, text, language)
