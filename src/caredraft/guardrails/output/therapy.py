"""Therapeutic advice in a reply: support is not therapy.

Two layers, per language:

* **strong patterns**: one match is enough - a diagnosis ("it sounds like you have depression"),
  medication or dose advice, a treatment recommendation ("you should try CBT"), a clinical
  interpretation of feelings ("your anxiety is a trauma response"), coaching a coping technique
  (breathing, grounding, journalling, meditation, challenging thoughts);
* **unanchored inner life**: a reply that talks about the customer's feelings, sleep, family or
  thoughts (outside its acknowledging sentences) and never mentions the service is counselling,
  however it is worded (this catches phrasings no lexicon lists);
* **counsellor style**: therapists also advise through questions, validation and gentle
  suggestions ("it might help to notice when...", "give yourself compassion"). No single
  phrase is enough, so we count *advice forms* and *inner-life topics*; together they block.

Hand-offs and refusals are not advice ("your therapist can discuss medication with you",
"I've passed your question to our clinical care team", "we can't advise on medication"): a
sentence that hands off is skipped for the medication, treatment and advice-form patterns.
"""

from __future__ import annotations

import re

from caredraft.domain import Severity, ViolationKind
from caredraft.guardrails.output import Finding, ReplyContext, languages_for
from caredraft.guardrails.output._text import compile_all, fold, mask_quoted, sentences
from caredraft.guardrails.output.structure import acknowledges

KIND = ViolationKind.THERAPEUTIC_ADVICE

_DRUGS = (r"sertraline|zoloft|prozac|fluoxetine|xanax|alprazolam|lexapro|escitalopram|citalopram|paroxetine|"
          r"venlafaxine|effexor|bupropion|wellbutrin|lithium|melatonin|diazepam|valium|clonazepam|lorazepam|"
          r"ativan|quetiapine|seroquel|ssris?|snris?|benzodiazepines?|"
          r"сертралин\w*|золофт\w*|флуоксетин\w*|прозак\w*|ксанакс\w*|алпразолам\w*|эсциталопрам\w*|"
          r"есциталопрам\w*|ципралекс\w*|пароксетин\w*|венлафаксин\w*|бупропион\w*|лити\w*|мелатонин\w*|"
          r"феназепам\w*|диазепам\w*|клоназепам\w*|кветиапин\w*|"
          r"سرترالین|فلوکستین|زاناکس|آلپرازولام|اسیتالوپرام|ملاتونین|لیتیوم|کلونازپام|بوپروپیون|دیازپام|لورازپام")

