"""Session 21's denials in other shapes, each beside the crisis of the same shape that must stay
current. Every sentence was written for this file (none comes from an evaluation set or a written
batch).

- A negative determiner before thoughts or intent: "никаких мыслей о суициде", "никакви мисли за
  самоубийство" (but "никакого смысла жить", no point in living, is no denial).
- "Out of the question": "о суициде речи не идёт", "за самонараняване и дума не може да става".
- "Suicide isn't on my mind".
- Thoughts named first and denied by the sentence's last clause (``NEGATION_TAIL``, read over the
  whole sentence): "Thoughts that I'd be better off dead, I don't have." ("Хочу умереть, нет сил"
  is not that shape and stays current).
"""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import current_crisis_rules

DENIED = [
    ("ru", "Никаких мыслей о суициде, просто плохо сплю. Можно записаться к психиатру?"),
    ("ru", "Никаких суицидальных мыслей, я пишу из-за двойного списания."),
    ("ru", "О суициде речи не идёт, я спрашиваю, как перенести сессию."),
    ("ru", "Речи нет о самоубийстве, это сестра пошутила в анкете."),
    ("ru", "Мыслей, что лучше бы меня не было, нет. Почему у меня пометка «высокий риск»?"),
    ("ru", "Мысли покончить с собой, у меня таких не было. Уберите, пожалуйста, флажок."),
    ("bg", "Никакви мисли за самоубийство, просто спя лошо. Може ли час при психиатър?"),
    ("bg", "За самонараняване и дума не може да става, това беше шега на сестра ми в профила."),
    ("bg", "На въпрос 9 отговорих „никога“. Мисли, че е по-добре да ме няма, нямам."),
    ("bg", "Намерения да се самоубия, нямам. Питам само за фактурата."),
    ("en", "Suicide isn't on my mind at all, I'm asking how to move my session."),
    ("en", "I answered never to question 9. Thoughts that I'd be better off dead, I don't have."),
    ("en", "Thoughts of killing myself, I never had them. Please correct the intake summary."),
    ("fa", "فکر اینکه بهتره نباشم، ندارم. چرا تو پروفایلم نوشته ریسک بالا؟"),
    # the topic fronted, the denial after it (Russian and Bulgarian word order; Persian adverbs)
    ("ru", "Самоубийство я не рассматриваю, не переживайте, просто нужна справка."),
    ("ru", "О самоубийстве я даже не думаю, просто очень устала."),
    ("ru", "Мысли о суициде меня не посещают, спасибо, что спросили."),
    ("ru", "Суицидальных мыслей не имею, нужен только рецепт."),
    ("ru", "Суицидальных наклонностей у меня нет, это врач перестраховался."),
    ("ru", "Суицидальные мысли отрицаю, прошу исправить заключение."),
    ("ru", "Я далека от мыслей о самоубийстве, просто ищу психолога."),
    ("ru", "Суицид — это не про меня, я просто хочу сменить тариф."),
    ("ru", "Никакого суицида, просто устала от работы."),
    ("bg", "Самоубийство не обмислям, просто съм ядосана на таксите."),
    ("bg", "За самоубийство дори не мисля, просто съм уморена."),
    ("bg", "Мисли за самоубийство не ме спохождат, благодаря, че питате."),
    ("bg", "Суицидни мисли отричам, моля да се поправи заключението."),
    ("bg", "За самоубийство не става въпрос, питам за часа си."),
    ("fa", "به خودکشی اصلا فکر نمی‌کنم، فقط خسته‌م."),
    ("fa", "خودکشی تو فکرم نیست، فقط می‌خوام جلسه رو جابجا کنم."),
    # an emphatic no to a question
    ("ru", "Покончить с собой? Да ни за что. Верните деньги за сессию."),
    ("ru", "Убить себя? Нет-нет, что вы."),
    ("fa", "آسیب زدن به خودم؟ نه نه، اصلا."),
]

