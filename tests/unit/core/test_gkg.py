"""Our GKG 2.1 row read back with GDELT's documented field grammar, by a reader written here."""

import re
from datetime import datetime, timezone

from worker.core.models.enriched import EnrichedStory
from worker.core.gkg import gkg_row

BODY = ("IZMIR, Turkey (AP) — An earthquake killed 12 people in Izmir on Friday, officials said. "
        "\"We are still digging,\" said Ayse Kaya, a rescuer with the Red Crescent. "
        "Police arrested two looters in Izmir.")


def _story(facts_of) -> EnrichedStory:  # type: ignore[no-untyped-def]
    facts = facts_of(BODY, datetime(2026, 3, 6, 9, 30, tzinfo=timezone.utc), story_id="quake-1")
    return EnrichedStory(event_id="e1", story_id="quake-1", version=1, extractor_version="x", model="m",
                         body=BODY, facts=facts)


def _records(field: str, sep: str) -> list[str]:
    return [r for r in field.split(sep) if r]


def test_the_row_has_the_27_columns_and_its_date_in_gdelt_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    cols = gkg_row(_story(facts_of)).split("\t")
    assert len(cols) == 27
    assert re.fullmatch(r"\d{14}-.+", cols[0]) and cols[1] == "20260306093000"
    assert cols[2] == "1" and cols[4] == "quake-1"


def test_counts_follow_the_v21_grammar_with_exact_offsets(facts_of) -> None:  # type: ignore[no-untyped-def]
    cols = gkg_row(_story(facts_of)).split("\t")
    counts = [r.split("#") for r in _records(cols[6], ";")]
    assert counts, cols[6]
    for rec in counts:
        assert len(rec) == 11
        kind, number, _obj, loc_type, _name, country, _adm1, lat, lon, _fid, offset = rec
        assert kind in {"KILL", "WOUND", "ARREST", "KIDNAP", "PROTEST", "SEIZE", "AFFECT"}
        assert number.isdigit() and offset.isdigit()
        if loc_type:
            assert loc_type in "12345" and len(country) == 2 and float(lat) and float(lon)
    kinds = {(r[0], r[1]) for r in counts}
    assert ("KILL", "12") in kinds and ("ARREST", "2") in kinds


def test_enhanced_locations_point_at_mentions_in_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    story = _story(facts_of)
    cols = gkg_row(story).split("\t")
    locs = [r.split("#") for r in _records(cols[10], ";")]
    starts = {m.start for e in story.facts.entities for m in e.mentions}
    assert locs
    for loc_type, name, country, adm1, _adm2, lat, lon, fid, offset in locs:
        assert loc_type in "12345" and name and len(country) == 2 and adm1.startswith(country)
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and fid.isdigit()
        assert int(offset) in starts
    assert any(rec[2] == "TU" for rec in locs)  # FIPS 10-4, GDELT's country code for Turkey


def test_tone_and_quotations_read_as_the_codebook_says(facts_of) -> None:  # type: ignore[no-untyped-def]
    cols = gkg_row(_story(facts_of)).split("\t")
    tone = cols[15].split(",")
    assert len(tone) == 7 and float(tone[0]) < 0 and tone[6].isdigit()
    quotes = [q.split("|") for q in _records(cols[22], "#")]
    assert quotes
    for offset, length, _verb, text in quotes:
        assert BODY[int(offset):int(offset) + int(length)] == text


def test_delimiters_inside_names_cannot_break_the_row(facts_of) -> None:  # type: ignore[no-untyped-def]
    from worker.core.gkg import _clean

    assert _clean("Smith; Jones, #1\tteam|x") == "Smith Jones 1 team x"


def test_amounts_read_as_amount_object_offset_blocks(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("ANKARA — The government pledged $1.25 billion for 20,000 new homes, and prices rose 3.5% "
            "after 12 people died in the floods.")
    facts = facts_of(body, datetime(2026, 3, 6, 9, 30, tzinfo=timezone.utc), story_id="aid-1")
    story = EnrichedStory(event_id="e2", story_id="aid-1", version=1, extractor_version="x", model="m",
                          body=body, facts=facts)
    cols = gkg_row(story).split("\t")
    blocks = [r.split(",") for r in _records(cols[24], ";")]
    assert [(amount, obj) for amount, obj, _ in blocks] == [("1250000000", "USD"), ("20000", "new homes"),
                                                           ("3.5", "percent")]
    for amount, _obj, offset in blocks:
        assert re.fullmatch(r"\d+(\.\d+)?", amount)
        assert body[int(offset):].startswith(("$", amount.split(".")[0][:2]))
    assert "KILL#12#" in cols[6]  # the casualty is a count, not an amount
