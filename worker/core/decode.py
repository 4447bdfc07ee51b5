"""Bytes in, a ``RawStory`` or a named ``Rejection`` out. Never raises on any input.

Accepted: UTF-8 plain text, our own JSON object (``id``, ``headline``, ``body``, ...), and IPTC
ninjs 1.x (``body_text``/``body_html``, ``headline``) and 2.x (``bodies[]``, ``headlines[]``).
"""

import hashlib
import re
from datetime import datetime, timezone
from typing import Any

import orjson
from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

from worker.core.models import RawStory, Rejection, RejectReason, SourceFormat
from worker.errors import WireEnrichError

# Bytes that never occur in wire copy; more than a few of them means the payload is not text.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_SNIFF = 4096
_NINJS_KEYS = frozenset({"uri", "body_text", "body_html", "bodies", "headlines", "versioncreated", "located"})


# Longest run of characters without white space a story may hold (see ``decode``).
MAX_WORD_CHARS = 1_000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD_CHARS + 1))


def decode(
    value: bytes | None,
    *,
    key: bytes | None = None,
    timestamp: datetime | None = None,
    max_bytes: int = 1_000_000,
    max_words: int = 20_000,
) -> RawStory | Rejection:
    """Turn one raw record into a story, or say exactly why not."""
    story = _decode(value, key=key, timestamp=timestamp, max_bytes=max_bytes)
    if isinstance(story, RawStory):
        # Bytes bound the record, words bound the work: parsing and extraction grow with the text,
        # so one document dump must not hold its partition for minutes (docs/hardening.md).
        words = len(story.body.split())
        if words > max_words:
            return _reject(RejectReason.TOO_LONG, f"{words} words exceeds the limit of {max_words}")
        # One 'word' of a million characters passes the word count, but spaCy's tokenizer splits
        # such a run on its punctuation in time that grows faster than its length (minutes for
        # 900 KB); no text a person reads has a run like it (the longest URLs are a few hundred).
        run = _LONG_RUN.search(story.body)
        if run is not None:
            return _reject(RejectReason.TOO_LONG, f"a run of {len(run.group())} characters without white space "
                                                  f"(the limit is {MAX_WORD_CHARS})")
    return story


def _decode(value: bytes | None, *, key: bytes | None, timestamp: datetime | None,
            max_bytes: int) -> RawStory | Rejection:
    if value is None or not value.strip():
        return _reject(RejectReason.EMPTY_BODY, "the record has no content")
    if len(value) > max_bytes:
        return _reject(RejectReason.TOO_LARGE, f"{len(value)} bytes exceeds the limit of {max_bytes}")
    head = value[:_BINARY_SNIFF]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(2, len(head) // 100):
        return _reject(RejectReason.BINARY, "control bytes show the payload is not text")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _reject(RejectReason.INVALID_UTF8, f"not UTF-8 at byte {exc.start}")
    text = text.removeprefix("\ufeff")
    published = timestamp or datetime.now(timezone.utc)
    fallback_id = _fallback_id(key, value)
    if text.lstrip()[:1] in ("{", "["):
        return _decode_json(text, fallback_id, published)
    body = _normalise_body(text)
    if not body:
        return _reject(RejectReason.EMPTY_BODY, "the text is blank")
    return RawStory(story_id=fallback_id, body=body, published_at=published, source_format=SourceFormat.TEXT)


def _decode_json(text: str, fallback_id: str, published: datetime) -> RawStory | Rejection:
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return _reject(RejectReason.BAD_JSON, f"invalid JSON: {exc}")
    if not isinstance(doc, dict):
        return _reject(RejectReason.NOT_AN_OBJECT, f"JSON {type(doc).__name__} is not an object")
    try:
        if _NINJS_KEYS & doc.keys():
            return _from_ninjs(doc, fallback_id, published)
        return _from_ours(doc, fallback_id, published)
    except _FieldError as exc:
        return _reject(exc.reason, str(exc))


# The strict profile keeps words apart exactly where the markup puts a block or a cell boundary.
_HTML_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_images=False, display_links=False)


class _FieldError(WireEnrichError, ValueError):
    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _from_ours(doc: dict[str, Any], fallback_id: str, published: datetime) -> RawStory:
    if "body" not in doc:
        raise _FieldError(RejectReason.NO_BODY_FIELD, "JSON object has no 'body' field")
    body = _normalise_body(_text_field(doc, "body", required=True) or "")
    if not body:
        raise _FieldError(RejectReason.EMPTY_BODY, "'body' is blank")
    return RawStory(
        story_id=_text_field(doc, "id") or fallback_id,
        version=_version(doc.get("version")),
        headline=_text_field(doc, "headline"),
        body=body,
        published_at=_time_field(doc, "published_at") or published,
        language=_text_field(doc, "language"),
        located=_text_field(doc, "located"),
        byline=_text_field(doc, "byline"),
        source_format=SourceFormat.JSON,
    )


