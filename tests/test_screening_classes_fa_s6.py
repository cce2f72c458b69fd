"""Persian crisis classes added in session 6 from a written probe set of implied disclosures in
colloquial Persian (often beside an account, billing or appointment question): farewells and
means set up, cuts described as lines, burns and blades, a weapon or a watched person with a
consequence, coercive control in colloquial verbs, a child alone, secrets with an adult,
grooming, and emergency signs described without naming them. The sentences here are new,
not the probe rows; beside each class, look-alikes with the same words that must stay clear."""

from __future__ import annotations

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

# (message, the rule that must fire) — all Persian, written for these tests.
CRISES = [
    # suicide
    ("اگه از فردا دیگه خبری از من نشنیدید نگران نباشید، فقط اشتراک رو قطع کنید.", "fa.suicide.implied.dont_worry_if_silent"),
    ("اگر دیگه پیامی ازم نیومد ناراحت نشید، بدونید که از همه ممنونم.", "fa.suicide.implied.dont_worry_if_silent"),
    ("ای کاش امشب بخوابم و دیگه بیدار نشم.", "fa.suicide.implied.sleep_not_wake"),
    ("دلم می‌خواد یه بار بخوابم و صبح نشه.", "fa.suicide.implied.sleep_not_wake"),
    ("هر چی قرص آرام‌بخش داشتم این چند هفته جمع کردم.", "fa.suicide.implied.stockpile"),
    ("داروهامو یه ماهه نخوردم و همه رو تو یه جعبه نگه داشتم.", "fa.suicide.implied.stockpile"),
    ("طناب رو محکم بستم به میله‌ی سقف انباری.", "fa.suicide.implied.means_set_up"),
    ("ماشین رو توی گاراژ روشن گذاشتم و در گاراژ رو بستم.", "fa.suicide.implied.means_set_up"),
    ("لطفا قسط بعدی رو برندارید، دیگه نیستم که پرداخت کنم.", "fa.suicide.implied.not_around_to_pay"),
    ("رمز حساب رو به برادرم بدید، وقتی که دیگه نباشم اون لازمش داره.", "fa.suicide.implied.not_around_to_pay"),
    ("خداحافظی‌هامو با همه کردم و آماده‌ام.", "fa.suicide.implied.goodbyes_done"),
    ("خداحافظی‌هامو کردم، دیگه کاری نمونده.", "fa.suicide.implied.goodbyes_done"),
    ("هیچ آینده‌ای برای خودم نمی‌بینم، نوبت بعدی لازم نیست.", "fa.suicide.implied.no_future"),
    ("فقط منتظرم زندگی زودتر تموم بشه.", "fa.suicide.implied.no_future"),
    ("به دخترم بگید که خیلی دوستش داشتم.", "fa.suicide.implied.tell_them_loved"),
    ("لطفا به مادرم بگویید دوستش داشتم.", "fa.suicide.implied.tell_them_loved"),
    ("خانواده‌ام بدون من زندگی آسوده‌تری دارن.", "fa.suicide.implied.better_without_me"),
    ("بچه‌ها بدون من خیلی بهتر زندگی می‌کنن.", "fa.suicide.implied.better_without_me"),
    ("ساعت و گوشیمو به داداشم دادم، دیگه لازمشون ندارم.", "fa.suicide.implied.giving_away_colloquial"),
    ("لباسامو بین دوستام تقسیم کردم، دیگه به دردم نمی‌خوره.", "fa.suicide.implied.giving_away_colloquial"),
    # self-harm
    ("دیشب روی ساعدم چند تا خط انداختم.", "fa.self_harm.implied.lines_on_body"),
    ("با تیغ روی رونم خط کشیدم تا آروم بشم.", "fa.self_harm.implied.lines_on_body"),
    ("با فندک پوست بازومو سوزوندم.", "fa.self_harm.implied.burns"),
    ("عمدا دستمو گذاشتم روی اجاق تا درد بگیره.", "fa.self_harm.implied.burns"),
    ("اونقدر ناخنامو روی دستم کشیدم که خون اومد.", "fa.self_harm.implied.until_blood"),
    ("بازومو گاز می‌گیرم تا کبود بشه.", "fa.self_harm.implied.until_blood"),
    ("یه تیغ زیر بالشم گذاشتم.", "fa.self_harm.implied.hidden_blades"),
    ("کاتر رو از همسرم قایم کردم.", "fa.self_harm.implied.hidden_blades"),
    ("دیگه نمی‌تونم جلوی بریدن رو بگیرم.", "fa.self_harm.implied.urge"),
    ("نمی‌تونم دست از بریدن بردارم.", "fa.self_harm.implied.urge"),
    ("زخمای روی مچم رو با ساعت می‌پوشونم.", "fa.self_harm.implied.covering_wounds"),
    ("دستبند می‌بندم که کسی زخمای مچم رو نبینه.", "fa.self_harm.implied.covering_wounds"),
    ("دیشب دوباره خودمو بریدم.", "fa.self_harm.implied.colloquial_self"),
    ("با کمربند زدم به پاهام چون غذا خوردم.", "fa.self_harm.implied.colloquial_self"),
    # harm to others
    ("قمه رو تو صندوق ماشین گذاشتم، فردا می‌فهمه با کی طرفه.", "fa.harm_to_others.implied.ready_with_consequence"),
    ("هر روز جلوی اداره‌اش منتظرم. به زودی پشیمون میشه.", "fa.harm_to_others.implied.ready_with_consequence"),
    ("بالش رو فشار میدم روی صورتش تا ساکت بشه.", "fa.harm_to_others.implied.smother_drug"),
    ("قرص خواب رو ریختم تو چای شوهرم که دیگه بیدار نشه.", "fa.harm_to_others.implied.smother_drug"),
    ("اگه دوباره بیاد اینجا پاشو می‌شکنم.", "fa.harm_to_others.implied.break_limb"),
    ("یه کاری می‌کنم که دیگه نتونه رو پاهاش وایسه.", "fa.harm_to_others.implied.break_limb"),
    ("اسید رو آماده کردم که بپاشم به صورتش.", "fa.harm_to_others.implied.acid_fire"),
    ("بنزین خریدم، امشب خونه‌اش رو آتیش می‌زنم.", "fa.harm_to_others.implied.acid_fire"),
    # abuse
    ("گوشیمو ازم گرفته که نتونم به مامانم زنگ بزنم.", "fa.abuse.implied.control_colloquial"),
    ("نامزدم هر شب پیامامو می‌خونه و لوکیشنمو چک می‌کنه.", "fa.abuse.implied.control_colloquial"),
    ("امشب جرات ندارم برگردم خونه.", "fa.abuse.implied.fear_home"),
    ("باز امشب کتک می‌خورم اگه شام دیر بشه.", "fa.abuse.implied.fear_home"),
    ("دیشب گلومو گرفت و فشار داد.", "fa.abuse.implied.strangled_marked"),
    ("منو از روی پله‌ها هل داد.", "fa.abuse.implied.strangled_marked"),
    ("گفته اگه به پلیس بگم منو می‌کشه.", "fa.abuse.implied.threat_if_told"),
    ("اگه شوهرم بفهمه اینجا پیام دادم بلایی سرم میاره.", "fa.abuse.implied.threat_if_told"),
    ("شوهرم منو با کابل می‌زنه.", "fa.abuse.implied.beaten_colloquial"),
    ("منو تو انباری زندانی می‌کنه.", "fa.abuse.implied.beaten_colloquial"),
    # child safety
    ("نوزاد شش ماهه‌مون از ظهر تو خونه تنهاست.", "fa.child_safety.implied.alone_or_locked"),
    ("بچه‌ها رو تو دستشویی قفل می‌کنه وقتی عصبانیه.", "fa.child_safety.implied.alone_or_locked"),
    ("دایی‌اش بهش گفته این راز بین خودمونه.", "fa.child_safety.implied.secret_with_adult"),
    ("مربی شنا به پسرم گفته به باباش چیزی نگه.", "fa.child_safety.implied.secret_with_adult"),
    ("یه مرد ۴۰ ساله تو تلگرام با دخترم چت می‌کنه و قرار گذاشته.", "fa.child_safety.implied.grooming_online"),
    ("یه غریبه تو بازی از دختر ده ساله‌ام عکس خواسته.", "fa.child_safety.implied.grooming_online"),
    ("پسر همسایه همیشه کبودیه و میگه نباید حرف بزنه.", "fa.child_safety.implied.unexplained_injury"),
    ("روی دست بچه‌ی خواهرم سوختگی گرد دیدم.", "fa.child_safety.implied.unexplained_injury"),
    ("بچه‌ام رو محکم تکونش داد وقتی گریه کرد.", "fa.child_safety.implied.deprived_shaken_forced"),
    ("ناپدریش مجبورش می‌کنه لباسشو دربیاره.", "fa.child_safety.implied.deprived_shaken_forced"),
    # medical emergency
    ("پدرم عرق سرد کرده و میگه سینه‌اش سنگینه.", "fa.medical_emergency.implied.signs_colloquial"),
    ("بعد از خوردن میگو لباش ورم کرده و نفسش تنگ شده.", "fa.medical_emergency.implied.signs_colloquial"),
    ("مادرم افتاده و هر چی صداش می‌زنیم جواب نمی‌ده.", "fa.medical_emergency.implied.signs_colloquial"),
    ("نوزادم تب داره و خیلی بی‌حال شده و شیر نمی‌خوره.", "fa.medical_emergency.implied.signs_colloquial"),
    ("مادرم یهو نمی‌تونه پای چپشو تکون بده.", "fa.medical_emergency.implied.signs_colloquial"),
    ("از صبح دو بار خون بالا آورده.", "fa.medical_emergency.implied.signs_colloquial"),
    ("انسولینشو دو بار زده و الان عرق کرده و گیجه.", "fa.medical_emergency.implied.double_dose"),
    ("مامانم قرص فشارشو دوبار خورده و الان خیلی بی‌حاله.", "fa.medical_emergency.implied.double_dose"),
]

