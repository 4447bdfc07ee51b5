"""Sanctions, agreements and aid: the event types GDELT and ACLED count, with their arguments and codes."""

from datetime import datetime, timezone

WED = datetime(2026, 2, 11, 12, tzinfo=timezone.utc)   # a Wednesday


def _one(facts, kind):  # type: ignore[no-untyped-def]
    found = [e for e in facts.events if e.type == kind]
    assert len(found) == 1, [e.model_dump(exclude={"evidence"}) for e in facts.events]
    return found[0]


def test_sanctions_imposed_name_who_imposed_them_on_whom_and_why(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OTTAWA (AP) — Canada imposed sanctions on Tuesday on four Venezuelan generals over "
                     "a crackdown on student marches, the foreign ministry said.", published_at=WED)
    s = _one(facts, "sanction")
    assert (s.subtype, s.status, s.actor, s.when) == ("imposed", "held", "Canada", "2026-02-10")
    assert s.target == "four Venezuelan generals" and "crackdown on student marches" in (s.what or "")
    assert (s.plover, s.cameo, s.quad_class) == ("SANCTION", "16", 4)


def test_sanctions_lifted_are_a_concession(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (Reuters) - Britain lifted sanctions on a Syrian shipping firm, the Treasury said.",
                     published_at=WED)
    s = _one(facts, "sanction")
    assert (s.subtype, s.actor) == ("lifted", "United Kingdom") and "Syrian shipping firm" in (s.target or "")
    assert (s.plover, s.cameo, s.quad_class) == ("CONCEDE", "08", 2)


def test_sanctions_only_talked_about_are_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CARACAS (AP) — The government said the sanctions would hurt ordinary families.",
                     published_at=WED)
    assert not [e for e in facts.events if e.type == "sanction"]


def test_a_signed_agreement_names_the_parties_what_and_when(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HANOI (AFP) - Vietnam and Laos signed an agreement on Monday to build a rail link "
                     "between their capitals.", published_at=WED)
    a = _one(facts, "agreement")
    assert a.subtype == "signed" and a.status == "held" and a.when == "2026-02-09"
    assert {"Vietnam", "Laos"} <= set(a.participants)
    assert a.what == "build a rail link between their capitals"
    assert (a.plover, a.cameo, a.quad_class) == ("AGREE", "05", 1)


def test_the_deal_signed_by_ministers_is_the_same_agreement(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HANOI (AFP) - Vietnam and Laos signed an agreement on Monday to build a rail link. "
                     "The deal was signed in Vientiane by Transport Minister Pham Van Duc and his counterpart "
                     "Somphone Keola.", published_at=WED)
    a = _one(facts, "agreement")
    assert {"Vietnam", "Laos"} <= set(a.participants) and a.place == "Vientiane"
    assert "Vientiane" not in a.participants


def test_agreeing_to_do_something_is_an_agreement_reached(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AP) — Peru and Chile agreed to reopen their border crossing next month.",
                     published_at=WED)
    a = _one(facts, "agreement")
    assert a.subtype == "reached" and {"Peru", "Chile"} <= set(a.participants)
    assert a.what == "reopen their border crossing next month"


def test_pledged_money_is_aid_pledged_with_the_amount(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROME (AP) — Italy pledged 50 million euros on Tuesday for families left homeless by "
                     "the floods in Libya.", published_at=WED)
    a = _one(facts, "aid")
    assert (a.subtype, a.actor, a.what, a.when) == ("pledged", "Italy", "50 million euros", "2026-02-10")
    assert (a.plover, a.cameo, a.quad_class) == ("AID", "03", 1)


def test_supplies_sent_to_a_place_are_aid_sent_with_a_destination(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (Reuters) - Turkey will send 60 tonnes of tents and blankets to Aleppo, "
                     "officials said.", published_at=WED)
    a = _one(facts, "aid")
    assert (a.subtype, a.status, a.actor, a.destination) == ("sent", "planned", "Turkey", "Aleppo")
    assert a.place is None
    assert (a.plover, a.cameo, a.quad_class) == ("AID", "07", 2)


def test_sending_troops_or_details_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOGOTA (AP) — Colombia will send 300 soldiers to the border. The ministry provided "
                     "few details.", published_at=WED)
    assert not [e for e in facts.events if e.type == "aid"]


def test_refusing_to_sign_a_company_purchase_and_agreeing_to_meet_are_no_agreements(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PARIS (AFP) - The farm minister said she would not sign a trade deal that hurts growers. "
                     "Vantor Rail agreed to buy a rival carrier for $2 billion. The two presidents agreed to hold "
                     "talks next week.", published_at=WED)
    assert not [e for e in facts.events if e.type == "agreement"]


def test_a_party_s_demand_for_something_is_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADRID (AP) — The minister rejected the union's demand for shorter shifts on Monday.",
                     published_at=WED)
    demand = next(e for e in facts.events if e.type == "demand")
    assert "shorter shifts" in (demand.what or "") and "union" in (demand.actor or "")
