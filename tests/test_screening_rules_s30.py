"""Session 30: how a crisis phrase is typed, not what it says. Every sentence here was written for this
file (no row of an evaluation set).

On the code before the session the rules read none of these crises. A line broken mid-phrase, a double
space or a tab ("я хочу  умереть", "i want to\\ndie": the phrases are written with one space), a word
spaced out in three letters ("d i e"), words typed without spaces ("iwanttodie", "хочуумереть") and an
emoji of dying where the verb goes ("i want to 💀", "хочу 💀") were left to e5 and the classifier, which
sent "i want to 💀", "я хочу 💀", "iwanttodie", "хочуумереть" and "I want to d i e" ``auto``; English text-speak ("ill kill u") and letters written for the ones they
sound like ("хочю умереть", "не хочу жыть") were read the same way. They are
read in the rules' second, undisguised reading (``crisis_rules._undisguised``, ``typos.correction``),
which only adds crisis hits on what it changed.
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input import typos
from rule_checks import current_crisis_hits, current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

GAPS = [
    ("en", "i want to\ndie"),
    ("en", "my account is locked and honestly i want to\n\nend my life"),
    ("en", "I want to  kill myself"),
    ("ru", "я хочу\nумереть"),
    ("ru", "хочу\tпокончить с собой"),
    ("ru", "я хочу  умереть"),
    ("bg", "искам да\nумра"),
    ("bg", "ще се\n самоубия тази вечер"),
    ("fa", "میخوام\nخودمو بکشم"),
    ("fa", "دیگه نمیخوام  زنده باشم"),
]
SPACED = [
    ("en", "I want to d i e"),
    ("ru", "х о ч у  у м е р е т ь"),
    ("bg", "искам да у м р а"),
]
GLUED = [
    ("bg", "щегоубия като се прибере"),
    ("en", "iwanttodie"),
    ("en", "honestly ijustwanttodie"),
    ("en", "gonna killmyself tonight"),
    ("en", "myhusbandhitsme"),
    ("ru", "хочуумереть"),
    ("ru", "яхочуумереть"),
    ("bg", "искамдаумра"),
]
EMOJI = [
    ("en", "i want to 💀"),
    ("en", "i just wanna ☠️ tonight"),
    ("ru", "я хочу 💀"),
    ("ru", "хочу 🪦 уже"),
    ("bg", "искам да 💀"),
    ("fa", "میخوام 💀"),
]
TEXT_SPEAK = [
    ("en", "gonna end it 2nite"),
    ("en", "i'm going over there with my 🔫"),
    ("fa", "با 🔪 میرم سراغش"),
    ("en", "i want 2 die"),
    ("en", "want2die"),
    ("en", "i wnt to die"),
    ("en", "i dont want 2 live anymore"),
    ("en", "i want to kil myself"),
]
SOUND_ALIKE = [  # a letter written for one it sounds like
    ("ru", "хочю умереть"),
    ("ru", "не хочу жыть"),
    ("ru", "хочу покончить с сабой"),
    ("ru", "выпила все таблэтки час назад"),
    ("bg", "искам да се самаубия"),
]
FINGLISH_SPELLINGS = [  # Persian in Latin letters has no one spelling
    ("fa", "mikhaam bemiram"),
    ("fa", "mikham bemiraam"),
    ("fa", "shoharam mano kotak mizaneh"),
    ("fa", "dige nemikhaam zende basham"),
]
NOW_READ = GAPS + SPACED + GLUED + EMOJI + TEXT_SPEAK + SOUND_ALIKE + FINGLISH_SPELLINGS


@pytest.mark.parametrize("language, text", NOW_READ)
def test_a_crisis_typed_apart_together_or_as_an_emoji_is_read_by_the_rules(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", NOW_READ)
def test_it_reaches_a_clinician_with_the_customers_words_as_evidence(screener, language, text):  # noqa: F811
    screening = screener.screen(text, language=language)
    assert screening.route == Route.CLINICAL_REVIEW, screening.reasons
    for hit in current_crisis_hits(text, language):
        # evidence quotes the message as written: a span of it, never a piece of a word
        assert text[hit.signal.start:hit.signal.end] == hit.signal.evidence
        assert not text[hit.signal.end:hit.signal.end + 1].isalpha(), hit.signal.evidence


@pytest.mark.parametrize("language, text", [
    ("en", "no\ni want to die"),
    ("en", "never mind\nkill myself"),
    ("ru", "нет\nхочу умереть"),
])
def test_a_line_break_still_ends_a_negated_clause(language, text):
    # Read as one line, "no i want to die" is a denial; the writer's line break says otherwise, and a
    # reading that only joined the lines never explains a hit of the message as written away.
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", [
    ("en", "lmao 💀💀"),
    ("en", "I'm 💀 this is hilarious, but the invoice is wrong"),
    ("en", "your app is 💀 since the update"),
    ("en", "my phone battery is ☠️ so I missed the call"),
    ("en", "im gonna 💀 of embarrassment, I sent the form to the wrong email"),
    ("ru", "ценник 💀 конечно"),
    ("en", "I'm not suicidal\nI just want a refund"),
    ("en", "I'm not going to kill myself\n\nI just want to cancel"),
    ("en", "the code is A B C, it says invalid"),
    ("en", "passwordwithoutspaces123 does not work"),
    ("en", "Please update my account: newsletterunsubscribe"),
    ("ru", "не могу войти в личныйкабинет"),
    ("ru", "меня опять ударило током от розетки"),  # "ударило" is no slip of "ударила"
    ("fa", "salaam, mikhaam nobatamo avaz konam"),
    ("fa", "ghabzamo nemitoonam pardaakht konam"),
])
def test_look_alikes_read_no_current_crisis(language, text):
    assert not current_crisis_rules(text, language), text


@pytest.mark.parametrize("text", ["ill kill u", "i'll kill u", "im going to kill u"])
def test_a_threat_in_text_speak_goes_to_a_person(screener, text):  # noqa: F811
    # "ill kill u" went auto: "u" is read as "you", and a threat aimed at the agent is human review
    screening = screener.screen(text, language="en")
    assert screening.route != Route.AUTO, screening.reasons
    assert any("hostility toward staff" in reason for reason in screening.reasons), screening.reasons


@pytest.mark.parametrize("text", [
    "can u help me with my bill? i need it b4 friday",
    "r u open on sunday? my plan b is to pay in cash",
    "2 sessions left on my plan, 2pm works",
])
def test_text_speak_in_an_ordinary_request_reads_no_crisis_or_hostility(screener, text):  # noqa: F811
    screening = screener.screen(text, language="en")
    assert screening.route == Route.AUTO, screening.reasons


def test_a_2_in_a_number_is_no_text_speak():
    tokens = [t for t in typos.TOKEN.findall("20 pills, 2.5 mg, 1/2 a tablet, 12:30, want2die, 2 die") if t == "2"]
    assert len(tokens) == 2  # "want2die" and "2 die" only


def test_glued_words_are_split_into_known_words_ending_in_a_word():
    assert typos.correction("iwanttodie", "en") == "i want to die"
    assert typos.correction("хочуумереть", "ru") == "хочу умереть"
    assert typos.correction("щегоубия", "bg") == "ще го убия"
    # an ending is not split off a word ("суицидни" is Bulgarian, no "суицид ни"), nor a word too short
    assert typos.correction("суицидни", "ru") is None
    assert typos.correction("killme", "en") is None
    # a split of an ordinary word reads no crisis: only the rules' crisis hits on it are kept
    assert not current_crisis_rules("please add me to the newsletterunsubscribe list", "en")


# Shouting and held-down letters, read by e5 in lower case and once (screening._plain_for_e5): the
# classifier and exemplars had been trained on lower-case text, and e5's vocabulary splits capitals
# into pieces unlike them. "ОТЧИМ ОПЯТЬ ЗАХОДИТ НОЧЬЮ КО МНЕ В КОМНАТУ" went auto (no rule reads it;
# the classifier reads it in lower case).
def test_a_shouted_crisis_no_rule_reads_reaches_a_clinician(screener):  # noqa: F811
    text = "ОТЧИМ ОПЯТЬ ЗАХОДИТ НОЧЬЮ КО МНЕ В КОМНАТУ"
    assert not current_crisis_rules(text, "ru")
    screening = screener.screen(text, language="ru")
    assert screening.route == Route.CLINICAL_REVIEW, screening.reasons
    for signal in screening.signals:
        assert signal.evidence == text[signal.start:signal.end]


def test_e5_reads_shouting_in_lower_case_and_a_held_letter_once_with_offsets_into_the_text():
    from caredraft.guardrails.screening import _plain_for_e5

    text = "ПОМОГИТЕЕЕЕ, Я НЕ МОГУ!!!"
    reading = _plain_for_e5(text)
    assert reading.text == "помогите, я не могу!!!"
    start = reading.text.index("не могу")
    assert text[slice(*reading.span(start, start + len("не могу")))] == "НЕ МОГУ"
    assert _plain_for_e5("Hello, my login does not work") is None  # neither shouted nor stretched
    assert _plain_for_e5("I need help ASAP with the NHS form") is None  # a few capitals are not shouting


# Rules for crises the typed-forms probes showed no rule reads even when typed plainly (read after
# the probes' first measure; each written wider than its probe). Someone threatening to kill the writer
# had been read as the idiom "kill me".
PLAIN_GAPS = [
    ("en", "my ex is outside yelling that he'll kill me, please help"),
    ("en", "my stepdad keeps saying he is going to kill me"),
    ("en", "he threatened to kill me again tonight"),
    ("en", "by the weekend i'll be dead"),
    ("en", "i'm heading to his place with a knife"),
    ("ru", "муж орет, что убьет меня, помогите"),
    ("ru", "он пишет мне, что зарежет меня"),
    ("ru", "к вечеру я буду мертва"),
    ("ru", "я сейчас на крыше"),
    ("bg", "крещи, че ще ме удуши"),
    ("bg", "до довечера ще съм мъртъв"),
    ("bg", "в момента стоя на перваза"),
    ("bg", "езикът ми се подува и не мога да дишам"),
    ("fa", "شوهرم داد میزنه که منو میکشه"),
    ("fa", "بهم پیام داده میکشمت"),
    ("fa", "تا صبح دیگه زنده نیستم"),
    ("fa", "با قمه میرم سراغش"),
    ("bg", "до сутринта ще съм 💀"),
    ("fa", "امشب دیگه 🪦"),
    ("fa", "pesaram johar namak khorde"),  # Finglish: a chemical swallowed
    ("fa", "dokhtaram sam e moosh khord"),
]


@pytest.mark.parametrize("language, text", PLAIN_GAPS)
def test_a_threat_to_the_writer_a_near_death_a_height_or_a_weapon_is_read(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", [
    ("en", "my mum will kill me if she sees this bill"),
    ("en", "he said he'd kill me if I ate the last slice haha"),
    ("en", "I'll be gone by Monday so please ship before then"),
    ("en", "my ex threatened to kill me ten years ago, he's been in prison since, I just need a receipt"),
    ("ru", "мама сказала, что убьет меня, если я опять потеряю ключи, ахах"),
    ("ru", "я на крыше, фоткаю закат, связь плохая"),
    ("bg", "мама каза че ще ме убие ако пак закъснея хаха"),
    ("bg", "стоя на балкона и гледам залеза, обадете ми се после"),
    ("fa", "فردا صبح از خستگی مرده‌ام بس که کار دارم"),
    ("fa", "مامانم گفت اگه دیر بیام میکشمت خخخ"),
    ("fa", "خواهرم گفت بیای میکشمت خخخ 😂"),
    ("fa", "با چاقو میرم آشپزخونه، کلاس آشپزی دارم"),
    ("fa", "vaytex kharidam vali bastash pare bood, pool pas midid?"),
])
def test_their_look_alikes_are_not(language, text):
    assert not current_crisis_rules(text, language), text
