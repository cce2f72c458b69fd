"""Session 23's rules and clearers: classes of crisis and of look-alike that probes written for the
session (by helpers who never saw the rules) found misread. Every sentence here was written for
this file: none comes from a probe, an evaluation set or a written batch.

- Suicide: "suicide" misspelt; a farewell that absolves the therapist; a will and a letter; things
  given away and only accounts left; a date chosen, "tonight I finish it", calm "because I know when
  it ends"; not needed or not here after a named day; someone else named as the one who will be
  around; a voice recorded for afterwards; a message timed to explain why; money for one's own
  funeral; a life insurance's waiting period checked; "if I don't come back, it's yours".
- Self-harm: long sleeves in the heat; the skin hurt "on purpose"; a relapse with a blade; blood
  again and a promise broken; cuts deeper than before; new lines on the skin.
- Harm to others: waiting at someone's car or door; a weapon bought and a grudge; a list of names.
- Abuse: a cover story told again; fleeing and "he must not find us"; a phone checked; a code phrase.
- Medical emergencies: bleeding through towels; the throat closing after a sting; a seizure; blood
  sugar off the scale; too many pills with signs; chest pain to the left arm in Finglish.
- Look-alikes cleared: someone else "is going to kill me"; a pet "murdered" with a laugh; a joke
  marked as one; dying of shame; a router shot; a relative already in hospital; farewells with a
  destination; "ready to strangle"; a Persian question that opens with "if" is no form's item.
"""

import importlib

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from caredraft.guardrails.input.lexicons import LANGUAGES
from rule_checks import assert_rule_fires, assert_set_aside, current_crisis_rules

