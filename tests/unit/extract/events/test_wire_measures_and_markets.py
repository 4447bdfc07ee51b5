"""Sanctions told by the measures themselves, shooting told by what broke out, and the market and
message idioms that are neither aid nor violence (sentences invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 12, 4, 15, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_travel_bans_imposed_are_a_sanction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Canada imposed travel bans on four army generals on Thursday over the crackdown.",
                     published_at=FRI)
    got = _of(facts, "sanction")
    assert len(got) == 1 and (got[0].actor, got[0].subtype) == ("Canada", "imposed")
    assert got[0].target is not None and "generals" in got[0].target


def test_a_ban_on_a_habit_is_no_sanction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The city imposed a ban on smoking in parks on Thursday.", published_at=FRI)
    assert not _of(facts, "sanction")


def test_gunfire_breaking_out_is_a_shooting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Two people were wounded when gunfire broke out outside a nightclub in Leeds on "
                     "Thursday night, police said.", published_at=FRI)
    attacks = _of(facts, "attack")
    assert len(attacks) == 1 and attacks[0].weapons == ["gun"]


def test_shares_that_shot_up_or_sank_are_neither_attack_nor_sinking(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (Reuters) - Shares in drugmaker Helvane shot up 21% on Thursday, while "
                     "Marlow Homes shares sank 14% after a profit warning.", published_at=FRI)
    assert not _of(facts, "attack") and not _of(facts, "disaster")


def test_a_sentence_that_sends_a_message_about_money_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The judge said the verdict sends a message that stealing public money has a price.",
                     published_at=FRI)
    assert not _of(facts, "aid")


def test_a_hyphenated_group_keeps_its_whole_word(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Three 16-year-olds were charged with robbery on Thursday, police said.", published_at=FRI)
    charges = _of(facts, "legal_action")
    assert charges and charges[0].target is not None and charges[0].target.endswith("16-year-olds")


def test_shell_companies_are_no_shelling(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (AP) — Rebels attacked a bank branch in the north last year. Prosecutors say "
                     "the money was then moved to shell companies he owned.", published_at=FRI)
    assert all(a.weapons != ["shelling"] for a in _of(facts, "attack"))
