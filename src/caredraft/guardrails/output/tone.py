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

# --- broadened by class ------------------------------------------------------------------------
# One entry per kind of defensive move, in every language: we've said it before; it is the
# customer's doing; "if you had ..., you would have ..."; it is trivial / I don't see the
# problem; rules are rules and complaining changes nothing; it works for everyone else;
# a lecture for next time; what else do you expect; it was all in the e-mail.
_MORE: dict[str, list[str]] = {
    "en": [
        r"\b(?:we|i)(?:'ve| have) (?:already )?(?:been over|gone over|gone through|discussed|covered|answered|addressed|dealt with) (?:this|that|it)\b|(?:^|[.!?]\s+)(?:again|once again|to repeat|i repeat)\s*:",
        r"(?<!if )\byou (?:must|might|may) have (?:\w+ ){0,2}(?:entered|typed|made|clicked|chosen|picked|selected|booked|forgotten|missed|misread|ignored|deleted)\b[^.?!\n]{0,40}\b(?:yourself|wrong\w*|incorrect\w*|by mistake)"
        r"|(?<!if )\byou (?:\w+ ){0,2}(?:entered|typed|chose|selected|clicked|booked) (?:\w+ ){0,4}(?:yourself|wrong|incorrect\w*)\b|\b(?:nobody|no one) (?:forced|made|asked|told) you\b",
        r"\b(?:mistake|error|problem|issue|fault) (?:is |was |lies )?(?:on your (?:end|side|part)|yours)\b|\byour (?:problem|issue|responsibility|concern|business),? not (?:ours|mine|our)\b"
        r"|\b(?:is|are) (?:entirely |solely )?your (?:problem|responsibility|concern)\b",
        r"\bif you(?:'d| had)? (?:\w+ ){0,3}(?:checked|read|looked|listened|paid attention|bothered|followed|opened|cancel+ed)\b[^.?!\n]{0,60}\byou(?:'d| would)(?: have|'ve)? (?:seen|known|noticed|avoided|got|received|been)",
        r"\b(?:don'?t|do not|can'?t|cannot) (?:understand|see|get) (?:why (?:this is|it'?s|you(?:'re| are)|all the)|what (?:the|all the|your) (?:big )?(?:problem|issue|fuss|fuss is))"
        r"|\bsuch a (?:big )?(?:deal|fuss|drama)|\bdrama\b|\b(?:just|only) (?:a few|a couple of|some) (?:dollars|euros|pounds|bucks|cents|quid)|\bhonestly,? (?:it'?s|this is|that'?s|i don'?t)",
        r"\b(?:policy|rules?|terms) (?:is|are) (?:the )?(?:policy|rules?|terms)\b|\bit is what it is\b|\b(?:complaining|arguing|shouting|getting angry)\b[^.?!\n]{0,20}\b(?:won'?t|will not|doesn'?t|does not|isn'?t going to) (?:change|help|make)"
        r"|\b(?:the )?(?:charge|fee|decision|answer) (?:stays|stands)\b",
        r"\b(?:works?|working) (?:fine|perfectly|normally|well) for (?:everyone|everybody|all (?:our )?(?:other )?(?:customers|users))|\b(?:everyone|everybody) else (?:manages|has no|is fine|seems)"
        r"|\byou(?:'re| are) the only (?:one|customer|person|user)",
        r"\b(?:next time|in (?:the )?future),? (?:please )?(?:read|check|make sure|pay attention|be more careful|look)\b|\bwhat (?:else )?(?:do )?you (?:expect|want) (?:us|me) to\b"
        r"|\bnot sure what (?:else )?you (?:expect|want)|\b(?:this|it|that|everything|all of this|all this) (?:was|were) (?:all |clearly |already |fully )?(?:explained|stated|mentioned|covered|described|spelled out|set out) in\b",
    ],
    "ru": [
        r"(?:мы|я) (?:же )?(?:это |уже )+(?:обсуждали|разбирали|отвечали|проходили)\b|(?:мы|я) (?:уже )?(?:обсуждали|разбирали|проходили) это\b|(?:^|[.!?]\s+)(?:ещё|еще) раз\s*:|повторяю\s*:|повторю ещё раз|повторю еще раз",
        r"вы сами (?:\w+ ){0,2}(?:ввели|выбрали|указали|нажали|оформили|согласились|записались|забыли|ошиблись|отменили)|(?:ошибка|вина|проблема) (?:на вашей стороне|с вашей стороны)|(?:значит|так что),? ошиблись вы"
        r"|(?:вас )?никто (?:вас )?не (?:заставлял|принуждал|просил)|ваш\w* (?:забота|проблема|проблемы|дело),? (?:а )?не наш\w*",
        r"если бы вы[^.?!\n]{0,60}(?:то )?(?:увидели|знали|заметили|получили|избежали|прочитали) бы",
        r"не понимаю,? (?:в ч[её]м (?:проблема|дело)|зачем (?:вы|из этого|так)|почему вы так)|(?:делать|устраивать|раздувать) (?:из этого )?(?:трагеди\w*|драм\w*|скандал\w*)"
        r"|(?:речь|всего) (?:идёт |идет )?(?:о|лишь о|-то о)? ?(?:паре|нескольких) (?:сотен|рублей|долларов|евро)|из-за (?:пары|нескольких) (?:рублей|сотен|долларов)",
        r"правила есть правила|закон есть закон|жалоб\w*[^.?!\n]{0,15}ничего не (?:изменят|меняют|помогут|дадут)|(?:списание|решение|ответ|сумма) (?:оста[её]тся|остается) в силе|смиритесь",
        r"у (?:всех )?(?:остальных|других)(?: клиентов| пользователей)? (?:вс[её] )?(?:работает|нормально)|кроме вас,? (?:ни у кого|никто)|вы единственн\w+|ни у кого (?:больше )?(?:нет|не было) (?:проблем|такой)",
        r"в следующий раз,? (?:пожалуйста,? )?(?:читайте|прочитайте|проверяйте|будьте внимательн\w*|смотрите)|впредь (?:читайте|будьте)"
        r"|(?:не знаю|непонятно),? (?:чего|что) (?:ещё |еще )?вы (?:от нас )?(?:ждёте|ждете|хотите|ожидаете)|чего (?:ещё|еще) вы (?:от нас )?(?:ждёте|ждете|хотите)"
        r"|(?:всё|это|об этом)[^.?!\n]{0,20}(?:было )?(?:написано|сказано|указано|объяснено) в",
    ],
    "bg": [
        r"вече сме (?:говорили|обсъждали|обяснявали|отговаряли)|(?:сме )?говорили (?:за това|по въпроса)|(?:пак|отново) (?:повтарям|казвам)|повтарям\s*:",
        r"(?:сами|вие) сте (?:\w+ ){0,2}(?:въвели|избрали|посочили|натиснали|записали|забравили|сбъркали|объркали)|грешката е (?:ваша|при вас|от ваша страна)|никой не ви е (?:карал|принуждавал|молил)"
        r"|ваш (?:проблем|грижа)|ваша (?:грижа|отговорност|работа),? (?:а )?не наш\w*",
        r"щяхте да (?:видите|знаете|забележите|получите|избегнете|прочетете)",
        r"не разбирам (?:какъв е проблемът|защо (?:правите|се)|в какво е проблемът)|(?:правите|вдигате) (?:драма|скандал|шум)|става (?:дума|въпрос) за (?:няколко|някакви) (?:лева|евро|долара|стотинки)",
        r"правилата са (?:си )?правила|оплакванията[^.?!\n]{0,15}(?:няма да|не) (?:променят|помогнат)|(?:таксата|решението|отговорът) остава",
        r"(?:работи|работят) (?:нормално|добре|без проблем) (?:за|при) (?:всички )?(?:останали|другите|всички)|освен вас,? никой|единствени?ят? (?:клиент|човек)|никой друг не е имал",
        r"следващия път,? (?:моля,? )?(?:четете|прочетете|проверявайте|внимавайте|гледайте)|за в бъдеще,? (?:четете|внимавайте)|какво (?:още )?очаквате (?:от нас|да направим)"
        r"|не знам какво (?:още )?(?:искате|очаквате)|(?:беше|бяха) (?:обяснен\w*|посочен\w*|написан\w*|описан\w*) в",
    ],
    "fa": [
        r"قبلا\u064b?[^.?!\n]{0,20}(?:صحبت|گفتگو|بحث) کرده ?ایم|(?:باز هم|دوباره) می ?گویم|تکرار می ?کنم",
        r"خودتان[^.?!\n]{0,40}(?:اشتباه|غلط) وارد|اشتباه از (?:خودتان|شما)|کسی (?:شما را )?مجبور\w* نکرده|تقصیر خودتان|مشکل خودتان|مشکل شماست",
        r"اگر[^.?!\n]{0,50}(?:می ?کردید|کرده بودید|خوانده بودید|می ?خواندید)[^.?!\n]{0,40}(?:می ?دیدید|می ?دانستید|متوجه می ?شدید)",
        r"نمی ?فهمم (?:مشکل کجاست|چرا (?:این ?قدر|اینقدر)|چرا شما)|بزرگش می ?کنید|شلوغش می ?کنید|(?:فقط|تنها) چند (?:دلار|تومان|هزار تومان|یورو)",
        r"قانون قانون است|قوانین[^.?!\n]{0,5} قوانین است|شکایت[^.?!\n]{0,20}عوض نمی ?کند|سر جایش (?:می ?ماند|باقی است)",
        r"برای (?:بقیه|دیگران|همه)[^.?!\n]{0,20}(?:درست|خوب|بدون مشکل) کار می ?کند|(?:به )?جز شما|فقط شما (?:این )?مشکل",
        r"دفعه (?:بعد|ی بعد)[^.?!\n]{0,50}(?:بخوانید|دقت کنید|چک کنید|بررسی کنید)|از این به بعد[^.?!\n]{0,30}(?:بخوانید|دقت کنید)"
        r"|(?:چه|دیگر چه) انتظاری (?:از ما )?دارید|(?:توضیح داده|ذکر|نوشته|گفته) شده بود",
    ],
}
for _lang, _patterns in _MORE.items():
    _PATTERNS[_lang][Severity.MEDIUM].extend(_patterns)

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
