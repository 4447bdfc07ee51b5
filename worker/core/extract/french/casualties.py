"""French casualty counts: a number (or a vague quantity) and the word that says what happened.

"Au moins douze personnes ont été tuées", "une trentaine ont été blessées", "tuant au moins 23
personnes", "a fait un mort". The first count of a category is the story's figure; a later one
of the same category ("un premier bilan faisait état de onze morts") is kept as superseded.
"""

import re

from spacy.tokens import Doc

from worker.core.extract.casualties.lexicon_fr import ASIDES_FR, BACKGROUND_SUBJECTS_FR, CATEGORY_PHRASES_FR, \
    CATEGORY_VERBS_BEFORE_FR, CATEGORY_WORDS_FR, FILLER_FR, LARGE_UNITS_FR, PARTITIVES_FR, PLUPERFECT_AUX_FR, SINGLE_DEATH_FR, QUALIFIERS_FR, RATE_WORDS_FR, \
    SINGLE_ARREST_FR, SINGLE_SUBJECTS_FR, VAGUE_FR, VERB_BEFORE_WINS_FR
from worker.core.extract.common.context import Context
from worker.core.extract.french.numbers import NUMBER, number_value
from worker.core.models.casualties import Casualty, SupersededCount

_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS_FR, key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE_FR, key=len, reverse=True))
_COUNT = re.compile(rf"\b(?P<phrase>(?:(?P<qual>{_QUAL}) )?(?:(?P<vague>{_VAGUE})|(?P<n>{NUMBER})))\b", re.I)
_WORD = re.compile(r"[\wÀ-ÿ'’\-]+")
_MAX_BETWEEN = 7
# The aside is blanked out (same length, so offsets hold) and the words after it are read.
_ASIDE = re.compile(r"^[^,.;:«»()]*?(?P<aside>,\s*(?:" + "|".join(re.escape(a) for a in ASIDES_FR)
                    + r")\b[^,.;:«»()]*,)", re.I)
_PARTITIVE = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in PARTITIVES_FR) + r")\s", re.I)
_BACKGROUND = re.compile(r"(?:^|[.!?]\s+|\n)(?:La|Le|L['’])\s*(?:" + "|".join(sorted(BACKGROUND_SUBJECTS_FR, key=len, reverse=True))
                         + r")\b[^.!?\n]*$", re.I)
