"""The events family's word lists: what can trigger each event type and what reads its arguments.

Kept as data, apart from the rules that read them, so a word can be added without reading code.
"""

MEETING_NOUNS = {"meeting", "talks", "summit", "negotiation", "negotiations", "conference", "session", "meet"}
MEETING_VERBS = {"meet", "negotiate"}
MEETING_ORG_WORDS = {"assembly", "summit", "conference", "forum", "congress", "convention"}
ATTACK_NOUNS = {
    "attack", "assault", "strike", "strikes", "airstrike", "shelling", "bombing", "bombardment",
    "barrage", "raid", "shooting", "stabbing", "ambush", "massacre", "offensive",
}
ATTACK_VERBS = {"attack", "shell", "bomb", "shoot", "stab", "ambush", "raid", "target", "pound"}
DISASTERS: dict[str, str] = {
    "capsize": "sinking", "sink": "sinking", "sinking": "sinking", "shipwreck": "sinking",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "aftershock": "earthquake",
    "flood": "flood", "flooding": "flood", "floods": "flood", "floodwater": "flood", "deluge": "flood",
    "fire": "fire", "wildfire": "fire", "blaze": "fire", "inferno": "fire", "bushfire": "fire",
    "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "storm",
    "crash": "crash", "derailment": "crash", "collision": "crash", "derail": "crash", "collide": "crash",
    "landslide": "landslide", "mudslide": "landslide", "avalanche": "avalanche", "tsunami": "tsunami",
    "eruption": "eruption", "explosion": "explosion", "blast": "explosion", "collapse": "collapse",
    "heatwave": "heatwave", "drought": "drought",
}
DEMAND_VERBS = {"urge", "demand", "implore", "exhort"}
TRAVEL_VERBS = {"travel", "visit", "fly", "arrive", "head", "tour", "return"}
TRAVEL_NOUNS = {"visit", "trip", "tour", "voyage"}
DECLARE_VERBS = {"declare", "announce", "impose", "proclaim", "order"}
DECLARATIONS: dict[str, str] = {
    "mourning": "mourning", "emergency": "emergency", "curfew": "curfew", "martial": "martial_law",
    "disaster": "disaster", "lockdown": "lockdown",
}
ARREST_VERBS = {"arrest", "detain", "apprehend"}
LEGAL: dict[str, str] = {
    "charge": "charge", "indict": "charge", "convict": "verdict", "acquit": "verdict",
    "sentence": "sentence", "verdict": "verdict", "investigation": "investigation",
    "probe": "investigation", "inquiry": "investigation", "sue": "lawsuit", "lawsuit": "lawsuit",
    "guilty": "verdict", "prosecute": "charge", "sentencing": "sentence", "appeal": "appeal",
    "hearing": "hearing", "trial": "trial",
}
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
    "hostages", "terrorist", "terrorists", "assailant", "attacker", "attackers",
})
WAR_NOUNS = {"war", "invasion", "attack", "strikes", "campaign", "offensive", "bombardment", "aggression"}
ANIMATE_NOUNS = {
    "official", "leader", "minister", "president", "government", "authority", "police", "spokesperson",
    "spokesman", "spokeswoman", "group", "activist", "protester", "lawmaker", "diplomat", "envoy",
    "prosecutor", "judge", "court", "army", "military", "force", "troop", "militant", "rebel", "gunman",
    "attacker", "assailant", "agency", "ministry", "union", "party", "council", "committee", "resident",
    "family", "relative", "rescuer", "investigator", "analyst", "expert", "commission", "regulator",
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
                        "port", "coast", "area", "capital", "municipality"})
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
