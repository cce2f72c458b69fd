"""English patterns. Text is casefolded and apostrophes are straight (')."""

from caredraft.domain import CrisisCategory as C, Severity as S, VulnerabilityCategory as V
from caredraft.guardrails.input.lexicons import (Clearer, crisis, either, quoted_title, redefined, revised, substituted, unless_later, unless_near,
                                                vulnerable, widened, within_clause)

_I = r"(?:i|im|i'm|i am|i've|ive|i'll|ill|i'd|id)"
_ME = r"(?:my ?self|myself|me)"
# People who can hurt someone ("my knee is hurting me" is not abuse, "my stepdad is hurting me" is).
_RELATION = (r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fianc\w*|spouse|dad|father|mum|mom|mother|parents?|step\w+"
           r"|brother|sister|son|daughter|uncle|aunt|cousin|grand\w+|family|in-laws?|\w+-in-law|boss|manager|landlord|landlady"
           r"|flatmate|roommate|housemate|carer|caregiver|coach|teacher|neighbou?r|friend|colleague|coworker|husband's \w+|wife's \w+)")
_KILL = r"(?:kill+|k!ll|off|end|hang|shoot|drown|poison)"
_WANT = r"(?:want|wanna|wish|going|gonna|plan(?:ning)?|intend(?:ing)?|about|ready|trying|try|need|decided|will|would like)"

RULES = [
    # --- suicide, explicit ------------------------------------------------------------
    # Not after a hyphen: "the guy who rear-ended me" is a car crash.
    crisis("en.suicide.explicit.kill_myself", C.SUICIDE, S.CRITICAL,
           rf"(?<![\w-]){_KILL}(?:ing|ed)? {_ME}\b|\bunalive {_ME}\b|\bk(?:ms|ys)\b", "explicit"),
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
           r"\b(?:this is|consider this) (?:my|a) (?:last|final) (?:message|goodbye|note|letter)\b(?! (?:before|until|unless|about|regarding|on this|to you before))"
           r"|\b(?:saying|say) (?:my )?(?:final |last )?goodbyes?\b(?! to (?:the|my old|your|this) (?:app|service|account|subscription|plan))"
           r"|\bgoodbye (?:forever|everyone|world)\b|\bmy last (?:day|night) (?:on earth|alive)\b|\bwhen i'm gone\b|\bafter i'?m gone\b",
           "implied: saying goodbye"),
    crisis("en.suicide.implied.plan_means", C.SUICIDE, S.CRITICAL,
           r"\b(?:stockpil|sav|hoard|collect)(?:ed|ing|e)? (?:up )?(?:my )?(?:pills|meds|tablets|medication)\b"
           r"|\b(?:bought|got|have|found) (?:a )?(?:rope|noose)\b(?! ladder| swing| toy| light)|\bwrote (?:a|my) (?:suicide )?note\b"
           r"|\b(?:jump|jumping) (?:off|from) (?:a|the) (?:bridge|roof|building|balcony)\b"
           r"|\b(?:take|taking|swallow) (?:all|the whole)\b[^.!?]{0,20}\b(?:pills|tablets|bottle)\b|\bhow many (?:pills|tablets)\b[^.!?]{0,30}\b(?:die|lethal|kill|fatal)"
           r"|\blethal dose\b|\b(?:fatal|deadly) (?:dose|amount|overdose)\b|\b(?:dose|amount|how many|how much)\b[^.!?]{0,40}\b(?:would|will|is|be)\b[^.!?]{0,12}\b(?:fatal|lethal|deadly)\b|\bgun (?:to|in|against|at) my (?:head|temple|mouth)\b|\bpick up the gun\b|\b(?:pull|squeeze)(?:ed|ing)? the trigger\b|\bstep in front of (?:a|the) (?:train|bus|car|truck)\b", "implied: a plan or means"),
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
           r"|\b(?:want|wanna|need) to (?:just )?disappear\b(?! from)|\b(?:going to|gonna|want to|wanna|ready to|will|'ll) end it (?:all|tonight|now|today|for good)\b",
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
           # "myself" only: "hurt me" / "cut me" is done by someone or something else (abuse rules,
           # or "my knee is hurting me", "the new shoes cut me").
           r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harmed|harming|hit|hitting|punish|punished|punishing|starve|starved|starving) (?:my ?self|myself)\b(?! (?:on|by|with) (?:the|a|my) (?:paper|knife|stove|door|edge))"
           r"|\bself[- ]?harm(?:ing|ed)?\b|\bself[- ]?injur\w*\b|\bcutting again\b|\brelapsed? (?:on|into) (?:cutting|self)", "explicit"),
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
           r"\b(?:he|she|they|someone|somebody|my (?:(?:mom|mum|mother)'?s (?:boyfriend|partner|husband)|husband|wife|partner|boyfriend|girlfriend|ex|father|dad|mother|mom|stepdad|stepfather|stepmom|stepmother|uncle|son|brother))\b(?:(?!\b(?:who|that)\b)[^.!?]){0,30}"
           r"\b(?:hits|hit|beats|beat|chokes|choked|strangled|punche[sd]|kicks|kicked|slaps|slapped|raped|rapes|hurts me|hurt me|touches me|touched me|threatens to kill|threatened to kill|locks me|locked me)\b(?! (?:the|a|my) (?:button|wall|road|jackpot|limit|target|snooze))"
           # his own head knocked on a shelf is an accident; "against the wall" stays a blow
           r"(?! (?:his|her|their) (?:own )?(?:head|knee|leg|arm|toe|elbow|shin|foot|hand|back) on (?:the|a)\b)(?![^.!?]{0,30}\bby accident\b)",
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
           r"\boverdos(?:e|ed|ing)\b|\bod'd\b|\btook (?:too many|a lot of|all (?:my|the)|\d+|twenty|thirty|fifty) (?:of )?(?:my )?(?:pills|tablets|sleeping pills|painkillers|meds)\b",
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
               r"\b(?:can'?t afford|cannot afford|lost my job|laid off|unemployed|out of work|(?<!waters )(?<!water )broke(?! (?:my|his|her|their|our|the|a|an|it|down|up|out|in|into|off|through)\b)|no money|bankrupt\w*|evict\w*|behind on (?:rent|bills|payments)|debt|in arrears|food bank|pay ?check to pay ?check)\b"),
    vulnerable("en.hostility.threat", V.HOSTILITY, S.HIGH,
               r"\b(?:i'?ll|i will|going to|gonna) (?:find|kill|hurt|beat|come for|get|destroy|smash|stab|shoot) (?:you|your (?:agents?|staff|people|office|family)|whoever|(?:the|that|this) (?:agent|operator|rep|representative|consultant|manager|staff member|support (?:agent|rep|person|guy|girl|woman|man))s?)\b"
               r"|\bi know where you (?:live|work)\b|\byou(?:'ll| will) (?:pay|regret)\b[^.!?]{0,20}\b(?:blood|hurt|dead|die)|\bwatch your back\b|\byou(?:'d)? better watch out\b",
               "threat aimed at the agent or staff"),
    vulnerable("en.hostility.slur", V.HOSTILITY, S.MEDIUM,
               r"\b(?:f+u+c*k+ (?:you|u)|you (?:stupid |fucking |fat |dumb |useless )?(?:bitch|cunt|whore|retard|moron|idiot)s?|(?:you|you all) can go to hell)\b",
               "abuse aimed at the agent"),
]

CLEARERS = [
    Clearer("en.idiom.killing_me", r"(?<!\bhe )(?<!\bshe )(?<!\bhusband )(?<!\bwife )(?<!\bpartner )(?<!\bboyfriend )(?<!\bgirlfriend )(?<!\bdad )(?<!\bfather )(?<!\bstepdad )"
            r"\b(?:is|are|it'?s|this|that|these|they'?re|you'?re)\b[^.!?]{0,30}\bkilling me\b"
            r"|\b(?:fee|fees|bill|price|cost|rent|commute|wait|queue|app|job|work|heat|traffic|back|neck|knee|head|hip|tooth|toothache|headache|hangover|deadline|exams?|boss|paperwork|noise)'?s? (?:is )?killing me\b|\bkill(?:s|ing)? me (?:now|already)\b"
            r"|\bkilling me with (?:his|her|their|the|all (?:his|her|their|the)) (?:snoring|cooking|jokes|puns|questions|nagging|music|texts|messages|calls|driving|mess|complaints|singing|stories|moods?|kindness|love|sarcasm)\b"
            r"|\b(?:kill|end|cancel|stop) (?:my|the|this) (?:subscription|account|plan|membership|order|card|contract|session)\b", "idiom"),
    Clearer("en.idiom.dying_to", r"\bdying (?:to|for)\b|\b(?:dying|die) of (?:laughter|boredom|curiosity|embarrassment|shame|cringe)\b|\bi (?:could|nearly|almost) die(?:d)? (?:of|laughing)\b|\bdied laughing\b|\bto die for\b", "idiom"),
    Clearer("en.idiom.news", r"\bsuicide (?:prevention|awareness|squad|doors)\b|\bsuicide (?:hot ?line|help ?line|crisis line) (?:number|link|page|listing)\b|\b(?:article|documentary|podcast|book|movie|film|news|report|story|song|episode|lecture|course|class|essay|research) (?:about|on)\b"
            # The span stops at a first-person word: "an essay on suicide because I want to kill myself" is read.
            r"(?:(?!\b(?:i|i'?m|i'?ve|i'?d|me|my|myself)\b)[^.!?]){0,30}",
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
# "back in 2019 / in college" is a past marker, not "it's back".
CURRENT = (r"\b(?:again|right now|tonight|today|tomorrow|these days|lately|currently|anymore|still|at the moment|this week|any ?more|starting to|(?:it'?s|they'?re|is|are|came|comes|coming|come) back|back again)\b"
           r"|\b(?:i'?m|i am|i feel|feeling) (?:suicidal|like)\b")
OTHER_PERSON = (r"\b(?:my (?:friend|brother|sister|mother|mom|mum|father|dad|cousin|uncle|aunt|colleague|coworker|neighbou?r|roommate|son|daughter|partner|husband|wife|ex)|"
                r"a friend|someone i know|he|she|they|his|her|their)\b")

# --- Class-wide patterns (second pass) -------------------------------------------------
# Written per class of disclosure rather than per phrase: the first pass caught the words
# "kill/cut/hurt myself" but missed how people describe means, acts and farewells.
_KID = r"(?:child|children|kid|kids|son|daughter|baby|babies|toddler|infant|newborn|little (?:girl|boy|one)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:year|yr)[- ]?olds?|stepson|stepdaughter|niece|nephew|grandchild|grandson|granddaughter|boy|girl|pupil|student)"
_PERSON = r"(?:him|her|them|my (?:ex|wife|husband|partner|boss|neighbou?r|landlord|brother|sister|father|dad|mother|mom|mum|son|daughter|roommate|flatmate|coworker|colleague|manager|stepdad)|that (?:guy|man|woman|bastard|bitch|idiot)|someone|somebody|people|everyone)"
_STAFF = r"(?:you|your (?:agents?|staff|employees|people|workers|team|therapists?|doctors?|nurses?|counsell?ors?|manager|ceo|boss|family|kids)|the (?:agent|staff|therapist|doctor|nurse|counsell?or|manager|ceo|employees|workers)|whoever|all of you|every one of you|your (?:office|clinic|building|company|headquarters|hq))"

RULES += [
    # hostility toward staff: intimidation, stalking the premises, arson, doxxing
    vulnerable("en.hostility.intimidation", V.HOSTILITY, S.HIGH,
               r"\bi know where (?:you|your \w+|the \w+|she|he|they|[a-z]+)(?: \w+)? (?:live|lives|work|works|park|parks|sleep|sleeps|is based|are based|goes|go)\b"
               r"|\bi know where (?:your|the) (?:office|clinic|building|headquarters|hq|branch|staff|agents?|therapist|doctor)\b"
               r"|\b(?:i'?ll|i will|i'?m|i am|gonna|going to)(?: be)? (?:wait|waiting|standing|parked|camp(?:ing)?|sitting)\w* (?:for (?:you|her|him|them) )?(?:outside|at|by|in front of|near) (?:your|the|their|her|his) (?:office|building|clinic|door|car ?park|parking|house|home|entrance|reception)\b"
               r"|\b(?:burn|torch|blow up|bomb|firebomb|smash up|trash|wreck)\w* (?:down )?(?:your|the|this|that|their) (?:office|clinic|building|place|company|headquarters|store|shop|branch|centre|center)(?: down)?\b"
               r"|\b(?:burn|torch)\w* (?:it|the place|the lot) (?:all )?(?:down|to the ground)\b"
               r"|\b(?:post|posting|publish|publishing|leak|leaking|dox+|doxx?ing|spread|put)\w*\b[^.!?]{0,30}\b(?:home )?(?:address|phone number|home number|where (?:she|he|they) live)s?\b[^.!?]{0,30}\b(?:online|everywhere|internet|facebook|twitter|reddit|forums?|public)\b"
               r"|\b(?:dox+|doxx?ing|doxxed)\b|\b(?:find|found|get|track down)\w* (?:out )?(?:where (?:she|he|they|your \w+) lives?|(?:her|his|their|your \w+'?s?) (?:home )?address)\b"
               r"|\byou(?:'ll| will|'re going to|'re gonna| are going to| are gonna) (?:regret (?:this|it|that|the day)|be sorry|pay for this|pay for that|wish you)\b"
               r"|\b(?:watch|mind|cover) your (?:back|step|family)\b|\bwatch yourselves\b|\bsleep with one eye open\b|\blook over your shoulder\b|\byou(?:'re| are) (?:a )?dead (?:man|woman|meat)\b"
               r"|\b(?:i'?ll|i will|gonna|going to|i'?m going to|i'?m gonna) (?:find|hunt|track|come (?:for|after)|get|deal with|visit|pay (?:a )?visit to|teach|sort out|make)\b[^.!?]{0,12}\b" + _STAFF + r"\b(?:[^.!?]{0,25}\b(?:lesson|pay|suffer|hell|regret|down|personally|home)\b)?"
               r"|\b(?:something|accident)s? (?:bad |nasty )?(?:will|might|could|is going to|is gonna) happen to " + _STAFF + r"\b"
               r"|\b(?:hurt|harm|beat|stab|shoot|attack|punch|smack|slap|strangle)\w* (?:up )?(?:your|the|that) (?:agent|staff|employee|worker|therapist|doctor|nurse|receptionist|manager|counsell?or)s?\b"
               r"|\bshow up (?:at|to) (?:your|the|her|his) (?:office|clinic|house|home|door|work)\b[^.!?]{0,40}\b(?:see what|sorry|regret|hurt|deal|make)\b|\bbring (?:my|a) (?:gun|knife|bat|friends|boys) (?:to|down to) (?:your|the)\b",
               "threat aimed at the agent or staff"),
    # self-harm without "cut/hurt myself"
    crisis("en.self_harm.explicit.means", C.SELF_HARM, S.HIGH,
           r"\b(?:razor|razors|blade|blades|razorblades?|box ?cutter|scalpel|lighter|cigarettes?|compass)\b[^.!?]{0,35}\b(?:my (?:skin|arms?|wrists?|thighs?|legs?|stomach|hips?|body)|myself|deeper|bleed)\b"
           r"|\bcut(?:ting|s)? (?:even |a bit |so much )?deeper\b|\bcut(?:ting)? (?:into )?my (?:own )?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body)\b(?! on (?:a|an|the|some|broken|rusty)\b| while\b| when\b| shaving\b)"
           r"|\b(?:buy|bought|buying|order|ordered|ordering|hid|hide|hiding|hidden|stash|stashed|keep|keeping|got|get|getting)\w* (?:new |more |fresh |some |a pack of |a box of )?(?:razor ?)?blades\b"
           r"|\bburn(?:ed|t|ing|s)? (?:myself|my (?:own )?(?:skin|arms?|hands?|wrists?|legs?|thighs?))\b(?! (?:on|with) (?:the|a) (?:stove|oven|pan|kettle|iron|toaster|hob))"
           r"|\b(?:punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging)\w* (?:my (?:fists?|hands?|head) (?:into|against|on) )?(?:a |the )?walls?\b[^.!?]{0,50}\b(?:until|till|til|so hard|bleed|bled|broke|break|broken|bones?|knuckles|fractured?)\b"
           r"|\b(?:hit|hitting|punch|punched|punching|slap|slapped|slapping|scratch|scratched|scratching|bite|biting|bit|pinch|starve|starved|starving|punish|punished|punishing|bruise|bruising|choke|choking|burn|burned|burnt)\w* myself\b(?! (?:on|by|with) (?:the|a|my) (?:paper|knife|stove|door|edge|oven|pan|kettle))"
           r"|\bbang(?:ing|ed|s)? my head (?:against|on|into)\b|\b(?:harm|hurt|injure|cut|burn|hit)\w* (?:myself )?on purpose\b|\burges? to (?:cut|self[- ]?harm|hurt myself|harm myself|burn myself)\b"
           r"|\bnot (?:eating|eaten|letting myself eat)\b[^.!?]{0,30}\b(?:punish|deserve|on purpose)\w*|\b(?:deserve|deserved) to (?:hurt|bleed|suffer|be in pain)\b|\bwatch(?:ing)? (?:myself|it) bleed\b",
           "explicit: self-harm by other means"),
    # harm to others without "kill"
    crisis("en.harm_to_others.explicit.injure", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:carry|carrying|carried|bring|bringing|brought|take|taking|took|keep|keeping|kept|have|got|bought|sharpen(?:ed|ing)?|hid|hiding|pack(?:ed|ing)?)\w* (?:a |my |the |his |her |this )?(?:knife|knives|blade|gun|pistol|rifle|shotgun|weapon|machete|axe|crowbar|baseball bat|bat|hammer)\b[^.!?]{0,60}\b(?:use (?:it )?on|stab|shoot|for (?:him|her|them|when|if)|in case (?:i see|he|she|they)|when (?:i see|he|she|they)|if (?:he|she|they) (?:comes?|shows?|tries))\b"
           r"|\b(?:use|using|stick|sticking|plunge|put)\w* (?:it|the knife|a knife|my knife|the gun|my gun|the blade|a blade) (?:on|in|into) " + _PERSON + r"\b"
           r"|\bmake (?:" + _PERSON + r"|that \w+) (?:bleed|suffer|scream|beg)\b"
           r"|\b(?:plan|planning|going|gonna|want|wanna|intend|intending|about|ready|decided|need|will|i'?ll)\w* (?:to )?(?:hurt|injure|stab|cripple|maim|disfigure|attack|beat up|beat the \w+ out of|batter|smash|strangle|choke|suffocate|smother|poison|drown|run over|knife|cut)\b[^.!?]{0,15}\b" + _PERSON + r"\b"
           r"|\b(?:i'?ll|i will|gonna|going to|want to|wanna) (?:break|smash|snap|slit|cut) (?:his|her|their) (?:legs?|arms?|face|neck|head|jaw|skull|throat|knees?)\b"
           r"|\b(?:put|send) (?:him|her|them) (?:in|into) (?:the )?(?:hospital|morgue|grave|ground|ice)\b|\b(?:hunt|track) (?:him|her|them) down\b"
           r"|\b(?:urges?|thoughts?|want|wanting|afraid|scared|worried|tempted|feel like|keep thinking about|fantasi[sz]e|picture)\w*\b[^.!?]{0,40}\b(?:hurt|harm|hit|smother|strangle|choke|shake|drown|suffocate|throw|stab|kill)\w*\b[^.!?]{0,15}\b(?:my|the|our) (?:own )?(?:baby|newborn|infant|child|kid|kids|son|daughter|toddler|little one)\b"
           r"|\b(?:hands?|pillow) (?:around|over) (?:his|her|the baby'?s|my baby'?s) (?:neck|throat|face)\b",
           "explicit: intent to injure someone"),
    # child safety
    crisis("en.child_safety.explicit.disclosure", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:my |mum'?s |mom'?s |mother'?s )?(?:uncle|stepdad|stepfather|step-dad|coach|teacher|tutor|neighbou?r|grandpa|grandad|cousin|babysitter|(?:mum|mom|mother)'?s (?:boyfriend|partner|husband)|dad|father|brother)\b[^.!?]{0,40}\b(?:touch(?:es|ed|ing)? (?:me|my|her|him|them)|makes? me (?:touch|undress|take off|watch|keep|sit on)|comes? (?:in)?to my (?:room|bed)|show(?:s|ed)? me (?:naked|dirty|rude|private|adult)|(?:says|said) it'?s (?:our|a) (?:little )?secret|takes? (?:photos|pictures|pics) of me)"
           r"|\b(?:nudes?|naked (?:photos?|pictures?|pics|selfies?|videos?)|nude (?:photos?|pictures?|pics|selfies?)|explicit (?:photos?|pictures?|pics|images)|sexy (?:photos?|pics|pictures))\b[^.!?]{0,60}\b" + _KID + r"\b"
           r"|\b" + _KID + r"\b[^.!?]{0,60}\b(?:nudes?|naked (?:photos?|pictures?|pics|selfies?|videos?)|nude (?:photos?|pictures?|pics)|explicit (?:photos?|pictures?|pics|images)|sexual (?:messages|texts|photos|pictures))\b"
           r"|\b(?:shak(?:e|es|ing|en)|shook) (?:the|my|our|his|her|their|that) (?:baby|infant|newborn|toddler|son|daughter)\b|\b(?:baby|infant|newborn)\b[^.!?]{0,30}\b(?:was |got |been )?shaken\b"
           r"|\b(?:baby|babies|toddler|infant|newborn|little one|little ones|(?:\d|two|three|four|five|six)[- ]?(?:year|yr)[- ]?olds?|kids|children)\b[^.!?]{0,50}\b(?:home alone|(?:left |leaves |leaving )?alone (?:at home|in the (?:flat|house|apartment|car|room))|by (?:him|her|them)sel(?:f|ves) (?:all )?(?:day|night|for hours|for days|since|at home)|unattended|locked (?:in|inside|up))\b"
           r"|\b(?:left|leaves|leaving|leave)\b[^.!?]{0,15}\b(?:baby|toddler|infant|newborn|little one|(?:\d|two|three|four|five|six)[- ]?(?:year|yr)[- ]?old|kids|children)\b[^.!?]{0,30}\b(?:alone|on (?:her|his|their) own|by (?:him|her|them)sel(?:f|ves)|unattended)\b"
           r"|\b(?:beat|beats|beating|beaten|hits|hitting|slaps|slapping|kicks|kicking|punches|punching|whips|whipping|burns|starves|starving|locks|locking)\b[^.!?]{0,20}\b(?:the|his|her|their|those|these|its|next door'?s?|the neighbou?r'?s?) (?:kids?|children|child|son|daughter|boy|girl|baby|toddler|little ones?)\b"
           r"|\b(?:kids?|children|child|boy|girl|baby|toddler|son|daughter)\b[^.!?]{0,30}\b(?:being|are|is|were|was|get|gets|got|getting) (?:beaten|hit|abused|slapped|kicked|starved|burned|whipped|locked (?:in|up|out)|hurt|molested|neglected)\b"
           r"|\b(?:child|kid|son|daughter|boy|girl|student|pupil|he|she|little one)\b[^.!?]{0,40}\b(?:afraid|scared|terrified|frightened|refuses|won'?t|doesn'?t want|begs? not)\b[^.!?]{0,10}\b(?:to go|of going|going|to get|go) (?:back )?home\b"
           r"|\b(?:i'?m|i am) (?:\d|1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b[^.!?]{0,60}\b(?:hits? me|beats? me|touch(?:es|ed)? me|scared (?:of|to go)|afraid (?:of|to go)|hurts? me)\b"
           r"|\basking (?:my|a|her|his|the|our) (?:\d+[- ]?year[- ]?old|daughter|son|kid|child|girl|boy|niece|nephew)\b[^.!?]{0,40}\b(?:photos|pictures|pics|to meet|to keep (?:it )?(?:a )?secret|to undress|to send)\b"
           r"|\b(?:adult|grown (?:man|woman)|older (?:man|guy|woman))\b[^.!?]{0,40}\b(?:messag|text|chat|groom|ask|meet)\w*\b[^.!?]{0,30}\b" + _KID + r"\b",
           "explicit: a child at risk"),
    # implied suicide: farewells, affairs, research, "where I'm going"
    crisis("en.suicide.implied.affairs", C.SUICIDE, S.HIGH,
           r"\b(?:won'?t|wont|will not|shan'?t|don'?t|no longer) (?:need|be needing|require|have (?:any )?use for)\b[^.!?]{0,40}\b(?:where i'?m going|where i am going|after (?:tonight|this (?:week|weekend|month|friday|sunday))|once i'?m gone|any ?more after|after the (?:\d+\w*|end of the (?:week|month)))\b"
           r"|\bwhere i'?m (?:going|headed)\b[^.!?]{0,25}\b(?:won'?t|don'?t|no|not)\b|\b(?:won'?t|don'?t|no) need (?:it|them|that|any of (?:it|this)|money|anything)\b[^.!?]{0,15}\bwhere i'?m (?:going|headed)\b"
           r"|\b(?:won'?t|will not|don'?t) need (?:money|my savings|my money|my things|anything) (?:any ?more|any longer|again|much longer)\b"
           r"|\b(?:tying|tie|tied|getting|get|got|put|putting|sorting|sort|sorted|settling|settle|settled|wrapping|wrap|wrapped)(?: up)? (?:all )?(?:my )?(?:loose ends|affairs|final affairs|(?:my )?affairs in order|things in order|(?:my )?life in order)\b"
           r"|\bwhat (?:happens|will happen) to (?:my|the) (?:account|subscription|data|money|balance|savings|profile|photos|credits?|messages|sessions?)\b[^.!?]{0,30}\b(?:when|after|if|once) (?:i|i'?m) (?:die|dead|gone|pass|am (?:dead|gone)|no longer (?:here|around|alive))\b"
           r"|\b(?:after|when|once) (?:i|i'?m) (?:die|dead|gone|pass away)\b[^.!?]{0,40}\b(?:account|subscription|money|balance|refund|cat|dog|pets?|kids|children)\b"
           r"|\b(?:wrote|writing|written|write|left|leaving|finished|finishing|prepared|preparing)\w* (?:a |my |the )?(?:last |final |goodbye |farewell )?(?:letters?|notes?|messages?|videos?) (?:to|for) (?:my|each of my|all my|everyone|the) (?:kids|children|son|daughter|family|wife|husband|partner|parents|mum|mom|dad|loved ones|girls|boys|sister|brother|friends|everyone)\b[^.!?]{0,40}\b(?:when|after|for when|once|to (?:read|open|find)|goodbye|explain|sorry|love)\b"
           r"|\b(?:by the time|when) (?:you|anyone|they|someone) (?:read|reads|get|gets|see|sees|find|finds) this\b"
           r"|\b(?:rehom(?:e|ed|ing)|find (?:a )?(?:new )?homes? for|giv(?:e|ing|en) away|gave away)\b[^.!?]{0,20}\b(?:my )?(?:cats?|dogs?|pets?|kittens?|puppy|parrot|guitar|jewell?ery|clothes|books|plants|everything|all my)\b[^.!?]{0,50}\b(?:won'?t (?:need|be)|before i|no longer|not (?:going to|gonna) be|anymore|any more|when i'?m gone|after i)\b"
           r"|\bgiving (?:everything|it all|all my \w+) away\b|\bgave (?:everything|it all) away\b"
           r"|\b(?:thank you|thanks|thank u) (?:so much )?for (?:everything|all (?:you(?:'ve| have)? done|the help|these years)|being there|putting up with me)\b[^.!?]{0,60}\b(?:goodbye|farewell|forever|last time|won'?t (?:be|need|hear)|take care of|for the last|it'?s time|i'?m done|this is it|sorry for)\b"
           r"|\b(?:goodbye|farewell)\b[^.!?]{0,40}\b(?:thank you|thanks) for everything\b|\bit was (?:nice|good|lovely) (?:knowing|talking to) (?:you|everyone|all of you)\b"
           r"|\b(?:last|final) (?:time|message|email|letter) (?:you(?:'ll| will)|anyone(?:'ll| will)|i(?:'ll| will)) (?:ever )?(?:hear|get|receive|write|send|be in touch|contact)\b|\byou(?:'ll| will)? (?:never|not) (?:hear|be hearing) from me (?:again|any ?more)\b|\bwon'?t (?:be )?hear(?:ing)? from me (?:again|any ?more)\b"
           r"|\b(?:how (?:high|tall)|how many (?:floors|storeys|stories|metres|meters|feet))\b[^.!?]{0,30}\b(?:bridge|building|roof|cliff|tower|balcony|car park|survive|fall|jump|die)\w*"
           r"|\b(?:tallest|highest) (?:bridge|building|tower|cliff|car park)s?\b|\b(?:survive|survivable|surviving)\b[^.!?]{0,25}\b(?:fall|jump|drop) (?:from|off)\b"
           r"|\b(?:search|searching|searched|research|researching|researched|google|googling|googled|looking up|looked up|reading (?:up )?(?:about|on))\b[^.!?]{0,30}\b(?:bridges?|heights?|tall buildings|lethal|fatal|overdos\w*|how (?:long|much|many)\b[^.!?]{0,20}\b(?:die|dying|to kill|fatal|lethal)|ways to die|painless|noose|hanging)\b"
           r"|\bhow (?:many|much)\b[^.!?]{0,30}\b(?:pills|tablets|paracetamol|tylenol|acetaminophen|insulin|sleeping pills|painkillers|antidepressants|meds)\b[^.!?]{0,30}\b(?:die|dying|kill|fatal|lethal|too many|not wake|stop (?:my|the|your) heart|enough to|overdose)\b"
           r"|\b(?:not|won'?t|wont|never) (?:going to )?(?:be )?(?:around|here|alive) (?:much longer|for (?:much )?longer|for long|by (?:then|next|the end)|after (?:this|tonight|friday|the weekend))\b"
           r"|\bmy (?:final|last) (?:wish|request|words|goodbye)\b|\bsee you on the other side\b|\bmade (?:my )?peace with (?:dying|death|it all|everything|leaving)\b|\b(?:this is|it'?s) (?:my )?(?:time to go|the end for me|goodbye)\b"
           r"|\b(?:once|when|after) i'?m (?:not around|no longer around|no more|six feet under|in the ground)\b|\bno one will (?:have to )?(?:worry|deal) (?:about|with) me (?:again|any ?more|soon)\b",
           "implied: settling affairs, farewells or researching means"),
    # implied abuse
    crisis("en.abuse.implied.control", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fianc[eé]e?|spouse))\b[^.!?]{0,30}\b(?:checks|reads|goes through|went through|monitors|tracks|controls|takes|took|smashed|smashes|broke|hides|hid|locks|listens to)\b[^.!?]{0,10}\bmy (?:phone|messages|texts|money|bank|cards?|location|emails?|passport|keys|wages|salary|calls)\b"
           r"|\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b (?:doesn'?t|won'?t|don'?t|never) (?:let|allow)s? me (?:to )?(?:leave|go out|go anywhere|see|talk|have|use|call|work|speak)\b"
           r"|\b(?:cover|covering|covered|hide|hiding|hid|conceal|concealing)\w* (?:up )?(?:the |my |these |those )?(?:bruises?|marks|black eye|injuries)\b|\bbruises?\b[^.!?]{0,40}\b(?:long sleeves|make-?up|concealer|scarf|sunglasses|he did|she did|again)\b"
           r"|\b(?:afraid|scared|terrified|frightened)\b[^.!?]{0,20}\b(?:of (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b|(?:what|how) (?:he|she)(?:'ll| will| might| would) (?:do|react)|to (?:go|come|get) (?:back )?home\b|of going (?:back )?home\b|(?:he|she)(?:'ll| will| might)? (?:find out|hurt|hit|kill))"
           r"|\bwalking on eggshells\b|\b(?:he|she) (?:threw|throws|pushed|pushes|shoved|shoves|grabbed|grabs|dragged|drags|pinned|pins|spat|spits) (?:me|something at me|things at me)\b"
           r"|\b(?:he|she) (?:gets|got|can get|becomes|became) (?:violent|physical|rough)\b(?![^.!?]{0,30}\b(?:play\w*|games?|match|football|rugby|hockey|wrestl\w*|sports?|the dog|waves))|\bwhen (?:he|she)(?:'s| is| gets) (?:drunk|angry|mad)\b[^.!?]{0,40}\b(?:hurt|hit|violent|scared|afraid|bruise|throw|push|hide)\w*"
           r"|\b(?:he|she|they|someone|somebody|nobody|no one|noone|my " + _RELATION + r") (?:is|are|keeps?|has been|have been|was|were) (?:hurting|hitting|beating|abusing|choking|threatening|killing|(?:going|gonna|trying) to kill) me\b",
           "implied: coercive control or violence at home"),
    # medical emergency, more ways to say it
    crisis("en.medical_emergency.implied.symptoms", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\bchest\b[^.!?]{0,25}\b(?:tight|tightness|pressure|crushing|squeez\w*|heavy|heaviness|hurts|burning)\b|\b(?:tight|tightness|pressure|crushing|pain)\b[^.!?]{0,10}\bin (?:my|his|her) chest\b"
           r"|\b(?:left |right |my |his |her )?arm\b[^.!?]{0,20}\b(?:numb|tingl\w*|went dead|gone dead|heavy and)\b|\bnumb(?:ness)?\b[^.!?]{0,20}\b(?:arm|face|side|left side|right side)\b"
           r"|\b(?:too much|double|extra|a double|triple|the whole|an entire|a whole|all (?:my|the|of my)|(?:a|the) (?:box|bottle|packet|pack|strip) of)\b[^.!?]{0,12}\b(?:insulin|paracetamol|tylenol|acetaminophen|ibuprofen|sleeping pills|pills|tablets|meds|medication|antidepressants|painkillers|lithium|xanax|oxy\w*)\b[^.!?]{0,25}\b(?:took|taken|injected|swallowed|had|by mistake|accidentally|overdose|now)\b"
           r"|\b(?:took|taken|injected|swallowed|had|gave (?:him|her|myself))\b[^.!?]{0,20}\b(?:too much|double|extra|a double|triple|the whole|an entire|a whole|all (?:my|the|of my)|(?:a|the) (?:box|bottle|packet|pack|strip) of|\d{2,}|a dozen|a handful of)\b[^.!?]{0,12}\b(?:insulin|paracetamol|tylenol|acetaminophen|ibuprofen|sleeping pills|pills|tablets|meds|medication|antidepressants|painkillers|units)\b"
           r"|\b(?:can'?t|cannot|couldn'?t|won'?t|unable to) (?:wake (?:him|her|them|my \w+|the baby)(?: up)?|get (?:him|her|them) to wake|rouse (?:him|her|them))\b|\b(?:he|she|mum|mom|dad|baby|husband|wife|grandma|grandpa|my \w+)\b[^.!?]{0,25}\b(?:won'?t|isn'?t|is not|not|can'?t|barely|hardly) (?:wake|waking|respond|responding|conscious|breathing properly)\b"
           r"|\bpregnan\w*\b[^.!?]{0,60}\b(?:bleed\w*|blood|clots?|severe (?:pain|cramp\w*))\b|\b(?:bleed\w*|blood|clots?)\b[^.!?]{0,50}\bpregnan\w*|\b(?:\d+|twenty|thirty) weeks\b[^.!?]{0,40}\b(?:bleed\w*|blood)\b"
           r"|\b(?:face|mouth|lip|smile|eye)\b[^.!?]{0,20}\b(?:droop\w*|crooked|twisted|lopsided|fallen|sagging|dropped)\b|\b(?:slurr|garbl)\w*\b|\b(?:can'?t|cannot|couldn'?t) (?:lift|raise|move|feel) (?:his|her|my) (?:left |right )?(?:arm|leg|hand|side|face)\b"
           r"|\b(?:is|'?s|think (?:he|she|i|it)(?:'s| is| was| am|'m)?|might be|could be|having|had|showing)\b(?!\s+not\b)[^.!?]{0,15}\b(?:a stroke|stroke (?:signs|symptoms))\b|\bstroke\b[^.!?]{0,30}\b(?:right now|now|happening|ambulance|help)\b"
           r"|\b(?:seizures?|seizing|convulsing|convulsions|fitting(?!\s+(?:a|an|the|new|some|my|our|his|her|their|in|into|out|for|blinds|carpets?|kitchens?|doors?|windows?|shelves|tiles|curtains|tyres|lights?|wardrobes?)\b)|epileptic fit|having a fit)\b|\bshaking (?:uncontrollably|all over)\b[^.!?]{0,30}\b(?:floor|won'?t stop|eyes)\b"
           r"|\b(?:can'?t|cannot|couldn'?t|unable to|struggling to) (?:catch (?:my|his|her) breath|get (?:any |enough )?air|breath(?:e)?)\b|\bgasping\b|\blips? (?:are |is |'re )?(?:turning |went |gone |look |looks |looking )?(?:a bit |kind of |slightly |really |all )?(?:blue|purple|grey|gray)\b"
           r"|\bthroat (?:is )?(?:closing|swelling|tight)\b|" + either(r"\bthroat(?:'s| is)? (?:going |getting |feels |feeling )?(?:closing|swelling|tight)\b",
                                                           r"\b(?:stung|sting|allergic|allergy|hives|swell\w*|swollen|peanuts?|epipen|bee|wasp)\b", 60),
           "explicit: urgent symptoms"),
    # the questionnaire's own crisis wording, second person, so a clearer can explain it
    crisis("en.self_harm.topic.second_person", C.SELF_HARM, S.HIGH,
           r"\b(?:hurt|harm|kill|cut|injur)(?:ing|ed)? yoursel(?:f|ves)\b", "second person (usually a question or a form)"),
]