# --- strong: one match blocks --------------------------------------------------------------
_STRONG: dict[str, dict[str, list[str]]] = {
    "en": {
        "diagnosis": [
            r"(?:sounds?|seems?|looks?|appears?)(?: like| as if| as though| that)?[^.?!\n]{0,40}"
            r"(?:depression|depressive|anxiety disorder|ptsd|post-traumatic|ocd|adhd|bipolar|borderline|panic (?:disorder|attacks?)"
            r"|burnout|insomnia|eating disorder|personality disorder|codependen\w*|narcissis\w*|dissociat\w*|trauma\b|traumati[sz]ed|clinical anxiety|social anxiety)",
            r"\byou (?:probably |may |might |likely |could |clearly |definitely |obviously )?(?:have|suffer from|are suffering from|are showing (?:signs|symptoms) of|show (?:signs|symptoms) of)"
            r"[^.?!\n]{0,25}(?:depression|anxiety|ptsd|ocd|adhd|bipolar|panic|burnout|insomnia|disorder|trauma)",
            r"(?:symptoms?|signs?) of (?:depression|an anxiety disorder|anxiety|ptsd|trauma|burnout|bipolar|ocd|adhd|a panic)",
            r"\byou(?:'re| are) (?:clinically )?(?:depressed|bipolar|traumati[sz]ed|codependent|narcissistic|obsessive)\b",
            r"\b(?:low|depressed) mood\b|\btypical of (?:low mood|depression|anxiety|burnout|grief|trauma)",
            r"\b(?:this|that|it) (?:is|sounds like|could be|may be|might be) (?:a |an )?(?:classic |typical )?(?:panic attack|depressive episode|trauma response|anxiety disorder)",
        ],
        "interpretation": [
            r"inner child|trauma response|defen[cs]e mechanism|core beliefs?|attachment (?:style|issues?|wounds?)|(?:sub|un)conscious(?:ly)?\b"
            r"|projecting|self-sabotag\w*|unresolved (?:grief|trauma|issues|feelings|anger|conflict)|limiting beliefs?|cognitive distortions?"
            r"|catastrophi[sz]\w*|negative (?:self-talk|thought patterns?|core)|wounded (?:part|self)|younger self|your nervous system"
            r"|your body (?:is )?(?:telling|trying to tell|saying|asking|warning)|(?:sign|signal|message)s? (?:from|of) your body",
            r"\byour (?:anxiety|fear|anger|sadness|feelings?|emotions?|reactions?|behaviou?r|panic|mood|frustration|pain|worry|guilt|shame|need)"
            r"[^.?!\n]{0,30}\b(?:is|are|may be|might be|could be|seems?|sounds?|comes?|stems?|stemming|rooted|coming|points?)\b[^.?!\n]{0,30}"
            r"(?:trauma|childhood|your past|rooted|from your|sign of|symptom|way of (?:protecting|coping)|protect|unresolved|attachment|subconscious|unconscious)",
        ],
        "coping": [
            r"breathing (?:exercises?|techniques?|practices?)|box breathing|(?:take|taking|try) (?:a few |some |several )?(?:slow,? |deep,? )+breaths?"
            r"|breathe (?:in|deeply|slowly)|5-4-3-2-1|grounding (?:techniques?|exercises?)|journal(?:l)?ing|(?:keep|start|try) (?:a |keeping a )?(?:journal|diary|gratitude)"
            r"|write (?:down )?(?:your|those|these|the|about your) (?:thoughts|feelings|emotions|worries)|meditat\w*|mindful\w*|muscle relaxation"
            r"|challenge (?:those|these|your|the|any)? ?(?:negative |anxious |unhelpful )?(?:thoughts|beliefs)|reframe|reframing|self-talk|affirmations?"
            r"|self-compassion|self-care|visuali[sz]\w*|coping (?:skills?|strategies|techniques?|mechanisms?)"
            r"|(?:notic|watch|observ|focus)\w* (?:on )?(?:your|the) breath(?:ing)?|(?:just|only) a thought|sit with (?:it|the feeling|your feelings|that|them)"
            r"|let (?:it|the thought|the feeling|them) (?:sit|pass|be)\b|(?:don't|do not|rather than|instead of) (?:fight|fighting|push|pushing) (?:the|those|these|your) (?:thoughts?|feelings?)"
            r"|(?:get|go|getting|going) outside|daylight|sleep hygiene|exercise (?:regularly|more|daily)",
        ],
        "treatment": [
            r"(?:you should|you need to|you must|you ought to|i(?:'d| would)? (?:strongly )?(?:recommend|suggest|advise|encourage)|\btry\b|consider|think about"
            r"|it (?:might|may|could|would|can) (?:help|be (?:helpful|useful|worth|good|beneficial)))[^.?!\n]{0,40}"
            r"(?:\bcbt\b|\bdbt\b|emdr|cognitive behavio\w+|talk therapy|psychotherapy|\btherapy\b|counsel+ing|a therapist|a counsel+or|a psychiatrist|a psychologist"
            r"|a (?:mental health )?professional|antidepressants?|support group|a specialist)",
            r"\byou (?:really |definitely |clearly )?need (?:some |professional |more )?(?:therapy|treatment|counsel+ing|medication|psychiatric)",
        ],
        "medication": [
            r"\b(?:try|start|stop|take|taking|increase|decrease|reduce|lower|raise|double|halve|skip|switch|up|cut)\b[^.?!\n]{0,30}"
            r"(?:\bdose\b|dosage|medication|\bmeds\b|pills?|tablets?|antidepressants?|" + _DRUGS + r"|\d+\s?mg\b)",
        ],
    },
    "ru": {
        "diagnosis": [
            r"(?:похож\w*|кажется|видимо|судя по всему|по-видимому|напомина\w*|смахива\w*)[^.?!\n]{0,40}"
            r"(?:депресси\w*|тревожн\w+ расстройств\w*|птср|посттравматическ\w*|окр\b|сдвг|биполярн\w*|пограничн\w*|паническ\w+ (?:атак\w*|расстройств\w*)"
            r"|выгорани\w*|бессонниц\w*|расстройств\w*|созависим\w*|нарцисс\w*|диссоциац\w*|травм\w*)",
            r"у вас,?\s*(?:(?:может быть|возможно|наверное|явно|скорее всего|похоже),?\s*)?(?:депресси\w*|тревожн\w+ расстройств\w*|птср|сдвг|окр\b|биполярн\w*|паническ\w*|расстройств\w*|травм\w*)",
            r"(?:симптом\w*|признак\w*) (?:депресси\w*|тревожн\w+ расстройств\w*|птср|травм\w*|выгорани\w*|расстройств\w*)",
            r"вы (?:страдаете|находитесь в депресси\w*|в депрессии)",
            r"(?:сниженн|подавленн|депрессивн)\w+ настроени\w*|типичн\w+ для (?:депресси|тревог|выгорани)\w*",
        ],
        "interpretation": [
            r"внутренн\w+ ребён\w*|внутренн\w+ ребен\w*|травматическ\w+ реакц\w*|реакци\w+ на травму|защитн\w+ механизм\w*|(?:базов|глубинн)\w+ убеждени\w*"
            r"|(?:тип|стиль) привязанности|подсознательн\w*|бессознательн\w*|проецир\w*|самосаботаж\w*|непрожит\w*|непроработанн\w*|когнитивн\w+ искажени\w*|катастрофиз\w*"
            r"|сигнал\w* (?:вашего )?тела|тело (?:говорит|подсказывает|сигнализирует|просит)",
            r"ваш\w* (?:тревог\w*|страх\w*|гнев\w*|злость|грусть|чувств\w*|эмоци\w*|реакци\w*|поведени\w*|паник\w*)[^.?!\n]{0,40}"
            r"(?:травм\w*|детств\w*|прошл\w*|корн\w*|идёт из|идет из|симптом\w*|способ\w* защит\w*|защищ\w*)",
        ],
        "coping": [
            r"дыхательн\w+ (?:упражнени\w*|техник\w*|практик\w*)|(?:глубок|медленн)\w+ вдох\w*|вдохните|5-4-3-2-1|заземлени\w*"
            r"|(?:ведите|вести|заведите|начните вести|ведение)\s+дневник\w*|дневник\w* (?:благодарност\w*|эмоци\w*|чувств\w*|мыслей)"
            r"|запиш\w+ (?:свои |ваши |эти |все )?(?:мысли|чувства|эмоции|переживания|тревоги)|медитац\w*|медитир\w*|осознанност\w*|майндфулнес\w*|мышечн\w+ релаксац\w*"
            r"|(?:оспорьте|оспорить|оспаривать|поставьте под сомнение|бросьте вызов|переосмысл\w*|переформулир\w*) (?:эти |свои |ваши |негативн\w+ |тревожн\w+ )*(?:мысл\w*|убеждени\w*)"
            r"|аффирмаци\w*|самосострадани\w*|забот\w+ о себе|визуализ\w*|позитивн\w+ (?:мышлени\w*|установк\w*|внутренн\w+ диалог\w*)|техник\w* (?:совладания|саморегуляции|релаксации)"
            r"|(?:замеча|наблюда|следи|сосредото)\w*[^.?!\n]{0,20}дыхани\w*|сво[её] дыхани\w*|просто мысль|не боритесь с (?:мысл|чувств|эмоци)\w*|побудьте с (?:ней|ним|этим|ними)"
            r"|(?:выходи|гуля|прогул)\w*[^.?!\n]{0,30}(?:дневн\w+ свет|свеж\w+ воздух)|гигиен\w* сна",
        ],
        "treatment": [
            r"(?:вам (?:стоит|следует|нужно|надо|необходимо|лучше)|советую|рекомендую|предлагаю|попробуйте|стоит (?:попробовать|обратиться|подумать)|имеет смысл"
            r"|было бы (?:полезно|хорошо)|подумайте о|может помочь|могла бы помочь|может быть полезн\w*)[^.?!\n]{0,40}"
            r"(?:кпт|когнитивно-поведенческ\w*|дпт|emdr|психотерапи\w*|терапи\w*|психолог\w*|психотерапевт\w*|психиатр\w*|групп\w* поддержки|специалист\w*|антидепрессант\w*)",
            r"вам (?:нужна|необходима|показана|нужно|необходимо) (?:терапи\w*|помощь специалист\w*|психотерапи\w*|лечени\w*|консультаци\w* психиатр\w*|антидепрессант\w*)",
        ],
        "medication": [
            r"(?:увеличьте|уменьшите|снизьте|повысьте|удвойте|прекратите|бросьте|начните|попробуйте|принимайте|примите|пропустите|смените|пейте|выпейте"
            r"|увеличить|уменьшить|снизить|повысить|удвоить|прекратить|бросить|начать|принимать|пропустить|сменить|отменить)[^.?!\n]{0,30}"
            r"(?:доз\w*|лекарств\w*|препарат\w*|таблет\w*|антидепрессант\w*|" + _DRUGS + r"|\d+\s?мг)",
        ],
    },
    "bg": {
        "diagnosis": [
            r"(?:изглежда|звучи|май|явно|вероятно|прилича)[^.?!\n]{0,40}"
            r"(?:депресия|депресивн\w*|тревожно разстройство|птср|посттравматичн\w*|окр\b|хиперактивност|биполярн\w*|гранично\w*|паническ\w+ (?:атак\w*|разстройство)"
            r"|прегаряне|безсъние|разстройство|съзависим\w*|нарцис\w*|дисоциац\w*|травма)",
            r"(?:имате|страдате от|имаш)[^.?!\n]{0,15}(?:депресия|тревожно разстройство|птср|паническ\w+ (?:атак\w*|разстройство)|разстройство|травма)",
            r"(?:симптом\w*|признац\w*|признак\w*) (?:на|за) (?:депресия|тревожно разстройство|птср|травма|прегаряне|разстройство)",
            r"(?:вие )?сте (?:в )?депресира\w*|в депресия сте",
            r"(?:понижено|потиснато|депресивно) настроение|типичн\w+ за (?:депресия|тревожност|прегаряне)",
        ],
        "interpretation": [
            r"вътрешно\w* дете|травматичн\w+ реакци\w*|реакция на травма|защитен механизъм|защитни механизми|(?:дълбок|базов)\w* убеждени\w*"
            r"|(?:тип|стил) (?:на )?привързаност|подсъзнателн\w*|несъзнателн\w*|проектира\w*|самосаботаж\w*|неизживя\w*|непреработен\w*|когнитивн\w+ изкривяван\w*|катастрофизира\w*"
            r"|сигнал\w* на тялото|тялото ви (?:казва|подсказва|сигнализира|иска)",
            r"ваш\w* (?:тревож\w*|страх\w*|гняв\w*|тъга\w*|чувств\w*|емоци\w*|реакци\w*|поведение|паника)[^.?!\n]{0,40}"
            r"(?:травм\w*|детство\w*|минало\w*|корен\w*|идва от|симптом\w*|начин да се защит\w*|защит\w*)",
        ],
        "coping": [
            r"дихателн\w+ (?:упражнени\w*|техник\w*|практик\w*)|(?:дълбок|бав)\w* вдишван\w*|(?:поемете|вдишайте)[^.?!\n]{0,15}(?:дълбоко|бавно|въздух|дъх)|5-4-3-2-1|заземяван\w*"
            r"|(?:водете|водене на|започнете|пишете)\s+(?:си\s+)?дневник\w*|дневник (?:на благодарността|на емоциите|на чувствата)"
            r"|запишете (?:си )?(?:мислите|чувствата|емоциите|тревогите|притесненията)|медитаци\w*|медитира\w*|осъзнатост|майндфулнес|мускулн\w+ релаксаци\w*"
            r"|(?:оспорете|поставете под съмнение|преосмислете|предизвикайте|преформулирайте) (?:тези |своите |вашите |негативните )*(?:мисли|убеждения)"
            r"|афирмаци\w*|самосъстрадани\w*|грижа за себе си|визуализ\w*|позитивн\w+ (?:мислене|вътрешен диалог|нагласа)|техники за (?:справяне|релаксация|саморегулация)"
            r"|(?:наблюдава|забелязва|съсредоточ)\w*[^.?!\n]{0,20}дишане\w*|дишането си|само мисъл|не се борете с (?:мисъл|чувств|емоци)\w*|останете с (?:нея|него|това|тях)"
            r"|(?:излизайте|излизате|разхождайте)[^.?!\n]{0,30}(?:дневна светлина|чист въздух|навън)|хигиена на съня",
        ],
        "treatment": [
            r"(?:трябва да|би трябвало да|препоръчвам|съветвам|предлагам|опитайте|помислете за|струва си|би било (?:полезно|добре)|може да (?:ви )?помогне)[^.?!\n]{0,40}"
            r"(?:кпт|когнитивно-поведенческ\w*|дпт|emdr|психотерапия|терапия|психолог\w*|психотерапевт\w*|психиатър|психиатри\w*|група за подкрепа|специалист\w*|антидепресант\w*)",
            r"(?:нуждаете се от|имате нужда от|трябва ви) (?:терапия|психотерапия|лечение|консултация|психиатър|антидепресант\w*|професионална помощ)",
        ],
        "medication": [
            r"(?:увеличете|намалете|удвоете|спрете|започнете|опитайте|приемайте|вземете|пропуснете|сменете|пийте"
            r"|да (?:увеличите|намалите|удвоите|спрете|започнете|приемате|вземете|пропуснете|смените|пиете))[^.?!\n]{0,30}"
            r"(?:доза\w*|лекарств\w*|медикамент\w*|хапчет\w*|таблетк\w*|антидепресант\w*|" + _DRUGS + r"|\d+\s?мг)",
        ],
    },
    "fa": {
        "diagnosis": [
            r"(?:به نظر می ?رسد|ظاهرا|احتمالا|مثل اینکه|انگار|علائم|نشانه ?های)[^.?!\n]{0,40}"
            r"(?:افسردگی|اختلال|اضطراب مزمن|اضطراب اجتماعی|پی ?تی ?اس ?دی|استرس پس از سانحه|وسواس|بیش ?فعالی|دوقطبی|مرزی|حمله ?(?:ی|های)? پانیک|حملات پانیک|فرسودگی|بی ?خوابی|تروما|آسیب روانی|خودشیفتگی)",
            r"(?:شما|تو)[^.?!\n]{0,15}(?:افسردگی|اختلال \w+|وسواس|دوقطبی|تروما) (?:دارید|داری|هستید)",
            r"(?:افسرده|دوقطبی|وسواسی) هستید",
            r"افت خلق|خلق (?:پایین|افسرده)|نشانه (?:افسردگی|اضطراب)",
        ],
        "interpretation": [
            r"کودک درون|واکنش به (?:تروما|آسیب)|پاسخ تروما|مکانیسم دفاعی|مکانیزم دفاعی|باورهای (?:بنیادین|عمیق|محدودکننده|هسته ?ای)|سبک دلبستگی|ناخودآگاه"
            r"|فرافکنی|خودتخریبی|سوگ حل ?نشده|زخم های? (?:کودکی|عاطفی)|تحریف ?های? شناختی|فاجعه ?سازی|پیام بدن|بدن (?:شما|تان) (?:می ?گوید|هشدار|پیام)",
            r"(?:اضطراب|ترس|خشم|غم|احساسات|احساس|هیجانات|واکنش|رفتار)(?: شما| تان|تان)[^.?!\n]{0,40}(?:کودکی|گذشته|ریشه|تروما|آسیب|نشانه|علامت|دفاع)",
        ],
        "coping": [
            r"(?:تمرین|تمرینات|تکنیک|تکنیک ?های) (?:تنفس|تنفسی|آرام ?سازی|ذهن ?آگاهی|زمینه ?سازی|گراندینگ)|نفس (?:عمیق|آرام|آهسته)|تنفس (?:عمیق|شکمی)|5-4-3-2-1"
            r"|(?:نوشتن|بنویسید|یادداشت کنید)[^.?!\n]{0,20}(?:افکار|احساسات|هیجانات|نگرانی ?ها)|(?:افکار|احساسات|هیجانات|نگرانی ?ها\w*)[^.?!\n]{0,30}(?:بنویسید|یادداشت کنید)|دفترچه (?:خاطرات|شکرگزاری|احساسات)|ژورنال|مدیتیشن|مراقبه|ذهن ?آگاهی"
            r"|آرام ?سازی عضلانی|(?:به چالش بکشید|چالش بکشید|زیر سوال ببرید)|افکار منفی (?:را|خود را)|تاکید ?های مثبت|جملات تاکیدی|خودشفقتی|مراقبت از خود|تجسم"
            r"|راهبردهای مقابله|مهارت ?های مقابله|نفس کشیدن|تنفس (?:خود|تان)|تنفستان|فقط یک فکر|با (?:این|آن) (?:فکر|احساس) نجنگید|با (?:آن|این احساس) بمانید"
            r"|نور (?:روز|خورشید)[^.?!\n]{0,20}(?:بروید|باشید)|بهداشت خواب",
        ],
        "treatment": [
            r"(?:بهتر است|باید|توصیه می ?کنم|پیشنهاد می ?کنم|امتحان کنید|سعی کنید|در نظر بگیرید|ممکن است کمک کند|می ?تواند کمک کند|مفید (?:است|خواهد بود))[^.?!\n]{0,40}"
            r"(?:شناخت ?درمانی|درمان شناختی|سی ?بی ?تی|روان ?درمانی|مشاوره|روانشناس|روان ?پزشک|درمانگر|گروه حمایتی|متخصص|داروی ضد افسردگی|ضدافسردگی)",
            r"(?:نیاز به|احتیاج به)[^.?!\n]{0,10}(?:درمان|روان ?درمانی|مشاوره|دارو|روان ?پزشک) دارید",
        ],
        "medication": [
            r"(?:دوز|مقدار|دارو|قرص|ضد ?افسردگی|" + _DRUGS + r"|\d+\s?(?:میلی ?گرم|mg))[^.?!\n]{0,30}"
            r"(?:را )?(?:افزایش دهید|کم کنید|کاهش دهید|بیشتر کنید|قطع کنید|مصرف کنید|بخورید|امتحان کنید|شروع کنید|دو برابر کنید|عوض کنید|نخورید)",
        ],
    },
}

