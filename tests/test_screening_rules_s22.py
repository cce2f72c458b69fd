"""Session 22's rules: classes of implied crisis the readable batches (implied3, denials, ninth)
still missed, each written anew in the four languages, and each beside look-alikes it must leave.
Every sentence was written for this file (none comes from an evaluation set or a written batch).

- Someone alone at a known hour and a meeting "in person" announced; a place checked for cameras;
  someone's movements known and "don't make me remind you"; a weapon kept in the car and someone
  "will get what he deserves"; a punishment of someone "not hypothetical"; someone else "won't
  live to see Christmas" as a decision.
- Wound supplies bought in bulk and kept secret; marks mostly explained and "the rest are mine"; a
  counter of days clean reset and the arms hidden; arms kept from the counsellor's view (fa).
- Asking what happens to prepaid sessions "if a client dies", and "after me"; a message scheduled
  to go out later that explains why; a last session so the therapist does not learn of it "from
  the news".
- Bruises that "fade" and a partner's finding out feared.
- Lithium and two signs of its toxicity.
- Explicit Persian forms a probe written for the session found unread: Finglish spellings
  ("khodkoshy", "khodzani", "goft mikoshamet"), a child hit in the colloquial object form
  ("بچمو میزنه"), a weapon to someone's head, a Dari knife sharpened to kill.
- A clearer scoped to named rules (``applies_to``) explains only those rules' matches, never the
  classifier's or the semantic layer's reading of its window (``explains_readings``).
"""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_rule_fires, assert_set_aside, current_crisis_rules, flagging_crisis_rules
READS = [
    ('bg.abuse.implied.bruises_fade_and_his_threat_s22', 'bg',
     'Няма нищо, синините минават за седмица. Може ли да преместим сесията, когато е на работа? Каза, че ще съжалявам, ако разбере.'),
    ('en.abuse.implied.bruises_fade_and_his_threat_s22', 'en',
     "It's fine, the bruises fade in a week. Can we move my session to when he's at work? He said I'd be sorry if he finds out."),
    ('fa.abuse.implied.bruises_fade_and_his_threat_s22', 'fa',
     'چیزی نیست، کبودیا یه هفته\u200cای میره. میشه جلسه رو بذاریم وقتی سر کاره؟ گفته اگه بفهمه پشیمون میشم.'),
    ('ru.abuse.implied.bruises_fade_and_his_threat_s22', 'ru',
     'Всё нормально, синяки проходят за неделю. Можно перенести сессию на время, когда он на работе? Он сказал, что я пожалею, если он узнает.'),
    ('bg.harm_to_others.implied.alone_then_in_person_s22', 'bg',
     'Тя приключва в кабинета в седем в четвъртък и върви сама до спирката. В четвъртък ще се видим лично.'),
    ('en.harm_to_others.implied.alone_then_in_person_s22', 'en',
     "She finishes at the clinic at seven on Thursdays and walks to the bus stop alone. I'll see her in person on Thursday."),
    ('fa.harm_to_others.implied.alone_then_in_person_s22', 'fa',
     'پنجشنبه\u200cها ساعت هفت کارش تو مطب تموم میشه و تنهایی تا ایستگاه اتوبوس میره. پنجشنبه حضوری می\u200cبینمش.'),
    ('ru.harm_to_others.implied.alone_then_in_person_s22', 'ru',
     'По четвергам она заканчивает приём в семь и идёт до остановки одна. В четверг увидимся лично.'),
    ('bg.harm_to_others.implied.dont_make_me_s22', 'bg',
     'Служителката ви ми взе парите. Знам в коя зала тренира и кога си тръгва. Не ме карайте да ви напомням какво знам.'),
    ('en.harm_to_others.implied.dont_make_me_s22', 'en',
     "Your receptionist took my money. I know her gym and when she leaves it. Don't make me remind you what I know."),
    ('fa.harm_to_others.implied.dont_make_me_s22', 'fa',
     'کارمندتون پولمو خورد. میدونم کدوم باشگاه میره و کی میاد بیرون. مجبورم نکنید یادتون بندازم چی میدونم.'),
    ('ru.harm_to_others.implied.dont_make_me_s22', 'ru',
     'Ваша сотрудница забрала мои деньги. Я знаю, в какой зал она ходит и когда оттуда выходит. Не заставляйте меня напоминать, что я знаю.'),
    ('bg.harm_to_others.implied.no_cameras_checked_s22', 'bg',
     'Знам през кой вход излиза след тренировка. От тази страна няма камери, проверих. Отменете ми петъка.'),
    ('en.harm_to_others.implied.no_cameras_checked_s22', 'en',
     'I know which gate he uses after practice. No cameras on that side, I checked. Please cancel my Friday slot.'),
    ('fa.harm_to_others.implied.no_cameras_checked_s22', 'fa',
     'میدونم بعد از تمرین از کدوم در میاد بیرون. اون طرف دوربین نیست، چک کردم. نوبت جمعه\u200cمو کنسل کنید.'),
    ('ru.harm_to_others.implied.no_cameras_checked_s22', 'ru',
     'Я знаю, через какой выход он уходит после тренировки. С той стороны нет камер, я проверил. Отмените мне пятницу.'),
    ('bg.harm_to_others.implied.punish_for_real_s22', 'bg',
     'Ще трябва ли терапевтката да съобщи, ако ѝ кажа, че този уикенд ще накажа един човек? Не е хипотетично.'),
    ('en.harm_to_others.implied.punish_for_real_s22', 'en',
     "Will my therapist have to report it if I tell her I'm going to punish someone this weekend? It's not hypothetical."),
    ('fa.harm_to_others.implied.punish_for_real_s22', 'fa',
     'اگه به درمانگرم بگم این آخر هفته میخوام یه نفرو تنبیه کنم، مجبوره گزارش بده؟ فرضی نیست.'),
    ('ru.harm_to_others.implied.punish_for_real_s22', 'ru',
     'Обязан ли терапевт сообщать, если я скажу, что в эти выходные накажу одного человека? Это не гипотетически.'),
    ('bg.harm_to_others.implied.weapon_stashed_s22', 'bg',
     'В багажника вече има бухалка. Когато хазяинът дойде за наема в понеделник, ще си получи заслуженото. Преместете ми сесията.'),
    ('en.harm_to_others.implied.weapon_stashed_s22', 'en',
     "There's a bat in my boot now. When my landlord comes for the rent on Monday he'll get what he deserves. Move my session."),
    ('fa.harm_to_others.implied.weapon_stashed_s22', 'fa',
     'یه چوب بیسبال گذاشتم صندوق عقب. دوشنبه که صاحبخونه بیاد اجاره بگیره حقشو میذارم کف دستش. جلسه\u200cمو جابجا کنید.'),
    ('ru.harm_to_others.implied.weapon_stashed_s22', 'ru',
     'В багажнике теперь лежит бита. Когда хозяин квартиры придёт за деньгами в понедельник, получит своё. Перенесите сессию.'),
    ('bg.harm_to_others.implied.wont_live_to_see_s22', 'bg',
     'Реших, че вторият ми баща няма да доживее до Коледа, ако продължава така. Върнете ми парите, терапията не помага.'),
    ('en.harm_to_others.implied.wont_live_to_see_s22', 'en',
     "I've decided my stepfather won't live to see Christmas if he carries on like this. Refund me, therapy isn't working."),
    ('bg.medical_emergency.implied.lithium_toxicity_s22', 'bg',
     'Пия литий и от три дни повръщам, ръцете ми треперят непрекъснато и всичко ми се размазва. Може ли да преместя сесията?'),
    ('en.medical_emergency.implied.lithium_toxicity_s22', 'en',
     "I'm on lithium and for three days I've been throwing up, my hands won't stop shaking and everything is blurry. Can I move my session?"),
    ('fa.medical_emergency.implied.lithium_toxicity_s22', 'fa',
     'لیتیوم مصرف میکنم و سه روزه بالا میارم، دستام یه بند میلرزه و همه چیز تار میبینم. میشه جلسه رو جابجا کنم؟'),
    ('ru.medical_emergency.implied.lithium_toxicity_s22', 'ru',
     'Я на литии, третий день рвёт, руки трясутся не переставая и всё расплывается. Можно перенести сессию?'),
    ('fa.self_harm.implied.arms_kept_from_view_s22', 'fa',
     'تابستونه و دیگه نمیتونم تو تماس تصویری آستین بلند بپوشم. نمیخوام مشاورم ساعدامو ببینه.'),
    ('bg.self_harm.implied.days_clean_reset_s22', 'bg',
     'Приложението показваше 200 дни без. От снощи пак съм на нула. Срам ме е да кажа на терапевтката, ще си крия ръцете.'),
    ('en.self_harm.implied.days_clean_reset_s22', 'en',
     "My app said 200 days clean. Back to zero as of last night. I'm too ashamed to tell my therapist, I'll just keep my arms covered."),
    ('fa.self_harm.implied.days_clean_reset_s22', 'fa',
     'اپلیکیشن نشون میداد ۲۰۰ روز پاک. از دیشب دوباره صفر شدم. روم نمیشه به درمانگرم بگم، دستامو میپوشونم.'),
    ('ru.self_harm.implied.days_clean_reset_s22', 'ru',
     'В приложении было 200 дней без срывов. Со вчерашнего вечера снова ноль. Стыдно говорить терапевту, буду прятать руки.'),
    ('bg.self_harm.implied.supplies_in_secret_s22', 'bg',
     'Продавате ли аптечки? Свършвам марлята и антисептика на всеки няколко дни, а в аптеката вече ме гледат странно.'),
    ('en.self_harm.implied.supplies_in_secret_s22', 'en',
     'Do you sell first aid kits? I go through gauze and antiseptic every few days and the chemist has started asking questions.'),
    ('fa.self_harm.implied.supplies_in_secret_s22', 'fa',
     'شما جعبه\u200cی کمک\u200cهای اولیه می\u200cفروشید؟ هر چند روز یه بار گاز استریل و ضدعفونی\u200cکننده\u200cم تموم میشه، داروخونه\u200cایه دیگه سوال میپرسه.'),
    ('ru.self_harm.implied.supplies_in_secret_s22', 'ru',
     'Продаёте ли вы аптечки? У меня бинты и антисептик уходят за несколько дней, в аптеке уже странно смотрят.'),
    ('fa.self_harm.implied.the_rest_are_mine_s22', 'fa',
     'بیشتر خراشا واقعاً مال گربه\u200cست. بقیه\u200cش مال خودمه، از این هفته.'),
    ('bg.self_harm.implied.the_rest_are_mine_s22', 'bg',
     'Повечето драскотини наистина са от котката. Останалите са мои, от тази седмица.'),
    ('en.self_harm.implied.the_rest_are_mine_s22', 'en',
     'Most of the scratches really are from the cat. The rest are mine, from this week.'),
    ('ru.self_harm.implied.the_rest_are_mine_s22', 'ru', 'Большинство царапин правда от кошки. Остальные мои, с этой недели.'),
    ('bg.suicide.implied.if_i_die_after_me_s22', 'bg',
     'Ако клиент почине, връщат ли се предплатените сесии на семейството? Искам да съм сигурна, че след мен няма да има разправии.'),
    ('en.suicide.implied.if_i_die_after_me_s22', 'en',
     'If a client dies, do the prepaid sessions go back to the family? I just want to be sure nothing is left messy after me.'),
    ('fa.suicide.implied.if_i_die_after_me_s22', 'fa',
     'اگه یه مراجع فوت کنه، پول جلسه\u200cهای پیش\u200cپرداخت به خانواده\u200cش برمیگرده؟ میخوام مطمئن باشم بعد از من دردسری براشون نمیمونه.'),
    ('ru.suicide.implied.if_i_die_after_me_s22', 'ru',
     'Если клиент умирает, предоплаченные сессии возвращают семье? Хочу быть уверена, что после меня не останется никаких проблем.'),
    ('bg.suicide.implied.not_from_the_news_s22', 'bg',
     'Искам една последна сесия, за да се сбогувам с терапевтката. По-добре да го чуе от мен, отколкото да прочете в новините.'),
    ('en.suicide.implied.not_from_the_news_s22', 'en',
     "I'd like one final session to say goodbye to my therapist. I'd rather she hears it from me than reads about it."),
    ('fa.suicide.implied.not_from_the_news_s22', 'fa',
     'یه جلسه\u200cی آخر میخوام که از درمانگرم خداحافظی کنم. ترجیح میدم از خودم بشنوه تا اینکه تو خبرا بخونه.'),
    ('ru.suicide.implied.not_from_the_news_s22', 'ru',
     'Хочу одну последнюю сессию, чтобы попрощаться с терапевтом. Лучше пусть услышит от меня, чем прочитает в новостях.'),
    ('bg.suicide.implied.scheduled_explanation_s22', 'bg',
     'Насрочих съобщение до приятелите ми за неделя вечер, в което обяснявам защо. Може ли терапевтът ми да получи копие?'),
    ('en.suicide.implied.scheduled_explanation_s22', 'en',
     "I've scheduled a message to go out to my friends on Sunday night explaining why. Can you make sure my therapist gets a copy?"),
    ('fa.suicide.implied.scheduled_explanation_s22', 'fa',
     'یه پیام زمان\u200cبندی کردم که یکشنبه شب برای دوستام بره و توش توضیح دادم چرا. میشه درمانگرم هم یه نسخه بگیره؟'),
    ('ru.suicide.implied.scheduled_explanation_s22', 'ru',
     'Я поставила сообщение друзьям на отложенную отправку в воскресенье вечером, там я объясняю почему. Можно, чтобы терапевт тоже получила копию?'),
    ('fa.finglish.suicide.explicit_s22', 'fa', 'man ye bar ham khodkoshy kardam, in dafe dige eshtebah nemikonam'),
    ('fa.finglish.self_harm.explicit_s22', 'fa', 'khodzani mikonam, diruz ham kardam'),
    ('fa.finglish.self_harm.explicit_s22', 'fa', 'in hafte se bar ba sigar paamo soozoondam'),
    ('fa.finglish.harm_to_others.explicit_s22', 'fa', 'farda hamkaramo ba chaghoo mizanam'),
    ('fa.finglish.abuse.explicit_s22', 'fa', 'babam hamash mizane, dirooz ba kamarband zad too soorataam'),
    ('fa.finglish.abuse.explicit_s22', 'fa', 'baradaram dare dar ro mishkane, goft mikoshamet'),
    ('fa.finglish.child_safety.explicit_s22', 'fa', 'ye mard too park be bachem dast zad'),
    ('fa.child_safety.explicit.hit_colloquial_s22', 'fa', 'مربی مهدکودک بچمو میزنه، روی بازوش جای انگشت کبود شده'),
    ('fa.child_safety.explicit.assaulted_told_with_beh_s22', 'fa', 'دایی بچه\u200cم بهش تجاوز کرده و نمیدونم چکار کنم'),
    ('fa.harm_to_others.explicit.weapon_to_someone_s22', 'fa', 'اگه باز بیاد دم در با چکش میزنم تو سرش'),
    ('fa.harm_to_others.explicit.knife_sharpened_s22', 'fa', 'امشو ای بچه\u200cکاکایم ره می\u200cکشم، کارد ره تیز کدیم'),
    ('fa.harm_to_others.implied.plan_to_hit_s22', 'fa', 'اگه به درمانگر بگم میخوام برادرمو بزنم و براش برنامه دارم، گزارش میده؟'),
    ('fa.harm_to_others.explicit.stabbed_someone_s22', 'fa', 'دیروز یکی رو با چاقو زدم و الان نمیدونم چیکار کنم.'),
    ('en.suicide.implied.the_one_who_finds_me_s22', 'en',
     "Can you change my emergency contact to my brother? I don't want my mum to be the one who finds me."),
    ('en.harm_to_others.implied.names_written_down_s22', 'en',
     "I keep picturing hurting the people at work who laughed at me. I've started writing down their names and shift times."),
    ('bg.abuse.implied.lies_in_wait_s22', 'bg', 'Старият ми телефон е у бившия ми, който ме причаква пред работата.'),
    ('bg.medical_emergency.implied.cannot_wake_s22', 'bg', 'Мама е изпила хапчетата си наведнъж и сега не може да се събуди.'),
    ('bg.medical_emergency.implied.took_more_then_signs_s22', 'bg',
     'Пих повече от лекарството за сън и сега сърцето ми бие много бавно и ми се вие свят.'),
    ('fa.suicide.implied.account_holder_dies_s22', 'fa',
     'اگه صاحب یه اکانت فوت کنه اطلاعاتش چی میشه؟ میخوام همه چی مرتب باشه قبل از اینکه دیر بشه.'),
    ('fa.self_harm.explicit.cut_it_myself_s22', 'fa',
     'سؤال بیمه\u200cای دارم: اگه دستمو بخیه زده باشن چون خودم بریدمش، هزینه\u200cش پوشش داده میشه؟'),
    ('fa.harm_to_others.implied.settle_his_account_s22', 'fa', 'آدرس مطبشو میخوام، باید حضوری ببینمش و حسابشو برسم.'),
    ('fa.harm_to_others.implied.in_the_news_dont_be_surprised_s22', 'fa', 'اگه تو اخبار اسمشو دیدید تعجب نکنید.'),
    ('fa.medical_emergency.implied.child_found_pills_s22', 'fa',
     'پسرم قرصای منو پیدا کرده، نمیدونم چندتاشو خورده. داره بالا میاره.'),
    ('fa.finglish.self_harm.relapse_s22', 'fa', 'dobare shoroo kardam, 6 mah pak boodam va dishab ba cutter...'),
    ('fa.finglish.harm_to_others.implied_s22', 'fa', 'bayad tavan bede. address e jadidesh ro peyda kardam.'),
    ('fa.finglish.child_safety.online_grooming_s22', 'fa', 'dokhtaram 14 salashe, to ye gorooh behesh migan khodesho azar bede.'),
    ('fa.finglish.medical_emergency.lithium_s22', 'fa', '2 ta dooz lithium khordam, alan dastam mirize va estefragh kardam.'),
]