# Someone else as the subject of a new clause ("... and he hits me", "..., my stepdad ..."; "my" is
# the writer's own and already opens one).
_SOMEONE_ELSE = r"he|she|they|his|her|their"
# "and" opening a new clause (crisis_rules._negated): "I'm not ok and I want to die", "not coping
# and want to kill myself", "I'm not eating because I want to die". A negative word before it negates
# its own clause, not the match after ("I'm not asking because I want to die" is read as a crisis: the safe side).
# "No thoughts of self-harm and suicide" (a list, no new clause) stays one denial.
COORDINATED_CLAUSE = (r"\b(?:and|&|so|because|cause|cuz|coz|since)\s+(?=(?:i|i'm|im|i've|ive|i'd|i'll|my|me|myself|now|tonight|today|then|just|really|honestly|"
                      r"still|want|wanna|need|keep|plan|planning|going to|gonna|last night|yesterday|tomorrow|" + _SOMEONE_ELSE + r")\b)")
# Where a clearer's gap must stop: a new clause after the topic may be the writer's own disclosure
# ("I filled in the form but tonight I want to kill myself").
_NEW_CLAUSE = (r"\b(?:but|so|because|though|although|yet|anyway|and (?:now|then|tonight|today|i|i'?m|i'?ve|i'?ll|my))\b"
               r"|[,;]\s*(?:i|i'?m|i'?ve|i'?ll|i'?d|my|now|tonight)\b")
_NEW_CLAUSE += "|" + COORDINATED_CLAUSE  # and every "and" that opens a clause
_NEW_CLAUSE += rf"|[,;]\s*(?:tomorrow|{_SOMEONE_ELSE})\b"
CLEARERS += [
    Clearer("en.topic.questionnaire", r"\b(?:have|had|do|did|are|were|would|will) you (?:ever |recently |lately )?(?:had |been |felt |ever )?(?:any )?(?:thought|thoughts|thinking|considered|consider|felt|feeling|tried|planned|wanted)\b[^.!?]{0,60}"
            r"|\b(?:questionnaire|survey|intake form|the form|form asks|screening questions?|phq-?9|the question|question \d+|it asks|(?<!nobody )(?<!no one )(?<!anyone )asks (?:if|whether|about))\b"
            + within_clause(80, _NEW_CLAUSE), "a question, not a disclosure"),
    # The laughter clears the nearest phrase only: in "I want to kill myself tonight, shoot myself
    # lol" the first clause is not the joke, so the gap may not pass another such phrase or a new clause.
    Clearer("en.idiom.joking", r"\b(?:shoot|kill|hang|off)\w* (?:me|myself)\b"
            + within_clause(25, rf"{_NEW_CLAUSE}|\b(?:shoot|kill|hang|off)\w* (?:me|myself)\b") + r"(?:\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bjust kidding\b|😂|🤣|😅|🙃|:\))"
            r"|(?:\blol\b|\blmao\b|\bhaha\w*)[^.!?]{0,10}\b(?:shoot|kill)\w* (?:me|myself)\b|\b(?:gonna|going to|i'?ll|could|might as well) (?:shoot|kill) myself\b[^.!?]{0,30}\b(?:if|before|when)\b[^.!?]{0,40}\b(?:hold|queue|wait|bill|price|call|music|form|password|update|another)\w*", "idiom"),
    Clearer("en.idiom.stroke", r"\b(?:nearly|almost|about to|gonna|going to|could|practically) (?:had|have|having) a (?:stroke|heart attack)\b[^.!?]{0,40}\b(?:bill|price|charge|invoice|statement|saw|see|fee|cost|total)\w*"
            r"|\bstroke of (?:luck|genius|midnight)\b|\bbrush ?stroke\b|\bkeystroke\b"
            r"|\b(?:nearly|almost|practically|about to|gonna|going to|will|'ll) (?:gave|give|giving) me a (?:stroke|heart attack)\b", "idiom"),
]
CLEARERS += [
    Clearer("en.negated.nobody", r"\b(?:nobody|no one|noone|no-one|none of them)\b" + within_clause(25, _NEW_CLAUSE) + r"\b(?:hurt|hit|beat|abus|threaten|touch|harm|chok)\w*", "negated"),
]

# Negation cues also include "nobody"/"no one" and reach a little further ("never had any
# thoughts of self-harm"): a negated match still explains the text to the semantic layer.
NEGATION = (r"(?:\b(?:not|never|no|nor|nobody|no one|without|neither|isn't|aren't|wasn't|am not|i'm not|im not|don't|dont|do not|didn't|won't|wont|"
            r"would never|will never|no longer|not at all|no thoughts of|zero|denies|deny|denied)\b)[^,.;!?]{0,26}$")

# --- Third pass: generic shapes (any violent verb aimed at a person, any weapon carried to
# someone's place, body part + blade in either order) rather than single phrasings.
_PEOPLE = (r"(?:him|her|them|(?:my|his|her|their|that|this|the) (?:step-?)?(?:father|dad|mother|mom|mum|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|ex|"
           r"boss|manager|neighbou?r|landlord|teacher|co-?worker|colleague|roommate|flatmate|friend|baby|newborn|infant|child|kid|kids|family|cousin|uncle|aunt|in-laws?|"
           r"father-in-law|mother-in-law|guy|man|woman|person|bitch|bastard|prick|idiot)s?)")
RULES += [
    crisis("en.harm_to_others.explicit.generic", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|going to|want to|wanna|plan to|planning to|about to|ready to|i could|thinking (?:about|of)|thought (?:about|of))\s+(?:\w+\s+){0,2}?"
           r"(?:stab|strangl|chok|smother|suffocat|shoot|knif|slash|bash|batter|crippl|maim|poison|drown|tortur|beat(?:ing)? up|beat(?:ing)? the (?:shit|hell|crap) out of|attack|murder|run(?:ning)? over)\w*\s+" + _PEOPLE + r"\b"
           r"|\b(?:bring|take|taking|bringing|carry|carrying|grab|grabbing)\w*\s+(?:a|my|the|his|dad'?s)\s+(?:knife|blade|gun|pistol|rifle|shotgun|weapon|machete|axe|crowbar|baseball bat|bat|hammer)\b[^.!?]{0,40}\b(?:to|round to|over to|at)\s+(?:his|her|their|my ex'?s?|the neighbou?r'?s?)\b"
           r"|\b(?:smash|bash|cave|kick|punch|beat)\w*\s+(?:his|her|their)\s+(?:face|head|skull|teeth)\s+in\b",
           "explicit: intent to injure someone"),
    crisis("en.self_harm.explicit.body_blade", C.SELF_HARM, S.HIGH,
           r"\b(?:slic|slash|carv|gouge|scrap|scratch|stab)\w*\s+(?:into\s+)?my\s+(?:own\s+)?(?:arms?|wrists?|skin|legs?|thighs?|stomach|hips?|chest|body)\b"
           r"|\bmy (?:arms?|wrists?|skin|thighs?|legs?|stomach)\b[^.!?]{0,30}\b(?:razor|blade|knife|scissors|broken glass|lighter|cigarette)s?\b",
           "explicit: self-harm"),
    vulnerable("en.hostility.address", V.HOSTILITY, S.HIGH,
               r"\bi (?:know|have|found|got) (?:your|the agent'?s?|her|his|their|your staff'?s?) (?:home )?address\b|\b(?:you'?d )?better watch (?:yourself|yourselves|out)\b"
               r"|\b(?:i'?ll|i will|gonna|going to|i'?m)\s+(?:be\s+)?(?:waiting\s+)?(?:outside|in front of|at the door of|by)\s+(?:your|the|her|his)\s+(?:office|clinic|building|home|house|door|car|workplace|practice)\b",
               "threat aimed at the agent or staff"),
    crisis("en.suicide.implied.no_need_after", C.SUICIDE, S.HIGH,
           r"\b(?:won'?t|will not|shan'?t) need (?:the |my |any |that )?(?:money|savings|cash|things|stuff|anything|refund|belongings)\b[^.!?]{0,20}\b(?:after|past|beyond|from|by)\b",
           "implied: not needing things after a date"),
    crisis("en.abuse.explicit.acts", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|father|dad|mother|mom|mum|stepdad|stepfather|brother|son))\s+(?:\w+\s+)?(?:slammed|threw|pushed|shoved|pinned|kicked|punched|slapped|choked|strangled|dragged|smacked|headbutted|bit|burned|burnt|stamped on|tied up|locked up)\s+me\b",
           "explicit: violence by someone close"),
]
RULES += [
    vulnerable("en.hostility.menace", V.HOSTILITY, S.HIGH,
               r"\b(?:post|posting|posted|publish|publishing|leak|leaking|share|sharing|spread|spreading|put|putting|plaster)\w*\b[^.!?]{0,30}\b(?:her|his|their|your|the agent'?s?|the staff'?s?|the therapist'?s?|the doctor'?s?|[a-z]+'s) (?:home |private |personal )?(?:address|addresses|phone number|home number|number plate|family photos?)\b"
               r"|\b(?:someone|somebody|people|one of you|your staff|you)(?:'s| is| are)? (?:going to|gonna|will) (?:get|end up) (?:hurt|killed|dead|in hospital)\b|\bbrick through (?:your|the) window\b"
               r"|\bhope (?:your|the) (?:office|clinic|building|place) burns\b|\b(?:deserves?|deserve) (?:a (?:good )?beating|to be (?:hurt|beaten|shot|stabbed)|to get (?:hurt|beaten))\b"
               r"|\b(?:should|better) be careful (?:walking|going|when|on (?:her|his|their|your) way)\b|\b(?:after|when) (?:her|his|your|their) shift (?:ends|finishes)\b[^.!?]{0,40}\b(?:wait|find|see|meet|there)\b"
               r"|\b(?:coming|come|going) (?:down )?(?:there|to your (?:office|clinic))\b[^.!?]{0,40}\b(?:hurt|sorry|regret|see what happens|teach|deal with)\b"
               r"|\b(?:make|making) sure (?:everyone|the (?:whole )?world|people) knows? where (?:she|he|they|your \w+) lives?\b|\bi (?:know|found out|found) (?:what car|where) (?:she|he|they|your \w+) (?:drives|parks|lives)\b",
               "threat aimed at the agent or staff"),
]
RULES += [
    # the same threats with words in between ("I know exactly where...", "you'll all regret")
    vulnerable("en.hostility.loose", V.HOSTILITY, S.HIGH,
               r"\b(?:i|we) (?:\w+ ){0,2}?know (?:\w+ ){0,2}?where (?:\w+ ){0,3}?(?:office|clinic|building|headquarters|hq|branch|practice|staff|agents?|therapists?|employees?|receptionist|manager|ceo|boss|you people|you lot|you all|your \w+)\b(?:[^.!?]{0,20}\b(?:is|are|live|lives|work|works|park|parks|based|sits?))?"
               r"|\b(?:set|setting|light|lighting) (?:fire to|a fire (?:in|at)|(?:your|the|this|that) (?:\w+ )?(?:office|clinic|building|place|centre|center) (?:on|alight|ablaze))\b|\bburn (?:you|it|them|you all|the lot of you) (?:all )?(?:down|alive)\b"
               r"|\byou(?:'ll| will|'re going to|'re gonna| are going to| are gonna)? (?:\w+ ){0,2}?(?:all )?(?:regret|rue) (?:this|it|that|the day|what you|ever|messing|crossing)\b|\byou(?:'ll| will) (?:all )?(?:be sorry|pay for (?:this|that|it))\b"
               r"|\b(?:wait|waiting|be waiting|hang(?:ing)? around|stand(?:ing)?|lurk(?:ing)?)\b[^.!?]{0,40}\b(?:outside|in front of|by the (?:door|entrance)|at the (?:door|entrance|car ?park))\b[^.!?]{0,20}\b(?:your|the) (?:office|clinic|building|practice|centre|center|headquarters)\b"
               r"|\b(?:publish|post|leak|share|release|expose|plaster|put up)\w*\b[^.!?]{0,40}\b(?:address|home|where (?:she|he|they) lives?)\b[^.!?]{0,30}\b(?:of|for) (?:your|the|that) (?:agent|staff|employee|worker|therapist|doctor|nurse|receptionist|manager|counsell?or)s?\b"
               r"|\b(?:your|the) (?:agent|staff|employee|worker|therapist|doctor|nurse|receptionist|manager|counsell?or)s?(?:'s)? (?:home )?address\b[^.!?]{0,40}\b(?:online|everywhere|internet|public|post|publish|share|leak)\w*",
               "threat aimed at the agent or staff"),
]
CLEARERS += [
    # "My mum will kill me if this charge shows up": a family or work idiom about a bill, not a threat.
    Clearer("en.idiom.will_kill_me", r"\b(?:my )?(?:mum|mom|mother|dad|father|parents|boss|teacher|accountant|manager|landlord)\s+(?:will|'ll|would|is going to|is gonna|gonna)\s+(?:literally\s+)?kill me\s+(?:if|when)\b"
            r"[^.!?]{0,60}\b(?:charge|bill|card|late|miss|sees?|price|subscription|order|account|payment|invoice|fee|statement)\w*", "idiom"),
    Clearer("en.idiom.shoot_me_now", r"\b(?:just |somebody |someone )?shoot me now\b|\bjust shoot me\b|\bsomeone (?:please )?shoot me\b", "idiom"),
]

# Resolution phrasings without "now" ("that's long behind me", "all in the past").
RESOLVED = RESOLVED + r"|\b(?:long |well |all |far )?behind me\b|\ball in the past\b|\b(?:been|i'?m) (?:well|stable|fine|safe) for (?:years|a long time|\w+ years)\b"
PAST = (PAST + r"|\bas a (?:teen(?:ager)?|kid|child|student)\b|\bin (?:university|uni|my youth)\b|\bback in (?:19|20)\d\d\b"
           r"|\b(?:back )?in (?:college|high school|secondary school|grad school|my (?:teens|twenties|student days))\b|\bback in (?:school|uni|university)\b")

# Topic mentions in a service, course or profession ("a shelter for victims of domestic violence",
# "therapists with training in domestic abuse recovery"), a time-bounded absence ("I won't be
# around next week, business trip") and handing on a device are not disclosures.
CLEARERS += [
    Clearer("en.topic.service", r"\b(?:shelter|refuge|centre|center|charity|organi[sz]ation|victims? of|survivors? of|course|training|programme|program|"
            r"specialis\w*|experience (?:with|in)|awareness|prevention|research|thesis|article|refer\w*|counsell?or|volunteer\w*|hotline|helpline)\b"
            r"[^.!?]{0,30}\b(?:domestic (?:violence|abuse)|suicid\w*|self[- ]?harm\w*|abuse)\b"
            r"|\b(?:domestic (?:violence|abuse)|suicid\w*|self[- ]?harm)\b (?:recovery|survivors|shelter|training|course|prevention|awareness|research|specialists?|support groups?|programmes?|programs?)\b",
            "topic, not a disclosure"),
    Clearer("en.plain.absence", r"\b(?:won'?t|will not|not going to) be (?:around|here|available)\b[^.!?]{0,50}\b(?:trip|holiday|vacation|travel\w*|away|abroad|conference|surgery|exams?|move|moving)\b"
            r"|\b(?:trip|holiday|vacation|travel\w*|away|abroad|conference|surgery|exams?)\b[^.!?]{0,50}\b(?:won'?t|will not|not going to) be (?:around|here|available)\b"
            r"|\b(?:won'?t|will not) be (?:around|here|available) for (?:the |my |our |\w+'s )?(?:session|appointment|call|meeting|class|group)\b", "a time-bounded absence"),
    Clearer("en.plain.device", r"\bgiv(?:e|ing|en) (?:away )?my (?:old )?(?:laptop|phone|tablet|computer|device|ipad|pc|seat|slot|ticket|voucher)s?\b", "handing on a device"),
]
CLEARERS += [
    Clearer("en.idiom.kill_settings", r"\bkill (?:the|these|those|all the|my) (?:notifications?|alerts?|music|sounds?|reminders?|emails?|pop-?ups?|ads?)\b", "idiom"),
]

RULES += [
    crisis("en.suicide.implied.gone_for_good", C.SUICIDE, S.HIGH,
           r"\b(?:i'?ll|i will|i'?m going to|i am going to|i'?d) be (?:gone|dead) (?:for good|forever|by then|soon|by (?:next|the end))\b(?! (?:from|on|off) (?:this|the|your) (?:app|platform|service|site|account))",
           "implied: not expecting to be alive"),
]

# --- Fourth pass: ordinary look-alikes written for cross-validation (evals/screening_cv.py):
# a ticket closed with thanks, someone else's suicide mourned, a past the writer calls closed,
# professionals who name the people they work with, paperwork "affairs".
CLEARERS += [
    Clearer("en.plain.ticket_closing",
            r"\b(?:last|final) (?:message|email|mail|reply|note)\b[^.!?]{0,25}\b(?:on|in|about|for|regarding) (?:this|the|my) (?:ticket|thread|request|case|chat|issue|complaint|refund|invoice|order)\b"
            r"|\b(?:last|final) (?:message|email|mail|reply|note)\b[^.!?]{0,30}\b(?:thanks|thank you|thx)\b (?:\w+ ){0,2}for (?:the |my |your )?(?:refund\w*|fix\w*|sort\w*|resolv\w*|return\w*|help with|quick|update|invoice|reply|answer)"
            r"|\b(?:goodbye|bye)\b[^.!?]{0,40}\b(?:moving|switching|going) (?:to|over to) (?:another|a different|a new|other) (?:provider|company|service|app|clinic)\b",
            "closing a ticket or leaving the service, not a farewell"),
    Clearer("en.topic.their_patients",
            r"\b(?:patients|clients|students|pupils|teens|teenagers|kids|children|young people|people|users|members|veterans|residents)\b (?:who|that|with)\b[^.!?]{0,15}\b(?:self[- ]?harm\w*|cut themselves|hurt themselves|are suicidal|suicidal (?:thoughts|ideation)|attempted suicide|eating disorders?)\b",
            "people the writer works with, not a disclosure"),
    Clearer("en.plain.paperwork",
            r"\b(?:affairs|things|paperwork) in order\b[^.!?]{0,40}\b(?:audit|tax\w*|accountant|business|company|paperwork|move|moving|relocation|visa|mortgage|invoices?)\b"
            r"|\b(?:paperwork|tax\w*|business|company|accounts?)\b[^.!?]{0,30}\b(?:affairs|things) in order\b",
            "paperwork, not settling affairs before death"),
]
# Someone else's suicide, reported: bereavement, not the writer's crisis.
OTHER_PERSON = (OTHER_PERSON + r"|\bmy (?:best |close |old )?(?:mate|friend|buddy|pal|uncle|aunt|grand(?:ma|pa|mother|father|son|daughter)|nephew|niece|cousin|classmate|teacher|student|patient|client|boss|fianc[eé]e?|boyfriend|girlfriend|stepdad|stepmum|stepmom)\b"
                r"|\b(?:died|dies|lost \w+) (?:by|to) suicide\b|\btook (?:his|her|their) own life\b|\bkilled (?:himself|herself|themselves)\b")
RESOLVED = RESOLVED + r"|\b(?:that|this) chapter is (?:closed|over)\b|\b(?:a )?closed chapter\b|\b(?:it'?s|that'?s) (?:all )?(?:in the past|long over|over now)\b|\bhappily (?:married|remarried)\b"

CLEARERS += [
    Clearer("en.idiom.thing_will_kill_me",
            r"\b(?:this|that|the|your|my)? ?(?:traffic|commute|queue|job|work|heat|weather|stress|bill|price|pricing|app|website|site|page|paperwork|deadline|wait|hold music|exam|kids|workload)s? (?:is|are|will|'ll|is going to|is gonna|are going to) (?:literally )?(?:kill|be the death of) me\b"
            r"|\bsuicide (?:mission|run)\b[^.!?]{0,20}\b(?:for|on) (?:my|the|your) (?:wallet|budget|bank|account|sanity|schedule)\b",
            "idiom: a thing that 'will kill me'"),
    Clearer("en.plain.pass_on_goodbye", r"\bsay (?:goodbye|bye|thanks|thank you) to \w+(?: \w+)? (?:for me|from me)\b", "passing on a message"),
]

# A height question with a quiz, homework, bet or trip around it is not research into means (the
# rule above stays broad on purpose: "how tall is the car park on Main St? never mind" is).
# The span runs to the end of the message so it clears the classifier's window too.
CLEARERS += [
    Clearer("en.plain.height_quiz",
            unless_later(r"(?:\b(?:quiz|trivia|homework|school project|essay|bet|visiting|trip|holiday|tourist|asked|can'?t agree|curious)\b[^?؟]{0,100}?\b(?:how (?:tall|high)|how many (?:floors|storeys|stories|metres|meters|feet)|(?:tallest|highest) (?:bridge|building|tower|mountain|cliff)s?|height of)\b[^.!?؟]{0,60}"
                         r"|\b(?:how (?:tall|high)|how many (?:floors|storeys|stories|metres|meters|feet)|(?:tallest|highest) (?:bridge|building|tower|mountain|cliff)s?|height of)\b[^?؟]{0,60}[?؟]?[^?؟]{0,100}?\b(?:quiz|trivia|homework|school project|essay|bet|visiting|trip|holiday|tourist|asked|can'?t agree|curious)\b)",
                         r"\b(?:surviv\w*|fall\w*|jump\w*|die|dying|dead|fatal|lethal|suicid\w*|kill\w*|end it|never ?mind|doesn'?t matter|whatever)\b"),
            "a quiz or travel question, not research into means"),
]
# "...and now I want to follow him": a death reported in the past, and the writer's wish now.
CURRENT = CURRENT + r"|\bi (?:want|need|am going|'m going|plan|wish) to (?:follow|join) (?:him|her|them)\b|\bi (?:want|wish) to be with (?:him|her|them) (?:again|there|now)\b"

# Joking overdoses on food or screens ("I overdosed on coffee today lol") are not poisoning.
CLEARERS += [
    Clearer("en.idiom.food_overdose",
            r"\b(?:overdos\w*|od'?d|o\.d\.'?d) on (?:coffee|caffeine|espresso|sugar|chocolate|candy|sweets|cake|pizza|carbs|cheese|netflix|tv|memes|tiktok|youtube|christmas|festive|cookies|energy drinks?|red bull)\b",
            "idiom: an 'overdose' of food or screen time"),
]
# The height question of en.suicide.implied.affairs, for places it did not name (a quiz or trip
# around it is cleared by en.plain.height_quiz).
RULES += [
    crisis("en.suicide.implied.height_places", C.SUICIDE, S.HIGH,
           r"\b(?:how (?:high|tall)|how many (?:floors|storeys|stories|metres|meters|feet))\b[^.!?]{0,30}\b(?:parking (?:garage|structure|deck|lot)|garage|multi-?stor(?:e)?y|overpass|flyover|tower block|apartment block|block of flats|dam|quarry|viaduct)\b",
           "implied: researching a height"),
]

# Not expecting to outlive a near time ("I don't think I'll survive this week", "I doubt I'll
# make it through the weekend"). The time frame is required: "I won't survive another price
# rise" is hyperbole about a thing, not a date.
RULES += [
    crisis("en.suicide.implied.not_surviving_time", C.SUICIDE, S.HIGH,
           r"\b(?:won'?t|will not|don'?t think i'?(?:ll|will)|doubt (?:that )?i'?(?:ll|will)|not sure i'?(?:ll|will)|not going to|never going to)"
           r" (?:survive|last|get through|live through|make it through|make it to|make it past)"
           r" (?:tonight|today|the night|this (?:week|weekend|night|month)|the (?:week|weekend|month)|tomorrow|friday|monday|next week)\b",
           "implied: not expecting to outlive a near date"),
]

# Implied classes seen missing in cross-validation over the training rows (written rows, not
# evaluation rows): others better off "if I wasn't here", having settled who gets one's pets
# or things, and a written list of people who "will pay".
RULES += [
    crisis("en.suicide.implied.better_without_me", C.SUICIDE, S.HIGH,
           r"\b(?:everyone|everybody|people|my family|my kids|they|them|things)\b[^.!?]{0,30}\b(?:fine|better|easier|happier|cope|manage|okay|ok)\b[^.!?]{0,20}"
           r"\bif i (?:wasn'?t|weren'?t|was not|were not|am not|'m not) (?:here|around|alive)(?: anymore| any more)?\b(?! (?:yesterday|today|on time|at|for|when|last|this))",
           "implied: others better off without me"),
    crisis("en.suicide.implied.who_gets_my", C.SUICIDE, S.HIGH,
           r"\b(?:sorted|worked|figured|decided|arranged|planned) (?:out )?who (?:gets|will get|'ll get|takes|will take|'ll take|inherits) (?:my|all my)\b",
           "implied: giving things away"),
    crisis("en.harm_to_others.implied.list_of_names", C.HARM_TO_OTHERS, S.HIGH,
           r"\blist of (?:names|people|everyone)\b[^\n]{0,60}\b(?:pay|regret|sorry|deserve\w*)\b"
           r"|\b(?:they|everyone|all of them)(?:'ll| will) (?:all )?(?:pay|regret)\b[^\n]{0,60}\blist of (?:names|people)\b",
           "implied: a list of people to hurt"),
]

# Hiding marks: long sleeves or covers worn so that arms, wrists or scars are not seen.
RULES += [
    crisis("en.self_harm.implied.hiding_marks", C.SELF_HARM, S.HIGH,
           r"\b(?:long sleeves?|long-sleeved|hoodies?|bracelets|wristbands?)\b[^.!?]{0,40}\b(?:so (?:that )?|to (?:hide|cover)|because)\b[^.!?]{0,30}\b(?:arms?|wrists?|thighs?|scars?|cuts?|marks?)\b"
           r"|\b(?:hide|hiding|cover|covering|covered) (?:up )?(?:the |my )?(?:scars|cuts|marks|fresh cuts|burns) on my\b"
           r"|\b(?:hide|hiding) (?:the |my )?(?:fresh )?(?:scars|cuts|burns)\b",
           "implied: hiding marks"),
]

# Negated look-alikes: "Suicidal? Me? No.", "my son isn't in any danger", "haven't thought about
# it in years", "the chest pain turned out to be heartburn". "haven't" is NOT a general negation:
# "I haven't told anyone I want to kill myself" is a disclosure.
PAST = PAST + r"|\bin (?:years|ages|a long time|over a year|\d+ years)\b"
RESOLVED = (RESOLVED + r"|\b(?:haven'?t|have not|hasn'?t) (?:thought|felt|had|done|considered)\b[^.!?]{0,40}\bin (?:years|ages|a long time|\d+ years)\b"
            r"|\bturned out (?:to be )?(?:nothing|fine|ok(?:ay)?|harmless|heartburn|reflux|indigestion|a false alarm|a panic attack|muscular|a pulled muscle|anxiety)\b")
CLEARERS += [
    # The answer comes in the next sentence, so a clearer (it spans both), not a negation.
    Clearer("en.negated.asked_no", r"\b(?:suicidal|self[- ]harm(?:ing)?|in danger|unsafe)\s*\?\s*(?:me\s*\?\s*)?(?:no|nope|not at all|never|of course not|hardly)\b", "negated"),
    Clearer("en.resolved.benign_cause",
            r"\b(?:chest pain|pain|symptoms?|bleeding|it)\b[^.!?]{0,20}\bturned out (?:to be )?(?:nothing|fine|heartburn|reflux|indigestion|a false alarm|a panic attack|muscular|a pulled muscle|anxiety)\b",
            "past: a benign cause"),
    Clearer("en.negated.danger", r"\b(?:isn'?t|is not|aren'?t|are not|i'?m not|not|never) (?:in )?(?:any )?(?:danger|unsafe|at risk)\b(?! (?:right now|now|tonight))", "negated"),
]

# A cover story for injuries ("I tell everyone I fell down the stairs, but that's not true").
RULES += [
    crisis("en.abuse.implied.cover_story", C.ABUSE, S.HIGH,
           r"\b(?:tell|told|telling|say|said) (?:everyone|everybody|people|them|the doctor|my (?:family|mum|mom|friends|boss))\b[^.!?]{0,10}\b(?:that )?i (?:fell|walked into|tripped|slipped|bumped)\b"
           r"[^.!?]{0,60}\b(?:not (?:true|what happened|how it happened)|isn'?t true|wasn'?t true|a lie|lying|really)\b",
           "implied: a cover story for injuries"),
]

# --- Fifth pass: classes missed on the independently written dev set (evals/data/screening_fresh/dev),
# written as classes, never as the rows themselves.
RULES += [
    crisis("en.self_harm.implied.own_marks", C.SELF_HARM, S.HIGH,
           either(r"\b(?:marks|cuts|scratches|burns|wounds|scars)\b[^.!?]{0,30}\b(?:wrists?|arms?|thighs?|legs?|skin|stomach)\b",
                  r"\bdid (?:them|it|this|those) (?:to )?myself\b|\bmade them myself\b|\bself[- ]inflicted\b|\bmy own doing\b|\bthird (?:night|time|day) in a row\b", 120, across=True)
           + r"|\b(?:covered|covering|cover|hid|hide|hiding|conceal\w*)\b[^.!?]{0,15}\b(?:the )?(?:fresh|new|latest)\b[^.!?]{0,10}\b(?:marks|cuts|scratches|burns|scars)\b",
           "implied: injuries the writer made"),
    crisis("en.abuse.implied.finds_out", C.ABUSE, S.HIGH,
           either(r"\bif (?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad)) (?:ever )?(?:finds out|found out|sees|saw|knew|knows)",
                  r"\bagain\b|\bwhat (?:he|she|they) did\b|\b(?:hurt|hit|beat|kill|strangle|choke) me\b|\bdo to my face\b|\bbreak my\b", 80),
           "implied: fear of a partner's violence if found out"),
    crisis("en.suicide.implied.no_one_to_bill", C.SUICIDE, S.HIGH,
           r"\b(?:there(?:'ll| will) be )?(?:no ?one|nobody) (?:left )?to (?:bill|charge|invoice)\b",
           "implied: no one left to bill"),
]
RESOLVED = RESOLVED + (r"|\b(?:i'?m|i am) (?:\d{2}|an adult|grown up) now\b[^.!?]{0,30}\b(?:safe|fine|okay|ok)\b"
                       r"|\b(?:i'?m|i am) (?:completely|totally|perfectly|entirely) safe\b")
PAST = PAST + r"|\bas a (?:kid|child|little (?:girl|boy))\b|\bwhen i was (?:a )?(?:kid|child|little)\b"

# Hostility aimed at staff, classes missed on the fresh dev set: wishing the staff dead or hurt,
# insults to the people reading, a veiled threat that someone "will need a doctor".
RULES += [
    vulnerable("en.hostility.death_wish", V.HOSTILITY, S.HIGH,
               r"\bi hope (?:you|all of you|every one of you|your \w+) (?:all )?(?:die|rot|burn|get (?:hit|run over|cancer|sick))\b|\b(?:drop dead|go die)\b"
               r"|\b(?:may|hope) (?:you|your \w+) (?:all )?(?:rot|burn) in hell\b|\bwish (?:you|all of you) (?:were|was) dead\b",
               "wishing the staff dead or hurt"),
    vulnerable("en.hostility.insult", V.HOSTILITY, S.MEDIUM,
               r"\b(?:you(?:'re| are)|you people are|you lot are|you're all|you are all)\s+(?:\w+\s+)?(?:idiots|morons|imbeciles|scum|trash|garbage|worthless|pathetic|clowns|parasites|vultures)\b",
               "abuse aimed at the agent"),
    vulnerable("en.hostility.veiled", V.HOSTILITY, S.HIGH,
               r"\b(?:your (?:receptionist|staff|agents?|therapists?|doctors?|nurses?|people)|one of you|someone there)\b[^.!?]{0,30}\bwill (?:need|be needing) (?:a doctor|an ambulance|a hospital|stitches)\b"
               r"|\byou(?:'ll| will) need (?:an ambulance|a doctor|stitches)\b",
               "a veiled threat to staff"),
]

# Days or weeks ago: a crisis this recent that the writer does not say is over is current.
RECENT = (r"\b(?:yesterday|last (?:night|week|weekend|month)|(?:a|one|two|three|four|few|couple of) (?:days?|weeks?) ago"
          r"|this (?:week|month|morning|weekend)|earlier today|the other (?:day|night)|recently)\b")

CLEARERS += [
    Clearer("en.idiom.death_of_me",
            r"\b(?:is|are|was|will be|'ll be|going to be|gonna be|be)\s+the death of me\b", "idiom: 'will be the death of me'"),
]


# Hostility, two more forms (session 5): an insult used as a form of address ("listen, you
# incompetent ...", "hey you useless ..."), and a veiled threat worded as what staff "will end up"
# needing ("your receptionist will end up in hospital").
RULES += [
    vulnerable("en.hostility.vocative", V.HOSTILITY, S.MEDIUM,
               r"\b(?:listen|hey|look|oi),? you (?:\w+ ){0,2}(?:bitch|cunt|whore|idiot|moron|imbecile|clown|loser|scum|prick|bastard)e?s?\b"
               r"|\byou (?:\w+ )?(?:incompetent|useless|pathetic|worthless|brainless|clueless) (?:bitch|cunt|idiot|moron|imbecile|clown|loser|prick|bastard)e?s?\b",
               "abuse aimed at the agent"),
    vulnerable("en.hostility.veiled_outcome", V.HOSTILITY, S.HIGH,
               r"\b(?:your (?:receptionist|staff|agents?|therapists?|doctors?|nurses?|people|manager)|one of you|someone there)\b(?:(?!\b(?:said|says|told|tells|warned|thinks|my|his|her|their)\b)[^.!?]){0,40}"
               r"\b(?:will|'ll|is going to|are going to|gonna) (?:end up|wind up|be) (?:in (?:a |the )?(?:hospital|er|emergency room|a&e)|needing (?:a doctor|an ambulance|stitches))\b",
               "a veiled threat to staff"),
]

# --- Sixth pass (session 6): classes found by paraphrasing the cross-validation misses into new
# sentences in four languages; each one is a class of statements, not a row.
RULES += [
    crisis("en.harm_to_others.implied.stalking_threat", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\bi know (?:his|her|their) (?:schedule|routine|route|movements)\b|\bi know (?:when|where|which way) (?:he|she|they) (?:leaves?|gets? off|walks?|goes|parks?|drives?)\b",
                  r"\b(?:he|she|they)(?:'ll| will) (?:regret|pay for) (?:it|this|that)\b|\b(?:he|she|they)(?:'ll| will) regret\b|\bget what(?:'s| is) coming\b", 120, across=True),
           "implied: following someone's movements with a threat"),
    crisis("en.harm_to_others.implied.armed_ending", C.HARM_TO_OTHERS, S.CRITICAL,
           either(r"\b(?:sharpened|loaded|got out) (?:the|my|a|his|her)(?: \w+'s)? (?:knife|axe|gun|rifle|shotgun|machete|pistol)\b(?! (?:set|block|sharpener|safe|case|licen[cs]e))|\bbought (?:a|the) (?:gun|rifle|shotgun|pistol)\b",
                  r"\b(?:it|this|that)(?:'ll| will) (?:end|be over|be finished)\b|\b(?:ends?|over) (?:tonight|today|for good)\b|\b(?:he|she|they)(?:'ll| will) (?:regret|pay)\b", 80, across=True),
           "implied: a weapon made ready, with an ending"),
    crisis("en.suicide.implied.not_their_fault", C.SUICIDE, S.HIGH,
           either(r"\b(?:it'?s|it is|it was|this is) not (?:his|her|their|your|anyone'?s) fault\b",
                  r"\b(?:i'?ve|i have) (?:made up my mind|decided|made my decision)\b(?!\s+(?:to|on|about|that|against|whether|not|if|which|what))|\bmy (?:mind|decision) is made\b", 120, across=True)
           + r"|\b(?:tell|let) my (?:mum|mom|mother|dad|father|parents|family|wife|husband|partner|kids|children|sister|brother|therapist|counsellor|counselor)\b"
             r"[^.!?]{0,20}\b(?:it'?s|it is|it was) not (?:his|her|their) fault\s*(?:[.!]|$)",
           "implied: absolving someone in advance"),
    crisis("en.suicide.implied.dose_found", C.SUICIDE, S.CRITICAL,
           r"\b(?:looked up|read up on|googled|searched(?: for)?|found out|checked) (?:online )?(?:the )?(?:lethal |fatal )?(?:dose|dosage|how many|how much)\b[\s\S]{0,80}\b(?:have|got|there'?s|is) (?:enough|plenty)\b(?![^.!?]*\?)",
           "implied: a dose looked up, the means at hand"),
    crisis("en.suicide.implied.not_my_problem_soon", C.SUICIDE, S.HIGH,
           unless_later(either(r"\b(?:never ?mind|(?:it )?doesn'?t matter|no matter)\b",
                               r"\bwon'?t be my (?:problem|concern|worry)\b|\b(?:will not|isn'?t going to) be my (?:problem|concern|worry)\b", 80, across=True),
                        r"\b(?:employer|company|insurer|insurance|work|husband|wife|partner|parents|new (?:plan|card|job|provider)|moving|closing|cancel\w*|switching)\b"),
           "implied: soon no longer their problem"),
]

# --- Seventh pass (session 6): classes from a written probe set of implied disclosures to a
# support desk (each one a class of statements, with look-alikes checked beside it).
_S6_KID = (r"(?:child|children|kid|kids|twins|son|daughter|baby|toddler|infant|newborn|little one|niece|nephew|grand(?:son|daughter|child)|stepson|stepdaughter"
           r"|little (?:brother|sister|boy|girl)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:year|yr)[- ]?olds?)")