# --- broadened by class ------------------------------------------------------------------------
# Each entry is a *kind* of counselling move, written once per language from what therapists do
# (psychoeducation, homework, cognitive restructuring, exposure, assertiveness, support groups,
# sleep rules, rehearsal, expressive writing, "let yourself feel it", readings of the past, named
# conditions in any person). Support replies make none of these moves, whatever their topic.
_CONDITIONS = {
    "en": r"depress\w*|anxiety disorder|generali[sz]ed anxiety|social anxiety|health anxiety|c?-?ptsd|post-traumatic|\bocd\b|obsessive|adhd|autis\w*|asperger\w*|"
          r"(?:on )?the spectrum|bipolar|borderline|\bbpd\b|panic (?:disorder|attacks?)|agoraphobi\w*|phobi\w*|burnout|insomnia|eating disorder|anorexi\w*|bulimi\w*|"
          r"personality disorder|codependen\w*|narcissis\w*|dissociat\w*|psychosis|psychotic|schizo\w*|addict\w*|alcoholi\w*|postpartum|postnatal|seasonal affective|\w+ disorder",
    "ru": r"депресси\w*|тревожн\w+ расстройств\w*|птср|посттравматическ\w*|окр\b|обсессивн\w*|сдвг|аутизм\w*|аутистическ\w*|аспергер\w*|биполярн\w*|пограничн\w*|"
          r"паническ\w+ (?:атак\w*|расстройств\w*)|агорафоби\w*|фоби\w*|выгорани\w*|бессонниц\w*|расстройств\w*|анорекси\w*|булими\w*|созависим\w*|нарцисс\w*|"
          r"диссоциац\w*|психоз\w*|шизофрен\w*|алкоголизм\w*|послеродов\w+ депресс\w*",
    "bg": r"депреси\w*|тревожно разстройство|птср|посттравматичн\w*|окр\b|обсесивн\w*|хиперактивност|сдвх|adhd|дефицит на вниманието|аутизъм|аутизма|аутист\w*|аспергер\w*|биполярн\w*|гранично\w*|"
          r"паническ\w+ (?:атак\w*|разстройство)|агорафоби\w*|фоби\w*|прегаряне|безсъние|разстройств\w*|анорекси\w*|булими\w*|съзависим\w*|нарцис\w*|дисоциац\w*|"
          r"психоз\w*|шизофрен\w*|алкохолизъм|следродилн\w+ депреси\w*",
    "fa": r"افسردگی|اختلال|اضطراب (?:مزمن|اجتماعی|فراگیر)|پی ?تی ?اس ?دی|استرس پس از سانحه|وسواس|بیش ?فعالی|اوتیسم|آسپرگر|دوقطبی|شخصیت مرزی|پانیک|فوبیا|"
          r"فرسودگی|بی ?خوابی|تروما|آسیب روانی|خودشیفتگی|بی ?اشتهایی عصبی|پرخوری عصبی|روان ?پریشی|اسکیزوفرنی",
}
_MORE: dict[str, dict[str, list[str]]] = {
    "en": {
        "diagnosis": [
            r"\b(?:may|might|could|probably|likely|possibly|definitely|clearly)(?: well)? (?:be|have|has|is|are)\b[^.?!\n]{0,30}(?:" + _CONDITIONS["en"] + ")",
            r"\b(?:a sign|signs|symptoms?|indicative|typical|characteristic) of (?:an? )?(?:" + _CONDITIONS["en"] + ")",
        ],
        "psychoeducation": [
            r"^\W*(?:depression|anxiety|grief|panic(?: attacks?)?|trauma|loneliness|shame|guilt|fear|worry|rumination|avoidance|intrusive thoughts|ocd|ptsd|burnout)\b"
            r"[^.?!\n]{0,30}\b(?:often|usually|tends? to|tells? (?:us|you)|lies|feeds|thrives|grows|shrinks|comes? in waves|doesn'?t follow|does not follow"
            r"|makes? (?:us|you|people)|can make (?:us|you|people)|is (?:a |an |the |your )?(?:body|brain|mind|normal|natural|common)\w*)",
            r"\b(?:body|brain|mind|nervous system)(?:'s)? (?:alarm|threat|survival|stress|fight|defen[cs]e) (?:system|response|mode|signal|reaction)|\bfight[- ]or[- ]flight",
        ],
        "homework": [
            r"\b(?:each|every) (?:morning|evening|night|day|week|bedtime)\b[^.?!\n]{0,60}\b(?:plan|write|spend|practi[cs]e|schedule|list|note down|set aside|go for|do it|try)\b",
            r"\b(?:even if|whether or not|even when) you (?:don'?t |do not )?feel like it|\bworry time\b|\b(?:set aside|schedule|block out) (?:\w+ ){0,3}minutes\b",
            r"\b(?:activit(?:y|ies)|things?|hobb(?:y|ies)) you (?:used to )?(?:enjoy|love|like)d?\b|\bpleasant activit\w*|\bbehaviou?ral activation",
            r"\b(?:write|writing) (?:a |an )?(?:letter|note)\b[^.?!\n]{0,40}\b(?:never send|don'?t send|not send|won'?t send)|\bunsent letter",
        ],
        "coping": [
            r"\b(?:ask|asking) (?:yourself )?what evidence|\bevidence (?:for|against) (?:it|that|this|the thought)|\bis (?:that|this|the) thought (?:true|helpful|accurate|realistic)"
            r"|\bwhat would you (?:say|tell) (?:to )?a friend|\binner (?:critic|voice)|\bthat (?:voice|critic) (?:shows up|comes|appears|starts)",
            r"\bavoid\w*\b[^.?!\n]{0,60}\b(?:worse|louder|stronger|bigger|grows?|feeds?|reinforc\w*|strengthens?)\b|\bfac(?:e|ing) (?:your |those |these |the |them)?\w*\b[^.?!\n]{0,20}(?:small steps|gradually|little by little|step by step|bit by bit)|\bexposure\b",
            r"\bpracti[cs]e (?:saying|what you|it out loud|out loud)|\bsaying no\b|\brehears\w*|\brole-?play\w*|\bimagine (?:the|it|yourself|things?)\b[^.?!\n]{0,40}\b(?:going well|go well|calm|succeed\w*)",
            r"\b(?:let|allow) yourself (?:to )?(?:feel|cry|grieve|be sad|rest)|\b(?:instead of|rather than|don'?t|do not) push(?:ing)? (?:it|them|those feelings|the feelings|your feelings) away",
            r"\b(?:get up|wake up|go to bed) at the same time|\bsame time every (?:day|night|morning)|\bonly go to bed when|\bcaffeine|\bscreens? before bed|\bphone out of (?:the|your) bedroom|\b(?:bedtime|sleep) routine",
        ],
        "treatment": [
            r"\bal-?anon|\balcoholics anonymous|\bnarcotics anonymous|\b(?:12|twelve)-step|\baa meetings?",
        ],
        "interpretation": [
            r"\bfear of (?:abandonment|rejection|being (?:left|alone|abandoned|rejected)|intimacy|failure|conflict)|\babandonment (?:issues|fears?|wounds?)"
            r"|\b(?:triggering|triggers?|triggered|awaken\w*|stirs? up) (?:an? |your |that )?(?:old|past|deep|childhood|familiar)\b|\bold (?:fear|wound|pattern|story)\b",
            r"\bneed (?:for|to) control|\bwhere (?:this|that|the|your) (?:need|feeling|fear|pattern|belief|anger)\w* (?:comes? from|started|began)"
            r"|\b(?:starts|started|begins|began|comes from|goes back to) (?:in )?(?:childhood|families|your family|early life)",
        ],
        "medication": [r"\bhalf (?:a|the|your) (?:tablet|pill|dose)|\b(?:split|cut|break) (?:the |your )?(?:tablets?|pills?)|\bevery other day\b[^.?!\n]{0,20}(?:tablet|pill|dose|med)"],
    },
    "ru": {
        "diagnosis": [
            r"у (?:вас|сына|дочери|реб[её]нка|мужа|жены|партн[её]ра|него|не[её]|мамы|отца)[^.?!\n]{0,20}(?:может быть|возможно|наверное|похоже|скорее всего|явно|вероятно)[^.?!\n]{0,25}(?:" + _CONDITIONS["ru"] + ")",
            r"(?:может|могут|могли бы) (?:говорить|свидетельствовать|указывать|быть признаком) (?:о|на)? ?(?:" + _CONDITIONS["ru"] + r")|(?:признак\w*|симптом\w*) (?:" + _CONDITIONS["ru"] + ")",
        ],
        "psychoeducation": [
            r"^\W*(?:депресси\w*|тревог\w*|тревожност\w*|горе|гор[ья]\b|паник\w*|травм\w*|одиночеств\w*|стыд\w*|вина|страх\w*|беспокойств\w*|навязчив\w+ мысл\w*|избегани\w*)\b"
            r"[^.?!\n]{0,30}(?:часто|обычно|нередко|внушает|говорит нам|лж[её]т|подпитыва\w*|накатывает|не подчиняется|- это)",
            r"сигнализаци\w* (?:организма|тела|мозга)|(?:организм|тело|мозг|психика)\w*[^.?!\n]{0,20}(?:защищ\w*|сигнализир\w*|бить тревогу)|реакци\w* (?:бей или беги|замирани\w*)",
        ],
        "homework": [
            r"(?:каждое|каждый|каждую|каждые) (?:утро|вечер|день|ночь|неделю)[^.?!\n]{0,60}(?:планируйте|запланируйте|записывайте|запишите|делайте|уделяйте|выделяйте|выделите|практикуйте|гуляйте|пробуйте)",
            r"даже если (?:не хочется|нет (?:сил|желания|настроения))|врем\w+ для (?:беспокойства|тревог\w*)|(?:выделите|выделяйте|отведите|отводите)[^.?!\n]{0,30}минут",
            r"(?:записыва\w*|запиш\w*|выписыва\w*|выпиш\w*) (?:сво\w+ |ваш\w+ |эти |все )?(?:тревог\w*|мысл\w*|чувств\w*|пережива\w*|беспокойств\w*|страх\w*)"
            r"|письм\w*[^.?!\n]{0,40}(?:не будете отправлять|не отправляя|не отправлять|не отправите)",
            r"(?:заняти\w*|дел\w*|хобби)[^.?!\n]{0,20}(?:которое|которые|что) (?:вам )?(?:раньше )?(?:нравил\w*|радовал\w*)|приятн\w+ (?:дело|дела|заняти\w*)",
        ],
        "coping": [
            r"какие (?:у вас )?(?:есть )?доказательств\w*|доказательств\w* (?:за|против|этой мысли)|внутренн\w+ (?:критик\w*|голос\w*)|(?:этот|тот) голос|что бы вы сказали (?:другу|подруге)",
            r"избега\w*[^.?!\n]{0,60}(?:громче|сильнее|хуже|больше|усили\w*|укрепля\w*|раст[её]т)|(?:встречайтесь|сталкивайтесь|смотрите в лицо|выходите навстречу)[^.?!\n]{0,30}(?:понемногу|постепенно|маленькими шагами)|экспозиц\w*",
            r"(?:учитесь|научитесь|тренируйтесь|пробуйте) (?:говорить|отказывать|отстаивать)|говорить (?:\w+ ){0,2}[«\"]?нет\b|отстаивать (?:свои )?границ\w*|прорепетир\w*|репетир\w*"
            r"|представьте,? (?:что|как)[^.?!\n]{0,40}(?:хорошо|спокойно|удачно|получается)",
            r"позвольте себе (?:чувствовать|плакать|грустить|горевать|отдохнуть|злиться)|не (?:отталкивайте|подавляйте|прогоняйте) (?:его|е[её]|их|эти|свои)|а не отталкивать",
            r"вставайте (?:в одно и то же|в одно) время|ложитесь(?: спать)?,? (?:в одно|только когда)|в одно и то же время каждый день|меньше кофе|кофеин\w*|телефон\w* (?:вне|из) спальн\w*|экран\w* перед сном|режим\w* сна|ритуал\w* перед сном",
        ],
        "treatment": [r"ал-?анон\w*|анонимн\w+ алкоголик\w*|(?:групп\w*|встреч\w*) (?:взаимо)?поддержки|(?:12|двенадцать) шагов|семейн\w+ (?:консультаци\w*|терапи\w*)[^.?!\n]{0,30}(?:дал\w* бы|помо\w+|поможет)"],
        "interpretation": [
            r"страх\w* (?:быть брошенн\w*|быть отвергнут\w*|отвержени\w*|одиночества|близости|неудачи|потери)|стар\w+ (?:страх\w*|ран\w*|травм\w*|сценари\w*|паттерн\w*)|будит в вас",
            r"потребност\w* (?:вс[её] )?контролировать|откуда (?:у вас )?(?:эта|этот|это) (?:потребност|страх|чувств|желани|злост)\w*|(?:родом|ид[её]т|бер[её]тся) из (?:детства|семьи)",
        ],
        "medication": [r"(?:по )?половин\w* таблетк\w*|полтаблетки|(?:пить|принимать|пейте|принимайте)[^.?!\n]{0,20}(?:таблет\w*|лекарств\w*|препарат\w*)"],
    },
    "bg": {
        "diagnosis": [
            r"(?:може|могат) да (?:е|са|има|имате|бъде|бъдат)\b[^.?!\n]{0,30}(?:" + _CONDITIONS["bg"] + r"|спектър\w*)",
            r"(?:признак\w*|признаци|симптом\w*|сигнал) (?:на|за) (?:" + _CONDITIONS["bg"] + ")",
        ],
        "psychoeducation": [
            r"^\W*(?:депресия\w*|тревожност\w*|тревога\w*|скръб\w*|паника\w*|травма\w*|самота\w*|срам\w*|вина\w*|страх\w*|стрес\w*|натрапчив\w+ мисли)\b"
            r"[^.?!\n]{0,30}(?:често|обикновено|ни внушава|внушава|ни казва|лъже|се подхранва|идва на вълни|не следва|- е\b|е алармата|е сигнал)",
            r"алармата на (?:тялото|организма|мозъка)|(?:тялото|мозъкът|психиката|организмът)[^.?!\n]{0,20}(?:се защитава|алармира|сигнализира)|реакция [„\"]?бий се или бягай",
        ],
        "homework": [
            r"(?:всяка|всеки|всяко) (?:сутрин|вечер|ден|седмица|нощ)[^.?!\n]{0,60}(?:планирайте|записвайте|запишете|правете|отделяйте|отделете|практикувайте|разхождайте|опитвайте)",
            r"дори (?:да|ако) не ви се (?:иска|прави|занимава)|време за (?:притеснения|тревоги|безпокойство)|(?:отделете|отделяйте)[^.?!\n]{0,30}минути",
            r"(?:записвайте|запишете|изписвайте|напишете)(?: си)? (?:тревогите|мислите|чувствата|притесненията|страховете|емоциите)|писмо[^.?!\n]{0,40}(?:няма да изпратите|без да го изпращате|не изпращате)",
            r"(?:занимани\w*|нещ\w*|хоби)[^.?!\n]{0,20}(?:което|които|от което) (?:ви )?(?:преди )?(?:е харесвало|ви е харесвало|се радвахте|харесвате)|приятно занимание",
        ],
        "coping": [
            r"какви доказателства|доказателства (?:за|срещу)|вътрешни?я?т? (?:критик|глас)|този глас|какво бихте казали на приятел",
            r"избягва\w*[^.?!\n]{0,60}(?:по-силн|по-лош|по-гол|по-шумн|засилва|подсилва|расте)|(?:изправяйте|изправете) се пред|постепенно[^.?!\n]{0,20}(?:изправяйте|срещайте)|експозици\w*",
            r"(?:упражнявайте се|научете се|опитайте) да (?:казвате|отказвате|отстоявате)|казвате [„\"]?не\b|отстоявайте (?:своите )?граници|репетирайте|репетиране"
            r"|представете си,? (?:че|как)[^.?!\n]{0,40}(?:добре|спокойно|успешно)",
            r"позволете си да (?:я |го |ги )?(?:чувствате|плачете|скърбите|тъгувате|почивате)|вместо да (?:я|го|ги) (?:отблъсквате|потискате)|не (?:потискайте|отблъсквайте)",
            r"ставайте по едно и също време|лягайте само когато|по едно и също време всеки ден|по-малко кафе|кофеин\w*|телефон\w* извън спалнята|екрани преди сън|режим на сън",
        ],
        "treatment": [r"ал-?анон|анонимни алкохолици|групи\w* за (?:подкрепа|взаимопомощ)|(?:12|дванадесет) стъпки|консултация за двойки[^.?!\n]{0,30}(?:би|може|ще)"],
        "interpretation": [
            r"страх от (?:изоставяне|отхвърляне|самота|близост|провал)|стар\w* (?:страх|рана|модел)|събужда (?:във|у) вас",
            r"нуждата (?:ви )?(?:всичко )?да контролирате|откъде идва (?:нуждата|страхът|чувството|гневът)|започва в семейства|идва от (?:детството|семейството)",
        ],
        "medication": [r"половин (?:таблетка|хапче)|(?:пиете|приемате|пийте|приемайте)[^.?!\n]{0,20}(?:таблетк\w*|хапче\w*|лекарств\w*)"],
    },
    "fa": {
        "diagnosis": [
            r"(?:ممکن است|شاید|احتمالا)[^.?!\n]{0,25}(?:" + _CONDITIONS["fa"] + r")[^.?!\n]{0,10}(?:باشد|داشته باشد|دارد|است)",
            r"(?:نشانه|علامت|علائم|نشانه ?های) (?:" + _CONDITIONS["fa"] + ")",
        ],
        "psychoeducation": [
            r"^\W*(?:افسردگی|اضطراب|سوگ|غم|پانیک|تروما|تنهایی|شرم|احساس گناه|ترس|استرس|نگرانی|افکار مزاحم)\b[^.?!\n]{0,30}(?:اغلب|معمولا|به ما می ?گوید|دروغ می ?گوید|موج|برنامه ندارد|زنگ خطر|سیگنال)",
            r"زنگ خطر (?:بدن|مغز)|(?:بدن|مغز|ذهن)[^.?!\n]{0,20}(?:زنگ خطر|هشدار می ?دهد|محافظت می ?کند)|واکنش جنگ یا گریز",
        ],
        "homework": [
            r"هر (?:صبح|شب|روز|عصر|هفته)[^.?!\n]{0,60}(?:برنامه ?ریزی کنید|بنویسید|انجام ?ش? (?:دهید|بدهید)|بگذارید|تمرین کنید|قدم بزنید)",
            r"حتی اگر (?:حوصله|حال|انگیزه|دل و دماغ)|زمان نگرانی|دقیقه[^.?!\n]{0,30}(?:نگرانی|فکر کردن|احساس)",
            r"نامه ?ای[^.?!\n]{0,40}(?:نمی ?فرستید|نفرستید|هرگز)|کار (?:کوچک )?(?:دلپذیر|لذت ?بخش)|کاری که (?:قبلا )?(?:از آن )?لذت می ?بردید",
        ],
        "coping": [
            r"چه (?:مدرکی|دلیلی|شواهدی)|منتقد درونی|صدای درونی|(?:این|آن) صدا (?:آمد|می ?آید)|به یک دوست چه می ?گفتید",
            r"(?:فرار|اجتناب)[^.?!\n]{0,60}(?:بلندتر|بیشتر|بدتر|قوی ?تر|تقویت)|(?:کم ?کم|به تدریج|قدم به قدم)[^.?!\n]{0,20}(?:روبه ?رو شوید|مواجه شوید)|با (?:آن ?ها|ترس ?ها\w*) روبه ?رو شوید",
            r"[«\"]?نه[»\"]? (?:بگویید|گفتن)|نه گفتن|مرزهایتان|(?:بلند )?تمرین کنید|تصور کنید[^.?!\n]{0,40}(?:خوب|آرام|موفق)",
            r"اجازه (?:دهید|بدهید)[^.?!\n]{0,30}(?:حس|احساس|گریه|غمگین)|(?:آن|این) را حس کنید|پس ?ش (?:نزنید|بزنید)",
            r"سر (?:یک )?ساعت (?:ثابت|مشخص)[^.?!\n]{0,20}(?:بیدار|بخوابید)|وقتی خواب ?تان می ?آید|(?:کم کردن|کمتر) (?:قهوه|کافئین)|کافئین|گوشی[^.?!\n]{0,30}اتاق خواب",
        ],
        "treatment": [r"الانان|الکلی ?های گمنام|معتادان گمنام|گروه ?های (?:حمایتی|همیاری)|دوازده قدم|(?:مشاوره|درمان) (?:زوج ?ها|زوجین|خانواده)[^.?!\n]{0,30}(?:می ?تواند|کمک)"],
        "interpretation": [
            r"ترس (?:قدیمی )?(?:از )?(?:رها شدن|طرد شدن|ترک شدن|تنهایی|صمیمیت|شکست)|زخم قدیمی|در شما بیدار می ?کند",
            r"نیاز به کنترل|از کجا می ?آید|(?:از|در) خانواده ?ای[^.?!\n]{0,30}شروع|ریشه در کودکی",
        ],
        "medication": [r"نصف قرص|نیم قرص|(?:قرص|دارو)[^.?!\n]{0,20}(?:بخورید|مصرف کنید)"],
    },
}
# Persian imperatives and recommendations by class (a verb form, not a phrase list): a medication or
# dose object with any imperative that changes, starts, stops or times it ("دوز را به ... برسانید",
# "دارو را متوقف کنید", "قرص را نصف کنید"), dose sufficiency ("25 میلی‌گرم کافی است"), and body
# coaching (breath counts, body scans, tensing muscles, cold water, counting, safe-place imagery,
# walking or exercise prescribed for mood, gratitude lists, distraction). Hand-offs still excuse
# the medication kind ("درمانگرتان می‌تواند درباره تغییر دوز با شما صحبت کند").
_FA_MED_OBJECT = (r"(?:دوز|مقدار مصرف|دارو\w*|قرص\w*|کپسول\w*|آرام ?بخش\w*|خواب ?آور|ضد ?افسردگی|" + _DRUGS
                  + r"|\d+\s?(?:میلی ?گرم|mg))")
