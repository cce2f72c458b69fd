"""Offline language detection for en, ru, bg, fa (anything else is "other").

Script first (Latin, Cyrillic, Arabic), then characteristic letters and stop-words:
Persian letters (پ چ ژ گ) and stop-words vs Arabic; Russian ы э ё vs Bulgarian ъ before a
consonant, -ът/-ят articles and stop-words; Latin is English only with English stop-words.
Short or mixed messages defer to the helpdesk's language when it gave one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPPORTED = ("en", "ru", "bg", "fa")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_EN = frozenset(
    "the a an and or but i i'm im my me you your we our is are was were be been am it it's its this that "
    "to of in on for with at by from not no can can't cant don't dont do does did have has had will would "
    "please help how what why when where there here they them he she his her just so if get got want need "
    "account app card payment refund order subscription cancel isn't not my baby help charged login session "
    "thanks thank hi hello why won't can't doesn't didn't".split()
)
_RU = frozenset(
    "что это меня мне я вы вас вам есть быть был была было были не могу хочу когда почему сейчас очень уже "
    "здесь так если только все всё его её он она они мы у нет ничего нужно можно деньги спасибо пожалуйста "
    "как где мой моя мою свой своё себя тебя тебе ещё еще который которая чтобы тоже даже сегодня через".split()
)
_BG = frozenset(
    "съм си е са сме сте ли и на за да се не мога какво защо може искам ще как мой моя моят вече тук сега "
    "много беше бях когато това този тази нещо някой нищо кога къде от със при във без пари моля "
    "благодаря трябва нямам имам няма които която който също дори него нея тя той те ние вие "
    # Short pronouns and particles Russian does not have ("жена ми", "кажи ми", "че", "днес").
    "ми ти ви го ме ги ѝ че кой коя кои преди като ако днес всяка всеки всички всичко нощ каква какъв какви има".split()
)
# Words both languages use ("много", "у него", "на", "ли", "как") count for neither.
_RU_BG_SHARED = frozenset("и на за да не как мой моя те него много ли от при без".split())
_RU, _BG = _RU - _RU_BG_SHARED, _BG - _RU_BG_SHARED
# Other Latin-script languages customers may write in: their function words outvote English ones.
# Session 29: with only a few of them, "Hola, quiero cancelar mi suscripción. Ya no voy a
# necesitarla, mañana me voy a quitar la vida." was English ("a", "no", "me" outvoted "quiero",
# "mi", "la"), so its crisis was read by the English rules and the classifier alone and went `auto`
# (as "other" it runs every rule set and the unsure semantic layer sends it to a person). Words that
# are also English ones ("die", "was", "will", "hat", "bin", "van", "come") are left out.
_LATIN_OTHER = frozenset(
    # de
    "der das und ich nicht ist ein eine einen mit mein meine meinen meinem meiner mich mir dir wir sie es zu auf "
    "für bitte kann den dem des habe auch aber oder wie warum wieder ihr euch nur schon noch doch danke hallo "
    "konto abo zweimal geld kein keine bekommen möchte "
    # es
    "el la los las y que de en un una por para mi mis yo es está estoy quiero puedo con pero como muy ya sí "
    "hola gracias favor cuenta su sus del se porque cuando donde dónde qué cómo tengo tiene hacer eso esta este "
    "esto necesito ayuda dos veces voy "
    # fr
    "le les et je ne pas est une pour mon ma mes avec vous nous suis des du au aux qui sur dans mais ce cette "
    "c'est j'ai merci bonjour veux peux voudrais compte abonnement été fait très aussi deux fois pourquoi comment "
    # it
    "il lo di che non sono per io mio mia gli della dei ho è ti si ma perché grazie ciao buongiorno vorrei posso "
    "voglio abbonamento stato stata anche più due volte "
    # pt
    "o os eu não é um uma meu minha você do da dos das em mas muito obrigado obrigada olá está tenho quero "
    "pode conta cobrança foi vez vezes ajuda isso isto "
    # nl
    "ik het een niet ben mijn jij je dat zijn heb heeft wil geen maar ook nog hallo bedankt alstublieft graag "
    "rekening abonnement twee keer waarom hoe "
    # pl, cs
    "nie jest się że mam mój moja mnie jak co czy proszę dziękuję konto pieniądze razy chcę mogę już tylko "
    "je se jsem můj nemohu chci prosím děkuji účet předplatné peníze dvakrát proč "
    # tr, ro, id, sv
    "bir bu için ile benim çok ama değil var yok nasıl neden lütfen merhaba teşekkürler hesabım hesap istiyorum "
    "și este nu sunt pentru cu mea meu vreau pot vă mulțumesc bună contul abonamentul bani "
    "saya tidak bisa dan yang ini itu untuk dengan ada akan sudah belum mau tolong terima kasih akun langganan uang kali "
    "jag är inte och att det ett för med mitt mig vill har hej tack prenumeration pengar två gånger varför hur "
    # tl, sw, hu, fi, da/no, hr/bs/sr, sq, vi (session 29's second probes: Tagalog and Swahili typed in
    # plain ASCII had read as English)
    "ang ng mga po ko ako mo siya niya naman lang kasi yung talaga salamat paano bakit gusto pwede ito dito wala "
    "kwa hii yangu wangu nina sina tafadhali asante habari sana lakini naomba nataka siwezi "
    "az és hogy nem egy ez csak már nagyon köszönöm kérem szeretném lehet miért hogyan nekem "
    "ja ei että mutta kun miten miksi minä minun olen kiitos haluan tili "
    "og ikke jeg det på hvordan hvorfor penge gange vil "
    "je kako zašto zasto molim hvala može moze želim zelim nisam račun racun pretplatu novac puta "
    "dhe në një të që për nuk jam është faleminderit lutem llogaria herë "
    "tôi không được và của có là cho toi khong duoc cua "
    # the same typed without diacritics on a phone (pl, cs, ro, id, hu, hr, sq, vi)
    "jest sie juz zeby dla jeszcze teraz bardzo moze wiem nic cos zaraz prosze dziekuje ktory "
    "uz neni nemam nechci jsi proc muzu nevim uplne porad "
    "buna multumesc daca mai deci oricum acum asta azi "
    "aku udah aja banget gak nggak lagi kenapa gimana capek "
    "megint tudom kinek vagyok nincs mert szeretnem koszonom "
    "kad kada samo jer sve ovo nemam hocu necu "
    "mund prap kam eshte "
    "roi lam qua minh nguoi biet "
    # everyday verbs (live, die, can, want) that make a short clause recognisable ("ya no quiero vivir")
    "vivir morir viver morrer vivere morire vivre mourir leben sterben żyć umrzeć žít zemřít yaşamak ölmek".split()
)
# English function words other Latin-script languages write too ("a", "no", "me", "in", "do", "to"):
# evidence for neither. Not "i" (English writes it in almost every message), nor, on the other side,
# short words that transliterated Bulgarian, Russian or Persian write ("na", "ve" of "ve4e").
_LATIN_SHARED = frozenset("a no me in on do to so am an app login".split())
_LATIN_OTHER = _LATIN_OTHER - _LATIN_SHARED - _EN
# Russian and Bulgarian written in Latin letters (common on phones without a Cyrillic layout).
_RU_TRANSLIT = frozenset(
    "ya menya mne ne hochu khochu xochu chto shto eto vy vas vam ochen uzhe sejchas seychas pochemu kogda mozhno "
    "pozhaluysta pozhalujsta spasibo nichego mogu byt' byt zhit umeret umeret' sebya ubit pomogite net da kak gde moy moya "
    "tebya tebe ego ee oni my tozhe dazhe tolko vse vsyo bolshe bol'she "
    "zdravstvuyte zdravstvujte privet skazhite nuzhno nado segodnya zavtra perenesti zapis' zapis seans otmenit "
    "den'gi dengi deneg spisali verni vernite vozvrat budet podpisku podpiska rabotaet pochemu "
    # Session 26 (crossed probes typed in Latin): a short disclosure had fewer than two of the words
    # above ("Ya napisala proschalnye pisma detyam", "Muzh zapiraet menya v kvartire") and was read
    # as English, so the Russian rules never ran. Everyday words, none of them an English word (nor
    # a German, French or Polish one: "nie", "toi", "pro", "tut", "doma" are left out).
    "ty vy oni ona svoego svoyu svoy moey moei moemu moego moih muzh muzha zhena paren otchim dochka dochke dochki "
    "syn synu rebenok rebenka detyam detey uzhe nochyu noch'yu kazhdyy kazhdyi kazhduyu kazhdiy vecher vecherom "
    "ochen' potomu poka esli chtoby posle pered bez dlya nuzhno mozhet hochetsya umru zhizn zhizni zhiznyu "
    "pokonchit pokonchu soboy soboi tabletki tabletok verevka verevku nozh nozha pis'ma pisma proschalnye proshchalnye "
    "napisala napisal vypila vypil boyus strashno ploho pomoch pomogi prosto voobshche sovsem nikogda nikto nikomu "
    "vsem vsegda opyat snova teper zdes kuda skolko dnya nedelyu nedeli mesyats goda zabiraet zapiraet "
    "kvartire kvartiru domoy bol'no bolno umer umerla proshlom mesyatse godu".split()
)
_BG_TRANSLIT = frozenset(
    "az iskam ne moga mnogo sam sum sm si e sa shte shte veche tuk sega kakvo zashto moje mozhe nyama imam nyamam "
    "blagodarya molya nishto da se umra umriya jivot zhivot jiveya zhiveya zdraveyte zdraveite zdravei "
    # Bulgarian chat spelling: q for я, 4 for ч, 6 for ш ("moje li nqkoi", "6te", "4e").
    "mi me ti te moje mojete nqma nqkoi nqkoj nikoi 6te 4e kakvo kakvo zashto za6to tuk sega o6te oshte vsi4ko vsichko "
    "zdravei zdravejte zdraveite blagodarq molq obadi obadete iskame trqbva trqbva4e mnogo sum sym "
    "kolko struva dnes vchera v4era vsi4ki vsichki "
    # Session 26 (crossed probes typed in Latin, official spelling: ъ as "a", щ as "sht"): "Predi chas
    # izpih vsichkite sanotvorni" had one of the words above and was read as English. Everyday
    # words, none of them an English word or one of the Russian list's.
    "tya mazh mazhat mazhut mayka bashta dashterya deteto detsata shefa shefat predi sled snoshti "
    "dovechera utre vseki vsyaka vsichkite hapcheta hapchetata hapche sanotvorni vazhe vazheto nozhcheto "
    "napisah izpih naryazah rezha samoubiya samoubiystvo samoubiistvo zhivota iskah mislya znam kazah kade "
    "kogato zashtoto ako ili koito koyato tova tazi tozi tezi nyakoy nyakoi moga bie biyat ubiya ubiva malko "
    "pak otnovo zle dobre pomosht pomognete chekmedzheto garazha proshtalni sabiram pochina minaliya minalata "
    "mesets godina godini sedmitsa".split()
)
# Persian written in Latin letters ("Finglish"): words that are not English ones.
_FA_TRANSLIT = frozenset(
    "mikham mikhay mikhad nemikham nemikhay nemitoonam mitoonam dige chera salam lotfan mersi hast nist shode "
    "kardam mikonam mikonid nemikonam baraye ke ra oon yek hame khodam khodamo khaste faghat va ama agar chi kojast "
    "chetor chetori hesab hesabam pool az mano tamoom nadaram daram mishe nemishe shodam bedoone bedune rahat "
    "tahamol dorost konid khoda beham ghors ghorsa zendegi zende bemiram bekosham dishab dobare emshab emruz "
    "farda boridam shoharam hamsaram mizane kotakam gooshimo gushimo gerefte otagh habs ghofl zendooni behem ghaza "
    "nemidan nemizare biroon sarbar ezafe basham movazeb mamanetoon babatoon bachaha bacheha tanha khoone "
    "rafte nayomade hoosh nemiad bihoosh nafasesh zaboonesh sooratesh sinam zakhmaye zakhma khodame zadam "
    "dastam roo ye ro goftam bashid bashe mikone mikonan kasi nemidoone nemidonam midoonam ajibe khorkhor poshte "
    "neshastam vaysadam gozashte nadarim hastam hastim shodan kabood labash bazoom zamin oftad babam mamanam "
    "bacham bachaham tanhan roze rooze vali chon beram bebandam hesabamo parsal khoobam khubam kare sekte kard "
    "ghalbi madaram oftade javab nemide yehoo nemitoone harf bezane nafas nemikeshe chapesh hes salame "
    "parastar bache safaram safar otaq zendani kardan kheili ajib mikeshe pedarbozorgam madarbozorgam tu "
    # session 22: words of short Finglish messages that had been read as English (the ASCII fallback)
    "miram mizanam mizanamesh mikosham hafte goft gofte alan koja kojaa zang bezanam mard dast bachem "
    "baradaram khaharam hamkaram hamkaramo komak mishkane sigar soozoondam suzundam chaghoo chaghu diruz dirooz "
    "emrooz hamash hamishe jalase jalaseh nobat nobate moshaver moshaveram daram mikhastam konid "
    # Session 26 (crossed probes in Finglish): words of short messages that had been read as English.
    "mikoshe ghabz hichvaght asib nemizanam negaran nabashid ghasd balaei biaram khasteam salha eghdam alim doostam khatte "
    "pishgiri madarbozorgam mimiram emtehane jalasate tigho kesho gorbamo bedid khaharam eshterak lazem napedarim dokhtaram".split()
)
_TRANSLIT = _RU_TRANSLIT | _BG_TRANSLIT | _FA_TRANSLIT
_FA = frozenset("است را این که من از به با برای می هم یک شما ما آن نمی هست بود شد کنم کنید چرا خیلی".split()
                # colloquial words no Arabic text has, so Persian without پ چ ژ گ on an Arabic layout still shows
                + "ولی اگه رو هستم بودم داشتم کردم دارم میخوام نمیخوام میخواستم خوبم لطفا ممنون مرسی دیروز امروز نوبت".split())
_AR = frozenset("في من على إلى هذا هذه التي الذي كان لا ما هو هي أن".split())

_UK_SR_MK = re.compile(r"[іїєґјљњћђѓќѕў]")
_RU_LETTERS = re.compile(r"[ыэё]")
# Bulgarian writes ь only before о ("шофьор"); Russian ends infinitives and many words with it
# ("быть", "деньги", "есть"). Bulgarian has no "-ться"/"-тся" verbs (its reflexive is a separate "се").
_RU_SOFT_SIGN = re.compile(r"ь(?!о)")
_RU_REFLEXIVE = re.compile(r"\w(?:ться|тся)\b")
_BG_HARD_SIGN = re.compile(r"ъ(?![еёюя])")  # Russian ъ only precedes е ё ю я; Bulgarian ъ is a vowel
_BG_ARTICLE = re.compile(r"\w{2,}(?:ът|ят)\b")
# Bulgarian has no infinitive ("как да сменя", "искам да платя"), an article on verbal nouns and
# -ия nouns ("плащането", "програмата" is ambiguous, "терапията" is not), and "-вам" verbs.
_BG_FORMS = re.compile(r"\b(?:как|какво|къде|кога|защо|мога|можете|искам|трябва|може ли) да\b|\w{2,}(?:ние|ане|ене|яне)то\b|\w{2,}ията\b|\w{2,}[ая]вам\b")
_FA_LETTERS = re.compile(r"[پچژگ]")
# Letters only Arabic writes. ي and ك are not among them: Persian typed on an Arabic keyboard layout
# (common on Windows and older phones) writes them for ی and ک, so they are evidence of the script,
# not of the language (see _arabic).
_AR_LETTERS = re.compile(r"[ةأإؤى]")
# Letters of other languages written in the Persian alphabet, never in Persian: Urdu (ٹ ڈ ڑ ں ھ ہ ے),
# Pashto (ټ ډ ړ ږ ښ ګ ځ څ ڼ ۍ ې) and Kurdish (ڕ ڵ ۆ ێ ە). Session 29: Urdu, Pashto and Sorani
# messages were read as Persian (a Persian draft, and Persian rules as if they read the message).
_NOT_PERSIAN_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u067c\u0689\u0693\u0696"
                                  "\u069a\u06ab\u0681\u0685\u06bc\u06cd\u06d0\u0695\u06b5\u06c6\u06ce\u06d5]")
# ي and ك read as the Persian ی and ک (one letter for one, so offsets stay): for the stop-words here,
# and for the text the semantic layer embeds (screening).
PERSIAN_YEH_KEHEH = str.maketrans({"ي": "ی", "ك": "ک"})


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # en | ru | bg | fa | other
    confidence: float
    source: str = "detected"  # detected | hint


def script_counts(text: str) -> dict[str, int]:
    counts = {"latin": 0, "cyrillic": 0, "arabic": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if code < 0x250:
            counts["latin"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x600 <= code < 0x700 or 0xFB50 <= code <= 0xFEFF:
            counts["arabic"] += 1
        else:
            counts["other"] += 1
    return counts


_SCRIPT_OF = {"en": "latin", "ru": "cyrillic", "bg": "cyrillic", "fa": "arabic"}
_LANGUAGES_OF = {"latin": ("en",), "cyrillic": ("ru", "bg"), "arabic": ("fa",)}
MIN_SWITCHED_LETTERS = 8  # a phrase, not a brand name or "ok" ("Premium" has 7 letters)


def switched_languages(text: str, language: str) -> list[str]:
    """Languages with rules that a message detected as ``language`` switches into: code-switching in
    a chat line. Two ways:

    - a phrase in a script that is neither the message's own nor its main one: "Hello, I have a
      question about my bill, خودمو میکشم امشب" is English with a Persian clause (session 27: the
      Persian rules never ran on it, and it went ``auto``). Russian or Bulgarian typed in Latin
      letters has Latin as its main script, so English is not added to it this way;
    - within the Latin script (session 28), see ``_latin_switches``.
    """
    counts = script_counts(text)
    main = max(counts, key=counts.get)
    switched = [lang for script, langs in _LANGUAGES_OF.items()
                if script not in (_SCRIPT_OF.get(language), main) and counts[script] >= MIN_SWITCHED_LETTERS
                for lang in langs]
    if main == "latin":
        switched += [lang for lang in _latin_switches(text.casefold(), language) if lang not in switched]
    return switched


MIN_SWITCHED_WORDS = 2  # two words of the other language: one is a name or a loan as often as not ("Alan", "pool", "salam")


def _latin_switches(lower: str, language: str) -> list[str]:
    """Transliterated languages in a Latin-script message, and English in a transliterated one.

    "hi, please cancel my plan, ya hochu umeret" and "... mikham khodamo bekosham" were detected as
    English, so the Latin-typed Russian and Finglish rules never ran, and both went ``auto``;
    "privet, ya hochu otmenit podpisku, i want to die" was detected as Russian, so the English rules
    never ran. Transliteration words count with four letters or more ("da", "ne", "ke", "ro" are
    English-looking), English ones by the stop-word list.
    """
    words = [w.replace("’", "'") for w in _WORD.findall(lower)]
    switched = []
    for lang, vocabulary in (("ru", _RU_TRANSLIT), ("bg", _BG_TRANSLIT), ("fa", _FA_TRANSLIT)):
        if lang != language and sum(len(w) >= 4 and w in vocabulary and w not in _EN for w in words) >= MIN_SWITCHED_WORDS:
            switched.append(lang)
    if language != "en" and sum(w in _EN for w in words) >= MIN_SWITCHED_WORDS:
        switched.append("en")
    return switched


def _cyrillic(lower: str, words: list[str]) -> tuple[str, float]:
    if _UK_SR_MK.search(lower):
        return "other", 0.8  # Ukrainian, Serbian, Macedonian, Belarusian letters
    ru = (2 * len(_RU_LETTERS.findall(lower)) + 2 * len(_RU_SOFT_SIGN.findall(lower)) + 2 * len(_RU_REFLEXIVE.findall(lower))
          + sum(w in _RU for w in words))
    bg = (2 * len(_BG_HARD_SIGN.findall(lower)) + len(_BG_ARTICLE.findall(lower)) + 2 * len(_BG_FORMS.findall(lower))
          + sum(w in _BG for w in words))
    # Words both languages share ("не", "как", "за") are in neither set (_RU_BG_SHARED).
    if ru == bg == 0:
        return "ru", 0.4
    share = max(ru, bg) / (ru + bg)
    return ("ru" if ru > bg else "bg" if bg > ru else "ru"), round(min(1.0, share * min(1.0, (ru + bg) / 4)), 3)


def _arabic(text: str, words: list[str]) -> tuple[str, float]:
    if _NOT_PERSIAN_LETTERS.search(text):
        return "other", 0.8  # Urdu, Pashto, Kurdish
    # Stop-words are read with ي/ك as ی/ک, so Persian typed on an Arabic layout ("ميخوام", "يك") still
    # reads as Persian: such messages had gone to "other", where a crisis went only to a person and
    # every ordinary ticket to review.
    persian_letters = 2 * len(_FA_LETTERS.findall(text)) + text.count("ی") + text.count("ک")
    fa = persian_letters + sum(w.translate(PERSIAN_YEH_KEHEH) in _FA for w in words)
    ar = 2 * len(_AR_LETTERS.findall(text)) + sum(w in _AR for w in words)
    if persian_letters == 0 and ("ي" in text or "ك" in text):
        ar += 1  # no Persian letter at all: ي and ك lean Arabic ("شكرا جزيلا", "من فضلك ساعدني")
    if fa == ar == 0:
        return "fa", 0.4
    share = max(fa, ar) / (fa + ar)
    return ("fa" if fa >= ar else "other"), round(min(1.0, share * min(1.0, (fa + ar) / 4)), 3)


def _latin(words: list[str]) -> tuple[str, float]:
    if not words:
        return "other", 0.3
    hits = sum(w in _EN and w not in _LATIN_SHARED for w in words)
    foreign = sum(w in _LATIN_OTHER for w in words)
    ru = sum(w in _RU_TRANSLIT for w in words)
    bg = sum(w in _BG_TRANSLIT for w in words)
    fa = sum(w in _FA_TRANSLIT for w in words)
    # Against a transliteration, the foreign words it does not write too ("se", "ne", "da", "mi" it
    # does) and words with letters chat transliteration has no use for: "Včera jsem se zase řezala ...
    # Může mi dnes někdo zavolat?" (Czech) and "Kocam beni dövüyor ..." (Turkish) read as Bulgarian
    # and Russian, and both went `auto`.
    unlike = sum(w in _LATIN_OTHER and w not in _TRANSLIT or not w.isascii() for w in words)
    # Transliterated Russian/Bulgarian: their rules run on a Cyrillic reading (crisis_rules).
    if max(ru, bg) >= 2 and max(ru, bg) > max(hits, unlike) and max(ru, bg) >= fa:
        return ("bg" if bg > ru else "ru"), round(min(0.9, 0.4 + 0.1 * max(ru, bg)), 3)
    # Finglish: the Persian lexicon has rules written for it (there is no reliable way back to
    # Persian script), and the reply is drafted in Persian.
    if fa >= 2 and fa > max(hits, unlike):
        return "fa", round(min(0.9, 0.4 + 0.1 * fa), 3)
    # Not one English stop-word, and a Finglish word: Finglish (the ASCII fallback below had read
    # "farda hamkaramo ba chaghoo mizanam" as English, and only English rules ran).
    if fa >= 1 and hits == unlike == 0 and max(ru, bg) == 0:
        return "fa", 0.45
    # The same for Russian and Bulgarian, with a word of four letters or more (the short ones, "da",
    # "ne", "mi", "e", turn up in English tickets): "Etot schet menya ubivaet" was read as English.
    long_ru = sum(len(w) >= 4 and w in _RU_TRANSLIT for w in words)
    long_bg = sum(len(w) >= 4 and w in _BG_TRANSLIT for w in words)
    if hits == 0 and fa == 0 and max(long_ru, long_bg) > unlike:
        return ("bg" if long_bg > long_ru else "ru"), 0.45
    ratio = hits / len(words)
    if hits > foreign and (hits >= 2 and ratio >= 0.15 or hits >= 1 and len(words) <= 6):
        return "en", round(min(1.0, 0.5 + ratio), 3)
    # Words a transliteration writes too ("da", "ne", "se") do not make terse ASCII text foreign:
    # "Umiram da probvam novite grupovi sesii" had gone from English to "other" by Portuguese "da".
    if unlike == 0 and all(w.isascii() for w in words):
        # Terse plain-ASCII tickets ("top up failed") are English far more often than not;
        # other Latin languages show themselves by stop-words or accents.
        return "en", 0.5
    return "other", round(min(1.0, 0.5 + (0.15 - ratio) * 2), 3) if ratio < 0.15 else 0.5


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Best guess with a confidence in [0, 1]. ``hint`` is the helpdesk's language, trusted
    for short or mixed messages and whenever detection is unsure."""
    hint = (hint or "").strip().lower()[:2] or None
    lower = text.casefold()
    words = [w.replace("’", "'") for w in _WORD.findall(lower)]
    counts = script_counts(text)
    total = sum(counts.values())
    if total == 0:
        return LanguageGuess(hint, 0.5, "hint") if hint in SUPPORTED else LanguageGuess("other", 0.0)
    script = max(counts, key=counts.get)
    purity = counts[script] / total
    if script == "cyrillic":
        language, confidence = _cyrillic(lower, words)
    elif script == "arabic":
        language, confidence = _arabic(text, words)
    elif script == "latin":
        language, confidence = _latin(words)
    else:
        language, confidence = "other", 0.9
    confidence = round(confidence * purity, 3)
    if hint in SUPPORTED and hint != language:
        short = total < 25
        # Same script, unsure detection: the helpdesk knows its customer better than a few letters do.
        same_script = {"en": "latin", "ru": "cyrillic", "bg": "cyrillic", "fa": "arabic"}[hint] == script
        if short or confidence < 0.6 or (same_script and confidence < 0.8):
            return LanguageGuess(hint, max(confidence, 0.6), "hint")
    return LanguageGuess(language, confidence)