STILL_CURRENT = [
    ("ru", "Никакого смысла жить больше нет, хочу покончить с собой."),
    ("ru", "Никаких сил нет, я хочу покончить с собой сегодня."),
    ("ru", "Хочу умереть, нет сил."),
    ("ru", "Мысли о суициде, да, бывают каждую ночь."),
    ("ru", "Хочу умереть, нет."),
    ("bg", "Никаква надежда, искам да се самоубия."),
    ("bg", "Искам да умра, нямам сили."),
    ("bg", "Мисли за самоубийство, да, имам ги всяка вечер."),
    ("en", "Suicide is on my mind every day."),
    ("en", "I want to die, I don't have anyone."),
    ("en", "Thoughts of killing myself, I have them every night."),
    ("fa", "فکر خودکشی دارم، نمی‌دونم چیکار کنم."),
    # fronted topics that are not denied: the verbs after them do not deny
    ("ru", "О самоубийстве я не могу перестать думать."),
    ("ru", "Мысли о суициде меня не отпускают, отмените подписку."),
    ("ru", "Мысли о самоубийстве меня не пугают, я уже всё решила."),
    ("ru", "Суицидальные мысли не проходят уже месяц."),
    ("bg", "За самоубийство не мога да спра да мисля."),
    ("bg", "Мисли за самоубийство не ме оставят на мира."),
    ("fa", "خودکشی تو فکرمه، نمی‌دونم چیکار کنم."),
    ("fa", "فکر خودکشی از ذهنم بیرون نمیره."),
    # a denial that turns to now in its own sentence, a no that means "not yet", a no taken back
    ("ru", "Суицидальных мыслей не было до этой недели, а теперь они каждый день."),
    ("ru", "О самоубийстве я не думала раньше, а теперь думаю постоянно."),
    ("en", "I never thought about suicide until recently, now it's every night."),
    ("en", "I didn't want to die before, but now I do."),
    ("bg", "За самоубийство не съм мислила до тази седмица, а сега всеки ден."),
    ("fa", "به خودکشی فکر نمی‌کردم ولی الان هر شب بهش فکر می‌کنم."),
    ("ru", "Убить себя? Нет, пока нет, но думаю."),
    ("en", "Self-harm? No, no. Well, yes, last night."),
    ("ru", "Покончить с собой? Да, думаю об этом каждый день."),
]


@pytest.mark.parametrize("language,text", DENIED)
def test_the_denial_clears_the_crisis_words(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status == Status.NEGATED for h in crisis), [(h.rule_id, h.status) for h in crisis]


@pytest.mark.parametrize("language,text", STILL_CURRENT)
def test_the_same_shape_without_a_denial_stays_current(language, text):
    assert current_crisis_rules(text, language), text