_FA_MED_VERB = (r"(?:(?:افزایش|کاهش|کم|زیاد|بیشتر|کمتر|قطع|مصرف|شروع|متوقف|نصف|دو برابر|عوض|جایگزین|تنظیم|امتحان|تقسیم)\s?"
                r"(?:کنید|نکنید|دهید|بدهید|ندهید)|ادامه (?:دهید|بدهید|ندهید)|برسانید|بخورید|نخورید|بنوشید|کنار بگذارید|بیندازید|جا بیندازید)")
_MORE["fa"]["medication"] += [
    _FA_MED_OBJECT + r"[^.?!\n]{0,40}" + _FA_MED_VERB,
    r"\d+\s?(?:میلی ?گرم|mg)[^.?!\n]{0,20}(?:کافی|بس|زیاد|زیادی|کم|مناسب) ?(?:است|نیست)",
]
_MORE["fa"]["coping"] += [
    r"دم و بازدم|(?:دم|بازدم) (?:بگیرید|کنید|بدهید)|نفس (?:بکشید|بگیرید|را نگه دارید)|اسکن (?:بدن|کنید)|تنش\w* (?:را )?رها کنید"
    r"|(?:عضلات|شانه|مشت|فک)[^.?!\n]{0,12}(?:منقبض|شل|سفت) (?:کنید|و)|آب سرد[^.?!\n]{0,20}(?:صورت|بزنید|بریزید)|(?:جای|مکان) امن|چشم\w* (?:را )?ببندید"
    r"|تا (?:ده|صد|10|100) بشمارید|حواس\w* (?:را )?[^.?!\n]{0,20}پرت کنید|دست\w* را روی (?:قلب|سینه|شکم)\w*",
    r"(?:پیاده ?روی|ورزش|نرمش|دویدن|یوگا)[^.?!\n]{0,30}(?:کنید|بروید|بپردازید)[^.?!\n]{0,30}(?:حال|خلق|آرام|بهتر|اضطراب|استرس)"
    r"|(?:هر روز|روزانه)[^.?!\n]{0,20}(?:پیاده ?روی|ورزش|نرمش|یوگا)|شکرگزار(?:ید|ی کنید|ی ?ها)|فهرست[^.?!\n]{0,30}شکرگزار",
]

# Persian recommendation frames ("if I were you", "it wouldn't hurt to", "it's worth", "the best
# thing is", "my advice is") in front of a treatment, and home remedies for the mind (chamomile,
# a warm bath, calm music), present-moment focus, writing thoughts on paper, anger or stress
# drills, rest prescribed against burnout, and judgements of a dose ("your dose is low").
_FA_FRAME = r"(?:اگر جای شما بودم|شاید بد نباشد|بد نیست|خوب است|ارزشش را دارد|بهترین کار|توصیه (?:من|ام)|پیشنهاد ?(?:م|من)|حتما)"
_MORE["fa"]["treatment"] += [
    _FA_FRAME + r"[^.?!\n]{0,40}(?:روان ?درمانی|مشاوره|روانشناس|روان ?پزشک|درمانگر|شناخت ?درمانی|گروه حمایتی|دارو|قرص)",
]
_MORE["fa"]["medication"] += [
    _FA_MED_OBJECT + r"[^.?!\n]{0,60}(?:بیشتر|کمتر|زیاد|کم|قطع|عوض|نصف)ش کنید",
    r"دوز[^.?!\n]{0,40}(?:کم|زیاد|بالا|پایین|کافی|ناکافی) (?:است|نیست|باشد)",
]
_MORE["fa"]["coping"] += [
    r"(?:چای|دمنوش) (?:بابونه|گل گاوزبان|سنبل|آرام)|(?:حمام|دوش) (?:آب )?(?:گرم|ولرم)|موسیقی (?:آرام|ملایم|بی ?کلام)|لحظه (?:حال|اکنون)"
    r"|روی کاغذ (?:بیاورید|بنویسید|بریزید)|برای (?:کنترل|مدیریت) (?:خشم|استرس|اضطراب|هیجان)[^.?!\n]{0,40}(?:کنید|بگیرید|بدهید)"
    r"|به خود(?:تان)? استراحت (?:بدهید|دهید)|(?:از کار|از کارتان) فاصله بگیرید",
]

