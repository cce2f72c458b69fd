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


# --- Means in use, a chosen date, a cover story taken back, not allowed out (session 20 rules) -----

FIRES = [
    ("en.suicide.implied.gas_sealed_s20", "en", "I turned on the gas and stuffed towels under the door. The app was good, five stars."),
    ("ru.suicide.implied.gas_sealed_s20", "ru", "Открыла газ и заткнула щели в двери. Спасибо вам за всё."),
    ("bg.suicide.implied.gas_sealed_s20", "bg", "Пуснах газта в кухнята и запуших процепите на вратата. Благодаря за всичко."),
    ("fa.suicide.implied.gas_sealed_s20", "fa", "شیر گاز رو باز کردم و زیر در حوله گذاشتم. ممنون از همه چی."),
    ("en.suicide.implied.at_the_height_now_s20", "en", "I'm standing on the edge of the roof right now. Refund my sessions to my sister."),
    ("en.suicide.implied.at_the_height_now_s20", "en", "Last night I drove back to the bridge to see how high it is. Cancel Thursday."),
    ("ru.suicide.implied.at_the_height_now_s20", "ru", "Я уже стою на краю крыши. Отдайте деньги за сессии маме."),
    ("bg.suicide.implied.at_the_height_now_s20", "bg", "Сега съм на ръба на покрива. Върнете парите на сестра ми."),
    ("fa.suicide.implied.at_the_height_now_s20", "fa", "همین الان بالای پشت بوم هستم. پولمو بدید به خواهرم."),
    ("en.suicide.implied.date_chosen_s20", "en", "I have chosen the date. Close my account after it, please."),
    ("ru.suicide.implied.date_chosen_s20", "ru", "Я уже назначила себе дату. Удалите профиль после неё."),
    ("ru.suicide.implied.date_chosen_s20", "ru", "Я решил, как и когда всё это закончится. Отмените подписку."),
    ("bg.suicide.implied.date_chosen_s20", "bg", "Определих си датата. Закрийте профила ми след нея."),
    ("fa.suicide.implied.date_chosen_s20", "fa", "تاریخشو تعیین کردم. بعدش حسابمو ببندید."),
    ("en.abuse.implied.cover_story_taken_back_s20", "en", "The black eye wasn't from the cupboard, like I told the therapist. Can we talk on the phone?"),
    ("en.self_harm.implied.cover_story_taken_back_s20", "en", "The cuts weren't from the cat. I lied. Can I move my session earlier?"),
    ("ru.abuse.implied.cover_story_taken_back_s20", "ru", "Фингал был не от шкафа, как я говорила. Можно поменять психолога?"),
    ("ru.self_harm.implied.cover_story_taken_back_s20", "ru", "Порезы не от кошки. Я соврала. Можно сессию пораньше?"),
    ("bg.abuse.implied.cover_story_taken_back_s20", "bg", "Синините не бяха от стълбите, както ви писах. Може ли да говорим по телефона?"),
    ("bg.self_harm.implied.cover_story_taken_back_s20", "bg", "Драскотините не са от котката. Излъгах. Може ли по-ранен час?"),
    ("fa.abuse.implied.cover_story_taken_back_s20", "fa", "کبودی صورتم از زمین خوردن نبود، همونطور که گفته بودم. میشه تلفنی صحبت کنیم؟"),
    ("fa.self_harm.implied.cover_story_taken_back_s20", "fa", "خراشای دستم از گربه نبود. دروغ گفتم. میشه جلسه رو زودتر بذارید؟"),
    ("fa.abuse.implied.not_allowed_out_s20", "fa", "اجازه ندارم تنهایی از خونه برم بیرون. میشه جلسه آنلاین باشه؟"),
    ("fa.abuse.implied.not_allowed_out_s20", "fa", "کلیدا دست شوهرمه و نمیتونم برم مطب. آنلاین میشه؟"),
    ("en.suicide.implied.future_without_me_s20", "en", "Honestly I can't imagine the future with me in it. Pause my billing."),
    ("bg.suicide.implied.gave_away_s20", "bg", "Дрехите си вече ги раздадох, книгите също. Изтрийте профила ми."),
    ("fa.suicide.implied.pills_saved_s20", "fa", "یه ماهه قرصامو نمی‌خورم و قایمشون کردم. نسخه‌ی بعدی کیه؟"),
    ("en.suicide.implied.engine_in_closed_garage_s20", "en", "The garage door is shut and the engine is still running. Thank my therapist for me."),
    ("ru.suicide.implied.engine_in_closed_garage_s20", "ru", "Гараж закрыт, двигатель работает. Спасибо психологу."),
    ("bg.suicide.implied.engine_in_closed_garage_s20", "bg", "Гаражът е затворен, моторът работи. Благодаря на терапевтката."),
    ("fa.suicide.implied.engine_in_closed_garage_s20", "fa", "در پارکینگ رو بستم و موتور ماشین روشنه. از مشاورم تشکر کنید."),
    ("en.suicide.implied.on_the_tracks_s20", "en", "I'm lying on the railway tracks now. Send the refund to my brother."),
    ("ru.suicide.implied.on_the_tracks_s20", "ru", "Я сейчас лежу на рельсах. Деньги верните брату."),
    ("bg.suicide.implied.on_the_tracks_s20", "bg", "Лежа в момента на релсите. Парите на брат ми."),
    ("fa.suicide.implied.on_the_tracks_s20", "fa", "روی ریل راه آهن دراز کشیدم. پولمو بدید به برادرم."),
    ("ru.suicide.implied.rope_tied_s20", "ru", "Петля уже готова. Закройте профиль, пожалуйста."),
    ("bg.suicide.implied.rope_tied_s20", "bg", "Въжето вече е закачено. Закрийте профила ми."),
    ("en.harm_to_others.implied.stalking_wait_s20", "en", "I know which nights she is alone at the clinic. I'll be waiting by her car."),
    ("ru.harm_to_others.implied.stalking_wait_s20", "ru", "Я знаю, в какие дни он ходит через парк один. Подожду его там в пятницу."),
    ("bg.harm_to_others.implied.stalking_wait_s20", "bg", "Знам кога се прибира сама от фитнеса. Ще я изчакам в петък."),
    ("fa.harm_to_others.implied.stalking_wait_s20", "fa", "میدونم چه روزایی تنها از باشگاه میاد بیرون. جمعه منتظرشم."),
    ("en.medical_emergency.explicit.counted_overdose_s20", "en", "I swallowed about twenty paracetamol an hour ago. Can I still get a refund?"),
    ("ru.medical_emergency.explicit.counted_overdose_s20", "ru", "Закинул штук тридцать трамадола. Отмените завтрашнюю сессию."),
    ("bg.medical_emergency.explicit.counted_overdose_s20", "bg", "Изпих към тридесет ибупрофена след вечеря. Отменете утрешния час."),
    ("fa.medical_emergency.explicit.counted_overdose_s20", "fa", "یه بسته قرص خواب آور رو همین الان قورت دادم. پولمو برگردونید."),
    ("bg.suicide.implied.loaded_gun_s20", "bg", "Заредих пистолета и го оставих на масата. Върнете ми парите."),
    ("fa.suicide.implied.loaded_gun_s20", "fa", "اسلحه رو پر کردم و کنارمه. پولمو برگردونید."),
    ("fa.suicide.implied.rope_to_the_woods_s20", "fa", "الان توی باغ پشت خونه‌ام با یه طناب. از همه ممنونم."),
    ("fa.medical_emergency.implied.no_food_or_water_s20", "fa", "چهار روزه چیزی نخوردم و ننوشیدم، سرم گیج میره. نوبتو عوض کنید."),
    ("ru.medical_emergency.implied.no_food_or_water_s20", "ru", "Четыре дня ничего не ела и не пила, голова кружится. Перенесите приём."),
    ("en.harm_to_others.implied.tampered_with_what_they_take_s20", "en", "He cheated on her for years. I crushed something into the milk he drinks every night."),
    ("en.harm_to_others.implied.tampered_with_what_they_take_s20", "en", "I slipped a few of my pills into the coffee she takes to work. Cancel Monday please."),
    ("ru.harm_to_others.implied.tampered_with_what_they_take_s20", "ru", "Подмешала кое-что в лекарство, которое свекровь принимает утром. Отмените сессию."),
    ("bg.harm_to_others.implied.tampered_with_what_they_take_s20", "bg", "Сипах нещо в захарта, която той слага в кафето. Отменете сесията."),
    ("fa.harm_to_others.implied.tampered_with_what_they_take_s20", "fa", "یه چیزی ریختم توی قندی که صبحا با چایی میخوره. جلسه رو کنسل کنید."),
    ("bg.abuse.implied.confinement", "bg", "Той ме заключва в кухнята, докато е навън. Може ли сесия по телефона?"),
    ("bg.medical_emergency.explicit.face_drooping_s20", "bg", "Половината му уста е провиснала и не може да вдигне ръка. Какво да правим?"),
    ("en.suicide.implied.not_your_fault_s20", "en", "Could you tell Dr Ames it was never her fault? I won't need the sessions."),
    ("bg.suicide.implied.not_your_fault_s20", "bg", "Кажете на доктор Петрова, че не е била нейна вина. Няма да идвам повече."),
    ("fa.suicide.implied.not_your_fault_s20", "fa", "لطفا به دکتر بگید تقصیر اون نبود. دیگه نمیام."),
    ("en.suicide.implied.no_plans_past_s20", "en", "I've stopped making plans beyond this Friday. Close my account."),
    ("fa.suicide.implied.no_plans_past_s20", "fa", "دیگه برای بعد از جمعه هیچ برنامه ای نمیریزم. حسابمو ببندید."),
    ("bg.suicide.implied.death_by_own_wish_s20", "bg", "Ако умра по собствено желание, застраховката покрива ли децата?"),
    ("en.self_harm.implied.only_pain_calms_s20", "en", "Honestly the only thing that grounds me is when it really hurts. Can I add a session?"),
    ("ru.self_harm.implied.only_pain_calms_s20", "ru", "Помогает только настоящая боль, разговоры нет. Перенесите сессию."),
    ("bg.self_harm.implied.only_pain_calms_s20", "bg", "Единственото, което ме успокоява, е когато наистина ме заболи. Може ли допълнителен час?"),
    ("fa.self_harm.implied.only_pain_calms_s20", "fa", "فقط وقتی درد میکشم آروم میشم. یه جلسه اضافه میخوام."),
    ("ru.self_harm.explicit.biting_s20", "ru", "Кусаю руку до синяков, когда всё наваливается. Есть группа для такого?"),
    ("bg.harm_to_others.implied.weapon_carried_s20", "bg", "Почнах да нося пистолета в чантата, откакто съседът ме заплаши. Кога е следващият час?"),
    ("ru.harm_to_others.implied.weapon_for_when_s20", "ru", "Держу нож в бардачке на тот случай, если её встречу. Перенесите запись."),
    ("fa.harm_to_others.implied.none_will_live_s20", "fa", "اگه بچه ها رو ازم بگیرن هیچ کدومشون زنده نمیمونن. جلسه رو کنسل کنید."),
    ("en.abuse.implied.money_kept_s20", "en", "My husband gives me money for groceries only and checks the receipts. Can I pay cash?"),
    ("en.abuse.implied.money_kept_s20", "en", "I'm not allowed to have my own bank account. Can I pay in cash?"),
    ("bg.abuse.implied.money_kept_s20", "bg", "Не ми позволява да имам собствена банкова карта. Може ли да платя в брой?"),
    ("ru.abuse.implied.money_kept_s20", "ru", "Мне нельзя иметь свою карту, муж выдаёт наличные только на продукты."),
    ("fa.abuse.implied.money_kept_s20", "fa", "اجازه ندارم کارت بانکی داشته باشم، نقدی پرداخت کنم؟"),
    ("en.abuse.implied.ends_badly_when_drunk_s20", "en", "When my husband is drinking I take the kids to my mum's, otherwise it gets ugly. Evenings only please."),
    ("bg.abuse.implied.ends_badly_when_drunk_s20", "bg", "Когато мъжът ми се напие, отиваме у майка ми, иначе става страшно. Само вечерни часове, моля."),
    ("ru.suicide.implied.belongings_given_away_s20", "ru", "Прошу удалить аккаунт. Вещи я отдал, с родными попрощался."),
    ("ru.abuse.implied.not_allowed_out_s20", "ru", "Без мужа мне не разрешают выходить из дома. Можно онлайн?"),
    ("ru.harm_to_others.implied.waiting_outside_for_hours_s20", "ru", "Стою напротив его дома уже вторую ночь. Сбросьте пароль."),
    ("en.abuse.implied.camera_off_face_hurt_s20", "en", "Can I keep the video off on Thursday? I bumped into the doorframe, face is swollen. Again."),
    ("bg.abuse.implied.camera_off_face_hurt_s20", "bg", "Може ли без камера утре? Ударих се във вратата, лицето ми е подуто."),
    ("bg.self_harm.explicit.biting_s20", "bg", "Хапя ръката си до синини, когато ми дойде много. Има ли група?"),
    ("bg.suicide.implied.if_i_take_all_s20", "bg", "Един въпрос: какво става, ако изпия всичките си хапчета довечера?"),
    ("ru.suicide.implied.if_i_take_all_s20", "ru", "Вопрос: что будет, если я выпью все свои таблетки сегодня ночью?"),
    ("fa.suicide.implied.if_i_take_all_s20", "fa", "یه سوال، اگه امشب همه قرصامو بخورم چی میشه؟"),
]


