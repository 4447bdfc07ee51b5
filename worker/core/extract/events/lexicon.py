"""The events family's word lists: what can trigger each event type and what reads its arguments.

Kept as data, apart from the rules that read them, so a word can be added without reading code.
"""

import pycountry

MEETING_NOUNS = {"meeting", "talks", "summit", "negotiation", "negotiations", "conference", "session", "meet"}
MEETING_VERBS = {"meet", "negotiate"}
MEETING_ORG_WORDS = {"assembly", "summit", "conference", "forum", "congress", "convention"}
ATTACK_NOUNS = {
    "attack", "assault", "strike", "strikes", "airstrike", "shelling", "bombing", "bombardment",
    "barrage", "raid", "shooting", "stabbing", "ambush", "massacre", "offensive", "gunfight", "firefight",
    "shootout",
}
ATTACK_VERBS = {"attack", "shell", "bomb", "shoot", "stab", "ambush", "raid", "target", "pound"}
DISASTERS: dict[str, str] = {
    "capsize": "sinking", "sink": "sinking", "sinking": "sinking", "shipwreck": "sinking",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "aftershock": "earthquake",
    "flood": "flood", "flooding": "flood", "floods": "flood", "floodwater": "flood", "deluge": "flood",
    "fire": "fire", "wildfire": "fire", "blaze": "fire", "inferno": "fire", "bushfire": "fire",
    "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "storm",
    "snowstorm": "storm", "blizzard": "storm", "snowfall": "storm",
    "hailstorm": "storm", "thunderstorm": "storm", "windstorm": "storm", "rainstorm": "storm",
    "crash": "crash", "derailment": "crash", "collision": "crash", "derail": "crash", "collide": "crash",
    "landslide": "landslide", "mudslide": "landslide", "avalanche": "avalanche", "tsunami": "tsunami",
    "eruption": "eruption", "explosion": "explosion", "blast": "explosion", "collapse": "collapse",
    "heatwave": "heatwave", "drought": "drought", "heatstroke": "heatwave",
}
# 'the Hurricane Center', 'the Typhoon Committee': capitalised names a storm word begins that are no storm.
NOT_STORM_NAMES = frozenset({"center", "centre", "committee", "season", "warning", "watch", "shelter", "fund"})
DEMAND_VERBS = {"urge", "demand", "implore", "exhort"}
TRAVEL_VERBS = {"travel", "visit", "fly", "arrive", "head", "tour", "return", "land"}
TRAVEL_NOUNS = {"visit", "trip", "tour", "voyage"}
DECLARE_VERBS = {"declare", "announce", "impose", "proclaim", "order"}
DECLARATIONS: dict[str, str] = {
    "mourning": "mourning", "emergency": "emergency", "curfew": "curfew", "martial": "martial_law",
    "disaster": "disaster", "lockdown": "lockdown", "calamity": "emergency", "catastrophe": "emergency",
    # 'declared an outbreak of cholera (over)': a health authority's declaration of an epidemic or its end.
    "outbreak": "outbreak", "epidemic": "outbreak", "pandemic": "outbreak",
}
ARREST_VERBS = {"arrest", "detain", "apprehend"}
LEGAL: dict[str, str] = {
    "charge": "charge", "indict": "charge", "convict": "verdict", "acquit": "verdict",
    "sentence": "sentence", "verdict": "verdict", "investigation": "investigation",
    "probe": "investigation", "inquiry": "investigation", "sue": "lawsuit", "lawsuit": "lawsuit",
    "guilty": "verdict", "prosecute": "charge", "sentencing": "sentence", "appeal": "appeal",
    "hearing": "hearing", "trial": "trial", "investigate": "investigation", "remand": "hearing",
    "dismiss": "verdict", "plead": "verdict", "arraign": "hearing", "ruling": "verdict",
}
# What a court dismisses ('the lawsuit was dismissed'); anything else dismissed is no verdict.
DISMISSABLE = frozenset({"lawsuit", "case", "suit", "charge", "claim", "complaint", "appeal"})
# Hearings told by who attends: 'appeared before a judge', 'is due in court'; the subject is the defendant.
ATTENDING_WORDS = frozenset({"appear", "due"})
COURT_PREPS = ("before", "in", "at")
# 'her client would appeal': the client a lawyer speaks for.
CLIENT_WORDS = frozenset({"client", "clients"})
# 'appear before a judge', 'appear in court': a hearing without the word.
COURT_WORDS = {"judge", "court", "magistrate", "magistrates", "tribunal", "jury"}
PROTEST_WORDS = {"protest", "rally", "demonstration", "march", "demonstrate", "sit-in", "strike"}
WEAPONS: dict[str, str] = {
    "missile": "missile", "missiles": "missile", "drone": "drone", "drones": "drone",
    "rocket": "rocket", "rockets": "rocket", "shelling": "shelling", "shell": "shelling",
    "artillery": "artillery", "bomb": "bomb", "bombs": "bomb", "mortar": "mortar", "gun": "gun",
    "rifle": "rifle", "firearm": "gun", "handgun": "gun", "pistol": "gun", "knife": "knife",
    "grenade": "grenade", "explosive": "explosives", "explosives": "explosives", "airstrike": "airstrike",
    "gunfire": "gun", "shots": "gun", "gunman": "gun", "gunmen": "gun",
}
# Words that say people may really be hurt. Without one of them, and without a casualty fact, a
# story's 'attack', 'shot' or 'strike' is a match or a market ('Chelsea's attack', 'a strike on the
# bottom line'). 'shots' and 'shell' are left out: shots on goal, a shell company.
VIOLENCE_WORDS = frozenset(set(WEAPONS) - {"shots", "shell"} | {
    "war", "invasion", "bombardment", "troops", "soldiers", "soldier", "militants", "militant", "army",
    "military", "rebels", "rebel", "insurgents", "police", "wounded", "injured", "injuries", "victims",
    "hostages", "terrorist", "terrorists", "assailant",
})
# 'attacker' and 'attackers' are left out too: a football side sends on attackers.
# Determiners that deny an event ('no attack was reported').
NEGATING_DETERMINERS = frozenset({"no"})
# Verbs through which a weapon's harm places it: 'fire killed six in Batken'.
HARM_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "claim", "leave", "flatten"})
INFLICTED_HARM = frozenset({"kill", "wound", "injure"})   # '..., wounding four': harm done to people
# Labour strikes: what makes 'strike' a walkout rather than a blow ('went on strike', 'a
# nationwide strike', 'the eight-hour strike', 'a second strike'), and the words of a labour
# dispute one of which the story must carry.
WAR_NOUNS = {"war", "invasion", "attack", "strikes", "campaign", "offensive", "bombardment", "aggression"}
ANIMATE_NOUNS = {
    "official", "leader", "minister", "president", "government", "authority", "police", "spokesperson",
    "spokesman", "spokeswoman", "group", "activist", "protester", "lawmaker", "diplomat", "envoy",
    "prosecutor", "judge", "court", "army", "military", "force", "troop", "militant", "rebel", "gunman", "bandit",
    "attacker", "assailant", "agency", "ministry", "union", "party", "council", "committee", "resident",
    "family", "relative", "rescuer", "investigator", "analyst", "expert", "commission", "regulator",
    "delegation", "negotiator", "delegate", "operator", "employer", "fan", "mob", "board", "watchdog",
    "tribunal", "bureau", "department", "administration", "office", "gang", "kidnapper",
}
# Words that make 'attack' something else: 'heart attack', 'general strike'.
NOT_ATTACKS = frozenset({"heart", "panic", "asthma", "hunger", "general", "labor", "labour"})
# Who shoots to stop an attacker ('before police shot him dead') is not making a new attack.
FORCES = frozenset({"police", "officer", "trooper", "deputy", "guard", "sniper"})
# Casualty categories that a harmful event (attack, disaster) causes; the others (arrested) go
# with arrests and protests.
HARM = frozenset({"killed", "wounded", "missing", "rescued", "displaced"})
PLANNING = frozenset({"preparation", "prepare", "plan", "schedule", "organize", "organise", "arrange", "set"})
RELATIVES = frozenset({"which", "who", "that", "whom"})
AREA_NOUNS = frozenset({"island", "town", "city", "village", "region", "province", "state", "district", "county",
                        "port", "coast", "area", "capital", "municipality",
                        # 'on the edge of Valdivia', 'in the outskirts of Kyiv': the town itself.
                        "edge", "outskirts", "suburbs", "centre", "center",
                        # 'at the Zeebrugge terminal', 'at the Jankowice mine': a town's named site.
                        "terminal", "mine", "airport", "station", "dock", "docks", "harbour", "harbor"})