_S6_PARTNER = r"(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fianc[eé]e?|spouse|son|daughter|carer|caregiver))"
_S6_SHARP = r"(?:razor|razors|blade|blades|knife|knives|scissors|shard|glass|a piece|the piece|compass|lighter|needle|pin)"
_S6_BODY = r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ribs?|ankles?|chest)"
RULES += [
    # suicide -------------------------------------------------------------------------
    crisis("en.suicide.implied.no_next_time", C.SUICIDE, S.HIGH,
           unless_later(r"\b(?:there(?:'s| is) not going to be|there won'?t be|there(?:'s| is) no) (?:a |any )?next (?:month|year|christmas|summer|birthday) for me\b(?! (?:this|next|because|as|since|until|at|on))"
                        r"|\b(?:the )?last (?:month|bill|payment|invoice) i(?:'ll| will) (?:ever )?(?:be paying|pay|need) (?:for )?(?:anything|at all)\b"
                        r"|\byou won'?t (?:need|have) to (?:bill|charge|invoice) me (?:after|past|from|again|any ?more)\b",
                        r"\b(?:employer|company|insurer|insurance|work pays|new (?:plan|card|job|provider|account)|moving|switching|transfer\w*)\b"),
           "implied: no future left to bill"),
    crisis("en.suicide.implied.stockpile", C.SUICIDE, S.CRITICAL,
           r"\b(?:stockpil|hoard|stash)\w* (?:up )?(?:all )?(?:my |the |of my )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b"
           r"|\bsav(?:e|ed|ing) up (?:all )?(?:my |the )?(?:\w+ )?(?:pills|tablets|meds|painkillers)\b"
           r"|\bcount(?:ed|ing)? (?:out )?(?:all )?(?:the |my )?(?:pills|tablets|meds|painkillers)\b[^.!?]{0,40}\benough\b",
           "implied: pills saved up or counted"),
    crisis("en.suicide.implied.burden_ending", C.SUICIDE, S.HIGH,
           r"\b(?:tired|sick|exhausted) of being (?:a |such a )?(?:weight|burden|drain|problem) (?:on|to|for) (?:my|everyone|everybody|the people|people|them)\b(?! (?:support|team|agents?|staff|service|clinic|therapist|inbox))"
           r"|\bwon'?t have to (?:carry|put up with|deal with|worry about|look after|support) me (?:for )?(?:much )?(?:longer|long|any ?more|soon)\b"
           r"|\b(?:everyone|everybody|people|my \w+|they)\b[^.!?]{0,40}\b(?:better|easier|happier|less \w+|relieved|lighter)\b[^.!?]{0,20}\bif i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:in the picture|around|here|alive)\b",
           "implied: others relieved of the writer"),
    crisis("en.suicide.implied.edge_place", C.SUICIDE, S.HIGH,
           either(r"\b(?:bridge|railing|ledge|edge|tracks|platform|roof|rooftop|balcony|cliff)s?\b",
                  r"\bhow easy (?:it would|it'd|it will) be(?:\s*(?:[.!,;]|$)| to (?:jump|fall|step off|step over|let go|slip|go over|climb over|end it))|\bkeep (?:standing|sitting|leaning|looking down)\b|\blean(?:ing|ed)? over\b", 80)
           + r"|\b(?:just )?walk(?:ing)? (?:out )?into the (?:sea|ocean|river|lake|water)\b(?! (?:for|to|at|with|on|in|together))"
           r"|\b(?:a|the|my) (?:rope|noose)\b[^.!?]{0,40}\b(?:keep (?:going|looking|thinking)|beam|tied|hidden|ready)\b",
           "implied: a high place, water or a rope in the writer's thoughts"),
    crisis("en.suicide.implied.estate_given", C.SUICIDE, S.HIGH,
           unless_later(r"\b(?:the|my) (?:cat|dog|car|house|flat|guitar|jewell?ery|savings|money|pets?|books|laptop) (?:goes|go|will go|is going|are going|can go) to (?:my |the )?(?:\w+ )?\w+(?:'s)?[,;] (?:and )?(?:the|my) \w+ (?:goes |go |will go |to )"
                        r"|\b(?:put|left|leaving|wrote down|written down)\b (?:all )?(?:my )?(?:will|passwords|bank details|pin numbers?)\b[^.!?]{0,40}\b(?:envelope|for my (?:brother|sister|son|daughter|mum|mom|dad|husband|wife|partner|kids|family))\b",
                        r"\b(?:holiday|vacation|trip|travel\w*|away|while|weekend|forget\w*|moving|abroad)\b")
           + r"|\b(?:found|find) (?:my|the) (?:cat|dog|pets?) a (?:new )?home\b[^.!?]{0,40}\b(?:paid off|debts|will|last thing)\b"
           r"|\bmade (?:my )?peace\s*(?:[.!;]|$)|\bmade (?:my )?peace with (?:everything|everyone|it all)\b",
           "implied: settling affairs"),
    crisis("en.suicide.implied.when_found", C.SUICIDE, S.HIGH,
           r"\b(?:when|once|after|if) (?:they|someone|somebody|you|my \w+) finds? me\b(?! (?:a|an|the|some|another|something|someone|somewhere|time|cheaper|better))"
           r"|\b(?:go to )?sleep and (?:not|never) (?:have to )?wake up\b(?! (?:at|before|until|till|so|early|in the|every|during|\d))|\bnever have to wake up\b",
           "implied: being found, not waking"),
    # self-harm -----------------------------------------------------------------------
    crisis("en.self_harm.implied.until_bleeds", C.SELF_HARM, S.HIGH,
           r"\bi(?:\'ve|\'m|\'d)?\b(?: \w+){0,3} (?:scratch|dig|bit|bite|biting|pinch|pick|claw|scrub|rub)\w*\b[^.!?]{0,40}\bmy (?:own )?" + _S6_BODY + r"\b[^.!?]{0,30}\b(?:until|till|til|so hard)\b[^.!?]{0,15}\b(?:bleed\w*|bled|bruis\w*|raw|scar\w*)"
           r"|\b(?:when|once) i see (?:the )?blood\b|\bpain on the outside\b",
           "implied: hurting the skin until it bleeds"),
    crisis("en.self_harm.implied.marks_made", C.SELF_HARM, S.HIGH,
           r"\b(?:i(?:\'ve|\'m|\'d)?\b(?: \w+){0,3}|and) (?:make|made|making|leave|left|leaving) (?:\w+ )?(?:marks|cuts|scratches|burns) (?:on|in|into) my (?:own )?" + _S6_BODY + r"\b"
           r"|\b(?:lie|lied|lying|lies) to (?:the|my) (?:nurse|doctor|gp|mum|mom|dad|teacher|parents|family|therapist) about (?:the )?(?:marks|cuts|scars|burns|scratches)\b"
           r"|\b(?:burns|cuts|marks|scars)\b[^.!?]{0,25}\b(?:aren'?t|are not|weren'?t|were not) (?:really )?from (?:cooking|the (?:cat|oven|stove|dog|kettle|iron)|an accident|gardening)\b"
           r"|\bdid it (?:to|on) my " + _S6_BODY + r"\b|\b(?:cuts|wounds)\b[^.!?]{0,20}\b(?:getting|get|got|are|go) deeper\b",
           "implied: marks the writer made"),
    crisis("en.self_harm.implied.means_on_body", C.SELF_HARM, S.HIGH,
           r"\b(?:use|used|using) (?:a |the |my )?" + _S6_SHARP + r"(?: of glass)? on (?:my ?self|my (?:own )?" + _S6_BODY + r")\b"
           r"|\b(?:burn|burned|burnt|burning|cut|cutting|slash\w*|carv\w*) (?:into )?my (?:own )?(?:forearms?|upper arms?|ankles?|hips?|ribs?|belly)\b(?! (?:on|with) (?:the|a) (?:stove|oven|pan|kettle|iron|toaster|hob|tray))"
           r"|\bcarv\w*\b[^.!?]{0,25}\b(?:into|on) my (?:own )?" + _S6_BODY + r"\b"
           r"|\b(?:pencil )?sharpeners?\b[^.!?]{0,30}\bapart\b|\b(?:take|took|taking|break|broke|breaking|snap|snapped)\w* (?:a |the |my )?(?:disposable )?razors? (?:apart|open)\b"
           r"|\b(?:hid|hidden|hide|hiding|keep|kept|stash\w*)\b (?:a |the |my |some )?(?:scissors|blades?|razors?|knife|knives|lighter)\b[^.!?]{0,40}\bfor when (?:it|things|i|the urges?)\b"
           r"|\b(?:burn|cut|hurt|hit|scratch|bit|bite|pinch|punch)\w*\b[^.!?]{0,40}\b(?:just )?to feel (?:something|anything)\b",
           "implied: a sharp thing or flame used on the body"),
    # harm to others ----------------------------------------------------------------
    crisis("en.harm_to_others.implied.watching_target", C.HARM_TO_OTHERS, S.HIGH,
           r"\b(?:i'?ve|i have|i'?m|i am|i)(?: been)? (?:sitting|parked|parking|waiting|standing|watching) (?:\w+ ){0,2}outside (?:his|her|their|my ex'?s?) (?:house|home|flat|place|work|office)\b[^.!?]{0,30}\b(?:every (?:night|day|evening)|watching|at night|for hours)\b"
           r"|\b(?:i'?ve been|i have been|i keep|i'?m|i am) follow(?:ing)? (?:him|her|them|my ex\S*(?: \w+){0,2}) home\b"
           r"|\bmapped out where\b[^.!?]{0,40}\b(?:lives?|live|works?|parks?)\b"
           + r"|" + either(r"\bi know (?:what time|when|where|which (?:way|route|car park|entrance|bus|train))\b[^.!?]{0,30}\b(?:he|she|they|his|her|their)\b",
                           r"\b(?:he|she|they)(?:'ll| will) (?:find out what happens|learn (?:a|their|his|her) lesson)\b|\bneeds? to learn a lesson\b|\bdeserves? what(?:'s| is)? (?:coming|(?:he|she|they) gets?)\b|\bget what(?:'s| is) coming\b|\bwon'?t know what hit\b", 120, across=True),
           "implied: watching or following someone, with a threat"),
    crisis("en.harm_to_others.implied.weapon_waiting", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:knife|knives|blade|gun|pistol|rifle|shotgun|machete|axe|crowbar|bat|hammer|tyre iron|tire iron)\b[^.!?]{0,50}\b(?:in case (?:i (?:see|run into|bump into|meet)|he|she|they)|for when (?:he|she|they|the \w+|my \w+) (?:comes?|shows?|gets?|tries|walks)|waiting for (?:that (?:guy|man|woman|prick|idiot|bastard|driver|neighbou?r)|my (?:ex|neighbou?r|boss|stepdad)))\b"
           r"|\b(?:he|she|they)(?:'ll| will) be the ones? (?:bleeding|in (?:the )?hospital|in the ground|dead)\b"
           r"|\bso (?:that )?i (?:don'?t|won'?t) miss\b[^.!?]{0,20}\b(?:when|if) i see (?:him|her|them)\b"
           r"|\bwhere (?:i'?d|i would|i'?ll|i will|to) (?:hide|bury|dump) (?:the|his|her|their) bod(?:y|ies)\b"
           r"|\bmake sure (?:he|she|they|my \w+|the \w+) never wakes? up\b",
           "implied: a weapon waiting for someone, or a plan"),
    crisis("en.harm_to_others.implied.poisoning", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:put|putting|slip|slipped|slipping|add|added|adding|mix|mixed|mixing)\b (?:some )?(?:rat poison|poison|antifreeze|bleach|weed ?killer|crushed (?:up )?pills|sleeping pills|my pills)\b[^.!?]{0,20}\b(?:in|into) (?:his|her|their|my \w+'?s?|the \w+'?s?) (?:\w+ )?(?:food|drink|tea|coffee|protein|powder|dinner|lunch|meal|juice|water|wine|beer|bottle|cup|shake|soup)\b",
           "implied: poison in someone's food"),
    crisis("en.harm_to_others.implied.urge_at_baby", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:want|wanting|urge|tempted|feel like)\w*\b[^.!?]{0,10}\bto shake (?:her|him|the baby|my baby)\b"
           r"|\b(?:can'?t|cannot) be trusted (?:around|with) (?:the|my|our) " + _S6_KID + r"\b"
           r"|" + either(r"\b(?:scared|afraid|terrified|frightened) (?:of )?what i(?:'ll| will| might| could) do\b(?! if (?:the|my|your) (?:price|bill|fee|rent))", r"\b(?:the|my|our) (?:baby|newborn|infant|toddler|little one)\b", 80, across=True)
           + r"|\b(?:left|leaving|leave) (?:marks|bruises) on (?:my|the|our|her|his) " + _S6_KID + r"\b",
           "implied: a parent afraid of hurting a child"),
    # abuse ------------------------------------------------------------------------------
    crisis("en.abuse.implied.control_rules", C.ABUSE, S.HIGH,
           r"\b(?:i'?m|i am) not allowed to (?:leave the (?:house|flat|home)|go out|go anywhere|see (?:my|anyone)|talk to (?:my|anyone)|eat|have (?:friends|money))\b"
           r"|\bdecides? who i(?:'m| am)? (?:allowed to |can |get to )?(?:see|talk to|speak to|meet)\b|\bmakes? me ask (?:for )?permission\b"
           r"|\b" + _S6_PARTNER + r"\b (?:\w+ )?(?:takes|took|keeps|kept|holds) (?:all (?:of )?my|my (?:whole|entire))\b[^.!?]{0,15}\b(?:money|pay|paycheck|paycheque|wages|salary|pension|benefits)\b"
           r"|\b" + _S6_PARTNER + r"\b (?:\w+ )?(?:has|keeps|takes|holds|kept|took) my (?:phone|passport|id|car keys|keys|bank card|cards?)\b[^.!?]{0,40}\b(?:so i (?:can only|can'?t|cannot)|most of the (?:day|time)|all (?:day|the time)|and (?:my|won'?t)|won'?t give)"
           r"|\b(?:takes|took|has) my (?:bank card|card|passport|phone|pension|benefits)\b[^.!?]{0,10}\band (?:won'?t|will not|refuses to) give (?:it|them) back\b"
           r"|" + either(r"\b(?:he|she)\b", r"\b(?:no|don'?t have|do not have|without) (?:any )?access to (?:any |my own |our )?(?:money|cash|funds)\b", 80),
           "implied: coercive control"),
    crisis("en.abuse.implied.secrecy_fear", C.ABUSE, S.HIGH,
           unless_later(either(r"\bif (?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:ever )?(?:sees|finds|reads|hears|checks) (?:this|the app|my messages|these messages|that i)\b"
                  r"|\b(?:delete|hide|clear)\w* (?:our |my |the |all )?(?:chats?|messages|history)\b|\blistens to (?:all )?my (?:messages|calls|voicemails)\b"
                  r"|\bopens (?:everything|all my (?:post|mail|letters)|my (?:post|mail|letters))\b|\bso (?:he|she) (?:doesn'?t|won'?t|can'?t) (?:see|know|find|read)\b",
                  r"\b(?:he|she)(?:'ll| will| would|'d)? (?:go (?:mad|crazy|mental|ballistic)|be furious|lose it|flip out|hurt me)\b|\bi'?(?:ll| will) pay for it\b|\bi'?m done for\b", 100, across=True),
                        r"\b(?:surprise|present|gift|birthday|spent|spending|price|bill|lol|haha)\b")
           + r"|\b(?:only|can only) (?:write|message|call|talk|text|reach out|contact you)\b[^.!?]{0,20}\b(?:when|while) (?:he|she|my \w+)(?:'s| is) (?:asleep|sleeping)\b"
           r"|\bso (?:he|she) (?:doesn'?t|won'?t|can'?t) (?:see|know about) (?:this|that i'?m (?:writing|talking|here))\b",
           "implied: hiding contact from a partner out of fear"),
    crisis("en.abuse.implied.violence_acts", C.ABUSE, S.HIGH,
           r"\b" + _S6_PARTNER + r"\b (?:\w+ ){0,2}(?:grabbed|grabs|held|holds|pinned|pins|squeezed) me (?:by|around) (?:the|my) (?:throat|neck|hair)\b"
           r"|\b" + _S6_PARTNER + r"\b (?:\w+ ){0,2}(?:threw|throws|hurled|chucked|flung) (?:a |the |his |her |my )?\w+ at (?:my (?:head|face))\b"
           r"|\b(?:shoves|pushes|knocks|throws|shoved|pushed|knocked) me (?:around|about)\b|\b(?:screams|yells|shouts) at me and (?:throws|hits|breaks|smashes)\b"
           r"|\bif i (?:ever )?(?:leave|try to leave|tell anyone|tell someone|go to the police|call the police|report (?:him|her))(?: (?:him|her))?,? (?:he|she)(?:'ll| will|'d| would) (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|kill|hurt|find me|ruin|make sure)\b"
           r"|\b(?:he|she) (?:told|tells|says|said)\b[^.!?]{0,10}\b(?:nobody|no one|no-one)(?:'d| would|'ll| will) (?:ever )?believe (?:me|you)\b"
           r"|\b(?:hide|hid|hiding|lock (?:myself|ourselves))\b[^.!?]{0,40}\b(?:until|till|til) (?:he|she)(?:'s| is)? (?:falls? asleep|passes out|calms down|leaves|sobers up|goes out)\b"
           r"|\bwalked into (?:a|the) door\b[^.!?]{0,10}\bagain\b|\b(?:had to|have to) (?:say|lie|pretend|tell \w+)(?: that)? i (?:walked into|fell|tripped|bumped)\b"
           + r"|" + either(r"\b(?:sitting|sleeping|hiding|waiting|parked) (?:\w+ )?in (?:the|my) car\b",
                           r"\b(?:scared|afraid|terrified|frightened) to go (?:in|inside|home|back)\b|\b(?:screams|yells|shouts|throws)\w* (?:at me|things)\b", 80, across=True),
           "implied: violence or fear at home"),
    # child safety -------------------------------------------------------------------
    crisis("en.child_safety.implied.adult_secret", C.CHILD_SAFETY, S.CRITICAL,
           unless_later(r"\b(?:coach|teacher|tutor|babysitter|uncle|stepdad|stepfather|neighbou?r|adult|man|woman|stranger|priest|instructor|(?:mum|mom)'?s boyfriend|friend'?s dad|grandpa|cousin|lodger)\b[^.!?]{0,100}"
                        r"\b(?:(?:our|their|a) (?:special |little )secret\b|(?:our|their) secret\b|secret (?:between (?:them|us|the two of)|from (?:his|her|your|their) (?:mum|mom|dad|parents))|keep (?:it|this|that|things) (?:quiet|secret|between (?:us|them))|keep secrets|not to tell (?:his|her|their|anyone|mum|mom|dad|your|my))",
                        r"\b(?:surprise|party|present|birthday|gift|christmas|prize)\b"),
           "implied: an adult's secret with a child"),
    crisis("en.child_safety.implied.online_contact", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:man|woman|adult|guy|someone|somebody|stranger|person)\b[^.!?]{0,40}\b(?:online|on (?:a |the )?(?:game|chat|app|discord|roblox|snapchat|instagram|tiktok|minecraft|fortnite|xbox|playstation)\w*)\b[^.!?]{0,60}"
           r"\b(?:(?:asking|asked|asks|wants|wanted|begging|pressuring|pressured|telling|told)\b[^.!?]{0,25}\b(?:pictures|photos|pics|camera|webcam|undress\w*|naked|meet)|send(?:ing|s)? (?:him|her|them|my \w+) (?:gifts|money|presents))"
           r"|\b(?:camera|webcam) on\b[^.!?]{0,30}\b(?:undress\w*|naked|in (?:the|his|her) (?:bath|shower)|changing)\b"
           r"|\b(?:boyfriend|girlfriend)\W{0,2} (?:is|'s) (?:1[89]|[2-5]\d)\b[^.!?]{0,20}\b(?:she|he)(?:'s| is) (?:only )?(?:1[0-5]|[5-9])\b",
           "implied: an adult contacting a child"),
    crisis("en.child_safety.implied.left_alone", C.CHILD_SAFETY, S.CRITICAL,
           r"\b" + _S6_KID + r"\b[^.!?]{0,30}\b(?:(?:has been|'s been|have been|is|are|was|were|been|being)? ?(?:left )?(?:home )?alone|alone (?:in|at) (?:the )?(?:flat|house|home|car|apartment))\b[^.!?]{0,40}"
           r"\b(?:since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|last night|this morning)|for (?:days|two days|three days|the (?:night|weekend))|all (?:night|weekend)|right now|overnight|till tomorrow|until tomorrow|can'?t get back)\b"
           r"|\b" + _S6_KID + r"\b[^.!?]{0,20}\b(?:was |were |is |been )?left (?:\w+ ){0,2}in the car\b[^.!?]{0,30}\b(?:heat|hot|sun|for hours|hours|all day)\b"
           r"|\b(?:leaves?|left|leaving) (?:our |my |the |her |his )?" + _S6_KID + r" with (?:\w+ ){0,2}(?:drunk|high|stoned|wasted|strangers?)\b",
           "implied: a child left alone or with unsafe adults"),
    crisis("en.child_safety.implied.neglect", C.CHILD_SAFETY, S.HIGH,
           r"\b" + _S6_KID + r"\b[^.!?]{0,40}\b(?:haven'?t|hasn'?t|have not|has not) (?:eaten|had (?:any(?:thing)? )?(?:food|a meal|anything to eat))\b[^.!?]{0,20}\b(?:in days|for days|for \w+ days)\b"
           r"|\b" + _S6_KID + r"\b[^.!?]{0,40}\b(?:come|comes|came|coming) to (?:me|us|our door) (?:asking|begging) for food\b"
           r"|\block\w* (?:him|her|them|the kids?) in (?:his|her|their|a|the) (?:room|cupboard|closet|basement|shed)\b[^.!?]{0,30}\b(?:without food|no food|all day|for hours|overnight|as (?:a )?punishment|for days)\b"
           r"|\b" + _S6_KID + r"\b[^.!?]{0,30}\bout(?:side)? in the cold\b[^.!?]{0,30}\b(?:all night|overnight|for hours|pyjamas|pajamas|no coat)\b",
           "implied: a child neglected"),
    crisis("en.child_safety.implied.unexplained_injury", C.CHILD_SAFETY, S.HIGH,
           unless_later(either(r"\b(?:bruises?|marks|burns|welts|black eye|cuts|injuries)\b[^.!?]{0,50}\b(?:(?:won'?t|can'?t|couldn'?t|doesn'?t|didn'?t|wouldn'?t) (?:explain|say (?:how|where))|not allowed to (?:say|tell)|(?:nobody|no one|no-one) (?:will|can|could|would) explain|(?:terrified|scared|afraid|frightened) of (?:him|her|bath)|flinch\w*)|\bunexplained (?:bruises?|marks|burns|injuries)\b",
                               r"\b" + _S6_KID + r"\b|\b(?:he|she)(?:'s| is) (?:only )?\d\b", 100, across=True),
                        r"\b(?:football|rugby|sports?|playground|tackle|trampoline|bike|skateboard\w*|climbing|lol|haha)\b")
           + r"|\b(?:rough|violent) with (?:my|the|our|her|his) " + _S6_KID + r"\b[^.!?]{0,60}\bflinch\w*"
           r"|\b(?:uncle|stepdad|stepfather|step-dad|(?:mum|mom|mother)'?s (?:boyfriend|partner)|grandpa|grandad|cousin|lodger|brother-in-law)\b[^.!?]{0,20}\bcomes? (?:in)?to (?:her|his|their) (?:room|bed)\b[^.!?]{0,10}\bat night\b"
           + r"|" + either(r"\b" + _S6_KID + r"\b", r"\b(?:doesn'?t want to|won'?t|refuses to|is scared to|begs not to) go (?:to|back to) (?:her|his|their) (?:uncle|stepdad|stepfather|dad|father|grandpa|grandad|cousin|coach|babysitter|tutor|neighbou?r)(?:'s)?\b[^.!?]{0,40}\b(?:cries|crying|scared|terrified|nightmares|shakes|hides)\b", 40),
           "implied: a child's injuries or fear unexplained"),
    # medical emergency ---------------------------------------------------------------
    crisis("en.medical_emergency.implied.stroke_signs", C.MEDICAL_EMERGENCY, S.CRITICAL,
           unless_later(r"\b(?:words|speech)\b[^.!?]{0,20}\b(?:jumbled|garbled|muddled|mixed up|don'?t make sense|sounds? drunk|coming out wrong)\b",
                        r"\b(?:presentation|meeting|interview|exam|speech (?:at|in|to)|on stage|embarrass\w*|nervous|lol|haha|tired)\b")
           + r"|\b(?:one side|left side|right side) of (?:his|her|my|their) (?:mouth|face|body)\b[^.!?]{0,25}\b(?:hanging|drooping|droop\w*|numb|gone dead|dropped|sagging|weak|won'?t move)\b"
           r"|\b(?:can'?t|cannot|couldn'?t) (?:smile|hold (?:a|my|his|her) cup) (?:properly|on one side|any ?more)\b",
           "implied: stroke signs"),
    crisis("en.medical_emergency.implied.cardiac_breath", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\b(?:weight|pressure|elephant|band)\b[^.!?]{0,10}\b(?:on|around|across) my chest\b(?! (?:of|budget|freezer|drawers?))"
           r"|\b(?:pain|ache|it)(?:'s| is)? (?:going|spreading|shooting|radiating|moving) (?:down|into|up) (?:my|his|her) (?:left )?(?:arm|jaw|neck)\b"
           + r"|" + either(r"\binhaler\b[^.!?]{0,20}\b(?:isn'?t|is not|not|doesn'?t|didn'?t|won'?t) (?:doing anything|working|helping|help|work)\b", r"\b(?:wheez\w*|breath\w*|lips?|chest)\b", 60, across=True)
           + r"|" + either(r"\bheart (?:is |'s )?(?:racing|pounding)\b|\bheart rate\b[^.!?]{0,15}\b(?:1[5-9]\d|2\d\d)\b|\bchest\b|\bcan'?t breathe\b",
                           r"\b(?:going to|gonna|about to) (?:pass out|faint|black out|collapse)\b", 60)
           + r"|\bcough\w* (?:up )?blood\b|\b(?:vomit\w*|throwing up) blood\b",
           "implied: heart or breathing symptoms"),
    crisis("en.medical_emergency.implied.allergy_poison", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\b(?:lips?|tongue|throat|mouth)\b(?: and (?:my |his |her )?(?:lips?|tongue|throat|face))?[^.!?]{0,10}\b(?:swell\w*|swollen|puff\w* up|blow\w* up)\b(?! (?:from|after|since) (?:the |my |a )?(?:filler|fillers|injections?|botox|dentist|dental|cold sore|crying|lip))"
           r"|\bthroat (?:feels|is getting|getting|going) (?:tight|closed|closing|swollen)\b"
           r"|\b(?:drank|swallowed|ate|bit into|chewed|licked|sucked)\b[^.!?]{0,30}\b(?:dishwasher|washing[- ]up liquid|laundry|detergent|liquitab|pods?|capsule|cleaner|bleach|drain|e-?liquid|vape (?:juice|liquid)|weed ?killer|pesticide|rat poison|lamp oil|paraffin|white spirit)\w*"
           r"|\b(?:swallowed|ate)\b[^.!?]{0,20}\b(?:magnets?|button cells?|coin cells?)\b"
           r"|\b(?:took|taken|swallowed|had|ate)\b[^.!?]{0,20}\b(?:a whole|the whole|an entire|all (?:of )?(?:her|his|my|the)) (?:strip|box|bottle|packet|pack|blister|sheet)\b",
           "implied: allergy or poisoning"),
    crisis("en.medical_emergency.implied.collapse_signs", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\b" + _S6_KID + r"\b[^.!?]{0,40}\b(?:floppy|limp|lethargic|unresponsive|hard to wake|not waking)\b(?!-)"
           r"|\brash\b[^.!?]{0,30}\b(?:doesn'?t|does not|won'?t|didn'?t) (?:fade|go away|disappear) (?:under|when (?:i|you) press) (?:a |the )?glass\b|\bnon-?blanching\b"
           r"|\b(?:baby|newborn|infant|he|she|lips|face|skin)\b[^.!?]{0,20}\b(?:turning|turned|going|gone|went) (?:blue|purple)\b"
           r"|\b(?:jerking|twitching|thrashing)\b[^.!?]{0,30}\b(?:on the floor|eyes (?:are )?(?:rolled|rolling)|won'?t stop|foaming)|\beyes (?:are )?(?:rolled|rolling) back\b"
           r"|" + unless_later(r"(?<!giving me )(?<!gave me )\bthe worst headache (?:of|in) my life\b|\bworst headache i'?ve ever had\b", r"\b(?:call|bill\w*|app|website|form|meeting|lol|haha|hangover)\b")
           + r"|" + either(r"\b(?:blood )?sugars? (?:is |are |'s )?(?:really |very |dangerously |super )?(?:low|crashing)\b", r"\b(?:can'?t think|confused|passing out|pass out|drowsy|faint\w*|can'?t see)\b", 60, across=True)
           + r"|\bbleeding\b[^.!?]{0,25}\b(?:won'?t|will not|doesn'?t|isn'?t|hasn'?t|not) (?:stop|stopping|stopped|slow\w*)\b"
           r"|\b(?:he|she|my (?:wife|husband|partner|mum|mom|dad|father|mother|son|daughter|friend|mate|flatmate|roommate|housemate|boyfriend|girlfriend|neighbour|neighbor|colleague|coworker|grandma|grandpa|grandmother|grandfather|brother|sister|baby)|dad|mum|mom|grandpa|grandma|granny|grandad|nan|nana)\b[^.!?]{0,15}\b(?:just |suddenly |has )?collapsed\b"
           r"|\bbreathing (?:sounds |is |seems )?(?:all )?(?:strange|weird|funny|odd|noisy|rattly|shallow|gurgling)\b(?! (?:exercises?|techniques?|apps?))"
           r"|\bhit (?:his|her|my|their) head\b[^.!?]{0,60}\b(?:vomit\w*|throwing up|being sick|sleepy|drowsy|confused|unconscious|knocked out|blacked out|won'?t wake)\b",
           "implied: collapse, infant or acute signs"),
]
CLEARERS += [
    Clearer("en.plain.reason_given",
            r"\b(?:won'?t|will not|don'?t) need\b[^.!?]{0,50}(?:[,;]\s*(?:as |because |since )?|\s(?:as|because|since)\s+)(?:i'?m|i am|we'?re|my (?:new )?(?:employer|company|work|insurance|insurer|job))\s+(?:starting|moving|switching|changing|covering|pays|paying|covers)\b",
            "a plain reason for not needing a slot"),
    Clearer("en.plain.clinic_floors",
            r"\bhow (?:many (?:floors|storeys|stories)|tall|high) (?:is|are|does|has) (?:your|the) (?:clinic|office|practice|centre|center|surgery|hospital)(?: building)?\b",
            "asking about the clinic building"),
    Clearer("en.plain.away_on",
            r"\b(?:when|while|after|once) i'?m (?:gone|away) (?:on|for) (?:holiday|vacation|a trip|business|leave|maternity|paternity|a (?:week|month|few)|\d+ (?:days|weeks))\b",
            "a trip, not death"),
    Clearer("en.plain.last_complaint",
            r"\blast time (?:you'?ll|you will) (?:ever )?hear me (?:complain|moan|whine|ask|mention|say|grumble)\b",
            "a last complaint"),
    Clearer("en.plain.blocked_nose",
            r"\bcan'?t breathe? (?:through|out of) my nose\b|\bcan'?t breathe? (?:properly )?(?:because of|with) (?:this|my|a) (?:cold|blocked nose|stuffy nose|hay ?fever)\b",
            "a blocked nose"),
    Clearer("en.idiom.rather_die_than",
            r"\b(?:i'?d|i would) rather (?:die|be dead) than\b[^.!?]{0,40}\b(?:webinars?|meetings?|on hold|queue|phone calls?|forms?|classes|seminars?|presentations?|training|lectures?|paperwork|customer service|(?:this|that) bill)\b",
            "idiom: rather die than sit through something"),
]

# "Nobody knows I ..." introduces a secret, it does not negate what follows.
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + (r"|\b(?:nobody|no one|no-one|noone)(?: [\w']+){0,4}? (?:knows|knew|has noticed|noticed|can tell|sees|suspects|"
                                             r"realises|realizes)\b")
RULES += [
    crisis("en.suicide.implied.where_headed", C.SUICIDE, S.HIGH,
           unless_later(r"\b(?:won'?t|will not|don'?t) (?:be )?(?:need|needing|using|use|taking)\b[^.!?]{0,25}\bwhere i'?m (?:going|headed|heading)\b",
                        r"\b(?:trip|holiday|vacation|camping|abroad|signal|wi-?fi|internet|travel\w*|country|retreat|hospital|rehab|deploy\w*|army|prison|festival|cruise)\b"),
           "implied: not needing things where the writer is going"),
    crisis("en.harm_to_others.implied.remember_my_name", C.HARM_TO_OTHERS, S.HIGH,
           r"\b(?:the (?:school|office|company|whole \w+)|everyone|everybody|they|the world)(?: will|'ll) (?:all )?(?:remember|never forget) my name\b[^.!?]{0,6}\b(?:after|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|soon|forever)\b",
           "implied: a menace against a place or group"),
]
CLEARERS += [
    Clearer("en.plain.burden_on_support", r"\bburden (?:on|to) (?:your|the) (?:support|team|staff|agents?|service|clinic|inbox|helpdesk)\b", "apologising to support"),
]
CLEARERS += [
    Clearer("en.plain.pet_scratch", r"\b(?:cat|dog|kitten|puppy|rabbit|hamster|bird|parrot|guinea pig)s? (?:\w+ )?(?:scratched|bit|clawed|nipped) (?:me|my)\b[^.!?]{0,40}", "a pet's scratch or bite"),
    Clearer("en.plain.waking_early",
            r"\b(?:not|stop|never) wak(?:e|ing) up (?:at \d|before \d|at night\b|in the night\b|so early\b|early\b|every (?:night|morning|hour)\b|during the night\b)",
            "waking early, a sleep question"),
]
CLEARERS += [
    Clearer("en.plain.scratched_outdoors", r"\bscratch\w* (?:my )?(?:arms?|legs?|hands?)\b[^.!?]{0,20}\b(?:in|on|from) (?:the )?(?:brambles|bushes|thorns|roses|garden|hedge|fence|nettles)\b", "scratched outdoors"),
    Clearer("en.plain.shaving",
            r"\b(?:shav\w*|wax\w*|stubble)\b[^.!?]{0,60}\b(?:razor|blade)s?\b|\b(?:razor|blade)s?\b[^.!?]{0,60}\b(?:shav\w*|wax\w*|gel|foam|stubble|hair)\b"
            # a rash from a razor on the legs or face (the body part keeps "a razor to my wrists" out)
            r"|\b(?:razor|blade)s? (?:on|for) (?:my )?(?:legs?|face|neck|armpits?|underarms?|chin|beard)\b[^.!?]{0,40}\b(?:rash|razor burn|bumps|ingrown|irritat\w*)"
            r"|\b(?:rash|razor burn|bumps|ingrown|irritat\w*)\b[^.!?]{0,30}\b(?:razor|blade)s? (?:on|for) (?:my )?(?:legs?|face|neck|armpits?|underarms?|chin|beard)\b",
            "shaving, not self-harm"),
    Clearer("en.plain.kitchen_knife", r"\b(?:knife|knives|blade)\b[^.!?]{0,40}\bfor when (?:\w+ ){0,2}(?:cooks?|cooking|bakes?|carves?|chops?|makes (?:dinner|lunch|tea))\b", "a kitchen knife"),
]


# --- Eighth pass (session 7): time, from rows written for the classifier ------------------------
# "back" alone was a current marker ("given me my licence back" kept a 2015 seizure current); only
# "it's / came back" is now (above). The latest word on time wins (crisis_rules._still_current).
# Resolutions are whole statements that something is over: "nothing since has helped" and "I'd
# never again ask" are not (a test keeps them open).
RESOLVED = RESOLVED + (r"|\bin a (?:much |far |way )?(?:good|better|safer) place\b|\b(?:and )?none since\b|\bnone since then\b"
                       r"|\bnever had (?:another|one|it) (?:again|since)\b|\b(?:haven'?t|have not|hasn'?t) (?:had|happened) (?:one|another|any|it) since\b")
PAST = PAST + (r"|\bback in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
               r"|\bin (?:january|february|march|april|june|july|august|september|october|november|december) last year\b")
# A farewell to the service that says where the writer is going (another provider, a new city,
# the end of treatment) is leaving, not a goodbye to life. The clearer covers the farewell phrase
# only; its ``context`` may stand anywhere in the message, so another crisis sentence still counts.
# Trips and journeys are not a destination here: "going on a long journey" is a euphemism for dying.
CLEARERS += [
    Clearer("en.plain.farewell_with_destination",
            r"\b(?:this is|consider this) (?:my|a) (?:last|final) (?:message|goodbye|note)\b|\bgoodbye (?:everyone|all)\b|\bsaying (?:my )?goodbyes?\b"
            r"|\bgoodbye and thanks?(?: you)? for everything\b|\bthanks? (?:you )?for everything\b|\b(?:this is|so) (?:my )?goodbye\b",
            "leaving the service, with where the writer is going",
            context=r"\b(?:switch\w*|mov\w*|go(?:ing)?|transferr?\w*|chang\w*) (?:over )?to (?:a |an )?(?:new|another|different|other|cheaper|local|in-person|nhs)\b"
                    r"|\b(?:found|got|switching to|moving to|going with) (?:a |an |another |my )?(?:new |local |in-person |cheaper |different )?(?:therapist|counsell?or|provider|clinic|gp|doctor|psychologist|psychiatrist|service|app|practice)\b"
                    r"|\b(?:emigrat\w*|relocat\w*|moving (?:abroad|countries|to (?:[a-z]+ )?(?:city|country|town|[a-z]+shire))|new job in)\b"
                    r"|\b(?:last|final) (?:session|appointment) (?:is |was )?today\b|\bfinish(?:ed|ing)? (?:up )?my (?:last |final )?(?:session|therapy|treatment|course|programme|program)\b"
                    # session 15: the end of therapy and a workplace scheme said otherwise
                    r"|\b(?:therapy|treatment|counselling|counseling)(?:'s| is| has) (?:done|over|finished|complete|ended)\b|\b(?:work'?s|company'?s|employer'?s) (?:eap|employee assistance)\b"),
]
# A goodbye to a person the writer names (a therapist who is retiring, a team) is not a farewell to life.
CLEARERS += [
    Clearer("en.plain.goodbye_to_a_person",
            r"\b(?:saying|say|said) (?:my )?goodbyes? to (?:my|our|the|her|his) (?:old |former |previous |lovely |dear )?(?:therapist|counsell?or|doctor|psychologist|psychiatrist|coach|team|nurse|colleagues?|teacher)\b",
            "a goodbye to a named person", applies_to=r"goodbye"),
]
CLEARERS += [
    Clearer("en.topic.resource_named",
            r"\b(?:suicide|self[- ]?harm|crisis|domestic (?:violence|abuse)|overdose) (?:resources?|pages?|section|articles?|links?|leaflets?|modules?|guides?|policy|webinars?|newsletter)\b",
            "a page or resource named, not a disclosure"),
    Clearer("en.plain.goodbye_said_in_grief",
            r"\b(?:we|i|they|everyone|the family) (?:all )?(?:got|managed|were able|was able) to say (?:our |my |their )?goodbyes?\b",
            "a goodbye to someone who died"),
]