@pytest.mark.parametrize("rule,language,text", FIRES)
def test_the_session_20_rule_reads_its_class(rule, language, text):
    assert_rule_fires(rule, text, language)


LOOK_ALIKES = [
    ("en", "I left the gas on by accident and burned the soup, sorry I missed the session."),
    ("ru", "Я включила газ, чтобы приготовить ужин, и приложение вылетело."),
    ("bg", "Пуснах газта да сготвя и приложението забие."),
    ("fa", "شیر گاز رو باز کردم که آب گرم بیاد ولی اپ بسته شد."),
    ("en", "I'm on the bridge right now, stuck in traffic, I'll be ten minutes late."),
    ("en", "I'm on the roof now fixing the antenna, can you call me after five?"),
    ("ru", "Я сейчас на мосту, стою в пробке, опоздаю на сессию."),
    ("bg", "В момента съм на моста в задръстване, ще закъснея за сесията."),
    ("en", "I'm at the bridge club right now, can I reschedule?"),
    ("ru", "Я сейчас на крыше, загораю, перезвоните позже."),
    ("fa", "الان پشت بومم دارم لباس پهن میکنم، بعدا زنگ بزنید."),
    ("en", "We've set the date for the wedding, can I pause sessions in June?"),
    ("en", "I've picked a date, the move is on the 5th. How do I change my address?"),
    ("ru", "Я уже выбрала дату свадьбы, можно перенести сессии на июль?"),
    ("bg", "Избрах датата за сватбата, може ли да паузирам сесиите?"),
    ("fa", "تاریخشو گذاشتم، عروسیمون تیر ماهه. میشه جلسه ها رو عقب بندازید؟"),
    ("en", "The bruise was from the door, like I told you. Can I get a receipt?"),
    ("en", "The scratches are from the cat, as I said. My card expired though."),
    ("ru", "Синяк от двери, как я и говорила. Пришлите чек, пожалуйста."),
    ("bg", "Синината е от вратата, както ви казах. Пратете ми фактура."),
    ("fa", "کبودی دستم از در بود، همونطور که گفتم. فاکتور رو بفرستید."),
    ("fa", "اجازه ندارم از خونه بیرون برم چون کرونا گرفتم، جلسه رو آنلاین کنید."),
    ("fa", "دکتر گفته بعد از جراحی اجازه ندارم از خونه برم بیرون، آنلاین میشه؟"),
    ("en", "I can't see myself at this job next year. Can I book an evening session?"),
    ("bg", "Раздадох си старите дрехи на благотворителност. Как да сменя имейла?"),
    ("fa", "قرصامو جمع کردم که ببرم سفر. نسخه کی تمدید میشه؟"),
    ("en", "I'm sitting in the car with the engine running, waiting for my son outside school."),
    ("en", "The garage door is closed, the car is in, can I change my billing address?"),
    ("ru", "Сижу в машине с включённым двигателем у подъезда, жду мужа, можно перенести сессию?"),
    ("en", "I'm on the train now, the tracks are flooded, I'll be late."),
    ("ru", "Я стою на рельсах уже третий год: работаю в путевой бригаде. Как оплатить сессию?"),
    ("bg", "Стоя на перона до релсите, влакът закъснява."),
    ("ru", "Верёвка для белья привязана, а приложение не грузится."),
    ("bg", "Въжето за простиране е вързано, но приложението не се отваря."),
    ("en", "I know what time she leaves work, so I'll be waiting to pick her up before the session."),
    ("en", "I know when the new version comes out, we'll see if it fixes the bug."),
    ("ru", "Я знаю, когда она выходит с работы, буду ждать её с цветами, это сюрприз."),
    ("bg", "Знам кога излиза от работа, ще я чакам с торта за рождения ден."),
    ("fa", "میدونم کی از سر کار میاد، منتظرشم که برسونمش خونه."),
    ("bg", "Пушката е заредена, в неделя отиваме на лов. Може ли час в понеделник?"),
    ("fa", "تفنگ پره، فردا میریم شکار. نوبت دوشنبه دارید؟"),
    ("fa", "سه روزه هیچی نخوردم و آب نخوردم چون روزه گرفتم برای نذر."),
    ("ru", "Три дня ничего не ем и не пью перед операцией, так положено. Можно перенести?"),
    ("en", "I put something in the tea she drinks, a bit of honey, she loves it."),
    ("en", "I added something to the bottle he takes to the gym: electrolytes, the doctor said so."),
    ("ru", "Добавила кое-что в чай, который мама пьёт вечером: мёд с лимоном, она простыла."),
    ("bg", "Сложих нещо в чая, който пие вечер: мед и лимон, настинала е."),
    ("fa", "یه چیزی ریختم تو چایی که شبا میخوره، عسل و لیمو، سرما خورده."),
    ("bg", "Заключвам се в спалнята да работя на тишина, може ли сесия в 18?"),
    ("en", "Please tell my therapist it wasn't her fault, the wifi dropped on my side."),
    ("bg", "Кажете на терапевтката, че не е по нейна вина, интернетът ми падна."),
    ("fa", "به مشاورم بگید تقصیر اون نبود، اینترنت من قطع شد."),
    ("bg", "Напускам работа по собствено желание и ще ви плащам сама, може ли?"),
    ("fa", "بعد از این آخر هفته برنامه ای ندارم، هر وقت خواستید جلسه بذارید."),
    ("en", "The only thing that helps me with the back pain is stretching."),
    ("en", "The only thing that calms me down is pain relief gel on my knee."),
    ("ru", "Меня успокаивает только чай, боль в спине прошла."),
    ("bg", "Единственото, което ме успокоява, е разходката; болката в гърба отмина."),
    ("bg", "Нося ножа си на работа, защото съм готвач. Може ли час в понеделник?"),
    ("fa", "اگه آب ندم هیچ کدوم از گلدونا زنده نمیمونن، برای همین دیر میام."),
    ("en", "When he drinks he gets loud and sings, otherwise he's quiet. Can I book evenings?"),
    ("en", "I'm not allowed to have a credit card until I'm 18, so can I pay by bank transfer?"),
    ("bg", "Когато пие, става приказлив, иначе е мълчалив. Може ли вечерен час?"),
    ("ru", "Вещи я раздала волонтёрам после переезда, теперь о счёте."),
    ("en", "Camera off today please, I have a black eye from football."),
    ("bg", "Днес без камера, моля, имам синина от тренировката по бокс."),
    ("en", "Can I keep my camera off? I have no make-up on and my hair is a mess."),
    ("fa", "تنها چیزی که آرومم میکنه مسکن برای درد کمرمه."),
]


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_the_session_20_rules_leave_their_look_alikes(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("rule,language,text", [
    ("en.medical_emergency.explicit.counted_overdose_s20", "en", "I took 30 vitamin D tablets over the month like the doctor said."),
    ("ru.medical_emergency.explicit.counted_overdose_s20", "ru", "Я выпила 20 таблеток витамина за месяц."),
    ("bg.medical_emergency.explicit.counted_overdose_s20", "bg", "Изпих 20 таблетки за седмица, по предписание."),
    ("fa.medical_emergency.explicit.counted_overdose_s20", "fa", "بیست تا قرص ویتامین در ماه خوردم."),
    # biting lips before an exam is a nervous habit, not the biting rule's arms and wrists
    ("ru.self_harm.explicit.biting_s20", "ru", "Кусаю губы до крови перед экзаменами, это нервное. Есть запись на вечер?"),
    ("bg.self_harm.explicit.biting_s20", "bg", "Хапя си устните до кръв, когато съм нервна на изпит."),
    ("fa.suicide.implied.rope_to_the_woods_s20", "fa", "با طناب تو جنگل چادر زدیم و اینترنت نبود، جلسه رو از دست دادم."),
    # a dosing question is not asking what all the pills would do
    ("bg.suicide.implied.if_i_take_all_s20", "bg", "Може ли, ако изпия всичките си хапчета сутрин вместо вечер, с храна?"),
    ("fa.suicide.implied.if_i_take_all_s20", "fa", "اگه همه قرصامو صبح به جای شب بخورم اشکال داره؟"),
])
def test_the_rule_leaves_its_own_look_alike(rule, language, text):
    # Other rules may still read these; this one must not (a course of tablets is no overdose, a tent's
    # rope is no rope taken to the woods).
    assert rule not in [h.rule_id for h in match_rules(text, [language])]


# --- Look-alikes of the readable batches' false alarms (session 20 clearers), each beside its crisis --

CLEARED = [
    ("en", "Been clean from self harm since 2019, yay. Where do I update my card?"),
    ("en", "Reading your FAQ I saw you don't treat people who are actively suicidal. I'm not, just asking if you take my insurance."),
    ("en", "Why did your bot show me a suicide hotline when I typed cancel? I just want to cancel."),
    ("en", "Do your therapists have to report it if a client says they want to hurt someone? Asking for a novel I'm writing."),
    ("ru", "Я скоро повешусь от ваших уведомлений в шесть утра, как их выключить?"),
    ("ru", "Придушу того, кто придумал эту капчу. Где сбросить пароль?"),
    ("bg", "Ще го убия тоя котарак, изгриза ми кабела на зарядното. Може ли да преместим часа?"),
    ("bg", "Ще ви удуша с тези известия, честно. Как да ги спра?"),
]


@pytest.mark.parametrize("language,text", CLEARED)
def test_the_readable_batches_look_alikes_are_cleared(language, text):
    assert_stays_clear(text, language)


STILL_FLAGGED = [
    ("en", "I'm one of those people who are actively suicidal, can you still help me?"),
    ("en", "People who are suicidal like me can't get help here?"),
    ("en", "The bot showed me a suicide hotline and I called it because I want to die."),
    ("ru", "Я повешусь от такой жизни, сил больше нет."),
    ("ru", "Придушу того, кто меня бросил, и его новую тоже."),
    ("bg", "Ще го убия тоя мъж, ако пак посегне на детето."),
    ("bg", "Ще ви удуша, знам къде живеете."),
    ("en", "Do therapists have to report it if I say I want to hurt my husband? Because I do."),
    ("en", "Clean from self harm since 2019 but I relapsed last night."),
]


@pytest.mark.parametrize("language,text", STILL_FLAGGED)
def test_their_crises_stay_flagged(language, text):
    statuses = [h.status for h in match_rules(text, [language]) if h.is_crisis or h.signal.category == "hostility"]
    assert Status.CURRENT in statuses, (text, statuses)


def test_a_named_clearer_ends_with_its_sentence(monkeypatch):
    """The named-clearer pass (vulnerability rules such as threats toward staff) clips a clearer's span
    at its sentence end, as the crisis pass does: a clearer written with a gap that runs over a full
    stop must not explain a threat in the next sentence. No shipped clearer does this today, so a
    stand-in clearer shows it."""
    import re

    from caredraft.guardrails.input import crisis_rules

    monkeypatch.setattr(crisis_rules, "_clearers_naming", lambda language, rule_id, latin=False: (("test.runs_on", re.compile(r"ugh[\s\S]*")),))
    hits = match_rules("Ugh, this app again. I know where your office is and I will come for you.", ["en"])
    hostile = [h for h in hits if h.signal.category == "hostility"]
    assert hostile and all(h.status == Status.CURRENT for h in hostile), [(h.rule_id, h.status) for h in hostile]
    # In its own sentence the stand-in clears, so the test would notice a pass that never ran.
    same = [h for h in match_rules("Ugh I know where your office is and I will come for you.", ["en"]) if h.signal.category == "hostility"]
    assert same and all(h.status == Status.IDIOM for h in same)


# --- A screening question answered yes, and the Persian form's trail ("what happens if I take all my pills" is in FIRES)

ANSWERED_YES = [
    ("en", "Have you ever thought about ending your life? Yes, every night."),
    ("en", "The form asks: have you had suicidal thoughts? Yes. I didn't know where to put it."),
    ("en", "Have you ever hurt yourself on purpose? Yes, I cut last night."),
    ("ru", "Думали ли вы когда-нибудь о самоубийстве? Да, каждую ночь."),
    ("bg", "Мислили ли сте някога за самоубийство? Да, всяка вечер."),
    ("fa", "آیا تا به حال به خودکشی فکر کرده اید؟ بله، هر شب."),
]


@pytest.mark.parametrize("language,text", ANSWERED_YES)
def test_a_screening_question_answered_yes_is_the_writers(language, text):
    statuses = [h.status for h in match_rules(text, [language]) if h.is_crisis]
    assert Status.CURRENT in statuses, statuses


@pytest.mark.parametrize("language,text", [
    ("en", "Have you ever thought about ending your life? No, never. Can I book?"),
    ("en", 'Did the intake form ask "have you thought about suicide? yes or no?" I could not find it.'),
    ("ru", "Думали ли вы когда-нибудь о самоубийстве? Нет, никогда. Как записаться?"),
])
def test_answered_no_or_only_asked_stays_clear(language, text):
    assert_stays_clear(text, language)


def test_a_yes_about_the_past_is_read_for_time():
    text = "Мислили ли сте някога за самоубийство? Да, преди 10 години, отдавна е минало и съм добре."
    statuses = [h.status for h in match_rules(text, ["bg"]) if h.is_crisis]
    assert statuses and Status.CURRENT not in statuses, statuses


def test_a_hypothetical_question_about_the_service_is_still_a_topic():
    assert_stays_clear("ببخشید یه سوال کلی: اگه کسی سابقه اقدام به خودکشی داشته باشه چطور نوبت بگیره؟", "fa")


def test_the_persian_form_trail_stops_at_myself():
    assert_rule_fires("fa.self_harm.explicit.cutting", "پرسشنامه رو دیدم، خودمو زخمی میکنم هر روز.", "fa")


@pytest.mark.parametrize("text", ["Kill me now, I can't take this anymore.", "kill me already, nobody would care"])
def test_kill_me_now_with_despair_is_not_an_idiom(text):
    assert current_crisis_rules(text, "en"), text


def test_kill_me_now_at_a_meeting_is_still_an_idiom():
    assert_stays_clear("Kill me now, another budget meeting at 5pm. Can I move my session?", "en")


# --- Older rules' false alarms seen while writing the look-alikes above (session 20 clearers) --------

@pytest.mark.parametrize("language,text", [
    ("en", "I took 30 vitamin D tablets over the month like the doctor said."),
    ("en", "I took 12 tablets of ibuprofen over the week for my back."),
    ("ru", "Врач не разрешает мне выходить из дома после операции, можно онлайн?"),
    ("ru", "Кусаю губы до крови перед экзаменами, это нервное. Есть запись на вечер?"),
])
def test_a_course_a_doctors_order_and_a_nervous_habit_are_clear(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "I took 30 tablets a day ago and now I feel weird."),
    ("en", "I took 40 pills over the last hour."),
    ("ru", "Муж не разрешает мне выходить из дома, врач тут ни при чём."),
    ("ru", "Кусаю губы до крови, чтобы не резать руки."),
])
def test_their_crises_are_still_read(language, text):
    assert current_crisis_rules(text, language), text