def _from_ninjs(doc: dict[str, Any], fallback_id: str, published: datetime) -> RawStory:
    is_v2 = "bodies" in doc or "headlines" in doc
    if is_v2:
        body_raw, html = _pick_ninjs2_body(doc.get("bodies"))
        headline = _pick_ninjs2_headline(doc.get("headlines"))
    else:
        html = "body_text" not in doc and "body_html" in doc
        body_raw = _text_field(doc, "body_html" if html else "body_text")
        headline = _text_field(doc, "headline")
    if body_raw is None:
        raise _FieldError(RejectReason.NO_BODY_FIELD, "ninjs object has no body_text, body_html or bodies[]")
    body = _normalise_body(_html_to_text(body_raw) if html else body_raw)
    if not body:
        raise _FieldError(RejectReason.EMPTY_BODY, "ninjs body is blank")
    byline = _text_field(doc, "byline")
    return RawStory(
        story_id=_text_field(doc, "uri") or fallback_id,
        version=_version(doc.get("version")),
        headline=headline,
        body=body,
        published_at=_time_field(doc, "versioncreated") or published,
        language=_text_field(doc, "language"),
        located=_text_field(doc, "located"),
        byline=byline,
        source_format=SourceFormat.NINJS2 if is_v2 else SourceFormat.NINJS1,
    )


def _pick_ninjs2_body(bodies: Any) -> tuple[str | None, bool]:
    if bodies is None:
        return None, False
    if not isinstance(bodies, list) or not all(isinstance(b, dict) for b in bodies):
        raise _FieldError(RejectReason.BAD_FIELD, "'bodies' must be a list of objects")
    # Prefer the main plain-text rendition; fall back to any text, then HTML.
    ranked = sorted(
        (b for b in bodies if isinstance(b.get("value"), str)),
        key=lambda b: (b.get("role", "main") != "main", "html" in str(b.get("contenttype", ""))),
    )
    if not ranked:
        return None, False
    best = ranked[0]
    return best["value"], "html" in str(best.get("contenttype", ""))


def _pick_ninjs2_headline(headlines: Any) -> str | None:
    if not isinstance(headlines, list):
        return None
    for h in sorted((h for h in headlines if isinstance(h, dict)), key=lambda h: h.get("role", "main") != "main"):
        if isinstance(h.get("value"), str) and h["value"].strip():
            return str(h["value"]).strip()
    return None


def _text_field(doc: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = doc.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _FieldError(RejectReason.BAD_FIELD, f"'{name}' must be a string, not {type(value).__name__}")
    stripped = value.strip()
    return value if required else (stripped or None)


def _time_field(doc: dict[str, Any], name: str) -> datetime | None:
    raw = _text_field(doc, name)
    if raw is None:
        return None
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise _FieldError(RejectReason.BAD_FIELD, f"'{name}' is not an ISO 8601 time: {raw[:40]!r}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _version(raw: Any) -> int:
    if raw is None:
        return 1
    try:
        version = int(str(raw).strip())
    except ValueError as exc:
        raise _FieldError(RejectReason.BAD_FIELD, f"'version' is not an integer: {str(raw)[:20]!r}") from exc
    if version < 0 or version > 1_000_000:
        raise _FieldError(RejectReason.BAD_FIELD, f"'version' out of range: {version}")
    return version


def _normalise_body(text: str) -> str:
    # Offsets of every fact point into this string, so it is the one canonical form of the body:
    # unified newlines, no trailing spaces, blank-line runs collapsed to one paragraph break.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _html_to_text(html: str) -> str:
    """The text a person reads: inscriptis lays out blocks, lists and table rows as a browser
    would and drops scripts and styles; entities and non-breaking spaces become plain text."""
    try:
        text: str = get_text(html, _HTML_CONFIG)
    except Exception as exc:  # lxml refuses some broken markup; that is the record's fault
        raise _FieldError(RejectReason.BAD_FIELD, f"body_html could not be read as HTML: {exc}") from exc
    return text.replace("\u00a0", " ")


def _fallback_id(key: bytes | None, value: bytes) -> str:
    if key:
        try:
            decoded = key.decode("utf-8").strip()
            if decoded and decoded.isprintable():
                return decoded
        except UnicodeDecodeError:
            pass
    return "sha256:" + hashlib.sha256(value).hexdigest()[:32]


def _reject(reason: RejectReason, detail: str) -> Rejection:
    return Rejection(reason=reason, detail=detail, stage="decode")