# --- Tenth pass (session 7): explicit and near-explicit classes the whole screener missed on rows
# written apart (cross-validation over training/classifier) ----------------------------------------
RULES += [
    crisis("en.harm_to_others.explicit.thinking_of_killing", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:thinking|thought|dreaming|fantasi[sz]ing) (?:of|about) (?:killing|murdering|stabbing|shooting|strangling|poisoning|smothering) (?:him|her|them|that (?:guy|man|woman|bastard|bitch|idiot)|my " + _RELATION + r")\b",
           "explicit: thinking of killing someone"),
    crisis("en.suicide.implied.at_the_edge", C.SUICIDE, S.CRITICAL,
           unless_near(r"\b(?:standing|sitting|stood|sat) (?:on|at) (?:the |a )?(?:edge of (?:the|a) (?:roof|bridge|cliff|building)|ledge|roof edge|cliff edge|bridge over the (?:motorway|highway|river|tracks|railway|road|water))\b[^.!?]{0,40}\b(?:right now|now|tonight|at the moment)\b",
                       r"\b(?:view|photos?|selfies?|festival|tour|sunset|sunrise|wedding|concert|enjoy\w*|amazing|beautiful|gorgeous|fireworks)\b", 120),
           "implied: at a height, now"),
    crisis("en.self_harm.implied.blade_to_skin", C.SELF_HARM, S.HIGH,
           r"\b(?:scissors|blade|razor|knife|glass|compass) (?:is |are )?(?:against|on|pressed (?:to|against)|to) my (?:skin|wrists?|arms?|thighs?|legs?|hips?)\b",
           "implied: a blade against the skin"),
]

# Recovery after a past event, and symptoms already checked: "since his stroke in March dad is home
# and recovering", "the chest pain was checked at A&E, all normal". The span is the event alone and
# the recovery may be anywhere in the message, so a new symptom elsewhere is still caught.
CLEARERS += [
    Clearer("en.resolved.after_event",
            r"\b(?:after|since|following|post)[- ](?:(?:his|her|my|their|our|mum'?s|mom'?s|dad'?s|the) )?(?:\w+ )?(?:stroke|heart attack|cardiac arrest|surgery|operation|bypass)\b",
            "past: recovering after the event",
            context=r"\b(?:rehab\w*|recover\w*|physio\w*|convalesc\w*|discharged|back home|home from (?:the )?hospital|follow-?up|check-?up)\b"),
    Clearer("en.resolved.checked_normal",
            r"\b(?:chest pain|pain|symptoms?|palpitations|it)\b[^.!?]{0,30}\b(?:was|were|got|been|had it) (?:checked|seen to|examined|looked at|investigated)\b"
            r"[^.!?]{0,60}\b(?:normal|fine|all clear|clear|muscular|nothing (?:serious|wrong|found)|sent (?:me|him|her|us) home)\b"
            r"(?![^.!?]{0,40}\b(?:but|again|worse|back)\b)",
            "past: checked, and normal"),
]

# Eleventh pass (session 8): lying in wait for someone with a weapon, in any order of the words.
RULES += [
    crisis("en.harm_to_others.implied.waiting_armed", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:wait|waiting|lie in wait|lying in wait|be there)\w* for (?:him|her|them|my \w+|that \w+|the \w+)\b[^.!?]{0,40}\bwith (?:a |my |the |his |dad'?s )?(?:knife|gun|bat|baseball bat|crowbar|hammer|machete|axe|pipe|tyre iron|tire iron|shotgun|rifle|pistol)\b"
           r"|\bwith (?:a |my |the )?(?:knife|gun|bat|baseball bat|crowbar|hammer|machete|axe|tyre iron|tire iron|shotgun|rifle|pistol)\b[^.!?]{0,20}\b(?:waiting|lying in wait|i'?ll be waiting) for (?:him|her|them|my \w+|that \w+)\b",
           "implied: lying in wait for someone, armed"),
]

# Session 8 look-alikes: a burn from the cooker, a work-bounded absence, and "won't be needing it"
# with a move abroad anywhere in the message (like the farewell, the span is the phrase alone).
CLEARERS += [
    Clearer("en.plain.kitchen_burn",
            r"\bburn(?:ed|t|ing|s)? (?:myself|my (?:own )?(?:fingers?|fingertips|hands?|arms?|wrists?|thumb))\b(?![^.!?]{0,40}\b(?:on purpose|deliberately)\b)[^.!?]{0,60}\b(?:hob|stove|oven|pan|kettle|iron|toaster|candle|barbecue|bbq|grill|cooking|baking|gas|steam)\b",
            "a burn from the cooker"),
    Clearer("en.plain.absence_for_work",
            r"\b(?:won'?t|will not|not going to) be (?:around|here|available)\b[^.!?]{0,60}\b(?:working|work|job|placement|course|study|studying|exchange|posting|deployment|contract|internship|shifts?)\b",
            "a time-bounded absence"),
    Clearer("en.plain.not_needed_moving",
            r"\bwon'?t (?:be needing|need) (?:it|this|them|anything|any of (?:it|this))\b",
            "not needed after a move",
            context=r"\b(?:emigrat\w*|relocat\w*|mov(?:e|ing) (?:to|abroad|away|overseas|countries)|flight|flying (?:out|to)|new job|visa|abroad|overseas)\b"),
]

FIRST_PERSON = r"\b(?:i|i'm|i've|i'd|i'll|im|ive)\b"

# Clothes bought or exchanged ("the sleeves are too long, can I exchange it?") are not hidden arms.
CLEARERS += [
    Clearer("en.plain.clothing_order",
            # guarded by the garment, so the look-ahead to the sentence end runs only there (tried at
            # every position it took 0.6 s on a 6,000-character message without sentence ends)
            r"(?=\b(?:sleeve|hoodie|jumper|sweater|shirt|jacket|top|cardigan))(?![^.!?]*\b(?:hid\w*|cover\w*|nobody|no one|cuts?|scars?|marks?|bruis\w*|burns?|wounds?)\b)"
            r"\b(?:sleeves?|hoodie|jumper|sweater|shirt|jacket|top|cardigan)\b[^.!?]{0,60}\b(?:too (?:long|short|big|small|tight)|the wrong size|size|exchange|return|refund|fit)\b",
            "clothes bought or exchanged"),
]

# Twelfth pass (session 8): fresh or reopened self-harm marks, a meningitis-type rash, and harm to
# others worded as someone's last day or as not deserving to live.
RULES += [
    crisis("en.self_harm.implied.fresh_marks", C.SELF_HARM, S.HIGH,
           r"\b(?:fresh|new) (?:cuts|marks|lines|burns|scratches)\b[^.!?]{0,20}\bon my (?:arms?|wrists?|thighs?|legs?|hips?|stomach|skin)\b"
           r"|\b(?:cuts|marks|lines|burns|scratches) on my (?:arms?|wrists?|thighs?|legs?|hips?|stomach)\b[^.!?]{0,20}\b(?:are|is) (?:fresh|new|from (?:this morning|last night|today))\b"
           r"|\breopen\w* (?:the )?(?:cuts|lines|wounds|scabs|scars)\b|\bthe lines on my (?:wrists?|thighs?|forearms?)\b"
           r"|\bexcuse\b[^.!?]{0,40}\b(?:marks|cuts|scars|lines) on (?:my|your) (?:arms?|wrists?|thighs?|legs?|hips?)\b"
           r"|\b(?:marks|cuts|scars|lines) on (?:my|your) (?:arms?|wrists?|thighs?|legs?|hips?)\b[\s\S]{0,40}?\bexcuse\b",
           "implied: fresh or hidden self-harm marks"),
    crisis("en.medical_emergency.implied.rash_not_fading", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\brash\b[^.!?]{0,40}\b(?:doesn'?t|does not|won'?t|didn'?t|isn'?t|not) (?:fade|fading|go(?:ing)? away) (?:when|under|with) (?:i |you )?(?:press\w*|a glass|the glass|glass)\b",
           "implied: a rash that does not fade under a glass"),
    crisis("en.harm_to_others.implied.last_day", C.HARM_TO_OTHERS, S.HIGH,
           r"\b(?:will be|is) (?:the |his |her |their )?last (?:day|shift|time|week|meeting) (?:he|she|they)(?: will|'ll)? ever (?:works?|breathes?|walks?|sees?|laughs?|steps?)\b"
           r"|\b(?:he|she|they|people like (?:him|her|them|my \w+)|my (?:boss|manager|ex|neighbou?r|stepdad|landlord)) (?:doesn'?t|don'?t|does not|do not) deserve to (?:keep )?(?:breath\w*|live|be alive)\b"
           r"|\bbring\w* something\b[^.!?]{0,30}\bto (?:finish|end|settle) (?:this|it|her|him|them)\b",
           "implied: harm to someone, worded as their last day"),
]

RULES += [
    crisis("en.suicide.implied.not_deserve_to_live", C.SUICIDE, S.HIGH,
           r"\bi (?:\w+ )?(?:don'?t|do not|no longer) deserve to (?:live|be alive|exist|be here|keep (?:living|breathing|going))\b",
           "implied: not deserving to live"),
]

# A crisis word inside the quoted title of a webinar, book, article or group is a topic.
CLEARERS += [Clearer("en.topic.quoted_title", quoted_title(r"\b(?:webinar|course|workshop|book|article|podcast|module|lecture|training|programme|program|guide|leaflet|booklet|episode|documentary|seminar|worksheet|chapter|support group|group session)"), "a title, not a disclosure")]

# "why didn't I just kill myself", "I wish I hadn't woken up": regret, not denial.
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + r"|\bwhy (?:didn'?t|did not|don'?t|do not|can'?t|cannot|won'?t|couldn'?t) (?:i|we)\b|\bwish i (?:didn'?t|hadn'?t|did not|had not)\b"

# Session 9, negation that is not denial: "I don't know why I haven't killed myself yet", "I can't
# promise I won't hurt myself", "nobody would care if I ...": each was cleared as negated.
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + (
    r"|\b(?:don'?t|do not|can'?t|cannot) (?:know|understand|see|tell) why\b|\bwhy i (?:haven'?t|have not|shouldn'?t|should not|still haven'?t)\b"
    r"|\b(?:can'?t|cannot|won'?t|couldn'?t) (?:promise|guarantee|swear|say for sure)(?: (?:you|anyone))?(?: that)? i (?:won'?t|will not|wouldn'?t|would not)\b"
    r"|\b(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll|is going to|even) (?:care|notice|miss me|mind|know)\b")
RULES += [
    crisis("en.suicide.explicit.why_not_die", C.SUICIDE, S.CRITICAL,
           r"\bwhy (?:can'?t|cannot|couldn'?t) i (?:just )?(?:die|be dead|stop existing|not wake up)\b|\b(?:ended|ends) it all\b", "explicit"),
    crisis("en.suicide.implied.cannot_keep_safe", C.SUICIDE, S.HIGH,
           r"\b(?:can'?t|cannot|couldn'?t|unable to|not able to|don'?t think i can|not sure i can|don'?t know if i can) keep (?:myself|me) safe\b",
           "implied: cannot keep myself safe"),
]
RULES += [
    crisis("en.suicide.implied.unsure_want_to_live", C.SUICIDE, S.HIGH,
           r"\b(?:not|no longer) sure (?:if |that |whether )?i (?:want|wanna) to (?:be alive|live|be here|keep living|keep going|exist)\b",
           "implied: unsure I want to live"),
]
# Passive wishes not to wake up, indifference to dying, "no point in me being here".
RULES += [
    crisis("en.suicide.implied.passive_wish", C.SUICIDE, S.HIGH,
           r"\b(?:wouldn'?t|would not|won'?t|wouldnt) (?:mind|care) if i (?:didn'?t|did not|don'?t|never) wake up\b"
           r"|\b(?:it )?(?:wouldn'?t|would not|won'?t|doesn'?t) (?:matter|make a difference) (?:to anyone )?if i (?:died|was gone|were gone|disappeared|wasn'?t here)\b"
           r"|\b(?:i'?m|i am) not (?:afraid|scared|frightened) (?:to die|of dying|of death)(?: any ?more)?\b"
           r"|\bno point in me (?:being here|being alive|living|staying)\b"
           r"|\bnot (?:going to|gonna) be a (?:problem|burden) (?:for|to) anyone (?:after|for much longer|much longer|soon)\b",
           "implied: passive wish to die"),
]

# Session 10, negation that is not denial (tests/data/negation, written apart by form). The new
# rules start at the verb, not at "I": a negator before "I" belongs to a double negative there.
# - double negatives affirm: "not one night goes by that I don't ...", "never a day without ...",
#   "can't not", "no way I'm not", "it's not that I don't want to";
# - "not just / not only thinking about it" escalates;
# - "I don't trust myself not to ...", "don't (even) care about / if ..." report risk;
# - "ain't nobody gonna miss me", "nobody will find me", "so nobody gets billed after I'm gone",
#   "I wonder why I don't just ...".
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + (
    r"|\b(?:not (?:an?|one)(?: single)?|never a(?: single)?|hardly a|barely a|(?:isn'?t|isnt|is not|there'?s not|theres not) an?(?: single)?"
    r"|(?:don'?t|do not) have a(?: single)?|not a single|no)\s+(?:\w+\s+)?(?:day|night|morning|evening|hour|minute|moment|week|waking hour)s?\b"
    r"[^.!?]{0,40}?\b(?:don'?t|dont|do not|doesn'?t|didn'?t|i'?m not|im not|am not|without)\b"
    r"|\b(?:can'?t|cannot|can not|couldn'?t) (?:help but|not)\b|\bno way (?:i'?m|im|i am|i will|i'?ll) not\b|\b(?:it'?s |its )?not that i (?:don'?t|do not)\b"
    r"|\b(?:not|isn'?t|isnt|is not|aren'?t|arent|are not) (?:just|only|simply|merely)\b|\b(?:don'?t|do not|can'?t|cannot) trust myself(?: not)?\b"
    r"|\b(?:don'?t|do not|no longer)(?: even)? care (?:any ?more )?(?:about|if|whether)\b"
    r"|\b(?:ain'?t )?(?:nobody|no one|no-one|noone|not a soul|not one person)(?:'s| is)? (?:gonna|going to|will|would|'ll|'d)(?: ever| even)? "
    r"(?:see|check|ask|stop|hear|realise|realize|find|notice|miss|care|know|come|look|remember)\b"
    r"|\bwhy i (?:don'?t|do not|can'?t|cannot) (?:just|simply)\b"
    # "nobody" as the subject of another verb denies nothing: "so nobody gets billed after I'm gone"
    r"|\b(?:nobody|no one|no-one|noone) (?:gets?|got|has to|needs? to|should|must|can|could|pays?|finds?|sees?|hears?|reads?|checks?|answers?)\b")
RULES += [
    crisis("en.suicide.implied.thoughts_of_dying", C.SUICIDE, S.HIGH,
           r"\b(?:think|thinking|thought) (?:about|of) (?:dying(?! (?:my|her|his|their) hair)|being dead|ending it(?: all)?|ending things|ending my life|"
           r"not being (?:here|alive|around)|not waking up)\b|\bwish(?:ing|ed)? (?:i was|i were|i'?d be|to be) dead\b",
           "implied: thoughts of dying"),
    crisis("en.self_harm.explicit.want_to_cut", C.SELF_HARM, S.HIGH,
           r"\b(?:want|wanna|need|have the urge|feel the urge|keep wanting) to (?:cut|burn myself|hurt myself|self[- ]harm)"
           r"(?=\s*(?:[,.!?;]|$)|\s+(?:myself|again|tonight|so bad|really bad|all the time|every day|deeper))",
           "explicit: wants to self-harm"),
    crisis("en.self_harm.explicit.cannot_stop", C.SELF_HARM, S.HIGH,
           r"\b(?:can'?t|cannot|couldn'?t|unable to) stop (?:cutting|self[- ]harming|burning myself|hurting myself|scratching myself|hitting myself)\b",
           "explicit: cannot stop self-harm"),
    crisis("en.suicide.explicit.why_not_end_it", C.SUICIDE, S.CRITICAL,
           r"\bwhy (?:haven'?t|have not|didn'?t|don'?t|do not|shouldn'?t|should not) i (?:just )?(?:already )?(?:ended|end) (?:it|my life|things)\b",
           "explicit: why haven't I ended it"),
    crisis("en.suicide.implied.nobody_would_notice", C.SUICIDE, S.HIGH,
           r"\b(?:nobody|no one|no-one|noone)(?: is)? (?:would|will|'d|'ll|is going to|gonna|going to)(?: even)? (?:notice|care|miss me|know|come to my funeral)\b"
           r"[^.!?]{0,30}\b(?:if|when|once|after) (?:i (?:was|were|am|'m) (?:dead|gone)|i die[d]?|i did it|i'?m gone|im gone|i killed myself|i end(?:ed)? it)\b",
           "implied: nobody would notice if I died"),
    crisis("en.suicide.implied.no_reason_to_live", C.SUICIDE, S.HIGH,
           r"\b(?:don'?t|do not|can'?t|cannot) see (?:any |a |the )?(?:reason|point) (?:to be alive|to live|in living|to keep living|to go on|"
           r"in going on|to stay alive|in being alive|in staying alive)\b",
           "implied: no reason to live"),
    crisis("en.self_harm.implied.cannot_promise", C.SELF_HARM, S.HIGH,
           r"\b(?:not sure|don'?t know if|can'?t promise|cannot promise|can'?t guarantee|can'?t say) (?:that )?i (?:won'?t|will not|wouldn'?t) "
           r"(?:cut|burn|hurt|harm|self[- ]harm)\b",
           "implied: cannot promise not to self-harm"),
    crisis("en.suicide.implied.cannot_promise_alive", C.SUICIDE, S.HIGH,
           r"\b(?:can'?t|cannot|couldn'?t) (?:guarantee|promise|say for sure)(?: you)? (?:that )?i'?(?:ll| will) (?:still )?be (?:alive|here|around)\b",
           "implied: cannot promise to be alive"),
    crisis("en.suicide.implied.indifferent_to_dying", C.SUICIDE, S.HIGH,
           r"\b(?:don'?t|do not) care (?:any ?more )?if i (?:crash|die|don'?t wake up|get killed|end up dead|never wake up|walk into traffic)\b",
           "implied: does not care if I die"),
    crisis("en.suicide.explicit.decided_to_end", C.SUICIDE, S.CRITICAL,
           r"\b(?:made up my mind|(?:i'?ve |i have |i )?decided|i'?m determined) to end (?:it|my life|things|it all)\b",
           "explicit: decided to end my life"),
    crisis("en.self_harm.implied.means_hidden", C.SELF_HARM, S.HIGH,
           r"\b(?:razor )?blades? (?:hidden|stashed)\b|\bhid(?:den|ing)? (?:the |my |some )?(?:razor )?blades\b"
           r"|\bburn(?:ed|t|ing)? (?:my (?:arm|arms|wrist|wrists|leg|legs|skin|hand|thigh)|myself) with (?:a )?(?:lighter|cigarette|match|hot)\b",
           "implied: means hidden or self-inflicted burns"),
]
# Policy and training questions about what happens when "a client says they're suicidal" name the
# topic, not a disclosure: the crisis words sit inside a hypothetical about someone else, in a
# message that asks about the service's procedure.
CLEARERS += [
    Clearer("en.topic.policy_hypothetical",
            r"\b(?:if|when|whenever|in case) (?:a |an |the )?(?:client|customer|caller|someone|somebody|user|person|patient|member|people|"
            r"clients|customers|callers|users|patients|members)\b[^.!?]{0,15}\b(?:says?|said|mentions?|types?|writes?|tells?|discloses?|"
            r"reports?|expresses?|talks? about|is|are|seems?)\b[^.!?]{0,60}",
            "a policy question about someone hypothetical",
            context=r"\b(?:what (?:does|do|would|will|should|happens)|how (?:should|do|does|would)|does (?:the|your) (?:app|service|platform)|"
                    r"do you|do we|is (?:it|there)|your (?:service|policy|protocol|team|app|platform)|agents?|protocol|policy|escalat\w*|"
                    r"confidentiality|training|onboarding|quiz|new therapist|team lead)\b"),
    Clearer("en.topic.disclosure_procedure",
            r"\b(?:domestic (?:abuse|violence)|suicide|self[- ]harm|suicidal|abuse|safeguarding) (?:disclosures?|cases|calls|protocols?|policy|"
            r"policies|procedures?|escalations?|risk assessments?|training|scripts?)\b",
            "a procedure named, not a disclosure"),
    Clearer("en.over.not_in_years",
            r"\b(?:haven'?t|have not|hasn'?t|has not)\b[^.!?]{0,40}\b(?:in|for) (?:over |more than |almost |nearly )?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) (?:years?|yrs)\b",
            "not for years: over"),
    Clearer("en.over.old_scars",
            r"\b(?:old|healed|faded) (?:self[- ]harm |cutting )?(?:scars?|marks?)\b", "old scars: not current"),
]
RESOLVED = RESOLVED + (r"|\bnow (?:i'?m|i am) (?:well|fine|ok(?:ay)?|better|doing (?:well|fine|ok(?:ay)?))\b|\bi'?m through it\b|\b(?:discharged|graduated) me\b"
                       r"|\bhaven'?t (?:done|had|felt|thought)\b[^.!?]{0,30}\b(?:in|for) (?:over |more than |almost |nearly )?"
                       r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) (?:years?|yrs)\b"
                       r"|\bnothing current\b")

# Session 10, double negation: English has no negative concord, so two negative words before a
# crisis phrase affirm it ("can't say I'm not tempted to take the whole box", "it's not like I haven't
# got the blades ready"); crisis_rules counts them between the last NEGATION_SCOPE word and the match.
NEGATORS = (r"\b(?:not|never|no|nor|none|nothing|nobody|no one|neither|without|zero|cannot"
            r"|dont|cant|wont|isnt|arent|wasnt|werent|havent|hasnt|hadnt|didnt|doesnt|couldnt|wouldnt|shouldnt|aint)\b|n't\b")
NEGATION_SCOPE = r"\b(?:and|or|but|because|cause|cuz|coz|so|since|that|which|who|when|where|if|while|though)\b"

# Session 10, second pass (tests/data/negation, second writer): the first pass was too close to the
# first writer's words. By form:
# - negative-polarity verbs count as negators: "I'm not stopping the cutting", "won't pretend I can
#   keep from burning myself", "zero reason to stop hurting myself" affirm;
# - a negated conditional about someone else does not negate what he does: "if dinner isn't ready he hits me";
# - "no one's going to see the cuts", "not a soul would notice if I walked into the woods";
# - new current-risk forms: picturing one's death, "nobody will find me till ...", indifference to
#   how deep the cuts go, "past caring if I put the car into the barrier", "don't want to be on this
#   earth by Christmas", "death doesn't scare me anymore", "you can't stop me jumping", a plan with a
#   date beside dark thoughts, a pet given away beside a will, "don't try to talk me out of it";
# - look-alikes: "X isn't something I've ever done", "at no point did I say ...", "wouldn't dream of",
#   a form's quoted question answered "- No", "that's long gone", someone else's death by suicide.
NEGATORS = NEGATORS + r"|\b(?:stop|stops|stopped|stopping|quit|quitting|keep from|keeping from|refrain from|resist|resisting)\b"
NEGATION = NEGATION + r"|(?:\b(?:wouldn'?t|would not|wouldnt) (?:dream of|ever|consider)\b)[^,.;!?]{0,26}$"
NEGATION_AFTER = (r"^\s*(?:isn'?t|is not|was never|wasn'?t|has never been|have never been|are not|aren'?t) "
                  r"(?:something|anything|a thing|an issue|a problem|part of (?:my|me))\b")
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + (
    r"|\b(?:if|when|whenever|unless)\b[^,.;!?]{0,30}?\b(?:isn'?t|isnt|aren'?t|don'?t|dont|doesn'?t|didn'?t|wasn'?t|weren'?t|not|never|won'?t|can'?t)\b"
    r"(?: [\w']+){0,3}?(?= (?:he|she|they)\b)"
    r"|\b(?:if|when|whenever|unless) (?!i\b|i'?m\b|im\b)[^,.;!?]{0,30}?\b(?:isn'?t|isnt|aren'?t|don'?t|dont|doesn'?t|didn'?t|wasn'?t|weren'?t|not|never|won'?t|can'?t)\b"
    r"(?: [\w']+){0,3}? ?$"
    r"|\b(?:won'?t|wont|can'?t|cant|not going to) pretend\b")
RULES += [
    crisis("en.suicide.implied.picturing_death", C.SUICIDE, S.HIGH,
           r"\b(?:picture|picturing|pictured|imagine|imagining|visuali[sz](?:e|ing)) (?:myself )?(?:jumping|hanging|stepping (?:off|in front)|"
           r"driving (?:off|into)|crashing into|overdosing|drowning|being dead|dead|in a coffin|at my own funeral)\b",
           "implied: picturing one's own death"),
    crisis("en.suicide.implied.nobody_will_find_me", C.SUICIDE, S.HIGH,
           r"\b(?:nobody|no one|no-one|noone|not a soul)(?: is)?(?:'s)? (?:will|would|'ll|gonna|going to|is going to) (?:find|discover) (?:me|my body)\b"
           r"(?= (?:till|until|for (?:days|weeks|a while|ages)|in time|before|there|where i'?m going|when it'?s (?:done|over)))",
           "implied: nobody will find me in time"),
    crisis("en.self_harm.implied.indifferent_to_wounds", C.SELF_HARM, S.HIGH,
           r"\b(?:don'?t|do not|dont|no longer|past) (?:even )?car(?:e|ing) (?:any ?more )?(?:if|how(?: deep| bad| many)?|whether) (?:the |my )?(?:cuts?|burns?|wounds?)\b"
           r"|\bhow deep (?:the cuts|they go|i cut|i go)\b",
           "implied: indifferent to self-inflicted wounds"),
    crisis("en.suicide.implied.indifferent_crash", C.SUICIDE, S.HIGH,
           r"\b(?:past caring|(?:don'?t|do not|dont) care(?: any ?more)?|no longer care) (?:if|whether) i (?:put|drive|drove|steer|crash|walk|step) "
           r"(?:the car |my car )?(?:into|off|in front of|onto)\b",
           "implied: indifferent to a fatal crash"),
    crisis("en.suicide.implied.not_on_this_earth", C.SUICIDE, S.HIGH,
           r"\b(?:don'?t|do not|dont) (?:want|wanna|wish) to (?:be (?:on this earth|on earth|in this world|alive)|exist)\b"
           r"(?=\s*(?:[.,!?;]|$|any ?more|by\b|after\b|next\b|tomorrow|tonight|much longer|for much longer|past\b|beyond\b))",
           "implied: not wanting to be alive"),
    crisis("en.suicide.implied.death_no_fear", C.SUICIDE, S.HIGH,
           r"\b(?:death|dying) (?:doesn'?t|does not|doesnt|no longer|won'?t) (?:scare|frighten) me\b", "implied: no fear of death"),
    crisis("en.suicide.explicit.cannot_stop_me", C.SUICIDE, S.CRITICAL,
           r"\b(?:can'?t|cannot|won'?t|wont|nobody can|no one can|nothing can|nothing will)(?: \w+)? stop me (?:from )?(?:jumping|doing it|"
           r"killing myself|ending it|ending my life|taking (?:them|the pills|the tablets)|going through with it)\b",
           "explicit: nobody can stop me"),
    crisis("en.suicide.implied.plan_with_date", C.SUICIDE, S.HIGH,
           either(r"\bdark thoughts\b|\bsuicid\w*|\bend(?:ing)? it\b|\bkill(?:ing)? myself\b|\bdie\b|\bdying\b",
                  r"\b(?:plan|note) with (?:a|the) date\b|\b(?:picked|set|chosen|chose) (?:a|the) date\b", 80, across=True),
           "implied: a plan with a date"),
    crisis("en.suicide.implied.pet_and_will", C.SUICIDE, S.HIGH,
           either(r"\b(?:given|gave|giving|rehomed|rehoming) (?:away )?(?:my |our )?(?:cat|dog|pet|rabbit|bird|hamster|parrot)s?\b",
                  r"\b(?:written|wrote|writing|made|updated|sorted) (?:out )?my will\b|\bgoodbye (?:letters?|notes?)\b", 120, across=True),
           "implied: a pet given away and a will written"),
    crisis("en.suicide.implied.talk_me_out", C.SUICIDE, S.HIGH,
           unless_near(r"\b(?:don'?t|do not|dont|no point|no use|you can'?t|nobody can|no one can)(?: even)? (?:try(?:ing)? to )?talk me out of (?:it|this)\b",
                       r"cancel|subscription|refund|switch|provider|plan\b|membership|leaving the (?:app|service)|moving", 120),
           "implied: decided, refusing to be talked out of it"),
]
CLEARERS += [
    Clearer("en.negated.never_said",
            r"\b(?:at no point|never) (?:did|have|had) i (?:say|said|write|written|wrote|type|typed|mention|mentioned|claim|claimed)\b[^.!?]{0,50}",
            "denies having said it"),
    Clearer("en.reported.died_by_suicide",
            unless_later(r"\b(?:died|passed away|was lost|lost (?:him|her|them)) (?:by|to) suicide\b",
                         r"\b(?:join|follow) (?:him|her|them)\b|\bsame way\b|\bdo the same\b|\bi want to die\b|\bkill myself\b"),
            "someone else's death by suicide"),
]
RESOLVED = RESOLVED + r"|\b(?:that'?s|it'?s|thats|its) (?:long )?gone\b|\blong gone\b|\b(?:that'?s|it'?s) behind me\b"
RULES += [
    crisis("en.self_harm.explicit.not_stopping", C.SELF_HARM, S.HIGH,
           r"\b(?:not|never|won'?t be|wont be) (?:stopping|quitting|giving up) (?:the |my )?(?:cutting|self[- ]harm(?:ing)?|burning)\b",
           "explicit: not stopping self-harm"),
    crisis("en.suicide.implied.wont_come_back", C.SUICIDE, S.HIGH,
           r"\b(?:nobody|no one|no-one|noone|not a soul|not one person)(?: is)? (?:would|will|'d|'ll|is going to|gonna|going to)(?: even| ever)? "
           r"(?:notice|care|miss me|know)\b[^.!?]{0,60}\b(?:didn'?t|did not|never|wouldn'?t) (?:come back|came back|return|returned|wake up|woke up|make it back|made it back)\b",
           "implied: nobody would notice if I never came back"),
]

# Session 11 (sixth written batch, training/classifier/en-implied2.jsonl): look-alikes the rules
# flagged, by form. Each clearer is bounded so that a disclosure beside it is still read.
# - a topic studied, taught or contracted for: "a dissertation on how chatbots detect overdose
#   risk" (no first-person word between the study and the topic: "my essay on Keats made me want
#   to overdose" is still read), "the 'self-harm and coping skills' module", "a clause on what
#   happens if an employee discloses self-harm", "clients experiencing domestic abuse";
# - a past the writer says is over: "I've been well ever since", "haven't done it for over a decade";
# - a symptom already explained: "his chest pain was a pulled muscle";
# - an absence from sessions: "won't be here for the in-person sessions";
# - "shoot me." about a booking;
# - "when I said no, he shoved me" reports a refusal: it does not negate what follows.
_S11_TOPIC = (r"(?:overdos\w*|suicid\w*|self[- ]?harm\w*|domestic (?:violence|abuse)|abuse|eating disorders?|"
              r"(?:sexual )?assault|safeguarding)")
_S11_NOT_ME = r"(?:(?!\b(?:i|i'?m|i'?ve|i'?d|me|my|myself|mine)\b)[^.!?]){0,50}"
CLEARERS += [
    Clearer("en.topic.studied",
            r"\b(?:dissertation|thesis|essay|paper|research|study|studies|project|assignment|coursework|article|report|podcast|interview|survey)\b"
            r" (?:(?:is|was|will be) )?(?:on|about|into|of|looking at|exploring)\b" + _S11_NOT_ME + r"\b" + _S11_TOPIC + r"\b",
            "a topic studied, not a disclosure"),
    Clearer("en.topic.titled_before_noun",
            r"(?:^|(?<=[\s(]))[\"'“‘«„][^\"'”’»\n]{1,60}[\"'”’»] (?:module|course|webinar|workshop|worksheet|programme|program|pathway|"
            r"session|class|group|track|unit|lesson|booklet|leaflet|guide|series|plan|package)s?\b",
            "a title, not a disclosure"),
    Clearer("en.topic.contract_clause",
            r"\b(?:clause|policy|procedure|protocol|pathway|process|guidance|contract|sla|terms)\b (?:on|about|for|covering|regarding)\b"
            r"[^.!?]{0,30}\b(?:if|when|whenever) (?:a|an|the|any|our|one of our) (?:employee|staff member|member of staff|worker|colleague|"
            r"student|pupil|client|patient|user|member|caller)s?\b" + within_clause(60, _NEW_CLAUSE),
            "a contract or policy about someone hypothetical"),
    Clearer("en.topic.their_clients_experiencing",
            r"\b(?:clients|patients|employees|staff|students|pupils|members|users|people|young people|families|women|men|survivors|service users)\b"
            r" (?:experiencing|affected by|living with|at risk of|fleeing|recovering from|who (?:have )?(?:experienced|survived|disclose[sd]?))\b"
            r"[^.!?]{0,15}\b" + _S11_TOPIC + r"\b",
            "people the writer works with, not a disclosure"),
    Clearer("en.resolved.symptom_explained",
            r"\b(?:chest pain|pain|symptoms?|palpitations|numbness|dizziness|it)\b (?:was|were) (?:just |only |actually |in the end )?"
            r"(?:a pulled muscle|muscular|heartburn|reflux|indigestion|a panic attack|anxiety|nothing serious|a false alarm|wind|trapped wind|a virus|a migraine)\b",
            "past: a benign cause"),
    Clearer("en.plain.absence_sessions",
            r"\b(?:won'?t|will not|not going to) be (?:around|here|available) for (?:the |my |our |any |\w+'s )?(?:[\w-]+ )?"
            r"(?:sessions?|appointments?|calls?|meetings?|class(?:es)?|groups?|visits?)\b",
            "a time-bounded absence"),
    Clearer("en.idiom.shoot_me",
            r"(?:^|(?<=[.!?]\s))(?:just |somebody |someone |please )?shoot me(?: now)?(?=\s*[.!,]|\s*$)",
            "idiom",
            context=r"\b(?:book\w*|double-?booked|appointment|session|bill|invoice|app|log ?in|password|meeting|reschedul\w*|payment|charged?|"
                    r"exam|update|form|queue|hold|wifi|internet|monday|deadline|4pm|\d{1,2}(?:am|pm))\b"),
]
RESOLVED = RESOLVED + (r"|\b(?:i'?ve|i have|have|has|he'?s|she'?s|they'?ve) been (?:well|fine|ok(?:ay)?|good|stable|safe|healthy|settled|clean) (?:ever )?since\b"
                       r"|\b(?:haven'?t|have not|hasn'?t|has not)\b[^.!?]{0,40}\b(?:in|for) (?:over |more than |almost |nearly |well over )?(?:a|one|two|three) decades?\b"
                       r"|\bno contact (?:for|in) (?:years|ages|a long time|\d+ years|over a year)\b")
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + r"|\b(?:said|say|says|saying|told (?:him|her|them)|tell (?:him|her|them)) no\b"

CLEARERS = revised(CLEARERS, "en.negated.never_said", substituted(r"[^.!?]{0,50}", within_clause(50, _NEW_CLAUSE)))

# Session 12: sexual abuse of a child or a sibling, told by the writer ("my uncle molests my little
# brother"). The rules read abuse of the writer ("he touches me"); someone else as the victim was
# left to the semantic layer. Written from the audit's own sentences, not from any evaluation row.
_S12_KIN_VICTIM = (r"(?:my|our) (?:little |younger |baby |big |older |step-?|half-?|\d+[- ]year[- ]old )*"
                   r"(?:brother|sister|son|daughter|child|children|kids?|niece|nephew|girl|boy|stepdaughter|stepson)s?")
