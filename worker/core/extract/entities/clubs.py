"""A team called by its town in a match report: "Braga host Vitoria Guimaraes", "leaders Benfica".

Clubs carry their towns' names, and a small model reads them as places or people ("Porto travel to
Lisbon", "level with leaders Benfica"). In a report of a game (as many distinct sport words as the
event reader asks) the grammar of play settles it: a name that plays, beats, faces or hosts, a
name after "against" or "leaders", and a name owning a side's parts ("Braga's attack") is a club.
"Porto travel to Lisbon" keeps Lisbon a place: a destination is not a player. Countries stay
places (a national side is told by its country, which the place reader already places), and so do
the names the sentence places with a preposition ("in Porto"). A club named by its prefix
("FC Porto", "Sporting Braga") that the model missed is recalled here too, a town named after a
club the story names in full ("Cordoba are fifth" after "Atletico Cordoba") is that club, a club
keeps being one when it takes "who", and a competition ("the Premier League") is no body.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.common.names import CLUB_TOWNS_KEY, CLUBS_KEY
from worker.core.extract.entities.lexicon import (
    CLUB_NOUNS, CLUB_PARTS, CLUB_PREFIXES, CLUB_STAFF, COMPETITION_STAGES, COMPETITION_WORDS, MATCH_PARTNER_PREPS,
    MATCH_VERB_PREPS, MATCH_VERBS, PLACING_PREPS, SUBJECT_DEPS,
)
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_country_name, is_title_head
from worker.core.extract.places.gazetteer import fold, gazetteer
from worker.core.extract.places.lexicon import POPULATION_FLOOR
from worker.core.extract.events.lexicon import SPORT_WORDS, SPORTS_STORY_WORDS

_RELABEL = ("PERSON", "GPE", "LOC", "NORP", "FAC")


def match_report(doc: Doc) -> bool:
    """The same test the event reader uses to keep play from being violence."""
    cached = doc.user_data.get("wire.match_report")
    if cached is None:
        cached = doc.user_data["wire.match_report"] = \
            len({tok.lower_ for tok in doc} & SPORT_WORDS) >= SPORTS_STORY_WORDS
    return bool(cached)


def relabel(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with the clubs of a match report labelled ORG, and missed prefixed clubs added."""
    if not match_report(doc):
        return mentions
    people = _people(doc, mentions)
    mentions = _with_nicknames(doc, mentions + _prefixed(doc, mentions))
    # 'Cordoba are fifth' after 'Atletico Cordoba': the town is the club the story named in full.
    tails = {m.text.split()[-1] for m in mentions if len(m.text.split()) > 1
             and (m.text.split()[0].lower() in CLUB_PREFIXES or _lettered(m.text))}
    # ('Bruins' after 'the Boston Bruins': a side's plural name alone is the side.)
    tails |= {m.text.split()[-1] for m in mentions if _town_and_nickname(m.text)}
    for m in mentions:
        if m.text in tails and m.label in _RELABEL:
            m.label = "ORG"
            continue
        if m.label not in _RELABEL or is_country_name(m.text) or m.text in people \
                or m.text.split()[-1] in people or _demonym(m.text):
            continue
        root = doc[m.tok_start:m.tok_end].root
        if _town_and_nickname(m.text) or _lettered(m.text):
            m.label = "ORG"   # 'the Boston Bruins', 'the Ottawa Senators': a town and a side's plural name
            continue
        # Players play too: a 'person' is a club only when a side's noun says so, or when the
        # one-word name is a town the data knows.
        staff = root.dep_ == "compound" and root.head.lower_ in CLUB_STAFF   # 'Zamalek winger Omar Fathy'
        if m.label == "PERSON" and not (_called_side(root) or staff or " " not in m.text and _town(m.text) and _plays(root)):
            continue
        if _plays(root):
            m.label = "ORG"
    mentions = [m for m in mentions if not (m.label == "ORG" and len(m.text.split()) > 1
                                            and m.text.split()[-1] in COMPETITION_WORDS) and not _stage(doc, m)]
    sides = {m.text for m in mentions if m.label == "ORG"}
    for m in mentions:
        # 'Veszprem travel to ...' made the town's name a side: so is every use not placing it ('for
        # Veszprem', 'Veszprem's Bence Nagy'); the dateline and 'in Veszprem' stay the town.
        root = doc[m.tok_start:m.tok_end].root
        if m.text in sides and m.label in _RELABEL and not (root.dep_ == "pobj" and root.head.lower_ in PLACING_PREPS):
            m.label = "ORG"
    named = doc.user_data.setdefault(CLUBS_KEY, set())
    named.update(m.text for m in mentions if m.label == "ORG")
    # 'Ottawa scored twice' after 'the Ottawa Senators': the town alone is that side.
    towns = doc.user_data.setdefault(CLUB_TOWNS_KEY, {})
    for full in (m.text for m in mentions if m.label == "ORG" and _town_and_nickname(m.text)):
        towns.setdefault(full.rsplit(" ", 1)[0], full)
        towns.setdefault(full.rsplit(" ", 1)[1], full)
    return mentions