_RATE = re.compile(r"^[^.!?;,\n]{0,80}?\b(?:" + "|".join(re.escape(w) for w in RATE_WORDS_FR) + r")\b", re.I)
_PLUPERFECT = re.compile(r"\b(?:" + "|".join(PLUPERFECT_AUX_FR) + r")\b", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_LARGE = re.compile(r"\s+(?P<unit>" + "|".join(LARGE_UNITS_FR) + r")\b", re.I)
_SINGLE = re.compile(r"(?:^|[.!?]\s+|\n)(?:" + "|".join(re.escape(w) for w in SINGLE_SUBJECTS_FR) + r")\s*[a-zà-ÿ\-]+\b"
                     r"[^.!?\n]{0,160}?\b(?:" + "|".join(re.escape(p) for p in SINGLE_ARREST_FR) + r")\b", re.I)
_SINGLE_DEATH = re.compile(r"(?:^\s*|[.!?]\s+|\n)(?:Un|Une)\s+[a-zà-ÿ\-]+\b[^.!?\n,]{0,60}?\b(?:"
                           + "|".join(re.escape(p) for p in SINGLE_DEATH_FR) + r")\b")
_PHRASE = re.compile("|".join(re.escape(p) for p in sorted(CATEGORY_PHRASES_FR, key=len, reverse=True)), re.I)


# Words of these kinds may stand between a count and its category word: who was counted
# ("quatorze manifestants"), how ("légèrement"), the auxiliaries ("ont été").
_BETWEEN_POS = frozenset({"NOUN", "ADJ", "ADV", "AUX", "DET"})


def _category_after(text: str, offset: int, pos: dict[int, str]) -> tuple[str, int] | None:
    """The category word within a few filler words after a count, and where it ends."""
    aside = _ASIDE.match(text)
    if aside:
        text = text[:aside.start("aside")] + " " * len(aside.group("aside")) + text[aside.end("aside"):]
    for i, m in enumerate(_WORD.finditer(text)):
        if i > _MAX_BETWEEN or re.search(r"[,.;:«»()]", text[:m.start()]):
            return None
        word = m.group().lower()
        phrase = _PHRASE.match(text, m.start())
        if phrase:  # "ont trouvé la mort": no one word of it says what happened
            return CATEGORY_PHRASES_FR[phrase.group().lower().replace("’", "'")], phrase.end()
        if word in CATEGORY_WORDS_FR:
            return CATEGORY_WORDS_FR[word], m.end()
        if word not in FILLER_FR and not word.startswith(("l'", "d'", "l’", "d’")) \
                and pos.get(offset + m.start()) not in _BETWEEN_POS:
            return None
    return None


def _verb_before(body: str, start: int) -> str | None:
    """The category of a verb right before a count ("ont hélitreuillé une quarantaine"), if one."""
    before = _WORD.findall(body[max(0, start - 20):start])
    return CATEGORY_VERBS_BEFORE_FR.get(before[-1].lower()) if before else None


def _recalled(body: str, at: int, year: int) -> bool:
    """A count in a pluperfect sentence that names an earlier year."""
    start = max(body.rfind(". ", 0, at) + 1, body.rfind("\n", 0, at) + 1)
    ends = [e for e in (body.find(". ", at), body.find("\n", at)) if e >= 0]
    sentence = body[start:min(ends) if ends else len(body)]
    return bool(_PLUPERFECT.search(sentence)) and any(int(y) < year for y in _YEARS.findall(sentence))


def extract(doc: Doc, ctx: Context, skip: tuple[int, int] | None) -> list[Casualty]:
    body = ctx.story.body
    found: dict[str, Casualty] = {}
    pos = {t.idx: t.pos_ for t in doc}
    for m in _COUNT.finditer(body):
        if skip and m.start() < skip[1]:
            continue
        if m.group("vague"):
            count, qualifier = VAGUE_FR[m.group("vague").lower()]
        else:
            value = number_value(m.group("n"))
            if value is None or (m.group("n").isdigit() and len(m.group("n")) == 4 and m.group("n")[:2] in ("19", "20")):
                continue  # a year
            count, qualifier = value, "exact"
        if re.match(r"\s+ans?\b", body[m.end():m.end() + 5]):
            continue  # "un Italien de 63 ans": an age is never a count
        if _PARTITIVE.match(body, m.end()):
            continue  # "deux des suspects": part of a group the story counts elsewhere
        if _BACKGROUND.search(body, max(0, m.start() - 200), m.start()):
            continue  # "La guerre a fait des dizaines de milliers de morts": a whole war's toll
        if _recalled(body, m.start(), ctx.story.published_at.year):
            continue  # "En 2021, des crues comparables avaient fait deux morts": a past event recalled
        if _RATE.match(body[m.end():m.end() + 100]):
            continue  # "des dizaines de nouveaux cas sont signalés chaque jour": a rate
        large = _LARGE.match(body, m.end())
        if large:
            count *= LARGE_UNITS_FR[large.group("unit").lower()]
        if m.group("qual"):
            qualifier = QUALIFIERS_FR[m.group("qual").lower()]
        after = _category_after(body[m.end():m.end() + 120], m.end(), pos)
        category = after[0] if after else None
        rescue = _verb_before(body, m.start())
        if rescue in VERB_BEFORE_WINS_FR:  # "ont hélitreuillé une quarantaine d'habitants réfugiés"
            category, after = rescue, None
        if category is None:
            before = _WORD.findall(body[max(0, m.start() - 30):m.start()])
            for word in reversed(before[-3:]):
                if word.lower() in CATEGORY_VERBS_BEFORE_FR and (after is None):
                    category = CATEGORY_VERBS_BEFORE_FR[word.lower()]
                    # "a fait un mort", "fait une trentaine de morts": the noun must follow.
                    if word.lower() == "fait" and not re.match(r"\s*(?:de )?morts?\b", body[m.end():m.end() + 12]):
                        category = None
                    break
        if category is None:
            continue
        end = m.end() + (after[1] if after else 0)
        fact = Casualty(category=category, count=count, qualifier=qualifier,  # type: ignore[arg-type]
                        phrase=m.group("phrase"), evidence=ctx.evidence.chars(m.start(), end))
        first = found.get(category)
        if first is None:
            found[category] = fact
        elif first.count != count:
            found[category] = first.model_copy(update={"superseded": [*first.superseded, SupersededCount(
                count=count, qualifier=fact.qualifier, evidence=fact.evidence)]})
    single = _SINGLE.search(body, skip[1] if skip else 0)
    if single and "arrested" not in found:  # "Le conducteur ... a été placé en garde à vue": one arrest
        start = single.end() - len(single.group().lstrip(".!? \n"))
        found["arrested"] = Casualty(category="arrested", count=1, qualifier="exact", phrase=body[start:single.end()],
                                     evidence=ctx.evidence.chars(start, single.end()))
    lead = skip[1] if skip else 0
    death = _SINGLE_DEATH.search(body[lead:])  # the lead opens after the dateline
    death_end = lead + death.end() if death else 0
    if death and "killed" not in found and not _recalled(body, death_end - 1, ctx.story.published_at.year):
        start = death_end - len(death.group().lstrip(".!? \n"))  # "Un homme de 67 ans est mort": one killed
        found["killed"] = Casualty(category="killed", count=1, qualifier="exact", phrase=body[start:death_end],
                                   evidence=ctx.evidence.chars(start, death_end))
    return list(found.values())