RULES += [
    crisis("en.child_safety.explicit.sexual_abuse_of_kin", C.CHILD_SAFETY, S.CRITICAL,
           rf"\b(?:molest\w*|rap(?:e|es|ed|ing)|sexually (?:abus\w*|assault\w*|touch\w*)|grop\w*|fondl\w*|abus\w* sexually)\s+{_S12_KIN_VICTIM}\b",
           "explicit: sexual abuse of a child or sibling"),
    crisis("en.harm_to_others.explicit.strangle", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\bi(?:'ll| will|'m going to| am going to|'m gonna| am gonna) (?:strangle|choke|suffocate|smother) (?:him|her|them|my \w+)\b",
           "explicit: intent to strangle someone"),
]

# Session 12, rule coverage (helper): forms the English rules missed in disclosures written apart
# by category (tests/data/rules_s12/en.json): someone close intending to end their life
# ("plans to end her life"), a child or someone close cutting, a relapse into cutting, stalking by
# a partner or ex, a weapon together with a target or revenge, fear of one's own violence, arson of
# someone's home, violence against the writer's child or younger sibling, a child who says an adult
# hurts them, no food for the children, a drunk driver with a child in the car, a child locked in a
# cupboard, a neighbour's child hungry and marked, someone else's intent to kill their partner, a
# seizure by its signs ("foaming at the mouth and shaking"), someone else's overdose ("took all her
# antidepressants at once"), "a loaded gun"; "don't tell my therapist I cut again" is a plea for
# secrecy, not a denial. Look-alikes cleared: resources on domestic violence for students, "if they
# mention wanting to end their life", "beats my daughter at chess", "hurt her feelings", "the kids'
# toys are locked in the shed".
_S12_YOUNG_KIN = (r"(?:my|our) (?:little |younger |baby |kid |small |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr)[- ]old |step-?)*"
                  r"(?:(?<=little )(?:brother|sister)|(?<=younger )(?:brother|sister)|(?<=baby )(?:brother|sister)|(?<=kid )(?:brother|sister)|(?<=old )(?:brother|sister)"
                  r"|sons?|daughters?|kids?|children|child|baby|babies|toddlers?|stepsons?|stepdaughters?|little ones?|twins)")
_S12_WEAPON = r"(?:gun|knife|knives|pistol|rifle|shotgun|machete|axe|weapon|blade)"
RULES += [
    crisis("en.suicide.third_party.intends_to_end_life", C.SUICIDE, S.CRITICAL,
           r"\b(?:plans?|planning|has a plan|going|gonna|wants?|wanting|trying|tries|threaten\w*|talk\w* about|thinking (?:about|of)|decided|ready|about)"
           r"(?: to)? (?:end|ending|take|taking) (?:his|her|their) (?:own )?li(?:fe|ves)\b(?!['’]?s?\s*(?:sentences?|savings|back|insurance|story|stories|work|in (?:his|her|their) hands|over|into|seriously|more seriously)\b)",
           "someone else at risk: intends to end their life"),
    crisis("en.self_harm.third_party.cutting", C.SELF_HARM, S.HIGH,
           r"\b(?:is|are|'s|has been|have been|'s been|been|keeps?|started|starting|still) (?:cutting|burning|self[- ]?harming|harming) "
           r"(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?))\b(?! (?:out|on|by|with|while|shaving|cooking)\b)"
           r"|\b(?:is|are|'s|has been|have been|'s been|been|keeps?|started|starting|still) (?:scratching|picking at|digging into) (?:his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin)\b[^.!?]{0,30}\b(?:till|until|til|so hard|bleed\w*|bled|raw)\b"
           r"|\b(?:he|she|they|my (?:son|daughter|child|kid|brother|sister|teen|teenager|partner|friend))\b[^.!?]{0,20}\bcuts (?:him|her|them)sel(?:f|ves)\b(?! (?:on|by|with|while|shaving)\b)",
           "someone close is self-harming"),
    crisis("en.self_harm.explicit.relapse", C.SELF_HARM, S.HIGH,
           r"\brelaps\w* (?:and|&|again and|today and|last night and) (?:cut|burn(?:ed|t)?|self[- ]?harm\w*|hurt myself)\b|\brelaps\w* (?:on|into|with) (?:cutting|burning|the blades?|self)"
           r"|\bi (?:cut|burned|burnt) (?:myself )?again\b(?! (?:the|my|a|an|some|it|this|that|our|your|his|her|its|down|back|costs?|prices?)\b)",
           "explicit: a relapse into self-harm"),
    crisis("en.abuse.implied.stalking", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:ex(?:-\w+)?|husband|wife|partner|boyfriend|girlfriend|stalker))\b[^.!?]{0,60}\b(?:following|stalking|watching) me\b(?! (?:on|around) (?:instagram|insta|twitter|tiktok|social|facebook|x|the app|here)\b)"
           r"|\b(?:someone|somebody|a (?:man|guy|woman)|this (?:man|guy|woman))\b[^.!?]{0,30}\b(?:following|stalking) me\b(?! (?:on|around) (?:instagram|insta|twitter|tiktok|social|facebook|x|the app|here)\b)"
           r"|\b(?:i'?m|i am|i'?ve been|i have been) (?:being )?stalked\b",
           "implied: followed or stalked by someone close"),
    crisis("en.harm_to_others.implied.weapon_and_target", C.HARM_TO_OTHERS, S.CRITICAL,
           unless_near(either(r"\b(?:bought|buy|buying|got|have|'ve got|loaded|sharpened|found|hid|hidden|packed|ready)\w* (?:a |the |my |his |dad'?s )?" + _S12_WEAPON + r"\b"
                  r"|\b" + _S12_WEAPON + r" (?:is )?(?:ready|loaded|sharpened)\b",
                  r"\bmake (?:them|him|her|everyone|you) (?:all )?pay\b|\bknow where (?:he|she|they|that \w+|my ex) (?:lives?|works?|sleeps?|parks?|stays?)\b"
                  r"|\bget (?:my )?revenge\b", 80, across=True),
                       r"\b(?:hunt\w*|carv\w*|cook\w*|kitchen|camping|fishing|range|licen[cs]e|deer|turkey|game|lol|haha|jk)\b", 160),
           "implied: a weapon and a target or revenge"),
    crisis("en.harm_to_others.explicit.afraid_i_will_hurt", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:scared|afraid|worried|terrified|frightened)\b[^.!?]{0,10}\bi(?:'ll| will| might| could| am going to|'m going to|'m gonna) (?:actually |really )?(?:kill|hurt|attack|stab|harm) "
           r"(?:someone|somebody|him|her|them|people|my \w+)\b(?! (?:feelings|chances|career|reputation|pride|business|grades|confidence))"
           r"|\b(?:could|might|want to|wanna) (?:kill|hurt|stab|attack) (?:someone|somebody|people)\b[^.!?]{0,40}\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|might|actually|really)\b",
           "explicit: afraid of hurting someone"),
    crisis("en.harm_to_others.explicit.burn_their_home", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:i'?ll|i will|going to|gonna|want to|wanna|plan(?:ning)? to|about to) (?:set fire to|burn(?: down)?|torch) "
           r"(?:his|her|their|my ex'?s|the neighbou?rs?'?|my neighbou?rs?'?|that \w+'s) (?:house|flat|home|apartment|place|car|shop)\b"
           r"(?![^.!?]{0,40}\b(?:game|minecraft|fortnite|sims|roblox|lol|haha|jk|joking|kidding)\b)",
           "explicit: arson of someone's home"),
    crisis("en.child_safety.explicit.violence_to_young_kin", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:hits|beats|slaps|kicks|punches|whips|chokes|strangles|starves|abuses|hurts|(?:is|keeps|has been|been) (?:hitting|beating|slapping|kicking|punching|whipping|choking|starving|abusing|hurting))"
           r" " + _S12_YOUNG_KIN + r"\b(?!['’]s?\b)(?! (?:at|in) (?:chess|cards|games?|video|tennis|football|fifa|races?|running|scrabble|monopoly|arm)\b)"
           r"|\b" + _S12_YOUNG_KIN + r"\b (?:is|are) being (?:abused|beaten|hit|hurt|molested)\b",
           "explicit: violence against the writer's child or younger sibling"),
    crisis("en.child_safety.implied.child_says_adult_hurts", C.CHILD_SAFETY, S.CRITICAL,
           r"\b" + _S6_KID + r"\b[^.!?]{0,60}\b(?:says?|told me|tells me|telling me|keeps saying)\b (?:that )?(?:his|her|their) (?:\w+ )?"
           r"(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|uncle|teacher|coach|babysitter|grandpa|grandad|nan|grandma|brother|cousin|(?:mum|mom)'?s boyfriend|dad'?s girlfriend)\b"
           r"[^.!?]{0,20}\b(?:hurts|hits|beats|slaps|kicks|punches|touches|chokes|burns|locks) (?:him|her|them)\b(?! with (?:bad|low|poor|extra|more|homework|grades|detentions?|questions)\b)",
           "implied: a child says an adult hurts them"),
    crisis("en.child_safety.implied.no_food_for_children", C.CHILD_SAFETY, S.HIGH,
           either(r"\b" + _S6_KID + r"\b[^.!?]{0,20}\b(?:haven'?t|hasn'?t|have not|has not) (?:eaten|had (?:any(?:thing)? )?(?:food|a meal|anything to eat))\b",
                  r"\bno food\b|\bnothing (?:left )?to eat\b|\bcan'?t (?:afford|buy) food\b|\bno money for food\b|\b(?:fridge|cupboards?) (?:is |are )?empty\b", 60, across=True),
           "implied: children without food"),
    crisis("en.child_safety.implied.drunk_driving_child", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:drunk|drinks?|drinking|high|stoned|wasted)\b[^.!?]{0,20}\b(?:driv\w*|behind the wheel)\b[^.!?]{0,30}\b(?:with|and) (?:my|our|the|his|her) (?:baby|kids?|children|son|daughter|toddler|little one)s?\b"
           r"|\bdriv\w* (?:my|our|the) (?:baby|kids?|children|son|daughter|toddler)s? (?:around |home |to school )?(?:drunk|high|stoned|wasted)\b",
           "implied: a child driven by a drunk or high adult"),
    crisis("en.child_safety.implied.locked_in", C.CHILD_SAFETY, S.CRITICAL,
           either(r"\b" + _S6_KID + r"\b",
                  r"\block\w* (?:him|her|them|the kids?|my \w+|our \w+) (?:up )?in (?:a|the|his|her|their|our) (?:cupboard|closet|cage|shed|basement|cellar|garage|car boot|boot|trunk|dog crate|crate|box)\b", 40)
           + r"|\block\w* (?:my|our|the|his|her|their) " + _S6_KID + r" (?:up )?in (?:a|the|his|her|their|our) (?:cupboard|closet|cage|shed|basement|cellar|garage|car boot|boot|trunk|dog crate|crate|box)\b",
           "implied: a child locked in a cupboard or cage"),
    crisis("en.child_safety.implied.hungry_and_marked", C.CHILD_SAFETY, S.HIGH,
           unless_near(r"\b" + _S6_KID + r"\b[^.!?]{0,60}" + either(r"\b(?:always|constantly|often) (?:hungry|starving|dirty|filthy)\b",
                                                                     r"\b(?:bruises?|marks|burns|welts|black eye)\b", 60),
                       r"\b(?:football|rugby|sports?|practice|training|playground|tackle|trampoline|bike|skate\w*|climbing|growth spurt|eczema|rash|lol|haha)\b", 160),
           "implied: a child hungry and marked"),
]
CLEARERS += [
    Clearer("en.topic.resources_for_group",
            r"\b(?:resources|materials|information|info|leaflets?|training|guidance|workshops?|talks?|presentation|lessons?|sessions?)\b (?:on|about|regarding|around|covering) "
            r"(?:domestic (?:violence|abuse)|abuse|coercive control|self[- ]?harm|suicide(?: prevention)?|child abuse|safeguarding) "
            r"(?:for|to share with|to give to|to use with) (?:my|our|the) (?:students|pupils|class|clients|patients|staff|team|employees|colleagues|volunteers|members|community|school|workplace|parents)\b",
            "a topic for a group the writer works with", applies_to=r"^en\.(?:abuse|self_harm|suicide|child_safety)\.explicit\.(?:named|suicidal|cutting|child_harm)$"),
]

# someone else's intent to kill their own partner or family: "he's going to kill his ex"
RULES = revised(RULES, "en.harm_to_others.explicit.kill_someone", widened(
    r"\b(?:going to|gonna|wants? to|plans? to|planning to|threaten\w* to|will|'ll|about to) (?:kill|murder|stab|shoot) "
    r"(?:his|her|their) (?:ex|wife|husband|partner|girlfriend|boyfriend|kids?|children|son|daughter|mother|father|mum|mom|dad|boss|neighbou?r|family)\b(?![^.!?]{0,60}\b(?:lol|lmao|haha|jk|joking|kidding)\b)"))
CLEARERS += [
    Clearer("en.hypothetical.if_someone_ends_life",
            r"\b(?:if|when|whenever|in case) (?:someone|somebody|anyone|they|a (?:client|customer|user|person|member|patient|caller)|people|users|clients|customers)\b"
            r"[^.!?]{0,50}\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?li(?:fe|ves)\b",
            "a hypothetical person, not a disclosure", applies_to=r"^en\.suicide\.third_party\.intends_to_end_life$"),
]
# "don't tell my therapist I cut again": a plea for secrecy, not a denial of what follows
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + r"|\b(?:please )?(?:don'?t|do not|never) tell (?:my |the |your )?(?:anyone|anybody|him|her|them|mum|mom|dad|(?!me\b|us\b)\w+)\b(?=\s*(?:that\s*)?(?:i\b|$))"
# "beats my daughter at chess", "I'll hurt her feelings": a game or feelings, not a blow
CLEARERS += [
    Clearer("en.idiom.beat_at_game_hurt_feelings",
            r"\bbeat\w* (?:[\w']+ ){1,3}at (?:chess|cards|games?|video games|tennis|football|fifa|scrabble|monopoly|arm wrestling|running|races?|mario ?kart|uno|pool|darts)\b"
            r"|\bhurt\w* (?:(?:my|his|her|their|our|your) )?(?:[\w]+['’]s |his |her |their |your |my )?feelings\b",
            "a game or feelings, not violence", applies_to=r"^en\.(?:abuse|child_safety|harm_to_others)\."),
]
# "the kids' toys are locked in the shed": a child's things, not the child
CLEARERS += [
    Clearer("en.plain.childs_things_locked",
            r"\b(?:kids?|children|child|son|daughter|baby|toddler)(?:['’]s?|s['’]) (?:toys?|bikes?|stuff|things|clothes|books|tablets?|phones?|ipads?|scooters?|games?|bags?|shoes)\b"
            r"(?:(?!\b(?:and|but)\b)[^.!?]){0,20}\blocked\b",
            "a child's things locked away", applies_to=r"^en\.child_safety\."),
]
# A seizure by its signs, someone else's overdose, a weapon with an adjective ("a loaded gun")
RULES += [
    crisis("en.medical_emergency.implied.foaming_seizure", C.MEDICAL_EMERGENCY, S.CRITICAL,
           r"\bfoaming at the mouth,? (?:and |while |then )?(?:[\w']+ ){0,3}?(?:shak(?:ing|es)|jerk\w*|convuls\w*|twitch\w*|fitting|unresponsive|not responding|won'?t (?:respond|wake)|collapsed|on the floor|eyes (?:are )?roll\w*)"
           r"|\b(?:shak(?:ing|es)|jerk\w*|convuls\w*|twitch\w*|fitting|unresponsive|not responding|collapsed|on the floor|eyes (?:are )?roll\w*),? (?:and |while |then )?(?:[\w']+ ){0,3}?foaming at the mouth\b",
           "implied: a seizure or poisoning"),
]
RULES = revised(RULES, "en.medical_emergency.explicit.overdose", widened(
    r"\b(?:took|has taken|'s taken|swallowed|downed) all (?:of )?(?:his|her|their|my|the) (?:\w+ )?(?:pills|tablets|meds|medications?|medicines?|antidepressants|painkillers|paracetamol|insulin)\b (?:at once|in one go|together|at the same time)\b"
    r"|\b(?:took|has taken|'s taken|swallowed|downed) (?:a|the|her|his) whole (?:bottle|box|pack|packet|strip|blister pack) of\b"))
RULES = revised(RULES, "en.harm_to_others.explicit.injure", substituted(
    r"(?:a |my |the |his |her |this )?(?:knife|knives|blade|gun|",
    r"(?:a |my |the |his |her |this )?(?:loaded |sharpened )?(?:knife|knives|blade|gun|"))

# Session 12 (lead): look-alikes of older rules that the helpers' tables found, each clearer limited
# to the rule it answers.
CLEARERS += [
    Clearer("en.plain.kitchen_knife_ready",
            r"\b(?:knife|knives|blade)\b[^.!?]{0,15}\bready (?:for|to) (?:carv\w*|cook\w*|slic\w*|chop\w*|dinner|lunch|the (?:roast|turkey|meat|bread|cake))\b",
            "a kitchen knife ready for cooking", applies_to=r"\.suicide\.implied\."),
]

# Session 13, rule coverage (helper): forms the English rules missed in disclosures written apart by
# category (tests/data/rules_s13/en.json), each mended by its form:
# - someone else "wants to die" (third person: "she wants to die"), not a wish about dying at home;
# - self-harm that did not stop ("I didn't stop cutting", "I'm still cutting every night");
# - a partner who controls whom the writer sees or talks to;
# - imagining or picturing violence against someone ("I keep imagining strangling my coworker");
# - a phrasal verb with the person in the middle ("run him over", "beat her up", "bump him off");
# - plural weapons ("got the guns ready"), a threat against classmates or a school;
# - a child not fed for days, an adult of the child's ("my son's coach", "my daughter's dad")
#   hurting or sexually abusing "him"/"her", a child thrown against a wall, a stranger luring a child
#   into a car;
# - too much of a street drug, someone "barely breathing".
# Look-alikes cleared: teenagers home alone for a while, a first-aid question about someone's
# seizure, the legal "seizure of my account", a fictional character's suicide, a policy question on
# self-harm posts or content.
RULES = revised(RULES, "en.suicide.explicit.want_to_die", widened(
    r"\b(?:wants|wishes|is going|keeps saying (?:he|she|they) wants?|says (?:he|she|they) wants?) to (?:just )?(?:die|be dead)\b"
    r"(?! (?:at home|peacefully|in (?:his|her|their) (?:own )?(?:bed|home|sleep)|with dignity|of old age|(?:his|her|their) hair))"))
RULES = revised(RULES, "en.self_harm.explicit.cannot_stop", widened(
    r"\b(?:didn'?t|did not|haven'?t|have not|never|won'?t|will not|don'?t|do not) (?:stop|stopped|quit) (?:cutting|self[- ]harming|burning myself|hurting myself)"
    r"(?=\s*(?:[,.!?;]|$)|\s+(?:myself|again|since|every|at night|and|even|though|after))"
    r"|\b(?:i'?m|i am|i'?ve been|i have been) (?:still )?cutting (?:again|every (?:day|night)|most nights|daily|to cope)\b"))
RULES = revised(RULES, "en.abuse.implied.control_rules", widened(
    r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fianc\w*|spouse))\b[^.!?]{0,40}\b(?:controls|decides|dictates|chooses) (?:who|where) i (?:am allowed to |'m allowed to |can |get to )?(?:see|talk to|speak to|meet|text|go)\b"))
RULES = revised(RULES, "en.harm_to_others.explicit.thinking_of_killing", substituted(
    r"\b(?:thinking|thought|dreaming|fantasi[sz]ing) (?:of|about) (?:killing|murdering|stabbing|shooting|strangling|poisoning|smothering) ",
    r"\b(?:(?:thinking|thought|dreaming|fantasi[sz]ing) (?:of|about)|(?:imagin|pictur|visuali[sz])(?:e|es|ed|ing)(?: about)?) (?:killing|murdering|stabbing|shooting|strangling|choking|poisoning|smothering|hurting) "))
RULES = revised(RULES, "en.harm_to_others.explicit.generic", widened(
    r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|going to|want to|wanna|plan to|planning to|about to|ready to) (?:run|beat|bump) "
    r"(?:him|her|them|my " + _RELATION + r"|that (?:guy|man|woman|bastard|bitch|idiot|prick))\s+(?:over|up|off)\b(?! (?:to|there|here|for|at)\b)"))
RULES = revised(RULES, "en.harm_to_others.implied.weapon_and_target", substituted(
    r"(?:gun|knife|knives|pistol|rifle|shotgun|machete|axe|weapon|blade)\b", r"(?:gun|knife|knives|pistol|rifle|shotgun|machete|axe|weapon|blade)s?\b"))
RULES = revised(RULES, "en.harm_to_others.explicit.kill_someone", widened(
    r"\bthreaten\w* to (?:kill|murder|stab|shoot|attack|bomb) (?:(?:his|her|their|the) (?:classmates?|teachers?|class|teammates?|coworkers?|colleagues?|friends?|parents?|stepdad|stepfather|stepmum|stepmom)|everyone|people)\b"
    r"|\b(?:shoot|shooting|bomb|bombing) up (?:his|her|their) (?:school|office|class|college|workplace)\b"))
RULES = revised(RULES, "en.child_safety.implied.neglect", widened(
    r"\b" + _S6_KID + r"\b[^.!?]{0,40}\b(?:haven'?t|hasn'?t|have not|has not|aren'?t|isn'?t|are not|is not|weren'?t|wasn'?t) (?:been |being )?fed\b[^.!?]{0,20}\b(?:in days|for days|for \w+ days|since (?:yesterday|friday|saturday|sunday|monday|tuesday|wednesday|thursday))\b"))
RULES = revised(RULES, "en.child_safety.explicit.violence_to_young_kin", widened(
    r"\b(?:throws|threw|throwing|slams|slammed|slamming|shoves|shoved|shoving|pushes|pushed|pushing|drags|dragged|dragging|hurls|hurled|kicks|kicked) " + _S12_YOUNG_KIN
    + r" (?:against (?:the |a )?(?:wall|door|floor|table|furniture|radiator)|into (?:the |a )?(?:wall|door|floor|table|furniture|radiator|cupboard)|down the stairs|across the room|on(?:to| to)? the (?:floor|ground)|by (?:the|his|her|their) (?:hair|neck|throat|ear))\b"))
RULES = revised(RULES, "en.medical_emergency.explicit.overdose", widened(
    r"\b(?:took|taken|had|used|done|injected|snorted|smoked|shot up)\b (?:way |far |much )?too much (?:\w+ )?(?:heroin|fentanyl|methadone|morphine|cocaine|crack|meth|ketamine|ghb|mdma|molly|ecstasy|xanax|benzos|oxy\w*|opioids?|opiates?|spice)\b"))
RULES = revised(RULES, "en.medical_emergency.implied.symptoms", widened(
    r"\b(?:he|she|they|he'?s|she'?s|they'?re|baby|my \w+)\b[^.!?]{0,25}\b(?:barely|hardly|only just|stopped) breathing\b"
    r"(?! for (?:a |an )?(?:few |couple of )?(?:seconds?|moments?)| in (?:his|her|their) sleep| at night| during the night)"))
_S13_CHILDS_ADULT = (r"(?:coach|teacher|tutor|uncle|aunt|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|grandpa|grandad|grandfather|"
                     r"babysitter|nanny|childminder|priest|instructor|cousin|(?:mum|mom)'?s boyfriend|boyfriend|girlfriend|friend'?s dad)")
RULES += [
    crisis("en.child_safety.explicit.childs_adult_hurts", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:my|our) " + _S6_KID + r"(?:'s|s'|’s) (?:\w+ )?" + _S13_CHILDS_ADULT + r"\b[^.!?]{0,30}?\b"
           r"(?:hits|hit|beats|beat|burns|burned|burnt|kicks|slaps|slapped|punches|punched|chokes|choked|whips|shakes|shook|molests|molested|rapes|raped|gropes|groped|fondles|"
           r"touches|touched|abuses|abused|sexually (?:abus|assault|touch)\w*|(?:is|keeps|has been|'s been|been) (?:hitting|beating|burning|kicking|slapping|punching|choking|molesting|abusing|touching|hurting|raping))"
           r" (?:him|her|them)\b(?! (?:out|off|at|in (?:chess|cards|games?|tennis|races?)|hair|head|shoulders?|arms?|hands?|back)\b)(?![^.!?]{0,30}\bby accident\b)",
           "explicit: an adult of the child's hurts or abuses them"),
    crisis("en.child_safety.explicit.luring", C.CHILD_SAFETY, S.CRITICAL,
           r"\b(?:man|woman|guy|stranger|someone|somebody|adult|person|driver)\b[^.!?]{0,60}\b(?:trying|tried|tries|try|keeps trying) to (?:get|lure|take|grab|pull|drag|coax|entice|put) "
           r"(?:my|our|the|a|his|her) " + _S6_KID + r"\b[^.!?]{0,20}\b(?:into|in) (?:his|her|their|a|the) (?:car|van|truck|house|flat|home)\b",
           "explicit: a stranger luring a child"),
]
CLEARERS += [
    Clearer("en.plain.teens_home_alone",
            r"\b(?:home alone|alone at home|by (?:them|him|her)sel(?:f|ves))\b(?=[^.!?]{0,60}\b(?:(?:they'?re|he'?s|she'?s|both|aged?|are|is) (?:1[2-7])\b|1[2-7] and 1[2-7]\b|teen))"
            r"|\b(?:1[2-7])[- ](?:year[- ]olds?|yos?)\b(?:(?!\b(?:and|but)\b)[^.!?]){0,40}\b(?:home alone|alone at home|by (?:them|him|her)sel(?:f|ves))\b",
            "teenagers home alone", applies_to=r"^en\.child_safety\.(?:explicit\.(?:disclosure|child_harm)|implied\.left_alone)$"),
    Clearer("en.topic.first_aid_question",
            r"\b(?:what|how) (?:do|should|would|can|to) (?:i|you|we|one)? ?(?:do|help|respond|react|handle it)\b[^.!?]{0,15}\b(?:if|when) (?:someone|somebody|a person|anyone|a child|a kid|a patient|a client|a colleague|a coworker|people)\b"
            + within_clause(50, _NEW_CLAUSE),
            "a first-aid question about someone hypothetical", applies_to=r"^en\.medical_emergency\."),
    Clearer("en.plain.legal_seizure",
            r"\bseizures? of (?:the |my |our |his |her |their |your |a |an )?(?:\w+ )?(?:account|assets?|property|funds|money|goods|car|vehicle|house|home|shipment|parcel|package|passport|documents?|phone|laptop|computer|land|savings|wages|equipment|devices?)\b"
            r"|\b(?:asset|property|goods|account|vehicle|customs|police|court|bank|drug|cash) seizures?\b",
            "a seizure of property", applies_to=r"^en\.medical_emergency\."),
    Clearer("en.topic.fiction_character",
            r"\b(?:character|protagonist|heroine|hero|narrator|villain)s?\b(?:(?!\b(?:i|i'?m|i'?ve|i'?d|me|my|myself)\b)(?!" + _NEW_CLAUSE + r")[^.!?]){0,30}"
            r"\b(?:attempts?|commits?|considers?|dies by|died by|self[- ]?harms?)\b[^.!?]{0,8}?\b(?:suicide|self[- ]?harm)\b",
            "a fictional character, not a disclosure"),
    Clearer("en.topic.content_policy",
            r"\b(?:policy|policies|rules?|guidelines?|moderat\w*|allowed|ban\w*|report\w*|flag\w*|filter\w*|block\w*|remov\w*|warnings?)\b(?:(?!\b(?:i|i'?m|i'?ve|me|my|myself)\b)[^.!?]){0,25}"
            r"\b(?:suicide|self[- ]?harm|eating disorder) (?:content|posts?|images|pictures|videos|material|discussions?|threads?|topics?|forums?)\b",
            "a content policy question", applies_to=r"^en\.(?:suicide|self_harm)\.explicit\.(?:suicidal|cutting)$"),
]
# "my son's teacher kicked him out of class": sent out, not a blow
RULES = revised(RULES, "en.abuse.explicit.hits_me", substituted(
    r"(?! (?:the|a|my) (?:button|wall|road|jackpot|limit|target|snooze))",
    r"(?! (?:the|a|my) (?:button|wall|road|jackpot|limit|target|snooze))(?! (?:him|her|them|me|us) out\b)"))
# "got the guns ready for the paintball game": a game, not a weapon at hand
CLEARERS += [
    Clearer("en.plain.game_guns_ready",
            r"\b(?:paintball|airsoft|nerf|water|toy|laser ?tag|bb|cap) ?guns?\b[^.!?]{0,30}\bready\b"
            r"|\bguns?\b[^.!?]{0,15}\bready (?:for|to) (?:the |our |a )?(?:paintball|airsoft|nerf|laser ?tag|hunting|shooting range|range|clay|game|match|season)\b",
            "toy or sport guns ready", applies_to=r"\.suicide\.implied\.final_signs$"),
]
# "the cat scratched me but I want to kill myself tonight": the pet's scratch does not reach into the next clause
CLEARERS = revised(CLEARERS, "en.plain.pet_scratch", substituted(r"(?:me|my)\b[^.!?]{0,40}", r"(?:me|my)\b" + within_clause(40, _NEW_CLAUSE)))

# Session 14 (lead), two forms the windows-trained classifier stopped covering on the seventh written
# batch (training/pending, read; their figures there are flattered): the rope named with "the" or
# "some" ("I bought the rope yesterday"), and who looks after a pet or child "if I'm not around".
RULES += [
    crisis("en.suicide.implied.rope_bought_s14", C.SUICIDE, S.CRITICAL,
           r"\b(?:bought|got|picked up|have|found|ordered)\s+(?:the|some|that)\s+(?:rope|noose)\b"
           r"(?![^.!?]{0,40}\b(?:for|tent|camping|climb\w*|boat|swing|garden|washing|clothes(?:line)?|dog|ladder|toy|light|gym|tug)\b)",
           "implied: a rope got"),
    crisis("en.suicide.implied.care_if_gone_s14", C.SUICIDE, S.HIGH,
           r"\bwho(?:'ll| will| would| is going to| can)\s+(?:look after|take care of|feed|take|walk|have|raise|care for)\b[^.!?]{0,40}"
           r"\bif (?:i(?:'m| am) (?:not (?:around|here)|gone|no longer (?:around|here))|i(?:'m| am)n't (?:around|here)|something happens to me)\b",
           "implied: arranging care for a pet or a child for when the writer is gone"),
]
# ...unless the message says where the writer is going: a trip, a hospital stay.
CLEARERS += [
    Clearer("en.plain.care_while_away_s14", r"\bif (?:i(?:'m| am) (?:not (?:around|here)|gone|away)|i(?:'m| am)n't (?:around|here))\b",
            "away on a trip or in hospital", applies_to=r"\.care_if_gone_s14$",
            context=r"\b(?:travel\w*|trip|holiday|vacation|away for|business|conference|hospital|surgery|operation|deploy\w*|next (?:week|month)|weekend|festival)\b"),
]

# Session 14 (lead): a clean streak lost ("day zero again", "back to day one", "60 days clean, gone"),
# as people recovering from self-harm count them; in the seventh written batch (training/pending,
# read) no rule and no model read it in any language. Not an app's or a game's streak.
_S14_APP_STREAK = r"(?![^.!?]{0,60}\b(?:app|duolingo|game|steps|fitness|login|update|bug|snapchat|language|lesson|workout|gym|job|work|school|diet|course|class|rehab)\b)"
RULES += [
    crisis("en.self_harm.implied.streak_lost_s14", C.SELF_HARM, S.HIGH,
           r"\b(?:day (?:zero|0) again|(?:back (?:to|on)|again on) day (?:zero|0|one|1)\b|(?:reset|restart)(?:ed)? my (?:clean|sober) (?:counter|count|streak|days)"
           r"|\d+ days? (?:clean|free)\b[^.!?]{0,30}\b(?:gone|lost|down the drain|wasted|ruined))" + _S14_APP_STREAK,
           "implied: a clean streak lost"),
]

# Session 14 (lead), harm to others in forms no rule read, found by writing eight threats a language
# from general knowledge: something slipped into a drink, a weapon readied beside settling scores,
# poison for someone's well; and a threat to a staff member's child (hostility: a person looks).
RULES += [
    crisis("en.harm_to_others.implied.something_in_drink_s14", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:put|slipped|added|mixed|dropped|stirred)\s+(?:something|a little something|some stuff|a few drops|a few of my pills)\s+(?:in|into)\s+"
           r"(?:his|her|their|my \w+'?s|the \w+'?s)\s+(?:\w+\s+)?(?:food|drink|tea|coffee|dinner|lunch|meal|juice|water|wine|beer|cup|soup|sugar|bottle)\b"
           r"(?![^.!?]{0,40}\b(?:note|surprise|treat|card|sweets?|candy|chocolate|honey|lemon|vitamins?|his medicine|her medicine|syrup)\b)",
           "implied: something slipped into someone's food or drink"),
    crisis("en.harm_to_others.implied.armed_to_settle_s14", C.HARM_TO_OTHERS, S.CRITICAL,
           either(r"\b(?:the|my) knife is (?:sharp(?:ened)?|ready)|\bsharpened (?:the|my) knife|\bloaded (?:the|my) gun|\bthe gun is loaded|\bbought (?:a|the) (?:knife|gun|machete|crowbar)",
                  r"\b(?:settle|sort|deal with)\w* (?:things |it |this |everything )?(?:out )?with (?:him|her|them)\b|\b(?:settle|even) the score\b|\bmake (?:him|her|them) pay\b"
                  r"|\b(?:he|she|they)(?:'ll| will) get what(?:'s| is) coming\b", 80, across=True),
           "implied: a weapon readied to settle things with someone"),
    crisis("en.harm_to_others.implied.poisoned_water_s14", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:rat poison|poison|antifreeze|weed ?killer|bleach)\b[^.!?]{0,25}\b(?:for|in|into)\s+(?:his|her|their|the neighbou?r'?s|my neighbou?r'?s)\s+(?:well|water tank|water supply|water butt|drinking water)\b",
           "implied: poison for someone's water"),
    vulnerable("en.hostility.staff_family_s14", V.HOSTILITY, S.HIGH,
               r"\bi know (?:where|which school|what school|what time|when) your (?:daughter|son|kids?|children|wife|husband|family)\b"
               r"|\bi know your (?:daughter|son|kids?|children)'?s? (?:school|class|nursery|bus)\b",
               "hostility: a staff member's family named in a threat"),
]

# Session 14 (lead), abuse in forms no rule read, found by writing eight disclosures a language from
# general knowledge: the writer's documents kept from them, money asked of a partner "for everything", his
# reaction feared "like last time", an injury explained away ("walked into a door ... face again").
_S14_HOUSEHOLD = r"(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|mother-in-law|father-in-law|in-laws|stepdad|stepfather|dad|father))"
RULES += [
    crisis("en.abuse.implied.documents_kept_s14", C.ABUSE, S.HIGH,
           rf"\b{_S14_HOUSEHOLD}\s+(?:keeps|took|takes|hid|hides|locked|locks|holds|won't give me|will not give me|refuses to give me)\b[^.!?]{{0,30}}\bmy\s+(?:passport|id|documents|papers|birth certificate|visa|residence permit)\b"
           r"(?![^.!?]{0,50}\b(?:book\w*|flights?|travel\w*|trip|renew\w*|embassy|holiday|safe keeping|safekeeping)\b)",
           "implied: the writer's documents kept from them"),
    crisis("en.abuse.implied.money_for_everything_s14", C.ABUSE, S.HIGH,
           r"\b(?:have to|must|need to) ask (?:him|her|my husband|my partner) (?:for )?(?:money )?(?:for )?(?:everything|every penny|every cent)\b(?!\s+(?:about|regarding) (?:the|my) (?:account|subscription))"
           r"|\bhe (?:gives|allows) me (?:only )?\S+ a (?:week|month) and (?:checks|wants) (?:every|all the) receipts?\b",
           "implied: money doled out by a partner"),
    crisis("en.abuse.implied.like_last_time_s14", C.ABUSE, S.HIGH,
           either(r"\bif (?:he|she|my husband|my partner|my boyfriend) (?:hears|sees|finds out|notices|reads|catches)\b",
                  r"\b(?:lose it|explode|go (?:mad|crazy|ballistic)|snap|flip|be bad|be worse|get worse|hurt me|hit me|beat me|punish me|kill me)\b[^.!?]{0,30}\b(?:like|than) (?:the )?last time\b", 100, across=True),
           "implied: a partner's reaction feared 'like last time'"),
    crisis("en.abuse.implied.face_again_s14", C.ABUSE, S.HIGH,
           either(r"\b(?:walked|ran|bumped) into (?:a|the) (?:door|cabinet|cupboard|wall)|\bfell down the stairs|\bhit (?:myself|my face) on (?:a|the) (?:door|cabinet|cupboard)",
                  r"\b(?:face|eye|lip) again\b|\bagain\b[^.!?]{0,15}\b(?:face|eye|lip)\b", 40, across=True),
           "implied: an injury to the face explained away, again"),
]

# Session 15: a crisis word alone is a topic when the writer denies the risk elsewhere in the message
# (``crisis_rules._denied_topics``): "the self-harm screener ... I always answer no", "my mom keeps
# asking if I'm suicidal. I'm not." Found on a batch of denials written for the session.
DENIAL = (r"\b(?:i'?m|i am|im) (?:really |honestly |definitely )?not\s*(?:[.!]|$)"
          r"|\b(?:i'?m|i am|im) (?:(?:totally|completely|entirely|perfectly|genuinely|really|absolutely|honestly) )?(?:safe|not at risk|not in (?:any )?danger)\b"
          r"|\bnot at risk\b|\bno (?:risk|danger) (?:to|of|for)\b|\b(?:nobody|no one|no-one)(?:'s| is) (?:in (?:any )?danger|at risk|threatening)\b"
          r"|\b(?:i|i've|ive|i have) (?:always )?(?:said|say|answered|answer|ticked|tick|checked|check|clicked|click|put|selected|select|chose|choose|marked|mark)\s+['\"“]?(?:no|never|not at all|none)\b"
          r"|\bthe answer (?:is|was) (?:always |still )?['\"“]?(?:no|never)\b"
          r"|\b(?:i )?(?:don'?t|do not|never) (?:have|had) (?:any )?(?:such|those|these) (?:thoughts|intentions|plans|urges)\b"
          r"|\bno (?:such|suicidal|self-harm) (?:thoughts|intentions|plans)\b")