# The same two classes in the other languages: dose changes in other verbs (hold off, come off,
# halve; поднимите, делите пополам; делете наполовина), dose sufficiency, and body coaching.
_MORE["en"]["medication"] += [
    r"\b(?:hold off(?: on)?|come off|wean (?:yourself )?off|taper(?: off)?|pause|pop|drop)\b[^.?!\n]{0,30}"
    r"(?:\bdose\b|dosage|medication|\bmeds\b|pills?|tablets?|antidepressants?|" + _DRUGS + r"|\d+\s?mg\b)",
    r"\b\d+\s?mg\b[^.?!\n]{0,20}\b(?:is|are|should be|would be)\s(?:plenty|enough|fine|too much|too little|a lot|safe|ok|okay)\b",
]
_MORE["en"]["coping"] += [
    r"\btense (?:your|the|up)\b|\b(?:clench|squeeze)\w* (?:your )?(?:fists?|muscles|shoulders|jaw)|\brelease (?:the |that )?tension|\bsplash\w* (?:some )?cold water"
    r"|\bcold water on your face|\bcount (?:slowly |backwards )?(?:to|from) (?:ten|10|five|a hundred|100)\b|\b(?:picture|imagine|visuali[sz]e) (?:a |your )?(?:safe|calm|peaceful|happy) place"
    r"|\bclose your eyes\b|\bbody scan|\b(?:daily |regular |brisk )?(?:walks?|runs?|exercise|yoga|jog\w*|swim\w*)\b[^.?!\n]{0,30}\b(?:lift|boost|improve|help with|ease|calm)\w* (?:your )?(?:mood|anxiety|stress|nerves|spirits)",
]
_MORE["ru"]["medication"] += [
    r"(?:поднимите|поднять|повышайте|отложите|отложить|сократите|сократить|уберите|делите|разделите|делить)[^.?!\n]{0,30}"
    r"(?:доз\w*|лекарств\w*|препарат\w*|таблет\w*|антидепрессант\w*|" + _DRUGS + r"|\d+\s?мг)",
    r"(?:доз\w*|препарат\w*|таблет\w*)[^.?!\n]{0,30}(?:пополам|надвое|на половин\w*)|\d+\s?мг[^.?!\n]{0,20}(?:достаточно|хватит|много|мало)",
]
_MORE["ru"]["coping"] += [
    r"напряги\w*|расслабьте (?:плечи|мышцы|тело|челюсть)|холодной водой|посчитайте (?:медленно )?до (?:десяти|10|пяти|ста)|безопасное место|закройте глаза"
    r"|сканировани\w* тела|(?:прогулк|спорт|зарядк|йог|бег|пробежк)\w*[^.?!\n]{0,30}(?:настроени|тревог|стресс|нерв)",
]
_MORE["bg"]["medication"] += [
    r"(?:делете|разделете|разделяйте|отложете|намалявайте|вдигнете)[^.?!\n]{0,30}(?:доза\w*|лекарств\w*|медикамент\w*|хапче\w*|таблетк\w*|антидепресант\w*|" + _DRUGS + r"|\d+\s?мг)",
    r"(?:доза\w*|хапче\w*|таблетк\w*)[^.?!\n]{0,30}(?:наполовина|на две|на половин\w*)|\d+\s?мг[^.?!\n]{0,20}(?:са достатъчни|е достатъчно|стигат|стига)",
]
_MORE["bg"]["coping"] += [
    r"стегнете|отпуснете (?:раменете|мускулите|тялото|челюстта)|студена вода|пребройте (?:бавно )?до (?:десет|10|пет|сто)|безопасно място|затворете очи"
    r"|сканиране на тялото|(?:разходк|спорт|йога|бягане|тичане)\w*[^.?!\n]{0,30}(?:настроени|тревож|стрес|нерв)",
]

# Three more classes a therapist's answer uses and a support reply never does:
# * clinician voice: the writer speaks as the customer's therapist ("in my practice", "my
#   clients", "as a counsellor, I...") - support is never a surrogate therapist;
# * hidden motives: interpreting what the customer "really" or "secretly" feels or wants, or
#   what their dreams mean (clinical interpretation without a clinical word);
# * relationship counselling: judging the customer's partner or relationship (cheating, what a
#   partner "should" feel).
# Treatment recommendations also come after the professional ("exploring this with a good
# therapist may help") and with plural or adverbs ("I often recommend speaking with several
# therapists"); "your therapist" and "our therapists" stay hand-offs and service talk.
_MORE["en"]["clinician_voice"] = [
    r"\b(?:in|at) my (?:office|practice|clinic|sessions)\b|\bmy (?:clients|patients|caseload)\b"
    r"|\bas (?:a|your) (?:therapist|counsel+or|psychotherapist|psychologist|clinician|social worker),? i\b"
    r"|\b(?:when|whenever) i (?:work|am working|'m working) with (?:clients|patients|couples)\b|\bwe (?:therapists|counsel+ors|clinicians)\b",
]
_MORE["en"]["interpretation"] += [
    r"\ba way (?:for you )?to (?:secretly |unconsciously |subconsciously )?(?:satisfy|fulfil+|express|act out|avoid|escape|punish|numb|soothe)\b[^.?!\n]{0,30}\b(?:your|yourself)\b"
    r"|\byour own (?:secret |hidden )?(?:wish|desire|longing) to\b|\b(?:you|he|she) (?:didn'?t|don'?t|doesn'?t|never) (?:actually|really|truly) (?:forg[ai]ve\w*|lov\w+|trust\w*|accept\w*)"
    r"|\bdeep down,? (?:you|part of you)\b|\byour dreams? (?:are|is|mean|means|tell|show|reflect|represent)\b|\bdreams are (?:our|your|the mind)",
]
_MORE["en"]["relationship"] = [
    r"\bcheat(?:ed|ing|s)? on you\b|\binfidelity\b|\bunfaithful\b|\bshows? (?:a )?lack of (?:commitment|respect|empathy|love)\b"
    r"|\b(?:partners|couples|spouses) need (?:each other|trust|to trust)\b"
    r"|\b(?:your|his|her) (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?)\b(?:,? (?:he|she)\b)?[^.?!\n]{0,40}"
    r"\b(?:should (?:be (?:just as |more )?(?:concerned|supportive|understanding)|show|feel)|does(?:n'?t| not) (?:really )?(?:love|respect|value)|is(?:n'?t| not) (?:ready|committed|invested))"
    r"|\bas your (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?),? (?:he|she)\b",
]
_MORE["en"]["treatment"] += [
    r"\b(?:with|seeing|see|talking to|working with|speaking (?:with|to)) an? (?:\w+ )?(?:therapist|counsel+or|psychologist|psychiatrist|mental health professional)\b"
    r"[^.?!\n]{0,30}\b(?:may|might|could|can|would|will) (?:help|be (?:helpful|useful|beneficial))",
    r"\b(?:recommend|suggest|encourage|advise)\w*\b[^.?!\n]{0,50}(?<!our )(?<!your )\b(?:therapists|counsel+ors|psychologists|psychiatrists)\b",
]
_MORE["ru"]["clinician_voice"] = [
    r"(?:в|на) (?:моей|моём|моем) (?:практике|кабинете|при[её]ме)|(?:мои|моих|моим|моими) (?:клиент|пациент)\w*"
    r"|как (?:психолог|психотерапевт|терапевт|консультант),? я\b|когда я работаю с (?:клиент|пациент|пар)\w*|мы,? (?:психологи|терапевты|психотерапевты)\b",
]
_MORE["ru"]["interpretation"] += [
    r"способ\w* (?:тайно |неосознанно |бессознательно )?(?:удовлетворить|выразить|избежать|сбежать|наказать|заглушить)[^.?!\n]{0,30}(?:ваш|вас|себя|сво)\w*"
    r"|ваш\w* (?:собственн\w+ )?(?:тайн\w+ )?(?:желани\w*|стремлени\w*) (?:быть|жить|стать)\b"
    r"|вы (?:на самом деле|в действительности|по-настоящему) не (?:простил\w*|любите|доверяете|приняли)|в глубине души|ваши сны (?:говорят|означают|показывают|отражают)|сны\s?(?:—|-)?\s?это (?:способ|попытка)",
]
_MORE["ru"]["relationship"] = [
    r"измен(?:ил|ила|яет|ял|яла)\w* (?:вам|тебе)|измен[аеуы]\b|неверност\w*|(?:проявляет|показывает) (?:отсутствие|недостаток) (?:обязательств|уважения|эмпатии|любви)"
    r"|партн[её]рам\w* (?:нужн\w*|необходим\w*) (?:доверие|поддержка|доверять)"
    r"|ваш\w* (?:партн[её]р|муж|жених|парень|супруг)\w*[^.?!\n]{0,40}(?:должен (?:быть|проявить|понимать|беспокоиться)|не (?:любит|уважает|ценит)\b)",
]
_MORE["ru"]["treatment"] += [
    r"(?:с|у) (?:хорош\w+ |квалифицированн\w+ |опытн\w+ |грамотн\w+ )?(?:психолог|психотерапевт|специалист)\w*[^.?!\n]{0,30}(?:может помочь|поможет|могло бы помочь)",
    r"я (?:часто|обычно|всегда) (?:рекомендую|советую|предлагаю)[^.?!\n]{0,50}(?:психолог|терапевт|психотерапевт|терапи|лечени)\w*",
]
_MORE["bg"]["clinician_voice"] = [
    r"в (?:моята практика|практиката ми|кабинета ми)|(?:моите|на моите|с моите) (?:клиенти|пациенти)|клиентите ми|пациентите ми"
    r"|като (?:психолог|психотерапевт|терапевт|консултант),? (?:аз|бих|често|винаги|виждам)\b|когато работя с (?:клиенти|пациенти|двойки)|ние,? (?:психолозите|терапевтите)",
]
_MORE["bg"]["interpretation"] += [
    r"начин (?:да )?(?:тайно |несъзнателно )?(?:задоволите|изразите|избегнете|избягате|накажете|заглушите)[^.?!\n]{0,30}(?:ваш|вас|себе си|си)\w*"
    r"|собствено\w* (?:тайно )?(?:желание|стремеж) да (?:бъдете|живеете|станете)"
    r"|(?:всъщност|наистина) не (?:сте (?:му |й )?простил\w*|го обичате|я обичате|му вярвате|й вярвате)|дълбоко в себе си|сънищата (?:ви )?(?:казват|означават|показват|отразяват|са (?:начин|опит))",
]
_MORE["bg"]["relationship"] = [
    r"изнев\w*|(?:показва|проявява) липса на (?:ангажираност|уважение|емпатия|любов)|партньорите (?:имат нужда|се нуждаят) от (?:доверие|подкрепа)"
    r"|ваши(?:ят|я) (?:партньор|съпруг|годеник|приятел)[^.?!\n]{0,40}(?:трябва да (?:бъде|е|прояви|се тревожи)|не (?:ви )?(?:обича|уважава|цени)\b)",
]
_MORE["bg"]["treatment"] += [
    r"(?:с|при) (?:добър |квалифициран |опитен )?(?:психолог|психотерапевт|терапевт|специалист)\b[^.?!\n]{0,30}(?:може да помогне|ще помогне|би помогнал\w*)",
    r"(?:често|обикновено|винаги) (?:препоръчвам|съветвам|предлагам)[^.?!\n]{0,50}(?:психолог|терапевт|терапия|лечение)",
]
_MORE["fa"]["clinician_voice"] = [
    r"در مطب(?:م| من)|مراجع(?:ان|ین)(?:م| من)|بیماران(?:م| من)|به عنوان (?:یک )?(?:درمانگر|مشاور|روانشناس|روان ?درمانگر)،? (?:من|معمولا|اغلب)"
    r"|وقتی با (?:مراجعان|مراجعین|بیماران|زوج ?ها) کار می ?کنم|ما (?:درمانگران|مشاوران|روانشناسان)",
]
_MORE["fa"]["interpretation"] += [
    r"راهی (?:برای|است برای) (?:ارضای|بیان|فرار از|اجتناب از|تنبیه)[^.?!\n]{0,30}(?:خودتان|شما)|آرزوی (?:پنهان|درونی|پنهانی) (?:شما|تان)"
    r"|(?:در واقع|واقعا|واقعاً) (?:او را )?(?:نبخشیده ?اید|دوستش ندارید|به او اعتماد ندارید)|در اعماق وجود(?:تان| شما)"
    r"|خواب ?های (?:شما|تان)[^.?!\n]{0,20}(?:نشان می ?دهد|نشان می ?دهند|معنی|یعنی|بازتاب)",
]
_MORE["fa"]["relationship"] = [
    r"خیانت (?:کرد|کرده|می ?کند)|بی ?وفایی|نشان ?دهنده (?:عدم|نبود) (?:تعهد|احترام|همدلی)|(?:زوج ?ها|شریک ?ها) به (?:اعتماد|حمایت) (?:یکدیگر )?نیاز دارند"
    r"|(?:همسر|شریک زندگی|نامزد) ?(?:شما|تان)[^.?!\n]{0,40}(?:باید (?:بیشتر )?(?:نگران|حامی|همراه)|دوستتان ندارد|به شما احترام نمی ?گذارد)",
]
_MORE["fa"]["treatment"] += [
    r"(?:با|نزد) (?:یک )?(?:درمانگر|مشاور|روانشناس|روان ?درمانگر)(?!\s?(?:خود|تان|شما))(?: خوب| متخصص| مجرب)?[^.?!\n]{0,30}(?:کمک ?کننده|می ?تواند کمک|کمک می ?کند)",
    r"(?:معمولا|معمولاً|اغلب|همیشه) (?:توصیه|پیشنهاد) می ?کنم[^.?!\n]{0,50}(?:درمانگر|مشاور|روانشناس|درمان)",
]

