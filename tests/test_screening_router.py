"""The screener end to end (real e5 embeddings): routes, reasons, priority and fail-closed
behaviour. Messages are written for these tests, in all four languages."""

from __future__ import annotations

import pytest

from caredraft.domain import Route, SignalKind
from caredraft.guardrails.base import Screener
from caredraft.guardrails.screening import RulesSemanticScreener, build_screener
from caredraft.settings import Settings

CLINICAL = [
    ("en", "I want to kill myself, I can't do this anymore"),
    ("en", "cancel my account, I won't be around next month"),
    ("en", "I've been cutting myself again and it's getting worse"),
    ("en", "I'm going to kill my husband when he gets home tonight"),
    ("en", "My partner hits me and I'm scared to go home"),
    ("en", "my neighbour touches his daughter, I've seen it"),
    ("en", "My dad has crushing chest pain and can't breathe, what do I do"),
    ("ru", "Я больше не хочу жить, простите"),
    ("ru", "Меня скоро не станет, раздаю вещи"),
    ("ru", "Муж бьёт меня, боюсь идти домой"),
    ("ru", "У ребёнка судороги прямо сейчас"),
    ("bg", "Искам да сложа край на живота си"),
    ("bg", "Няма да ме има следващия месец, затова спрете абонамента"),
    ("bg", "Мъжът ми ме бие всяка вечер"),
    ("fa", "دیگر نمی‌خواهم زنده باشم"),
    ("fa", "این آخرین پیام من است، خداحافظ برای همیشه"),
    ("fa", "شوهرم مرا کتک می‌زند و می‌ترسم به خانه بروم"),
    ("en", "I don't want to be here anymore, please just cancel everything"),
    ("en", "I've been hoarding my meds for weeks now"),
    ("en", "my mom's boyfriend hurts me when she's at work"),
    ("ru", "Я коплю таблетки уже несколько недель"),
    ("bg", "Жена ми припадна и не диша"),
    # a negation in the first clause does not reach a disclosure after "and" (session 11: these went to auto)
    ("en", "I'm not ok and I want to die"),
    ("ru", "Мне не помогает терапия и я хочу умереть"),
    ("bg", "Не ми помага терапията и искам да умра"),
]

AUTO = [
    ("en", "This bill is killing me, why did the price go up?"),
    ("en", "Please kill my subscription, I'm moving to another provider."),
    ("en", "I'm dying to know when video sessions come to Android"),
    ("en", "My therapist helps with my depression, but the app logs me out every day."),
    ("en", "Two years ago I was suicidal, I'm doing well now. How do I change my payment card?"),
    ("en", "My mother passed away last month and I need to close her account."),
    ("en", "You charged me twice and nobody answers. This is unacceptable!"),
    ("en", "Can you recommend a good pizza place near the office?"),
    ("en", "I'm not suicidal, I just want my money back."),
    ("ru", "Убей меня, но я не понимаю этот счёт"),
    ("ru", "Мой психотерапевт помогает мне с тревогой, но приложение не даёт записаться"),
    ("ru", "Верните деньги, вы списали дважды, это безобразие"),
    ("bg", "Тази сметка ме убива, защо е толкова скъпо?"),
    ("bg", "Майка ми почина и искам да закрия профила ѝ"),
    ("bg", "Как да сменя имейла си?"),
    ("fa", "این قبض منو کشت، چرا این‌قدر گران است؟"),
    ("fa", "لطفاً اشتراک من را لغو کنید"),
    ("fa", "درمانگرم در افسردگی کمکم می‌کند اما برنامه مرا بیرون می‌اندازد"),
    ("en", "My anxiety is through the roof because of this billing error, please fix it"),
    ("en", "I'm bipolar and my insurance changed, which plan covers psychiatry?"),
    ("en", "Honestly your app is driving me crazy, the calendar never syncs"),
    ("ru", "Я в депрессии из-за вашей поддержки, ответьте уже наконец"),
    ("bg", "Имам паник атаки и искам сесии вечер, има ли такива?"),
    ("fa", "اضطراب دارم، آیا جلسه شبانه دارید؟"),
    ("en", "top up failed"),
]


@pytest.fixture(scope="module")
def screener(embedder, tmp_path_factory) -> RulesSemanticScreener:
    s = RulesSemanticScreener(Settings(data_dir=tmp_path_factory.mktemp("screen")), embedder)
    s.warm_up()
    return s