READS = [
    # --- English
    ("en.suicide.explicit.misspelt_s23", "en", "honestly thinking about sucide again, can you pause my billing"),
    ("en.suicide.implied.not_her_fault_s23", "en",
     "Please tell Dr Ruiz thanks for trying and that it wasn't her fault. This is the last time I'll be writing here."),
    ("en.suicide.implied.cant_hold_on_any_longer_s23", "en", "I can't hold on any longer, I'm so tired of all of it."),
    ("en.suicide.implied.someone_around_after_s23", "en",
     "Put my sister down as the contact instead, she needs somebody who will still be around after Sunday."),
    ("en.self_harm.implied.sleeves_in_summer_s23", "en", "It's 32 degrees and I'm in long sleeves again, you can guess why."),
    ("en.self_harm.implied.until_it_bleeds_s23", "en", "I keep picking at my arms until they bleed and I can't stop."),
    ("en.self_harm.implied.relapse_with_a_blade_s23", "en", "Slipped up again last night, took the blade out of a razor. Can I see someone?"),
    ("en.harm_to_others.implied.waiting_at_the_car_s23", "en",
     "The manager who fired me parks behind the gym. I'll be waiting by his car on Friday and he'll regret it."),
    ("en.harm_to_others.implied.sort_him_out_with_weapons_s23", "en",
     "My cousins and I are going round to his flat tonight to sort him out, we've got crowbars."),
    ("en.abuse.implied.cover_story_again_s23", "en", "I told the nurse I walked into the cupboard door again, she just wrote it down."),
    ("en.abuse.implied.he_must_not_find_us_s23", "en", "We're at my aunt's now. My husband must not know where we are staying."),
    ("en.medical_emergency.implied.bleeding_through_s23", "en",
     "My dad sliced his leg with the saw, it's bleeding through the towel and he's gone pale."),
    # --- Bulgarian
    ("bg.abuse.explicit.hit_me_lately_s23", "bg", "Мъжът ми пак пи. Вчера ме блъсна в стената пред децата."),
    ("bg.suicide.implied.will_and_letter_s23", "bg", "Подписах завещанието при нотариуса и написах бележка за сестра ми."),
    ("bg.suicide.implied.gave_away_then_accounts_s23", "bg",
     "Раздадох дрехите и лаптопа на приятели. Остава ми само да затворя профилите си, започвам с вашия."),
    ("bg.suicide.implied.decided_how_it_ends_s23", "bg", "Вече знам как ще приключи всичко, не ми трябват повече сесии."),
    ("bg.suicide.implied.voice_for_after_s23", "bg", "Запазете записа, искам дъщеря ми да чуе гласа ми след това."),
    ("bg.suicide.implied.explain_after_it_happens_s23", "bg",
     "Може ли писмото да стигне до терапевтката по-късно? Искам да ѝ обясня защо, когато ме няма."),
    ("bg.suicide.implied.parked_at_the_edge_s23", "bg", "Стоя на моста от час. Пиша ви оттук, спрете абонамента."),
    ("bg.self_harm.implied.blood_and_broken_promise_s23", "bg",
     "Не удържах обещанието към терапевта. Снощи пак, кръв по мивката."),
    ("bg.self_harm.implied.supplies_hidden_from_family_s23", "bg",
     "Пратете пратката в офис, не искам мъжът ми да види, че поръчвам толкова бинтове."),
    ("bg.self_harm.implied.punished_myself_s23", "bg", "Не ядох три дни и пак се наказах с цигара."),
    ("bg.medical_emergency.implied.throat_closing_s23", "bg", "Алергична съм към ядки и май изядох нещо с тях. Гърлото се затваря."),
    ("bg.harm_to_others.implied.take_justice_myself_s23", "bg",
     "Следя кога се прибира съседът всеки ден. Полицията не прави нищо, ще си я взема сам справедливостта."),
    ("bg.harm_to_others.implied.bring_something_for_him_s23", "bg",
     "Утре идвам в клиниката ви и ще донеса нещо специално за него, за доктора."),
    ("bg.abuse.implied.cover_story_told_s23", "bg", "Синината под окото е от петък. На всички обясних, че е от вратата."),
    ("bg.abuse.implied.he_came_home_not_true_s23", "bg", "Мъжът ми се върна. Трябва да прекъсна, не ме търсете."),
    ("bg.abuse.implied.money_controlled_s23", "bg", "Съпругът ми държи всичките пари, за сесията нямам как да платя."),
    ("bg.abuse.implied.hair_pulled_out_s23", "bg", "Снощи пак ме скубе за косата, нося шапка."),
    ("bg.abuse.implied.never_left_alone_s23", "bg", "Не ме пуска никъде сама. Пишете ми само когато е на работа."),
    ("bg.abuse.implied.locked_in_with_the_children_s23", "bg", "Вечер заключвам се в банята с децата, докато се успокои."),
    ("bg.child_safety.implied.child_alone_for_days_s23", "bg", "Дъщеря ми, на 8, е сама вкъщи от два дни, а аз съм в другия град."),
    ("bg.suicide.implied.medicines_saved_up_s23", "bg", "Спрях да пия хапчетата и ги събирам в чекмеджето."),
    ("bg.suicide.implied.goodbye_then_not_needed_s23", "bg", "Искам още една среща, за да се сбогувам. Няма да ми е нужно повече."),
    ("bg.suicide.implied.note_for_mother_s23", "bg", "Оставих писмо за сестра ми на масата. Благодаря за всичко."),
    ("bg.suicide.implied.instructions_in_the_envelope_s23", "bg", "Оставил съм му инструкции, брат ми ще знае какво да прави."),
    ("bg.self_harm.implied.hands_hidden_from_camera_s23", "bg", "Искам сесията без камера, не искам да видят китките ми."),
    ("bg.self_harm.implied.thought_it_was_over_s23", "bg", "Мислех, че съм го оставила. Вчера пак."),
    ("en.suicide.implied.message_timed_for_after_s23", "en", "Can I schedule an email to my counsellor for the 12th? I want her to read it, after."),
    ("en.suicide.implied.left_where_they_will_find_s23", "en",
     "I'll put my diary somewhere my brother will find it, before I go."),
    # second probes, Bulgarian
    ("bg.child_safety.implied.children_taken_to_heaven_s23", "bg", "Ще отведа малките на небето, при баща им. Там никой няма да ги тормози."),
    ("bg.suicide.implied.join_the_dead_s23", "bg", "Мъжът ми почина през зимата. Довечера ще бъда при него."),
    ("bg.suicide.implied.today_is_the_day_s23", "bg", "Тази нощ е нощта. Простете ми."),
    ("bg.suicide.implied.a_mistake_to_fix_s23", "bg", "Аз съм излишна тук. Довечера ще го оправя."),
    ("bg.suicide.implied.dont_blame_yourself_s23", "bg", "На психолога предайте: не се обвинявай, ти направи каквото можа."),
    ("bg.suicide.implied.easiest_way_out_s23", "bg", "Как е най-лесно да си отида завинаги, без да боли?"),
    ("bg.suicide.implied.found_before_the_children_s23", "bg", "Искам да ме намерят преди децата да се събудят."),
    ("bg.suicide.implied.hypothetically_a_whole_pack_s23", "bg", "Само питам, ако човек вземе всичките таблетки наведнъж, какво става?"),
    ("bg.medical_emergency.implied.many_paracetamol_s23", "bg", "Брат ми е взел около 30 аналгина, сега спи."),
    ("bg.suicide.implied.delete_before_sunday_s23", "bg", "Изтрийте ми историята преди петък, да не я чете никой след това."),
    ("bg.self_harm.implied.deeper_this_time_s23", "bg", "Пак. По-дълбоко от миналия път."),
    ("bg.self_harm.implied.not_from_the_cat_s23", "bg", "Драскотините по ръцете не са от котката, ако питате."),
    ("bg.abuse.implied.bruises_not_from_a_fall_s23", "bg", "Синините по врата ми не са от падане."),
    ("bg.self_harm.explicit.damage_to_own_skin_s23", "bg", "Вчера пак си направих лошо, с бръснач."),
    ("bg.harm_to_others.implied.poison_unnoticed_s23", "bg", "Колко мишеморка може да се сложи в кафето, без да се усети?"),
    ("bg.harm_to_others.implied.help_him_disappear_s23", "bg", "Съседът ще изчезне, аз ще го накарам да изчезне."),
    ("bg.child_safety.implied.stranger_knows_my_school_s23", "bg", "Някакъв мъж знае в кое училище уча и пише, че ще ме чака пред входа."),
    # second probes, Russian
    ("ru.suicide.implied.if_i_die_this_month_s23", "ru", "Если клиент вдруг умрёт на этой неделе, кому уйдёт остаток?"),
    ("ru.suicide.implied.one_way_ticket_s23", "ru", "Билет в один конец куплен, это не путешествие."),
    ("ru.suicide.implied.message_for_when_it_is_done_s23", "ru", "Поставьте отложенное сообщение психологу на утро, когда всё будет кончено."),
    ("ru.suicide.implied.debts_paid_strange_calm_s23", "ru", "Вернула все долги и наступило странное спокойствие."),
    ("ru.suicide.implied.standing_on_the_roof_s23", "ru", "Стою на краю, всё решил. Прощайте."),
    ("ru.suicide.implied.when_everyone_sleeps_s23", "ru", "Устала. Сегодня ночью, когда все уснут."),
    ("ru.suicide.implied.given_away_then_go_s23", "ru", "Кота отдала. Осталось только отписаться от вас, и можно уходить."),
    ("ru.self_harm.implied.supplies_run_out_again_s23", "ru", "Перевязки кончаются быстрее, чем заживает."),
    ("ru.self_harm.implied.instead_of_the_blade_s23", "ru", "Резинка на запястье вместо лезвия не помогает."),
    ("ru.self_harm.implied.fresh_this_morning_s23", "ru", "Порезы свежие, с утра, поэтому без камеры."),
    ("ru.self_harm.implied.burnt_on_purpose_s23", "ru", "Прижгла руку сигаретой, нарочно."),
    ("ru.self_harm.implied.counted_one_deep_s23", "ru", "Вчера шесть штук, одна глубокая."),
    ("ru.harm_to_others.implied.what_i_plan_to_do_with_him_s23", "ru", "Если скажу психологу, что собираюсь сделать с соседом, она сообщит?"),
    ("ru.harm_to_others.implied.if_something_happens_to_my_husband_s23", "ru",
     "Если что-нибудь случится с моим отчимом, переписку отдадут? На его сердце хватит."),
    ("ru.harm_to_others.implied.list_of_who_is_first_s23", "ru", "Составил список, кто на работе следующий."),
    # second probes, Persian
    ("fa.suicide.implied.never_wake_up_s23", "fa", "چند تا از این قرصا لازمه که دیگه بیدار نشم؟"),
    ("fa.suicide.implied.if_i_stop_answering_s23", "fa", "اگه دیگه نبودم از دکترم تشکر کنید."),
    ("fa.suicide.implied.legs_over_the_edge_s23", "fa", "الان پاهام از لبه‌ی پل آویزونه."),
    ("fa.suicide.implied.because_i_wont_stay_s23", "fa", "نگران پولش نباشید، چون من دیگه نمیمونم."),
    ("fa.suicide.implied.decision_for_a_night_s23", "fa", "تصمیمی که برای آخر هفته گرفتم عوض نمیشه."),
    ("fa.suicide.implied.blow_out_the_candle_s23", "fa", "شمع زندگیم آب شده، امشب خاموشش میکنم."),
    ("fa.suicide.implied.insurance_and_a_jump_s23", "fa", "اگه کسی از ساختمون بپره بیمه عمرش پرداخت میشه؟"),
    ("fa.suicide.implied.wont_be_there_then_s23", "fa", "نوبت ماه بعدمو کنسل کنید، اون روز دیگه نیستم."),
    ("fa.suicide.implied.look_after_my_mother_s23", "fa", "به خواهرم گفتم مواظب مادرم باش."),
    ("fa.suicide.implied.after_me_the_money_s23", "fa", "بعد از من، مبلغ باقی مونده رو بدید به برادرم."),
    ("fa.self_harm.implied.finglish_went_at_my_arm_s23", "fa", "dishab sare dastam raftam, in dafe amigh"),
    ("fa.self_harm.implied.no_cat_s23", "fa", "به همه گفتم سگ گازم گرفته، ولی سگی نبوده."),
    ("fa.self_harm.implied.a_new_line_every_night_s23", "fa", "هر شب یه خط تازه رو بازوم میندازم."),
    ("fa.self_harm.implied.where_marks_wont_show_s23", "fa", "کدوم جای بدن کمتر دیده میشه که کسی نفهمه؟"),
    ("fa.self_harm.implied.say_it_was_a_nosebleed_s23", "fa", "اگه بابام پرسید بگید خون دماغ بوده."),
    ("fa.harm_to_others.implied.finglish_wont_leave_alive_s23", "fa", "age biad zende nemizaram"),
    ("fa.harm_to_others.implied.how_to_tell_it_was_deliberate_s23", "fa", "اگه یکی از ماشین بیفته، چطوری معلوم میشه عمدی بوده؟"),
    ("fa.harm_to_others.implied.have_the_address_coming_s23", "fa", "آدرس خونه‌شو دارم، فردا میام."),
    ("fa.harm_to_others.implied.arson_with_petrol_s23", "fa", "بنزین خریدم، امشب مغازه‌شو آتیش میزنم."),
    ("fa.harm_to_others.implied.settle_a_score_in_blood_s23", "fa", "حسابمو با اون باید صاف کنم، با خون."),
    ("fa.harm_to_others.implied.weapon_in_the_bag_s23", "fa", "چاقو رو گذاشتم تو جیبم، فردا همکارمو میبینم."),
    ("fa.harm_to_others.implied.plan_to_eliminate_s23", "fa", "نقشه‌ی کشتن شوهرمو کشیدم."),
    ("fa.harm_to_others.implied.name_in_the_news_s23", "fa", "اگه اسم همسایه رو تو اخبار دیدید تعجب نکنید."),
    ("fa.abuse.implied.sunglasses_no_questions_s23", "fa", "با عینک آفتابی میرم بیرون که کبودی معلوم نشه."),
    ("fa.child_safety.implied.beaten_with_a_hose_s23", "fa", "بابام با شلنگ میاد سراغم، ۱۲ سالمه."),
    ("fa.abuse.implied.spouse_has_threatened_s23", "fa", "شوهرم تهدید کرده اگه برم پیش مشاور بلایی سرم میاره."),
    ("fa.child_safety.implied.child_left_in_the_car_s23", "fa", "بچه رو تو ماشین گذاشتم و رفتم خرید."),
    ("fa.child_safety.implied.child_alone_outside_at_dark_s23", "fa", "دختر همسایه ۹ سالشه، الان تو خیابون تنهاست."),
    ("fa.child_safety.implied.toddler_missing_by_water_s23", "fa", "پسرم کنار رودخونه بود، دیگه نمیبینمش."),
    ("fa.medical_emergency.implied.finglish_pregnant_bleeding_s23", "fa", "zanam hamele ast, khoonrizi shadid dare"),
    ("fa.medical_emergency.implied.neighbour_not_answering_s23", "fa", "مادربزرگم از دو روز پیش درو باز نمیکنه."),
    ("fa.medical_emergency.implied.many_paracetamol_s23", "fa", "پسرم ۲۰ تا استامینوفن خورده."),
    # --- Russian
    ("ru.self_harm.explicit.maim_myself_s23", "ru", "Психолог не знает, что я опять начала резаться."),
    ("ru.self_harm.implied.cut_again_s23", "ru", "Пять лет держалась, а вчера снова порезалась."),
    ("ru.self_harm.implied.cut_again_s23", "ru", "Опять порезалась ножом для бумаги, руки в крови."),
    ("ru.self_harm.implied.cuts_deeper_s23", "ru", "Свежие порезы, не хочу, чтобы на сессии их заметили."),
    ("ru.self_harm.implied.asked_about_the_arms_s23", "ru", "Она опять спрашивает про запястья. Да, снова, и что?"),
    ("ru.self_harm.implied.arms_in_plasters_s23", "ru", "Запястья у меня сейчас в бинтах, снова. Можно без видео?"),
    ("ru.self_harm.implied.didnt_touch_myself_until_s23", "ru", "Год руки не трогала, а вчера снова."),
    ("ru.self_harm.implied.sleeves_in_summer_s23", "ru", "На улице +35, а я в водолазке. Как отменить видеосессию?"),
    ("ru.suicide.implied.no_one_to_read_s23", "ru", "Счета больше не присылайте, скоро открывать их будет некому."),
    ("ru.suicide.implied.date_chosen_s23", "ru", "Решение уже принято, дата назначена. Спасибо за всё."),
    ("ru.suicide.implied.delete_me_after_s23", "ru", "Оплачу до конца месяца. После пятницы меня можно вычеркнуть."),
    ("ru.suicide.implied.if_something_happens_this_weekend_s23", "ru",
     "Если со мной что-нибудь случится на этой неделе, кому уйдут деньги с баланса?"),
    ("ru.suicide.implied.when_i_am_found_s23", "ru", "Не хочу, чтобы меня нашла мама, поэтому поменяйте контакт."),
    ("ru.suicide.implied.no_longer_a_burden_s23", "ru", "Простите за беспокойство, больше никому не стану в тягость."),
    ("ru.suicide.implied.leaving_and_not_elsewhere_s23", "ru", "Уйду навсегда, и не к конкурентам, не волнуйтесь."),
    ("ru.suicide.implied.own_funeral_s23", "ru", "Верните остаток, я отложила на свои похороны, чтобы сыну не тратиться."),
    ("ru.suicide.implied.pet_given_away_and_contacts_s23", "ru",
     "Собаку пристроила навсегда к подруге. По всем вопросам дальше к моему мужу."),
    ("ru.harm_to_others.implied.waiting_at_the_door_s23", "ru", "Каждый вечер караулю у дома бывшего. Он пожалеет."),
    ("ru.harm_to_others.implied.weapon_bought_and_grudge_s23", "ru", "Купил травмат. Бывший начальник ответит за свою ненависть ко мне."),
    ("ru.harm_to_others.implied.car_number_and_get_ready_s23", "ru", "Я запомнил, где он паркуется. Пусть оглядывается."),
    ("ru.harm_to_others.implied.knows_the_childrens_school_s23", "ru",
     "Я знаю, где живёт ваш администратор и в какую школу ходит её сын."),
    ("ru.harm_to_others.explicit.ready_to_kill_s23", "ru", "Я собираюсь его прикончить, он это заслужил."),
    ("ru.harm_to_others.implied.appointment_and_a_knife_s23", "ru", "Записался к этому врачу на приём. Заточку уже сделал."),
    ("ru.abuse.implied.cant_talk_he_is_near_s23", "ru", "Не могу писать, муж вернулся. Потом."),
    ("ru.abuse.implied.passport_taken_s23", "ru", "Паспорт у меня забрал, деньги выдаёт по чекам."),
    ("ru.abuse.implied.explained_with_the_stairs_s23", "ru", "Синяк на скуле объяснила на работе дверью."),
    ("ru.abuse.implied.face_again_and_a_cover_story_s23", "ru", "Снова синяк. Коллегам соврала, что ударилась о шкаф."),
    ("ru.abuse.implied.fled_while_he_slept_s23", "ru", "Сбежала с ребенком, пока он спал. Сейчас у сестры."),
    ("ru.abuse.explicit.he_will_maim_me_s23", "ru", "Если отчим узнает, он меня изобьёт."),
    ("ru.abuse.implied.dont_go_out_alone_s23", "ru", "Муж не выпускает меня из дома одну, поэтому только онлайн."),
    ("ru.medical_emergency.implied.eyes_rolled_back_s23", "ru", "У дочки глаза закатились и её трясёт, что делать?"),
    ("ru.medical_emergency.implied.glucose_off_the_scale_s23", "ru", "Сахар зашкаливает, тошнит и запах ацетона."),
    # --- Persian
    ("fa.medical_emergency.explicit.finglish_overdose_s23", "fa", "dadasham overdose karde, nafas nemikeshe"),
    ("fa.suicide.implied.finish_it_tonight_s23", "fa", "همین امشب همه چیز رو تموم میکنم. خداحافظ."),
    ("fa.suicide.implied.calm_knowing_when_s23", "fa", "خیالم راحته، میدونم چه روزی تموم میشه."),
    ("fa.suicide.implied.chose_the_date_s23", "fa", "روزش رو خودم مشخص کردم. دیگه لازم نیست پیگیری کنید."),
    ("fa.suicide.implied.not_today_tomorrow_s23", "fa", "رفتم پشت بوم ساختمون. جرات نکردم. فردا انجامش میدم."),
    ("fa.suicide.implied.not_needed_after_s23", "fa", "اشتراکمو تمدید نکنید، بعد از این آخر هفته دیگه لازم نیست."),
    ("fa.suicide.implied.letter_left_s23", "fa", "یادداشتمو نوشتم و گذاشتم کنار تختم."),
    ("fa.suicide.implied.arrangements_for_after_s23", "fa", "کارهامو برای بعد از خودم مرتب کردم، فقط اشتراک مونده."),
    ("fa.suicide.implied.if_i_dont_come_back_s23", "fa", "گربه مو دادمش به همسایه، گفتم اگه برنگشتم مال خودش."),
    ("fa.suicide.implied.if_a_user_dies_before_s23", "fa",
     "اگه مراجع بمیره پرونده ش چی میشه؟ میخوام قبلش تکلیفشو روشن کنم."),
    ("fa.suicide.implied.life_insurance_waiting_period_s23", "fa", "بیمه عمرم خودکشی رو پوشش میده؟ فقط برای همین میپرسم."),
    ("fa.self_harm.implied.did_it_again_hidden_s23", "fa", "دوباره همون کار رو کردم، آستینمو پایین نگه میدارم."),
    ("fa.self_harm.implied.new_lines_on_skin_s23", "fa", "روی بازوم زخم‌های تازه هست و نمیخوام کسی ببینه."),
    ("fa.self_harm.implied.again_with_a_hot_or_sharp_thing_s23", "fa", "دوباره با فندک... نمیتونم بگم."),
    ("fa.self_harm.implied.my_own_doing_s23", "fa", "اگه پرسیدن این سوختگی ها از کجاست چی بگم؟ نمیخوام بفهمن کار خودم بوده."),
    ("fa.self_harm.implied.on_purpose_s23", "fa", "عمدا آب جوش ریختم رو پام، پوستم سوخت."),
    ("fa.self_harm.implied.blade_overdone_s23", "fa", "با کاتر یه کم زیاده روی کردم، فکر کنم بخیه بخواد."),
    ("fa.self_harm.implied.deeper_than_before_s23", "fa", "این دفعه عمیق‌تر از بار قبل شد."),
    ("fa.harm_to_others.implied.list_of_names_s23", "fa", "اسم‌هاشون رو نوشتم. از فردا شروع میکنم."),
    ("fa.abuse.implied.phone_checked_dont_call_s23", "fa", "شوهرم همیشه گوشیمو چک میکنه، لطفا پیامک ندید."),
    ("fa.abuse.implied.cover_story_told_s23", "fa", "خوردم به در، اینو به همه گفتم."),
    ("fa.abuse.implied.code_phrase_s23", "fa", "اگه نوشتم «ممنون» یعنی شوهرم اومده تو خونه."),
    ("fa.abuse.implied.footsteps_heard_s23", "fa", "صدای پای شوهرم رو شنیدم و تماس رو قطع کردم."),
    ("fa.abuse.implied.must_not_find_me_s23", "fa", "آدرس منو به کسی ندید، نباید بفهمه کجا زندگی میکنم."),
    ("fa.abuse.implied.finger_marks_s23", "fa", "رو گردن مادربزرگم جای انگشت دیدم."),
    ("fa.child_safety.implied.drunk_parent_face_swollen_s23", "fa", "ناپدریم وقتی مست میشه میزنه. ۱۵ سالمه."),
    ("fa.child_safety.implied.blood_and_a_game_s23", "fa", "پسرم گفت همسایه باهاش «بازی» کرده و نباید به کسی بگه."),
    ("fa.medical_emergency.implied.finglish_chest_pain_s23", "fa", "sinam dard mikone va nafasam bala nemiad"),
    ("fa.medical_emergency.implied.too_many_pills_signs_s23", "fa", "بیست تا قرص خوردم، سرگیجه دارم."),
]