# The implied classes session 21 wrote (each routed auto or only to a person in some language
# before): a rule reads its class, and no session-21 rule fires on the look-alikes below.
READS = [
    # Threats with the target's movements known, a follow and a wait, "someone will get hurt" (implied
    # harm to others; session 21's probes found each routed auto or only to human review in some language).
    ("en.harm_to_others.implied.regret_and_routine_s21", "en",
     "If the therapist cancels on me one more time she'll regret it, I know what time she leaves the clinic."),
    ("en.harm_to_others.implied.followed_and_waited_s21", "en",
     "I followed her home from the session and waited in the stairwell."),
    ("en.harm_to_others.implied.someone_will_get_hurt_s21", "en",
     "Someone at my office is going to get hurt tomorrow and they'll all finally understand."),
    ("en.harm_to_others.implied.address_and_threat_s21", "en",
     "I looked up his home address and his kids' school. He'll learn what it means to humiliate me."),
    ("ru.harm_to_others.implied.regret_and_routine_s21", "ru",
     "Если терапевт ещё раз отменит сессию, она пожалеет, я знаю, во сколько она уходит из клиники."),
    ("ru.harm_to_others.implied.regret_and_routine_s21", "ru", "Он своё получит, и скоро. Я знаю, где он паркуется."),
    ("ru.harm_to_others.implied.followed_and_waited_s21", "ru", "Я шла за ней до дома после сессии и ждала на лестнице."),
    ("ru.harm_to_others.implied.someone_will_get_hurt_s21", "ru", "Завтра кто-то в офисе пострадает, и тогда все поймут."),
    ("bg.harm_to_others.implied.regret_and_routine_s21", "bg",
     "Ако терапевтката пак ми отмени, ще съжалява, знам в колко часа излиза от клиниката."),
    ("bg.harm_to_others.implied.followed_and_waited_s21", "bg", "Вървях след нея до вкъщи след сесията и я чаках на стълбите."),
    ("bg.harm_to_others.implied.someone_will_get_hurt_s21", "bg", "Утре някой в офиса ще пострада и тогава всички ще разберат."),
    ("fa.harm_to_others.implied.regret_and_routine_s21", "fa",
     "اگه درمانگر یه بار دیگه جلسه رو کنسل کنه پشیمون میشه، می‌دونم ساعت چند از کلینیک میاد بیرون."),
    ("fa.harm_to_others.implied.regret_and_routine_s21", "fa", "حقشو می‌ذارم کف دستش، به زودی. می‌دونم ماشینشو کجا پارک می‌کنه."),
    ("fa.harm_to_others.implied.followed_and_waited_s21", "fa", "بعد از جلسه تا خونه دنبالش رفتم و تو راه‌پله منتظرش موندم."),
    ("fa.harm_to_others.implied.someone_will_get_hurt_s21", "fa", "فردا یکی تو دفتر آسیب می‌بینه و اون وقت همه می‌فهمن."),
    # Coercive control and a child's punishment (implied abuse and child safety).
    ("en.abuse.implied.phone_handed_over_s21", "en",
     "I have to hand over my phone every evening so he can read my messages. Can sessions be by email instead?"),
    ("en.abuse.implied.withheld_until_obeyed_s21", "en",
     "He changed the wifi password and only gives it to me when I've done what he wants."),
    ("en.abuse.implied.controls_body_s21", "en",
     "My husband decides what I eat and weighs me every Sunday. Can I have a female therapist?"),
    ("en.child_safety.implied.kneel_on_grain_s21", "en",
     "My dad makes us kneel on rice when we get bad marks. Is there a counsellor for teenagers?"),
    ("ru.abuse.implied.withheld_until_obeyed_s21", "ru",
     "Он сменил пароль от вайфая и даёт его, только когда я сделаю, что он хочет."),
    ("ru.child_safety.implied.kneel_on_grain_s21", "ru",
     "Отец ставит нас на колени на гречку за плохие оценки. Есть психолог для подростков?"),
    ("bg.abuse.implied.phone_handed_over_s21", "bg",
     "Всяка вечер трябва да му давам телефона си, за да чете съобщенията ми. Може ли сесиите по имейл?"),
    ("bg.abuse.implied.withheld_until_obeyed_s21", "bg", "Смени паролата на wifi и ми я дава само когато направя каквото иска."),
    ("bg.child_safety.implied.kneel_on_grain_s21", "bg",
     "Баща ми ни кара да коленичим на ориз, когато имаме лоши оценки. Има ли психолог за тийнейджъри?"),
    ("fa.abuse.implied.phone_handed_over_s21", "fa", "هر شب باید گوشیمو بدم بهش تا پیام‌هامو بخونه. میشه جلسه‌ها ایمیلی باشه؟"),
    ("fa.abuse.implied.withheld_until_obeyed_s21", "fa", "رمز وای‌فای رو عوض کرده و فقط وقتی کاری که می‌خواد رو بکنم بهم میده."),
    ("fa.child_safety.implied.kneel_on_grain_s21", "fa",
     "بابام به خاطر نمره بد ما رو مجبور می‌کنه رو برنج زانو بزنیم. مشاور نوجوان دارید؟"),
    # Implied self-harm: a threat to do something to oneself (even with its condition), pain or blood as
    # the only relief, a blade kept at hand, skin scratched until relief, not eating to see how long one lasts.
    ("en.self_harm.implied.do_something_to_myself_s21", "en", "I'll do something to myself if you cut me off from my therapist."),
    ("en.self_harm.implied.relief_in_pain_or_blood_s21", "en",
     "The only thing that calms me lately is the pain. Can I book a session?"),
    ("en.self_harm.implied.relief_in_pain_or_blood_s21", "en", "I only feel better when I bleed. Can you move my session?"),
    ("en.self_harm.implied.blade_kept_s21", "en",
     "The blade from my pencil sharpener is back in my wallet. When is the earliest free slot?"),
    ("en.self_harm.implied.starving_to_test_s21", "en", "I haven't eaten in four days, I want to see how long I can last."),
    ("ru.self_harm.implied.do_something_to_myself_s21", "ru",
     "Я что-нибудь с собой сделаю, если вы отключите меня от моего терапевта."),
    ("ru.self_harm.implied.relief_in_pain_or_blood_s21", "ru",
     "Единственное, что меня сейчас успокаивает, — это боль. Можно записаться?"),
    ("ru.self_harm.implied.relief_in_pain_or_blood_s21", "ru",
     "Мне становится лучше, только когда идёт кровь. Можно перенести сессию?"),
    ("ru.self_harm.implied.starving_to_test_s21", "ru", "Не ем четвёртый день, хочу посмотреть, сколько выдержу."),
    ("bg.self_harm.implied.do_something_to_myself_s21", "bg", "Ще си направя нещо, ако ме отрежете от терапевта ми."),
    ("bg.self_harm.implied.relief_in_pain_or_blood_s21", "bg",
     "Единственото, което ме успокоява напоследък, е болката. Може ли да запиша час?"),
    ("bg.self_harm.implied.relief_in_pain_or_blood_s21", "bg",
     "Чувствам се по-добре само когато кървя. Може ли да преместите сесията ми?"),
    ("bg.self_harm.implied.blade_kept_s21", "bg",
     "Ножчето от острилката отново е в портфейла ми. Кога е най-ранният свободен час?"),
    ("bg.self_harm.implied.scratched_until_relief_s21", "bg",
     "Снощи пак драсках по бедрата си, докато не ми олекна. Искам да сменя терапевта."),
    ("bg.self_harm.implied.starving_to_test_s21", "bg", "Не ям от четири дни, искам да видя колко мога да издържа."),
    ("fa.self_harm.implied.do_something_to_myself_s21", "fa", "اگه منو از درمانگرم جدا کنید یه بلایی سر خودم میارم."),
    ("fa.self_harm.implied.relief_in_pain_or_blood_s21", "fa", "فقط وقتی خون میاد حالم بهتر میشه. میشه جلسه‌مو جابجا کنید؟"),
    ("fa.self_harm.implied.blade_kept_s21", "fa", "تیغ تراش مدادم دوباره تو کیف پولمه. نزدیک‌ترین وقت خالی کیه؟"),
    # Farewells: letters left with the will, a goodbye to the pet before the account is closed, erasing
    # oneself online, no appointment needed ever after (bg).
    ("en.suicide.implied.letters_with_the_will_s21", "en",
     "I've written letters to each of my kids and put them in the drawer with the will. Can you cancel my renewal?"),
    ("en.suicide.implied.erased_online_s21", "en",
     "I've deleted all my photos and social media, there's nothing left of me online. Delete my account too."),
    ("ru.suicide.implied.goodbye_to_the_pet_s21", "ru", "Я уже попрощалась с собакой. Пожалуйста, закройте аккаунт."),
    ("bg.suicide.implied.letters_with_the_will_s21", "bg",
     "Написах писма на всяко от децата си и ги сложих в чекмеджето със завещанието. Може ли да спрете подновяването?"),
    ("bg.suicide.implied.goodbye_to_the_pet_s21", "bg", "Вече се сбогувах с кучето. Моля, закрийте профила."),
    ("bg.suicide.implied.erased_online_s21", "bg",
     "Изтрих всичките си снимки и профили, от мен не е останало нищо онлайн. Изтрийте и акаунта ми."),
    ("bg.suicide.implied.no_appointment_after_s21", "bg", "Няма да ми трябва следващият час, нито който и да е след него."),
    ("fa.suicide.implied.letters_with_the_will_s21", "fa",
     "برای هر کدوم از بچه‌هام نامه نوشتم و گذاشتمشون تو کشو کنار وصیت‌نامه. میشه تمدیدو لغو کنید؟"),
    ("fa.suicide.implied.goodbye_to_the_pet_s21", "fa", "با سگم خداحافظی کردم. لطفا حسابمو ببندید."),
    ("fa.suicide.implied.erased_online_s21", "fa",
     "همه عکس‌ها و شبکه‌های اجتماعیمو پاک کردم، هیچی از من آنلاین نمونده. حسابمم پاک کنید."),
    # A fall, then confusion and vomiting (a head injury told by its signs); a young child left alone all day (bg).
    ("en.medical_emergency.implied.fall_then_confused_s21", "en",
     "My dad fell and now he can't remember what day it is and keeps vomiting. Should I book him a session?"),
    ("ru.medical_emergency.implied.fall_then_confused_s21", "ru",
     "Папа упал, теперь не помнит, какой сегодня день, и его всё время рвёт. Записать его на сессию?"),
    ("bg.medical_emergency.implied.fall_then_confused_s21", "bg",
     "Баща ми падна и сега не помни кой ден е и постоянно повръща. Да му запиша ли час?"),
    ("bg.child_safety.implied.left_alone_all_day_s21", "bg",
     "Оставям четиригодишния си син сам вкъщи цял ден, докато съм на работа. Има ли помощ за детегледачка?"),
    # Explicit self-harm the probes found unread: a razor on the arm told with the writer's own verb (fa:
    # the razor-complaint clearer took "زخم کردم" for the razor's "زخم کرد"), one limb in Bulgarian
    # ("бедрото"; not a finger cut in the kitchen), beating oneself with a belt (ru; not a facepalm).
    ("fa.self_harm.explicit.means", "fa", "با تیغ اصلاح بازومو زخم کردم."),
    ("bg.self_harm.explicit.body", "bg", "Нарязах си бедрото с пергел."),
    ("ru.self_harm.explicit.beat_myself_s21", "ru", "Била себя ремнём, чтобы успокоиться."),
    ("ru.self_harm.explicit.beat_myself_s21", "ru", "Бью себя по лбу и по голове, пока не пойдёт кровь."),
    ("bg.suicide.implied.affairs_settled_s21", "bg", "Изплатих всичките си дългове и си подредих нещата, нищо друго не остава."),
    ("fa.suicide.implied.affairs_settled_s21", "fa", "همه بدهی‌هامو صاف کردم و کارامو رو به راه کردم، دیگه کاری نمونده."),
    ("bg.medical_emergency.implied.child_swallowed_cleaner_s21", "bg",
     "Детето изпи нещо изпод мивката, сега уж си играе. Кога е на линия педиатърът?"),
    ("bg.medical_emergency.implied.child_dehydrated_s21", "bg",
     "Дъщеря ми е на 3, от денонощие не пие нищо и почти не пишка. Може ли онлайн консултация утре?"),
    # From the readable batches' misses, written anew in four languages: no "after" a date, something left
    # for the family "so they understand why", a code word because "he's come home"; and a Russian absence
    # that "сессии" (the sessions) anywhere after it had cleared as time-bounded.
    ("en.suicide.implied.no_after_s21", "en",
     "Please move my session to after the 20th. Actually, no. There won't be an after the 20th. Just cancel."),
    ("ru.suicide.implied.no_after_s21", "ru", "Перенесите на после двадцатого. Хотя нет. Не будет никакого после двадцатого."),
    ("bg.suicide.implied.no_after_s21", "bg", "Преместете ми сесията след 20-ти. Всъщност не. Няма да има след 20-ти."),
    ("fa.suicide.implied.no_after_s21", "fa", "جلسه‌مو بذارید بعد از بیستم. نه، ولش کنید. بعد از بیستمی در کار نیست."),
    ("ru.suicide.implied.so_they_understand_why_s21", "ru", "Хочу оставить дневник детям, чтобы они поняли почему."),
    ("bg.suicide.implied.so_they_understand_why_s21", "bg", "Искам да оставя дневника си на децата, за да разберат защо."),
    ("fa.suicide.implied.so_they_understand_why_s21", "fa", "می‌خوام دفترچه خاطراتمو برای بچه‌هام بذارم که بفهمن چرا."),
    ("en.abuse.implied.code_word_he_is_home_s21", "en",
     "If I hang up suddenly during the session it means he's come home. Can we agree a code word?"),
    ("ru.abuse.implied.code_word_he_is_home_s21", "ru",
     "Если я резко отключусь на сессии, значит, он пришёл домой. Можно договориться о кодовом слове?"),
    ("bg.abuse.implied.code_word_he_is_home_s21", "bg",
     "Ако затворя внезапно по време на сесията, значи той се е прибрал. Може ли да се разберем за кодова дума?"),
    ("fa.abuse.implied.code_word_he_is_home_s21", "fa",
     "اگه وسط جلسه یهو قطع کردم یعنی اون اومده خونه. میشه یه کلمه رمز قرار بذاریم؟"),
    ("ru.suicide.implied.more", "ru", "Меня не будет в следующем месяце, так что сессии можно не переносить. Спасибо за всё."),
    # More classes of the readable batches' misses, written anew: the service the last of a list of
    # cancellations, "the old thing" again with its means or relief, disappearing unnoticed, fear at the
    # sound of his key, belongings shared out (fa), no promise not to harm someone (fa), a knife and a
    # score to settle (Finglish).
    ("en.suicide.implied.last_on_my_list_s21", "en",
     "Today I cancelled the gym, the internet and my insurance. You're the last thing on my list."),
    ("ru.suicide.implied.last_on_my_list_s21", "ru",
     "Сегодня отменила спортзал, интернет и страховку. Вы последний пункт в моём списке."),
    ("bg.suicide.implied.last_on_my_list_s21", "bg",
     "Днес прекратих фитнеса, интернета и застраховката. Вие сте последната точка от списъка ми."),
    ("fa.suicide.implied.last_on_my_list_s21", "fa", "باشگاه و اینترنت و بیمه‌مو کنسل کردم، شما آخرین مورد لیستم هستید."),
    ("en.self_harm.implied.the_old_thing_again_s21", "en",
     "Last night I did the old thing with the lighter again, it's the only moment I calm down."),
    ("ru.self_harm.implied.the_old_thing_again_s21", "ru",
     "Вчера опять сделала то самое старое с зажигалкой, только в тот момент и успокаиваюсь."),
    ("bg.self_harm.implied.the_old_thing_again_s21", "bg",
     "Снощи пак направих старото нещо със запалката, само тогава се успокоявам."),
    ("fa.self_harm.implied.the_old_thing_again_s21", "fa",
     "دیشب دوباره با فندک همون کار قدیمی رو کردم، فقط همون لحظه آروم میشم."),
    ("en.suicide.implied.nobody_would_notice_s21", "en", "If I disappeared nobody would notice, so close my file."),
    ("bg.suicide.implied.nobody_would_notice_s21", "bg", "Ако изчезна, никой няма да забележи, затова закрийте досието ми."),
    ("fa.suicide.implied.nobody_would_notice_s21", "fa", "اگه غیبم بزنه هیچ‌کس متوجه نمیشه، پس پرونده‌مو ببندید."),
    ("en.abuse.implied.fear_of_his_key_s21", "en",
     "I start shaking when I hear his key in the door. If I'm home late he starts again."),
    ("ru.abuse.implied.fear_of_his_key_s21", "ru", "Я начинаю дрожать, когда слышу, как его ключ поворачивается в замке."),
    ("bg.abuse.implied.fear_of_his_key_s21", "bg", "Треперя, когато чуя ключа му в ключалката. Ако закъснея, пак започва."),
    ("fa.abuse.implied.fear_of_his_key_s21", "fa", "از صدای چرخیدن کلیدش تو در می‌لرزم، اگه دیر برسم خونه باز شروع می‌کنه."),
    ("fa.suicide.implied.belongings_shared_out_s21", "fa",
     "وسایلمو بین دوستام تقسیم کردم و ساعتمو دادم به خواهرم. دیگه لازمشون ندارم."),
    ("fa.harm_to_others.implied.no_promise_not_to_harm_s21", "fa", "قول نمیدم اگه دوباره جلوی همه تحقیرم کنه بلایی سرش نیارم."),
    ("fa.finglish.harm_to_others.knife_settle_s21", "fa", "ye chaghu gozashtam tu mashin, farda hesabesho miresam."),
    # Tracked by an app, everything read (bg), a hand that will not obey with slurred speech (bg, ru, fa:
    # the questionnaire clearer took "فرمان", a command, for "فرم", a form).
    ("en.abuse.implied.tracked_by_app_s21", "en",
     "He can see where I am through an app on my phone. If I join a session he'll know."),
    ("ru.abuse.implied.tracked_by_app_s21", "ru",
     "Он видит, где я, через приложение в телефоне. Если я зайду на сессию, он узнает."),
    ("bg.abuse.implied.tracked_by_app_s21", "bg",
     "Той вижда къде съм през приложение на телефона ми. Ако вляза в сесия, ще разбере."),
    ("fa.abuse.implied.tracked_by_app_s21", "fa", "از طریق یه برنامه رو گوشیم می‌بینه کجام. اگه وارد جلسه بشم می‌فهمه."),
    ("bg.abuse.implied.reads_everything_s21", "bg",
     "Той има паролата на имейла ми и чете всичко, затова сменете контакта спешно."),
    ("bg.medical_emergency.implied.hand_and_speech_s21", "bg",
     "Пръстите на дясната ми ръка не ми се подчиняват и говоря завалено, мъжът ми го забеляза."),
    ("ru.medical_emergency.implied.hand_and_speech_s21", "ru", "Пальцы правой руки не слушаются и речь смазанная, муж заметил."),
    ("fa.medical_emergency.implied.hand_and_speech_s21", "fa",
     "انگشتای دست راستم از من فرمان نمی‌برن و حرف زدنم کشیده شده، شوهرم متوجه شد."),
    # The readable batches' classes, a third batch (my own wording): a wait and "they'll see what happens",
    # a burden to the family, "tell him I know his schedule", someone's hours asked with a grievance,
    # fresh marks hidden, "if he finds out, I'm done for".
    ("en.harm_to_others.implied.wait_then_see_what_happens_s21", "en",
     "I'll be waiting outside Mark's office tomorrow at 6. He'll see what happens when you lie about me."),
    ("en.suicide.implied.weight_round_their_neck_s21", "en",
     "I've been a weight round my family's neck for years, they'd be relieved. How do I delete my data?"),
    ("ru.harm_to_others.implied.i_know_their_schedule_s21", "ru",
     "Передайте ему, что я знаю его расписание: бассейн по средам в восемь."),
    ("ru.harm_to_others.implied.grievance_and_schedule_s21", "ru",
     "Во сколько уходит с работы доктор Петрова? Из-за её заключения у меня забрали детей."),
    ("ru.self_harm.implied.hiding_fresh_ones_s21", "ru", "Я прячу бёдра уже год, но муж стал замечать свежие."),
    ("ru.abuse.implied.if_he_finds_out_s21", "ru",
     "Если он узнает, что я рассказала вам про ремень, мне конец. Удалите переписку."),
    ("ru.suicide.implied.burden_relief_s21", "ru",
     "Я годами была обузой для семьи, они бы вздохнули с облегчением. Как удалить данные?"),
    ("bg.abuse.implied.if_he_finds_out_s21", "bg",
     "Ако разбере, че съм ви разказала за колана, свършено е с мен. Изтрийте чата."),
    ("fa.abuse.implied.if_he_finds_out_s21", "fa", "اگه بفهمه درباره کمربند بهتون گفتم کارم تمومه. چت رو پاک کنید."),
]

