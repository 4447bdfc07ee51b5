"""ninjs body_html as wire services send it: the text a person reads, nothing the markup hides."""

import orjson

from worker.core.decode import decode
from worker.core.models import RawStory, Rejection

NINJS_HTML = """<style>p { color: #333 } .caption { font-size: 80% }</style>
<script type="text/javascript">window.track('story');</script>
<p>MONGU, Zambia (AP) &mdash; Floodwater from the Zambezi has cut off&nbsp;three villages,
district officials said on Monday.</p>
<p>&ldquo;The water rose overnight,&rdquo; said Chipo Mwale, a teacher in Lealui.</p>
<table class="data"><thead><tr><th>Village</th><th>People cut off</th></tr></thead>
<tbody><tr><td>Lealui</td><td>1,200</td></tr><tr><td>Nalikwanda</td><td>640</td></tr></tbody></table>
<figure><img src="https://example.org/flood.jpg" alt="flooded road"><figcaption>Photo: Grace Tembo</figcaption></figure>
<h2>Boats sent</h2>
<ul><li>Two army boats reached Lealui.</li><li>A third is on its way.</li></ul>
<p>Relief agencies said more rain is forecast.</p>"""


def _body(html: str) -> str:
    result = decode(orjson.dumps({"uri": "urn:test:flood", "body_html": html}), key=None, timestamp=None)
    assert isinstance(result, RawStory), result
    return result.body


def test_styles_and_scripts_leave_no_text() -> None:
    body = _body(NINJS_HTML)
    assert "color" not in body and "track" not in body
    assert body.startswith("MONGU, Zambia (AP) — Floodwater")


def test_table_cells_and_rows_stay_apart() -> None:
    body = _body(NINJS_HTML)
    assert "Lealui1,200" not in body and "cut offLealui" not in body
    lines = [line.split() for line in body.splitlines()]
    assert ["Lealui", "1,200"] in lines and ["Nalikwanda", "640"] in lines


def test_a_caption_is_not_glued_to_the_quote_or_table_before_it() -> None:
    body = _body(NINJS_HTML)
    assert any(line.strip() == "Photo: Grace Tembo" for line in body.splitlines())
    assert "640Photo" not in body


def test_non_breaking_spaces_and_entities_become_plain_text() -> None:
    body = _body(NINJS_HTML)
    assert "\u00a0" not in body and "&" not in body
    assert "cut off three villages" in " ".join(body.split())
    assert "“The water rose overnight,” said Chipo Mwale" in body


def test_headings_and_list_items_are_their_own_lines() -> None:
    lines = [line.strip() for line in _body(NINJS_HTML).splitlines()]
    assert "Boats sent" in lines
    assert any(line.endswith("Two army boats reached Lealui.") for line in lines)


def test_malformed_markup_still_yields_its_text() -> None:
    body = _body("<p>Police said <b>two <i>men were held</p><div>in Kitwe<p>on Sunday")
    assert " ".join(body.split()) == "Police said two men were held in Kitwe on Sunday"


def test_deeply_nested_markup_neither_crashes_nor_hangs() -> None:
    result = decode(orjson.dumps({"uri": "u", "body_html": "<div>" * 20000 + "Deep text." + "</div>" * 20000}),
                    key=None, timestamp=None)
    assert isinstance(result, (RawStory, Rejection))
    if isinstance(result, Rejection):
        assert result.reason.value in {"bad_field", "empty_body"}


def test_html_with_no_readable_text_is_an_empty_body() -> None:
    result = decode(orjson.dumps({"uri": "u", "body_html": "<style>p{}</style><script>x()</script>"}),
                    key=None, timestamp=None)
    assert isinstance(result, Rejection) and result.reason.value == "empty_body"