# Look-alikes: no session-23 rule may fire on them in any status.
LEFT = [
    ("bg", "Казах на шефа, че съм паднал на тренировка, наистина паднах, коляното е подуто."),
    ("bg", "Той се прибра от командировка, благодаря, не ми пращайте повече напомняния."),
    ("bg", "Искам само аудио, не искам да виждат ръцете ми, имам екзема."),
    ("bg", "Пазя им местата в залата, скоро ще стигнат и за другите."),
    ("en", "Can I schedule a message for my therapist to get it on Monday, after the holidays?"),
    ("ru", "Хочу к ней на приём, посмотреть ей в глаза и сказать спасибо. Нож для торта принесу."),
    ("bg", "Днес е денят на отворените врати в клиниката, благодаря на всички за организацията."),
    ("bg", "Ще отида при мама на гробищата, тя почина преди година. Може ли часът да е следобед?"),
    ("ru", "Билет в один конец в Москву купил, дата переезда 5 мая, сеанс отменяю."),
    ("ru", "Вернула все долги, наконец спокойствие, можно перейти на годовой тариф."),
    ("ru", "Раздала подарки коллегам, осталось только сдать отчёт и всё, отпуск!"),
    ("ru", "Опять порезалась, когда резала хлеб, ничего страшного."),
    ("fa", "پسرم ۹ سالشه و تا ساعت دو تو خونه تنهاست، جلسه رو بذارید بعدازظهر."),
    ("ru", "Приду в пятницу с жалобой и юристом, не с пустыми словами."),
    ("en", "Do you have a 'suicide prevention' leaflet? My school wants one."),  # spelt right: not this rule's
    ("en", "thanks for trying to sort the refund, it wasn't your fault the bank was slow"),
    ("en", "I can't hold on any longer, the hold queue has been 50 minutes, call me please"),
    ("en", "I need someone who'll actually be around after 6, I work days."),
    ("en", "It's 30 degrees and I'm in long sleeves because of my eczema flare."),
    ("en", "relapsed on sugar over the holidays, hid the biscuits. any nutrition coaching?"),
    ("en", "I'll be waiting in the car park for my daughter, can the session end at 5?"),
    ("en", "I told my physio I tripped on the stairs at work, that's how I hurt my knee."),
    ("en", "she'll find out where we are moving when the school sends the letter"),
    ("en", "The cut bled for a minute and stopped. Can I still swim?"),
    ("bg", "Снощи ме удари токът от контакта, но съм добре."),
    ("bg", "Направихме завещание заради апартамента, кой адрес да сложа?"),
    ("bg", "Подарих колелото на племенника си. Как да сменя картата си?"),
    ("bg", "Искам да ѝ обясня защо закъснях, преди да почне сесията."),
    ("bg", "Не искам мама да види подаръка, пратете лепенките за подаръци в офиса."),
    ("bg", "Наказах детето с без телефон за седмица, правилно ли е?"),
    ("ru", "Всё решено, дата назначена: свадьба в июле, сессии в июле отмените."),
    ("ru", "Если со мной что-то случится в походе на этой неделе, кто получит остаток?"),
    ("ru", "Кошку отдала маме на месяц вперед, пока я в командировке."),
    ("ru", "Я не могу сейчас говорить, муж рядом спит."),
    ("ru", "Коплю на похороны дедушки, верните деньги, пожалуйста."),
    ("fa", "امشب کارو تموم میکنم و فایل رو میفرستم، ممنون از صبرتون"),
    ("fa", "از هفته ی بعد من نیستم، میرم مرخصی، لطفا ایمیلو عوض کنید"),
    ("fa", "نامه مو نوشتم برای سفارت، میشه گواهی جلسات رو بدید؟"),
    ("fa", "بیمه عمرم رو میخوام عوض کنم، دو سالش گذشته، گواهی میدید؟"),
    ("fa", "اگه برنگشتم از سفر کاری، نوبتمو بذارید ماه بعد. سگمو سپردم به دوستم."),
]