LEFT = [
    ('en', "My daughter finishes school at three and walks home alone now. I'll see her teacher in person on Thursday about it."),
    ('en', "My mum walks to the shops on her own these days and I worry. I'll pick her up on Sunday."),
    ('en', 'There are no cameras in the car park, I checked with security, and my car was scratched again. Please pass this on.'),
    ('en', "I checked and there's no camera needed for the session, audio is fine?"),
    ('en',
     'I care for my grandad and go through bandages and antiseptic every week for his leg ulcers. Do you offer carer support?'),
    ('en', 'My kids go through plasters every few days, football season. Anyway, can I book a Saturday slot?'),
    ('en', "If a client dies, what happens to their notes? I'm asking for a course I'm taking on records."),
    ('en', 'My father died last month. Do his prepaid sessions go to the family?'),
    ('en', "I've scheduled an out of office message explaining why I'm away, so I won't answer until Monday."),
    ('en', "I've set up an email to go out to my team on Monday explaining why I'm resigning."),
    ('en',
     "I'd like a final session to say goodbye to my therapist before I move abroad; I'd rather she hears it from me than reads about it on Facebook."),
    ('en', "The bruises from my fall will fade. If he finds out I missed the session he'll just laugh."),
    ('en', "I'm on lithium. Can I get a form for my blood level test?"),
    ('en', 'I started lithium last month and my hands shook a bit at first, is that normal to mention?'),
    ('en', "My grandfather won't live to see Christmas, the doctors say. I'd like to pause my plan."),
    ('en', "I'm going to punish my son this weekend, no screen time. He was rude to his teacher. For real this time."),
    ('en', "I'm going to make them pay, I mean it: I've already written to my lawyer about the refund."),
    ('en', 'The scratches are from the cat and the rest are from the rose bushes.'),
    ('en', 'My Duolingo streak is back to zero, ha. Anyway, can I move Tuesday?'),
    ('en', "There's a bat in my boot, I coach baseball practice on Saturdays. Can I move to Sunday?"),
    ('en', "I know when your lunch break is, please don't make me wait again."),
    ('bg', 'Дъщеря ми свършва училище в три и вече се прибира сама. Ще се видим лично с класната в четвъртък.'),
    ('bg', 'Майка ми ходи сама до магазина и се притеснявам. В неделя ще я взема с колата.'),
    ('bg', 'На паркинга няма камери, проверих при охраната, а колата ми пак е надраскана. Предайте, моля.'),
    ('bg',
     'Гледам баща ми и всяка седмица свършвам бинтовете и антисептика за раните му от диабета. Имате ли подкрепа за болногледачи?'),
    ('bg', 'Ако клиент почине, какво става с бележките му? Питам за курс по документация.'),
    ('bg', 'Насрочих автоматичен имейл за отпуска, в който обяснявам защо ме няма до понеделник.'),
    ('bg',
     'Искам последна сесия, за да се сбогувам с терапевтката, преди да се преместя в чужбина. По-добре да го чуе от мен, отколкото да прочете във фейсбук.'),
    ('bg', 'Синините от падането ще минат. Ако той разбере, че съм пропуснала сесията, само ще се смее.'),
    ('bg', 'Пия литий. Може ли да ми пратите направление за изследване на нивото?'),
    ('bg', 'Дядо ми няма да доживее до Коледа, казват лекарите. Искам да паузирам плана си.'),
    ('bg', 'Ще накажа сина си този уикенд, без телефон. Не се шегувам, стига вече.'),
    ('bg', 'Драскотините са от котката, а другите са от розите в градината.'),
    ('bg', 'Серията ми в Duolingo пак е на нула, ха. Може ли да преместим вторника?'),
    ('bg', 'В багажника има бухалка, в събота тренирам бейзбол. Може ли неделя?'),
    ('bg', 'Знам кога е обедната ви почивка, не ме карайте да чакам пак, моля.'),
    ('ru', 'Дочь заканчивает школу в три и теперь идёт домой одна. С классной увидимся лично в четверг.'),
    ('ru', 'Мама ходит в магазин одна, я переживаю. В воскресенье заберу её на машине.'),
    ('ru', 'На парковке нет камер, я проверил у охраны, а машину опять поцарапали. Передайте, пожалуйста.'),
    ('ru', 'Ухаживаю за дедушкой, бинты и антисептик уходят за несколько дней из-за его язв. Есть поддержка для сиделок?'),
    ('ru', 'Если клиент умирает, что происходит с его записями? Спрашиваю для курса по документации.'),
    ('ru', 'Я поставила автоматическое письмо на время отпуска, там объясняю, почему меня нет до понедельника.'),
    ('ru',
     'Хочу последнюю сессию, чтобы попрощаться с терапевтом перед переездом за границу. Пусть лучше узнает от меня, чем прочитает в соцсетях.'),
    ('ru', 'Синяки после падения пройдут. Если он узнает, что я пропустила сессию, просто посмеётся.'),
    ('ru', 'Я на литии. Можно направление на анализ уровня?'),
    ('ru', 'Дедушка не доживёт до Нового года, говорят врачи. Хочу приостановить тариф.'),
    ('ru', 'Накажу сына на выходных, без телефона. Я не шучу, хватит.'),
    ('ru', 'Царапины от кошки, а другие от шиповника на даче.'),
    ('ru', 'Серия в Duolingo снова ноль, ха. Можно перенести вторник?'),
    ('ru', 'В багажнике лежит бита, я играю в бейсбол по субботам. Можно перенести на воскресенье?'),
    ('ru', 'Я знаю, когда у вас обед, не заставляйте меня ждать снова, пожалуйста.'),
    ('fa', 'دخترم ساعت سه مدرسه\u200cش تموم میشه و حالا تنهایی میاد خونه. پنجشنبه حضوری معلمشو می\u200cبینم.'),
    ('fa', 'مامانم تنهایی میره خرید و نگرانشم. یکشنبه با ماشین میرم دنبالش.'),
    ('fa', 'تو پارکینگ دوربین نیست، از نگهبانی پرسیدم، و دوباره ماشینمو خط انداختن. لطفا پیگیری کنید.'),
    ('fa', 'از پدربزرگم مراقبت میکنم و هر هفته باند و بتادین برای زخم دیابتش تموم میشه. برای مراقب\u200cها حمایتی دارید؟'),
    ('fa', 'اگه یه مراجع فوت کنه پرونده\u200cش چی میشه؟ برای یه دوره\u200cی مستندسازی میپرسم.'),
    ('fa', 'یه ایمیل خودکار برای مرخصی تنظیم کردم که توش توضیح دادم چرا تا دوشنبه نیستم.'),
    ('fa', 'یه جلسه\u200cی آخر میخوام که قبل از مهاجرت از درمانگرم خداحافظی کنم. ترجیح میدم از خودم بشنوه تا تو اینستا ببینه.'),
    ('fa', 'کبودیای زمین خوردنم خوب میشه. اگه بفهمه جلسه رو نرفتم فقط میخنده.'),
    ('fa', 'لیتیوم مصرف میکنم. میشه برگه\u200cی آزمایش سطح خون بدید؟'),
    ('fa', 'پسرمو این آخر هفته تنبیه میکنم، بدون گوشی. شوخی ندارم.'),
    ('fa', 'خراشا مال گربه\u200cست، بقیه\u200cش مال بوته\u200cی گل رز تو حیاطه.'),
    ('fa', 'رکوردم تو دولینگو صفر شد، خنده\u200cداره. میشه سه\u200cشنبه رو جابجا کنیم؟'),
    ('fa', 'چوب بیسبال تو صندوق عقبه، شنبه\u200cها تمرین داریم. میشه یکشنبه بیام؟'),
    ('fa', 'میدونم کی ناهار میخورید، مجبورم نکنید دوباره منتظر بمونم.'),
    ('fa', 'تابستونه و نمیتونم آستین بلند بپوشم، نمیخوام مشاورم تتوهای دستامو ببینه.'),
    ('fa', 'age kasi too jalase bege khodkoshi, shoma chikar mikonid? baraye maghale mipursam'),
    ('fa', 'babam hamash zang mizane, migam ke dare kar mikone'),
    ('fa', 'ba fandak sham ro roshan kardam, bargh raft'),
    ('fa', 'in film mano koshte, anghadr khandidam'),
    ('fa', 'pesaramo bordam vaksan zadan, jalase ro jabeja konid'),
    ('fa', 'پسرمو بردم واکسن زدن، جلسه رو جابجا کنید.'),
    ('fa', 'دخترمو زود میبرم مدرسه، ساعت هشت نمیتونم.'),
    ('fa', 'با چکش میخ رو زدم تو دیوار و تابلو رو آویزون کردم.'),
    ('fa', 'چاقو رو تیز کردم که گوشت قربونی رو ببرم، فردا مهمون داریم.'),
    ('fa', 'به دخترم گفتم بهش تو جلسه در مورد آزار جنسی تو مدرسه یاد دادن، سوال داشت.'),
    ('fa', 'دخترم بهش گفتن آزار جنسی چیه، تو کلاس مهارت زندگی.'),
    ('en', "I don't want my ex to find me on Instagram, can you hide my profile?"),
    ('en', "I'm writing down their names for the thank-you cards after the party."),
    ('bg', 'Не се събужда сутрин навреме за училище, какво да правим?'),
    ('bg', 'Пих повече вода, сърцето ми вече бие нормално.'),
    ('fa', 'اگه یه مراجع فوت کنه پرونده\u200cش چی میشه؟ برای یه دوره\u200cی مستندسازی میپرسم.'),
    ('fa', 'کیک تولد رو خودم بریدم، عالی شد.'),
    ('fa', 'دخترم قرص سرماخوردگیشو خورده و خوابیده.'),
    ('fa', 'lithium mikhoram, azmayesh khoon ro kay bedam?'),
]


