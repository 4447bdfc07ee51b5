"""Repairs to the French model's name spans that need the words around them.

fr_core_news_sm cuts names the parser finds odd ("Hélène" of "Hélène Darmont", "Maître" of "Maître
Solène Guivarc'h"), reads the body or town of a title as a person ("le PDG de Maréchal, Olivier
Tessier", "le maire de Sartène, X") and a club, a seat of government or a nationality as a place.
"""

import re

from spacy.tokens import Doc

from worker.core.extract.entities.lexicon_fr import CLUB_OPENERS_FR, DEMONYM_ENDINGS_FR, GEO_FEATURES_FR, \
    NAME_LINKS_FR, NATIONALITIES_FR, NOT_BODIES_FR, OFFICE_NOUNS_FR, ORG_CUES_FR, SEAT_BODIES_FR, \
    STREET_WORDS_FR, TERRITORIAL_TITLES_FR, TITLES_FR
from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.localised import canonical
from worker.core.extract.places.resolve import StoryPlaces, resolve

_TITLE = "|".join(sorted((re.escape(t) for t in TITLES_FR), key=len, reverse=True))
# Capitalised words up to the comma or full stop that closes an apposition ("Hélène| Darmont,").
_REST_OF_NAME = re.compile(r"(?:\s+[A-ZÀ-Ý][\wÀ-ÿ\-]*(?:['’][\wÀ-ÿ]+)?)+(?=\s*[,.;)])")
# "le PDG de " / "le maire de " / "la directrice générale d'" closing the text before a name.
_TITLE_OF = re.compile(rf"\b(?P<head>{_TITLE})\b[^,;:.()«»\n]{{0,40}}?\s(?:de|du|des|de la|d['’])\s*$", re.I)
_ACRONYM_BODY = re.compile(r"\b(?:de la|de l['’]|du|des|de|d['’])\s*(?P<acronym>[A-Z]{2,6})$")
# A name after these words is an organisation's, whatever the model labelled it ("le collectif X").
_ORG_CUE = re.compile(rf"\b(?:{'|'.join(ORG_CUES_FR)})\s*$", re.IGNORECASE)
_CUED_NAME = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<cue>[a-zà-ÿ\-]+)\s+(?:(?P<adj>[a-zà-ÿ\-]+)\s+)?"
                        r"(?P<name>[A-ZÀ-Ý][\wÀ-ÿ\-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ\-]+){0,3})")
# A cue word and a nationality before a name: "le groupe allemand X" is a body, as "le groupe X".
_ORG_CUE_NATIONAL = re.compile(rf"\b(?:{'|'.join(ORG_CUES_FR)})\s+(?P<adj>[a-zà-ÿ\-]+)\s+$", re.IGNORECASE)
# "la place de Jaude", "la rue du Bac": the name after a street's noun is part of a place's name.
_STREET = re.compile(rf"\b(?:{'|'.join(STREET_WORDS_FR)})\s+(?:du|de la|de l['’]|des|de|d['’])\s*$", re.I)
# An acronym right after the office ("député LFI", "élue PS"), not one after "de" or "en" further on.
_ACRONYM_WORD = re.compile(r"^\S+\s+(?P<acronym>[A-Z]{2,5})(?=\s|$)")
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-ZÀ-Ý][\wÀ-ÿ\-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ\-]+)+)")
_FEATURE = re.compile(rf"\b(?:{'|'.join(GEO_FEATURES_FR)})\s+(?:du|de la|de l['’]|des|de|d['’])\s*$", re.I)


def nationality(word: str) -> str | None:
    """The country of an adjective of nationality in any of its forms ("ghanéennes" -> Ghana)."""
    low = word.lower()
    return next((NATIONALITIES_FR[w] for w in (low, low[:-1], low[:-2], low[:-3]) if w in NATIONALITIES_FR), None)


def title_country(title: str) -> str | None:
    """The country a title is held for, by its adjective ("la ministre française des Affaires
    étrangères" is France's), when it names no body."""
    return next((c for w in title.split()[1:] if (c := nationality(w))), None)


def rest_of_name(body: str, end: int) -> int:
    """The end of a name the model cut before its last capitalised words, when a comma or a full
    stop closes them ("son avocate, Maître| Solène Guivarc'h,")."""
    more = _REST_OF_NAME.match(body, end)
    return more.end() if more else end


def title_body(body: str, start: int, end: int) -> str | None:
    """'LOC' or 'ORG' when a "person" is the place or body of the title before it and the title's
    holder is named right after it ("le maire de Sartène, Jean-Toussaint Pieri")."""
    title = _TITLE_OF.search(body[max(0, start - 60):start])
    if title is None or not re.match(r"\s*,\s*[A-ZÀ-Ý]", body[end:end + 4]) \
            or body[start:end].split()[0].lower() in OFFICE_NOUNS_FR:  # "le procureur de la République"
        return None
    territorial = any(w.lower() in TERRITORIAL_TITLES_FR for w in title.group().split())  # "l'ancien maire de"
    return "LOC" if territorial else "ORG"


def acronym_body(title: str) -> str | None:
    """The body a title closes on when it is an acronym ("secrétaire départementale de la CGT"):
    such a title is no ministry's portfolio, and the acronym is its affiliation."""
    found = _ACRONYM_BODY.search(title.strip())
    return found.group("acronym") if found else None