# Psychoeducation about how clinicians assess (diagnostic criteria, the DSM, personality types)
# and therapeutic prognosis ("these issues can all be worked through with time and patience").
_MORE["en"]["psychoeducation"] = [
    r"\bdiagnostic (?:tools?|criteria|manual)\b|\bthe dsm\b|\bdsm-?(?:5|iv|v)\b|\bpersonality (?:types?|styles?|tests?)\b"
    r"|\b(?:issues|problems|feelings|these things) (?:can|will) (?:all )?be worked (?:on|through)\b|\bwith (?:some )?time and patience\b",
]
_MORE["ru"]["psychoeducation"] = [
    r"диагностическ\w+ (?:критери|инструмент|руководств)\w*|\bdsm\b|(?:тип\w*|тест\w*) личности"
    r"|(?:проблем\w*|трудност\w*|чувств\w*) (?:можно|удастся) (?:проработать|прожить)|со временем и терпением",
]
_MORE["bg"]["psychoeducation"] = [
    r"диагностичн\w+ (?:критери|инструмент|наръчник)\w*|\bdsm\b|(?:тип\w*|тест\w*) (?:на )?личност\w*"
    r"|(?:проблем\w*|трудност\w*|чувств\w*) могат да (?:бъдат )?(?:преработ|изжив)\w*|с време и търпение",
]
_MORE["fa"]["psychoeducation"] = [
    r"(?:معیارهای|ابزار(?: ?های)?|راهنمای) تشخیصی|\bdsm\b|(?:تیپ|تست|آزمون)(?: ?های)? شخصیت"
    r"|(?:مشکلات|مسائل|احساسات)[^.?!\n]{0,20}قابل (?:حل|کار) (?:هستند|است)|با (?:کمی )?زمان و صبر",
]

for _lang, _groups in _MORE.items():
    for _name, _patterns in _groups.items():
        _STRONG[_lang].setdefault(_name, []).extend(_patterns)

# --- hand-offs and refusals: the sentence is about passing the question on -----------------
_HANDOFF: dict[str, list[str]] = {
    "en": [
        r"\byour (?:own )?(?:therapist|counsel+or|doctor|gp|psychiatrist|prescriber|clinician|care team|psychologist) (?:can|could|will|is able to|would be)",
        r"(?:passed|forwarded|sent|shared|referred|escalated|handed)\b[^.?!\n]{0,80}\b(?:clinical|care|medical|clinician|prescrib)",
        r"(?:discuss|talk about|raise|ask about|bring up|check)\b[^.?!\n]{0,50}\bwith (?:your|a|our) (?:therapist|counsel+or|doctor|gp|psychiatrist|prescriber|clinician|pharmacist|care team)",
        r"\b(?:we|i) (?:can't|cannot|can not|are not able to|aren't able to|am not able to|don't|do not|won't)\b[^.?!\n]{0,20}(?:advise|give (?:medical |clinical )?advice|comment|recommend|diagnose)",
        r"\b(?:a|our) (?:clinician|clinical (?:care )?team|member of our clinical)\b[^.?!\n]{0,40}\b(?:will|can)\b",
        r"\bsupport team can(?:'t|not)\b",
    ],
    "ru": [
        r"ваш\w* (?:терапевт\w*|психолог\w*|специалист\w*|врач\w*|психиатр\w*|лечащ\w+ врач\w*) (?:может|сможет|обсудит|ответит|расскажет|поможет|подскажет)",
        r"(?:передал\w*|переслал\w*|направил\w*|отправил\w*|переда\w+)[^.?!\n]{0,80}(?:клиническ\w+|медицинск\w+|врач\w*)",
        r"(?:обсудите|обсудить|уточните|уточнить|задайте|спросите)[^.?!\n]{0,50}(?:с вашим|со своим|с вашей|со своей|вашему|своему|у вашего|у своего) (?:терапевт|врач|психиатр|психолог|специалист)\w*",
        r"(?:мы|я) не (?:можем|могу|вправе|даём|даем|даю)[^.?!\n]{0,25}(?:советовать|консультировать|совет\w*|рекомендаци\w*|комментировать|рекомендовать|диагноз\w*)",
        r"(?:клиническ\w+|медицинск\w+) (?:команд\w*|отдел\w*|служб\w*|специалист\w*)[^.?!\n]{0,40}(?:свяжется|ответит|рассмотрит|поможет)",
    ],
    "bg": [
        r"ваши\w* (?:терапевт|психолог|специалист|лекар|психиатър|личен лекар)\w* (?:може|ще|би могъл|би могла)",
        r"(?:предадох|препратих|изпратих|предадохме|препратихме|изпратихме|насочихме|насочих)[^.?!\n]{0,80}(?:клиничн\w+|медицинск\w+|лекар\w*)",
        r"(?:обсъдете|обсъдите|попитайте|уточнете)[^.?!\n]{0,50}(?:с вашия|със своя|с вашата|със своята|вашия|своя) (?:терапевт|лекар|психиатър|психолог|специалист)\w*",
        r"(?:ние )?не (?:можем|мога|съм в състояние|сме в състояние)[^.?!\n]{0,25}(?:да съветваме|да съветвам|да даваме|да давам|да коментира|да препоръчва|да поставя|съвет)",
        r"(?:клиничн\w+|медицинск\w+) (?:екип\w*|отдел\w*|специалист\w*)[^.?!\n]{0,40}(?:ще се свърже|ще отговори|ще прегледа|ще помогне)",
    ],
    "fa": [
        r"(?:درمانگر|مشاور|پزشک|روان ?پزشک|روانشناس|متخصص) ?(?:شما|تان)[^.?!\n]{0,30}(?:می ?تواند|می ?توانند|خواهد|بررسی می ?کند|پاسخ می ?دهد)",
        r"(?:ارسال|ارجاع|منتقل|فرستاد)[^.?!\n]{0,80}(?:تیم بالینی|تیم درمان|تیم پزشکی|متخصص بالینی|پزشک)|(?:تیم بالینی|تیم درمان|تیم پزشکی)[^.?!\n]{0,80}(?:ارسال|ارجاع|منتقل|فرستاد)",
        r"(?:با درمانگر|با پزشک|با روان ?پزشک|با مشاور|با روانشناس)(?: خود| تان|تان)[^.?!\n]{0,40}(?:مطرح|صحبت|در میان|بررسی)",
        r"(?:ما|من) (?:نمی ?توانیم|نمی ?توانم|مجاز نیستیم|مجاز نیستم)[^.?!\n]{0,30}(?:توصیه|مشاوره|نظر|تشخیص|پزشکی)",
        r"(?:تیم بالینی|تیم درمان|تیم پزشکی)[^.?!\n]{0,40}(?:تماس|پاسخ|بررسی)",
    ],
}