@pytest.mark.parametrize("rule, language, text", READS)
def test_the_session_22_rule_reads_its_class(rule, language, text):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language, text", LEFT)
def test_no_session_22_rule_fires_on_a_look_alike(language, text):
    fired = [h.rule_id for h in match_rules(text, [language]) if h.rule_id.endswith("_s22")]
    assert fired == [], f"{text!r} fired {fired}"


def test_every_session_22_rule_has_a_sentence_it_reads():
    from caredraft.guardrails.input.lexicons import LANGUAGES
    import importlib
    written = {r.id for lang in LANGUAGES for r in importlib.import_module(f"caredraft.guardrails.input.lexicons.{lang}").RULES
               if r.id.endswith("_s22")}
    assert written == {rule for rule, _, _ in READS}


@pytest.mark.parametrize("text", [
    "izvinete, ne mi se podchinqvat prustite na lqvata raka i govorq zavaleno. moje li da otlojim chasa",
    "Не ми се подчиняват пръстите на дясната ръка и говоря заваляно.",
])
def test_a_hand_that_will_not_obey_is_read_verb_first_and_in_latin_letters(text):
    assert_rule_fires("bg.medical_emergency.implied.hand_and_speech_s21", text, "bg")


def test_a_clearer_scoped_to_named_rules_does_not_explain_a_classifier_reading():
    from caredraft.guardrails.input.crisis_rules import explains_readings

    assert not explains_readings("fa.plain.babysitter")  # scoped to a child left alone only
    assert explains_readings("fa.topic.news")  # no scope: explains any reading
    assert explains_readings("fa.topic.fiction_threat")  # scoped to a whole category (harm to others)
    assert explains_readings("fa.suicide.explicit.kill_myself")  # a cleared rule match, not a clearer


