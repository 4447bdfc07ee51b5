"""Places the model never gave us: a country's or a town's exact name it left untagged or cut in two.

A place the model does not tag can never be resolved, so it counts wrong however good the
gazetteer is. The small model leaves some names untagged ('TASHKENT (Reuters) - Uzbekistan will
pay ...', 'lines that also feed Maracay') and cuts others ('Spanish' + 'Town', 'May' + 'Pen').
A run of capitalised words in one sentence (each starting with a capital, none all capitals) is
looked up once, as a whole, in the gazetteer's name indexes (one dictionary lookup per run, no
scan of the data), and becomes a place only when:

- the run is exactly a country's name (its GeoNames, ISO or common name; a demonym is not a name),
  no part of it tagged, wherever it stands in the sentence; or
- the run is exactly the name of a town the story itself places (its dateline, or a country, state
  or province it names; never population alone), and that town has RECALL_TOWN_FLOOR people
  (RECALL_WORD_FLOOR for a name of one word, which may also be a word or a person's name); the
  run does not open its sentence, and a one-word run is tagged nothing, is a proper noun to the
  tagger and is never written in lower case in the story. A run the model cut into several
  entities, or tagged only in part, all inside the run, is joined into one place ('Spanish Town')
  and the pieces' mentions are dropped.

A name the model tagged with a label the project keeps no entity of (a work of art, a product, an
event, a law: 'the delta city of Can Tho' read as a title) counts as untagged.

Never: a run that is part of a larger entity (a tagged span reaching outside it), a run after
'of' that follows a capitalised word ('Bank of Jamaica'), a run one of whose words is a word of a
person's name in the story, or a name an entity of another label already carries.
"""

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.places.gazetteer import Gazetteer, fold
from worker.core.extract.places.lexicon import (
    LIST_JOINERS,
    PLACE_LABELS,
    PLACE_NAME_JOINERS,
    RECALL_CAPITAL_LETTERS,
    RECALL_TOWN_FLOOR,
    RECALL_WORD_FLOOR,
    STORY_BASES,
    TOWN_WORDS_BEFORE,
    UNKEPT_NAME_LABELS,
)
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.models.entities import Entity

_Run = tuple[int, int]  # token range [start, end)


def _name_word(tok: Token) -> bool:
    text = tok.text.replace(".", "").replace("'", "").replace("’", "")
    return bool(text) and text[0].isupper() and text.isalpha() and not (len(text) > 1 and text.isupper())


def _runs(doc: Doc) -> list[_Run]:
    """Maximal runs of capitalised words, one space or a hyphen between them, within a sentence."""
    runs: list[_Run] = []
    i, n = 0, len(doc)
    while i < n:
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n and not doc[j].is_sent_start:
            prev = doc[j - 1]
            if prev.whitespace_ == " " and _name_word(doc[j]):
                j += 1
            elif (doc[j].text == "-" and not prev.whitespace_ and not doc[j].whitespace_ and j + 1 < n
                  and _name_word(doc[j + 1]) and not doc[j + 1].is_sent_start):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _joined(doc: Doc, runs: list[_Run]) -> list[_Run]:
    """Two runs with one place name's lower-case joiner between them ('Trinidad and Tobago',
    'Port of Spain'): looked up whole before their parts."""
    out: list[_Run] = []
    for (a, b), (c, d) in zip(runs, runs[1:]):
        gap = doc[b:c]
        if 0 < len(gap) <= 2 and gap.text.lower() in PLACE_NAME_JOINERS and not doc[c].is_sent_start:
            # 'In San Jose del Cabo, ...': the sentence's capitalised first word is no part of it.
            out.append((a + 1, d) if b - a > 1 and doc[a].lower_ in STOP_WORDS else (a, d))
    return out


def _opens_sentence(doc: Doc, start: int) -> bool:
    sent_start = doc[start].sent.start
    return all(doc[k].is_punct or doc[k].is_space for k in range(sent_start, start))


def _after_of_name(doc: Doc, start: int) -> bool:
    """'Bank of Jamaica', 'University of Ghana': the run ends a longer name."""
    return start >= 2 and doc[start - 1].lower_ == "of" and _name_word(doc[start - 2])