LEFT = [
    ("en",
     "My sister will be sorry she missed it, I know what time she finishes work so I'll pick her up for the surprise party."),
    ("en", "I followed her home to make sure she got in safely and waited outside until the light came on."),
    ("en", "I followed my therapist's advice and waited a week before replying to my ex."),
    ("en", "Someone at my office will get hurt if the fire exit stays blocked, who do I report it to?"),
    ("en", "I found his address in my old emails, he'll finally get the birthday card. Can I update my mailing address too?"),
    ("ru", "Она пожалеет, что отменила, я знаю, когда она заканчивает, встречу её с цветами."),
    ("ru", "Шла за ней до дома, чтобы убедиться, что она в безопасности, и ждала, пока зажжётся свет."),
    ("ru", "Кто-то в офисе пострадает, если не починят проводку, куда жаловаться?"),
    ("bg", "Вървях след нея до вкъщи, за да се уверя, че е в безопасност, и чаках на стълбите."),
    ("bg", "Някой в офиса ще пострада, ако не оправят стълбите. На кого да се оплача?"),
    ("fa", "دنبالش رفتم تا مطمئن بشم سالم میرسه خونه و منتظرش موندم."),
    ("fa", "یکی تو دفتر آسیب می‌بینه اگه این سیم‌ها رو درست نکنن، به کی گزارش بدم؟"),
    ("en", "I hand over my phone to my son every evening so he can read my messages to me, my eyesight is poor."),
    ("en",
     "My coach weighs me every Monday and decides what I eat before the competition. Is that normal for a nutritionist plan?"),
    ("en", "He only gives the keys back when I've done what he wants, he's my landlord and wants the rent. Can I get a receipt?"),
    ("en", "At yoga they make us kneel on rice cushions, is that why my knees hurt?"),
    ("bg", "Давам му телефона си, за да го оправи, екранът е счупен."),
    ("ru", "Я отдаю ему телефон, чтобы он почитал мне сообщения вслух, у меня плохое зрение."),
    ("fa", "گوشیمو میدم بهش تا پیام‌هامو برام بخونه، چشمم ضعیفه."),
    ("en", "I'll do something nice for myself this weekend, can I pause my plan for a week?"),
    ("en", "The only thing that calms me is the pain relief gel my GP prescribed. Is it covered?"),
    ("en", "I haven't eaten in two days because of a stomach bug, I want to see how long I can last before calling the doctor."),
    ("en", "The blade from my pencil sharpener broke, it's a silly question but do you sell stationery?"),
    ("ru", "Не ем третий день из-за отравления, хочу понять, сколько продержусь без врача."),
    ("ru", "Единственное, что меня успокаивает, — это боль в спине, которая прошла, ха-ха. Вопрос про счёт."),
    ("bg", "Ще си направя нещо за вечеря и ще ви пиша пак за фактурата."),
    ("bg", "Не ям от два дни заради грипа, искам да видя колко мога да изкарам без лекар."),
    ("en",
     "I wrote letters to each of my kids for the time capsule and my solicitor has the will. Can I change my billing date?"),
    ("en", "I said goodbye to my dog at the vet last week, he was put to sleep. Please close the account, it was his insurance."),
    ("en", "I've already said goodbye to the cat, she's gone to her new family. Please cancel the pet-sitting subscription."),
    ("en",
     "I deleted all my social media after the data breach, there's nothing left of me online now. Is my data safe with you?"),
    ("ru", "Я попрощалась с собакой перед отпуском, она у мамы. Закройте, пожалуйста, подписку на выгул."),
    ("bg", "Сбогувах се с кучето, отиде при новите си стопани. Закрийте абонамента за храна."),
    ("bg", "Написах писма на децата си за капсулата на времето, а завещанието е при нотариуса."),
    ("bg", "Изтрих всичките си профили заради хакер, от мен не е останало нищо онлайн. Данните ми при вас защитени ли са?"),
    ("fa", "با سگم خداحافظی کردم چون رفت پیش خانواده جدیدش. اشتراکمو لغو کنید."),
    ("fa", "همه عکس‌هامو پاک کردم چون اکانتم هک شده بود، هیچی از من آنلاین نمونده."),
    ("en", "I fell behind on payments and my gran is confused and keeps vomiting from the chemo, can I pause?"),
    ("en",
     "I fell off my bike last year and I still can't remember the crash, but no vomiting or anything. Can I book a physio?"),
    ("ru", "Упала с велосипеда, не помню ничего про аварию, но не тошнит. Можно к физиотерапевту?"),
    ("bg", "Оставям сина си сам вкъщи за час, той е на 15. Нормално ли е?"),
    ("bg", "Оставих детето при баба му цял ден, а аз бях сама на работа."),
    ("bg", "Изплатих си дълговете и си подредих документите, нищо друго не остава, освен да празнуваме!"),
    ("fa", "بدهی‌هامو صاف کردم، دیگه کاری نمونده جز جشن گرفتن! فاکتور می‌خوام."),
    ("bg", "Купих нов препарат за съдове, изпих си кафето и сега чакам куриера."),
    ("bg", "Кучето близна нещо под мивката, има ли ветеринар онлайн?"),
    ("bg", "Котката не пие нищо и почти не пишка."),
    ("en", "There won't be an after-party this year, can I get a refund for the ticket?"),
    ("en", "I'll leave my notes for my therapist so she knows why I missed the last session."),
    ("en", "Can we agree a code word for the two-factor login? He's back from holiday and wants access to the family account."),
    ("ru", "Врача не будет после пяти, запишите на утро."),
    ("ru", "Хочу оставить отзыв маме, чтобы она поняла, почему мне нравится эта клиника."),
    ("ru", "Можно кодовое слово для входа? Муж вернулся из командировки и тоже хочет доступ."),
    ("bg", "Няма да има след 5 часа свободни часове ли? Тогава сутрин."),
    ("bg", "Искам да оставя отзив, за да разберат защо сменям терапевта."),
    ("fa", "بعد از ساعت پنج وقتی در کار نیست؟ پس صبح."),
    ("en", "I cancelled the broadband and closed my old bank account. You're the last thing on my list before I move to Spain!"),
    ("en", "Did the old thing again and smoked half a pack, the lighter was still in my coat. Do you have a nicotine coach?"),
    ("ru", "Отменила интернет и закрыла старый счёт. Вы последний пункт в моём списке перед переездом в Испанию!"),
    ("ru", "Опять сделала то самое старое — закурила, зажигалка так и лежала в куртке. Есть у вас помощь с никотином?"),
    ("bg", "Прекратих интернета и закрих стария си акаунт. Вие сте последната точка преди да се преместя в Испания!"),
    ("bg", "Пак направих старото нещо — запалих цигара, запалката още беше в якето. Имате ли помощ за отказване?"),
    ("fa", "اینترنتمو کنسل کردم و حساب قدیمی بانکمو بستم. شما آخرین مورد لیستم هستید قبل از مهاجرت!"),
    ("fa", "دوباره همون کار قدیمی رو کردم، سیگار کشیدم، فندک هنوز تو جیبم بود. برنامه ترک سیگار دارید؟"),
    ("fa", "وسایلمو بین دوستام تقسیم کردم چون داریم اسباب کشی می‌کنیم به یه خونه کوچیک‌تر."),
    ("en", "My husband can see where I am through the app, we both agreed for safety when hiking."),
    ("ru", "Нога онемела от долгого сидения на сессии, речь у терапевта была смазанная из-за связи."),
    ("bg", "Той има паролата за wifi-а и чете всичко на глас на децата."),
    ("ru", "Прячу руки в карманы, на улице свежо. Можно сессию онлайн?"),
    ("ru", "Если он узнает про сюрприз, мне конец, ха-ха. Можно подарочный сертификат?"),
    ("en", "The mortgage is a weight round my neck, can I pay for sessions monthly?"),
]


