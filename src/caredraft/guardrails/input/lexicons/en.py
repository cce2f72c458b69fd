"""English patterns. Text is casefolded and apostrophes are straight (')."""

from caredraft.domain import CrisisCategory as C, Severity as S, VulnerabilityCategory as V
from caredraft.guardrails.input.lexicons import Clearer, crisis, vulnerable

_I = r"(?:i|im|i'm|i am|i've|ive|i'll|ill|i'd|id)"
_ME = r"(?:my ?self|myself|me)"
_KILL = r"(?:kill+|k!ll|off|end|hang|shoot|drown|poison)"
_WANT = r"(?:want|wanna|wish|going|gonna|plan(?:ning)?|intend(?:ing)?|about|ready|trying|try|need|decided|will|would like)"

RULES = [
    # --- suicide, explicit ------------------------------------------------------------
    crisis("en.suicide.explicit.kill_myself", C.SUICIDE, S.CRITICAL,
           rf"\b{_KILL}(?:ing|ed)? {_ME}\b|\bunalive {_ME}\b|\bk(?:ms|ys)\b", "explicit"),
    crisis("en.suicide.explicit.end_my_life", C.SUICIDE, S.CRITICAL,
           r"\b(?:end|take|ending|taking|ended|took) (?:my|my own) (?:life|lif)\b|\bend(?:ing)? it all\b|\bend(?:ing)? things\b(?! with)", "explicit"),
    crisis("en.suicide.explicit.suicidal", C.SUICIDE, S.CRITICAL,
           r"\bsu[i1]c[i1]?d(?:e|al|ality)\b|\bsuicde\b|\bsucidal\b|\bsuicidial\b", "explicit"),
    crisis("en.suicide.explicit.want_to_die", C.SUICIDE, S.CRITICAL,
           r"\b(?:want|wanna|wish|wishing|ready|going|gonna|deserve) (?:to )?(?:just )?(?:die|be dead|not exist)\b"
           r"|\bi wish i (?:was|were) dead\b|\bi wish i (?:had )?never (?:been born|woke up|wake up)\b|\bbetter off dead\b", "explicit"),
    crisis("en.suicide.explicit.dont_want_to_live", C.SUICIDE, S.CRITICAL,
           r"\b(?:do ?n[o']?t|dont|no longer|don't) (?:want|wanna|wish) to (?:live|be alive|exist|be here|wake up)\b"
           r"|\bdon't want to be alive\b|\b(?:tired|sick) of (?:living|being alive|life)\b|\bno reason to live\b"
           r"|\bno (?:will|desire) to live\b|\b(?:want|wanna|need) to stop existing\b", "explicit"),
    crisis("en.suicide.explicit.attempt", C.SUICIDE, S.CRITICAL,
           r"\b(?:attempt(?:ed|ing)?|tried|try) (?:to )?(?:suicide|kill {me}|end my life|overdose)\b|\bsuicide (?:attempt|note|plan)\b".replace("{me}", _ME),
           "explicit: attempt"),
    # --- suicide, implied --------------------------------------------------------------
    crisis("en.suicide.implied.not_around", C.SUICIDE, S.HIGH,
           r"\b(?:won't|wont|will not|may not|might not|not going to|wouldn't) be (?:around|here|alive)\b"
           r"(?! (?:next week|tomorrow|on|at|for the call|to take))|\bwon't be a problem (?:for|to) anyone\b", "implied: won't be around"),
    crisis("en.suicide.implied.giving_away", C.SUICIDE, S.HIGH,
           r"\bgiv(?:e|ing|en) (?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|possessions)(?: away)?\b"
           r"|\bgiv(?:e|ing) away (?:all )?(?:my|of my)\b|\bwho (?:should|will) (?:get|have|take) my (?:cat|dog|things|stuff)\b", "implied: giving things away"),
    crisis("en.suicide.implied.goodbye", C.SUICIDE, S.HIGH,
           r"\b(?:this is|consider this) (?:my|a) (?:last|final) (?:message|goodbye|note|letter)\b"
           r"|\b(?:saying|say) (?:my )?(?:final |last )?goodbyes?\b(?! to (?:the|my old|your|this) (?:app|service|account|subscription|plan))"
           r"|\bgoodbye (?:forever|everyone|world)\b|\bmy last (?:day|night) (?:on earth|alive)\b|\bwhen i'm gone\b|\bafter i'?m gone\b",
           "implied: saying goodbye"),
    crisis("en.suicide.implied.plan_means", C.SUICIDE, S.CRITICAL,
           r"\b(?:stockpil|sav|hoard|collect)(?:ed|ing|e)? (?:up )?(?:my )?(?:pills|meds|tablets|medication)\b"
           r"|\b(?:bought|got|have|found) (?:a )?(?:rope|noose)\b|\bwrote (?:a|my) (?:suicide )?note\b"
           r"|\b(?:jump|jumping) (?:off|from) (?:a|the) (?:bridge|roof|building|balcony)\b"
           r"|\b(?:take|taking|swallow) (?:all|the whole)\b[^.!?]{0,20}\b(?:pills|tablets|bottle)\b|\bhow many (?:pills|tablets)\b[^.!?]{0,30}\b(?:die|lethal|kill|fatal)"
           r"|\blethal dose\b|\bgun (?:to|in|against|at) my (?:head|temple|mouth)\b|\bpick up the gun\b|\b(?:pull|squeeze)(?:ed|ing)? the trigger\b|\bstep in front of (?:a|the) (?:train|bus|car|truck)\b", "implied: a plan or means"),
    crisis("en.suicide.implied.no_point", C.SUICIDE, S.HIGH,
           r"\bno point (?:in )?(?:going on|living|carrying on|being alive|anymore|to any of this)\b|\bcan'?t go on\b|\bcannot go on\b"
           r"|\bcan'?t (?:do|take) (?:this|it) any ?more\b[^.!?]{0,40}\b(?:life|living|alive|end|over)\b"
           r"|\bnothing (?:left )?to live for\b|\bwhat'?s the point of (?:living|life|going on)\b|\b(?:life|living) (?:is|feels) (?:not worth|pointless)\b"
           r"|\bnot worth living\b|\b(?:want|wanna|need) (?:it|this|everything) (?:all )?to (?:end|stop)(?: forever)?\b(?! (?:charging|billing))"
           r"|\bdisappear forever\b|\b(?:don'?t|do not|can'?t) see (?:a|any) way out\b(?! of (?:this|the|my) (?:contract|plan|subscription|deal|agreement))|\bwhy prolong (?:the|this|my) (?:suffering|pain)\b|\bsleep and never wake up\b|\bnot wake up\b|\bthe world (?:would be|is) better without me\b",
           "implied: no point going on"),
    crisis("en.suicide.implied.burden", C.SUICIDE, S.HIGH,
           r"\b(?:i'?m|i am|being) (?:just )?(?:a|such a) (?:burden|waste of space)\b|\b(?:everyone|they|family|people)(?:'d| would)? (?:be )?better off without me\b"
           r"|\bbetter off without me\b|\bnobody would (?:miss|notice|care) if i\b", "implied: being a burden"),
    crisis("en.suicide.implied.not_surviving", C.SUICIDE, S.HIGH,
           r"\b(?:won'?t|will not|don'?t think i'?ll|not going to|never going to) make it (?:to|through|past|until) (?:the end of )?(?:the|this|next|my|christmas|new year)\b"
           r"|\bcan'?t see myself (?:still )?(?:being )?(?:alive|here|around)\b|\bif i (?:was|were|am) (?:no longer|not) (?:here|around|alive)\b"
           r"|\b(?:once|when|after) i'?m (?:not here|no longer here|gone|dead)\b|\bno reason (?:for me )?to (?:stay|be here|be alive|keep going|go on|keep living)\b"
           r"|\b(?:sleep|rest) forever\b|\b(?:and|to|i|just) never wake up\b(?! (?:on time|early|in time))|\bdone with (?:life|living|being alive|this life|existing)\b"
           r"|\b(?:want|need|wish)\b[^.!?]{0,20}\bpain to (?:stop|end|go away) (?:forever|permanently|for good)\b|\b(?:i'?d|i would) rather (?:be dead|die)\b"
           r"|\b(?:want|wanna|need) to (?:just )?disappear\b(?! from)|\b(?:going to|gonna|want to|wanna|ready to) end it (?:all|tonight|now|today|for good)\b",
           "implied: not expecting to be alive"),
    crisis("en.suicide.implied.decided", C.SUICIDE, S.HIGH,
           r"\bmade (?:my|the|up my) (?:decision|mind)\b[^.!?]{0,60}\b(?:at peace|goodbye|thank you for everything|thanks for everything)\b"
           r"|\bat peace with (?:my|the|this) decision\b|\b(?:going to|gonna) finally do it\b|\btonight(?:'s| is) the night\b"
           r"|\b(?:wrote|writing|written|left) (?:goodbye )?(?:letters|notes) (?:to|for) (?:my|everyone)\b"
           r"|\bpainless (?:way|ways|method|methods|death)\b|\b(?:ways|how) to (?:die|end it|kill myself)\b|\bresearch(?:ing|ed)? (?:ways|methods|how) to (?:die|go|end)\b"
           r"|\b(?:look(?:ed)? after|take care of|feed) my (?:dog|cat|kids|pets?) (?:once|when|after) i'?m\b",
           "implied: a decision or a plan"),
    crisis("en.suicide.implied.final_signs", C.SUICIDE, S.HIGH,
           r"\b(?:pills|tablets|bottle|rope|noose|gun|knife|blade|razor)s?\b[^.!?]{0,30}\b(?:in front of me|next to me|in my hand|on my lap|ready)\b|\bbottle of (?:sleeping )?pills\b"
           r"|\b(?:last|final) time (?:you'?ll|you will|anyone will|you) (?:ever )?(?:hear|see) (?:from )?me\b|\byou(?:'ll| will) never (?:hear from|see) me again\b"
           r"|\bwon'?t (?:be needing|need) (?:it|this|them|anything|any of (?:it|this))\b[^.!?]{0,25}\b(?:anymore|much longer|any longer|where i'?m going|after (?:tonight|this week))"
           r"|\b(?:tired|exhausted|sick) (?:of|from) (?:existing|being alive|living)\b|\b(?:once|when) i'?m out of the picture\b"
           r"|\b(?:imagin|think|pictur|plann)\w* (?:about )?my (?:own )?funeral\b|\b(?:driv|crash|steer)\w* (?:my car )?(?:off|into) (?:the|a) (?:road|bridge|cliff|wall|tree|oncoming traffic)\b"
           r"|\bdeserves? (?:someone|somebody|a mother|a father|a partner)? ?better than me\b",
           "implied: final signs"),
    crisis("en.suicide.implied.farewell_acts", C.SUICIDE, S.HIGH,
           r"\b(?:he|she|they) should have (?:them|it|my (?:things|stuff))\b|\bgave away (?:all )?my\b"
           r"|\b(?:world|everyone|everybody|family|they|people)\b[^.!?]{0,40}\b(?:fine|better|easier|happier|lighter) without me\b"
           r"|\bsorry for everything\b[^.!?]{0,60}\b(?:not (?:her|his|your|their|anyone'?s) fault|tell my|goodbye)\b"
           r"|\btell my (?:mum|mom|mother|dad|father|family|kids|wife|husband|sister|brother|parents) (?:that )?(?:i love (?:her|him|them)|it wasn'?t|i'?m sorry)\b"
           r"|\bhow (?:high|tall) (?:the|a|that) (?:bridge|building|roof|cliff|tower)\b",
           "implied: farewell acts"),
    crisis("en.suicide.third_party.kill_self", C.SUICIDE, S.CRITICAL,
           r"\b(?:kill|end|hurt|harm)(?:ing|s)? (?:him|her|them)sel(?:f|ves)\b|\b(?:his|her|their) (?:own )?life\b[^.!?]{0,10}\b(?:end|take)", "someone else at risk"),
    # --- self-harm ------------------------------------------------------------------
    crisis("en.self_harm.explicit.cutting", C.SELF_HARM, S.HIGH,
           rf"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punish|punishing|starve|starving) {_ME}\b(?! (?:on|by|with) (?:the|a|my) (?:paper|knife|stove|door|edge))"
           r"|\bself[- ]?harm(?:ing)?\b|\bself[- ]?injur\w*\b|\bcutting again\b|\brelapsed? (?:on|into) (?:cutting|self)", "explicit"),
    crisis("en.self_harm.implied.blades", C.SELF_HARM, S.HIGH,
           r"\b(?:razor|blade)s?\b[^.!?]{0,30}\b(?:wrist|arm|skin|thigh)s?\b|\b(?:scars|cuts) on my (?:arms?|wrists?|legs?|thighs?)\b"
           r"|\bdeserve (?:the )?pain\b|\bmake myself bleed\b", "implied"),
    # --- harm to others ----------------------------------------------------------------
    crisis("en.harm_to_others.explicit.kill_someone", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:i'?ll|i will|going to|gonna|want to|wanna|plan to|about to) (?:kill|murder|stab|shoot|strangle|hurt|beat|poison) "
           r"(?:him|her|them|my (?:wife|husband|partner|boss|neighbou?r|kids?|son|daughter|mother|father|mom|dad|ex|family)|everyone|people|somebody|someone)\b"
           r"|\bshoot up (?:the|a|my) (?:school|office|place|mall)\b|\b(?:bring|brought) a (?:gun|knife|weapon) to\b|\bmake (?:them|him|her|everyone) pay\b[^.!?]{0,20}\b(?:blood|dead|die)",
           "explicit: threat to a third person"),
    crisis("en.harm_to_others.explicit.arson", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\bburn (?:the|our|my|their|his|her) (?:house|flat|apartment|home|place)(?: down)?\b[^.!?]{0,20}\bwith (?:us|me|the kids|them|him|her) (?:inside|in it)\b",
           "explicit: threat to people"),
    # --- abuse / domestic violence -----------------------------------------------------
    crisis("en.abuse.explicit.hits_me", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:(?:mom|mum|mother)'?s (?:boyfriend|partner|husband)|husband|wife|partner|boyfriend|girlfriend|ex|father|dad|mother|mom|stepdad|stepfather|stepmom|stepmother|uncle|son|brother))\b[^.!?]{0,30}"
           r"\b(?:hits|hit|beats|beat|chokes|choked|strangled|punche[sd]|kicks|kicked|slaps|slapped|raped|rapes|hurts me|hurt me|touches me|touched me|threatens to kill|threatened to kill|locks me|locked me)\b(?! (?:the|a|my) (?:button|wall|road|jackpot|limit|target|snooze))",
           "explicit: violence by someone close"),
    crisis("en.abuse.explicit.named", C.ABUSE, S.HIGH,
           r"\b(?:domestic (?:violence|abuse)|being abused|he abuses me|she abuses me|abusive (?:husband|wife|partner|relationship|boyfriend|girlfriend)|i was raped|raped me|sexually assaulted)\b"
           r"|\bafraid (?:to go|of going) home\b|\bscared (?:he|she)(?:'ll| will) (?:kill|hurt) me\b|\b(?:he|she) (?:won't|doesn't) let me (?:leave|out|see)\b"
           r"|\bcontrols (?:all )?my (?:money|phone)\b[^.!?]{0,40}\b(?:scared|afraid|hurt|hit)", "explicit"),
    # --- child safety -------------------------------------------------------------------
    crisis("en.child_safety.explicit.child_harm", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:my|a|the) (?:child|kid|son|daughter|baby|toddler|stepson|stepdaughter|niece|nephew|grandchild)\b[^.!?]{0,40}"
           r"\b(?:is being|was|gets|got|being) (?:abused|molested|hit|beaten|touched|hurt|neglected)\b"
           r"|\b(?:touch(?:es|ed|ing)?|molest\w*|abus\w*|hurt\w*|beat\w*|hit\w*)\b[^.!?]{0,15}\b(?:my|a|the) (?:child|kid|son|daughter|baby|little (?:girl|boy))\b(?! (?:'s|s) (?:app|account|tablet|phone))"
           r"|\bchild (?:abuse|porn\w*|sexual abuse|neglect)\b|\b(?:offering|giving|offers|gives) (?:sweets|candy|money|rides|gifts) to (?:the )?(?:kids|children|little (?:girls|boys))\b|\bcsam\b|\bgroom(?:ing|ed)\b[^.!?]{0,30}\b(?:child|kid|son|daughter|minor|girl|boy)\b"
           r"|\b(?:left|leave) (?:my |the )?(?:baby|toddler|kids?|children) (?:alone|home alone)\b[^.!?]{0,40}\b(?:days?|night|hours)\b"
           r"|\b(?:i'?m|i am) afraid i(?:'ll| will| might) hurt my (?:baby|child|kids?|son|daughter)\b|\bshake the baby\b",
           "explicit: a child at risk"),
    # --- medical emergency -------------------------------------------------------------
    crisis("en.medical_emergency.explicit.cardio", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\bchest (?:pain|pains|is (?:tight|hurting|crushing))\b|\b(?:having|had|think i'?m having) a (?:heart attack|stroke|seizure|fit)\b"
           r"|\bheart attack\b(?! (?:price|bill|of a bill))|\bcan'?t (?:breathe|breath)\b|\bcannot breathe\b|\b(?:struggling|hard) to breathe\b|\bshort(?:ness)? of breath\b"
           r"|\b(?:face|mouth|smile) (?:is )?droop\w*\b|\bslurr?(?:ed|ing) (?:my )?speech\b|\bsuddenly (?:can'?t|cannot) (?:lift|move|raise|speak|talk|see|walk)\b|\b(?:his|her|my) speech is (?:weird|strange|slurred|garbled)\b|\bone side of (?:my|his|her) (?:body|face)\b[^.!?]{0,20}\b(?:numb|weak|droop)",
           "explicit: urgent symptoms"),
    crisis("en.medical_emergency.explicit.overdose", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\boverdos(?:e|ed|ing)\b|\bod'?d\b|\btook (?:too many|a lot of|all (?:my|the)|\d+|twenty|thirty|fifty) (?:of )?(?:my )?(?:pills|tablets|sleeping pills|painkillers|meds)\b",
           "explicit: overdose"),
    crisis("en.medical_emergency.explicit.bleeding", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\b(?:bleeding (?:heavily|a lot|badly|won't stop|everywhere)|won't stop bleeding|can'?t stop the bleeding|losing (?:a lot of )?blood|heavy bleeding)\b"
           r"|\b(?:is|isn't|he's|she's|they're|are|aren't) (?:unconscious|not breathing|breathing|unresponsive|turning blue)\b(?<!\bis breathing)(?<!\bhe's breathing)(?<!\bshe's breathing)(?<!\bthey're breathing)(?<!\bare breathing)|\b(?:passed|passing) out\b[^.!?]{0,30}\b(?:can'?t wake|won't wake)"
           r"|\bseizure\b|\bconvuls\w*|\b(?:swallowed|ate|drank)\b[^.!?]{0,30}\b(?:pills|tablets|bleach|detergent|button batter(?:y|ies)|batter(?:y|ies)|medication|poison|antifreeze)\b|\banaphyla\w*|\bthroat is (?:closing|swelling)\b|\bcall(?:ed)? (?:an )?ambulance\b|\bcall(?:ing)? 911\b",
           "explicit: urgent symptoms"),
    # --- vulnerability: distress, confusion, bereavement, hardship, hostility ---------
    vulnerable("en.distress.overwhelmed", V.DISTRESS, S.MEDIUM,
               r"\b(?:overwhelmed|falling apart|breaking down|at (?:my|the) breaking point|can'?t cope|cannot cope|panic attacks?|desperate|hopeless|in tears|crying|so scared|terrified|at the end of my rope|falling to pieces)\b"),
    vulnerable("en.confusion.lost", V.CONFUSION, S.LOW,
               r"\b(?:i'?m|i am|so|totally|completely|really) (?:confused|lost)\b|\bdon'?t understand\b|\bdo not understand\b|\bmakes no sense\b|\bno idea (?:how|what|why)\b|\bcan'?t figure out\b"),
    vulnerable("en.bereavement.death", V.BEREAVEMENT, S.MEDIUM,
               r"\b(?:passed away|passed on|died|has died|lost my (?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|child|baby|brother|sister|friend|grandma|grandpa|grandmother|grandfather)|funeral|bereave\w*|widow(?:ed|er)?|death of my|grieving|grief|miscarriage)\b"),
    vulnerable("en.financial_hardship.money", V.FINANCIAL_HARDSHIP, S.MEDIUM,
               r"\b(?:can'?t afford|cannot afford|lost my job|laid off|unemployed|out of work|broke|no money|bankrupt\w*|evict\w*|behind on (?:rent|bills|payments)|debt|in arrears|food bank|pay ?check to pay ?check)\b"),
    vulnerable("en.hostility.threat", V.HOSTILITY, S.HIGH,
               r"\b(?:i'?ll|i will|going to|gonna) (?:find|kill|hurt|beat|come for|get|destroy|smash|stab|shoot) (?:you|your (?:agents?|staff|people|office|family)|whoever)\b"
               r"|\bi know where you (?:live|work)\b|\byou(?:'ll| will) (?:pay|regret)\b[^.!?]{0,20}\b(?:blood|hurt|dead|die)|\bwatch your back\b|\byou(?:'d)? better watch out\b",
               "threat aimed at the agent or staff"),
    vulnerable("en.hostility.slur", V.HOSTILITY, S.MEDIUM,
               r"\b(?:f+u+c*k+ (?:you|u)|you (?:stupid |fucking |fat |dumb |useless )?(?:bitch|cunt|whore|retard|moron|idiot)s?|(?:you|you all) can go to hell)\b",
               "abuse aimed at the agent"),
]

CLEARERS = [
    Clearer("en.idiom.killing_me", r"\b(?:is|are|it'?s|this|that|these|they'?re|you'?re)\b[^.!?]{0,30}\bkilling me\b|\bkill(?:s|ing)? me (?:now|already)\b"
            r"|\b(?:kill|end|cancel|stop) (?:my|the|this) (?:subscription|account|plan|membership|order|card|contract|session)\b", "idiom"),
    Clearer("en.idiom.dying_to", r"\bdying (?:to|for)\b|\bdying of (?:laughter|boredom|curiosity)\b|\bi (?:could|nearly|almost) die(?:d)? (?:of|laughing)\b|\bdied laughing\b|\bto die for\b", "idiom"),
    Clearer("en.idiom.news", r"\bsuicide (?:prevention|awareness|squad|doors)\b|\bsuicide (?:hot ?line|help ?line|crisis line) (?:number|link|page|listing)\b|\b(?:article|documentary|podcast|book|movie|film|news|report|story|song|episode|lecture|course|class|essay|research) (?:about|on)\b[^.!?]{0,30}",
            "topic, not a disclosure"),
    Clearer("en.idiom.phone_battery", r"\b(?:phone|battery|laptop|app|computer|car|plant|wifi|internet|connection|server)s? (?:is |has |just )?(?:dying|died|dead|killed)\b|\bkill (?:the|this|that) (?:app|process|task|tab|game|connection|noise)\b"
            r"|\bdead ?line\b|\b(?:dead|die) (?:tired|serious|easy|cheap)\b|\bcut (?:me|my) (?:a|some) slack\b|\bheart attack (?:when|at) (?:i|the)\b[^.!?]{0,30}\b(?:bill|price|charge|invoice|statement)", "idiom"),
    Clearer("en.idiom.shoot", r"\bshoot (?:me|you|us) (?:an|a) (?:email|message|text|note)\b|\b(?:take|taking|took) (?:my|a) shot\b|\bcut (?:me|myself) off\b[^.!?]{0,10}\b(?:from|social)", "idiom"),
    Clearer("en.idiom.hurt_feelings", r"\bhurt (?:my )?feelings\b|\bhurts? my (?:eyes|brain|head|wallet|budget)\b", "idiom"),
    Clearer("en.idiom.strong_words", r"\bkill (?:for|it)\b|\bkilled it\b|\bkiller (?:deal|feature|app)\b|\bi'?ll die (?:if|of|before)\b[^.!?]{0,20}\b(?:wait|hold|queue|bill|price)", "idiom"),
    Clearer("en.idiom.pet_died", r"\bmy (?:cat|dog|hamster|pet|fish|bird|rabbit|plant)s? (?:has |just )?(?:died|passed away|passed)\b", "bereavement, not crisis"),
]

# A clause that ends in one of these negates a crisis phrase right after it.
NEGATION = (r"(?:\b(?:not|never|no|nor|without|neither|isn't|aren't|wasn't|am not|i'm not|im not|don't|dont|do not|didn't|won't|wont|"
            r"would never|will never|no longer|not at all|no thoughts of|zero)\b)[^,.;!?]{0,18}$")
NEGATION_EXCEPTIONS = r"\bnot (?:gonna|going to) lie\b|\bnot sure\b|\bnot kidding\b|\bnot joking\b"
PAST = (r"\b(?:(?:\d+|a few|a couple of|two|three|four|five|six|ten|many|several) )?(?:years|months|yrs) ago\b|\ba (?:year|month) ago\b|\blast (?:year|summer|winter|spring|autumn|fall)\b"
        r"|\bin (?:the past|high school|college|my teens|my twenties|20[0-2]\d|19\d\d)\b|\bwhen i was (?:younger|a teen(?:ager)?|a kid|in school|\d+)\b"
        r"|\bused to\b|\bback then\b|\bonce,|\bonce (?:before|in)\b|\ba long time ago\b|\byears back\b|\bhistory of\b")
RESOLVED = (r"\b(?:doing (?:well|fine|good|great|better|okay|ok)|(?:much |a lot )?better now|fine now|ok(?:ay)? now|recovered|in recovery|in a (?:good|better) place|"
            r"got (?:help|through it|better)|past that|over it now|no longer|not anymore|that's behind me|all good now|stable now|happy now|safe now)\b")
CURRENT = (r"\b(?:again|right now|tonight|today|these days|lately|currently|anymore|still|at the moment|this week|any ?more|starting to|back)\b"
           r"|\b(?:i'?m|i am|i feel|feeling) (?:suicidal|like)\b")
OTHER_PERSON = (r"\b(?:my (?:friend|brother|sister|mother|mom|mum|father|dad|cousin|uncle|aunt|colleague|coworker|neighbou?r|roommate|son|daughter|partner|husband|wife|ex)|"
                r"a friend|someone i know|he|she|they|his|her|their)\b")