def missed_places(doc: Doc, entities: list[Entity], gz: Gazetteer, story: StoryPlaces,
                  ev: EvidenceMaker) -> list[Entity]:
    """The entities with the places the model left untagged or cut in two added as GPE."""
    body = ev.body
    # ('the mining town of Bartica' tagged as a nationality no table knows: untagged.)
    town_norps = {(e.start_char, e.end_char) for e in doc.ents
                  if e.label_ == "NORP" and e.text.lower() not in DEMONYMS and _called_a_town(doc, e.start)}
    spans = [(m.start, m.end) for e in entities for m in e.mentions if (m.start, m.end) not in town_norps]
    spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in UNKEPT_NAME_LABELS
              and (e.start_char, e.end_char) not in town_norps]
    person_words = {w.casefold() for e in entities if e.label == "PERSON" for name in (e.name, *e.aliases)
                    for w in name.split()}
    lower_words = {t.text for t in doc if t.text.islower()}
    countries: list[tuple[str, _Run]] = []
    towns: list[tuple[str, _Run]] = []
    runs = _runs(doc)
    joined = set(_joined(doc, runs))
    for run in [*joined, *runs]:
        s, e = doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1])
        inside = [(a, b) for a, b in spans if a < e and s < b]
        if any(a < s or b > e for a, b in inside) or _after_of_name(doc, run[0]):
            continue
        key = fold(body[s:e])
        if person_words & set(key.split()):
            continue
        iso = gz.country_names.get(key.removeprefix("the "))
        if iso is None and run[1] - run[0] > 1 and _opens_sentence(doc, run[0]) and not inside:
            # 'Neighbouring Suriname ...': a capitalised opening word is no part of the name.
            run, key = (run[0] + 1, run[1]), " ".join(key.split()[1:])
            iso = gz.country_names.get(key)
        if iso is None and not inside and len(key) >= RECALL_CAPITAL_LETTERS:
            iso = gz.capitals.get(key)   # ('Montevideo has also courted ...': a capital speaking for its government)
        # A joined name may have been tagged in pieces ('Trinidad' + 'Tobago'): they are joined.
        if iso and (not inside or run in joined) and key not in lower_words:  # 'turkey' written as a word
            countries.append((iso, run))
        elif not _opens_sentence(doc, run[0]) and (not inside or run[1] - run[0] > 1 and (s, e) not in inside):
            if run[1] - run[0] == 1 and not _plain_proper_noun(doc[run[0]], lower_words) and not _called_a_town(doc, run[0]):
                continue
            towns.append((key, run))
    place_tokens = {t.i for e in entities if e.label in PLACE_LABELS for m in e.mentions
                    if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None for t in span}
    told = replace(story, countries=story.countries | {iso for iso, _ in countries})
    found = [run for _, run in countries]
    found += [run for key, run in towns if _story_town(gz, key, doc[run[0]:run[1]].text, told, run[1] - run[0],
                                                       _called_a_town(doc, run[0]) or _in_place_list(doc, run, place_tokens))
              or run in joined and _story_division(gz, key, doc[run[0]:run[1]].text, told)]
    # The mis-tagged town's nationality entity gives way to the place.
    entities = [e for e in entities if not (e.label == "NORP" and all((m.start, m.end) in town_norps for m in e.mentions))]
    whole = [run for run in found if run in joined]
    found = [run for run in found if run in joined or not any(a <= run[0] and run[1] <= b for a, b in whole)]
    return _merge(doc, entities, found, ev)


def _plain_proper_noun(tok: Token, lower_words: set[str]) -> bool:
    """A lone word the model tagged nothing: a proper noun to the tagger, no stop word, and never
    written in lower case in the story ('Reading' beside 'reading' is a word)."""
    low = tok.text.casefold()
    return tok.ent_type_ in UNKEPT_NAME_LABELS | {""} and tok.pos_ == "PROPN" and low not in STOP_WORDS and low not in lower_words


def _in_place_list(doc: Doc, run: _Run, place_tokens: set[int]) -> bool:
    """'in Boone, Perry, Ogden and Ames': one of a list of names, one of which the model tagged
    a place (the list walked both ways over its joiners and one-word names)."""
    for step, edge in ((-1, run[0] - 1), (1, run[1])):
        k = edge
        while 0 <= k < len(doc) and doc[k].text in LIST_JOINERS and 0 <= k + step < len(doc):
            k += step
            if k in place_tokens:
                return True
            if not _name_word(doc[k]) or doc[k].is_sent_start:
                break
            k += step
    return False


def _called_a_town(doc: Doc, start: int) -> bool:
    """'the mining town of Bartica': the text itself says the name is a town's."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TOWN_WORDS_BEFORE


def _story_town(gz: Gazetteer, key: str, text: str, story: StoryPlaces, words: int, town: bool = False) -> bool:
    """A town of the name, large enough (any size where the text calls it a town), that the
    story's own evidence places (not population)."""
    floor = 0 if town else RECALL_WORD_FLOOR if words == 1 else RECALL_TOWN_FLOOR
    large = {c.geonameid for c in gz.cities.get(key, []) if c.population >= floor}
    if not large:
        return False  # one index lookup for most runs: no town of the name this large
    place = resolve(gz, text, story)
    return place is not None and place.feature == "city" and place.basis in STORY_BASES \
        and place.geonameid in large


def _story_division(gz: Gazetteer, key: str, text: str, story: StoryPlaces) -> bool:
    """A province or region of the story's own countries named in words the model cut in two
    ("Hawke's Bay" read as a person and a bay)."""
    if key not in gz.admin1:
        return False
    place = resolve(gz, text, story)
    return place is not None and place.feature == "admin1" and place.basis in STORY_BASES


def _merge(doc: Doc, entities: list[Entity], runs: list[_Run], ev: EvidenceMaker) -> list[Entity]:
    """New GPE mentions for the runs; mentions of other entities inside a joined run are dropped."""
    owner = {fold(n): ent.label for ent in entities for n in (ent.name, *ent.aliases)}
    chars = sorted((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in runs)
    # A name another entity of the story carries ('Jordan' the body) keeps the story's reading.
    chars = [(s, e) for s, e in chars if owner.get(fold(ev.body[s:e]), "GPE") in PLACE_LABELS]
    if not chars:
        return entities
    by_key: dict[str, list[tuple[int, int]]] = {}
    for s, e in chars:
        by_key.setdefault(fold(ev.body[s:e]), []).append((s, e))
    out: list[Entity] = []
    for ent in entities:
        kept = [m for m in ent.mentions if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
                                                   for s, e in chars)]
        key = next((k for n in (ent.name, *ent.aliases) if (k := fold(n)) in by_key), None)
        if ent.label in PLACE_LABELS and key is not None:
            have = {(m.start, m.end) for m in kept}
            kept = sorted(kept + [ev.chars(s, e) for s, e in by_key.pop(key) if (s, e) not in have],
                          key=lambda m: m.start)
        if kept:
            out.append(ent.model_copy(update={"mentions": kept}) if kept != ent.mentions else ent)
    for places in by_key.values():
        name = ev.body[places[0][0]:places[0][1]]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        out.append(Entity(entity_id=f"gpe:{slug}", label="GPE", name=name,
                          mentions=[ev.chars(s, e) for s, e in places]))
    return out