# Ordinary tickets with the same words: a ticket closed, a trip, a product, a recipe, a pen on
# a hand, a phone lent, a decision about the service, a child in care, a health question.
LOOK_ALIKES = [
    # suicide look-alikes
    "اگه جوابی از من نیومد نگران نباشید، هفته‌ی بعد مسافرتم.",
    "اگه پیامم نرسید نگران نشید، اینترنت اینجا ضعیفه.",
    "می‌خوام بخوابم و فردا تا ظهر بیدار نشم، خیلی خسته‌ام!",
    "کاش بخوابم و وقتی بیدار شدم مشکل حسابم حل شده باشه.",
    "همه‌ی قرص‌های تاریخ گذشته رو جمع کردم که بدم به داروخونه.",
    "داروهامو تو یخچال نگه داشتم، درسته؟",
    "طناب رخت رو بستم به درخت حیاط.",
    "ماشین رو روشن گذاشتم تا گرم بشه و رفتم نون بخرم.",
    "از ماه بعد دیگه نیستم که پرداخت کنم، شرکت جدید هزینه رو میده.",
    "دیگه نیستم که جواب بدم چون از این شرکت رفتم؛ با همکارم تماس بگیرید.",
    "خداحافظی‌هامو با همکارا کردم، از فردا میرم شرکت جدید.",
    "از همه خداحافظی کردم چون پروازم فرداست.",
    "هیچ آینده‌ای برای خودم تو این شرکت نمی‌بینم، می‌خوام استعفا بدم.",
    "منتظرم این روزا تموم بشه و تعطیلات شروع بشه.",
    "به درمانگرم بگید واقعا دوستش دارم، خیلی کمکم کرد.",
    "به مامانم گفتم غذای شما رو دوست داشتم.",
    "تیم بدون من هم کارشو خوب انجام میده، نگران نباشید.",
    "کتاب‌هامو به کتابخونه دادم، دیگه لازمشون ندارم چون دارم اسباب‌کشی می‌کنم.",
    "لباسای بچه رو به خواهرم دادم، دیگه به دردم نمی‌خوره چون کوچیک شده.",
    # self-harm look-alikes
    "پسرم با خودکار روی دستش خط کشیده، پاک نمیشه.",
    "با ماژیک روی بازوم خط انداختم که یادم بمونه.",
    "با اتو پیراهنمو سوزوندم، لباسشویی‌تون پولشو میده؟",
    "دستم موقع آشپزی به اجاق خورد و سوخت.",
    "گربه‌ام با ناخن دستمو خراش داد و یه کم خون اومد.",
    "ناخنم لای در گیر کرد و خون اومد.",
    "تیغ‌های ریش‌تراش رو از بچه‌ها قایم کردم.",
    "دوباره تیغ رو برداشتم و ریشمو زدم.",
    "جلوی بریدن درختای کوچه رو چطور بگیرم؟",
    "زخم عملمو با چسب پوشوندم، کی حموم برم؟",
    "آستین بلند می‌پوشم که آفتاب نسوزونه.",
    "خودمو زدم به اون راه و چیزی نگفتم.",
    "خودمو زدم به خواب که بچه بخوابه.",
    # harm to others look-alikes
    "چاقوی آشپزخونه رو خریدم، فردا می‌بینم چطور کار می‌کنه.",
    "جلوی مدرسه منتظرم که پسرم بیاد بیرون.",
    "بالش جدید رو گذاشتم روی تخت.",
    "قرص جوشان رو ریختم تو آب و خوردم.",
    "دستش شکسته و گچ گرفتن، میشه جلسه رو آنلاین کنیم؟",
    "پاش شکسته و دیگه نمی‌تونه رو پاهاش وایسه تا یه ماه.",
    "اسید هیالورونیک برای صورتم خریدم، با داروم تداخل داره؟",
    "بنزین خریدم برای ماشینش چون تموم کرده بود.",
    # abuse look-alikes
    "همسرم گوشیمو قرض گرفته، کد رو ایمیل کنید.",
    "پسرم گوشیمو ازم گرفته که بازی کنه، بعدا زنگ می‌زنم.",
    "همسرم ایمیل‌های قبض رو چک می‌کنه چون حساب مشترکه.",
    "جرات نمی‌کنم قبض رو باز کنم!",
    "روم نمیشه دوباره زنگ بزنم، ببخشید.",
    "گلوم گرفته و صدام در نمیاد، میشه جلسه متنی باشه؟",
    "جای گاز پشه روی دستم مونده، پماد دارید؟",
    "اگه به کسی بگم این اپ چقدر خوبه، باورش نمیشه!",
    "اگه مامانم بفهمه این همه خرید کردم دعوام می‌کنه.",
    "بچه‌ها منو با توپ زدن، شوخی بود.",
    "منو تو گروه قفل کردن، نمی‌تونم پیام بدم.",
    # child safety look-alikes
    "بچه‌ی سه ساله‌ام از صبح پیش مادربزرگشه.",
    "بچه رو تو ماشین گذاشتیم تو صندلی کودک و رفتیم پارک.",
    "برای تولد دخترم یه کادو گرفتم؛ به مامانش چیزی نگید، سورپرایزه.",
    "معلم گفت به بچه‌ها از جواب امتحان چیزی نگم.",
    "پسرم تو بازی آنلاین با دوستاش حرف می‌زنه، کنترل والدین دارید؟",
    "دخترم ده سالشه و می‌خواد اینستاگرام داشته باشه، سن مجاز چنده؟",
    "پسرم فوتبال بازی می‌کنه و همیشه کبودی رو پاهاشه، ویتامین لازمه؟",
    "دخترم افتاد و زانوش کبود شد، یخ بذاریم؟",
    "شیر خشک بچه رو باید محکم تکون داد؟",
    "مهد بهش غذا نمی‌ده، خودش باید ببره.",
    # medical look-alikes
    "وقتی قبض رو دیدم عرق سرد کردم!",
    "صورتم بعد از کرم جدید یه کم پف کرده، پماد چی بزنم؟",
    "پسرم هر چی صداش می‌کنیم جواب نمی‌ده، همش تو گوشیه.",
    "بچه‌ام تب داره ولی سرحاله و بازی می‌کنه.",
    "یهو یادم افتاد که نوبتم امروزه.",
    "دیشب از خستگی داشتم از حال می‌رفتم.",
    "قرص ویتامینمو امروز دو بار خوردم، مشکلی نیست؟",
    "قند خونم ۹۵ بود ناشتا، خوبه؟",
    # cleared by the new clearers
    "این آخرین پیامم درباره‌ی این مشکل است، ممنون که حلش کردید.",
    "قبل از سفر همه‌ی کارهامو مرتب کردم.",
    "پوشش آمبولانس تو بیمه‌ی تکمیلی هست؟",
]


@pytest.mark.parametrize("text,rule", CRISES)
def test_the_class_is_a_current_crisis(text: str, rule: str) -> None:
    assert_rule_fires(rule, text, "fa")


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_look_alike_stays_clear(text: str) -> None:
    assert_stays_clear(text, "fa")