# A clause: up to a sentence end, a semicolon, a comma or a line break.
_CLAUSE = re.compile(r"[^.!?;,\n。！？，；、]+")
MIN_OTHER_SCRIPT_LETTERS = 4  # "我今晚要自杀" is six; a brand name or an emoticon's letter is fewer
# Words of names ("Juan de la Cruz", "van der Berg", "da Silva"): no sign of a clause in another language.
_NAME_PARTICLES = frozenset("de la le da di van der den del von los las el du des dos das y e".split())


def foreign_clauses(text: str, language: str) -> list[tuple[int, int]]:
    """Clauses of a message in a language with rules that are themselves in a language without
    them: "Hi, please cancel my subscription. ya no quiero vivir", "Hello, I need a refund please.
    Ich will nicht mehr leben." were English, read by English rules and a classifier trained on the
    four languages, and went ``auto`` (session 29). The screener reads such a clause as it reads a
    message in another language (``RulesSemanticScreener._foreign_clauses``). Latin-script clauses
    need two words of another language and more of them than English ones (or one long one and no
    English word); Cyrillic and Persian-alphabet clauses are what their letters say ("Хочу померти"
    has no Ukrainian letter and stays Russian), and a clause in a script of none of the four (Chinese,
    Hindi, Hebrew ...) needs four letters.
    Not in transliterated Russian, Bulgarian or Persian, whose words look foreign to this test."""
    counts = script_counts(text)
    if language not in SUPPORTED or _SCRIPT_OF[language] != max(counts, key=counts.get):
        return []  # not for transliterated Russian, Bulgarian or Persian, whose words look foreign
    spans = []
    for m in _CLAUSE.finditer(text):
        clause = m.group()
        words = [w.replace("’", "'") for w in _WORD.findall(clause.casefold())]
        counts = script_counts(clause)
        script = max(counts, key=counts.get)
        if script == "other":  # Chinese, Japanese, Hindi, Hebrew, Greek ...: its letters say so
            if counts["other"] >= MIN_OTHER_SCRIPT_LETTERS:
                spans.append(_stripped(m))
            continue
        if len(words) < 2 or detect_language(clause).language != "other":
            continue
        if script == "latin":
            # Words transliterated Russian, Bulgarian or Persian write too ("ne", "mi", "da") do not count,
            # nor the words of names. Two such words and more than English ones, or a long one and no
            # English word ("ya no quiero seguir viviendo").
            foreign = [w for w in words if w in _LATIN_OTHER and w not in _TRANSLIT and w not in _NAME_PARTICLES]
            # and words with letters English does not write, unless capitalised inside the clause (a name: "Zoë")
            foreign += [w.casefold() for i, w in enumerate(_WORD.findall(clause))
                        if not w.isascii() and all(ord(c) < 0x250 for c in w) and (i == 0 or not w[0].isupper())
                        and w.casefold() not in _LATIN_OTHER]
            english = sum(w in _EN and w not in _LATIN_SHARED for w in words)
            # A short one may be an English abbreviation ("gym mon wed fri", "Thesis due Friday").
            if not (len(foreign) >= 2 and len(foreign) > english or english == 0 and any(len(w) >= 5 for w in foreign)):
                continue
        elif not (script == "cyrillic" and _UK_SR_MK.search(clause.casefold())
                  or script == "arabic" and _NOT_PERSIAN_LETTERS.search(clause)):
            continue  # a short clause of Persian typed on an Arabic layout reads as Arabic
        spans.append(_stripped(m))
    return spans


def _stripped(m: re.Match) -> tuple[int, int]:
    clause = m.group()
    return m.start() + len(clause) - len(clause.lstrip()), m.start() + len(clause.rstrip())