# Adjuncts that give a demand's circumstances, not what it asks for.
CIRCUMSTANCE = frozenset({"after", "before", "despite", "amid", "as", "since", "following", "during", "while"})
# A meeting named as an organisation ('at the Africa Climate Summit') is an event after these.
MEETING_ORG_PREPS = frozenset({"at", "during", "to", "before", "ahead", "on"})
# Verbs of a disaster told as what happened ('the train derailed'); other disaster words are nouns.
DISASTER_VERBS = frozenset({"crash", "derail", "collide", "collapse", "explode", "flood", "capsize", "sink"})
# 'opened fire', 'returned fire', 'came under fire': fire as a weapon, not a blaze.
FIRE_AS_WEAPON_VERBS = frozenset({"open", "return", "exchange", "set"})
FIRE_AS_WEAPON_PREPS = frozenset({"under", "to"})
# 'called for calm', 'appealed for help', 'called on X to ...' ask for something.
APPEAL_VERBS = frozenset({"call", "appeal"})
APPEAL_PREPS = frozenset({"for", "on"})
# 'appealed for calm', 'appealed to donors': an appeal that asks, not one that goes to court.
ASKING_APPEAL_PREPS = frozenset({"for", "to", "on"})
# Legal nouns that are an action of their own ('the verdict', 'an investigation').
LEGAL_ACTION_NOUNS = frozenset({"verdict", "investigation", "lawsuit", "hearing"})
FACING_VERBS = frozenset({"face"})
# Legal actions whose subject is a party (who appeals, investigates, charges), not the court.
PARTY_ACTIONS = frozenset({"appeal", "investigation", "charge"})
COURT_NAME_WORDS = ("court", "tribunal")
FIRST_PERSON = frozenset({"we", "i"})
# Who reports arrests made them ('Police said 23 people were arrested').
ARRESTING_REPORTERS = frozenset({"police", "authority", "officer", "official"})
# A demand to meet proposes a meeting, told as one.
MEETING_CLAUSE_VERBS = frozenset({"meet", "talk", "negotiate"})
# Words the rules ask about in passing.
# Pronouns that stand for a person named before.
PERSON_PRONOUNS = frozenset({"he", "she"})
# Pronouns that cannot ask, attack, meet or arrest.
INANIMATE_PRONOUNS = frozenset({"that", "which", "it", "this"})
# 'the union, which called for ...': a relative pronoun stands for its head.
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
# Prepositions before the place an event's sentence names.
SENTENCE_PLACE_PREPS = frozenset({"in", "near", "at", "on", "across", "outside", "over", "into", "off"})
# 'a proposed meeting', 'possible talks'.
PROPOSED_MODIFIERS = frozenset({"proposed", "possible", "potential", "mooted"})
# 'planned talks', 'the upcoming summit'.
PLANNED_MODIFIERS = frozenset({"planned", "scheduled", "upcoming", "forthcoming"})
# 'called for talks', 'a proposal on talks': prepositions of a complement.
COMPLEMENT_PREPS = frozenset({"for", "on", "of", "to"})
# Prepositions before the place of an event.
PLACE_PREPS = frozenset({"in", "near", "at", "on", "across", "outside", "over", "into", "off", "to"})
# 'in the Batken region', 'off the island of Samar'.
AREA_PREPS = frozenset({"in", "near", "at", "on", "off", "outside", "across"})
# Verbs whose trip by a named person is news without a named place.
TRIP_VERBS = frozenset({"visit", "travel", "tour"})

