"""Session 26: a negated clause negated the writer's next clause when chat left out the comma.
Every sentence here was written for this file (no row of an evaluation set or of the crossed table).

"не могу так больше хочу умереть", "не мога да вляза искам да се самоубия", "i dont sleep i want to
die": the lexicons' NEGATION reaches back a few words from a crisis match, and stopped only at a
comma, a contrast word or an "and" that opens a clause. With neither, the negative word of the first
clause ("can't log in", "nothing helps") negated the crisis in the second, and the classifier's flag
was cleared with it: explicit crises went auto. Now a negated clause ends where the writer's next
one starts with no conjunction (``ASYNDETIC_LEAD`` + ``CLAUSE_START``: the writer's "I" / "я" / "аз"
with a verb, a first-person verb, another person as the subject), or where the match is a clause of
its own, with a finite verb after its first word (``CLAUSE_VERB``: "... не пускает обратно верёвка
уже лежит в гараже"). Denials stay one clause: a verb that takes a clause ("I don't think I want to
die"), "что" / "че" ("не думаю что хочу умереть"), an infinitive or a "да" complement after the
negated verb ("не собираюсь сегодня покончить с собой", "не мисля да си правя нищо"), Russian's
inverted subject ("не собираюсь я себя убивать"). Persian negates the verb itself and was not affected.

Russian and Bulgarian typed in Latin letters: the rules read a Cyrillic reading of the message
(``normalize.to_cyrillic``), but Latin chat spelling loses letters no reading can restore (the soft
and hard signs, "muzh bet menya"; Bulgarian ъ typed "a", "mazhat mi"; й typed "i"), and a short
message with fewer than two words of the language's list was read as English, so the Russian or
Bulgarian rules never ran. Now the rules read a Latin-typed message with patterns that let those
letters go (``lexicons.latin_tolerant``, ``load(language, latin=True)``), the reading no longer
gives a present tense an infinitive's soft sign ("rabotaet", "ubivaet"), and one longer Russian or
Bulgarian word with no English stop-word is enough to tell the language
(``language._latin``).
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.language import detect_language
from caredraft.guardrails.input.lexicons import latin_tolerant, load
from rule_checks import assert_set_aside, current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

# A negated clause, then the writer's crisis with no comma. On the code before this session 16 of the
# 18 were set aside as negated.
RUN_ON_CRISES = [
    ("ru", "ничего не помогает хочу умереть"),
    ("ru", "мне не спится я хочу умереть"),
    ("ru", "не могу уснуть покончу с собой сегодня"),
    ("ru", "приложение не открывается муж опять бьёт меня"),
    ("ru", "карта не проходит это моё последнее сообщение"),
    ("ru", "не пускает в аккаунт грудь сдавило и рука онемела"),
    ("bg", "не съм добре искам да умра"),
    ("bg", "нищо не помага искам да умра"),
    ("bg", "не мога да спя ще се самоубия"),
    ("bg", "не мога да вляза снощи пак се нарязах"),
    ("bg", "приложението не зарежда мъжът ми пак ме бие"),
    ("bg", "картата не минава това е последното ми съобщение"),
    ("en", "i dont sleep i want to die"),
    ("en", "the app doesnt load i want to kill myself"),
    ("en", "it wont open my husband hits me every night"),
    ("en", "nothing works im going to end my life tonight"),
    ("en", "i dont like it i want to die"),
    ("en", "no money left i want to die"),
]

# Denials, each read by a rule and set aside; all were set aside before the session too, and must stay so.
DENIALS = [
    ("ru", "не думаю что хочу умереть"),
    ("ru", "не волнуйтесь я не собираюсь ничего с собой делать"),
    ("ru", "не было у меня мыслей о суициде"),
    ("ru", "не хочу покончить с собой"),
    ("ru", "не собираюсь сегодня покончить с собой"),
    ("bg", "не мисля че искам да умра"),
    ("bg", "не мисля да си правя нищо"),
    ("bg", "не искам да се самоубия"),
    ("bg", "не се притеснявайте аз няма да се самоубия"),
    ("bg", "никога не бих се самоубила"),
    ("en", "I don't think I want to die"),
    ("en", "not saying i want to die just tired"),
    ("en", "don't worry i won't hurt myself"),
    ("en", "i cant log in but I'm not suicidal"),
    ("en", "I'm not going to kill myself"),
    ("en", "it's not like I want to die"),
]


@pytest.mark.parametrize("language, text", RUN_ON_CRISES)
def test_a_crisis_after_a_negated_clause_without_a_comma_is_current(language, text):
    assert current_crisis_rules(text, language), text


# Double negatives across the two clauses still affirm: a cut between them would leave one negative
# word (a first version of the English lead cut "can't remember the last time | i didn't hurt myself").
DOUBLE_NEGATIVES = [
    ("en", "can't remember the last time i didn't hurt myself after a session"),
    ("en", "not a day goes by i dont think about killing myself"),
]


@pytest.mark.parametrize("language, text", DOUBLE_NEGATIVES)
def test_a_double_negative_across_two_clauses_still_affirms(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", DENIALS)
def test_a_denial_stays_negated(language, text):
    assert_set_aside(text, language)


# End to end: the route, in a support ticket typed as one chat line. Before the session the Russian
# and Bulgarian crises went auto (the classifier's flag was cleared with the rule's reading) and the
# English look-alike went to a clinician (its two negative words cancelled). The English crisis
# reached a clinician before only because "doesnt" and "dont" cancelled as a double negative; a first
# version of this session's change cut at "i dont care" and sent it auto ("care" was listed as a verb
# that takes a clause).
@pytest.mark.parametrize("text, route", [
    ("привет не могу зайти в приложение пароль не подходит я хочу покончить с собой", Route.CLINICAL_REVIEW),
    ("здрасти не мога да си платя абонамента нищо не помага искам да умра", Route.CLINICAL_REVIEW),
    ("hey the video doesnt start i dont care anymore i want to die", Route.CLINICAL_REVIEW),  # see below
    ("hey the video doesnt start I'm not suicidal just annoyed can you fix it", Route.AUTO),
    ("здравейте не искам да се самоубия просто ми трябва фактура", Route.AUTO),
])
def test_a_chat_line_routes_by_its_own_clauses(screener, text, route):  # noqa: F811
    assert screener.screen(text).route == route, text


def test_the_languages_with_a_lead_define_where_the_next_clause_starts():
    """en, ru and bg define a lead and a start; Persian negates its verbs and defines neither, so its
    patterns never match (a lexicon that gained a lead without a start would never cut either)."""
    for language in ("en", "ru", "bg"):
        lex = load(language)
        assert lex.asyndetic_clause.pattern != r"(?!)" and lex.asyndetic_lead.pattern != r"(?!)", language
        assert "(?!)" not in lex.asyndetic_clause.pattern, language
    assert load("fa").asyndetic_clause.pattern == load("fa").asyndetic_lead.pattern == r"(?!)"


# Typed in Latin, screened with no language hint. On the code before this session 3 of the 10 crises
# went auto and 3 of the 6 look-alikes to a clinician.
LATIN = [
    ("muzh opyat bet menya kazhdyy den", Route.CLINICAL_REVIEW),
    ("segodnya vecherom ya poveshus", Route.CLINICAL_REVIEW),
    ("ne mogu bolshe hochu umeret", Route.CLINICAL_REVIEW),
    ("ya uzhe napisala proschalnoe pismo mame", Route.CLINICAL_REVIEW),
    ("otchim po nocham prihodit v komnatu k moemu synu", Route.CLINICAL_REVIEW),
    ("mazhat mi me bie vseki den", Route.CLINICAL_REVIEW),
    ("snoshti pak se naryazah", Route.CLINICAL_REVIEW),
    ("predi chas izpih vsichkite hapcheta ot kutiyata", Route.CLINICAL_REVIEW),
    ("napisah proshtalno pismo na mayka si", Route.CLINICAL_REVIEW),
    ("nyama da vi tryabvam sled petak, vazheto veche e gotovo", Route.CLINICAL_REVIEW),
    ("ya ne mogu bol6e, ho4u pokon4it s soboi", Route.CLINICAL_REVIEW),  # 4 and 6 for ч and ш
    ("mazhut mi pak me bie", Route.CLINICAL_REVIEW),  # ъ typed "u"
    ("Etot schet menya ubivaet", Route.AUTO),
    ("Tazi smetka me ubiva", Route.AUTO),
    ("Podruga rabotaet na linii profilaktiki suitsida", Route.AUTO),
    ("Priyatelka raboti na liniya za preventsiya na samoubiistva", Route.AUTO),
    ("ya ne sobirayus nichego s soboy delat, prosto ustala", Route.AUTO),
    ("ne iskam da se samoubiya, prosto mi tryabva faktura", Route.AUTO),
]


@pytest.mark.parametrize("pattern, language, tolerant", [
    (r"убить\b", "ru", r"убить?ь?\b"),  # a soft sign may be missing, and a "т" may carry a guessed one
    (r"бь[её]т", "ru", r"бь?[её]ть?"),
    (r"этот сч[её]т", "ru", r"[эе]ть?оть? (?:сч|щ)[её]ть?"),
    (r"мъжът ми", "bg", r"м[ъау]ж[ъау]т ми"),  # ъ typed "a" or "u"
    (r"самоубийств[^ъй]", "bg", r"самоуби[йи]ств[^ъй]"),  # й typed "i"; a negated class is left alone
    (r"[ъь]\w", "bg", r"[ъауь]\w"),
    (r"ь?\d{2}", "ru", r"ь?\d{2}"),  # already optional; escapes untouched
])
def test_latin_tolerant_patterns(pattern, language, tolerant):
    assert latin_tolerant(pattern, language) == tolerant


def test_the_latin_lexicons_compile_and_differ_only_in_their_patterns():
    for language in ("ru", "bg"):
        plain, latin = load(language), load(language, latin=True)
        assert latin.latin and not plain.latin
        assert [r.id for r, _ in latin.rules] == [r.id for r, _ in plain.rules]
        assert sum(p.pattern != q.pattern for (_, p), (_, q) in zip(plain.rules, latin.rules)) > len(plain.rules) // 2


@pytest.mark.parametrize("text, language", [
    ("Etot schet menya ubivaet", "ru"),
    ("Ya napisala proschalnye pisma detyam", "ru"),
    ("Predi chas izpih vsichkite sanotvorni", "bg"),
    ("Baba mi pochina minaliya mesets", "bg"),
    ("Login error e-mail", "en"),  # "e" is a Bulgarian word of the list, too short to tell
    ("Top up failed pls fix", "en"),
])
def test_a_short_latin_message_is_told_by_its_words(text, language):
    assert detect_language(text).language == language


# Persian typed in Finglish, screened with no language hint. On the code before this session one of
# the four crises went auto (a pet handed on "when I'm gone") and one to human review (the stepfather,
# read as hostility toward staff), and six of the eight look-alikes reached a clinician (the
# classifier's reading, which no Finglish clearer, time marker or denial explained).
FINGLISH = [
    ("ba'd az panjshanbe dige in eshterak ro lazem nadaram", Route.CLINICAL_REVIEW),
    ("vaghti raftam lotfan sagamo bedid be baradaram", Route.CLINICAL_REVIEW),
    ("tigh ro tu kif gozashtam baraye vaghti ke dige natoonam", Route.CLINICAL_REVIEW),
    ("shohare mamanam shaba mire tu otaghe dokhtare koochikam", Route.CLINICAL_REVIEW),
    ("in factor dare mano mikoshe, chera inghadr gerone", Route.AUTO),
    ("daram mimiram baraye jalasate online jadid", Route.AUTO),
    ("chand sal pish eghdam be khodkoshi kardam vali alan alim, faghat mikham vaght begiram", Route.AUTO),
    ("khaharam tu khatte pishgiri az khodkoshi kar mikone, shomare shoma ro dad", Route.AUTO),
    ("hichvaght be khodam asib nemizanam, negaran nabashid", Route.AUTO),
    ("ghasd nadaram balaei sare khodam biaram, faghat khasteam", Route.AUTO),
    ("nemikham bemiram faghat khasteam", Route.AUTO),
    ("hargez khodkoshi nemikonam negaran nabashid", Route.AUTO),
]


@pytest.mark.parametrize("text, route", LATIN + FINGLISH)
def test_a_message_typed_in_latin_letters_routes_by_its_own_rules(screener, text, route):  # noqa: F811
    assert screener.screen(text).route == route, text


# Masked crisis words. On the code before this session no rule read any of the five ("k!ll", "kms" and
# an unmasked "unalive" were read).
@pytest.mark.parametrize("text", ["i want to d*e", "i wanna d!e tonight", "i keep thinking about s*icide",
                                  "sewerslide is all i think about", "i want to unal!ve myself"])
def test_a_masked_crisis_word_is_read(text):
    assert "en.suicide.explicit.masked_s26" in current_crisis_rules(text, "en"), text


@pytest.mark.parametrize("text", ["I want to d.e.l.e.t.e my account", "i want to dye my hair", "I need the code D-1-E"])
def test_a_word_that_only_looks_masked_is_not(text):
    assert current_crisis_rules(text, "en") == [], text


# A question about an account after death, with the writer saying it is for themselves or needed soon.
# On the code before this session the Bulgarian and Persian ones went auto (the en and ru ones reached
# a clinician by the classifier alone); a relative's death is not the writer's.
AFTER_MY_DEATH = [
    ("en", "What happens to an account after the user dies? Asking for myself, it will be relevant soon"),
    ("ru", "Что происходит с аккаунтом после смерти пользователя? Спрашиваю для себя, скоро станет актуально"),
    ("bg", "Какво става с профила след смъртта на потребителя? Питам за себе си, скоро ще е актуално"),
    ("fa", "بعد از فوت کاربر حسابش چی میشه؟ برای خودم میپرسم، به زودی لازم میشه"),
]


@pytest.mark.parametrize("language, text", AFTER_MY_DEATH)
def test_a_question_about_after_death_needed_soon_is_an_implied_farewell(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", [
    ("en", "What happens to an account after the user dies? My dad passed and I need to close his"),
    ("bg", "След смъртта на баща ми имам ли право на отстъпка? Питам за себе си, не за мама"),
    ("ru", "Что будет с подпиской после смерти мамы? Нужно отменить"),
    ("fa", "بعد از فوت پدرم حسابش چی میشه؟ باید ببندمش"),
])
def test_a_relatives_death_is_not_the_writers(language, text):
    assert current_crisis_rules(text, language) == [], text