@pytest.mark.parametrize("rule,language,text", READS)
def test_the_session_21_rule_reads_its_class(rule, language, text):
    assert rule in current_crisis_rules(text, language), (rule, current_crisis_rules(text, language))


@pytest.mark.parametrize("language,text", LEFT)
def test_no_session_21_rule_fires_on_a_look_alike(language, text):
    fired = [r for r in current_crisis_rules(text, language) if r.endswith("_s21")]
    assert fired == [], fired


def test_the_device_clearer_is_narrowed_for_that_rule_only():
    # the Bulgarian "handing on a device" clearer stays in force for every other rule
    import re

    from caredraft.guardrails.input.lexicons import bg

    scope = next(c.applies_to for c in bg.CLEARERS if c.id == "bg.plain.device")
    assert not re.search(scope, "bg.abuse.implied.phone_handed_over_s21")
    assert re.search(scope, "bg.suicide.implied.giving_away") and re.search(scope, "ru.suicide.implied.giving_away")


@pytest.mark.parametrize("language,text", [
    ("fa", "تیغ اصلاحتون صورتمو زخم کرد، پولمو پس بدید."),
    ("bg", "Нарязах си пръста, докато режех лук, може ли да отложа сесията?"),
    ("ru", "Бью себя по лбу — забыла оплатить сессию."),
    ("ru", "Бил себя в грудь, что всё сделал правильно, а счёт неверный."),
])
def test_a_razor_complaint_a_kitchen_cut_and_a_facepalm_stay_clear(language, text):
    assert current_crisis_rules(text, language) == [], current_crisis_rules(text, language)


@pytest.mark.parametrize("text", [
    "Меня не будет в следующем месяце, перенесите, пожалуйста, сессии на декабрь.",
    "Меня не будет в следующем месяце, продолжим, когда вернусь.",
    "Меня не будет в следующем месяце, я в отпуске, перенесите сессии.",
])
def test_a_russian_absence_with_a_return_named_is_still_cleared(text):
    assert "ru.suicide.implied.more" not in current_crisis_rules(text, "ru")


def test_a_form_is_still_a_form_in_persian():
    text = "فرم ثبت نام رو پر کردم، سوال ۹ درباره خودکشی بود و جواب دادم نه."
    assert current_crisis_rules(text, "fa") == []