# --- counsellor style: advice forms and inner-life topics ---------------------------------
_ADVICE: dict[str, list[str]] = {
    "en": [
        r"\bit (?:might|may|could|can|would|will|often) (?:also )?(?:help|be (?:helpful|useful|worth|good|beneficial|important))",
        r"\bi(?:'d| would)? (?:strongly |gently )?(?:suggest|recommend|encourage|invite|urge|advise)",
        r"\btry (?:to|and|not|being|doing|talking|writing|focusing|setting|asking|finding)\b|\bconsider (?:talking|speaking|telling|writing|trying|asking|exploring|finding|seeking|reaching|letting|setting)",
        r"\bhave you (?:tried|considered|thought about|asked yourself|noticed|talked)|\bwhat (?:would|might|could) (?:it|happen|you|that)|\bhow (?:do|did|does|would|might) (?:you|it|that) feel",
        r"\bi wonder (?:if|whether|what|how)|\bnotice (?:when|how|what|that|your|if)|\bpay attention to|\bfocus on (?:your|what|the present|yourself)",
        r"\b(?:allow|give|remind|ask|let|forgive|love|accept) yourself|\bbe (?:gentle|kind|patient|compassionate|honest) (?:with|to) yourself",
        r"\bit(?:'s| is) (?:completely |perfectly |very |quite |also |not un)?(?:normal|natural|okay|ok|common|understandable|healthy|usual|human) (?:to|for you to) (?:feel|cry|be|have|want|experience|struggle|grieve)",
        r"\b(?:many|most|a lot of|lots of) (?:people|clients|couples|individuals) (?:feel|experience|struggle|go through|find)|\byour feelings are (?:valid|normal|understandable|real|important)",
        r"\bwork (?:on|through) (?:your|yourself|this|these|those|the)|\blearn(?:ing)? (?:to|how to) (?:cope|manage|accept|trust|let go|love|express|communicate|set)",
        r"\btalk(?:ing)? (?:openly |honestly )?(?:to|with) (?:your |a )?(?:partner|spouse|husband|wife|parents?|mother|mom|father|dad|friends?|family|boyfriend|girlfriend|loved ones?|someone you trust)",
        r"\bset(?:ting)? (?:healthy |clear )?boundaries|\bseek(?:ing)? (?:out )?(?:help|support|professional|counsel)|\breach(?:ing)? out to (?:a|your|someone|friends|loved)",
        r"\b(?:process|explore|understand|express|validate|acknowledge|name|accept) (?:your|these|those|the|what you|how you)\w* ?(?:own )?(?:feelings|emotions|thoughts|needs|experience|grief|anger|fears?)",
        r"\b(?:see|find|talk to|speak (?:to|with)|work with|meet with) (?:a|an) (?:therapist|counsel+or|professional|psychologist|psychiatrist|specialist)",
        r"\b(?:therapy|counsel+ing|a therapist|a counsel+or|your therapist) (?:can|could|would|may|will|might) (?:help|be|give|provide|offer|support)",
        r"\byou (?:deserve|are worthy|are not alone in|are enough|matter)|\bthe goal (?:is|would be)|\bover time\b|\bstep by step\b|\bsmall steps\b",
        r"\bhow (?:you|your) (?:feel|felt|respond|react)|\bwhat (?:you|your) (?:need|want|feel|are feeling)",
        r"\b(?:is|are|it's|that's) (?:absolutely |very |completely |perfectly |quite |totally |so )?(?:normal|natural)\b|\bit takes (?:courage|time|strength|practice)",
        r"\byou (?:may|might|could|probably) (?:also )?(?:feel|want to|find|notice|need|be feeling|benefit)|\bi(?:'m| am) curious|\bin my experience|\byou sound\b",
        r"\b(?:tell|ask|answer|let|show) (?:him|her|them|your (?:partner|boyfriend|girlfriend|husband|wife|daughter|son|mother|father|friend|family))\b"
        r"|\bstay (?:open|focused|calm|connected|curious|present)|\btrust (?:your (?:instincts|gut|feelings)|yourself)|\bkeep (?:trusting|reminding|practi[cs]ing)",
        r"\bpart of (?:the|your) (?:process|healing|journey|growth)|\bthe (?:best|first|next) (?:step|approach|thing you)|\bif you (?:feel|are feeling|choose|decide)\b",
    ],
    "ru": [
        r"(?:может|могло бы|могут|возможно,?)\s+(?:быть\s+)?(?:помо\w+|полезн\w*|стоит)",
        r"\bсоветую|\bрекомендую|\bпредлагаю|\bпризываю|\bпопробуйте|\bпостарайтесь|\bстарайтесь|\bподумайте (?:о|над)",
        r"\bнапомните себе|\bнапоминайте себе|\bобратите внимание (?:на|как)|\bзамечайте|\bзаметьте|\bзамечать|\bзаметить|\bотмечайте|\bсосредоточьтесь",
        r"\b(?:позвольте|дайте|разрешите|простите|примите) себе|\bбудьте (?:добрее|мягче|терпеливее|бережнее) к себе|\bспросите себя|\bзадайте себе",
        r"(?:это )?(?:вполне |совершенно )?(?:нормально|естественно|понятно|неудивительно)\s+(?:чувствовать|испытывать|плакать|переживать|бояться|грустить|злиться)|\bмногие люди (?:чувствуют|испытывают|сталкиваются|переживают)",
        r"\bваши (?:чувства|эмоции|переживания) (?:важны|нормальны|обоснованы|понятны|имеют право)",
        r"\bчто (?:бы )?(?:вы )?(?:почувствовали|почувствуете|чувствуете)|\bкак вы (?:себя чувствуете|относитесь к себе)|\bинтересно, (?:не|что|почему|как)",
        r"\bпоговорите (?:с|со) (?:вашим |своим |вашей |своей |вашими |своими )?(?:партн[её]р|муж|жен|супруг|родител|мам|пап|друз|близк|семь)\w*",
        r"(?:выстраивать|установить|установите|выстройте|обозначьте|обозначить) (?:здоровые |личные |чёткие )?границ\w*|\bобратиться за (?:помощью|поддержкой)|\bобратитесь за (?:помощью|поддержкой)",
        r"\b(?:научиться|научитесь|работайте над|работать над|проработать|проработайте|проживите|прожить|исследуйте|исследовать|выразить|выразите|принять|примите) (?:свои |ваши |эти |это |себя)",
        r"(?:терапи\w*|психолог\w*|психотерапевт\w*|специалист\w*) (?:может|могла бы|мог бы|поможет|помогут)",
        r"\bвы (?:заслуживаете|достойны|не одиноки в)|\bсо временем|\bшаг за шагом|\bмаленьки\w+ шаг\w*",
    ],
    "bg": [
        r"(?:може|би могло|биха могли)\s+да\s+(?:ви\s+)?(?:помогне|помогнат|е полезно|бъде полезно)|\bби било (?:полезно|добре|хубаво)",
        r"\bпрепоръчвам|\bсъветвам|\bпредлагам ви|\bнасърчавам|\bопитайте (?:се )?да|\bпостарайте се|\bпомислете (?:за|върху)",
        r"\bнапомнете си|\bси напомнете|\bнапомняйте си|\bпитали ли сте се|\bзапитвали ли сте се|\bобърнете внимание|\bзабележете|\bзабелязвайте|\bда забележите|\bда забелязвате|\bсъсредоточете се",
        r"\b(?:позволете|дайте|разрешете|простете|приемете) си|\bбъдете (?:по-)?(?:нежни|мили|търпеливи|добри) (?:към|със) себе си|\bзапитайте се|\bпопитайте себе си",
        r"(?:напълно |съвсем )?(?:нормално|естествено|разбираемо) е да (?:се чувствате|чувствате|изпитвате|плачете|тъгувате|се страхувате)|\bмного хора (?:изпитват|се чувстват|преминават)",
        r"\bвашите (?:чувства|емоции|преживявания) (?:са )?(?:важни|нормални|оправдани|валидни)",
        r"\bкакво (?:бихте )?(?:почувствали|чувствате|би станало)|\bкак се чувствате|\bчудя се (?:дали|какво|защо)",
        r"\bговорете (?:открито )?(?:с|със) (?:вашия |своя |вашата |своята |вашите |своите )?(?:партньор|съпруг|съпруга|родител|майка|баща|приятел|близк|семейство)\w*",
        r"(?:поставете|поставяте|поставяне на|да поставите) (?:здравословни |ясни |лични )?граници|\bпотърсете (?:помощ|подкрепа|професионал)",
        r"\b(?:научете се|да се научите|работете върху|да работите върху|преработете|изживейте|изследвайте|изразете|приемете) (?:своите |вашите |тези |себе си|чувствата)",
        r"(?:терапия\w*|психолог\w*|психотерапевт\w*|специалист\w*) (?:може|би могъл|би могла|ще) (?:да )?(?:ви )?помогне",
        r"\bзаслужавате|\bне сте сами в|\bс времето|\bстъпка по стъпка|\bмалки стъпки",
    ],
    "fa": [
        r"(?:ممکن است|شاید|می ?تواند)[^.?!\n]{0,20}(?:کمک کند|مفید باشد|کمک ?کننده باشد)",
        r"توصیه می ?کنم|پیشنهاد می ?کنم|تشویق(?:تان)? می ?کنم|سعی کنید|تلاش کنید|امتحان کنید|به این فکر کنید",
        r"توجه کنید (?:که|به)|دقت کنید (?:که|به)|متوجه شوید|تمرکز کنید",
        r"به خود(?:تان)? یادآوری کنید|از خود(?:تان)? پرسیده ?اید|به خود(?:تان)? (?:اجازه|فرصت|زمان) (?:دهید|بدهید)|با خود(?:تان)? (?:مهربان|صبور|ملایم) باشید|از خود(?:تان)? بپرسید|خود(?:تان)? را ببخشید|خود(?:تان)? را بپذیرید",
        r"(?:کاملا |خیلی )?(?:طبیعی|عادی|قابل درک) است که (?:احساس|غمگین|ناراحت|گریه|بترسید|نگران)|بسیاری از (?:افراد|مردم) (?:احساس|تجربه)",
        r"احساسات (?:شما|تان) (?:مهم|معتبر|طبیعی|قابل درک)",
        r"چه احساسی (?:دارید|داشتید|پیدا می ?کنید)|چه حسی|نمی ?دانم آیا|آیا تا به حال",
        r"با (?:همسر|شریک|والدین|مادر|پدر|دوستان|خانواده|نامزد|عزیزان)(?: خود| تان|تان)? (?:صحبت|گفتگو)",
        r"(?:مرزهای|مرز ?های) (?:سالم|شخصی|مشخص)|(?:کمک|حمایت) (?:حرفه ?ای )?(?:بگیرید|بخواهید|دریافت کنید)",
        r"(?:یاد بگیرید|روی خود(?:تان)? کار کنید|احساسات(?: خود| تان|تان)? را (?:بپذیرید|بیان کنید|پردازش کنید|بشناسید))",
        r"(?:درمان|روان ?درمانی|مشاوره|درمانگر|مشاور) (?:می ?تواند|ممکن است)[^.?!\n]{0,15}(?:کمک|مفید)",
        r"شما (?:لایق|شایسته) |تنها نیستید|به مرور زمان|قدم به قدم|گام ?های کوچک",
    ],
}

_TOPIC: dict[str, list[str]] = {
    "en": [
        r"\b(?:feelings|emotions?|emotional(?:ly)?)\b", r"\b(?:anxiety|depression|depressed|self-esteem|self-worth|confidence|loneliness|lonely|grief|grieving|shame|guilt|trauma|fears?|sadness|sorrow|anger|worries|panic|compassion)\b",
        r"\b(?:relationships?|partner|spouse|husband|wife|boyfriend|girlfriend|marriage|parents?|mother|father|family members?|friends?)\b",
        r"\b(?:boundaries|thoughts|yourself|inner|childhood|the past|mood|heal(?:ing)?|cope|coping|support system|vulnerable|safe space|growth|journey)\b",
        r"\b(?:therapy|therapist|counsel+or|counsel+ing|sessions?|psychologist|psychiatrist)\b",
    ],
    "ru": [
        r"чувств\w*|эмоци\w*|переживани\w*", r"тревог\w*|депресси\w*|грусть|грусти|печал\w*|злост\w*|гнев\w*|сочувстви\w*|сострадани\w*|самооценк\w*|уверенност\w* в себе|одиночеств\w*|гор[еяю]\b|утрат\w*|стыд\w*|вин[аыу]\b|травм\w*|страх\w*",
        r"отношени\w* с|партн[её]р\w*|муж\w*\b|жена|жены|супруг\w*|родител\w*|мам[аыеу]\b|отц\w*|отец|друз\w*|семь[яией]\b",
        r"границ\w*|мысл\w*|себ[яе]\b|собой|внутренн\w*|детств\w*|прошл\w*|настроени\w*|исцелени\w*|справ\w*ся",
        r"терапи\w*|терапевт\w*|психолог\w*|психотерапевт\w*|сесси\w*|консультаци\w*",
    ],
    "bg": [
        r"чувств\w*|емоци\w*|преживяван\w*", r"тревож\w*|депреси\w*|тъг\w*|мъка|гняв\w*|гнев\w*|състрадани\w*|съчувстви\w*|самочувстви\w*|самоувереност|самота\w*|скръб\w*|загуба|срам\w*|вина(?:та)?\b|вини\b|травм\w*|страх\w*",
        r"връзка\w*|отношения\w*|партньор\w*|съпруг\w*|родител\w*|майка\w*|баща\w*|приятел\w*|семейств\w*",
        r"граници|мисли\w*|себе си|вътреш\w*|детство\w*|минало\w*|настроени\w*|изцелени\w*|справя\w*",
        r"терапия\w*|терапевт\w*|психолог\w*|психотерапевт\w*|сеси\w*|консултаци\w*",
    ],
    "fa": [
        r"احساس\w*|هیجان\w*|عاطف\w*", r"اضطراب|افسردگی|نگرانی|شفقت|عزت ?نفس|اعتماد به نفس|تنهایی|سوگ|غم|شرم|گناه|تروما|ترس",
        r"رابطه|همسر|شریک|والدین|مادر|پدر|دوستان|خانواده|نامزد",
        r"مرز|افکار|فکر|خودتان|خود را|درون|کودکی|گذشته|حال و هوا|التیام|کنار آمدن",
        r"درمان|درمانگر|مشاور|مشاوره|جلسه|روانشناس|روان ?پزشک",
    ],
}

# Advice forms and inner-life topics broadened by class, like _MORE above.
_ADVICE_MORE = {
    "en": [r"\b(?:start|begin|keep|try) (?:noticing|observing|tracking|catching|naming|paying attention)|\bnotic\w+ (?:the )?(?:moments|times|situations)\b"
           r"|\b(?:tell|say to) yourself\b|\b(?:is|are) (?:a|one) (?:good|great|healthy|helpful) way to|\bhelps? (?:you |people )?(?:to )?(?:let go|move on|cope|heal|feel better|rebuild)"
           r"|\b(?:therapy|counsel+ing)\b[^.?!\n]{0,20}\b(?:could|would|might|can) (?:give|help|offer|be)"],
    "ru": [r"(?:начните|продолжайте|попробуйте) (?:замечать|отмечать|наблюдать|следить)|(?:скажите|говорите) (?:себе|сами себе)|хороший способ|помога\w+ (?:отпустить|справиться|пережить|успокоиться)"],
    "bg": [r"(?:започнете|продължете|опитайте) да (?:забелязвате|наблюдавате|следите)|(?:си )?кажете (?:си|на себе си)|си кажете|добър начин|помага да (?:отпуснете|се справите|преживеете)"],
    "fa": [r"شروع کنید به (?:دیدن|توجه|مشاهده)|به خود(?:تان)? بگویید|(?:راه|روش) خوبی (?:است|برای)|به رها کردن کمک"],
}
_TOPIC_NEEDS = {"en": r"\bneeds\b", "ru": r"потребност\w*|нужд\w*", "bg": r"нуждите|нужди\w*", "fa": r"نیاز ?ها\w*|نیازهای"}
_PSYCHOED_MORE = {
    "en": r"\b(?:panic attacks?|anxiety|these (?:feelings|symptoms|sensations)|the (?:symptoms|sensations))\b[^.?!\n]{0,15}\b(?:are|is|aren'?t|isn'?t) (?:not )?(?:dangerous|harmful|permanent)|\b(?:will|it'?ll) peak and pass",
    "ru": r"(?:панические атаки|паническ\w+ атак\w*|тревога|эти (?:ощущения|симптомы))[^.?!\n]{0,15}не (?:опасн\w*|вредн\w*|навсегда)|достигн\w+ пика и пройд\w*",
    "bg": r"(?:паническите атаки|паническ\w+ атак\w*|тревожността|тези (?:усещания|симптоми))[^.?!\n]{0,15}не (?:са|е) (?:опасн\w*|вредн\w*)|ще достигне връх и ще отмине",
    "fa": r"(?:حملات پانیک|حمله ?های پانیک|اضطراب|این (?:علائم|احساسات))[^.?!\n]{0,15}خطرناک نیست\w*|به اوج می ?رسد و (?:می ?گذرد|فروکش)",
}
for _lang in _ADVICE:
    _ADVICE[_lang] = _ADVICE[_lang] + _ADVICE_MORE[_lang]
    _TOPIC[_lang][0] = _TOPIC[_lang][0] + "|" + _TOPIC_NEEDS[_lang]  # the "feelings" family
    _STRONG[_lang]["psychoeducation"].append(_PSYCHOED_MORE[_lang])