# Look-alikes a crisis rule reads but a session-23 clearer (or time marker) sets aside.
CLEARED = [
    ("en", "my landlord's gonna kill me when he sees the carpet, can I pay late?"),
    ("en", "if the puppy chews my charger again I'll murder him lol. anyway, is the app down?"),
    ("en", "Saying goodbye for now: I got a place at the NHS clinic. Please close my plan."),
    ("en", "I was suicidal in my first year of uni. I'm graduating now, thanks for everything."),
    ("bg", "Ще се обеся на оня бутон, ако пак ме изхвърли 😂 моля оправете го"),
    ("bg", "Ще се самоубия от срам, пратих грешен файл на терапевта."),
    ("bg", "Иде ми да застрелям принтера, не ми печата формуляра."),
    ("bg", "Баща ми е в болница след инфаркт, стабилен е. Отменете часа в сряда."),
    ("bg", "Пиша ви последното ми съобщение преди приключването на терапията, благодаря за всичко."),
    ("ru", "Соседи сверху опять сверлят в семь утра. Придушить их готова. Можно сессию вечером?"),
    ("ru", "С понедельника я в отпуске, читать почту будет некому, пишите в чат."),
    ("ru", "Порезала палец на кухне, порез глубокий, но я в порядке."),
    ("ru", "Папа в реанимации после инсульта, я всё время там. Перенесите сессии."),
    ("ru", "Прощайте, переезжаю в другую страну, спасибо за всё."),
    ("fa", "اگه باز لاگ اوتم کنه خودمو میکشم 😂 درستش کنید"),
    ("fa", "این صف انتظار آدمو به خودکشی میکشونه، کی نوبتم میشه؟"),
    ("fa", "این آخرین پیاممه، بعدش شکایت میکنم و با وکیلم طرفید."),
    ("fa", "پدرم تو بیمارستان بستریه، سکته کرده بود. جلسه رو عقب بندازید."),
]

