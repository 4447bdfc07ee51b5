"""The evidence pages of the last stories the worker published, served on its metrics port.

Off by default (``WIRE_STORY_PAGES=0``). When on, the worker keeps the last N enriched stories
it published (their latest version; N bounds the memory) and serves:

* ``/stories``: a list of them, newest first, each linking to its page;
* ``/stories/{story_id}``: the same self-contained evidence page ``enrich --format html`` prints.

Nothing else is exposed: no settings, no headers of the raw records, no dead letters. A story is
added only once its outputs are acknowledged, so the pages never show what consumers cannot see.
Pages are rendered on request, on the health server's thread, from the kept story (a lock
guards the map: the worker's loop adds while the server's thread reads).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from urllib.parse import quote

import jinja2

from worker.core.models.enriched import EnrichedStory
from worker.render.evidence_page import render_evidence_page

# The list page is as closed as the story pages: nothing loads from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

_LIST = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stories enriched by this worker</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; }
h1 { font: 600 1.4rem system-ui, sans-serif; }
p.note { color: #555; font-size: .9rem; }
ol { padding-left: 1.4rem; } li { margin: .5rem 0; }
a { color: #0b5394; } .meta { color: #666; font: .8rem system-ui, sans-serif; }
</style></head><body>
<h1>Stories enriched by this worker</h1>
<p class="note">The last {{ stories|length }} of at most {{ limit }} stories published, newest first.
Each page marks the evidence of every fact.</p>
{% if stories %}<ol>{% for s in stories %}
<li><a href="/stories/{{ s.href }}">{{ s.title }}</a><br>
<span class="meta">{{ s.story_id }} · version {{ s.version }} · {{ s.facts }} facts · {{ s.extractor }}</span></li>
{% endfor %}</ol>{% else %}<p>No story has been published yet.</p>{% endif %}
</body></html>
""")


class StoryPages:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._stories: OrderedDict[str, EnrichedStory] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, stories: Iterable[EnrichedStory | None]) -> None:
        """Keep the acknowledged stories of a batch; the oldest beyond the limit go."""
        with self._lock:
            for story in stories:
                if story is None:
                    continue
                self._stories.pop(story.story_id, None)
                self._stories[story.story_id] = story
            while len(self._stories) > self.limit:
                self._stories.popitem(last=False)

    def page(self, story_id: str) -> str | None:
        with self._lock:
            story = self._stories.get(story_id)
        return render_evidence_page(story) if story is not None else None

    def index(self) -> str:
        with self._lock:
            stories = list(reversed(self._stories.values()))
        rows = [{"href": quote(s.story_id, safe=""), "title": s.facts.story.headline or s.story_id,
                 "story_id": s.story_id, "version": s.version, "extractor": s.extractor_version,
                 "facts": len(s.facts.entities) + len(s.facts.quotes) + len(s.facts.casualties)
                 + len(s.facts.time_expressions) + len(s.facts.events)} for s in stories]
        return _LIST.render(stories=rows, limit=self.limit, csp=CSP)