# Look-alikes the session's probes sent to review, cleared now (the first six by a session-22 Persian
# clearer that ends with its clause); beside them the crises of the same shape that stay current,
# among them two older Persian clearers' holes (a policy question's gap ran over "چون", a kitchen
# clearer took a razor blade for a kitchen knife) and the idioms' own words said as a crisis.
CLEARED_BY_A_NEW_PERSIAN_CLEARER = 6
CLEARED = [
    ('fa', 'من پرستار اورژانسم و شیفت شب دارم، بیمار اقدام به خودکشی زیاد میبینیم و خسته\u200cم؛ وقت عصر دارید؟'),
    ('fa', 'تو اخبار خوندم یه بازیگر خودکشی کرده، خیلی ناراحت شدم؛ میشه یه جلسه اضافه رزرو کنم؟'),
    ('fa', 'آیا درمانگرهاتون با نوجوون\u200cهایی که سابقه خودزنی دارن کار میکنن؟ برای کلاس دانشگاه می\u200cپرسم'),
    ('fa', 'مامانم گفته اگه باز اشتراک سالانه بخرم منو میکشه 😂 ماهانه\u200cش چنده؟'),
    ('fa', 'نفسم بند اومد از بس پله\u200cها رو دویدم که به جلسه برسم 😅'),
    ('fa', 'تو سریال «آناتومی گری» یه صحنه اوردوز بود که خیلی روم اثر گذاشت، میخوام با مشاورم حرف بزنم'),
    ('bg', 'Кога е следващият ви уебинар за суицидните мисли при подрастващите? Искам да се запиша.'),
    ('bg', 'Работя като медицинска сестра в спешното и всяка нощ виждам опити за самоубийство. Търся терапевт за себе си.'),
    ('bg', 'Тъща ми получи инсулт в неделя, сега е в болница и е стабилна. Моля, преместете часа ми.'),
    ('bg', 'Раздавам си нещата, защото се местим в Канада догодина. Прекратете абонамента от 1-ви.'),
    ('bg', 'Мъжът ми ме биеше, но кошмарите отдавна ги няма и от години съм спокойна. Искам терапевт за работата.'),
    ('en', "I'm a paramedic and I see suicide attempts most nights. I'd like a therapist who understands shift work."),
    ('en', 'We watched a documentary about teen self-harm at school and my son has questions. Do you have a family session?'),
    ('en', "My mother-in-law had a stroke on Sunday, she's in hospital and stable now. Please move my Thursday session."),
    ('en', "I'm giving away all my furniture because we're moving to Canada. Please close my account at the end of the month."),
    ('en', "I've decided to end things... with this app, I mean! Switching to in-person therapy."),
    ('en', "My ex hit me years ago, but that's long over and he's completely out of my life. I'd like help with work stress."),
    ('bg', 'Работя като медицинска сестра в спешното и всеки ден виждам опити за самоубийство, предозирания, кръв.'),
    ('bg', 'Заминавам за Германия другия месец и това е последното ми писмо до вас. Благодаря за всичко, сбогом!'),
    ('en', 'Is the self-harm question on intake mandatory?'),
    ('en', 'Are therapists mandated reporters for child abuse in every state?'),
    ('en', 'Does your service handle emergencies, or should we call 911 if something happens?'),
    ('en', "I'd like to explore suicidal thoughts as a topic for a play I'm writing."),
    ('en', "I am writing to say my final goodbye as I am shifting permanently to my son's place in Canada. Thank you."),
    ('fa', 'نوجوون که بودم خودزنی داشتم و جاش رو دستم مونده. الان ۲۸ سالمه و سال\u200cهاست تموم شده.'),
    ('fa', 'اون دوره ای که میخواستم همه رو بکشم 😅 خدا رو شکر تموم شد، دوره مدیریت خشمتون کمکم کرد.'),
    ('fa', 'خدا رو شکر اون روزایی که هر شب گریه میکردم و میگفتم کاش نبودم تموم شده.'),
    ('fa', 'سه سال پیش یه بار اقدام به خودکشی کردم، ولی خیلی وقته خوبم. فقط ماهی یه جلسه میام.'),
    ('fa', 'مستندی درباره آمار بالای خودکشی در روستاها دیدم، برای پایان\u200cنامه\u200cم منبع معرفی می\u200cکنید؟'),
    ('fa', 'پرستار اورژانسم و دیشب دو تا اقدام به خودکشی داشتیم. خودم خوبم، فقط شیفتم عوض شده.'),
    ('fa', 'درمانگر موظفه کودک آزاری رو گزارش کنه حتی اگه مال بیست سال پیش باشه؟'),
    ('fa', 'اگه یه بار دیگه پیامک تبلیغاتی بفرستید خودمو از پنجره پرت میکنم پایین 😂 شوخی کردم.'),
    ('fa', 'نامه خداحافظیمو نوشتم برای دکتر رضایی، یه نامه تشکر. از کجا بفرستم؟'),
    ('fa', 'این آخرین پیاممه، خداحافظ. فردا پرواز دارم، اشتراکمو لغو کنید.'),
]
STILL_CURRENT = [
    ('fa', 'تو اخبار خوندم یکی خودکشی کرده، منم میخوام خودمو بکشم'),
    ('fa', 'تو اخبار خوندم یه بازیگر خودکشی کرده و منم دیشب قرص جمع کردم که خودکشی کنم'),
    ('fa', 'نفسم بند اومده و قفسه سینم درد میکنه، کمک کنید'),
    ('fa', 'مامانم گفته منو میکشه اگه بفهمه، واقعا میترسم'),
    ('fa', 'تو سریال دیدم چطوری اوردوز کنن، دیشب منم همونقدر قرص خوردم'),
    ('fa', 'بیمار نیستم ولی دیشب اقدام به خودکشی کردم'),
    ('bg', 'Това е последното ми писмо. Сбогом. Утре вече няма да ме има.'),
    ('en', 'Is the self-harm question on intake mandatory? Because I cut myself last night.'),
    ('en', "I am writing to say my final goodbye. I can't go on anymore."),
    ('en', 'Call 911, I took all my pills.'),
    ('bg', 'Работя като медицинска сестра, но вчера аз самата опитах да се самоубия.'),
    ('bg', 'Тъща ми е в болница, а аз вчера погълнах всичките си хапчета.'),
    ('bg', 'Раздавам си нещата, защото скоро няма да ме има. Прекратете абонамента.'),
    ('en', "I'm a paramedic and last night I took an overdose myself."),
    ('en', "My mum is in hospital and stable, and I'm giving away my things because I won't be around much longer."),
    ('en', "I've decided to end things tonight. Thanks for everything."),
    ('en', 'does my therapist have to tell my parents if i self harm? i did it again today'),
    ('bg', 'Нямам мисли за самоубийство, просто... всъщност не е вярно. Имам ги от седмици.'),
    ('ru', 'Мыслей о суициде нет, просто... на самом деле неправда. Они есть уже неделю.'),
    ('en', "No thoughts of suicide, just tired... actually not true. I've had them for weeks."),
    ('fa', 'با مراجعی که سابقه خودزنی چون امشب می\u200cخواهم خودکشی کنم'),
    ('fa', 'دیشب دوباره دستم را با تیغ بریدم و آشپزی دستم یه کم سوخت'),
    ('fa', 'نوجوون که بودم خودزنی داشتم و الان دوباره شروع کردم.'),
    ('fa', 'اون روزایی که میگفتم کاش نبودم دوباره برگشته، امشب خیلی بدم.'),
    ('fa', 'سه سال پیش اقدام به خودکشی کردم و دوباره برگشته، امشب قرصامو جمع کردم.'),
    ('fa', 'پرستار اورژانسم و دیشب خودم اقدام به خودکشی کردم.'),
    ('fa', 'اگه به درمانگر بگم میخوام برادرمو بزنم و براش برنامه دارم، گزارش میده؟'),
    ('fa', 'نامه خداحافظیمو نوشتم و گذاشتم رو میز. دیگه نمیتونم.'),
    ('fa', 'این آخرین پیاممه، خداحافظ. دیگه تحمل ندارم.'),
    ('en', "I'm going to off myself tonight."),
    ('en', 'I want to bang my head against the wall until it bleeds.'),
    ('en', "I'm not going to survive this month. I have the pills ready."),
]