# Sanctions: the verbs that impose or lift them ('imposed sanctions on', 'sanctions were lifted').
SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo"})
SANCTION_VERBS: dict[str, str] = {
    "impose": "imposed", "slap": "imposed", "announce": "imposed", "extend": "imposed", "tighten": "imposed",
    "expand": "imposed", "widen": "imposed", "adopt": "imposed", "approve": "imposed", "renew": "imposed",
    "lift": "lifted", "ease": "lifted", "remove": "lifted", "suspend": "lifted", "drop": "lifted",
    "waive": "lifted", "relax": "lifted", "scrap": "lifted", "end": "lifted",
}
# 'the EU sanctioned 12 officials': the verb itself imposes them.
SANCTIONING_VERBS = frozenset({"sanction", "blacklist", "embargo"})
# Prepositions before who is sanctioned and why.
SANCTION_TARGET_PREPS = ("on", "against")
SANCTION_REASON_PREPS = ("over", "for")
# Agreements: what is agreed and the verbs that sign or reach it.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire", "truce",
                             "armistice", "protocol"})
AGREEMENT_VERBS: dict[str, str] = {
    "sign": "signed", "ink": "signed", "ratify": "signed", "initial": "signed",
    "reach": "reached", "strike": "reached", "clinch": "reached", "seal": "reached", "conclude": "reached",
    "agree": "reached", "broker": "reached", "finalise": "reached", "finalize": "reached",
}
# Currency words ('50 million euros', 'two billion yen') from ISO 4217 as pycountry ships it: the
# last word of every national currency's name (codes starting with X are metals, funds and units).
CURRENCY_WORDS = frozenset(
    word for c in pycountry.currencies if not c.alpha_3.startswith("X")
    if (word := c.name.split()[-1].lower()).isalpha() and word not in {"mark", "real", "account"}
) | {"dollars", "euros", "pounds", "yen", "yuan", "rupees", "pesos", "francs", "$", "€", "£"}
# Aid: what counts as aid when it is pledged or sent, and the verbs that pledge or send it.
AID_VERBS: dict[str, str] = {
    "pledge": "pledged", "promise": "pledged", "commit": "pledged", "offer": "pledged",
    "send": "sent", "deliver": "sent", "donate": "sent", "provide": "sent", "airlift": "sent", "ship": "sent",
    "dispatch": "sent", "give": "sent", "fly": "sent", "truck": "sent",
}
AID_NOUNS = frozenset({
    "aid", "assistance", "supplies", "supply", "relief", "food", "medicine", "medicines", "tents", "blankets",
    "water", "funding", "funds", "fund", "grant", "grants", "loan", "loans", "vaccines", "vaccine", "doses",
    "rations", "shelter", "shelters", "humanitarian", "donation", "donations", "package", "money", "cash",
})
# 'the deal', 'this agreement': a noun that refers back to one told before.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Entity labels of a time, never a party to an event ('on Monday').
TIME_LABELS = frozenset({"DATE", "TIME"})
# 'agreed to buy a rival', 'a deal to sell a stake': a company's purchase is a transaction, not an
# agreement between parties GDELT or ACLED count.
COMMERCE_VERBS = frozenset({"buy", "sell", "acquire", "purchase", "merge", "invest", "take", "list", "lease"})
COMMERCE_NOUNS = frozenset({"stake", "shares", "share", "takeover", "acquisition", "merger", "buyout", "sale"})
# 'agreed to a ceasefire', 'agreed on a deal'.
AGREE_PREPS = frozenset({"to", "on"})
# Who an attack story names as its attacker ('the suspected gunman, X', 'the shooter, identified as X').
ASSAILANT_NOUNS = frozenset({"gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "man", "woman",
                             "driver", "perpetrator", "killer"})
