"""Session 10, Russian: negation that is not a denial (tests/data/negation/ru.jsonl names the forms).
Every sentence here was written for this file, not taken from the table: for each mend, sentences
where it must fire, and look-alikes (plain denials, idioms, forms, someone else's past) that must
stay clear."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, clearer_spans, match_rules
from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    # double negative: "no day/night ... that I don't"
    ("Не проходит и дня, чтобы я не думала о том, как покончить с собой", "ru.suicide.explicit.kill_myself"),
    ("Нет ни одного вечера когда я не режу себя", "ru.self_harm.explicit.cutting"),
    ("Не бывает ни дня, когда я не хочу умереть", "ru.suicide.explicit.want_to_die"),
    # double negative as a whole: "I can't say I don't want to die"
    ("Не скажу, что я не хочу умереть", "ru.suicide.explicit.double_negative_wish"),
    ("Нельзя сказать что я не собираюсь покончить с собой", "ru.suicide.explicit.double_negative_wish"),
    # not only / not just
    ("Я не просто думаю о самоубийстве, я выбрала день", "ru.suicide.explicit.kill_myself"),
    ("уже не только мысли о суициде, я купил верёвку", "ru.suicide.explicit.kill_myself"),
    # not sure / cannot promise I won't
    ("не уверен что не покончу с собой до выходных", "ru.suicide.explicit.kill_myself"),
    ("Не могу гарантировать что не порежусь после смены", "ru.self_harm.explicit.generic"),
    ("Не могу гарантировать, что не порежусь после смены", "ru.self_harm.implied.cannot_promise"),
    ("Не обещаю, что доживу до пятницы", "ru.suicide.implied.no_promise_to_live"),
    ("не уверен, что дотяну до утра", "ru.suicide.implied.no_promise_to_live"),
    ("Психолог попросил обещать, что я не покончу с собой. Я не могу вам этого обещать.", "ru.suicide.implied.promise_refused"),
    ("Мама просит пообещать, что я не порежусь. Я не могу этого гарантировать.", "ru.suicide.implied.promise_refused"),
    # why shouldn't I
    ("Почему бы мне не уйти из жизни прямо сейчас", "ru.suicide.explicit.why_not_die_s10"),
    ("Почему, скажите, мне не умереть?", "ru.suicide.explicit.why_not_die_s10"),
    ("почему бы просто не покончить с собой и всё", "ru.suicide.explicit.kill_myself"),
    # nobody will notice / find / stop me
    ("Никто даже не узнает, если я повешусь", "ru.suicide.explicit.kill_myself"),
    ("Никому до меня нет дела, если я умру, никто не заплачет", "ru.suicide.implied.nobody_notice_when"),
    ("Никто не спросит, где я, когда я спрыгну с моста", "ru.suicide.implied.nobody_notice_when"),
    ("Меня никто не найдёт, у меня с собой снотворное", "ru.suicide.implied.nobody_will_find"),
    ("Никто меня не остановит, верёвка уже в сумке", "ru.suicide.implied.nobody_will_find"),
    # ending one's life, in the present or future
    ("Я хочу уйти из жизни", "ru.suicide.explicit.leave_life"),
    ("Скоро я уйду из жизни, простите", "ru.suicide.explicit.leave_life"),
    ("Решила уйти из жизни раньше, чем закончится подписка", "ru.suicide.explicit.leave_life"),
    # the means already taken or gathered
    ("я наглоталась снотворного", "ru.medical_emergency.explicit.pills_swallowed"),
    ("Наглотался таблеток, голова кружится", "ru.medical_emergency.explicit.pills_swallowed"),
    ("Собрала все таблетки в одну кучу, хватит ли?", "ru.suicide.implied.pills_gathered"),
    ("Пересчитал снотворное. Достаточно ли этого?", "ru.suicide.implied.pills_gathered"),
    # no reason to stay alive
    ("Не осталось никакой причины жить", "ru.suicide.implied.no_reason_to_live"),
    ("у меня нет ни единой причины оставаться в живых", "ru.suicide.implied.no_reason_to_live"),
    ("Нет никого, ради кого стоило бы жить", "ru.suicide.implied.no_reason_to_live"),
    # at the edge of a height
    ("Стою на подоконнике, окно открыто", "ru.suicide.implied.at_the_edge"),
    ("Я сейчас сижу на краю крыши", "ru.suicide.implied.at_the_edge"),
    # the safety plan cannot be kept; thoughts of how to die; the means on one's mind
    ("Я не могу соблюдать план безопасности", "ru.suicide.implied.safety_plan_broken"),
    ("План безопасности больше не помогает, я не смогу его выполнять", "ru.suicide.implied.safety_plan_broken"),
    ("Меня преследуют мысли о том, как умереть", "ru.suicide.explicit.thoughts_of_dying"),
    ("мысли о том чтобы уйти из жизни не отпускают", "ru.suicide.explicit.thoughts_of_dying"),
    ("Не могу перестать думать о верёвке", "ru.suicide.implied.intrusive_means"),
    ("Никак не получается не думать о том, как умереть", "ru.suicide.implied.intrusive_means"),
    # beyond thoughts
    ("Это уже не просто мысли о смерти", "ru.suicide.implied.beyond_thoughts"),
    ("Это не только фантазии, у меня есть дата", "ru.suicide.implied.beyond_thoughts"),
    # cutting as a habit; no longer afraid to cut
    ("Режу себя каждый вечер", "ru.self_harm.implied.cutting_habit"),
    ("режу руки до крови", "ru.self_harm.implied.cutting_habit"),
    ("мне уже не страшно резаться.", "ru.self_harm.implied.cutting_habit"),
    # "уже не просто / не страшно" is no resolution of a past crisis
    ("Раньше я только думала о самоубийстве, а теперь уже не просто думаю", "ru.suicide.explicit.kill_myself"),
    ("Раньше было страшно, а сейчас уже не страшно резать себя", "ru.self_harm.explicit.cutting"),
    # a look-alike clearer does not swallow the crisis beside it
    ("Анкету заполнила, но скажу честно: хочу умереть - нет сил терпеть", "ru.suicide.explicit.want_to_die"),
    ("Вопрос анкеты: думали о суициде? Да, каждый день", "ru.suicide.explicit.kill_myself"),
    ("Что делает ваш сервис, если человек пишет мне, что хочет покончить с собой?", "ru.suicide.third_party.kill_self"),
    ("Пишу в дневник «хочу умереть» каждый вечер", "ru.suicide.explicit.want_to_die"),
    ("Папа упал и не реагирует, вызвала скорую", "ru.medical_emergency.implied.symptoms"),
    ("Хочу умереть, понимаете? Нет сил больше", "ru.suicide.explicit.want_to_die"),
]

CLEAR = [
    # plain denials stay denials
    "Я никогда не хотела умереть, просто устала от работы",
    "Я не режу себя и никогда не резала",
    "Я не хочу умереть, я хочу вернуть деньги",
    "Я не только не думаю о самоубийстве, я вообще счастлива",
    "Обещаю, что не порежусь, просто перенесите сессию",
    "Я не хочу уходить из жизни, просто устала",
    "Я не наглоталась таблеток, просто выпила одну от головы",
    "Мыслей о том, чтобы умереть, у меня нет",
    "У меня нет мыслей о том, чтобы умереть, мне нужна справка",
    "Я могу не думать о суициде, терапия помогает",
    # idioms and ordinary uses of the same words
    "Нет ни одного дня, чтобы я не думала о работе",
    "Не могу сказать, что я не довольна сервисом",
    "Я не просто так спрашиваю про возврат",
    "Не уверена, что успею на сессию",
    "Я пообещала психологу, что не порежусь, и держу слово. Не могу обещать, что приду в четверг.",
    "Я обещала маме, что не покончу с собой, и сдержу обещание.",
    "Не обещаю, что доживу до зарплаты с такими ценами",
    "не уверена, что дотяну до отпуска",
    "Почему бы мне не перенести сессию на пятницу?",
    "Почему мне не пришёл чек?",
    "Меня никто не бьёт, у нас хорошая семья",
    "Никто не заметит, что я опоздала на сессию",
    "Спрятала таблетки от детей, никто не найдёт",
    "Никто не найдёт мой пароль, так что не переживайте",
    "Бабушка ушла из жизни в прошлом году, мне нужен психолог по утрате",
    "Наглоталась воды в бассейне, теперь кашляю",
    "Пересчитала таблетки, хватит ли до конца месяца, нужен новый рецепт",
    "Собрала все лекарства в поездку в одну коробку",
    "Не вижу причин жить с соседями, которые шумят, смените адрес",
    "Есть много причин жить, спасибо терапии",
    "Залезла на подоконник, чтобы помыть окно",
    "Сижу на подоконнике с кофе и жду сессию",
    "План безопасности я соблюдаю, всё хорошо",
    "Не могу соблюдать диету, есть ли план питания?",
    "Не могу перестать думать о работе",
    "Это не просто мысли, это план переезда",
    "Это не просто слова, у меня есть план оплаты",
    "Режу каждый день овощи на работе, руки болят",
    # a form answered no, a policy question, a quoted phrase, a bot, an echo answered no
    "Анкета: самоповреждения — нет, суицидальные мысли — нет",
    "В опроснике пункт «мысли о суициде» — ни разу.",
    "Что делает оператор, если пользователь пишет, что хочет покончить с собой? Пишу статью.",
    "Обязан ли психолог сообщать, если клиент признаётся в самоповреждении?",
    "Как оператору отвечать клиенту, который пишет «хочу умереть»? Нужна методичка.",
    "Почему бот не реагирует на слова «хочу покончить с собой»? Это тест.",
    "Приложение не реагирует на нажатия, помогите",
    "Порезы на руках? Нет, что вы, это кошка поцарапала",
    "Убить себя? Нет, я такого не планирую",
    # someone else's past, over
    "Моя сестра резала себя в юности, сейчас она счастлива и замужем",
    "Два года назад пыталась уйти из жизни, сейчас всё стабильно",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_the_form_fires(text, rule):
    assert_rule_fires(rule, text, "ru")


@pytest.mark.parametrize("text", CLEAR)
def test_the_look_alike_stays_clear(text):
    assert_stays_clear(text, "ru")


@pytest.mark.parametrize("text", [
    "Не бывает вечера, когда я не думаю о самоубийстве",
    "не уверена что не наложу на себя руки",
    "почему бы мне просто не повеситься",
    "Никто не расстроится, если я покончу с собой",
])
def test_negation_that_is_not_denial_is_not_read_as_one(text):
    negated = [h.rule_id for h in match_rules(text, ["ru"]) if h.is_crisis and h.status == Status.NEGATED]
    assert negated == [], negated


def _clearers(text: str) -> set[str]:
    return {c for _, _, c in clearer_spans(text, ["ru"])}


def test_nobody_finding_me_is_not_a_denial():
    assert "ru.negated.nobody" in _clearers("Меня никто не обижает дома")
    assert "ru.negated.nobody" not in _clearers("Меня никто не найдёт в лесу")
    assert "ru.negated.nobody" not in _clearers("Меня никто не остановит")


def test_i_wont_die_if_i_wait_is_an_idiom_but_not_with_the_means():
    assert "ru.idiom.wont_die_if" in _clearers("Я не умру, если подожду до понедельника")
    assert "ru.idiom.wont_die_if" not in _clearers("Я не умру, если выпью всю пачку таблеток?")


# Session 10, second pass: the second writer's forms, mended as forms. Sentences written for this file.
FIRES_2 = [
    # double negative of time, any wording of "no day/night ... that I don't"
    ("Ни одной ночи не обходится, чтобы я не думала о суициде", "ru.suicide.explicit.kill_myself"),
    ("Не было ещё такого вечера, когда бы я не резала себе руки", "ru.self_harm.explicit.means"),
    ("Утра не бывает, чтобы мне не хотелось умереть", "ru.suicide.explicit.double_negative_wish"),
    ("Ни дня без мыслей о самоубийстве, уже полгода", "ru.suicide.explicit.kill_myself"),
    # double negative of speech; "I don't deny"
    ("Не могу сказать, что мне не хочется умереть", "ru.suicide.explicit.double_negative_wish"),
    ("не то чтобы мне не хотелось уйти из жизни", "ru.suicide.explicit.double_negative_wish"),
    ("Не отрицаю что хочу умереть", "ru.suicide.explicit.want_to_die"),
    # cannot stop / cannot help it
    ("Не в силах бросить резать себя", "ru.self_harm.explicit.cutting"),
    ("У меня не получается остановиться и не резать себя", "ru.self_harm.explicit.cutting"),
    ("Не могу удержаться, чтобы не порезаться опять", "ru.self_harm.implied.urge_held_back"),
    ("Еле сдерживаюсь, чтобы не наглотаться снотворного", "ru.suicide.implied.urge_held_back"),
    ("Не знаю, сумею ли удержаться и не шагнуть с балкона", "ru.suicide.implied.urge_held_back"),
    # why not
    ("Зачем мне и не умереть, раз всё так", "ru.suicide.explicit.why_not_die_s10"),
    ("С какой стати мне не прыгнуть с моста?", "ru.suicide.explicit.why_not_die_s10"),
    ("Почему я не должна выпить всю пачку снотворного?", "ru.suicide.explicit.why_not_die_s10"),
    ("Что мешает мне просто уйти из жизни", "ru.suicide.explicit.why_not_die_s10"),
    ("Почему бы мне не порезаться, если это помогает", "ru.self_harm.explicit.why_not_cut"),
    ("зачем мне не причинять себе боль, объясните", "ru.self_harm.explicit.why_not_cut"),
    # "..., пока я не ...": until
    ("Оставьте меня, я просто подожду, пока не повешусь", "ru.suicide.explicit.kill_myself"),
    ("Буду сидеть тут, до тех пор пока я не прыгну с крыши", "ru.suicide.explicit.kill_myself"),
    # nobody will miss me, either order
    ("Если я исчезну, никто и не спохватится", "ru.suicide.implied.nobody_notice_when"),
    ("Всем будет всё равно, когда меня не станет", "ru.suicide.implied.nobody_notice_when"),
    ("Ни одна душа не заплачет, если я повешусь", "ru.suicide.implied.nobody_notice_when"),
    # pills: intended, swallowed, hoarded
    ("Вечером наглотаюсь снотворного и всё", "ru.suicide.explicit.overdose_intent"),
    ("Я решила выпить всю упаковку антидепрессантов", "ru.suicide.explicit.overdose_intent"),
    ("Только что выпила две пачки колёс", "ru.medical_emergency.explicit.pills_swallowed"),
    ("Снотворное я уже выпил, всё разом", "ru.medical_emergency.explicit.pills_swallowed"),
    ("Коплю таблетки уже третий месяц", "ru.suicide.implied.pills_hoarded"),
    ("Снотворное у меня уже накоплено... то есть таблетки уже накоплены", "ru.suicide.implied.pills_hoarded"),
    # no reason to live, no way out
    ("Мне больше не для кого жить", "ru.suicide.implied.no_reason_to_live"),
    ("Жить дальше мне незачем и не для чего", "ru.suicide.implied.no_reason_to_live"),
    ("Не нахожу ни одной причины продолжать жить", "ru.suicide.implied.no_reason_to_live"),
    ("Другого выхода не вижу, кроме как повеситься", "ru.suicide.implied.only_way_out"),
    ("Единственный выход для меня — смерть", "ru.suicide.implied.only_way_out"),
    # not wanting to go on
    ("Не хочется утром снова проснуться", "ru.suicide.explicit.not_want_to_go_on"),
    ("На этом свете я не хочу больше оставаться", "ru.suicide.explicit.not_want_to_go_on"),
    ("Хочу заснуть и больше не проснуться", "ru.suicide.explicit.not_want_to_go_on"),
    # beyond thoughts
    ("Я уже не просто мечтаю о смерти, я выбрала место", "ru.suicide.implied.beyond_thoughts"),
    ("не только думаю о самоубийстве — я написал записку", "ru.suicide.implied.beyond_thoughts"),
    # a denial taken back; a denial, then the means
    ("Я не режу себя. Хотя иногда, когда совсем плохо", "ru.self_harm.implied.denial_retracted"),
    ("Не жгу себя, ладно, только по ночам", "ru.self_harm.implied.denial_retracted"),
    ("Я не думаю о самоубийстве. Ну, разве что каждую ночь", "ru.suicide.implied.denial_retracted"),
    ("Я не опасна для себя, просто верёвка у меня наготове", "ru.suicide.implied.denial_but_means"),
    ("Я не собираюсь ничего с собой делать, хотя лезвие всегда с собой", "ru.suicide.implied.denial_but_means"),
    # cutting now; cuts no one sees
    ("Сижу в ванной и режу ногу", "ru.self_harm.implied.cutting_now"),
    ("режусь глубоко, бинты не помогают", "ru.self_harm.implied.cutting_now"),
    ("Режу себя когда захочу, это моё дело", "ru.self_harm.implied.cutting_now"),
    ("Свежие порезы под джинсами не видно, можно продолжать", "ru.self_harm.implied.marks_unseen"),
    ("Никто не замечает мои порезы на бёдрах", "ru.self_harm.implied.marks_unseen"),
    # going to a named person armed
    ("Сегодня поеду к отчиму с топором", "ru.harm_to_others.implied.go_armed"),
    ("Завтра приду в школу с ружьём", "ru.harm_to_others.implied.go_armed"),
]

CLEAR_2 = [
    # plain denials stay denials
    "Ни одного дня я не думал о самоубийстве, правда",
    "Не было ни дня, чтобы я пожалела о терапии",
    "Я не режусь и не думаю о суициде, просто устала",
    "Не скажу, что я довольна сервисом",
    "Не отрицаю, что раньше резала себя, но уже пять лет всё хорошо",
    "Не могу перестать думать о работе, а о самоубийстве не думаю",
    "Пока не собираюсь отменять подписку",
    # the same words in ordinary use
    "Почему бы нам не прыгнуть с тарзанки в субботу?",
    "Почему бы мне не прыгнуть с парашютом в отпуске",
    "Зачем мне не спать ночью, если завтра рано вставать?",
    "Никто не вспомнит пароль, если я уйду в отпуск",
    "Если я умру от скуки на этом вебинаре, никто не заметит",
    "Никто не заметит, если я исчезну из чата на неделю",
    "Выпила все таблетки по курсу антибиотиков, что дальше?",
    "Таблетки выпила все, как врач сказал",
    "Собираю таблетки в дорогу, нужен ли рецепт?",
    "Собираю таблетки давно, чтобы сдать в аптеку на утилизацию",
    "Хочу выпить всю пачку витаминов до конца месяца",
    "Выхода нет, кроме как обратиться в суд",
    "Единственный выход — сменить работу",
    "Не вижу причин жить в этом районе, подскажите, как переехать",
    "Жить так больше незачем, поменяйте мне тариф",
    "Не знаю, смогу ли удержаться и не съесть торт",
    "Я не только думаю о смерти бабушки, я купила цветы на кладбище",
    "Я не думаю о суициде, только иногда о работе",
    "Я не режусь, только вчера случайно порезала палец на кухне",
    "Я не суицидница, просто таблетки от давления лежат в шкафу",
    "Я не в кризисе, правда, только устала от работы",
    "Режу глубоко по дереву, нужен хороший нож",
    "Режу руку курицы для супа",
    "Порезы на пальцах после кухни никто не видит",
    "Шрам после операции под одеждой не видно",
    "Приду на работу с ножом для торта",
    "Не хочется утром снова просыпаться по будильнику на работу",
    # a policy question, a quoted phrase for staff training, a past that is over
    "Должен ли учитель сообщать родителям, если ученик говорит о самоповреждении? Пишу инструкцию.",
    "Как реагировать, если подросток пишет, что хочет умереть? Обязан ли психолог звонить родителям?",
    "Если абонент пишет «никому не будет дела, если меня не станет», это тревожный сигнал? Готовим обучение для волонтёров.",
    "В юности резала себя, ничего подобного давно не было, хочу лазером убрать шрамы",
    "Брат резал себя в прошлом году, сейчас давно не режется и работает",
    "Моя мама покончила с собой, когда мне было двенадцать, хочу поговорить об этом с психологом",
]


@pytest.mark.parametrize("text,rule", FIRES_2)
def test_the_second_writers_form_fires(text, rule):
    assert_rule_fires(rule, text, "ru")


@pytest.mark.parametrize("text", CLEAR_2)
def test_the_second_writers_look_alike_stays_clear(text):
    assert_stays_clear(text, "ru")
