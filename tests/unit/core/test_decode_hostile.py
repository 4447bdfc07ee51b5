"""decode under hostile input: whatever arrives, the answer is a story or a named rejection.

test_decode.py covers arbitrary bytes and arbitrary JSON values; this file goes after the shapes
that break parsers in practice: JSON that is valid but typed wrong in every field, nesting far past
recursion limits, megabyte strings, NUL and control bytes, text in other encodings or several
encodings spliced together, and the size limit at its exact edge.
"""

from __future__ import annotations

import codecs
from datetime import datetime, timezone

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.core.decode import decode
from worker.core.models import RawStory, Rejection, RejectReason

STAMP = datetime(2025, 8, 29, tzinfo=timezone.utc)
REASONS = set(RejectReason)

json_scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=200))
json_values = st.recursive(json_scalars, lambda c: st.lists(c, max_size=5) | st.dictionaries(st.text(max_size=10), c,
                                                                                              max_size=5),
                           max_leaves=20)
FIELDS = ["id", "version", "headline", "body", "published_at", "language", "located", "byline", "uri",
          "body_text", "body_html", "bodies", "headlines", "versioncreated"]


def check(result: RawStory | Rejection) -> RawStory | Rejection:
    """The contract every answer keeps: a story has a body, a rejection a known reason and a detail."""
    if isinstance(result, RawStory):
        assert result.body.strip() and result.story_id
        assert "\x00" not in result.body
        assert result.published_at.tzinfo is not None
    else:
        assert isinstance(result, Rejection)
        assert result.reason in REASONS and result.stage == "decode" and result.detail
    return result


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=8))
def test_our_and_ninjs_fields_of_any_type_give_a_story_or_a_reason(doc: dict[str, object]) -> None:
    check(decode(orjson.dumps(doc), key=b"k", timestamp=STAMP))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1100, max_value=200_000),
       st.sampled_from([(b"[", b"]"), (b"{\"a\":", b"}"), (b"{\"body\":[", b"]}")]))
def test_nesting_past_any_recursion_limit_is_rejected_not_raised(depth: int, pair: tuple[bytes, bytes]) -> None:
    # orjson stops at 1024 levels; Python's own json would blow the stack long before 200,000.
    opener, closer = pair
    result = check(decode(opener * depth + b"1" + closer * depth, max_bytes=10_000_000))
    assert isinstance(result, Rejection) and result.reason in (RejectReason.BAD_JSON, RejectReason.BAD_FIELD)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(min_value=1, max_value=4), st.sampled_from(["a", "é", "数", "😀", " "]))
def test_megabyte_strings_are_decoded_or_rejected_by_size(megabytes: int, char: str) -> None:
    text = char * (megabytes * 1_000_000 // len(char.encode()))
    for value in (text.encode(), orjson.dumps({"body": text})):
        result = check(decode(value, max_bytes=2_000_000))
        if len(value) > 2_000_000:
            # A blank record is empty whatever its size; anything else is too large.
            want = RejectReason.EMPTY_BODY if not value.strip() else RejectReason.TOO_LARGE
            assert isinstance(result, Rejection) and result.reason == want


def test_the_size_limit_is_inclusive_at_its_exact_edge() -> None:
    at_limit = b"word " * 2000
    assert isinstance(decode(at_limit, max_bytes=len(at_limit)), RawStory)
    over = decode(at_limit + b"x", max_bytes=len(at_limit))
    assert isinstance(over, Rejection) and over.reason == RejectReason.TOO_LARGE


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=300), st.integers(min_value=1, max_value=20))
def test_nul_and_control_bytes_anywhere_never_raise(text: str, at: int, count: int) -> None:
    raw = text.encode()
    for junk in (b"\x00" * count, b"\x01\x02\x1b" * count, b"\x7f" * count):
        check(decode(raw[:at] + junk + raw[at:]))
        check(decode(orjson.dumps({"body": text[:at] + junk.decode() + text[at:]})))


