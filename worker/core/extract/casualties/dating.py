"""When a count was made, and whether it is background: a count dated by its clause, its noun or its
subject, a past year's tally, and a running toll counted from a date long past."""

import re
from datetime import date, timedelta

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import (
    PARTICIPLE_DEPS, PERFECT_AUXILIARIES, RECALL_OPENING_CHARS, RECALLED_AFTER_DAYS, RELATIVE_WORDS,
    SEASON_LAST_MONTHS, SINCE_BACK_REFERENCES, TIME_CLAUSE_MARKS,
)
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import evidence
from worker.core.models.casualties import Casualty
from worker.core.models.timex import TimeRange


def time_of(ctx: Context, trigger: Token) -> str | None:
    """A date in the trigger's own clause; ranges and durations do not date a count."""
    # A noun trigger is dated by the verb governing it ('recorded ... 220 deaths ... in 2025').
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else \
        next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), trigger.head)
    # 'Two trains collided in 2021, killing 32 people': a participle takes its clause's date.
    # ('a ferry sank in 2018, leaving 160 people missing': so does the participle governing it.)
    governors, node = {verb}, trigger
    for _ in range(2):
        if node.dep_ not in PARTICIPLE_DEPS or "VBG" not in (node.tag_, node.head.tag_):
            break
        node = node.head
        governors.add(node)
    # 'There were 48 accidents last year, in which 17 people were killed': a clause the parser hung
    # on the verb it describes the noun of takes that verb's date; so does 'pledged allegiance in
    # 2019 and has killed thousands', a perfect tense joined to a dated clause.
    if verb.dep_ in {"advcl", "relcl"} and any(t.lower_ in RELATIVE_WORDS for t in verb.subtree if t.i < verb.i) \
            or verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children) \
            or verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children):
        governors.add(verb.head)
    # 'the February 2023 earthquakes, which killed 53,000': a relative clause takes its noun's date,
    # and 'Fires in early 2025 burned ... and killed one person' the subject's.
    owners = {trigger.head} if trigger.dep_ == "relcl" else set()
    # 'The last outbreak in Sierra Leone, in 2009, killed 20': a verb the parser hung on its subject
    # as a modifier is dated by that noun.
    if verb.dep_ == "acl" and verb.pos_ == "VERB":
        owners.add(verb.head)
    # ('since 2017, when cholera spread ... and killed more than 1,100': the year the clause describes.)
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is not trigger and first.dep_ == "relcl":
        owners.add(first.head)
    node = trigger.head
    while trigger.dep_ == "relcl" and node.dep_ == "pobj" and len(owners) < 3:
        node = node.head.head   # 'the 2012 collision near Szczekociny, in which 16 people died'
        owners.add(node)
    for node in (verb, verb.head if verb.dep_ == "conj" else verb):
        owners.update(c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"})
    sent = trigger.sent  # once, not per time expression: finding it scans the document
    for t in ctx.times_between(sent.start_char, sent.end_char):
        if t.kind not in {"date", "time"} or isinstance(t.value, TimeRange) and not _years(t.value):
            continue
        span = trigger.doc.char_span(t.evidence.start, t.evidence.end, alignment_mode="expand")
        if span is None or span.sent != sent:
            continue
        root = span.root
        # ('died nationwide in the 2023 outbreak': a year inside the phrase that dates the verb.)
        if root.head in governors | {trigger} or root.head.head in governors | {trigger} \
                or _hangs_on(root, owners | governors):
            # ('in 2022 and 2023, when more than 1,700 died': two whole years date a count by the later.)
            return t.value.end if isinstance(t.value, TimeRange) else t.value
    return None


def _years(span: TimeRange) -> bool:
    return bool(re.fullmatch(r"\d{4}", str(span.start)) and re.fullmatch(r"\d{4}", str(span.end)))


def _hangs_on(token: Token, owners: set[Token]) -> bool:
    """The token's chain of prepositional phrases ('in the same area in early 2025') ends on an owner."""
    node = token
    if node in owners:
        return True   # 'since 2018, when more than 100 people died': the clause describes the date
    while node.dep_ in {"pobj", "prep", "compound", "nmod", "amod", "nummod"} and node.head.i != node.i:
        node = node.head
        if node in owners:
            return True
    return False


def historical(ctx: Context, fact: Casualty) -> bool:
    """A count dated more than a year before the story, or to a past calendar year, is a
    comparison, not news (a date last week of December is still news in a story of January 2)."""
    return long_ago(ctx, fact.time)


def long_ago(ctx: Context, when: object) -> bool:
    """A date (TIMEX value) more than a year before the story, or a past calendar year."""
    value = str(when or "")
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return False
    if len(value) == 4 and int(value) < ctx.story.published_at.year:
        return True  # '220 deaths in 2025': a past year's tally, told for comparison
    year, month, day = (int(part) for part in (value + "-12-28")[:10].split("-"))
    return (ctx.story.published_at.date() - date(year, month, min(day, 28))).days > 365


def months_back(ctx: Context, when: object) -> bool:
    """A month, a season or a day that ended RECALLED_AFTER_DAYS or more before the story ('In
    April' in a December story)."""
    value = str(when or "")
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season is not None:   # ('floods last winter': a season ends with its last month)
        year, month = int(season[1]) + (season[2] == "WI"), SEASON_LAST_MONTHS[season[2]]
        if date(year, month, 1) > ctx.story.published_at.date():
            # (A season still to end that the story tells as past is the southern one, six months earlier.)
            year, month = (year, month - 6) if month > 6 else (year - 1, month + 6)
        value = f"{year}-{month:02d}"
    if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", value):
        return False
    year, month = int(value[:4]), int(value[5:7])
    end = date(year, month, int(value[8:10])) if len(value) == 10 \
        else date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (ctx.story.published_at.date() - end).days >= RECALLED_AFTER_DAYS


def running_since_long_ago(ctx: Context, trigger: Token) -> bool:
    """'More than 6,000 civilians have been killed since then' after a coup 'in February 2021': a
    running toll counted from a date over a year back is background ('since Monday' is news)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    # ('has killed thousands since 2012 and driven 3 million from their homes': the first verb's.)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for v in verbs for c in v.children):
        return False
    # 'has captured most of it since launching an offensive in late 2023, and the military has
    # responded with strikes that have killed hundreds': the clause the relative clause hangs in.
    if verb.dep_ == "relcl":
        clause = next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is not None:
            verbs += [clause, clause.head] if clause.dep_ == "conj" else [clause]
    since = next((c for v in verbs for c in v.children if c.lower_ == "since"), None)
    if since is None:
        return False
    doc = verb.doc
    if any(t.lower_ in SINCE_BACK_REFERENCES for t in since.subtree):
        sent = verb.sent
        before = doc[sent.start - 1].sent if sent.start > 0 else sent
        times = ctx.times_between(before.start_char, sent.start_char)
    else:
        times = ctx.times_between(since.idx, since.right_edge.idx + len(since.right_edge))
    return any(historical(ctx, Casualty(category="killed", count=1, qualifier="exact", phrase="", time=str(t.value),
                                         evidence=evidence(doc, since.idx, since.idx + 1)))
               for t in times if t.kind == "date" and not isinstance(t.value, TimeRange))


def recalled(ctx: Context, fact: Casualty, trigger: Token) -> bool:
    """'In July, fighters ambushed a convoy near Diafarabe, killing at least 20 soldiers', 'On Aug.
    9, a train derailed near Rohri, killing seven': a sentence that opens with a date months back
    recalls an earlier event, and its toll is background to the story ('died of heatstroke in
    July' in a report on the season still counts)."""
    sent = trigger.sent
    opening = [t for t in ctx.times_between(sent.start_char, sent.end_char)
               if t.evidence.start - sent.start_char <= RECALL_OPENING_CHARS]
    if not opening or not isinstance(opening[0].value, str) or not months_back(ctx, opening[0].value):
        return False
    # ('..., killing seven people and injuring 40': the undated count of the same sentence too.)
    return fact.time is None or str(fact.time)[:7] == opening[0].value[:7]