def body_not_place(name: str) -> bool:
    """A seat of government standing for its body ("l'Élysée"), a club ("l'AS Saint-Étienne", "le
    Stade rennais") or a name opened by an acronym ("CHU Grenoble-Alpes"): an organisation."""
    words = name.split()
    if name.casefold().replace("’", "'") in SEAT_BODIES_FR or not words:
        return True if words else False
    if words[0] in CLUB_OPENERS_FR and len(words) > 1:
        return True
    if words[0] == "Stade" and len(words) > 1 and words[1] not in NAME_LINKS_FR and (
            words[1][:1].islower() or words[1].lower().endswith(DEMONYM_ENDINGS_FR)):
        return True  # "le Stade rennais", "le Stade Brestois"; "le Stade de France" is a ground
    return len(words) > 1 and words[0].isupper() and 2 <= len(words[0]) <= 5 and words[0].isalpha()


def nationality_noun(name: str) -> bool:
    """'Française', 'Suissesse', 'Américaine' opening a span: a person's nationality, no place
    ("la Suissesse Nina Ambühl", "aucun Français"); a country's own name ("la Suisse") stays one."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and nationality(first) is not None and not known_place(first)


def verbal(doc: Doc, start: int, end: int) -> bool:
    """A lower-case phrase whose words after its head include a verb or a participle ("les services
    seraient concernés", "services d'urgences fermés"): a clause, no body's name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.text[:1].isupper() for t in span):
        return False
    return any(t.pos_ in ("VERB", "AUX") or "Part" in t.morph.get("VerbForm", []) for t in span[1:])


def cued_bodies(body: str) -> list[tuple[int, int]]:
    """Capitalised names after a word that says a body follows ("l'entreprise Normachim") or a
    nationality used as a noun ("l'américain Kestrel Health"), whether the model tagged them or not."""
    out = []
    for m in _CUED_NAME.finditer(body):
        if m.group("adj") and not (m.group("cue").lower() in ORG_CUES_FR and nationality(m.group("adj"))):
            continue  # only a nationality stands between a cue and its name ("le groupe allemand X")
        if m.group("cue").lower() in ORG_CUES_FR or nationality(m.group("cue")):
            out.append((m.start("name"), m.end("name")))
    return out


def title_acronym(title: str) -> tuple[str, int] | None:
    """An acronym inside a title ("le député LFI du Nord"): the party or body it is held for, and where."""
    found = _ACRONYM_WORD.search(title)
    return (found.group("acronym"), found.start("acronym")) if found else None


def demonym(body: str, start: int, name: str) -> bool:
    """'un Français de 41 ans', 'des Tunisiens': a person of that country, not the place."""
    return (len(name.split()) == 1 and name.lower().endswith(DEMONYM_ENDINGS_FR)
            and bool(re.search(r"\b(?:un|une|des|les|deux|trois|plusieurs)\s+$", body[max(0, start - 12):start], re.I)))


def feature_start(body: str, start: int) -> int:
    """Where a place's name starts when a natural feature's noun comes first ("le delta du Mékong")."""
    found = _FEATURE.search(body[max(0, start - 20):start])
    return start - (len(body[max(0, start - 20):start]) - found.start()) if found else start


def known_place(name: str) -> bool:
    """The gazetteer reads the name, as written or by its French form's own name."""
    gz = gazetteer()
    return bool(resolve(gz, name, StoryPlaces()) or resolve(gz, canonical(name, "fr"), StoryPlaces()))


def repair(body: str, label: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The label and span a model's entity should have; no label drops it."""
    name = body[start:end].strip()
    if name.casefold().replace("’", "'") in NOT_BODIES_FR:
        return None, start, end  # "la Ligue 1", "le CAC 40": a competition, an index
    described = re.search(r"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<adj>[a-zà-ÿ\-]+)\s+$", body[max(0, start - 30):start])
    if described and nationality(described.group("adj")):
        return "ORG", start, end  # "le néerlandais Vanderhoek": a company by its nationality
    if label == "PER" and len(name.split()) > 2 and nationality_noun(name):  # "Canadienne Emma Scott"
        start += len(name.split()[0]) + 1
    if label == "PER":
        held = title_body(body, start, end)
        if held is not None:
            return held, start, end
        national = _ORG_CUE_NATIONAL.search(body[max(0, start - 40):start])
        if _ORG_CUE.search(body[max(0, start - 30):start]) or national and nationality(national.group("adj")):
            return "ORG", start, end  # "le sous-traitant Aérolia Systèmes", "le groupe allemand X"
        street = _STREET.search(body[max(0, start - 20):start])
        if street:  # "la place de Jaude"
            return "LOC", start - (min(start, 20) - street.start()), end
        if re.search(r"-(?:Ville|City)$|-(?:sur|sous|en|lès|les|le|la|du|aux)-", name) or re.search(
                r"(?:^|\s)(?:à|au|en)\s+$", body[max(0, start - 4):start]) and known_place(name):
            return "LOC", start, end  # "avant de se rendre à Hô Chi Minh-Ville"
        return label, start, rest_of_name(body, end)
    if body_not_place(name) or title_body(body, start, end) == "ORG" and not known_place(name):
        return "ORG", start, end  # "le directeur de Velmont, X", whatever the model labelled Velmont
    if label == "LOC" and demonym(body, start, name):
        return None, start, end
    if label in ("LOC", "MISC") and nationality_noun(name):  # "la Suissesse Nina Ambühl"
        if len(name.split()) > 1:
            return "PER", start + len(name.split()[0]) + 1, end
        named = _NAME_AFTER.match(body, end)  # "la Norvégienne| Ingrid Solberg", the name left untagged
        return ("PER", named.start("name"), named.end()) if named else (None, start, end)
    if label in ("LOC", "MISC") and _ORG_CUE.search(body[max(0, start - 30):start]) and not known_place(name):
        return "ORG", start, end  # "l'entreprise Normachim"
    if label in ("LOC", "MISC") and body[:start].rstrip().endswith(","):
        end = rest_of_name(body, end)  # "la ministre des Affaires étrangères, Hélène| Darmont,"
    return label, feature_start(body, start) if label == "LOC" else start, end