TOPIC_TERM = r"suicid(?:e|al)(?: (?:thoughts?|ideation|risk|attempts?))?|self[- ]?harm(?:ing)?|overdos(?:e|ing)|domestic (?:violence|abuse)|abus(?:e|ive)|violence"
# ... and "it is over" as that batch's writer said it: "I've been fine for over ten years now", "totally
# resolved", "which I've fully moved past", "from 2010, not recent", "now im 25 and genuinely happy".
RESOLVED = RESOLVED + (r"|\b(?:i'?ve|i have|i'?m|i am|been|was|had been) (?:been )?(?:fine|well|good|okay|ok|stable|safe|healthy|happy|thriving|clean)(?: \w+)? for (?:over |more than |about |almost |nearly )?(?:a decade|decades|ages|years|a long time|\w+ years|\d+ years)\b"
                       r"|\b(?:totally|fully|completely|entirely|long since) (?:resolved|healed|recovered|moved past|behind me)\b|\bmoved (?:past|on from) (?:it|that|this)\b|\bwhich i'?ve (?:\w+ )?moved past\b"
                       r"|\bnot recent\b|\b(?:i'?m|im|i am) (?:now )?(?:thriving|genuinely happy|really happy|happy now)\b|\b(?:i'?m|im|i am) safe\b(?! to\b)")
# "Now" with a well state is the end of the story, not a current marker: "now she's stable", "now im 25 and genuinely happy".
RESOLVED = RESOLVED + (r"|\bnow (?:she'?s|he'?s|they'?re|i'?m|im|she is|he is|they are|i am) (?:\w+ )?(?:stable|sober|clean|well|fine|healthy|thriving|happy|doing (?:well|great|fine|ok(?:ay)?))\b"
                       r"|\b(?:she'?s|he'?s|i'?m|they'?re) (?:\w+ )?(?:stable|sober|clean|healthy|thriving) now\b|\bnow (?:i'?m|im|i am) \d{2}\b[^.!?]{0,30}\b(?:happy|fine|well|safe|ok(?:ay)?)\b")

# Session 15 rules, from crises written beside that batch's denials that no rule read: a crash
# thought of daily ("I think about driving into the overpass every day"), a named person and a plan
# ("I could kill my stepfather. I've been planning how.").
RULES += [
    crisis("en.suicide.explicit.drive_into_s15", C.SUICIDE, S.CRITICAL,
           r"\b(?:think(?:ing)? about|thought about|imagin\w+|fantasi[sz]\w+ about|tempted to|want to|wanna|going to|gonna|urge to)\s+(?:just\s+)?"
           r"(?:driv\w+|crash\w+|swerv\w+|steer\w+)\s+(?:my car\s+|the car\s+)?(?:into|off|under)\s+(?:a|the|an|oncoming)\b",
           "explicit: a crash thought of or planned"),
    crisis("en.harm_to_others.explicit.planning_how_s15", C.HARM_TO_OTHERS, S.CRITICAL,
           either(r"\b(?:could|want to|wanna|going to|gonna|will|i'?ll)\s+kill\s+(?:my\s+\w+|him|her|them)\b",
                  r"\b(?:planning|planned|plotting|worked out|figured out)\s+(?:how|when|where|exactly)\b", 60, across=True),
           "explicit: a person named and a plan"),
]
# Where someone was when it happened dates it: "my best friend self-harmed at uni but she's fine now"
# (with "today", "tonight" or "again" a current marker still makes it current).
PAST = PAST + r"|\b(?:at|in) (?:uni|university|college|high school|secondary school|sixth form|boarding school)\b(?! (?:today|tonight|now|this (?:week|morning|term)))"

# Session 15, from a third negation table (written for the session by a writer who never saw the
# rules): crises said through a negation that no rule read, and denials and histories read as crises.
RULES += [
    crisis("en.suicide.explicit.no_longer_care_s15", C.SUICIDE, S.CRITICAL,
           r"\b(?:no longer|don'?t|dont|do not|wouldn'?t|won'?t|stopped caring) care (?:if|whether) i (?:wake up|live|die|make it|survive|am here|exist)\b"
           r"|\b(?:no|(?:don'?t|dont|do not) have (?:any|a)|(?:haven'?t|havent) got (?:any|a)|there'?s no|not a single|zero) (?:more )?reasons? (?:left )?(?:to|for) (?:keep going|go on|going on|live|living|stay|staying|carry on|be here|get up)\b",
           "explicit: no longer cares to live, no reason left"),
    crisis("en.suicide.implied.cannot_promise_s15", C.SUICIDE, S.HIGH,
           either(r"\bpromise (?:i|that i|me i) (?:won'?t|will not|wouldn'?t|would not) (?:do anything|hurt|harm|try|act)",
                  r"\bcan'?t (?:promise|make (?:that|this|the) promise)\b", 150, across=True),
           "implied: cannot promise to stay safe"),
    crisis("en.self_harm.explicit.only_thing_s15", C.SELF_HARM, S.HIGH,
           r"\b(?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself) is the only thing\b|\bonly (?:cutting|hurting myself|self[- ]?harm(?:ing)?) (?:helps|works)\b",
           "explicit: self-harm the only thing that helps"),
    crisis("en.suicide.implied.no_sessions_after_s15", C.SUICIDE, S.HIGH,
           either(r"\bnothing (?:helps|works|is helping)\b|\bno point (?:in|to) (?:therapy|anything|going on|trying|any of (?:it|this))\b",
                  r"\bwon'?t (?:need|be needing|be using) (?:any more |more )?(?:sessions?|appointments?|the app|my prescription|refills?|therapy)\b[^.!?]{0,20}\b(?:after|past|beyond) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|this week|the weekend|tonight|tomorrow)\b",
                  120, across=True),
           "implied: nothing helps, and no sessions needed after a day"),
]
CLEARERS += [
    Clearer("en.negated.form_zeros_s15",
            r"\b(?:all |only )?(?:zeros?|0s|nos|not at all|nevers?)\b (?:on|for) (?:the |all the )?(?:self[- ]?harm|suicide|suicidal|harm|overdose)\w*(?: \w+)? (?:bits?|questions?|items?|section|parts?)\b"
            r"|\b(?:ticked|checked|clicked|selected|chose|put|answered|marked) ['\"“]?(?:not at all|never|no|none|0|zero)['\"”]? (?:for|on|to) (?:the )?(?:question|item|thoughts?|bit)\b[^.!?]{0,60}",
            "a form's items answered no"),
    Clearer("en.topic.policy_question_s15",
            r"\b(?:do|does|will|would|are|is|can)\s+(?:the\s+|my\s+|your\s+)?(?:therapists?|counsell?ors?|psychologists?|doctors?|you|employer|company|parents?|insurer|school)\b"
            r"(?:(?!\b(?:i'?m|im|i am|i've|ive)\b)[^.!?]){0,60}\b(?:self[- ]?harm|suicide|overdose|abuse)\b[^.!?]{0,60}\?",
            "a question about the service's rules", applies_to=r"suicidal|cutting|overdose|abuse"),
]
# Not "since 2020" ("since 2020 he has hit me" goes on) nor "at 14" (a time as often as an age).
PAST = PAST + r"|\b(?:\w+|\d+) (?:years?|months?) since (?:my|the|his|her|their) last\b|\bis from (?:uni|university|school|college|my teens|years ago|(?:19|20)\d\d)\b"
RESOLVED = RESOLVED + (r"|\bclean (?:from [\w -]{3,20} )?since\b|\b(?:i'?m|im|i am|he'?s|she'?s|they'?re) (?:\d{2}|an adult|grown up) now\b[^.!?]{0,20}\b(?:fine|well|ok(?:ay)?|happy|safe|good|thriving|doing (?:well|great|fine))\b"
                       r"|\b(?:been|is|has been) (?:stable|well|fine|clean) (?:for )?(?:a long time|ages|years)\b")
RESOLVED = RESOLVED + r"|\b(?:i'?m|im|i am) (?:well|good|ok|okay|fine|better|safe|stable) now\b"

# Session 16: a workplace "would kill me" is an idiom ("My boss would kill me if he knew I took
# therapy calls in the storage room"): neither a wish to die nor a partner's violence. Partners and
# family stay with ``en.abuse.implied.finds_out``.
CLEARERS += [
    Clearer("en.idiom.boss_would_kill_me_s16",
            r"\b(?:boss|manager|supervisor|coach|teacher|professor|landlord|co-?workers?|colleagues?|team ?lead|editor|trainer|hr)\b"
            r"[^.!?]{0,12}\b(?:would|will|'d|'ll|is gonna|is going to|gonna) (?:literally |actually |totally |absolutely )?kill me\b",
            "idiom: a boss 'would kill me'", applies_to=r"en\.(?:suicide\.explicit\.kill_myself|abuse\.implied\.finds_out)"),
]

# Someone else's past question ("The therapist asked several times if I wanted to harm myself
# although I clearly said no"): a question reported, cleared only when the writer says they answered
# no. Without the "no", "She asked if I wanted to kill myself. I said yes" stays a disclosure.
CLEARERS += [
    Clearer("en.topic.asked_if_answered_no_s16",
            r"\b(?<!nobody )(?<!no one )(?<!anyone )asked (?:me )?(?:\w+ ){0,3}?(?:if|whether|about)\b" + within_clause(60, _NEW_CLAUSE),
            "a question asked and answered no",
            context=r"\b(?:i (?:clearly |honestly |truthfully )?(?:said|answered|replied|told (?:her|him|them))|my answer (?:was|is))[:,]? [\"'“]?no\b",
            applies_to=r"en\.(?:self_harm|suicide)\.explicit"),
]

# A tight throat told as anxiety ("my throat feels tight when I get anxious before sessions"): a
# symptom the customer knows, not a reaction closing the airway.
CLEARERS += [
    Clearer("en.plain.anxious_throat_s16",
            r"\bthroat\b[^.!?]{0,20}\b(?:tight\w*|closing up)\b[^.!?]{0,30}\b(?:when|whenever|before|if|every time) (?:i(?:'m| am| get| feel)?|it gets) (?:so |really |very )?(?:anxious|nervous|stressed|panick\w*|upset|worried|overwhelmed)\b"
            r"|\b(?:anxious|anxiety|nervous|panic attacks?|panicky|stress)\b[^.!?]{0,40}\bthroat\b[^.!?]{0,15}\b(?:tight\w*|closing up)\b",
            "anxiety told as a symptom", applies_to=r"^en\.medical_emergency\."),
]

# Session 16: forms of implied crises found on the readable seventh batch (pending/), each written
# wider than the row: a partner who "gets rough", hands that reach for a blade by themselves.
RULES += [
    crisis("en.abuse.implied.gets_rough_s16", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mum|mom|mother|ex))\b[^.!?]{0,20}\b(?:gets|get|got|getting) (?:real |really |very |pretty |so |a bit |quite )?rough (?:with me|when|if|after)\b"
           r"(?![^.!?]{0,30}\b(?:play\w*|games?|match|football|rugby|hockey|wrestl\w*|sports?|the dog|the sea|waves))",
           "implied: a partner or parent who gets rough"),
    crisis("en.self_harm.implied.hands_reach_for_blade_s16", C.SELF_HARM, S.HIGH,
           r"\b(?:my hands?|i) (?:keeps? |kept |just |always |still )?(?:reach(?:ing|es|ed)?|go(?:es|ing)?|went) (?:for|to) (?:the |my |a )?(?:razor|blade|blades|knife|scissors|lighter)\b(?![^.!?]{0,30}\b(?:shav\w*|cook\w*|chop\w*|cut (?:the|some|my) (?:bread|food|hair|paper|tape)|open (?:the|a)|candle|cigarette))",
           "implied: the hands reaching for a blade"),
]

# Session 17: someone else's age then, as the writer's own already was ("when I was 16"): "my brother
# tried to kill himself when he was 16" is a past, read with the rest of its sentence (someone
# else's past is not a current crisis; the writer's own stays open for a person to follow up). Not
# "we": "what he did to us when we were little" is the reason for a plan, not its time.
PAST = PAST + (r"|\bwhen (?:he|she|they|my \w+) (?:was|were) (?:younger|a teen(?:ager)?|teenagers?|a kid|kids|a child|children|little"
               r"|in (?:high )?school|at (?:uni|university|college)|\d+)\b")

# Pain as the only relief ("Only the pain calms me down when everything gets too much"): self-harm
# told by what it does, in the four languages.
RULES += [
    crisis("en.self_harm.implied.pain_calms_me_s17", C.SELF_HARM, S.HIGH,
           r"\b(?:only|just) (?:the |physical )?pain (?:really )?(?:calms|settles|grounds|helps) me\b"
           r"|\bpain is the only thing that (?:calms|settles|grounds|helps) me\b",
           "implied: pain as the only relief"),
]

# Following someone and knowing their routine ("I've been following her for a week and I know when
# she leaves work"): stalking that prepares harm, in the four languages. Both cues are needed: "I
# know when my husband leaves work, call me then" is a schedule.
RULES += [
    crisis("en.harm_to_others.implied.following_routine_s17", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\b(?:i'?ve been|i have been|i'?m|i am|been) (?:following|watching|tracking|stalking|tailing) (?:her|him|them|my ex|his|her|their|\w+'s)\b",
                  r"\bi know (?:exactly )?(?:when|where|what time) (?:she|he|they)(?:'s| is| are)? (?:leaves?|gets? home|finish\w*|(?:is |are )?alone|parks?|walks?|goes)\b",
                  120, across=True),
           "implied: following someone, their routine known"),
]

# Session 17: implied suicide found missing by probes written for the session (in all four languages;
# none from an evaluation set): the pain stopped forever, no future past a date, "it will all be
# over tomorrow", affairs put in order "after me", and "if anything happens to me" beside where the
# passwords or letters are. A trip or an operation explains the last ("I'm having surgery; if
# anything happens to me, the password is in the envelope").
_S17_TIME = (r"(?:new year(?:'s)?|christmas|the (?:new year|holidays|summer|winter|spring|autumn|fall|weekend|end of the (?:month|year))"
             r"|next (?:year|month|week)|(?:my|her|his) birthday|january|february|march|april|may|june|july|august|september|october|november|december)")
# The words the rule below and the clearer of a trip or an operation both read.
_IF_HAPPENS_TO_ME = r"\bif (?:anything|something) (?:(?:bad )?happens|should happen|were to happen) to me\b"
RULES += [
    crisis("en.suicide.implied.pain_stopped_forever_s17", C.SUICIDE, S.HIGH,
           r"\b(?:make|let) (?:the|my|all the|all this|this) pain (?:stop|end|go away) (?:forever|for good|permanently)\b"
           r"|\b(?:found|have|know) (?:a|the) way (?:to|for|of) (?:make |making |let )?(?:it all|everything|the pain|all (?:of )?this) (?:to )?(?:stop|end)\b",
           "implied: the pain stopped for good"),
    crisis("en.suicide.implied.no_future_past_date_s17", C.SUICIDE, S.HIGH,
           rf"\bi (?:don'?t|do not|can'?t|cannot) see myself (?:being )?(?:(?:here|around|alive) )?(?:after|past|beyond|making it (?:to|past)|reaching|living to see) {_S17_TIME}\b",
           "implied: no future past a date"),
    crisis("en.suicide.implied.all_over_tomorrow_s17", C.SUICIDE, S.HIGH,
           unless_near(r"\b(?:tomorrow|tonight|soon|by (?:tomorrow|the weekend|monday|friday))\b,? (?:it(?:'ll| will)|everything(?:'ll| will)) (?:all )?be over\b"
                       r"|\b(?:it(?:'ll| will) all|everything(?:'ll| will)) be over (?:tomorrow|tonight|soon|by (?:tomorrow|the weekend))\b",
                       r"\b(?:hopefully|once|exam|surgery|operation|move|trial|case|refund|fixed|resolved|renovation|tour|season)\b", 120),
           "implied: it will all be over tomorrow"),
    crisis("en.suicide.implied.no_problems_after_me_s17", C.SUICIDE, S.HIGH,
           r"\b(?:no|any|nobody has any) (?:problems|trouble|mess|issues|hassle|loose ends) (?:left )?(?:after me|after i'?m gone|once i'?m gone)\b",
           "implied: affairs put in order for after"),
    crisis("en.suicide.implied.if_anything_happens_s17", C.SUICIDE, S.HIGH,
           either(_IF_HAPPENS_TO_ME,
                  r"\b(?:passwords?|keys?|envelope|letters?|(?:my )?will|instructions|pin|the cat|the dog|my cat|my dog)\b", 100, across=True),
           "implied: if anything happens to me, beside where things are"),
]
CLEARERS += [
    Clearer("en.plain.if_anything_happens_trip_s17",
            _IF_HAPPENS_TO_ME,
            "a trip or an operation ahead", context=r"\b(?:surgery|operation|procedure|anaesthe\w*|anesthe\w*|flight|flying|trip|travel\w*|abroad|deployment|hike|climb|dive|expedition|hospital)\b",
            applies_to=r"^en\.suicide\.implied\.if_anything_happens_s17$"),
]

# Thanks said "before I go", with no place to go, beside kindness told in the past tense ("I wanted
# to say thank you before I go. You were always kind."): a goodbye. Not "before I go on holiday".
RULES += [
    crisis("en.suicide.implied.thanks_before_i_go_s17", C.SUICIDE, S.HIGH,
           either(r"\b(?:thank you|thanks|say goodbye|say thanks|say thank you)\b[^.!?]{0,25}\bbefore i (?:go|leave|am gone|'m gone)\b"
                  r"(?! (?:on|to|for|abroad|home|back|into|out|away|off|offline|tonight|today|tomorrow))",
                  r"\byou (?:were|have been|'ve been) (?:always |so |really )?(?:kind|good to me|patient|there for me|lovely)\b|\bfor everything\b",
                  120, across=True),
           "implied: thanks before going"),
]


# Session 17: goodbyes with an ordinary reason the farewell clearer above did not know, found on a
# batch written for the session by helpers who saw no rules (so it flatters that batch): a new job
# whose employer covers therapy elsewhere, parental leave, coming back in some months, the question
# closed. Not gratitude alone ("you got me through", "I'm grateful"): a farewell to life says that too.
CLEARERS += [
    Clearer("en.plain.farewell_with_reason_s17",
            r"\b(?:(?:wanted|want|just wanted) to )?say (?:goodbye|bye)\b|\bthis (?:will be|is) (?:my|a) (?:last|final) (?:message|email|note)\b",
            "leaving the service, with an ordinary reason",
            context=r"\b(?:new job|my (?:new )?(?:employer|company)|through (?:their|my work'?s|work) |switching over|maternity|paternity|parental leave"
                    r"|back in (?:\w+|\d+) (?:months?|weeks?)|(?:question|issue|ticket|problem) (?:is |was |has been )?(?:closed|resolved|sorted|fixed))\b",
            applies_to=r"^en\.suicide\.implied\."),
]

# A sentence that opens by pointing back at the one before, to date it (crisis_rules._dated_by_next_sentence):
# "That was eight years ago and I'm fine" after "I was hospitalised for self-harm at 19."
POINTS_BACK = r"\s*(?:and\s+)?(?:that|this|all that|all of that)\s+(?:was|happened|is (?:all )?in the past)\b"

# Session 20: "Kill me, I booked the wrong day again" is exasperation at one's own slip, told right after
# the words: a booking, a form, a payment or a password. Not "Kill me, I can't do this anymore", and no
# slip that could be means or a farewell ("bought", "ordered", "sent", "wrote" are left out).
CLEARERS += [
    Clearer("en.idiom.kill_me_my_slip_s20",
            r"\bkill me\s*[,.!—–-]+\s*i(?:'ve| have)? (?:just |literally |actually |totally |completely )?(?:booked|double[- ]booked|typed|forgot|clicked|deleted"
            r"|paid|entered|picked|chose|selected|missed|renewed|scheduled|uploaded|misspelled|mixed up|messed up|locked myself out|logged)\b",
            "idiom: exasperation at one's own slip", applies_to=r"^en\.suicide\.explicit\."),
]

# Session 20: school years and "until <year>" date a crisis ("self-harmed in 8th grade", "in an abusive
# marriage until 2019"); "thriving" and "hasn't done it since" say it is over. Ages alone ("at 19")
# stay undated: "I'll do it at 20" reads as a time.
PAST = PAST + (r"|\bin (?:the )?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade\b"
               r"|\buntil (?:19|20)\d\d\b")
RESOLVED = RESOLVED + r"|\bthriving\b|\b(?:hasn'?t|haven'?t|has not|have not) (?:done (?:it|that)|happened|had (?:one|an episode|any))(?: again)? since\b"

# --- Session 20: means in use, a chosen date, a cover story taken back. Classes read in the readable
# batches (what goes wrong, not rows to copy) that the other languages' rules lacked as well; each
# written with its look-alike (a gas stove, a bridge in traffic, a wedding date, a bruise from football).
_S20_BENIGN_HEIGHT = (r"\b(?:traffic|stuck|late|driving|drive|car|bus|train|commute|fix(?:ing)?|repair\w*|antenna|solar|gutters?|party|bbq|barbecue"
                      r"|photos?|pictures?|view|sunset|sunbathing|smoking|garden|laundry|tour|club|game|tournament)\b")
_S20_EVENT = (r"\b(?:wedding|surgery|operation|move|moving|party|launch|exam|holiday|vacation|trip|flight|birthday|anniversary|baptism"
              r"|christening|funeral|graduation|interview|start date|due date|closing)\b")
_S20_RETRACT = r"\b(?:like|as|what) i (?:said|told (?:you|her|him|them|the therapist)|told|claimed|wrote|put)\b|\bi lied\b|\bthat was a lie\b|\bnot what i said\b"
RULES += [
    crisis("en.suicide.implied.gas_sealed_s20", C.SUICIDE, S.CRITICAL,
           either(r"\b(?:turned|switched|left|put) on (?:the )?gas\b|\b(?:turned|switched|left) (?:the )?gas on\b|\bopened the gas\b|\bthe gas (?:is |'s )?(?:on|open|running)\b",
                  r"\b(?:towels?|tape|taped|sealed|blocked|stuffed|plugged)\b[^.!?]{0,25}\b(?:door|doors|windows?|gaps?|cracks?|vents?)\b|\bunder the door\b", 60),
           "implied: gas on, the room sealed"),
    crisis("en.suicide.implied.at_the_height_now_s20", C.SUICIDE, S.CRITICAL,
           unless_near(r"\bi'?m (?:standing |sitting )?(?:up )?(?:on|at) (?:the )?(?:edge of (?:the |my )?|top of (?:the |my )?)?(?:roof|rooftop|ledge|bridge|cliffs?|railway bridge)\b"
                       r"(?: of (?:my|the|our) (?:building|block|house|flat|apartment))?[^.!?]{0,20}\b(?:right now|now|tonight)\b"
                       r"|\b(?:right now|now) i'?m (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of (?:the )?)?(?:roof|rooftop|ledge|bridge|cliffs?)\b"
                       r"|\b(?:went|drove|walked|go|going|went back|going back) (?:out |back |up )?to the (?:bridge|cliffs?|roof|rooftop|tracks|railway)\b[^.!?]{0,40}\b(?:how high|how far (?:down|it is)|the drop|how deep)\b",
                       _S20_BENIGN_HEIGHT, 120),
           "implied: at a height now, or measuring the drop"),
    crisis("en.suicide.implied.date_chosen_s20", C.SUICIDE, S.HIGH,
           unless_near(r"\bi(?:'ve| have)? (?:picked|chosen|chose|set|decided on|circled) (?:a |the |my )?date\b(?!\s+(?:for|of|with|to)\b)", _S20_EVENT, 200),
           "implied: a date chosen"),
    crisis("en.abuse.implied.cover_story_taken_back_s20", C.ABUSE, S.HIGH,
           either(r"\b(?:bruises?|black eye|split lip|swollen (?:eye|lip|face)|marks on my (?:neck|arms?|face))\b[^.!?]{0,30}\b(?:wasn'?t|weren'?t|was not|were not|didn'?t come|did not come)"
                  r" (?:really |actually )?from (?:the |a |my )?(?:door|doorframe|cupboard|cabinet|stairs|fall|falling|football|gym|sport|accident|bike)\b",
                  _S20_RETRACT, 60, across=True),
           "implied: an injury's cover story taken back"),
    crisis("en.self_harm.implied.cover_story_taken_back_s20", C.SELF_HARM, S.HIGH,
           either(r"\b(?:scratches|cuts|burns|scars|marks on my (?:wrists?|thighs?|legs))\b[^.!?]{0,30}\b(?:wasn'?t|weren'?t|was not|were not|didn'?t come|did not come|aren'?t|are not)"
                  r" (?:really |actually )?from (?:the |a |my )?(?:cat|dog|kitten|paper|oven|stove|work|brambles|garden)\b",
                  _S20_RETRACT, 60, across=True),
           "implied: marks' cover story taken back"),
]
RULES += [
    crisis("en.suicide.implied.future_without_me_s20", C.SUICIDE, S.HIGH,
           r"\b(?:can'?t|cannot|don'?t|do not|couldn'?t) (?:see|picture|imagine) (?:any |a )?(?:version of )?(?:next year|the future|next month|next christmas|next summer|a future|tomorrow|any future|next week)\b"
           r"[^.!?]{0,20}\bwith me (?:still )?in it\b",
           "implied: no future with me in it"),
]
# A car's engine running in a closed garage, standing on the tracks (session 20).
RULES += [
    crisis("en.suicide.implied.engine_in_closed_garage_s20", C.SUICIDE, S.CRITICAL,
           either(r"\b(?:closed|shut|locked) garage\b|\bgarage(?: door)? (?:is )?(?:closed|shut|down|locked)\b",
                  r"\bengine (?:is )?(?:still )?(?:running|on)\b|\bwith the engine\b|\bexhaust\b|\bhose\b", 80),
           "implied: a car's engine running in a closed garage"),
    crisis("en.suicide.implied.on_the_tracks_s20", C.SUICIDE, S.CRITICAL,
           unless_near(r"\bi'?m (?:standing |sitting |lying |waiting )?(?:right now |now )?on the (?:train |railway |rail(?:road)? )?tracks\b",
                       r"\b(?:work\w*|crew|engineer\w*|maintenance|photos?|museum|model|heritage|shift|job)\b", 120),
           "implied: on the railway tracks"),
]
# Someone's movements known, and a wait announced: "I know what time she leaves and which exit she
# uses. Tomorrow I'll be waiting." Not a lift, a surprise or flowers (session 20).
RULES += [
    crisis("en.harm_to_others.implied.stalking_wait_s20", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\bi know (?:exactly )?(?:what time|when|where|which (?:days|nights|exit|door|entrance|gym|route)|his|her|their)\b[^.!?]{0,15}\b(?:he|she|they|his|her|their)\b[^.!?]{0,30}\b(?:leaves?|gets? off|finishes|goes|walks|parks|comes out|is alone|lives|works|schedule|routine|route)\b",
                              r"\b(?:i'?ll|i will|i'?m going to|gonna) (?:be )?(?:waiting|wait|be there|meet (?:him|her|them)|see (?:him|her|them) (?:in person|there|then))\b", 120, across=True),
                       r"\b(?:pick (?:him|her|them) up|picking (?:him|her|them) up|lift|ride|surprise|birthday|flowers|gift|present|cake|carpool|dinner|proposal|anniversary)\b", 200),
           "implied: someone's movements known, and a wait announced"),
]
# A counted overdose of a named drug: "I swallowed about twenty paracetamol an hour ago" (session 20:
# the overdose rule read "took 20 pills", not "swallowed" nor a drug's name). Not a course over days.
_S20_DRUG = (r"(?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil|nurofen|aspirin|codeine|co-codamol|tramadol|oxycodone|sleeping (?:pills|tablets)"
             r"|antidepressants?|sertraline|citalopram|fluoxetine|amitriptyline|quetiapine|lithium|diazepam|valium|xanax|alprazolam|zopiclone|insulin|painkillers"
             r"|pills|tablets|capsules)")
RULES += [
    crisis("en.medical_emergency.explicit.counted_overdose_s20", C.MEDICAL_EMERGENCY, S.CRITICAL,
           unless_near(r"\b(?:swallowed|took|taken|downed|necked|ate)\b (?:about |around |like |nearly |almost |over |maybe |roughly |at least )?"
                       r"(?:\d{2,3}|a dozen|(?:a|the) whole (?:pack|box|packet|bottle|strip|blister)(?: of)?|(?:all|the rest) (?:of )?(?:the |my )?(?:pack|box|packet|bottle|strip)(?: of)?"
                       r"|two (?:packs|boxes|packets|bottles)(?: of)?|(?:ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|a hundred)(?:[- ]\w+)?)\b"
                       r"[^.!?]{0,20}\b" + _S20_DRUG + r"\b",
                       r"\b(?:vitamins?|over (?:the |a |two |three )?(?:week|month|course|days|year)|per day|a day|daily|as prescribed|course of|this (?:month|week)|in total|since)\b", 80),
           "explicit: a counted overdose of a named drug"),
]
# Something added to what someone takes or uses: "I've put something in the sugar jar she uses for her
# tea", "I added something to the pills he takes at night" (session 20; the s14 rule reads "in his drink").
RULES += [
    crisis("en.harm_to_others.implied.tampered_with_what_they_take_s20", C.HARM_TO_OTHERS, S.CRITICAL,
           r"\b(?:put|slipped|added|mixed|dropped|stirred|crushed)\s+(?:something|a little something|some stuff|a few drops|a few of my pills|some of my pills)\s+(?:in|into|to)\s+"
           r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:jar|bowl|tin|caddy|pills|tablets|medicine|meds|inhaler|insulin|food|drink|tea|coffee|water|bottle|milk|sugar)\b"
           r"[^.!?]{0,15}?\b(?:(?:that|which) )?(?:she|he|they)\s+(?:uses?|drinks?|takes?|eats?|has|puts?)\b"
           r"(?![^.!?]{0,40}\b(?:note|surprise|treat|card|sweets?|candy|chocolate|honey|lemon|vitamins?|syrup|flavou?r|the doctor|prescribed)\b)",
           "implied: something added to what someone takes"),
]
# "Tell my therapist it wasn't her fault" (a farewell that absolves), and no plans past the weekend (session 20).
# Not the app's or the connection's fault ("tell her it wasn't her fault, the wifi dropped").
RULES += [
    crisis("en.suicide.implied.not_your_fault_s20", C.SUICIDE, S.HIGH,
           r"\btell (?:my |the |our )?[\w-]+(?: [\w-]+)? (?:that )?(?:it )?(?:wasn'?t|isn'?t|won'?t be|was not|is not|will not be|was never|is never) (?:her|his|their|your) fault\b"
           r"(?![^.!?]{0,60}\b(?:app|wifi|wi-fi|internet|connection|link|crash\w*|bug|billing|charge\w*|late|missed|delay\w*|system|booking|calendar|time ?zone|traffic|cancell?ation)\b)",
           "implied: a farewell that absolves"),
    crisis("en.suicide.implied.no_plans_past_s20", C.SUICIDE, S.HIGH,
           r"\b(?:stopped|quit|no longer|not) (?:making|bothering to make|bothering with) (?:any )?plans (?:past|beyond|after) (?:this|next|the) (?:weekend|week|month|friday|saturday|sunday|monday)\b",
           "implied: no plans past a near date"),
]
# Only pain calms me (session 20). Not "the only thing that helps me with the back pain".
RULES += [
    crisis("en.self_harm.implied.only_pain_calms_s20", C.SELF_HARM, S.HIGH,
           r"\bonly (?:thing )?(?:that )?(?:calms|settles|soothes|quiets|grounds|helps) me(?: down)?(?: is)? (?:when (?:it|i|something) (?:really |actually |truly )?hurts?|(?:real |physical |actual )?pain)\b(?! (?:relief|killers?|meds|medication|clinic)\b)"
           r"|\bpain is the only thing (?:that )?(?:calms|helps|works|settles)\b|\bi only (?:feel|get) (?:calm|better|relief) when (?:it|i) (?:really )?hurts?\b",
           "implied: pain as relief"),
]
# Money kept from me ("not allowed to have my own bank card", "gives me cash for groceries only") and
# leaving when he drinks "or it ends badly" (session 20).
RULES += [
    crisis("en.abuse.implied.money_kept_s20", C.ABUSE, S.HIGH,
           unless_near(r"\b(?:i'?m|i am) not allowed (?:to have|to keep|to use|to open) (?:my own |a |an )?(?:bank card|bank account|debit card|credit card|card|money|cash)\b",
                       r"\b(?:until|till|before|under) (?:i'?m |i am |i turn )?(?:\d+|eighteen|sixteen)\b|\b(?:my parents|my mum|my mom|my dad|the bank|credit score|visa|school|employer|work policy)\b", 80)
           + r"|\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend))\b[^.!?]{0,20}\bgives? me (?:cash|money) (?:only )?for (?:the )?(?:groceries|food|bread|shopping)(?: only)?\b",
           "implied: money kept from me"),
    crisis("en.abuse.implied.ends_badly_when_drunk_s20", C.ABUSE, S.HIGH,
           either(r"\bwhen (?:he|she|my (?:husband|partner|wife|boyfriend|girlfriend|dad|father|stepdad))(?:'s| is)? (?:drinks?|drunk|drinking)\b",
                  r"\b(?:otherwise|or else)\b[^.!?]{0,10}\b(?:it )?(?:ends|gets|goes|turns) (?:badly|bad|ugly|violent)\b", 100),
           "implied: leaving when he drinks, or it ends badly"),
]
# Session 20, look-alikes from the readable batches' false alarms (classes, each beside its crisis):
# - "clean from self harm since 2019" is both a date and "it is over"; "went through a self-harm phase" is past;
# - people in general "who are actively suicidal" named beside "I'm not" (not "one of those people");
# - a bot or a page that "showed me a suicide hotline";
# - a question whether therapists "have to report" what a client says.
PAST = PAST + r"|\b(?:clean|free) (?:from [\w -]{3,20} )?since (?:19|20)\d\d\b|\b(?:went|been) through an? (?:[\w-]+ ){0,2}phase\b"
CLEARERS += [
    Clearer("en.topic.people_who_are_s20",
            r"(?<!one of those )(?<!one of the )(?<!like )(?<!i'm )(?<!i am )\b(?:people|users|clients|patients|customers|anyone|those|members) (?:who (?:are|is|feel|might be|may be)|that (?:are|is)) "
            r"(?:actively |currently |acutely |feeling |at risk of being )?(?:suicidal|self[- ]?harming|in (?:a )?crisis)\b(?! like me\b)",
            "people in general, not the writer", applies_to=r"^en\.(?:suicide|self_harm)\.explicit\."),
    Clearer("en.topic.shown_a_hotline_s20",
            r"\b(?:gave|give|gives|giving|showed|shows|show|sent|sends|displayed|offered|suggested|pushed|threw|popped up with) (?:me )?(?:a |the |your |some |this )?(?:suicide|crisis) (?:hot ?line|help ?line|line|number|prevention (?:line|number|page))\b",
            "a hotline shown by a bot or a page", applies_to=r"^en\.suicide\.explicit\.suicidal$"),
]
from dataclasses import replace as _replace  # noqa: E402

from caredraft.guardrails.input.lexicons import redefined  # noqa: E402

_POLICY = next(c for c in CLEARERS if c.id == "en.topic.policy_hypothetical")
CLEARERS = redefined(CLEARERS, _replace(_POLICY, context=_POLICY.context + r"|\b(?:have to|has to|required to|obliged to|must) report\b"
                                                           r"|\bmandatory report\w*|\bduty to (?:warn|report)\b"))
# "people who are suicidal like me" is the writer too (the s20 clearer above has the same guard).
CLEARERS = revised(CLEARERS, "en.topic.their_patients", lambda old: rf"(?:{old})(?! like me\b| such as me\b| like myself\b)")
# The camera off to hide a face hurt "again" (session 20). Not a black eye from football or a dentist's visit.
RULES += [
    crisis("en.abuse.implied.camera_off_face_hurt_s20", C.ABUSE, S.HIGH,
           unless_near(either(r"\bcamera (?:off|turned off|switched off)\b|\b(?:without|no) (?:the )?(?:camera|video)\b|\b(?:turn|switch|keep) (?:my |the )?(?:camera|video) off\b",
                              r"\b(?:walked|ran|bumped) into (?:a |the )?(?:door|cupboard|cabinet|wall|doorframe)\b|\bblack eye\b|\bsplit lip\b|\b(?:my )?face (?:is )?(?:bruised|swollen)\b|\bfell (?:down|on) the stairs\b", 80, across=True),
                       r"\b(?:football|soccer|rugby|gym|boxing|hockey|surgery|dentist|dental|allergy|filler|botox|acne|rash)\b", 200),
           "implied: the camera off to hide an injury"),
]
# A screening question in the second person, answered yes ("Have you ever thought about ending your
# life? Yes, every night."): no rule read "your life" (session 20; crisis_rules._ANSWERED_YES keeps
# the yes from being cleared as a form's words).
_S20_YES_AFTER = r"(?=[^.!?\n]{0,40}\?[\"'”]?\s*(?:yes|yeah|yep|yup)\b(?!\s*or\b))"
RULES += [
    crisis("en.suicide.explicit.asked_and_answered_yes_s20", C.SUICIDE, S.CRITICAL,
           r"\b(?:end(?:ing)? (?:your|one'?s) (?:own )?life|kill(?:ing)? yourself|tak(?:e|ing) your (?:own )?life|(?:be|being) better off dead"
           r"|wish(?:ed|ing)? you (?:were|was) dead|(?:not )?want(?:ing|ed)? to (?:die|be dead|not be alive|not wake up))\b" + _S20_YES_AFTER,
           "explicit: a screening question answered yes"),
    crisis("en.self_harm.explicit.asked_and_answered_yes_s20", C.SELF_HARM, S.HIGH,
           r"\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|injur(?:e|ing)) yourself\b" + _S20_YES_AFTER,
           "explicit: a screening question answered yes"),
]
# "Kill me now" is an idiom ("kill me now, another budget meeting") unless despair follows in its sentence:
# "Kill me now, I can't take this anymore", "kill me already, nobody would care" had been cleared (session 20).
CLEARERS = revised(CLEARERS, "en.idiom.killing_me", substituted(
    r"|\bkill(?:s|ing)? me (?:now|already)\b",
    r"|\bkill(?:s|ing)? me (?:now|already)\b(?![^.!?]{0,60}\b(?:can'?t (?:take|do|stand|handle) (?:it|this|any ?more)|(?:nobody|no one|no-one) (?:would|will) (?:care|notice|miss)"
    r"|want to die|wanna die|end it|no point|better off|tired of (?:living|life|everything)|done with (?:life|everything)|hate my life)\b)"))