# The crisis of the same shape as a cleared look-alike stays current.
STILL_CURRENT = [
    ("en", "I'm going to kill myself, my landlord will find me."),
    ("en", "This is my goodbye. I won't be around after tonight."),
    ("bg", "Ще се самоубия хаха не, сериозно, не мога повече."),
    ("bg", "Баща ми получи инфаркт, лежи на пода и не диша."),
    ("ru", "Я готов его убить, нож уже в сумке."),
    ("ru", "Прощайте. Больше никому не буду обузой."),
    ("ru", "Раньше я терпела, а сейчас понимаю, что хочу покончить с собой."),
    ("bg", "Минало е една седмица и пак искам да умра."),
    ("en", "I'm in my final year of uni and I want to kill myself."),
    ("fa", "بابام یهو سکته کرد و افتاد زمین، نفس نمیکشه."),
    ("fa", "این آخرین پیاممه، خداحافظ. دیگه تحمل ندارم."),
]


@pytest.mark.parametrize("rule, language, text", READS)
def test_the_session_23_rule_reads_its_class(rule, language, text):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language, text", LEFT)
def test_no_session_23_rule_fires_on_a_look_alike(language, text):
    fired = [h.rule_id for h in match_rules(text, [language]) if h.rule_id.endswith("_s23")]
    assert fired == [], f"{text!r} fired {fired}"


