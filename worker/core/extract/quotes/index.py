"""Which entity a token belongs to, and which came before a position, for resolving speakers."""

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from worker.core.extract.quotes.lexicon import DATELINE_DASHES, SUBJECTS
from worker.core.models.entities import Entity


class EntityIndex:
    """Which entity a token belongs to, and who came before a position."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_char: dict[int, Entity] = {}
        self.mentions: list[tuple[int, int, Entity]] = []
        for ent in entities:
            for ev in ent.mentions:
                self.mentions.append((ev.start, ev.end, ent))
                for c in range(ev.start, ev.end):
                    self.by_char[c] = ent
        self.mentions.sort(key=lambda m: m[0])
        self.starts = [m[0] for m in self.mentions]

    def at(self, tok: Token) -> Entity | None:
        return self.by_char.get(tok.idx)

    def by_surname(self, word: str) -> Entity | None:
        return next((ent for _s, _e, ent in self.mentions if ent.label == "PERSON"
                     and ent.name.split()[-1] == word), None)

    def by_short_form(self, word: str) -> Entity | None:
        """A body by an acronym or short form it was given before ('The FFWC said' after 'the Flood
        Forecasting and Warning Centre (FFWC)')."""
        return next((ent for _s, _e, ent in self.mentions if ent.label == "ORG" and word in ent.aliases), None)

    def most_told_before(self, char: int, labels: tuple[str, ...]) -> Entity | None:
        """The entity of a label mentioned more often before ``char`` than any other (None on a
        tie): the body a story is about, which 'the company said' means."""
        counts: dict[str, tuple[int, int, Entity]] = {}
        for k, (_start, _end, ent) in enumerate(self.mentions[:bisect_left(self.starts, char)]):
            if ent.label in labels:
                seen = counts.get(ent.entity_id)
                counts[ent.entity_id] = ((seen[0] if seen else 0) + 1, k, ent)
        ranked = sorted(counts.values(), key=lambda c: (c[0], c[1]), reverse=True)
        # Only a body named more often than any other is the one the story is about.
        return ranked[0][2] if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else None

    def nearest_before(self, char: int, labels: tuple[str, ...],
                       want: "re.Pattern[str] | None" = None, subjects_first: bool = False,
                       named: "re.Pattern[str] | None" = None) -> Entity | None:
        """Nearest preceding mention of a label, optionally preferring a clause subject."""
        fallback: Entity | None = None
        # Only mentions starting before ``char``, found by bisection: a walk from the end of the
        # list made each call cost the whole story.
        for start, _end, ent in reversed(self.mentions[:bisect_left(self.starts, char)]):
            if ent.label not in labels:
                continue
            if named is not None and not named.search(ent.name):
                continue
            if want is not None and not any(want.search(r.title or "") for r in ent.roles):
                continue
            if not subjects_first:
                return ent
            span = self.doc.char_span(start, _end, alignment_mode="expand")
            # 'A bartender, Luis Ortega, said ...': a name in apposition to a subject acts too.
            # ('AARHUS, Denmark (Reuters) - X lowered ...': a parser hangs the lead's subject on the
            # dateline; 'Analysts at X noted': a group speaking for X makes X act, one analyst does not.)
            root = span.root if span is not None else None
            if root is not None and _quoted(self.doc, root):
                continue   # ('"Austfonna is not going to flood anyone," he said': the quote's own subject)
            if root is not None and (root.dep_ in SUBJECTS or root.dep_ == "appos" and (
                    root.head.dep_ in SUBJECTS or root.left_edge.i > 0 and self.doc[root.left_edge.i - 1].text in DATELINE_DASHES)
                    or root.dep_ == "pobj" and root.head.head.tag_ == "NNS" and root.head.head.dep_ in SUBJECTS):
                return ent
            fallback = fallback or ent
        return fallback


def _quoted(doc: Doc, token: Token) -> bool:
    """Whether a quotation mark opened before the token in its paragraph is still open there."""
    before = doc.text[doc.text.rfind("\n", 0, token.idx) + 1:token.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