def test_build_screener_is_a_screener(settings, embedder) -> None:
    assert isinstance(build_screener(settings, embedder), Screener)


@pytest.mark.parametrize("language,text", CLINICAL)
def test_current_crisis_routes_to_clinical(screener, language: str, text: str) -> None:
    result = screener.screen(text)
    assert result.language == language
    assert result.route == Route.CLINICAL_REVIEW, result.reasons
    assert result.priority == "urgent"
    assert result.crisis_signals and all(s.evidence == text[s.start:s.end] for s in result.signals)


@pytest.mark.parametrize("language,text", AUTO)
def test_ordinary_look_alikes_route_to_auto(screener, language: str, text: str) -> None:
    result = screener.screen(text, language=language)
    assert result.route == Route.AUTO, result.reasons
    assert not result.crisis_signals


def test_batch_equals_single(screener) -> None:
    texts = [t for _, t in CLINICAL[:3] + AUTO[:3]]
    batch = screener.screen_many(texts)
    assert [r.route for r in batch] == [screener.screen(t).route for t in texts]


def test_cleared_match_is_explained(screener) -> None:
    result = screener.screen("This bill is killing me")
    assert result.route == Route.AUTO
    assert any("idiom" in r and "en.idiom.killing_me" in r for r in result.reasons)


def test_reason_names_rule_and_evidence(screener) -> None:
    result = screener.screen("I won't be around next month, so cancel it")
    assert any("won't be around" in r and "en.suicide.implied.not_around" in r for r in result.reasons)


def test_past_crisis_with_unclear_status_goes_to_a_person(screener) -> None:
    result = screener.screen("I was suicidal last year. Can I get my old session notes?")
    assert result.route == Route.HUMAN_REVIEW
    assert not result.crisis_signals  # the pipeline treats any crisis signal as clinical
    assert result.follow_up  # a crisis in their past, told to us: someone checks in later


def test_threat_to_staff_goes_to_human_review(screener) -> None:
    result = screener.screen("I know where you work. I'll find you if my refund isn't here tomorrow.")
    assert result.route == Route.HUMAN_REVIEW
    assert any(s.category == "hostility" for s in result.signals)


def test_a_threat_to_staff_taken_back_as_a_joke_is_explained_not_routed(screener) -> None:
    # Cleared only by a clearer that names the hostility rule (lexicons/bg.py, session 16).
    joke = screener.screen("Ще ви удуша от любов, терапевтката ми е страхотна! Как да ѝ оставя отзив?", language="bg")
    assert joke.route == Route.AUTO
    assert any("bg.hostility" in r and "cleared by" in r for r in joke.reasons)
    threat = screener.screen("Ще ви удуша, като ви намеря.", language="bg")
    assert threat.route == Route.HUMAN_REVIEW


def test_vulnerability_sets_follow_up_not_route(screener) -> None:
    result = screener.screen("I lost my job and can't afford the sessions, can I pause my plan?")
    assert result.route == Route.AUTO
    assert result.follow_up and result.priority == "high"
    assert {s.category for s in result.vulnerability_signals} == {"financial_hardship"}


def test_crisis_hidden_in_a_long_ticket(screener) -> None:
    text = ("Hello, I have a question about my invoice from March. The amount was higher than usual and "
            "I could not find the breakdown in the app. Also the session reminder arrives too late. "
            "Honestly I have been saving up my pills and I don't think I'll need any of this much longer. "
            "Anyway, please tell me what the extra charge was for.")
    assert screener.screen(text).route == Route.CLINICAL_REVIEW


def test_unsupported_language_crisis_is_not_auto(screener) -> None:
    for text in ("Ich will nicht mehr leben. Ich habe Tabletten gesammelt.", "Quiero morir, ya no aguanto más."):
        result = screener.screen(text)
        assert result.language == "other"
        assert result.route != Route.AUTO, result.reasons


class _BrokenEmbedder:
    def embed_queries(self, texts):
        raise RuntimeError("model crashed")

    def embed_passages(self, texts):
        raise RuntimeError("model crashed")


def test_embedder_failure_fails_closed(settings) -> None:
    screener = RulesSemanticScreener(settings, _BrokenEmbedder())
    crisis = screener.screen("I want to end my life")
    assert crisis.route == Route.CLINICAL_REVIEW and "semantic" in crisis.degraded
    ordinary = screener.screen("How do I change my email address?")
    assert ordinary.route == Route.HUMAN_REVIEW
    assert "semantic" in ordinary.degraded
    assert any("semantic layer unavailable" in r for r in ordinary.reasons)