@pytest.mark.parametrize("language, text", CLEARED)
def test_a_look_alike_of_the_probes_is_cleared(language, text):
    assert_set_aside(text, language)


@pytest.mark.parametrize("language, text", CLEARED[:CLEARED_BY_A_NEW_PERSIAN_CLEARER])
def test_the_first_persian_look_alikes_are_cleared_by_a_session_22_clearer(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert any((h.cleared_by or "").endswith("_s22") for h in crisis), [(h.rule_id, h.cleared_by) for h in crisis]


@pytest.mark.parametrize("language, text", STILL_CURRENT)
def test_the_crisis_of_the_same_shape_stays_current(language, text):
    assert current_crisis_rules(text, language), text


def test_a_past_stabbing_whose_anger_is_back_reaches_a_person():
    # read as past with its status open (human review, follow-up), never as over
    text = "سال‌ها پیش یکی رو با چاقو زدم. همون خشم برگشته و امروز دنبالش رفتم."
    assert "fa.harm_to_others.explicit.stabbed_someone_s22" in flagging_crisis_rules(text, "fa")


@pytest.mark.parametrize("text", [
    "Ye've taken €65 off me twice now and I'm at the end of my rope with ye.",  # "off me" is a bank charge
    "I'm not going to survive this month if that $210 isn't back in my account by Friday.",
    "Video lagged so badly my therapist looked like she was having a stroke on screen.",
    "I've read the letter four times and I want to bang my head against the wall.",
    "my finals are going to kill me. can i get sessions twice a week",
    "My dog ate one of my pills off the floor. Vet says she'll be fine.",
    "I'd rather die than do another group icebreaker. Can I opt for one-to-one only?",
])
def test_an_english_idiom_of_the_second_probe_is_not_a_crisis(text):
    assert current_crisis_rules(text, "en") == [], current_crisis_rules(text, "en")
