"""Where the story's incident happened, when a sentence does not say.

Wire copy is often filed from a capital about somewhere else ("DHAKA (AP) — A ferry capsized ...
near Chandpur"). A count or an attack whose own sentence names no place happened at the scene the
opening paragraphs locate, not in the city the reporter filed from: the first town they place
something in, at or near ("near Chandpur", "in the village near Kani", "the town of El Bolson").
A country or a river is no scene; a province or region placed by name ("in Khatlon province") is,
when the opening names no town; when it names neither, the dateline stands, as before.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import tense_of
from worker.core.extract.common.lexicon import SCENE_AREA_NOUNS, SCENE_PREPS, SCENE_REGION_NOUNS, SCENE_SENTENCES, TELLING_NOUNS
from worker.core.extract.common.names import PLACE_LABELS, dateline_place


def scene_place(ctx: Context) -> str | None:
    """The first town the opening sentences locate something in; else the dateline's place."""
    return opening_scene(ctx) or dateline_place(ctx)


def opening_scene(ctx: Context) -> str | None:
    """The first town (else a named province) the opening sentences locate something in, if any."""
    doc = ctx.doc
    cached = doc.user_data.get("wire.scene")
    if cached is None:
        cached = doc.user_data["wire.scene"] = _scene(ctx, doc) or ""
    return cached or None


def _scene(ctx: Context, doc: Doc) -> str | None:
    region = None
    for k, sent in enumerate(doc.sents):
        if k >= SCENE_SENTENCES:
            break
        for token in sent:
            # ('delegations were due to meet in Geneva': where something is still to happen is no scene.)
            if not token.text[:1].isupper() or tense_of(token) in ("future", "proposed") or _where_told(token):
                continue
            # The story's settled reading, whether or not the model tagged this mention.
            settled = ctx.names().covering(token.idx)
            if not settled or not all(e.label in PLACE_LABELS for e in settled):
                continue
            if _located(token) and all(e.geo is not None and e.geo.feature == "city" for e in settled):
                return settled[0].name
            if region is None and _named_region(token):
                region = settled[0].name
    # 'in Tajikistan's southern Khatlon province' and no town: the province is the scene.
    return region


def _where_told(token: Token) -> bool:
    """'In a report released in Dushanbe', 'told a news conference in Kabul': where the news was told."""
    return any(a.lemma_.lower() in TELLING_NOUNS for a in list(token.ancestors)[:4])


def _named_region(token: Token) -> bool:
    """'in Khatlon province', "in Myanmar's Sagaing region": a name before a region noun, placed."""
    head = token.head
    return token.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in SCENE_REGION_NOUNS \
        and head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS


def _located(root: Token) -> bool:
    """'near Chandpur', 'in Bankilare', 'the town of El Bolson', 'a village near Kani'."""
    head = root.head
    if head.lower_ in SCENE_PREPS and root.dep_ == "pobj":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in SCENE_AREA_NOUNS and head.head.head.lower_ in SCENE_PREPS
