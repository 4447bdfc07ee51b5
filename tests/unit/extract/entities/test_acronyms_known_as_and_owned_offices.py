"""A body's name the model cut at a place, made whole by the short form it is 'known as'; an office
named by whose it is keeps its owner's words (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 5, 14, 18, tzinfo=timezone.utc)


def _orgs(facts):  # type: ignore[no-untyped-def]
    return {e.name: e for e in facts.entities if e.label == "ORG"}


def test_a_name_cut_at_its_place_is_made_whole_by_the_initials_it_is_known_by(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BACOLOD, Philippines (AP) — The walkout, called by the Alliance of Cane Workers of Negros, known "
                     "as ACWN, began on Thursday. ACWN said 3,000 members had joined.", published_at=THU)
    orgs = _orgs(facts)
    assert "Alliance of Cane Workers of Negros" in orgs
    assert "ACWN" in orgs["Alliance of Cane Workers of Negros"].aliases


def test_an_attorneys_office_keeps_the_owner_in_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RENO, Nev. (AP) — The U.S. Attorney's Office for the District of Nevada said on Thursday that "
                     "a casino cashier had admitted stealing chips.", published_at=THU)
    assert "U.S. Attorney's Office for the District of Nevada" in _orgs(facts)


def test_a_hyphened_owner_stays_whole_in_the_office_s_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KUALA LUMPUR (Reuters) - The Attorney-General's Chambers said on Thursday it would appeal the "
                     "acquittal of a former port chief.", published_at=THU)
    assert "Attorney-General's Chambers" in _orgs(facts)