# A course of tablets over days or as prescribed is no overdose: "I took 30 vitamin D tablets over the
# month like the doctor said", "took 12 tablets of ibuprofen over the week" (session 20). Not "over the
# last hour", and not "a day ago".
CLEARERS += [
    Clearer("en.plain.course_of_tablets_s20",
            r"\b(?:took|take|taking|taken)\b[^.!?]{0,30}\b(?:pills|tablets|capsules|meds)\b[^.!?]{0,40}\b(?:over (?:the |a |two |three |four )?(?:weeks?|months?|days|course|year)"
            r"|(?:per|a) day\b(?! ago)|daily|as prescribed|like (?:the|my) doctor (?:said|told me)|(?:the|my) doctor (?:said|told me|prescribed))\b",
            "a course of tablets, not an overdose",
            applies_to=r"^en\.medical_emergency\.(?:explicit\.overdose|implied\.symptoms)$"),
]

# --- Session 21: denials in other shapes ---------------------------------------------------------
# - a topic that "isn't on my mind"; thoughts named first and denied by the sentence's last clause
#   ("Thoughts that I'd be better off dead, I don't have.").
NEGATION_AFTER = NEGATION_AFTER + (r"|^\s*(?:isn'?t|is not|was never|wasn'?t|has never been|is never) "
                                   r"(?:on my mind|in my head|on the cards|on the table|a thought i have)\b")
NEGATION_TAIL = (r"^\s*(?:(?:any |the )?(?:thoughts?|ideas?|plans?|intentions?|urges?|wishe?s?)\b)[^.!?]*[,—–-]\s*(?:i|we) (?:don'?t|do not|never|haven'?t|have not|didn'?t|did not) "
                 r"(?:have|had|get|got|think|thought|feel|felt|plan|intend)"
                 r"(?: (?:them|any|it|that|those|such thoughts|thoughts like that))?(?: (?:now|either|anymore|at all|ever))?\s*[!…)]*\s*$")

# --- Session 21: threats with the target's movements known, a follow and a wait, someone "will get hurt"
# Probes written for the session (four languages): "she'll regret it, I know what time she leaves
# the clinic", "I followed her home from the session and waited in the stairwell", "someone at my
# office is going to get hurt tomorrow". Not a lift, a surprise, a birthday, or seeing someone home safe.
# A hazard reported is no threat: "someone at my office will get hurt if the fire exit stays blocked".
_S21_HAZARD = r"\b(?:fire|hazard\w*|broken|wiring|wires?|stairs?|steps|ice|icy|leak\w*|unsafe|safety|report\w*|complain\w*|blocked|loose|slippery)\b"
_S21_KIND = r"\b(?:pick (?:him|her|them) up|picking (?:him|her|them) up|lift|ride|surprise|birthday|flowers|gift|present|safe(?:ly)?|make sure|drunk|lost)\b"
RULES += [
    crisis("en.harm_to_others.implied.regret_and_routine_s21", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\bi know (?:exactly )?(?:what time|when|where|which (?:exit|door|entrance|route|car park))\b[^.!?]{0,40}\b(?:he|she|they)\b[^.!?]{0,20}\b(?:leaves?|gets? off|finishes|comes out|walks|parks|lives|works|arrives?)\b",
                              r"\b(?:he|she|they)(?:'ll| will| is going to| are going to| gonna) (?:regret (?:it|this|that)|be sorry|pay for (?:it|this|that|what))\b", 160, across=True),
                       _S21_KIND, 200),
           "implied: a threat, with the target's movements known"),
    crisis("en.harm_to_others.implied.followed_and_waited_s21", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(r"\bi (?:followed|trailed|tailed) (?:her|him|them|my ex\S*|my (?:therapist|counsell?or|doctor|boss|manager|neighbou?r))\b[^.!?]{0,60}\b(?:waited|hid|stood|sat) (?:in|outside|behind|by|on|at|for)\b",
                       _S21_KIND, 200),
           "implied: following someone and lying in wait"),
    crisis("en.harm_to_others.implied.someone_will_get_hurt_s21", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(r"\bsomeone (?:at|in) (?:my |the |our )?(?:office|work|school|clinic|building|class|team)\b[^.!?]{0,25}\b(?:is going to|will|gonna|'ll) (?:get hurt|be hurt|get killed|be killed|die|pay)\b",
                       _S21_HAZARD, 200),
           "implied: someone at a named place 'will get hurt'"),
    crisis("en.harm_to_others.implied.address_and_threat_s21", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\bi (?:looked up|found|tracked down|got hold of) (?:his|her|their) (?:home )?address\b",
                              r"\b(?:he|she|they)(?:'ll| will| is going to| are going to| gonna) (?:learn|find out|see|regret|be sorry|pay)\b", 160, across=True),
                       _S21_KIND + r"|\b(?:card|letter|parcel|package|invitation|invoice|wedding)\b", 200),
           "implied: the target's address found, with a threat"),
]

# --- Session 21: coercive control and a child's punishment, as the probes wrote them ---------------
# "I have to hand over my phone every evening so he can read my messages", "he only gives it to me when
# I've done what he wants", "my dad makes us kneel on rice". Not a phone handed over to be read aloud.
RULES += [
    crisis("en.abuse.implied.phone_handed_over_s21", C.ABUSE, S.HIGH,
           unless_near(r"\b(?:hand over|give (?:him|her)|show (?:him|her)|handing over|giving (?:him|her)) my phone\b[^.!?]{0,40}\b(?:read|check|go through|look through|see)s?\b"
                       r"|\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b (?:reads|checks|goes through|looks through) (?:all )?(?:of )?my (?:messages|texts|phone|emails|chats|dms)\b[^.!?]{0,20}\b(?:every|each)\b",
                       r"\b(?:eyesight|glasses|aloud|out loud|to me|blind|help me|set (?:it )?up|fix|repair|update)\b", 120),
           "implied: the partner reads the writer's messages, by rule"),
    crisis("en.abuse.implied.withheld_until_obeyed_s21", C.ABUSE, S.HIGH,
           unless_near(r"\bonly (?:gives|lets|allows|hands)\b[^.!?]{0,40}\bwhen (?:i'?ve|i have|i) (?:done|do|did) (?:what|whatever|everything) (?:he|she) (?:wants|says|tells|asks)\b",
                       r"\b(?:landlord|landlady|rent|deposit|lease|boss|manager|teacher|coach)\b", 200),
           "implied: something withheld until the writer obeys"),
    crisis("en.child_safety.implied.kneel_on_grain_s21", C.CHILD_SAFETY, S.HIGH,
           r"\bmakes? (?:us|me|my (?:son|daughter|kids?|children|brother|sister)) kneel on (?:rice|salt|peas|buckwheat|corn|gravel|grains?)\b(?! (?:cushions?|mats?|pillows?|bags?))",
           "implied: a child made to kneel on grain"),
    crisis("en.abuse.implied.controls_body_s21", C.ABUSE, S.HIGH,
           either(r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:decides|controls|chooses) what i (?:eat|wear)\b",
                  r"\bweighs me (?:every|each)\b", 80),
           "implied: the partner controls what the writer eats and weighs them"),
]

# --- Session 21: implied self-harm the probes found routed auto in several languages ---------------
# "I'll do something to myself if you cut me off from my therapist" (a threat to oneself, even with
# its condition), "the only thing that calms me lately is the pain", "I only feel better when I bleed",
# a sharpener's blade back in the wallet, not eating "to see how long I can last".
RULES += [
    crisis("en.self_harm.implied.do_something_to_myself_s21", C.SELF_HARM, S.HIGH,
           r"\bi(?:'ll| will|'m going to| am going to|'m gonna| might| could) do something (?:stupid )?to myself\b",
           "implied: a threat to do something to oneself"),
    crisis("en.self_harm.implied.relief_in_pain_or_blood_s21", C.SELF_HARM, S.HIGH,
           r"\bthe only thing (?:that )?(?:calms|settles|soothes|helps|grounds) me\b[^.!?]{0,25}\bis (?:the )?(?:pain|hurting myself|blood|bleeding)\b(?! (?:relief|killers?|meds|medication|clinic|management)\b)"
           r"|\bi (?:only )?(?:feel|get) (?:better|calm|calmer|relief|lighter)\b(?: \w+)?,? only when i (?:bleed|see (?:the )?blood|hurt myself)\b"
           r"|\bi only (?:feel|get) (?:better|calm|calmer|relief|lighter) when i (?:bleed|see (?:the )?blood|hurt myself)\b",
           "implied: pain or blood as the only relief"),
    crisis("en.self_harm.implied.blade_kept_s21", C.SELF_HARM, S.HIGH,
           r"\b(?:the |a )?(?:razor )?blades? (?:from|out of) (?:my |a |the )?(?:pencil )?sharpener\b[^.!?]{0,20}\b(?:is|are) (?:back|still|again) in my (?:wallet|pocket|bag|purse|phone case)\b",
           "implied: a blade kept at hand"),
    crisis("en.self_harm.implied.starving_to_test_s21", C.SELF_HARM, S.HIGH,
           unless_near(either(r"\bhaven'?t eaten (?:anything )?(?:in|for) (?:\w+ )?(?:days|a week)\b",
                              r"\b(?:see|test|find out) how long i (?:can|could) (?:last|go|survive|hold out)\b", 60),
                       r"\b(?:flu|bug|virus|surgery|operation|procedure|fast|fasting|ramadan|lent|colonoscopy|doctor|gp|stomach|vomit\w*|nause\w*)\b", 200),
           "implied: not eating, to test how long the writer can last"),
]

# --- Session 21: farewells the probes found routed auto in some language ----------------------------
# Letters to each of one's children left with the will, a goodbye said to the pet before the account is
# closed, and erasing oneself online ("there's nothing left of me online"). Not a time capsule, a pet
# put down or rehomed, or a privacy clean-up.
RULES += [
    crisis("en.suicide.implied.letters_with_the_will_s21", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:wrote|written|writing|left) (?:a )?letters? (?:to|for) (?:each of |all of )?my (?:kids|children|sons?|daughters?|family|parents|wife|husband|partner)\b",
                              r"\b(?:my |the )?(?:will|last will|testament)\b", 100),
                       r"\b(?:time capsule|christmas|birthday|camp|graduation|wedding|lawyer|solicitor|notary|estate plan\w*)\b", 200),
           "implied: farewell letters left with the will"),
    crisis("en.suicide.implied.goodbye_to_the_pet_s21", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:already )?said (?:my )?goodbyes? to (?:the|my) (?:dog|cat|pets?|puppy|kitten)\b",
                              r"\b(?:close|delete|cancel|shut down) (?:the |my )?(?:account|profile|subscription)\b", 120, across=True),
                       r"\b(?:vet|put (?:him|her|it) down|put to sleep|passed|died|rehom\w*|new (?:home|owner|family)|adopt\w*|holiday|trip|travel\w*|moving)\b", 200),
           "implied: a goodbye to the pet, the account closed"),
    crisis("en.suicide.implied.erased_online_s21", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:deleted|erased|wiped) (?:all )?(?:of )?my (?:photos|pictures|social media|accounts|profiles|posts)\b",
                              r"\bnothing (?:is )?left of me\b|\bthere'?s nothing left of me\b|\berase myself\b", 80),
                       r"\b(?:privacy|hack\w*|stalker|scam\w*|data breach|gdpr|digital detox|detox)\b", 200),
           "implied: erasing oneself online"),
]

# --- Session 21: a fall followed by confusion and vomiting (a head injury told by its signs) ----------
RULES += [
    crisis("en.medical_emergency.implied.fall_then_confused_s21", C.MEDICAL_EMERGENCY, S.HIGH,
           either(r"\b(?:fell(?! (?:behind|asleep|in love|for|through|apart|out|pregnant|ill|sick|short|silent|into|back|off the wagon))|had a fall)\b",
                  r"\b(?:can'?t|cannot|doesn'?t|does not|couldn'?t) remember (?:what day|where (?:he|she) is|who i am|my name|anything)\b[^.!?]{0,40}\b(?:vomit\w*|being sick|throw\w* up|drows\w*|won'?t wake)\b"
                  r"|\b(?:confused|disoriented)\b[^.!?]{0,30}\b(?:vomit\w*|keeps? being sick|throw\w* up)\b", 80),
           "implied: a fall, then confusion and vomiting"),
]

# --- Session 21: from the readable batches' misses (classes, written anew in four languages) --------
# "There won't be an after the 20th" (a date with nothing after it), something left for the children
# "so they understand why", and a code word because "he's come home" (not an after-party, a login code).
RULES += [
    crisis("en.suicide.implied.no_after_s21", C.SUICIDE, S.HIGH,
           r"\bthere (?:won'?t|will not|isn'?t going to) be (?:an?|any) after\b(?![- ](?:party|school|hours|care|shave|sales?|dinner|work))",
           "implied: no 'after' a date"),
    crisis("en.suicide.implied.so_they_understand_why_s21", C.SUICIDE, S.HIGH,
           either(r"\bleave (?:them|it|my \w+(?: \w+)?) (?:for|to) (?:my )?(?:kids|children|family|son|daughter|wife|husband|parents|mum|mom)\b",
                  r"\bso (?:they|he|she) (?:understand|understands|know|knows|get|gets) why\b", 60),
           "implied: something left for the family so they understand why"),
    crisis("en.abuse.implied.code_word_he_is_home_s21", C.ABUSE, S.HIGH,
           unless_near(either(r"\b(?:code ?word|safe ?word|signal|sign)\b",
                              r"\b(?:he'?s|he has|he is) (?:come |got |gotten )?(?:home|back)\b|\bif he (?:hears|sees|finds out|walks in)\b", 120, across=True),
                       r"\b(?:log ?in|password|two-factor|2fa|verification|holiday|trip|travel\w*|sign (?:in|up))\b", 200),
           "implied: a code word because the partner has come home"),
]
# ... the last item on a list of cancellations, "the old thing" with a lighter again, and disappearing unnoticed.
RULES += [
    crisis("en.suicide.implied.last_on_my_list_s21", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:cancel(?:l)?ed|closed|ended|stopped)\b",
                              r"\byou(?:'re| are) the last (?:thing|item|one|task) on my (?:list|to-?do list)\b", 150, across=True),
                       r"\b(?:mov(?:e|ing)|relocat\w*|abroad|emigrat\w*|new job|new flat|new house)\b", 250),
           "implied: the service the last of a list of cancellations"),
    crisis("en.self_harm.implied.the_old_thing_again_s21", C.SELF_HARM, S.HIGH,
           unless_near(either(r"\b(?:did|doing|done) the old thing\b|\bthe old (?:habit|thing) again\b",
                              r"\bonly (?:moment|time) i (?:calm|feel)\w*|\blighter\b|\bblades?\b", 80),
                       r"\b(?:smok\w*|cigarettes?|vap\w*|nicotine|drink\w*|gambl\w*)\b", 200),
           "implied: 'the old thing' again, with its means or its relief"),
    crisis("en.suicide.implied.nobody_would_notice_s21", C.SUICIDE, S.HIGH,
           r"\bif i (?:disappeared|vanished|was gone|were gone),? (?:no ?one|nobody) would (?:notice|care|miss me|look for me)\b",
           "implied: disappearing unnoticed"),
]
RULES += [
    crisis("en.abuse.implied.fear_of_his_key_s21", C.ABUSE, S.HIGH,
           r"\bi (?:start |begin )?(?:shak\w*|trembl\w*|freez\w*|panic\w*) when i hear his (?:key|car|footsteps)\b",
           "implied: fear at the sound of his key"),
]
RULES += [
    crisis("en.abuse.implied.tracked_by_app_s21", C.ABUSE, S.HIGH,
           unless_near(r"\b(?:he|she) (?:can )?(?:see|sees|track|tracks|knows) where i am (?:through|via|with|on) (?:an? |my |the )?(?:app|phone|gps|find my)\b",
                       r"\b(?:agreed|we both|hiking|running|family sharing|consent\w*)\b", 200),
           "implied: the partner tracks where the writer is"),
]
RULES += [
    crisis("en.harm_to_others.implied.wait_then_see_what_happens_s21", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\bi(?:'ll| will|'m going to| am going to) (?:be )?wait(?:ing)? (?:outside|by|at) (?:\w+'s |his |her |their )?(?:work|office|house|home|flat|school|gym|car)\b",
                  r"\b(?:he|she|they)(?:'ll| will) (?:see|find out|learn) what happens\b", 150, across=True),
           "implied: a wait announced, and 'they'll see what happens'"),
    crisis("en.suicide.implied.weight_round_their_neck_s21", C.SUICIDE, S.HIGH,
           r"\b(?:a |the )?weight (?:round|around) (?:my )?(?:family'?s?|their|everyone'?s|my (?:kids|parents|wife|husband|children)'?s?) necks?\b",
           "implied: a burden to the family"),
]

# --- Session 22: classes of the readable batches' remaining misses, written anew in four languages ---
# Someone alone at a known hour and a meeting "in person" announced, or a place checked for cameras;
# not a lift, a walk home or a worry for her safety.
_S22_KIND = r"\b(?:lift|ride|pick (?:her|him|them) up|walk (?:her|him|them) home|worr\w*|safe(?:ly|ty)?|surprise|birthday|flowers|gift|present|proud)\b"
RULES += [
    crisis("en.harm_to_others.implied.alone_then_in_person_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\b(?:she|he|they)\b[^.!?]{0,60}\b(?:walks?|goes|leaves?|comes? (?:down|out)|heads?|is|gets? off)\b[^.!?]{0,25}\b(?:alone|on (?:her|his|their) own|by (?:her|him|them)sel(?:f|ves))\b",
                              r"\b(?:see|meet|catch|visit) (?:her|him|them) in person\b|\bno need to (?:message|text|email|write) (?:her|him|them)\b", 200, across=True),
                       _S22_KIND, 250),
           "implied: someone alone at a known hour, and a meeting in person announced"),
    crisis("en.harm_to_others.implied.no_cameras_checked_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\bno (?:cameras?|cctv)\b", r"\bi(?:'ve| have)? (?:checked|made sure|found out|asked (?:security|the guard))\b", 40, across=True),
                       r"\b(?:scratch\w*|stolen|stole|damage\w*|broke into|break-?in|theft|vandal\w*|dent\w*|complain\w*|session|video|zoom|webcam|recorded|recording|privacy)\b", 250),
           "implied: a place checked for cameras"),
]
# Wound supplies in bulk, kept secret, and a wound tended alone so nobody asks (self-harm told by its
# care); not a carer's, a parent's, a sports club's or a chronic wound's.
RULES += [
    crisis("en.self_harm.implied.supplies_in_secret_s22", C.SELF_HARM, S.HIGH,
           unless_near(either(r"\b(?:bandages?|plasters?|gauze|antiseptic|steri-?strips?|dressings|butterfly stitches|first aid (?:stuff|supplies|kits?))\b",
                              r"\b(?:every (?:week|few days|day|other day)|don'?t ask (?:me )?(?:why|what for)|(?:it'?s|that'?s) (?:a )?secret|(?:looking|look|looks|looked) at me (?:funny|strangely|oddly|weird(?:ly)?)"
                              r"|(?:started |start )?asking (?:me )?questions|(?:keep|always) running out|more than (?:i need )?therapy|money(?:'s| is) going on)\b", 90),
                       r"\b(?:kids?|son|daughter|toddler|children|school|nursery|club|football|rugby|hiking|camp|scouts|nurse|carer|care home|patients?|grandm\w+|grandad|grandfather|mum'?s|dad'?s|mother'?s|father'?s|diabet\w*|ulcers?|eczema|surgery|operation|stoma|pressure sores?)\b", 250),
           "implied: wound supplies in bulk, kept secret"),
]
# "If a client dies, does the money go to the family? I want nothing messy after me."
RULES += [
    crisis("en.suicide.implied.if_i_die_after_me_s22", C.SUICIDE, S.HIGH,
           either(r"\bif (?:a (?:client|customer|patient|member|user)|someone|somebody|a person|i) (?:dies|died|passes away|passed away|were to die|was to die)\b",
                  r"\bafter me\b|\bafter i'?m gone\b|\b(?:when|once) i'?m (?:gone|not here|not around)\b", 150, across=True),
           "implied: asking what happens when a client dies, and 'after me'"),
]
# A message scheduled to go out later that explains "why"; not an out-of-office, a resignation or a newsletter.
RULES += [
    crisis("en.suicide.implied.scheduled_explanation_s22", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:scheduled|set up|timed|queued|programmed|delayed) (?:an? |the |my )?(?:email|message|text|letter|post)s?\b|\b(?:email|message|text|post)s? (?:to go out|to send (?:itself|automatically)|on a timer|that sends (?:itself|automatically))\b",
                              r"\bexplain(?:s|ing)? (?:everything|it all|why)\b|\b(?:an |my )explanation\b|\bwhy i (?:did it|won'?t be|'?m not)\b", 120, across=True),
                       r"\b(?:out of (?:the )?office|holiday|vacation|annual leave|maternity|paternity|sabbatical|newsletter|marketing|birthday|wedding|invoice|resign\w*|quit\w*|new job|notice period)\b", 250),
           "implied: a message timed to go out later that explains why"),
]
# A last session to say goodbye, so the therapist does not find out "from the news".
RULES += [
    crisis("en.suicide.implied.not_from_the_news_s22", C.SUICIDE, S.HIGH,
           unless_near(either(r"\b(?:say goodbye|last session|final session|one last (?:session|chat|call))\b",
                              r"\b(?:find out|finds out|learn|learns|hear|hears|read|reads)\b[^.!?]{0,25}\b(?:in|from|on) the (?:news|papers?|obituar\w*|local paper)\b|\breads? about it\b", 200, across=True),
                       r"\b(?:engage\w*|wedding|married|pregnan\w*|baby|mov(?:e|es|ed|ing)|abroad|emigrat\w*|retir\w*|graduat\w*|relocat\w*|new job|promot\w*|won|award|book|film|podcast|interview)\b", 250),
           "implied: a goodbye, so the therapist does not learn of it from the news"),
]
# Bruises that "fade" and a partner whose finding out is feared (not a fall, a sport or a blood test).
RULES += [
    crisis("en.abuse.implied.bruises_fade_and_his_threat_s22", C.ABUSE, S.HIGH,
           unless_near(either(r"\bbruises? (?:will |always |usually )?(?:fade|heal|go(?: away| down)?|clear up)\b",
                              r"\b(?:i'?d|i would|i will|i'?ll) (?:be sorry|regret it|pay for it)\b|\bif he (?:finds out|sees|reads)\b|\bwhen he'?s (?:not (?:home|in)|out|at work|away)\b", 200, across=True),
                       r"\b(?:fell|fall|football|rugby|gym|bike|cycling|hockey|blood (?:test|draw)|injection|vaccin\w*|bumped|surgery|operation|tattoo)\b", 250),
           "implied: bruises that fade, and a partner's finding out feared"),
]
# Lithium and two signs of its toxicity (vomiting, tremor, blurred sight, confusion): an emergency, not
# a rescheduling question.
_S22_LITHIUM_SIGN = (r"(?:vomit\w*|throwing up|being sick|diarrh\w*|shak\w*|trembl\w*|tremors?|confus\w*|blurr\w*|slurr\w*"
                     r"|can'?t walk (?:straight|properly)|unsteady|twitch\w*|dizzy)")
RULES += [
    crisis("en.medical_emergency.implied.lithium_toxicity_s22", C.MEDICAL_EMERGENCY, S.CRITICAL,
           either(r"\b(?:lithium|priadel|camcolit)\b",
                  rf"\b{_S22_LITHIUM_SIGN}\b[^.!?]{{0,80}}\b{_S22_LITHIUM_SIGN}\b", 150, across=True),
           "implied: lithium and two signs of its toxicity"),
]
# Someone else "won't live to see Christmas" as a decision or a condition (not an illness).
RULES += [
    crisis("en.harm_to_others.implied.wont_live_to_see_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\b(?:he|she|they|my \w+)\b[^.!?]{0,20}\b(?:won'?t|will not|isn'?t going to|is not going to|aren'?t going to) (?:live|make it) (?:to see|to|till|until)\b",
                              r"\bi(?:'ve| have)? decided\b|\bif (?:he|she|they) (?:carries on|carry on|keeps?|continues?|does (?:it|that) again|goes on)\b", 80),
                       r"\b(?:cancer|hospice|terminal\w*|ill|illness|sick|doctors?|diagnos\w*|palliative|dementia|hospital|tumou?r|chemo\w*|vet|dog|cat)\b", 250),
           "implied: someone else will not live to a date, as a decision"),
]
# A punishment of someone announced "for real" (not a child's screen time, not a game).
RULES += [
    crisis("en.harm_to_others.implied.punish_for_real_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\b(?:i'?m going to|i am going to|i'?ll|i will|gonna|planning to|plan to) (?:punish|teach (?:him|her|them|someone|somebody) a lesson|make (?:him|her|them|someone|somebody) pay)\b",
                              r"\bnot (?:a )?hypothetical(?:ly)?\b|\bfor real\b|\bi mean it\b|\bi'?m serious\b", 80, across=True),
                       r"\b(?:screen time|grounded|pocket money|phone|console|tablet|game|chess|quiz|match|court|lawyer|review)\b", 200),
           "implied: a punishment of someone announced for real"),
]
# A weapon kept ready in the car or bag, and someone "will get what he deserves"; someone's movements
# known, and "don't make me remind you".
_S22_WEAPON = r"(?:(?:baseball )?bat|knife|crowbar|hammer|iron bar|metal bar|machete|gun|knuckle-?dusters?)"
_S22_STASH = r"(?:in (?:my|the) (?:boot|trunk|car|bag|pocket|glove ?box)|under (?:my|the) seat|by the door)"
RULES += [
    crisis("en.harm_to_others.implied.weapon_stashed_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(rf"\b{_S22_WEAPON}\b[^.!?]{{0,25}}\b{_S22_STASH}\b|\b{_S22_STASH}\b[^.!?]{{0,25}}\b{_S22_WEAPON}\b",
                              r"\b(?:he|she|they)(?:'ll| will) (?:get what (?:he|she|they) deserves?|get (?:his|hers|theirs)|pay|regret it|be sorry)\b|\bsettle (?:the score|things) with\b", 150, across=True),
                       r"\b(?:baseball (?:practice|game|match|club|team)|softball|cricket|camping|fishing|kitchen|cooking|diy)\b", 250),
           "implied: a weapon kept ready, and someone 'will get what they deserve'"),
    crisis("en.harm_to_others.implied.dont_make_me_s22", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\bi know (?:exactly )?(?:what time|when|where|which (?:gym|exit|door|entrance|route|school|days|nights))\b|\bi know (?:his|her|their) (?:gym|car|house|address|schedule|routine)\b",
                  r"\bdon'?t make me (?:remind|come|show|prove|use|repeat)\b|\byou(?:'ve| have) been warned\b", 200, across=True),
           "implied: someone's movements known, and 'don't make me'"),
]
# Marks mostly explained and the rest owned ("the rest are mine"); a counter of days clean reset.
RULES += [
    crisis("en.self_harm.implied.the_rest_are_mine_s22", C.SELF_HARM, S.HIGH,
           either(r"\b(?:scratch\w*|cuts?|marks?|scars?|scabs?|wounds?)\b",
                  r"\bthe (?:rest|others?|other ones) (?:are|were) (?:mine|from me|me|my own doing)\b", 80, across=True),
           "implied: marks mostly explained, the rest the writer's own"),
    crisis("en.self_harm.implied.days_clean_reset_s22", C.SELF_HARM, S.HIGH,
           either(r"\b(?:\d+|a hundred|two hundred) days? (?:clean|free|without)\b|\b(?:streak|counter|clean days?)\b",
                  r"\b(?:back to (?:zero|day one|0)|reset (?:it|to zero)?|broke (?:it|my streak)|lost my streak)\b[\s\S]{0,150}\b(?:arms?|wrists?|thighs?|sleeves|cover\w*|hid\w*|scabs?|plasters?|bandages?)\b", 80, across=True),
           "implied: a counter of days clean reset, and the body hidden"),
]

# --- Session 22: look-alikes an English probe written for the session sent to review -----------------
RESOLVED = RESOLVED + r"|\blong over\b|\b(?:he'?s|she'?s|they'?re) (?:completely |long |well )?out of my life\b"
_S22_TOPIC = r"(?:suicides?|suicide (?:attempts?|rates?|loss)|self[- ]?harm(?:ing)?|overdoses?|domestic (?:abuse|violence)|child (?:abuse|exploitation))"
CLEARERS += [
    # what a nurse, a social worker, a pharmacist, a moderator meets at work
    Clearer("en.topic.seen_at_work_s22",
            r"\b(?:i|we) (?:see|deal with|work with|hear about|review|handle|get asked about)\b[^.!?]{0,40}?\b" + _S22_TOPIC + r"\b"
            r"|\b(?:caseload|cases|clients|patients|callers|reports|content|people)\b[^.!?]{0,30}?\b(?:mostly |about |of |with |on )?" + _S22_TOPIC + r"\b"
            r"|\b(?:ask|asks|asking) me about " + _S22_TOPIC + r"\b|\b(?:have|has) (?:high|higher|the highest) " + _S22_TOPIC + r"\b|\b(?:suicide|overdose|self[- ]?harm) rates?\b",
            "what the writer meets at work, not a disclosure",
            context=r"\b(?:nurse|social worker|pharmacist|paramedic|psychologist|counsell?or|teacher|volunteer|moderator|police|officer|vet|gp|doctor|caseload|a&e|er|icu|crisis line|helpline|shift)\b"),
    # a scene in a film, a documentary about it
    Clearer("en.topic.scene_or_doc_s22",
            r"\b(?:overdose|suicide|self[- ]?harm|stabbing|murder|abuse) scenes?\b|\b(?:doc|docuseries|series|show|play|webinar|campaign|talk|workshop|training) (?:about|on)\b"
            r"(?:(?!\b(?:i|i'?m|i'?ve|i'?d|me|my|myself)\b)[^.!?]){0,30}",
            "a scene or a programme about the topic, not a disclosure"),
    # a relative's heart attack or stroke already in hospital care
    Clearer("en.plain.relative_in_hospital_s22",
            r"\b(?:grandm\w+|gran|nan|grandad|grandpa|grandfather|mum|mom|mother|dad|father|husband|wife|partner|brother|sister|aunt|uncle|friend|colleague|neighbou?r|mother-in-law|father-in-law)\b[^.!?]{0,15}?\b(?:had|has had|suffered)\b (?:a |another )?(?:heart attack|stroke|seizure|fit)\b",
            "a relative's emergency already in hospital care",
            context=r"\b(?:in hospital|in the hospital|stable|recovering|discharged|out of danger|doing better|home now|in icu|being looked after)\b"),
    # ending things with a platform, not a life: "I've decided to end things... with this platform, I mean!"
    Clearer("en.plain.end_things_with_a_service_s22",
            r"\bend(?:ing)? (?:things|it all|everything)\W{0,5}\s*(?:with|on) (?:this|the|your) (?:platform|app|service|subscription|account|plan|site)\b",
            "ending a service, not a life"),
    # giving things away before a move abroad
    Clearer("en.plain.giving_away_before_a_move_s22",
            r"\bgiv(?:e|ing|en) away (?:all )?(?:of )?(?:my|our) (?:stuff|things|furniture|belongings|books|clothes)\b",
            "giving things away before a move", applies_to=r"\.suicide\.implied\.",
            context=r"\b(?:emigrat\w*|relocat\w*|mov(?:e|ing) (?:to|abroad|away|overseas|countries|house)|moving out|flight|visa|abroad|overseas)\b"),
]
# A question about the rules is no question when the writer goes on to their own act: "does my therapist
# have to tell my parents if i say i self harm? im 16 and i did it again today" (the clearer ended at
# the question mark and cleared the only crisis words).
_S22_OWN_ACT = (r"(?![\s\S]{0,160}?\b(?:i (?:just )?did it (?:again|today|tonight|last night|this morning)|did it again|i(?:'ve| have) (?:been doing|done) it"
                r"|i (?:cut|burn(?:ed|t)?|hurt) (?:myself )?(?:again|today|last night|this morning)|(?:it|this) (?:is|was) (?:about )?me\b))")
CLEARERS = revised(CLEARERS, "en.topic.policy_question_s15", lambda old: rf"(?:{old}){_S22_OWN_ACT}")
# A time-bounded absence: "giving away" is no "away", and "won't be around much longer" is no absence
# ("I'm giving away my things because I won't be around much longer" had been cleared as a trip).
_S22_NOT_AWAY = (r"(?<!giving )(?<!give )(?<!given )(?<!gave )(?<!gives )(?<!passing )(?<!passed )(?<!pass )(?<!passes )"
                 r"(?<!fade )(?<!fading )(?<!throw )(?<!throwing )(?<!thrown )(?<!threw )away")
CLEARERS = revised(CLEARERS, "en.plain.absence", substituted(r"travel\w*|away|abroad", rf"travel\w*|{_S22_NOT_AWAY}|abroad"))
CLEARERS = revised(CLEARERS, "en.plain.absence", substituted(r"be (?:around|here|available)\b", r"be (?:around|here|available)\b(?! (?:much|for (?:much )?) ?longer| for long| long)"))
# The form's or the policy's own words: "Is the self-harm question on intake mandatory?", "mandated
# reporters for child abuse", "should we call 911 if something happens?", "suicidal thoughts as a topic
# ... I'm writing a play about it".
CLEARERS += [
    Clearer("en.topic.the_forms_words_s22",
            r"\bthe (?:self[- ]?harm|suicide|suicidal(?: thoughts?)?|overdose|abuse|risk) (?:question|item|section|screening|box|part|tick ?box)s?\b"
            r"|\b(?:mandated|mandatory) report(?:ers?|ing)?\b[^.!?]{0,20}\b(?:for|of|on)\b[^.!?]{0,10}\b(?:child abuse|abuse|self[- ]?harm|suicide|suicidal)\w*"
            r"|\b(?:should|do|would|can|must) (?:we|i|they|you|people) (?:call|ring|dial) (?:911|999|112|000|an ambulance)\b[^.!?]{0,30}\bif\b"
            r"|\b(?:suicid\w*|self[- ]?harm\w*|overdose)(?: thoughts?)? as a (?:topic|theme|subject)\b",
            "a form's or a policy's words, not a disclosure"),
]
# Leaving to live elsewhere, in Indian English ("shifting permanently to my daughter's place in the US").
_S22_FAREWELL = next(c for c in CLEARERS if c.id == "en.plain.farewell_with_destination")
CLEARERS = redefined(CLEARERS, _replace(_S22_FAREWELL, pattern=_S22_FAREWELL.pattern + r"|\b(?:say|write|send) (?:my |a )?(?:final |last )?goodbyes?\b",
                                        context=_S22_FAREWELL.context
                                       + r"|\bshifting (?:permanently |for good )?to\b|\bmoving (?:permanently |for good )?(?:in with|to (?:my|our) \w+'s)\b"))

# --- Session 22: a second English probe (250 ordinary tickets, 50 crises written for the session) ----
# "off" reads as a suicide verb only with "myself": "ye've taken €65 off me twice" is a bank charge.
RULES = revised(RULES, "en.suicide.explicit.kill_myself", substituted(
    r"(?<![\w-])(?:kill+|k!ll|off|end|hang|shoot|drown|poison)(?:ing|ed)? (?:my ?self|myself|me)\b",
    r"(?<![\w-])(?:(?:kill+|k!ll|end|hang|shoot|drown|poison)(?:ing|ed)? (?:my ?self|myself|me)|off(?:ing|ed)? (?:my ?self|myself))\b"))
RULES += [
    # "I don't want my mum to be the one who finds me" (an emergency contact changed for it)
    crisis("en.suicide.implied.the_one_who_finds_me_s22", C.SUICIDE, S.HIGH,
           r"\b(?:(?:don'?t|do not) want (?:my |the )?\w+(?: \w+)? )?to (?:be the one (?:who|that) finds? me|be the one to find me)\b"
           r"|\b(?:don'?t|do not) want (?:my |the )?\w+(?: \w+)? to find me\b(?! (?:on|in|via|through) (?:instagram|facebook|social|tiktok|linkedin|online|the app|here|twitter|x\b))",
           "implied: who will find the writer's body"),
    # names and shift times written down beside a wish to hurt them
    crisis("en.harm_to_others.implied.names_written_down_s22", C.HARM_TO_OTHERS, S.HIGH,
           unless_near(either(r"\b(?:writ(?:e|ing)|wrote|written|made|making|keep(?:ing)?|started) (?:down )?(?:a list of )?(?:their|the|all their|his|her) names\b|\ba list of (?:their )?names\b",
                              r"\b(?:hurt\w*|kill\w*|make them pay|shift times|schedules?|addresses|when they (?:leave|finish)|picturing|revenge|get back at)\b", 120, across=True),
                       r"\b(?:wedding|party|thank\w*|invit\w*|christmas|birthday|gifts?|cards?|volunteers?|rota|register|attendance|class|prayer|pray)\b", 200),
           "implied: names written down beside a wish to hurt them"),
]
CLEARERS += [
    Clearer("en.idiom.survive_the_month_if_s22",
            r"\bnot (?:going to|gonna) survive (?:this|the|another) (?:month|week)\b[^.!?]{0,20}\bif\b[^.!?]{0,40}(?:[$€£]|\b(?:money|refund|payment|charge|rent|bill|salary|pay)\b)",
            "idiom: money trouble"),
    Clearer("en.idiom.looked_like_a_stroke_s22",
            r"\b(?:looked|looks|look|seemed|seems) like (?:she|he|they|i|my therapist|the therapist)(?:'s| was| were| is)? having a (?:stroke|seizure|fit|heart attack)\b",
            "idiom: a frozen video", applies_to=r"^en\.medical_emergency\."),
    Clearer("en.idiom.want_to_bang_my_head_s22",
            r"\b(?:want|wanted|wanna|makes me want|made me want) to bang my head (?:against|on) (?:a|the) (?:brick )?wall\b(?![^.!?]{0,30}\b(?:until|till|bleed\w*|bled|hurt\w*|bruise\w*|again)\b)",
            "idiom: frustration", applies_to=r"^en\.self_harm\."),
    Clearer("en.idiom.x_is_going_to_kill_me_s22",
            r"\b(?:my )?(?:finals|exams?|deadlines?|dissertation|thesis|revision|commute|job|work|boss|course|module|uni|school|this (?:job|course|module|week|month|bill|queue))\b (?:is|are|will|'s|'re) (?:going to |gonna )?(?:kill|be the death of) me\b",
            "idiom"),
    Clearer("en.plain.pet_ate_a_pill_s22",
            r"\b(?:dog|cat|puppy|kitten|pet)\b[^.!?]{0,10}\b(?:ate|swallowed|chewed|got hold of) (?:one of |some of )?my (?:pills|tablets|meds|medication)\b",
            "a pet, not the writer", applies_to=r"^en\.medical_emergency\."),
]
RESOLVED = RESOLVED + r"|\bhaven'?t (?:done it |cut |self[- ]?harmed )?(?:for|in) (?:\d+|two|three|four|five|six|several|many) (?:years|months)\b"
CLEARERS = revised(CLEARERS, "en.idiom.rather_die_than", widened(
    r"\b(?:i'?d|i would) rather die than (?:do |sit through |attend )?(?:another |more |a )?(?:group )?(?:icebreakers?|group (?:work|sessions?|activities)|small talk|role-?plays?)\b"))

