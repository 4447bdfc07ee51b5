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
from worker.core.extract.common.names import CLUBS_KEY
from worker.core.extract.entities.lexicon import (
    CLUB_NOUNS, CLUB_PARTS, CLUB_PREFIXES, COMPETITION_WORDS, MATCH_PARTNER_PREPS, MATCH_VERB_PREPS, MATCH_VERBS, SUBJECT_DEPS,
)
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
    mentions = mentions + _prefixed(doc, mentions)
    # 'Cordoba are fifth' after 'Atletico Cordoba': the town is the club the story named in full.
    tails = {m.text.split()[-1] for m in mentions if len(m.text.split()) > 1
             and m.text.split()[0].lower() in CLUB_PREFIXES}
    # ('Bruins' after 'the Boston Bruins': a side's plural name alone is the side.)
    tails |= {m.text.split()[-1] for m in mentions if _town_and_nickname(m.text)}
    for m in mentions:
        if m.text in tails and m.label in _RELABEL:
            m.label = "ORG"
            continue
        if m.label not in _RELABEL or is_country_name(m.text) or m.text in people \
                or m.text.split()[-1] in people:
            continue
        root = doc[m.tok_start:m.tok_end].root
        if _town_and_nickname(m.text):
            m.label = "ORG"   # 'the Boston Bruins', 'the Ottawa Senators': a town and a side's plural name
            continue
        # Players play too: a 'person' is a club only when a side's noun says so, or when the
        # one-word name is a town the data knows.
        if m.label == "PERSON" and not (_called_side(root) or " " not in m.text and _town(m.text) and _plays(root)):
            continue
        if _plays(root):
            m.label = "ORG"
    mentions = [m for m in mentions if not (m.label == "ORG" and len(m.text.split()) > 1
                                            and m.text.split()[-1] in COMPETITION_WORDS)]
    named = doc.user_data.setdefault(CLUBS_KEY, set())
    named.update(m.text for m in mentions if m.label == "ORG")
    return mentions


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
    return any(c.dep_ in ("compound", "amod", "appos") and c.lower_ in CLUB_NOUNS for c in root.children)


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
    # "Braga's attack", "Porto's full backs": what only a side has.
    return root.dep_ == "poss" and head.lemma_.lower() in CLUB_PARTS | SPORT_WORDS


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