# --- unanchored inner life ----------------------------------------------------------------------
# A support reply is always about the service: an account, a payment, a booking, a session, a
# team. A reply that talks about the customer's inner life (outside its acknowledging sentences)
# and never touches the service is counselling, whatever its wording.
_SERVICE: dict[str, str] = {
    "en": r"\b(?:account|app|payment|pay|paid|charge[sd]?|refund\w*|invoice|bill\w*|plan|subscription|booking|book(?:ed)?|appointment"
          r"|session|slot|reschedul\w*|cancel\w*|team|ticket|email|message|order|price|fee|discount|card|login|password|settings"
          r"|notes?|backup|reminder|insurance|claim|support|service|website|page|link|call back|contact|therapist|counsel+or|clinician|care team)\b",
    "ru": r"аккаунт\w*|приложени\w*|оплат\w*|плат[её]ж\w*|списани\w*|списал\w*|возврат\w*|сч[её]т\w*|тариф\w*|подписк\w*|запис\w*|брон\w*|сесси\w*"
          r"|перен\w*|отмен\w*|команд\w*|обращени\w*|письм\w*|сообщени\w*|заказ\w*|цен\w*|скидк\w*|карт\w*|парол\w*|настройк\w*|заметк\w*"
          r"|напоминани\w*|страхов\w*|поддержк\w*|сайт\w*|ссылк\w*|терапевт\w*|психолог\w*|врач\w*|отдел\w*",
    "bg": r"профил\w*|акаунт\w*|приложени\w*|плащан\w*|такс\w*|възстановяван\w*|фактур\w*|план\w*|абонамент\w*|запаз\w*|сеси\w*"
          r"|отмен\w*|отлож\w*|екип\w*|запитван\w*|имейл\w*|писм\w*|съобщени\w*|поръчк\w*|цена\w*|отстъпк\w*|карт\w*|парола\w*|настройк\w*"
          r"|бележк\w*|напомнян\w*|застрахов\w*|поддръжк\w*|сайт\w*|терапевт\w*|психолог\w*|лекар\w*|отдел\w*",
    "fa": r"حساب|برنامه|اپلیکیشن|پرداخت|کسر|بازپرداخت|صورتحساب|طرح|اشتراک|رزرو|نوبت|جلسه|لغو|تیم|درخواست|ایمیل|پیام|سفارش|قیمت|هزینه|تخفیف"
          r"|کارت|رمز|تنظیمات|یادداشت ?ها|یادآور|تأییدیه|تاییدیه|بیمه|پشتیبانی|سایت|لینک|درمانگر|مشاور|پزشک|تماس",
}
_INNER_WIDE: dict[str, str] = {
    # Not "feel free", "no worries", "keep in mind", "we'd love to", "lovely", "the upload failed": everyday support phrases.
    "en": r"\b(?:grie\w*|cry\w*|tears?|sad\w*|(?<!no )(?<!don't )worr\w*|anxi\w*|fear\w*|thinking|thoughts?|feel(?! free)\w*|emotion\w*|sleep\w*|bedtime|insomnia"
          r"|approval|mum|mom|mother|father|dad|parents?|partner|spouse|husband|wife|(?<!care of )yourself|part of you|self-\w+|failure|lonel\w*|heart|hurt"
          r"|pain|heal\w*|breath\w*|calm(?! down)\w*|relax\w*|stress\w*|mood|anger|angry|guilt\w*|shame|confiden\w*|childhood|relationship\w*)\b",
    "ru": r"гор[еяю]\b|плак\w*|плач\w*|сл[её]з\w*|грус\w*|печал\w*|тревог\w*|беспоко\w*|страх\w*|мысл\w*|чувств\w*|эмоци\w*|сон\b|сна\b|сну\b|спать|засып\w*"
          r"|одобрени\w*|мам\w*|мать|матер\w*|пап\w*|отц\w*|отец|родител\w*|партн[её]р\w*|супруг\w*|муж\w*|жен[аеыу]\b|(?<!берегите )себ[яе]\b|собой|част\w* вас|провал\w*"
          r"|одиноч\w*|одинок\w*|сердц\w*|бол[ьи]\w*|исцел\w*|дыхани\w*|дыша\w*|стресс\w*|настроени\w*|гнев\w*|злост\w*|вин[аыу]\b|стыд\w*|уверенност\w*|детств\w*|отношени\w*|любов\w*",
    "bg": r"скръб\w*|плач\w*|плака\w*|сълз\w*|тъг\w*|тревож\w*|безпоко\w*|страх\w*|мисл\w*|чувств\w*|емоци\w*|сън\b|съня\b|спане|заспив\w*|лягане"
          r"|одобрени\w*|майка\w*|мама\w*|баща\w*|татко\w*|родител\w*|партньор\w*|съпруг\w*|себе си|част от вас|провал\w*|самот\w*|сърц\w*|болк\w*"
          r"|изцел\w*|дишане\w*|стрес\w*|настроени\w*|гняв\w*|гнев\w*|вина\w*|срам\w*|увереност\w*|детств\w*|връзка\w*|любов\w*",
    "fa": r"سوگ|گریه|اشک|غم|نگرانی|اضطراب|ترس|فکر|افکار|احساس|هیجان|خواب|تأیید(?!یه)|تایید(?!یه)|مادر|پدر|والدین|همسر|شریک|(?<!مراقب )خودتان|خود را|بخشی از وجود|شکست"
          r"|تنهایی|قلب|درد|التیام|تنفس|نفس|استرس|خلق|خشم|گناه|شرم|اعتماد به نفس|کودکی|رابطه|عشق",
}
# A sentence that promises therapeutic *work* on the customer's inner life ("your therapist can
# help you explore what the shyness protects you from") is counselling, not a hand-off.
_THERAPY_WORK = {
    "en": r"\b(?:help you|with you on|work with you)\b[^.?!\n]{0,10}\b(?:explore|work (?:on|through)|understand|process|unpack|heal|look at|cope|uncover|figure out|get to the root)",
    "ru": r"помо\w+ (?:вам )?(?:разобраться|проработать|понять|исследовать|справиться|пережить|исцелить|докопаться)",
    "bg": r"(?:ще|може да|могат да) (?:ви )?помогн\w+ да (?:разберете|преработите|изследвате|се справите|преживеете|откриете)",
    "fa": r"کمک(?:تان)? (?:می ?کند|کند|خواهد کرد)[^.?!\n]{0,10}(?:ریشه|کاوش|کنار بیایید|درک کنید|پردازش|بررسی کنید)",
}
_THERAPY_WORK_RE = {lang: re.compile(p) for lang, p in _THERAPY_WORK.items()}
_ADVICE["en"] = _ADVICE["en"] + [
    r"\bit(?:'s| is) (?:\w+ )?(?:common|normal|natural|usual) (?:for [^.?!\n]{1,30} )?to (?:feel|be|have|experience|struggle)",
    r"\bbe (?:patient|gentle|kind|compassionate)\b[^.?!\n]{0,30}\byourself",
]

_SERVICE_RE = {lang: re.compile(p) for lang, p in _SERVICE.items()}
# Stems such as страх\w* must start a word: "застраховка" (insurance) is not "страх" (fear).
_INNER_WIDE_RE = {lang: re.compile(rf"(?<!\w)(?:{p})") for lang, p in _INNER_WIDE.items()}

_YOU = {"en": re.compile(r"\byou"), "ru": re.compile(r"\bв(?:ы|ас|ам|аш)"), "bg": re.compile(r"\bв(?:ие|и|ас|аш)"),
        "fa": re.compile(r"شما|تان|ید\b")}

_STRONG_RE = {lang: {name: compile_all(pats) for name, pats in groups.items()} for lang, groups in _STRONG.items()}
_HANDOFF_RE = {lang: compile_all(pats) for lang, pats in _HANDOFF.items()}
_ADVICE_RE = {lang: [re.compile(p) for p in pats] for lang, pats in _ADVICE.items()}
_TOPIC_RE = {lang: [re.compile(rf"(?<!\w)(?:{p})") for p in pats] for lang, pats in _TOPIC.items()}

# Kinds of strong finding that a hand-off sentence excuses (it talks about them to pass them on).
_EXCUSED_BY_HANDOFF = {"medication", "treatment"}
# Counsellor style blocks with at least this many advice forms and distinct topic families.
TOPICS_MIN = 2
INNER_ALONE = 3  # inner-life topic families that block even without an advice form
# Long replies that keep returning to the customer's inner life (two families, in different
# sentences) are counselling even without one advice phrase; support replies stay on the service.
INNER_SPREAD, SPREAD_MIN_CHARS = 2, 200
ADVICE_ALONE = 3  # or this many advice forms, whatever the topic

_MESSAGES = {
    "diagnosis": "diagnoses or labels the customer's condition",
    "interpretation": "interprets the customer's feelings clinically",
    "coping": "coaches a coping technique",
    "treatment": "recommends a treatment",
    "medication": "advises on medication or doses",
    "psychoeducation": "explains a mental-health condition to the customer",
    "homework": "sets the customer therapeutic homework or routines",
    "counselling": "counsellor-style advice (suggestions about the customer's inner life)",
    "unanchored": "talks about the customer's inner life and never about the service",
    "clinician_voice": "speaks as the customer's therapist (support is never a surrogate therapist)",
    "relationship": "counsels on the customer's personal relationships",
}


def detect(text: str, ctx: ReplyContext) -> list[Finding]:
    text = mask_quoted(text, ctx.passages)  # judge only what the reply adds to the policy
    folded = fold(text)
    findings: list[Finding] = []
    advice_hits: list[tuple[int, int]] = []
    topic_families: set[tuple[str, int]] = set()
    inner_sentences: set[int] = set()
    anchored = False
    unanchored_hit: tuple[int, int] | None = None
    for lang in languages_for(ctx.language):
        for s_start, s_end in sentences(folded):
            sentence = folded[s_start:s_end]
            handoff = bool(_HANDOFF_RE[lang].search(sentence)) and not _THERAPY_WORK_RE[lang].search(sentence)
            anchored = anchored or handoff or bool(_SERVICE_RE[lang].search(sentence))
            if unanchored_hit is None and not acknowledges(sentence, lang):
                if (m := _INNER_WIDE_RE[lang].search(sentence)):
                    unanchored_hit = (s_start + m.start(), s_start + m.end())
            for name, pattern in _STRONG_RE[lang].items():
                if handoff and name in _EXCUSED_BY_HANDOFF:
                    continue
                m = pattern.search(sentence)
                if m:
                    start, end = s_start + m.start(), s_start + m.end()
                    findings.append(Finding(KIND, text[start:end], Severity.HIGH, _MESSAGES[name], start, end))
            if handoff:
                continue
            for pattern in _ADVICE_RE[lang]:
                for m in pattern.finditer(sentence):
                    advice_hits.append((s_start + m.start(), s_start + m.end()))
            topical = False
            for i, pattern in enumerate(_TOPIC_RE[lang]):
                if pattern.search(sentence):
                    topic_families.add((lang, i))
                    if i < len(_TOPIC_RE[lang]) - 1:
                        topical = True
                        inner_sentences.add(s_start)
            # A question about the customer's inner life is how counsellors advise.
            if topical and sentence.rstrip().endswith("?") and _YOU[lang].search(sentence):
                advice_hits.append((s_start, s_end))
    # The last topic family is therapy words ("therapist", "session"), which teletherapy support
    # replies use all the time; the others are the customer's inner life.
    inner = {family for family in topic_families if family[1] < len(_TOPIC_RE[family[0]]) - 1}
    counselling = (
        (advice_hits and (len(topic_families) >= TOPICS_MIN or inner))
        or len(advice_hits) >= ADVICE_ALONE
        or len(inner) >= INNER_ALONE
        or (len(inner) >= INNER_SPREAD and len(inner_sentences) >= 2 and len(text) >= SPREAD_MIN_CHARS)
    )
    if not findings and not counselling and unanchored_hit is not None and not anchored:
        start, end = unanchored_hit
        findings.append(Finding(KIND, text[start:end], Severity.HIGH, _MESSAGES["unanchored"], start, end))
    if not findings and counselling:
        start, end = advice_hits[0] if advice_hits else (0, len(text))
        if not advice_hits:  # no single phrase to quote: quote the opening
            end = min(80, len(text))
        findings.append(Finding(KIND, text[start:end], Severity.HIGH, _MESSAGES["counselling"], start, end))
    return findings