def test_semantic_signal_kinds_are_crisis_only_when_clinical(screener) -> None:
    for _, text in AUTO:
        assert all(s.kind == SignalKind.VULNERABILITY for s in screener.screen(text).signals)


def test_exemplar_embeddings_are_cached_on_disk(settings, embedder, monkeypatch) -> None:
    first = RulesSemanticScreener(settings, embedder)
    first.warm_up()
    cached = list((settings.data_dir / "cache").glob("passages-*.npy"))
    assert len(cached) == 1  # the exemplars (the emotion model is packaged, no prototypes to embed)
    monkeypatch.setattr(embedder, "embed_passages", _BrokenEmbedder().embed_passages)
    again = RulesSemanticScreener(settings, embedder)  # would raise if it re-embedded the exemplars
    assert (again.scorer.matrix() == first.scorer.matrix()).all()


def test_bad_input_is_a_clear_error(screener) -> None:
    with pytest.raises(TypeError, match="expected a string"):
        screener.screen_many([None])  # type: ignore[list-item]
    assert screener.screen("   ").route == Route.HUMAN_REVIEW


@pytest.mark.parametrize("language,text", [
    ("en", "I know exactly where your clinic is and I'll be waiting outside"),
    ("ru", "Я прекрасно знаю, где ваш офис, вы ещё пожалеете"),
    ("bg", "Знам къде е клиниката ви, ще съжалявате"),
    ("fa", "می‌دانم دفترتان کجاست، پشیمان می‌شوید"),
])
def test_threats_to_staff_in_every_language_go_to_a_person(screener, language: str, text: str) -> None:
    result = screener.screen(text)
    assert result.route == Route.HUMAN_REVIEW
    assert any("hostility" in r for r in result.reasons)


@pytest.mark.parametrize("text", ["ya hochu umeret", "iskam da umra"])
def test_transliterated_crisis_is_clinical(screener, text: str) -> None:
    result = screener.screen(text)
    assert result.language in ("ru", "bg")
    assert result.route == Route.CLINICAL_REVIEW


@pytest.mark.parametrize("language,text", [
    ("en", "Please cancel my subscription, I won't be using the app anymore"),
    ("fa", "لطفاً اشتراک من را لغو کنید"),
    ("ru", "Удалите, пожалуйста, мой аккаунт"),
    ("bg", "Той би се зарадвал, ако знаеше, че продължавам. Искам да сменя адреса си."),
])
def test_cancellations_and_grief_stay_auto(screener, language: str, text: str) -> None:
    assert screener.screen(text).route == Route.AUTO


def test_the_semantic_layer_reads_time_and_idioms_like_the_classifier(screener) -> None:
    """A window that says the crisis is over, or holds an idiom, is explained, not flagged."""
    over = screener.screen("I had thoughts of ending my life during my divorce three years ago. That's completely "
                           "in the past and I'm happy now. I'd like to send a thank-you note to my therapist, how?")
    assert over.route == Route.AUTO, over.reasons
    assert any(r.startswith("not a current crisis (past") and "semantic" in r for r in over.reasons)
    idiom = screener.screen("Your new login screen is going to be the death of me. Face ID fails every single time.")
    assert idiom.route == Route.AUTO, idiom.reasons
    current = screener.screen("Everything feels pointless lately and I keep thinking everyone would be fine without me.")
    assert current.route == Route.CLINICAL_REVIEW


@pytest.mark.parametrize("language", ["en", "ru", "bg", "fa", "other"])
def test_semantic_doubt_goes_to_the_clinician(tmp_path, language: str) -> None:
    """DECISIONS: between a person and a clinician, the clinician. A window near enough a crisis
    example to be flagged at all is a crisis signal, in every language, including those whose
    review threshold is calibrated below the global crisis threshold (en 0.875, ru 0.885)."""
    settings = Settings(data_dir=tmp_path)
    thresholds = RulesSemanticScreener(settings, embedder=None)._thresholds_for(language)
    assert thresholds.crisis <= thresholds.review
    assert thresholds.review == settings.semantic_review_threshold_by_language.get(language, settings.semantic_review_threshold)