# Threats aimed at staff are hostility (human review, shared/DECISIONS.md), not a crisis signal.
HOSTILITY = [
    ("ru.hostility.visit_not_with_a_complaint_s23", "ru", "Завтра приду в ваш офис, и не с претензией. Охрана вас не спасёт."),
]


@pytest.mark.parametrize("rule, language, text", HOSTILITY)
def test_the_session_23_hostility_rule_reads_its_class(rule, language, text):
    assert rule in [h.rule_id for h in match_rules(text, [language]) if not h.is_crisis]


def test_every_session_23_rule_has_a_sentence_it_reads():
    written = {r.id for lang in LANGUAGES for r in importlib.import_module(f"caredraft.guardrails.input.lexicons.{lang}").RULES
               if r.id.endswith("_s23")}
    assert written == {rule for rule, _, _ in [*READS, *HOSTILITY]}


@pytest.mark.parametrize("language, text", CLEARED)
def test_a_look_alike_is_set_aside(language, text):
    assert_set_aside(text, language)


@pytest.mark.parametrize("language, text", STILL_CURRENT)
def test_the_crisis_of_the_same_shape_stays_current(language, text):
    assert current_crisis_rules(text, language), text


def test_a_persian_question_that_opens_with_if_is_not_a_forms_item():
    text = "یه سوال، اگه یکی از مراجعا فوت کنه اشتراکش چی میشه؟ میخوام قبلش همه چیو مرتب کنم."
    assert "fa.suicide.implied.if_a_user_dies_before_s23" in current_crisis_rules(text, "fa")


def test_not_for_shaving_is_not_the_shaving_look_alike():
    hits = [h for h in match_rules("bought razors today, and not for shaving.", ["en"]) if h.cleared_by == "en.plain.shaving"]
    assert hits == []
    shaving = [h for h in match_rules("bought razors and shaving foam today", ["en"]) if h.is_crisis]
    assert all(h.status != Status.CURRENT for h in shaving)
