"""Where the story's incident happened, when a sentence does not say.

Wire copy is often filed from a capital about somewhere else ("DHAKA (AP) — A ferry capsized ...
near Chandpur"). A count or an attack whose own sentence names no place happened at the scene the
opening paragraphs locate, not in the city the reporter filed from: the first town they place
something in, at or near ("near Chandpur", "in the village near Kani", "the town of El Bolson").
A region, a country or a river is no scene (it is too wide to stand for the place); when the
opening names no town, the dateline stands, as before.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import tense_of
from worker.core.extract.common.lexicon import SCENE_AREA_NOUNS, SCENE_PREPS, SCENE_SENTENCES
from worker.core.extract.common.names import PLACE_LABELS, dateline_place


def scene_place(ctx: Context) -> str | None:
    """The first town the opening sentences locate something in; else the dateline's place."""
    doc = ctx.doc
    cached = doc.user_data.get("wire.scene")
    if cached is None:
        cached = doc.user_data["wire.scene"] = _scene(ctx, doc) or dateline_place(ctx) or ""
    return cached or None


def _scene(ctx: Context, doc: Doc) -> str | None:
    for k, sent in enumerate(doc.sents):
        if k >= SCENE_SENTENCES:
            break
        for token in sent:
            # ('delegations were due to meet in Geneva': where something is still to happen is no scene.)
            if not token.text[:1].isupper() or not _located(token) or tense_of(token) in ("future", "proposed"):
                continue
            # The story's settled reading, whether or not the model tagged this mention.
            settled = ctx.names().covering(token.idx)
            if settled and all(e.label in PLACE_LABELS and e.geo is not None and e.geo.feature == "city"
                               for e in settled):
                return settled[0].name
    return None


def _located(root: Token) -> bool:
    """'near Chandpur', 'in Bankilare', 'the town of El Bolson', 'a village near Kani'."""
    head = root.head
    if head.lower_ in SCENE_PREPS and root.dep_ == "pobj":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in SCENE_AREA_NOUNS and head.head.head.lower_ in SCENE_PREPS
