"""The evidence page: one self-contained HTML file an editor reads to audit every fact.

Jinja2 renders it with autoescaping on, so story text can never inject markup. The page makes no
network request (a Content-Security-Policy of `default-src 'none'` says so to the browser) and
reads without JavaScript: marks are links to their facts and CSS `:target` lights the fact.
"""

from importlib.resources import files

import jinja2

from worker.core.models.enriched import EnrichedStory
from worker.render.spans import collect_facts, segments

# Panel order and labels; a family missing from a story is simply not shown.
LEGEND: tuple[tuple[str, str], ...] = (
    ("person", "People"), ("org", "Organisations"), ("place", "Places"), ("group", "Groups"),
    ("quote", "Quotes"), ("casualty", "Casualties"), ("time", "Times"), ("event", "Events"),
    ("amount", "Amounts"),
)

_ENV = jinja2.Environment(
    loader=jinja2.FunctionLoader(lambda name: files("worker.render").joinpath("templates", name).read_text("utf-8")),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def render_evidence_page(story: EnrichedStory) -> str:
    """The whole page as text; deterministic for a given story."""
    facts = collect_facts(story)
    known = {fam for fam, _ in LEGEND}
    present = {f.family for f in facts}
    legend = tuple(row for row in LEGEND if row[0] in present)
    legend += tuple((f.family, f.family.title()) for f in facts if f.family not in known)
    meta = story.facts.story
    parts = [meta.credit or "", meta.dateline.raw if meta.dateline else "", meta.published_at.isoformat()]
    return _ENV.get_template("evidence.html.j2").render(
        story=story,
        headline=meta.headline or meta.story_id,
        byline=" · ".join(p for p in parts if p) + f" · {meta.word_count} words · {story.extractor_version}",
        legend=tuple(dict.fromkeys(legend)),
        facts=facts,
        segments=segments(story.body, facts),
    )