ENCODINGS = ["latin-1", "cp1252", "utf-16", "utf-16-be", "utf-32", "shift_jis", "koi8-r", "gb18030", "utf-7"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=60), st.sampled_from(ENCODINGS + ["utf-8"])),
                min_size=1, max_size=6))
def test_text_in_other_or_mixed_encodings_never_raises(parts: list[tuple[str, str]]) -> None:
    spliced = b"".join(t.encode(enc, errors="replace") for t, enc in parts)
    result = check(decode(spliced))
    if isinstance(result, RawStory):
        # Accepted only when the bytes really are UTF-8: a story is never mojibake of undecodable bytes.
        assert codecs.decode(spliced, "utf-8", errors="strict")


@pytest.mark.parametrize("value", [
    "\ud800".encode("utf-8", "surrogatepass"),                    # a lone surrogate: not UTF-8
    b"\xef\xbb\xbf",                                                # a BOM and nothing else
    b"\xef\xbb\xbf{\"body\": \"x\"}",                               # BOM before JSON
    b"{\"body\": \"\\u0000\\u0000\"}",                               # a body of escaped NULs only
    b"{\"body\": \"ok\", \"body\": 5}",                             # a duplicate key, the last wins
    b"{\"body\": \"text\", \"published_at\": \"+99999-01-01\"}",   # a year no datetime holds
    b"{\"body\": \"text\", \"version\": 1e400}",                    # a number no float holds
    b"{\"body\": \"text\", \"version\": \"NaN\"}",
    b"{\"uri\": \"u\", \"bodies\": [{\"value\": null}, {\"value\": \"x\", \"role\": {}}]}",
    b"{\"uri\": \"u\", \"body_html\": \"<p>" + b"<b>" * 5000 + b"x</p>\"}",
    b"\"just a JSON string\"",
    b"\xc0\x80",                                                    # overlong NUL
])
def test_known_parser_traps_give_a_story_or_a_reason(value: bytes) -> None:
    check(decode(value, key=b"trap", timestamp=STAMP))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2048), st.binary(max_size=64) | st.none())
def test_the_same_bytes_always_decode_the_same_way(value: bytes, key: bytes | None) -> None:
    # Redeliveries must yield the same story id and reason, or event ids would drift on replay.
    first, second = decode(value, key=key, timestamp=STAMP), decode(value, key=key, timestamp=STAMP)
    assert first == second


def test_a_story_past_the_word_limit_is_rejected_as_too_long_whatever_its_format() -> None:
    from worker.core.decode import decode
    from worker.core.models import Rejection

    words = "rain " * 150
    for value in (f"LIMA — {words}".encode(), orjson.dumps({"body": words}),
                  orjson.dumps({"uri": "u", "body_html": f"<p>{words}</p>"})):
        result = decode(value, max_words=100)
        assert isinstance(result, Rejection) and result.reason.value == "too_long", value[:30]
    assert not isinstance(decode(f"LIMA — {words}".encode(), max_words=200), Rejection)


def test_a_run_of_characters_without_white_space_beyond_the_limit_is_too_long() -> None:
    import random

    from worker.core.decode import MAX_WORD_CHARS, decode
    from worker.core.models import Rejection, RejectReason

    rng = random.Random(7)
    run = "".join(rng.choice("abc.,;:!?()-'\"") for _ in range(MAX_WORD_CHARS + 1))
    got = decode(f"PARIS — A story with one odd token {run} in it.".encode(), key=b"k")
    assert isinstance(got, Rejection) and got.reason == RejectReason.TOO_LONG
    assert f"a run of {MAX_WORD_CHARS + 1} characters without white space" in got.detail
    url = "https://example.org/" + "a" * 400  # long, but nothing a person reads is this long
    assert not isinstance(decode(f"See {url} for details.".encode(), key=b"k"), Rejection)
