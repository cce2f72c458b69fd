"""Persian crisis disclosures in spoken, phone-typed Persian, caught by the OLDER Persian rules
since session 6: "می" joined, spaced or with ZWNJ before spoken endings ("می‌زنه", "میدم",
"نمی‌تونم", "میشه"), spoken subjunctives ("برم", "بمونم"), the joined object marker "-و"
("خودمو", "شوهرمو", "خونشو") and spoken possessives ("بچم", "سینم", "قرصامو"). Beside them,
ordinary colloquial tickets with the same words (idioms, goodbyes to support, medication
questions, grief, negated statements) that must stay clear. The sentences are new, written for
these tests, not rows of any probe or evaluation set."""

from __future__ import annotations

import pytest

from rule_checks import assert_stays_clear, current_crisis_hits

# (language, message, the crisis category that must be current) — written for these tests.
CRISES = [
    # suicide
    ("fa", "راستش دیگه می‌خوام بمیرم، هیچ امیدی ندارم", "suicide"),
    ("fa", "امروز صبح تصمیم گرفتم خودمو بکشم", "suicide"),
    ("fa", "دیگه نمی‌خوام زنده بمونم", "suicide"),
    ("fa", "قرصامو یه جا جمع کردم", "suicide"),
    ("fa", "همه قرص‌هامو ذخیره کردم", "suicide"),
    ("fa", "میخوام خودمو از بالکن پرت کنم پایین", "suicide"),
    ("fa", "دیشب رگ مچمو زدم", "suicide"),
    ("fa", "زندگی دیگه هیچ معنی نداره", "suicide"),
    ("fa", "از زندگی سیر شدم", "suicide"),
    ("fa", "همه‌ی وسایلامو بخشیدم به دوستام", "suicide"),
    # self-harm
    ("fa", "باز هم خودمو زخمی کردم", "self_harm"),
    ("fa", "وقتی عصبی میشم خودمو می‌زنم", "self_harm"),
    ("fa", "هفته‌ای دو بار دستامو می‌برم", "self_harm"),
    ("fa", "خودمو با فندک می‌سوزونم", "self_harm"),
    ("fa", "خودمو تنبیه می‌کنم وقتی اشتباه می‌کنم", "self_harm"),
    # harm to others
    ("fa", "به خدا اگه یه بار دیگه زنگ بزنه می‌کشمش", "harm_to_others"),
    ("fa", "همسایه رو می‌کشم، دیگه تحمل ندارم", "harm_to_others"),
    ("fa", "رئیسمو میکشم فردا", "harm_to_others"),
    ("fa", "دهنشو خورد می‌کنم", "harm_to_others"),
    ("fa", "یه روز خونشو می‌ریزم", "harm_to_others"),
    ("fa", "می‌ترسم نوزادمو خفه کنم", "harm_to_others"),
    # abuse
    ("fa", "دوست پسرم منو می‌زنه", "abuse"),
    ("fa", "پدرم هر روز کتکم می‌زنه", "abuse"),
    ("fa", "شوهرم تهدیدم می‌کنه", "abuse"),
    ("fa", "شب‌ها می‌ترسم برگردم خونه", "abuse"),
    ("fa", "نامزدم بهم تجاوز کرد", "abuse"),
    ("fa", "هر وقت عصبانیه می‌زنه منو", "abuse"),
    # child safety
    ("fa", "ناپدریش بچمو کتک می‌زنه", "child_safety"),
    ("fa", "دایی‌ش به پسرم دست می‌زنه", "child_safety"),
    ("fa", "همسرم بچه‌ها رو با کمربند می‌زنه", "child_safety"),
    ("fa", "پسرم می‌ترسه برگرده خونه", "child_safety"),
    ("fa", "می‌ترسم به بچم آسیب برسونم", "child_safety"),
    ("fa", "بچه رو کتک می‌زنن", "child_safety"),
    # medical emergency
    ("fa", "سینم خیلی فشار داره و نفسم بالا نمیاد", "medical_emergency"),
    ("fa", "یه مشت قرص خواب خوردم", "medical_emergency"),
    ("fa", "خونریزیش بند نمیاد", "medical_emergency"),
    ("fa", "پدربزرگم نفس نمی‌کشه", "medical_emergency"),
    ("fa", "مامانم زمین خورد و جواب نمیده", "medical_emergency"),
    ("fa", "بابام یهو نمی‌تونه دستشو تکون بده", "medical_emergency"),
]

# Ordinary colloquial tickets with the same words — written for these tests.
LOOK_ALIKES = [
    ("fa", "این قیمتا منو می‌کشه"),
    ("fa", "از خنده مردم با این ویدیو"),
    ("fa", "خودمو زدم به اون راه که نفهمه"),
    ("fa", "تو سریال آخرش خودشو کشت، خیلی غمگین بود"),
    ("fa", "نقشه رو فردا می‌کشمش و می‌فرستم"),
    ("fa", "سیگار می‌کشم، روی ریه‌ام اثر داره؟"),
    ("fa", "داروهامو جمع کردم که ببرم سفر"),
    ("fa", "قرصامو جمع کردم توی کیفم که یادم نره"),
    ("fa", "دلیلی برای زنده موندن دارم، بچه‌هام"),
    ("fa", "نمی‌خوام خودمو بکشم، فقط خیلی خسته‌ام"),
    ("fa", "شوهرم منو نمی‌زنه، فقط دعوا می‌کنیم"),
    ("fa", "بچمو کتک نمی‌زنه، فقط سرش داد می‌زنه"),
    ("fa", "دخترم نمی‌خواد بره خونه مادربزرگش"),
    ("fa", "بچمو بردم دکتر برای واکسن"),
    ("fa", "خداحافظ، ممنون بابت پیگیری"),
    ("fa", "پدرم پارسال فوت کرد، هنوز باورم نمیشه"),
    ("fa", "گوشیم مرد، باید شارژش کنم"),
    ("fa", "سفارشمو کنسل کنید لطفاً"),
    ("fa", "دستمو موقع پوست کندن سیب زمینی بریدم"),
    ("fa", "چند تا قرص مسکن در روز میشه خورد؟"),
    ("fa", "از این اپ خسته شدم، همش قطع میشه"),
    ("fa", "رئیسم منو می‌کشه اگه گزارش دیر بشه"),
    ("fa", "لباسای قدیمیمو دادم به خیریه"),
    ("fa", "زندگی بدون قهوه معنی نداره"),
]


@pytest.mark.parametrize("language,text,category", CRISES)
def test_the_spoken_disclosure_is_a_current_crisis(language: str, text: str, category: str) -> None:
    current = [h.signal.category for h in current_crisis_hits(text, language)]
    assert category in current, f"no current {category} hit on {text!r} (got {current})"


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_the_look_alike_stays_clear(language: str, text: str) -> None:
    assert_stays_clear(text, language)