# 'blamed the attack on X', 'attributed the raid to X'; 'had been carried out by X', 'claimed by X'.
BLAME_VERBS: dict[str, str] = {"blame": "on", "attribute": "to", "carry": "by", "claim": "by"}
# 'they were detained in raids': a raid by police to arrest is no attack.
CUSTODY_VERBS = frozenset({"arrest", "detain", "apprehend", "seize", "search"})
# 'The raid by officers of the police bureau and customs agents': a raid by these is police work.
RAIDING_AUTHORITIES = frozenset({"police", "officer", "agent", "customs", "investigator", "detective", "gendarme"})
# What such authorities run: 'the operation targeted 23 warehouses' is police work, no attack.
POLICE_OPERATION_NOUNS = frozenset({"operation", "crackdown", "sweep", "investigation", "inspection", "search"})
# 'which', 'that' opening a relative clause: the noun it hangs off is the clause's subject.
RELATIVE_PRONOUNS = frozenset({"which", "that"})
# Pronouns a said-clause's subject stands for ('Police said they had arrested 23').
GROUP_PRONOUNS = frozenset({"they", "it"})
# Armed forces whose 'struck' is an attack ('troops struck the village').
FORCE_NOUNS = frozenset({"troop", "force", "army", "military", "militant", "rebel", "fighter", "jet", "warplane",
                         "aircraft", "navy", "artillery"})
# "killed 27 in an overnight raid": the raid a harm verb happened in.
HARM_SETTING_PREPS = frozenset({"in", "during"})
# 'will hold talks with X', 'attended the summit': whoever holds or attends takes part.
HOSTING_VERBS = frozenset({"hold", "have", "open", "begin", "start", "conclude", "attend", "host", "join", "resume"})
# 'will join the talks', 'attend the summit': a gathering told before, with one more party.
JOINING_VERBS = frozenset({"join", "attend"})
# 'a crowd of 5,000', 'a rally of 2,000 people': nouns whose number is a protest's size.
CROWD_WORDS = frozenset({"crowd", "crowds", "rally", "march", "demonstration", "protest", "protesters",
                         "demonstrators", "marchers", "people", "workers", "members", "supporters", "students"})
