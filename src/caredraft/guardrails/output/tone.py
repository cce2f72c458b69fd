"""Tone of a reply: defensive, blaming or dismissive wording makes an upset customer more upset.

Three severities: abusive words are high (block); blaming, defensive and dismissive phrases
are medium (revise); the stock "sorry for the inconvenience" is low (revise, it reads as a
brush-off, and the acknowledgement should name what actually happened).
"""

from __future__ import annotations

from caredraft.domain import Severity, ViolationKind
from caredraft.guardrails.output import Finding, ReplyContext, languages_for
from caredraft.guardrails.output._text import compile_all, fold, mask_quoted

KIND = ViolationKind.TONE

_PATTERNS: dict[str, dict[Severity, list[str]]] = {
    "en": {
        Severity.HIGH: [
            r"\b(?:stupid|idiot\w*|moron\w*|dumb|pathetic|ridiculous customer|shut up|stop whining|crybaby|get lost|grow up|deal with it)\b",
        ],
        Severity.MEDIUM: [
            r"\byou (?:should|could|would) have (?:read|checked|known|noticed|paid attention|looked|asked|cancell?ed|contacted|been more careful)",
            r"\bas (?:i|we) (?:already|have already|previously|clearly|have|just) (?:explained|said|stated|told you|mentioned|pointed out)",
            r"\b(?:like|as) i (?:said|told you)(?: before| already)?\b|\bi(?:'ve| have) already told you|\bfor the (?:last|second|third|hundredth) time",
            r"\bcalm down\b|\brelax\b|\bthere(?:'s| is) no need to (?:shout|be rude|get upset|overreact|be so)|\bno need to (?:shout|yell|overreact)",
            r"\b(?:that|this|it)(?:'s| is) not (?:our|my) (?:problem|fault|concern|responsibility|job)|\bnot our problem\b|\bnot my problem\b",
            r"\bthere(?:'s| is) nothing (?:we|i) can (?:do|help)|\bnothing (?:more )?(?:we|i) can do\b|\bwe can(?:'t|not) help you\b|\bthere is nothing to discuss",
            r"\byou (?:failed|neglected|forgot) to\b|\byou (?:didn't|did not) (?:bother|read|check|update|cancel|follow|enter|confirm|pay attention|notice)|\b(?:it was|it's|that's|that was|this is) (?:your|entirely your|completely your|all your) (?:own )?(?:fault|responsibility|mistake|problem)",
            r"\bobviously\b|\bclearly you\b|\bas anyone (?:can|could|would) see|\bit(?:'s| is) (?:not that hard|simple|very simple|really simple|common sense)\b",
            r"\bwhich you agreed to\b|\byou agreed to (?:our|the|these) (?:terms|policy|conditions)|\b(?:per|according to) (?:our|the) (?:policy|terms),? which you",
            r"\bread the (?:terms|faq|policy|instructions|manual|fine print)\b|\bit(?:'s| is| was) (?:clearly )?(?:stated|written|explained) in the (?:terms|policy|faq)|\b(?:terms|conditions|policy) you (?:accepted|agreed to|signed)|\byou (?:accepted|signed) (?:the|our) terms",
            r"\byou(?:'re| are) (?:wrong|mistaken|overreacting|being unreasonable|being rude|confused)\b|\bwhat did you expect\b|\bif you had (?:bothered|read|listened)",
            r"\bwe(?:'re| are) not (?:responsible|liable) for (?:your|customer)|\bthat(?:'s| is) just how it (?:is|works)|\btake it or leave it|\bour decision is final",
            r"\b(?:we|i)(?:'ve| have)? (?:already )?(?:told|explained|said|written to|emailed) (?:you|this) (?:twice|three times|several times|many times|multiple times|before|already)",
            r"\b(?:was|is|were|has been) (?:already |clearly )?(?:explained|stated|mentioned|covered) in the (?:\w+ )?(?:email|message|terms|faq|guide|letter)|\bin the (?:\w+ )?email you (?:received|got)",
            r"\b(?:nobody|no one) else (?:has )?(?:complained|had|reported|has this)|\b(?:problem|issue|fault) (?:must be|is) (?:on your (?:side|end)|with you)",
            r"\bif you(?:'d| had) (?:bothered|taken the time|read|checked|listened|paid attention)|\bbothered to\b|\bfrankly\b",
            r"\b(?:very |quite |such a |a )?(?:minor|trivial|tiny|petty) (?:issue|problem|thing|matter|amount)|\bnot (?:a )?big deal\b|\bmaking a fuss",
            r"\b(?:not going to|won't|will not) repeat (?:myself|this|it)|\brepeat myself\b",
            r"\b(?:error|mistake|fault|problem) (?:is|was) (?:yours|on you)|\b(?:system|software|app) (?:doesn't|does not|never|cannot|can't) make (?:mistakes|errors)",
            r"\blike everyone else\b|\byou(?:'ll| will) (?:just )?have to (?:wait|accept|live with)",
            r"\bi don'?t know what (?:else )?you (?:want|expect)|\bplease stop (?:emailing|contacting|writing)|\bstop (?:emailing|contacting|writing) us",
        ],
        Severity.LOW: [
            r"\b(?:sorry|apologi[sz]e|apologies) for (?:any|the) inconvenience|\bwe regret any inconvenience|\bthank you for your patience and understanding",
        ],
    },
    "ru": {
        Severity.HIGH: [r"\b(?:идиот\w*|дурак\w*|туп\w+|заткнитесь|хватит ныть|нытик\w*|смешно слушать)"],
        Severity.MEDIUM: [
            r"(?:вам|вы) (?:следовало|надо было|нужно было|стоило) (?:бы )?(?:прочитать|читать|прочесть|внимательн\w*|проверить|знать|подумать|отменить|обратиться)",
            r"как (?:я|мы) (?:уже )?(?:объяснял\w*|объяснил\w*|говорил\w*|сказал\w*|писал\w*|упоминал\w*)|я (?:же )?уже (?:говорил\w*|объяснял\w*|писал\w*)|в который раз",
            r"успокойтесь|не надо (?:кричать|нервничать|истерить|так реагировать)|не нужно (?:кричать|нервничать|истерить)",
            r"(?:это )?не (?:наша|моя) (?:проблема|вина|забота|ответственность)|не наши проблемы",
            r"(?:мы )?ничего не можем (?:сделать|поделать)|ничем не можем помочь|ничего нельзя сделать|тут ничего не поделаешь",
            r"вы не (?:смогли|удосужились|потрудились|прочитали|проверили|отменили|обновили|оплатили|ввели|подтвердили|указали|соблюдали|отправили)|(?:это )?(?:ваша|исключительно ваша|полностью ваша) (?:вина|ошибка|ответственность|проблема)|сами виноваты",
            r"\bочевидно\b|\bразумеется, вы\b|любой (?:бы )?(?:понял|поймёт|поймет)|это (?:же )?(?:элементарно|очевидно|несложно)",
            r"с которыми вы согласились|(?:вы )?(?:согласились|соглашались) с (?:правилами|условиями|политикой)|(?:прочитайте|читайте) (?:правила|условия|инструкцию|faq)",
            r"вы (?:ошибаетесь|неправы|не правы|преувеличиваете|слишком остро реагируете)|а чего вы (?:ожидали|хотели)",
            r"уже (?:дважды|трижды|несколько раз|не раз) (?:вам )?(?:писали|говорили|объясняли|сообщали)|(?:дважды|трижды|несколько раз|не раз) (?:вам )?(?:писали|говорили|объясняли)",
            r"(?:было )?(?:объяснено|указано|написано|сказано) в (?:\w+ )?(?:письме|правилах|условиях|инструкции)",
            r"(?:больше )?никто (?:больше |другой )?не (?:жалуется|жаловался)|проблема (?:на вашей стороне|у вас|в вас)",
            r"если бы вы (?:удосужились|потрудились|прочитали|проверили|внимательно)|удосужились|честно говоря, это",
            r"(?:мелк|незначительн|пустяков|ерундов)\w+ (?:проблем|вопрос|сумм)\w*|из-за ерунды|не стоит (?:таких|такого) (?:переживаний|шума)",
            r"не (?:собираюсь|буду|стану) (?:повторять|объяснять) (?:ещё|еще|снова|опять)?",
            r"ошибка (?:ваша|на вашей стороне)|(?:система|программа|приложение) не ошибается",
            r"как и (?:все|всем) остальн\w*|придётся (?:просто )?(?:подождать|смириться)|придется (?:просто )?(?:подождать|смириться)",
            r"мы не (?:несём|несем) ответственност\w*|так (?:уж )?(?:устроено|положено)|наше решение окончательное|перестаньте (?:писать|звонить)",
        ],
        Severity.LOW: [r"(?:приносим |извините за |извиняемся за )(?:(?:свои )?извинения за )?(?:доставленные |возможные |любые )?неудобства"],
    },
    "bg": {
        Severity.HIGH: [r"\b(?:идиот\w*|глупа\w*|глупак\w*|тъп\w*|млъкнете|спрете да хленчите|смешно е)"],
        Severity.MEDIUM: [
            r"(?:трябваше|е трябвало) да (?:прочетете|прочетеш|проверите|знаете|внимавате|помислите|отмените|се свържете)",
            r"както (?:вече )?(?:ви )?(?:обясних|обяснихме|казах|казахме|писах|споменах)|вече (?:ви )?(?:казах|обясних|писах)|за пореден път",
            r"успокойте се|няма нужда да (?:крещите|викате|се ядосвате|преувеличавате)|не е нужно да (?:крещите|викате)",
            r"(?:това )?не е (?:наш|мой) (?:проблем|грижа)|не е (?:наша|моя) (?:вина|отговорност|работа)",
            r"нищо не можем да (?:направим|сторим)|не можем да ви помогнем|нищо не може да се направи",
            r"вие не (?:успяхте|сте (?:прочели|проверили|отменили|обновили|платили|въвели|потвърдили|спазили|изпратили|следвали|внимавали))|(?:това е )?(?:ваша|изцяло ваша|само ваша) (?:вина|грешка|отговорност)|сами сте си виновни",
            r"\bочевидно\b|всеки (?:би )?(?:разбрал|разбира)|това е (?:елементарно|очевидно|лесно)",
            r"с които (?:сте )?(?:се )?съгласихте|(?:вие )?се съгласихте с (?:условията|правилата|политиката)|(?:прочетете|четете) (?:условията|правилата|инструкциите)",
            r"(?:вече )?(?:два|три|няколко) пъти (?:ви )?(?:писахме|казахме|обяснихме|писах|казах|обясних)",
            r"(?:беше )?(?:обяснено|посочено|написано) в (?:\w+ )?(?:писмо|правилата|условията|имейла)",
            r"никой (?:друг )?не се (?:оплаква|е оплакал)|проблемът е (?:при вас|във вас|от ваша страна)",
            r"ако (?:си )?бяхте (?:направили труда|прочели|проверили|внимавали)|направите труда|честно казано, това",
            r"(?:дребен|незначителен|малък|нищожен) (?:проблем|въпрос)|(?:дребна|незначителна|нищожна) (?:сума|работа)",
            r"няма да (?:се )?повтарям|няма да обяснявам (?:отново|пак)",
            r"грешката е (?:ваша|при вас)|системата не греши",
            r"като всички останали|ще трябва (?:просто )?да (?:изчакате|приемете)",
            r"(?:вие )?грешите|преувеличавате|какво очаквахте|не носим отговорност|решението ни е окончателно|спрете да (?:пишете|звъните)",
        ],
        Severity.LOW: [r"(?:извиняваме се|съжаляваме|извинете) за (?:причиненото |причинените |всяко |всички )?(?:неудобство|неудобства|неудобствата)"],
    },
    "fa": {
        Severity.HIGH: [r"احمق|نادان|خفه شو|بس کنید غر|مسخره است"],
        Severity.MEDIUM: [
            r"(?:باید|می ?بایست)[^.?!\n]{0,25}(?:می ?خواندید|خوانده باشید|دقت می ?کردید|می ?دانستید|بررسی می ?کردید|لغو می ?کردید)",
            r"همان ?طور که (?:قبلا|پیش ?تر|بارها)?\s?(?:گفتم|گفتیم|توضیح دادم|توضیح دادیم|عرض کردم|اشاره کردم)|قبلا (?:هم )?(?:گفتم|گفته ?ام|توضیح داده ?ام)|برای چندمین بار",
            r"آرام باشید|آروم باشید|خونسرد باشید|لازم نیست (?:داد بزنید|عصبانی شوید|شلوغش کنید)",
            r"(?:این )?مشکل (?:ما|من) نیست|تقصیر (?:ما|من) نیست|مسئولیت ما نیست|به ما (?:ربطی|مربوط) نیست|ربطی (?:به ما )?ندارد",
            r"(?:هیچ ?کاری|کاری) (?:از دست ما )?(?:نمی ?توانیم|نمی ?شود)|کاری از دست ما بر نمی ?آید|نمی ?توانیم کمکی کنیم",
            r"شما (?:نتوانستید|کوتاهی کردید|فراموش کردید|نخواندید)|(?:تقصیر|اشتباه|مسئولیت) خود(?:تان| شماست| شما)|خودتان مقصرید",
            r"\bبدیهی است|واضح است که شما|هر کسی (?:می ?فهمد|متوجه می ?شود)|خیلی ساده است",
            r"که (?:با آن|آن را) (?:موافقت|قبول) کرده ?اید|شما (?:با )?(?:قوانین|شرایط|سیاست ?ها) را (?:قبول|پذیرفته)|(?:قوانین|شرایط) را (?:بخوانید|مطالعه کنید)",
            r"(?:دو|سه|چند) بار (?:به شما )?(?:گفتیم|گفتم|توضیح دادیم|نوشتیم)",
            r"در (?:ایمیل|قوانین|پیام)[^.?!\n]{0,40}توضیح داده شده",
            r"هیچ ?کس (?:دیگری )?شکایت نکرده|مشکل از (?:طرف )?شماست",
            r"مثل (?:بقیه|همه)",
            r"اگر (?:زحمت|دقت)[^.?!\n]{0,40}بودید|راستش این",
            r"(?:مشکل|موضوع|مسئله) (?:خیلی |بسیار )?(?:جزئی|کوچک|بی ?اهمیت|پیش ?پا ?افتاده)",
            r"(?:دیگر |دوباره )?تکرار نمی ?کنم",
            r"اشتباه از (?:طرف )?شماست|سیستم اشتباه نمی ?کند",
            r"شما اشتباه می ?کنید|اغراق می ?کنید|چه انتظاری داشتید|ما مسئول[^.?!\n]{0,30}نیستیم|تصمیم ما نهایی است|دیگر (?:پیام|ایمیل) ندهید",
        ],
        Severity.LOW: [r"(?:بابت|به خاطر|برای) (?:هر ?گونه )?(?:ناراحتی|مشکل|زحمت|ناراحتی ?های) (?:پیش ?آمده|ایجاد ?شده|به ?وجود ?آمده) (?:عذرخواهی|پوزش|متاسفیم)"],
    },
}

_MESSAGES = {
    Severity.HIGH: "abusive wording",
    Severity.MEDIUM: "defensive, blaming or dismissive wording",
    Severity.LOW: "stock apology; name what happened instead",
}

_COMPILED = {lang: {sev: compile_all(pats) for sev, pats in levels.items()} for lang, levels in _PATTERNS.items()}


def detect(text: str, ctx: ReplyContext) -> list[Finding]:
    text = mask_quoted(text, ctx.passages)  # judge only what the reply adds to the policy
    folded = fold(text)
    findings: list[Finding] = []
    for lang in languages_for(ctx.language):
        for severity, pattern in _COMPILED[lang].items():
            for m in pattern.finditer(folded):
                findings.append(Finding(KIND, text[m.start():m.end()], severity, _MESSAGES[severity], m.start(), m.end()))
    return findings