# --- Session 23 ------------------------------------------------------------------------------
# Classes found by probes written for the session by helpers who never saw the rules (see
# training/pending/README.md); each is written wider than the message that showed it, and each
# has a look-alike beside it in tests/test_screening_rules_s23.py.
RULES += [
    # "suicide" misspelt: sucide, suiside, suicid (how Slavic and Persian writers often spell it)
    crisis("en.suicide.explicit.misspelt_s23", C.SUICIDE, S.CRITICAL,
           r"\b(?:suc[i1]d(?:e|al|ed)|su[i1]s+[i1]d(?:e|al|ed)|suicid|suicied|suiccide|suecide)\b", "explicit (misspelt)"),
    # a farewell to the therapist: "it wasn't her fault", "thanks for trying", "couldn't hold on"
    crisis("en.suicide.implied.not_her_fault_s23", C.SUICIDE, S.HIGH,
           either(r"\b(?:it )?(?:wasn'?t|wasnt|isn'?t|isnt|was not|is not) (?:her|his|your|their|dr\.? \w+'?s) fault\b(?! (?:the|that|this|for|with|if|when|it|my|our)\b)"
                  r"|\bthanks? (?:her |him |them |you )?for trying\b(?! to)|\b(?:she|he|they) (?:really )?tried(?: (?:her|his|their) best)?\b(?! (?:to|with|but the|a new)\b)"
                  r"|\bsorry i (?:couldn'?t|could not|couldnt) hold on\b",
                  r"\blast time (?:i'?ll|ill|i will|i'?m|im) (?:be )?(?:log\w*|writ\w*|messag\w*|talk\w*|here|on here|see\w*)\b(?![^.!?]{0,12}\b(?:from|on|with|via|through|before|until|till|this (?:week|month))\b)"
                  r"|\b(?:couldn'?t|couldnt|could not|can'?t|cant) (?:hold|hang) on (?:any ?(?:longer|more))\b"
                  r"|\bunsubscribe me\b|\bforgive me\b|\bgoodbye\b(?! (?:to (?:the|this|that|my|your|old)|for now)\b)|\bwon'?t (?:be (?:back|around|here)|need (?:her|him|them|it|this))\b", 200, across=True),
           "implied: a farewell that absolves the therapist"),
    crisis("en.suicide.implied.cant_hold_on_any_longer_s23", C.SUICIDE, S.HIGH,
           unless_near(r"\b(?:i|i'?m|im) (?:just )?(?:couldn'?t|couldnt|could not|can'?t|cant|cannot|can not) (?:hold|hang) on (?:any ?(?:longer|more))\b",
                       r"\b(?:the )?(?:phone|line|call|on hold|the hold|hold music|queue|refund|money|payment|waiting|wait|bladder|pee|toilet)\b", 60),
           "implied: cannot hold on any longer"),
    # someone else named as the one who will "actually be around after this week"
    crisis("en.suicide.implied.someone_around_after_s23", C.SUICIDE, S.HIGH,
           r"\b(?:someone|somebody|a person|people) (?:who(?:'ll| will)?|that(?:'ll| will)?) (?:actually |still )?be (?:around|here|alive)\b[^.!?]{0,20}\b(?:after|past|beyond) (?:this|next|the|tonight|today|tomorrow|\w+day)\b",
           "implied: someone else who will be around afterwards"),
    # long sleeves in the heat, "you know what that means"
    crisis("en.self_harm.implied.sleeves_in_summer_s23", C.SELF_HARM, S.HIGH,
           unless_near(either(r"\b(?:long sleeves?|long-sleeved|hoodies?|jumpers?)\b",
                              r"\b(?:summer|july|august|heatwave|heat wave|it'?s (?:so |really )?hot|\d\d ?degrees|you know what (?:that|it) means|back (?:in|to)|again)\b", 60),
                       r"\b(?:eczema|psoriasis|sunburn\w*|sun allerg\w*|tattoos?|uniform|dress code|mosquito\w*|rash|a/?c|air ?con\w*|office is (?:cold|freezing)|cold office|religio\w*|modest\w*|hijab)\b", 200),
           "implied: covering up in the heat"),
    # scratching, picking, burning "till it bleeds", on purpose or unable to stop
    crisis("en.self_harm.implied.until_it_bleeds_s23", C.SELF_HARM, S.HIGH,
           either(r"\b(?:scratch\w*|pick\w*|bit(?:e|es|ing|ten)?|hit\w*|punch\w*|burn\w*|claw\w*|dig\w*) (?:at )?(?:my|myself|it|them|the)\b[^.!?]{0,30}\b(?:till|until|til|untill) (?:it|they|i|the skin) (?:bleeds?|bled|breaks?|broke|opens?)\b"
                  r"|\b(?:scratch\w*|pick\w*|claw\w*) (?:till|until|til) (?:it|they) (?:bleeds?|bled)\b",
                  r"\bon purpose\b|\b(?:can'?t|cannot|couldn'?t) stop\b|\bto feel (?:something|better|it)\b|\bi deserve\b|\bpunish\w*\b", 100, across=True),
           "implied: hurting the skin on purpose"),
    # a relapse with a blade (a pencil sharpener's, a razor's), hidden
    crisis("en.self_harm.implied.relapse_with_a_blade_s23", C.SELF_HARM, S.HIGH,
           either(r"\b(?:relaps\w*|old habits?|did it again|back to (?:it|that|cutting)|slipped (?:up|again)|streak (?:is )?(?:gone|broken|over|reset))\b",
                  r"\b(?:pencil )?sharpener\b|\b(?:razor )?blades?\b|\bglass (?:shards?|pieces)\b|\bhid (?:the )?(?:bits|blades?|pieces|razors?)\b", 100, across=True),
           "implied: a relapse with a blade"),
    # waiting for a named person at their car or exit, and "she'll regret it"
    crisis("en.harm_to_others.implied.waiting_at_the_car_s23", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\b(?:i'?ll|ill|i will|i'?m going to|im going to|gonna) be (?:waiting|there|outside)\b[^.!?]{0,40}\b(?:car ?park|parking (?:lot|garage)|(?:her|his|their) car|outside (?:her|his|their)|when (?:she|he|they) (?:walks?|leaves?|comes? out|gets? (?:off|out)|finish\w*))\b",
                  r"\b(?:regret\w*|won'?t be asking nicely|not (?:asking|going to ask) nicely|see what happens|teach (?:her|him|them) a lesson|pay for (?:it|this|that)|sorry)\b", 150, across=True),
           "implied: waiting for someone where they will be alone"),
    # a group going round to "sort him out" with weapons
    crisis("en.harm_to_others.implied.sort_him_out_with_weapons_s23", C.HARM_TO_OTHERS, S.HIGH,
           either(r"\b(?:sort|deal with|do|teach) (?:him|her|them) (?:out|in|over|a lesson)\b|\bgoing (?:round|around|over) (?:to )?(?:his|her|their)(?: (?:house|place|flat))?\b",
                  r"\b(?:baseball )?bats?\b|\bcrowbars?\b|\bknuckle ?dusters?\b|\bmachetes?\b|\bhammers?\b|\bknives\b|\btool(?:ed)? up\b", 80, across=True),
           "implied: going round to hurt someone, armed"),
    # a cover story told again ("told my mum I fell down the stairs again")
    crisis("en.abuse.implied.cover_story_again_s23", C.ABUSE, S.HIGH,
           r"\b(?:told|tell|telling|said to|say to) [^.!?]{0,25}\bi (?:fell|walked into|tripped|slipped|bumped)\b[^.!?]{0,40}\bagain\b",
           "implied: an injury explained away, again"),
    # fled with the children; "he can't find out where we are"
    crisis("en.abuse.implied.he_must_not_find_us_s23", C.ABUSE, S.HIGH,
           r"\b(?:he|she|my (?:ex|husband|wife|partner|boyfriend|girlfriend))(?: must| can)?(?:n'?t| not|not)? ?(?:can'?t|cannot|mustn'?t|must not|shouldn'?t|can not|never)? (?:find out|know|learn|see|find) where (?:we|i|the kids|the children) (?:are|am|live|'?re|'?m|are staying|am staying|went)\b",
           "implied: hiding from a partner"),
    crisis("en.medical_emergency.implied.bleeding_through_s23", C.MEDICAL_EMERGENCY, S.CRITICAL,
           either(r"\bbleed\w* (?:through|all over) (?:the |my |a |\w+ )?(?:towels?|bandages?|dressings?|t-?shirts?|sheets?|gauze|clothes)\b|\bbleeding (?:for|since) (?:\d+|an?|half an) (?:minutes?|mins?|hours?)\b",
                  r"\b(?:dizzy|faint\w*|light-?headed|pale|passing out|pass out|cold and clammy|shaking|won'?t stop|can'?t stop)\b", 120, across=True),
           "implied: bleeding that will not stop, with signs of blood loss"),
]
CLEARERS += [
    # "my bank / my sister is going to kill me": someone else's anger, not a wish to die (scoped:
    # a partner's threat is still read by the abuse rules)
    Clearer("en.idiom.someone_is_going_to_kill_me_s23",
            r"\b(?:he|she|they|(?:my|the|our|your) (?:\w+ ){0,1}\w+)(?:'s| is| are|'re|'ll| will)(?: (?:gonna|going to|literally|actually|so|totally|definitely|probably|absolutely))+ kill me\b"
            r"|\b(?:he|she|they|(?:my|the|our|your) (?:\w+ ){0,1}\w+)(?:'ll| will) (?:literally |actually |totally )?kill me\b",
            "idiom: someone's anger", applies_to=r"^en\.suicide\.explicit\.kill_myself$"),
    Clearer("en.idiom.murder_the_pet_s23",
            r"\b(?:cat|dog|kitten|puppy|parrot|hamster|rabbit|toddler|flatmate's cat)\b[^.!?]{0,80}\bi'?ll (?:murder|kill|strangle|throttle) (?:her|him|it|them)\b(?=[^.!?]{0,20}\b(?:lol|haha|lmao|jk|😂)|[^.!?]{0,40}\b(?:anyway|btw|also)\b)",
            "idiom: a pet", applies_to=r"^en\.harm_to_others\."),
    Clearer("en.plain.goodbye_with_a_reason_s23",
            r"\b(?:this is|saying|say) (?:my )?goodbye(?: message)?\b",
            "a farewell with where the writer is going", applies_to=r"^en\.suicide\.implied\.(?:goodbye|affairs)",
            context=r"\bgraduat\w*|\bbasic training\b|\bthe army\b|\bdeploy\w*|\ba place (?:at|with|on)\b|\bnew (?:provider|therapist|counsell?or|service|clinic|job)\b|\bgoodbye for now\b|\bwaitlist\b|\bmoving (?:to|abroad|away)\b"),
]
# "not for shaving" is the opposite of the shaving look-alike
CLEARERS = revised(CLEARERS, "en.plain.shaving", lambda old: rf"(?![^.!?]{{0,80}}\bnot (?:really |just |for |to |really for )?(?:for )?shav)(?<!not for )(?:{old})")
# Only a year the writer has left behind: "I'm in my final year and I want to die" is current.
PAST = PAST + (r"|\b(?:was|were|had been|used to be)\b[^.!?]{0,30}\bin (?:my )?(?:first|second|third|final|last|freshman|sophomore|junior|senior) year(?: of (?:uni|university|college|school|high school))?\b"
               r"|\b(?:back in|when i was in) (?:my )?(?:first|second|third|final|last|freshman|sophomore|junior|senior) year(?: of (?:uni|university|college|school|high school))?\b")

# The first probes' remaining implied misses, as classes (session 23, second pass).
RULES += [
    crisis("en.suicide.implied.message_timed_for_after_s23", C.SUICIDE, S.HIGH,
           either(r"\bschedul\w* (?:a |an )?(?:message|email|letter|note)\b|\b(?:delay|time) (?:a |the )?(?:message|email)\b",
                  r"\bafter(?=\s*[.!]?\s*$)|, after(?=\s*[.!])|\bafter (?:i'?m gone|it'?s done|everything|i'?m not here)\b", 150, across=True),
           "implied: a message timed for afterwards"),
    crisis("en.suicide.implied.left_where_they_will_find_s23", C.SUICIDE, S.HIGH,
           either(r"\b(?:leave|put|hide|left) (?:them|it|these|my \w+)\b[^.!?]{0,20}\bsomewhere (?:my|her|his|their|the) \w+(?: \w+)? (?:will|'ll|can) find (?:them|it)\b",
                  r"\btonight\b|\bafter(?:wards)?\b|\bbefore i go\b|\bwhen i'?m gone\b", 80, across=True),
           "implied: things left where someone will find them"),
]

# Session 24: a stage of life the writer is in now, or a habit told in the present, is current even
# beside a past marker ("I'm in my first year at college and I keep thinking about suicide every
# night" had routed human review, not clinical, on "at college"). Only the writer's present stage or
# a present verb tied to the habit: an ordinary present verb after "I'm fine now" must not undo it.
CURRENT = CURRENT + (r"|\bi(?:'m| am)(?: (?:still|now|currently|just))? (?:(?:a )?(?:student|freshman|sophomore|junior|senior) (?:at|in)|in (?:my )?(?:first|second|third|final|last) year (?:at|of|in)|(?:at|in)) (?:uni|university|college|high school|school|sixth form)\b"
                     r"|\bi(?:'m| am) in my (?:teens|twenties|thirties|forties|fifties)\b"
                     r"|\bi keep (?:thinking|wanting|cutting|hurting|planning|imagining)\b"
                     r"|\bi(?: still| really| just)? want to (?:die|kill myself|end (?:it|my life|things)|disappear|hurt myself|cut)\b|\bi(?:'m| am) (?:going to|gonna) (?:end|kill|take|hurt|cut|do it)\b"
                     r"|\bevery (?:single )?(?:night|day|morning|evening) i (?!(?:was|were|had|did|thought|felt|went|used|would|could|tried|wanted)\b)[a-z]+(?<!ed)\b")
# Session 24: "I gave my dog away because I won't be here next week" was an absence ("away"); only
# the writer being away is one ("I'll be away", "going away"), not things given away.
CLEARERS = revised(CLEARERS, "en.plain.absence", substituted(_S22_NOT_AWAY, r"\b(?:be|i'?m|am|are|being|go|going|went|gone|head|heading|fly|flying|been) away"))

# Session 24: a pet given away by someone who won't be here (after an ordinary opening, no rule read it).
RULES += [
    crisis("en.suicide.implied.pet_given_away_not_here_s24", C.SUICIDE, S.HIGH,
           either(r"\bg(?:ave|iven|iving|ive) (?:away )?(?:my |our )?(?:dog|cat|pets?|puppy|kitten|bird|rabbit|hamster|horse)(?: away)?\b"
                  r"|\bre-?hom(?:ed|ing) (?:my |our )?(?:dog|cat|pets?)\b",
                  r"\b(?:won'?t|will not|not going to) be (?:here|around)\b|\bwon'?t (?:need|see) (?:him|her|it|them) (?:again|any ?more)\b", 80, across=True),
           "implied: a pet given away by someone who won't be around"),
]
RULES += [
    crisis("en.self_harm.implied.do_anything_to_myself_s24", C.SELF_HARM, S.HIGH,
           r"\bdo(?:ing)? anything (?:stupid |bad |drastic |dumb )?(?:to|with) myself\b",
           "implied: doing something to oneself (as its denial is usually written)"),
]
# "I could strangle my brother for eating my lunch": a grievance too small for the verb.
CLEARERS += [
    Clearer("en.idiom.could_kill_for_a_small_thing_s24",
            r"\bi (?:could|'d|would) (?:literally |honestly |actually )?(?:strangle|kill|murder|throttle) (?:my \w+|him|her|them)\b"
            r"[^.!?]{0,40}\bfor (?:eating|taking|using|borrowing|forgetting|finishing|drinking|losing|breaking|hogging|snoring|being late|not (?:texting|calling|washing|replying))\b",
            "idiom: a small grievance", applies_to=r"^en\.harm_to_others\."),
]
# "dont worry im not gonna ...": "don't worry" reassures; it is no second negation that would cancel
# the denial (crisis_rules._negations_cancel), and alone it denies nothing ("don't worry, I'll ...").
NEGATION_EXCEPTIONS = NEGATION_EXCEPTIONS + r"|\b(?:don'?t|dont|do not) (?:you )?worry\b|\bno worries\b|\bnot to worry\b"

# Session 24, second round: implied crises inside ordinary traffic (tests/test_screening_crossed.py);
# alone the classifier read them, after "Please cancel my subscription, ..." it did not.
_S24_NO_REASON = r"(?![^.!?]{0,80}\b(?:because|since|as i'?m|switch\w*|moving|new (?:job|provider|insurance)|employer|found|cheaper|another|insurance|work covers))"
RULES += [
    crisis("en.suicide.implied.wont_need_it_after_a_day_s24", C.SUICIDE, S.HIGH,
           either(r"\b(?:won'?t|will not|wouldn'?t) (?:need|be needing|be using) (?:the |my |this |your )?(?:subscription|account|sessions?|plan|membership|app|appointments?)",
                  r"\b(?:after|from|past|beyond) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|the weekend|tomorrow|tonight)", 30)
           + _S24_NO_REASON,
           "implied: no more need of the service after a named day, no reason given"),
    crisis("en.child_safety.implied.child_with_an_adult_partner_s24", C.CHILD_SAFETY, S.CRITICAL,
           r"\bmy (?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen)[- ]year[- ]old\b[^.!?]{0,40}\b(?:adult|grown(?:-up)?|much older|(?:[2-9]\d)[- ]year[- ]old) (?:boyfriend|man|guy|friend|girlfriend|woman)\b",
           "a child with an adult partner"),
]
RULES += [
    crisis("en.suicide.implied.rope_in_place_s24", C.SUICIDE, S.CRITICAL,
           # session 25: also "the rope is already in the shed" (no verb of putting)
           r"(?:\b(?:put|hung|tied|left|hidden|hid) (?:the |a )?rope\b[^.!?]{0,25}|\bthe rope(?:'s| is) (?:already |now |ready )+)"
           r"\b(?:in|on|under|from|over) (?:the |my )?"
           r"(?:garage|shed|loft|attic|basement|wardrobe|closet|bedroom|car|bed|beam|banister|tree)\b"
           r"(?![^.!?]{0,60}\b(?:camping|boat|climb\w*|swing|washing|tow\w*|tent|dog|horse|gym|kids?|hammock))",
           "implied: a rope readied"),
]

# Session 25: "and" after a clause about someone else, before a clause with a subject of its own: "My
# friend died last year and this is the last message you'll get from me" is not the friend's past
# (crisis_rules._present_clause_start). Not "and then took his own life", whose subject is the clause
# before's: a verb or a third-person pronoun right after "and" continues it.
AND_NEW_SUBJECT = (r"\band\s+(?!(?:then |later |also |just |never |eventually |finally |soon |still )?"
                   r"(?:\w+ed|was|were|had|has|is|are|took|went|left|gave|got|made|said|told|became|came|fell|felt|thought|found|kept"
                   r"|hung|cut|shot|drank|ate|ran|wrote|sent|did|does|says|wants|keeps|tries|won'?t|didn'?t|couldn'?t|can'?t|will|would|could"
                   r"|he|she|they|his|her|their|him|them)\b)")

# Session 25: "Since my divorce last year I've been saving up my pills": a past marker right after
# "since" starts a period that runs until now, and one after "after" says when a present wish began
# ("After my divorce last year I want to die"); neither dates the crisis that follows
# (crisis_rules._period_starts). Minutes or hours ago is now: "I took all my pills an hour ago".
SINCE = r"\b(?:ever )?since\b"
AFTER = r"\bafter\b"
JUST_NOW = (r"\b(?:an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|a few|a couple of|half an|\d+) (?:hours?|minutes?|mins?) ago\b"
            r"|\bjust now\b")
RECENT = RECENT + "|" + JUST_NOW

# A verb in the past tense: after "after <event> <past marker>" it keeps the clause in the past
# ("After my divorce last year I swallowed ..."); without one the clause is now.
# Not the forms that are also present or nouns ("cut", "hit", "my left arm").
PAST_TENSE = (r"\b(?:\w+ed|was|were|had|took|went|gave|got|made|said|told|became|came|fell|felt|thought|found|kept|hung"
              r"|drank|ate|ran|wrote|sent|did|lost|began|bought|sold|swam|threw|tore|broke|stole)\b")

# Session 25: "My therapist is on holiday until Monday and I gave my dog away because I won't be here
# next week": the absence clearer read someone else's holiday as the writer's. A holiday that "is on" /
# "'s on" (a third person's) no longer explains an "I won't be here" in a clause of the writer's after
# it ("and I ..."); "She's on a trip and won't be here" and "I'm on holiday next week and I won't be
# here" still clear. (Stopping the gap at any new clause also stopped it at "because": "I won't be here
# next week because of my holiday".)
CLEARERS = revised(CLEARERS, "en.plain.absence", substituted(
    r"|\b(?:trip|holiday|vacation|travel\w*|",
    r"|(?!(?:(?<=\bis on )|(?<='s on )|(?<=\bis on a )|(?<='s on a ))(?:trip|holiday|vacation)\b[^.!?]{0,50}?\band i\b)"
    r"\b(?:trip|holiday|vacation|travel\w*|"))

# Session 26 (crossed probes, a chat line with no punctuation): "i dont sleep i want to die" went auto:
# "dont" 10 characters back negated the crisis. Chat drops the comma between a negated clause and the
# writer's next one ("the app doesn't let me back in I want to kill myself", "it won't load my husband
# beats me every night"). The new clause starts at the writer's "I" or another person as the subject,
# after a negated verb that does not take a clause as its object: "I don't think I want to die", "not
# saying I want to die", "it's not like I want to die" stay one denial, and so does anything across
# "that", "whether" or "if" ("can't remember the last time I didn't hurt myself" is one double
# negative). The lead is a negated verb or "no" before a noun ("no money left i want to die"); a bare
# "not", "no way" and "no day" make one double negative with the next clause ("no way am i NOT burning
# myself again", "not a day goes by I don't"). "i dont care anymore i want to die", "i dont like it i
# want to die" are two clauses.
_S26_TAKES_A_CLAUSE = (r"(?:think|thought|believe|believed|feel|felt|mean|meant|say|said|saying|guess|suppose|reckon|expect|"
                       r"imagine|want|wanna|pretend|claim|tell|told|admit|deny|swear|remember|know|knew|realise|realize|notice|noticed)")
# "not a day goes by I don't ...", "no night goes by I don't ...": a negated time is a double negative
# with the clause after it, which must be counted together (crisis_rules._negations_cancel).
_S26_NEGATED_TIME = r"(?:(?:a|an|one|single|a single)\s+)?(?:day|night|moment|hour|minute|week|time|morning|evening)\b"
_S26_SKIP = r"(?!(?:that|whether|if|as)\b|like\s+i\b)[\w']+"
ASYNDETIC_LEAD = (r"(?:\b(?:don't|dont|didn't|didnt|doesn't|doesnt|won't|wont|can't|cant|cannot|couldn't|couldnt|isn't|isnt|wasn't|"
                  r"wasnt|haven't|havent|aren't|arent|never)|(?:\b(?:i'm|im|am|is|are|was|do|does|did|will|can)\s+not)"
                  r"|\bno(?=\s+(?!(?:way|day|night|time|moment|week|hour|minute|single|one)\b)))\s+(?!" + _S26_TAKES_A_CLAUSE + r"\b|" + _S26_NEGATED_TIME + r")" + _S26_SKIP
                  + r"\s+(?:" + _S26_SKIP + r"\s+){0,4}?")
CLAUSE_START = (r"(?:i|i'm|im|i've|ive|i'll|i'd)\s+[\w']|(?:my (?:husband|boyfriend|partner|wife|girlfriend|dad|father|stepdad|"
                r"stepfather|ex|mum|mom|mother|brother)|he|she)\s+[\w']")

# Session 26: crisis words masked the way social media teaches ("i want to d*e", "s*icide", "su1cide",
# "sewerslide", "unal!ve myself"): no rule read them, and "i want to d*e" and "sewerslide" went auto
# ("k!ll", "kms" and an unmasked "unalive" were read). Masked letters are any of * . ! # @ _ $ 0 1 -
# inside the word; "d.e.l.e.t.e" is no "d.e".
_S26_MASK = r"[*.!#@_$01-]"
RULES += [
    crisis("en.suicide.explicit.masked_s26", C.SUICIDE, S.CRITICAL,
           rf"\b(?:want|wanna|going|gonna|ready|wish i could|need|about)\s+(?:to\s+)?d{_S26_MASK}+e\b(?!{_S26_MASK}\w)"
           rf"|\bs(?:u|{_S26_MASK})+(?:i|{_S26_MASK})+c(?:i|{_S26_MASK})+de\w*|\bsewer\s*slide\w*"
           rf"|\bunal(?:i|{_S26_MASK})ve\s+(?:my\s*self|me)\b",
           "explicit: a masked crisis word"),
]

# Session 26 (probes of questions about an account after death; the bg and fa ones went auto, this one
# reached a clinician by the classifier alone): a question about what happens after death, with the
# writer saying it is for themselves or needed soon, is an implied farewell.
RULES += [
    crisis("en.suicide.implied.after_my_death_soon_s26", C.SUICIDE, S.HIGH,
           either(r"\b(?:after|if|when|once) (?:i|the user|a user|the member|the (?:account )?holder|the (?:account )?owner|the subscriber|someone|a person) (?:di(?:e|es)|pass(?:es)? away)\b"
                  r"|\bafter (?:my|the user'?s|a user'?s) death\b"
                  r"|\b(?:when|if|once) i die\b",
                  r"\basking for (?:myself|me)\b|\b(?:it'?ll|it will|this will|that will) (?:be relevant|matter|be needed) soon\b"
                  r"|\bsoon (?:it'?ll|it will) (?:be relevant|matter)\b|\bi'?ll need (?:it|this|that) soon\b",
                  120, across=True),
           "implied: what happens after death, needed soon"),
]

# Session 29: an insult aimed at a member of staff named by their role ("the operator I spoke to is a
# complete idiot") was the classifier's alone, and in Bulgarian and Persian it went `auto`. A role
# noun, then the insult in the same sentence. Hostility toward staff: a person reads it.
RULES += [
    vulnerable("en.hostility.staff_insult_s29", V.HOSTILITY, S.MEDIUM,
               r"\b(?:operator|agent|rep|representative|advis[eo]r|receptionist|consultant|supervisor|manager|support (?:person|guy|girl|lady|staff|team)"
               r"|(?:guy|girl|lady|woman|man) (?:on the (?:phone|line|chat)|i spoke to|at the desk))s?\b(?:(?!\b(?:i(?! (?:spoke|talked|chatted|had|got|dealt)\b)|me|myself)\b)[^.!?\n]){0,40}?"
               r"\b(?:is|was|are|were)\s+(?:such\s+|a\s+|an\s+|one\s+|complete\s+|total\s+|absolute\s+|utter\s+|fucking\s+|f\W*ing\s+|useless\s+|stupid\s+)*"
               r"(?:idiots?|morons?|imbeciles?|cretins?|clowns?|cows?|bitch(?:es)?|bastards?|dickheads?|pricks?|twats?|halfwits?|dimwits?|muppets?)\b",
               "abuse aimed at a member of staff"),
]

# Session 29: threats and abuse toward staff that 120 probes written for the session showed going
# `auto` (tests/test_screening_rules_s29.py): violence to a body part ("I will break your face"),
# "someone is getting hurt", a staff member's profile or address found and shown, a death wish for a
# team ("hope every single person on your support team ... suffers"), harassment ("what you're
# wearing"), a life made hell, and animal names for the agent. Each wider than its probe.
_S29_STAFF = (r"(?:colleague|co-?worker|agent|operator|rep|representative|staff(?: member)?|support (?:manager|agent|team|guy|girl|lady)"
              r"|manager|supervisor|therapist|counsell?or|doctor|receptionist|employee|nurse|advis[eo]r|consultant)s?")
RULES += [
    vulnerable("en.hostility.body_violence_s29", V.HOSTILITY, S.HIGH,
               r"\b(?:i'?ll|i will|i'?m (?:going|gonna) to|i'?m gonna|gonna|going to|i'?d)\s+(?:\w+\s+)?(?:break|smash|punch|kick|bash|cave|rearrange|knock|slap|split|bust|snap)\s+"
               r"(?:in\s+|out\s+)?(?:your|ur|the (?:agent|operator|rep)'?s?)\s+(?:\w+\s+)?(?:face|head|teeth|legs?|arms?|neck|nose|jaw|skull|ribs|fingers)\b"
               r"|\b(?:one of you|you|you lot|you people)(?:'s| is| are|'re)\s+(?:getting|gonna get|going to get)\s+(?:hurt|killed|shot|stabbed|beaten)\b"
               r"|\b(?:come|coming|be) (?:down )?(?:there|to your (?:office|clinic|building))\b[^.!?\n]{0,40}\b(?:someone|somebody)(?:'s| is) (?:getting|gonna get|going to get) (?:hurt|killed|shot|stabbed)\b",
               "threat of violence to the agent or staff"),
    vulnerable("en.hostility.doxxing_s29", V.HOSTILITY, S.HIGH,
               r"\b(?:found|got|have|know|dug up|tracked down)\s+(?:\w+\s+){0,2}?(?:your|the|that)\s+" + _S29_STAFF
               + r"(?:\s+\w+)?'?s?\s+(?:instagram|insta|facebook|fb|tiktok|linkedin|profile|socials|home address|address|phone number|cell(?: number)?|number|car|plate|kids?|family)\b"
               r"|\b(?:home address|phone number|cell number|address|instagram|profile)\s+(?:and\s+\w+\s+(?:\w+\s+)?)?of\s+(?:your|the|that)\s+" + _S29_STAFF + r"\b",
               "a staff member's private details found or shown"),
    vulnerable("en.hostility.death_wish_s29", V.HOSTILITY, S.HIGH,
               r"\bhope\s+(?:\w+\s+){0,3}?(?:you|your|everyone (?:at|in|on) your|every (?:single )?(?:one|person) (?:at|in|on) your)\b[^.!?\n]{0,40}?\b(?:suffers?|suffering|dies?|dying|rots?|gets? (?:cancer|hit|run over)|catches? (?:something|cancer|covid))\b",
               "wishing the staff dead or hurt"),
    vulnerable("en.hostility.harassment_s29", V.HOSTILITY, S.HIGH,
               r"\bwhat (?:you'?re|youre|you are|she'?s|she is) wearing\b|\bsend me (?:a |some )?(?:pics?|pictures?|photos?|nudes?|selfies?)\b(?! of (?:the|your|my|a|an|this) (?:receipt|invoice|screen|error|form|document|prescription|card|bill))"
               r"|\b(?:she|you|the " + _S29_STAFF + r") (?:has|have|got) (?:a )?(?:nice|hot|great|sexy) (?:body|ass|arse|tits|boobs|legs|figure)\b"
               r"|\b(?:see|meet) (?:her|you) after (?:hours|work|her shift|your shift)\b[^.!?\n]{0,20}\balone\b",
               "sexual harassment of the agent or staff"),
    vulnerable("en.hostility.intimidation_s29", V.HOSTILITY, S.HIGH,
               r"\bmake (?:your|her|his|their) (?:life|lives) (?:a )?(?:very )?(?:difficult|hell|miserable|a living hell|hard)\b"
               r"|\bi know people\b[^.!?\n]{0,3}[.!]?\s*(?:people )?(?:who|that) (?:can|could|will)\b"
               r"|\byou (?:have|got|'ve got) (?:kids|children|a family|a daughter|a son)\b[^.!\n]{0,15}?\bthink (?:about|of) (?:them|her|him)\b"
               r"|\bthink (?:about|of) your (?:kids|children|family|daughter|son|wife|husband) (?:before|next time)\b",
               "intimidation of the agent or staff"),
    vulnerable("en.hostility.animal_names_s29", V.HOSTILITY, S.MEDIUM,
               r"\b(?:listen|hey|oi|look),?\s+(?:here,?\s+)?you\s+(?:\w+\s+){0,2}(?:monkey|pig|rat|dog|animal|cow|donkey|sheep|cockroach|worm|ape)s?\b"
               r"|\byou (?:stupid|pathetic|useless|dumb|filthy|fat|little) (?:\w+ )?(?:monkey|pig|rat|dog|animal|cow|donkey|cockroach|worm|ape)s?\b",
               "abuse aimed at the agent"),
]

# Session 30: crises the typed-forms probes (tests/data/typed_forms) showed no rule reads when typed
# plainly, each written wider than its probe: someone threatening to kill the writer (read as the
# idiom "kill me" before: "he's banging on the door screaming he's going to kill me"), being dead by a
# near time ("I'll be dead by Sunday"), and going to someone with a weapon ("I'm going over there
# tonight with my knife").
_S30_WHO = (r"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex|ex-?husband|ex-?wife|ex-?boyfriend|dad|father|mum|mom|mother"
            r"|stepdad|stepfather|stepmum|stepmom|brother|son|uncle|neighbou?r|landlord|flatmate|roommate)|the (?:man|guy|neighbou?r))")
_S30_SAYS = (r"(?:says?|said|saying|keeps? saying|kept saying|scream(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|swears?|swore|swearing"
             r"|texts?|texted|texting|told me|tells me|promis(?:es|ed|ing)|threat(?:ens|ened|ening))")
_S30_WEAPON = r"(?:knife|knives|gun|rifle|shotgun|pistol|machete|axe|hammer|bat|baseball bat|crowbar|blade)"
RULES += [
    crisis("en.abuse.explicit.threat_to_kill_me_s30", C.ABUSE, S.CRITICAL,
           r"\b" + _S30_WHO + r"\b[^.!?\n]{0,60}?\b" + _S30_SAYS + r"\b(?: (?:that|to me|at me|over and over))?,? ?"
           r"(?:he|she|they)(?:'s| is|'ll| will|'d| would|'re| are)? (?:going to |gonna |gon |definitely |actually )?(?:kill|murder|strangle|stab|shoot|end|finish) me\b"
           r"|\b" + _S30_WHO + r"\b(?:'s| is| has| keeps?| kept)? ?threat(?:ens|ened|ening) (?:again )?to (?:kill|murder|stab|shoot|strangle|burn) me\b",
           "explicit: someone threatens to kill the writer"),
    crisis("en.suicide.implied.dead_by_s30", C.SUICIDE, S.HIGH,
           r"\b(?:i'?ll|i will|i'?m (?:going to|gonna)|i'?d) be (?:dead|gone for good|gone forever|six feet under) (?:by|before|in|come) "
           r"(?:tomorrow|tonight|the morning|morning|the weekend|next week|the end of (?:the )?(?:week|day|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|a (?:few )?days?|\d+ days?)\b"
           r"|\b(?:by|before) (?:tomorrow|tonight|the morning|morning|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? i'?ll be (?:dead|gone for good|gone forever)\b",
           "implied: dead by a near time"),
    crisis("en.harm_to_others.implied.going_armed_s30", C.HARM_TO_OTHERS, S.CRITICAL,
           unless_near(r"\b(?:i'?m|i am) (?:going|heading|driving|walking|coming) (?:over )?(?:there|to (?:his|her|their) (?:place|house|flat|work|office)|after (?:him|her|them))\b[^.!?\n]{0,30}\bwith (?:my|a|the) " + _S30_WEAPON + r"\b"
                       r"|\bwith (?:my|a|the) " + _S30_WEAPON + r"\b[^.!?\n]{0,20}\b(?:i'?m|i am) (?:going|heading|coming) (?:over )?(?:there|to (?:his|her|their) (?:place|house)|after (?:him|her|them))\b",
                       r"\b(?:hunting|hunt|range|repair|sharpen\w*|sell\w*|cooking|camping|fishing|kitchen|chef|class|lesson|recipe)\b", 60),
           "implied: going to someone with a weapon"),
    crisis("en.suicide.implied.ending_it_at_a_time_s30", C.SUICIDE, S.HIGH,
           unless_near(r"\b(?:i'?m|i am|im|i'?ll|i will|gonna|going to) (?:finally )?end(?:ing)? it (?:tonight|today|tomorrow|this weekend|this week|soon|now|on (?:friday|saturday|sunday|monday))\b(?! with\b)",
                       r"\b(?:subscription|plan|membership|contract|account|relationship|lease|trial|tenancy|call|chat|conversation|session|therapy|treatment"
                       r"|him|her|them|boyfriend|girlfriend|husband|wife|partner|job|business|diet|streak|story|book|series|game)\b", 60),
           "implied: ending it at a near time"),
]