# Conditions that build up over months ('the drought', 'a marine heatwave'): an event only when
# the story reports people killed or hurt by them; otherwise they are the backdrop of science,
# farming or aid copy.
SLOW_ONSET = frozenset({"drought", "heatwave"})
# Who brings charges or orders a suspect held: 'Prosecutors charged the brother', 'a judge
# ordered nine suspects held'. Other subjects of 'charge' charge a fee or a battery.
LEGAL_AUTHORITIES = frozenset({"prosecutor", "prosecution", "police", "authority", "investigator", "attorney",
                               "court", "judge", "jury", "magistrate", "officer", "agent", "regulator",
                               "tribunal", "prosecutors"})
# Who is arrested when a story says 'they were detained': the people told before.
REFERRING_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
# Who speaks for a client ('Lacson's lawyer ... said his client would appeal').
LAWYER_WORDS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
# 'ordered nine of the suspects held', 'ordered him remanded': a court's order on custody.
CUSTODY_ORDER_VERBS = frozenset({"order"})
# 'His trial opens in February', 'the hearing begins Monday': a court date told by its start.
OPENING_VERBS = frozenset({"open", "begin", "start", "resume", "reopen"})
# Court dates named as nouns only with such a verb ('the trial' alone repeats one told before).
COURT_DATE_NOUNS = frozenset({"trial", "hearing"})
# 'asked airlines to cut flights', 'ordered security chiefs to step up patrols': verbs that make a
# demand only with both an addressee and what they are to do ('asked not to be named' is none;
# 'told her to go for her shots' is advice, so 'tell' is not one).
DIRECTING_VERBS = frozenset({"ask", "order", "instruct", "direct"})
# 'the union said it would strike': a body named by its kind refers to the body of that kind the
# story named before; the words such names end with.
BODY_KINDS: dict[str, frozenset[str]] = {
    "union": frozenset({"union", "organisation", "organization", "federation", "confederation", "association",
                        "guild", "congress"}),
    "ministry": frozenset({"ministry", "department"}),
    "agency": frozenset({"agency", "service", "office", "authority", "administration", "bureau"}),
    "commission": frozenset({"commission", "committee", "board", "council"}),
    "bloc": frozenset({"union", "alliance", "bloc", "community"}),
}
# 'The charity urged donors ...': nouns for a body of any name, the one the story named last.
ANY_BODY_NOUNS = frozenset({"charity", "group", "organisation", "organization", "company", "firm", "mission"})
# 'Otieno's campaign said ...', "the European Union's delegation urged": they act for their owner.
ACTING_FOR = frozenset({"campaign", "camp", "delegation", "mission"})
# 'would challenge the result at the Supreme Court': a challenge taken to court is an appeal.
CHALLENGE_VERBS = frozenset({"challenge", "contest"})
# 'a bus plunged into a ravine', 'fell 200 metres into a ravine': a vehicle's plunge or overturn is a crash.
VEHICLE_NOUNS = frozenset({"bus", "minibus", "coach", "train", "tram", "car", "truck", "lorry", "van", "plane",
                           "aircraft", "jet", "helicopter", "ferry", "boat", "vehicle", "taxi", "tanker", "express"})
VEHICLE_CRASH_VERBS = frozenset({"plunge", "overturn", "veer", "plough", "plow", "flip", "skid", "topple", "roll",
                                 "fall", "tumble"})
# 'charged him after a two-year investigation': the investigation was the charging body's own.
SEQUEL_PREPS = frozenset({"after", "following"})
# Words of a match report. A sentence with one of them and no weapon is play, even in a story that
# reports people hurt elsewhere ('fans were injured before kick-off ... Leeds' attack', 'a
# second-half collapse').
SPORT_WORDS = frozenset({"goal", "goals", "match", "minute", "striker", "goalkeeper", "keeper", "defender",
                         "midfielder", "penalty", "equaliser", "equalizer", "header", "half-time", "halftime",
                         "kick-off", "innings", "wicket", "touchdown", "quarterback", "set", "tiebreak",
                         "scoreline", "fixture", "league", "relegation", "playoff", "playoffs", "derby",
                         "rebounds", "layup", "3-pointer", "three-pointer", "puck", "goaltender", "power-play", "standings"})
# Distinct sport words (English or French lists) that make a story a match report, in either language.
SPORTS_STORY_WORDS = 3
# Prepositions that locate an event's subject, and with it the event ('A court in Abuja sentenced').
SUBJECT_PLACE_PREPS = frozenset({"in", "at"})
