"""decode: every input format becomes a story, every bad record a named rejection."""

import json
from datetime import datetime, timezone

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.core.decode import decode
from worker.core.models import RawStory, Rejection, RejectReason, SourceFormat

STAMP = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def story(value: bytes, **kwargs: object) -> RawStory:
    result = decode(value, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, RawStory), result
    return result


def reason(value: bytes | None, **kwargs: object) -> RejectReason:
    result = decode(value, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, Rejection), result
    return result.reason


def test_plain_text_uses_record_key_and_timestamp() -> None:
    s = story("PARIS — Rain fell.\r\n\r\n\r\nMore rain.".encode(), key=b"story-7", timestamp=STAMP)
    assert (s.story_id, s.published_at, s.source_format) == ("story-7", STAMP, SourceFormat.TEXT)
    assert s.body == "PARIS — Rain fell.\n\nMore rain."


def test_plain_text_without_key_gets_a_content_hash_id() -> None:
    first, second = story(b"Some text."), story(b"Some text.")
    assert first.story_id.startswith("sha256:") and first.story_id == second.story_id
    assert story(b"Other text.").story_id != first.story_id


def test_byte_order_mark_is_dropped() -> None:
    assert story("\ufeffHello there.".encode()).body == "Hello there."


def test_our_json_fields_are_read() -> None:
    raw = orjson.dumps({"id": "a-1", "version": 3, "headline": "H", "body": "Text here.",
                        "published_at": "2025-01-02T03:04:05Z", "byline": "By X", "language": "en"})
    s = story(raw, key=b"ignored")
    assert (s.story_id, s.version, s.headline, s.byline, s.source_format) == ("a-1", 3, "H", "By X", SourceFormat.JSON)
    assert s.published_at == datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def test_ninjs1_prefers_uri_version_and_versioncreated() -> None:
    raw = orjson.dumps({"uri": "urn:x:1", "version": "2", "versioncreated": "2025-05-06T07:08:09+02:00",
                        "headline": "Head", "body_text": "Body text.", "located": "ROME"})
    s = story(raw, key=b"k", timestamp=STAMP)
    assert (s.story_id, s.version, s.headline, s.located, s.source_format) == \
        ("urn:x:1", 2, "Head", "ROME", SourceFormat.NINJS1)
    assert s.published_at == datetime(2025, 5, 6, 5, 8, 9, tzinfo=timezone.utc)


def test_ninjs1_html_body_becomes_paragraphs() -> None:
    s = story(orjson.dumps({"uri": "u", "body_html": "<p>One &amp; two.</p><p>Three.</p>"}))
    assert s.body == "One & two.\n\nThree."


def test_ninjs2_picks_main_plain_body_and_main_headline() -> None:
    raw = orjson.dumps({
        "uri": "u2", "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main"}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>html</p>"},
                   {"role": "main", "contenttype": "text/plain", "value": "plain body"}],
    })
    s = story(raw)
    assert (s.headline, s.body, s.source_format) == ("Main", "plain body", SourceFormat.NINJS2)


@pytest.mark.parametrize(("value", "expected"), [
    (None, RejectReason.EMPTY_BODY),
    (b"   \n\t ", RejectReason.EMPTY_BODY),
    (b"caf\xe9 au lait", RejectReason.INVALID_UTF8),
    (b"\x00\x01\x02\x03 binary", RejectReason.BINARY),
    (b"{not json", RejectReason.BAD_JSON),
    (b"[1, 2]", RejectReason.NOT_AN_OBJECT),
    (b'{"headline": "no body"}', RejectReason.NO_BODY_FIELD),
    (b'{"body": "   "}', RejectReason.EMPTY_BODY),
    (b'{"body": 42}', RejectReason.BAD_FIELD),
    (b'{"body": "ok", "published_at": "yesterday"}', RejectReason.BAD_FIELD),
    (b'{"body": "ok", "version": "two"}', RejectReason.BAD_FIELD),
    (b'{"uri": "u", "headline": "no body"}', RejectReason.NO_BODY_FIELD),
    (b'{"uri": "u", "bodies": "not a list"}', RejectReason.BAD_FIELD),
])
def test_bad_records_get_named_reasons(value: bytes | None, expected: RejectReason) -> None:
    assert reason(value) == expected


def test_oversized_record_is_rejected_before_parsing() -> None:
    assert reason(b"x" * 2048, max_bytes=1024) == RejectReason.TOO_LARGE


def test_deeply_nested_json_is_bad_json_not_a_crash() -> None:
    assert reason(b"[" * 100_000 + b"]" * 100_000) in (RejectReason.BAD_JSON, RejectReason.NOT_AN_OBJECT)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(value: bytes) -> None:
    assert isinstance(decode(value), RawStory | Rejection)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=30))
def test_arbitrary_json_never_raises(value: object) -> None:
    for doc in (value, {"body": value}, {"uri": "u", "bodies": value}, {"uri": "u", "body_text": value}):
        assert isinstance(decode(json.dumps(doc).encode()), RawStory | Rejection)
