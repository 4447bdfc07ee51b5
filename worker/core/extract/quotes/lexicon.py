"""The quotes family's word lists, kept as data apart from the rules that read them."""

# Dependencies of a speaker (the subject of the cue verb), and those through which a verb
# inherits its subject from the one it hangs off ('said and added', 'insisting').
SUBJECTS = ("nsubj", "nsubjpass")
INHERIT = ("conj", "advcl", "xcomp", "ccomp", "relcl")

# Verbs that report a statement with a content clause ("said that ..."); a narrower set than
# ``SPEECH_VERBS`` so "ruled that" or "found that" in a verdict do not become quotes by accident.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "reiterate", "insist", "claim", "state", "announce", "warn",
    "stress", "maintain", "argue", "acknowledge", "confirm", "deny", "explain", "write",
    "note", "declare", "assert", "contend", "predict", "reply", "respond", "admit", "allege",
    "testify", "emphasize", "emphasise", "caution", "concede", "vow", "promise", "pledge",
    "complain", "estimate", "counter", "remark", "observe", "answer",
    "report",   # '..., the state-run Anadolu Agency reported.'
})
# Dashes that end a dateline ('AARHUS, Denmark (Reuters) -'): the name after one opens the lead.
DATELINE_DASHES = frozenset({"-", "—", "–", "--"})
# Pronouns that stand for a person named before.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her", "his", "hers"})
# 'It said ...' after a body's report: the pronoun a body speaks by in the next sentence.
BODY_PRONOUNS: frozenset[str] = frozenset({"it"})
# '..., which said': relative pronouns whose clause's speaker is the noun they follow.
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"which", "who", "that"})
# Nominal speakers that bodies carry in their own names ('the agency' for the European Space
# Agency, 'the council' for a disaster council): they stand for a body named with that word, and
# for no other ('police said' is not the radio station named just before).
SELF_NAMING_NOMINALS: frozenset[str] = frozenset({
    "agency", "ministry", "court", "council", "committee", "institute", "department", "office",
    "union", "association", "party", "commission", "board", "authority", "service", "army",
    "police", "university", "league", "federation", "alliance", "coalition", "foundation",
    "centre", "center", "network",
})
# Of those, the words any body may be called by, whatever its name ('the agency said' after the
# International Organization for Migration): with no body named with the word, the body that
# reported just before.
ANY_BODY_NOMINALS: frozenset[str] = frozenset({"agency"})
# Words in the names of armed groups that call themselves armies ('National Liberation Army'):
# 'the army' of a story is the state's, not theirs.
REBEL_NAME_WORDS: frozenset[str] = frozenset({
    "liberation", "revolutionary", "resistance", "rebel", "salvation", "freedom", "independence", "insurgent",
})
# 'Analysts at X', 'observers from Y', 'researchers of Z': the body a group speaks for.
GROUP_PREPS: frozenset[str] = frozenset({"at", "from", "of", "with"})
# 'said the risk was high and urged X to ...': a coordinated verb of the speaker's own act ends the
# reported clause, modal or not.
SPEAKER_ACT_VERBS: frozenset[str] = frozenset({
    "urge", "call", "ask", "demand", "appeal", "order", "condemn", "welcome", "criticise",
    "criticize", "reject", "vow", "pledge", "promise", "thank", "announce", "complain",
})
# ('does not rule out a meeting but maintained ...' stays one report: 'maintain' is not listed.)
# 'An FSA official said', 'a UN official, speaking on condition of anonymity, said': an unnamed
# source of a named body is given as written, the body's name with the source's role.
SOURCE_NOUNS: frozenset[str] = frozenset({
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources",
    "witness", "witnesses",   # 'a Reuters witness said': the agency's witness, not the agency
})
# "Topal's campaign said", 'his team said': a candidate's or leader's own people speak for them.
CAMPAIGN_NOUNS: frozenset[str] = frozenset({"campaign", "camp", "team"})
# 'The government said': the state's own government, as written, never the aid agency or
# rebel group named last.
STATE_NOMINALS: frozenset[str] = frozenset({"government"})
# 'the carmaker said', 'the club said': a company or club named by its kind speaks for the
# nearest body named before it (as 'the company' does).
KIND_NOMINALS: frozenset[str] = frozenset({
    "carmaker", "automaker", "club", "airline", "carrier", "lender", "insurer", "retailer",
    "broadcaster", "manufacturer", "operator", "miner", "conglomerate", "team", "side",
})
# Words that open a clause of its own after a reported clause's comma ('..., but X', '..., which'):
# what follows them is not a phrase of what was said. Marks that open a direct quote stop it too.
CLAUSE_OPENERS = frozenset({"but", "while", "though", "although", "as", "because", "and", "or", "which",
                            "who", "where", "when", "after", "before", "since", "until", "if"})
QUOTE_OPENERS = frozenset({'"', "“", "‘"})
# 'a trader reached by phone', 'a spokesman, speaking by telephone from Nairobi,': how a source was
# reached, cut from the source as written (a 'chairman wanted for fraud' stays whole).
REACHING_VERBS = frozenset({"reach", "speak", "contact", "interview", "talk", "quote", "write"})
# 'did not say how many died', 'declined to say whether': a report refused tells nothing said.
REFUSING_VERBS = frozenset({"decline", "refuse"})
# 'the company said': a word for the firm a business story is about.
FIRM_NOMINALS: frozenset[str] = frozenset({"company", "firm", "group"})
# A reporting verb that takes no object of its own ('said a crowd of 21,500 watched' is a clause
# the parser read as an object).
SAYING_LEMMAS: frozenset[str] = frozenset({"say"})
# 'said in a statement that India accounts for ...': the nouns a saying is made in, and the verbs
# that would make 'that' a true relative pronoun ('a statement that it posted online').
STATEMENT_NOUNS: frozenset[str] = frozenset({"statement", "interview", "letter", "post", "message", "briefing",
                                             "report", "release", "speech", "filing", "note"})
ISSUING_VERBS: frozenset[str] = frozenset({"post", "issue", "release", "publish", "send", "read", "circulate",
                                          "give", "sign", "email", "share", "put", "make", "deliver", "file",
                                          "write", "see", "obtain", "receive"})
# 'A team of observers from X said': a body brought in by an indefinite article refers back to no one.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