def _with_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Ottawa Senators' the model read as a town and a name apart: one side."""
    by_start = {m.tok_start: m for m in mentions}
    gone: set[int] = set()
    for m in mentions:
        nxt = doc[m.tok_end] if m.tok_end < len(doc) and m.label in ("GPE", "LOC") else None
        if nxt is None or not nxt.text[:1].isupper() or not _town_and_nickname(f"{m.text} {nxt.text}"):
            continue
        after = by_start.get(m.tok_end)
        if after is not None and after.tok_end == m.tok_end + 1:
            gone.add(id(after))
        m.tok_end, m.end, m.label = m.tok_end + 1, nxt.idx + len(nxt), "ORG"
        m.text = doc[m.tok_start:m.tok_end].text
    kept = [m for m in mentions if id(m) not in gone]
    # ... or missed whole ('the Ottawa Senators came back', 'PSV Eindhoven beat'): a town of one or two
    # words and the name, or initials and the town.
    taken = {i for m in kept for i in range(m.tok_start, m.tok_end)}
    for tok in doc:
        for width in (2, 3):
            span = doc[tok.i:tok.i + width]
            if len(span) == width and not taken & set(range(tok.i, tok.i + width)) \
                    and all(t.text[:1].isupper() for t in span) and (_town_and_nickname(span.text) or _lettered(span.text)):
                kept.append(Mention(tok.i, tok.i + width, "ORG", span.text, span.start_char, span.end_char))
                taken.update(range(tok.i, tok.i + width))
    return sorted(kept, key=lambda m: m.tok_start)


def _lettered(name: str) -> bool:
    """'THW Kiel', 'PSV Eindhoven': a club's initials before the town it plays in."""
    words = name.split()
    return len(words) == 2 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 4 and _town(words[1])


def _demonym(name: str) -> bool:
    """'The Hungarians have not lost at home': a people, not a club's name."""
    low = name.lower()
    return low in DEMONYMS or low.endswith("s") and low[:-1] in DEMONYMS


def _stage(doc: Doc, m: Mention) -> bool:
    """'Group B', also when the model took 'Group' alone."""
    words = m.text.split()
    after = doc[m.tok_end].text if m.tok_end < len(doc) else ""
    return words[0] in COMPETITION_STAGES and (len(words) == 2 and len(words[1]) <= 2
                                               or len(words) == 1 and after.isupper() and len(after) <= 2)


def _people(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Names the story shows are people: after a title ('forward Caio Ramalho') or speaking."""
    out = set()
    for m in mentions:
        if m.label == "PERSON" and (m.tok_start > 0 and is_title_head(doc[m.tok_start - 1])
                                    or doc[m.tok_start:m.tok_end].root.head.lemma_ in SPEECH_VERBS):
            out.add(m.text)
            out.add(m.text.split()[-1])
    return out


def _town_and_nickname(name: str) -> bool:
    """'Boston Bruins', 'Calgary Flames': a city big enough for a league side and a plural name
    ('Hector Salinas' is a person: no city of Hector is that big)."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].endswith("s") and any(
        c.population >= POPULATION_FLOOR for c in gazetteer().cities.get(fold(" ".join(words[:-1])), []))


def _town(name: str) -> bool:
    return fold(name) in gazetteer().cities


def _called_side(root: Token) -> bool:
    # ('Hungarian champion Veszprem': the parser may hang the name on the noun in apposition.)
    return any(c.dep_ in ("compound", "amod", "appos") and c.lower_ in CLUB_NOUNS for c in root.children) \
        or root.dep_ == "appos" and root.head.lower_ in CLUB_NOUNS


def _plays(root: Token) -> bool:
    head = root.head
    if root.dep_ in SUBJECT_DEPS and head.lemma_.lower() in MATCH_VERBS:
        return True   # "Braga host ...", "FC Porto came from behind to beat ..."
    if root.dep_ == "dobj" and head.lemma_.lower() in MATCH_VERBS:
        return True   # "to face Sporting"
    if root.dep_ == "pobj" and (head.lower_ in MATCH_PARTNER_PREPS
                                or head.head.lemma_.lower() in MATCH_VERB_PREPS.get(head.lower_, ())):
        return True   # "against Everton", "drew with Benfica", "lost to Leeds"
    if _called_side(root):
        return True   # "leaders Benfica", "champions Leeds"
    if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in CLUB_STAFF:
        return True   # "Veszprem coach Attila Borsos", "Kiel captain Jonas Richter"
    # "Braga's attack", "Porto's full backs": what only a side has; "Veszprem's Bence Nagy": its player.
    return root.dep_ == "poss" and (head.lemma_.lower() in CLUB_PARTS | SPORT_WORDS or head.ent_type_ == "PERSON")


def _prefixed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'FC Porto', 'Dynamo Kyiv': a club prefix and the capitalised words after it, unread."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    found: list[Mention] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ not in CLUB_PREFIXES or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        grown = next((m for m in mentions if m.tok_start == end), None) if end == tok.i + 1 else None
        if grown is not None and doc[end].text[:1].isupper():
            # "FC" before the model's "Porto": the mention grows to take the prefix.
            grown.tok_start, grown.start, grown.label = tok.i, tok.idx, "ORG"
            grown.text = doc[tok.i:grown.tok_end].text
            continue
        if end > tok.i + 1:
            span = doc[tok.i:end]
            found.append(Mention(tok.i, end, "ORG", span.text, span.start_char, span.end_char))
            taken.update(range(tok.i, end))
    return found
