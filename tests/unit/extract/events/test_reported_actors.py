"""Who acts when the sentence names them indirectly: the person 'who' travelled, a title whose name
the parser hung elsewhere, a body's delegation, police who report arrests in a second clause
(stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_the_person_who_flew_somewhere_is_the_traveller(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Health Minister Kofi Mensah, who flew to Tamale on Thursday, urged parents to vaccinate "
                     "their children.", published_at=FRI)
    assert [(e.actor, e.destination) for e in _of(facts, "travel")] == [("Kofi Mensah", "Tamale")]


def test_a_title_whose_name_hangs_on_its_last_noun_is_that_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The UN special envoy for Yemen, Paolo Rinaldi, called on both sides to reopen the roads.",
                     published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["Paolo Rinaldi"]


def test_a_body_s_delegation_acts_for_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The European Union's delegation in Skopje urged all sides to show restraint.", published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["European Union"]


def test_police_who_report_arrests_in_a_second_clause_made_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Six officers were treated in hospital, and 31 people were arrested, the city police said "
                     "on Sunday.", published_at=FRI)
    assert [e.actor for e in _of(facts, "arrest")] == ["city police"]


def test_a_body_s_mission_named_by_its_short_form_acts_for_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Observers from the Organization of American States (OAS) said the count was orderly. The OAS "
                     "mission urged the tribunal to publish every tally sheet.", published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["Organization of American States"]


def test_banners_that_demand_something_make_no_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 40 pensioners protested outside the bank, holding banners that demanded the return of "
                     "their deposits.", published_at=FRI)
    assert not _of(facts, "demand")


def test_her_client_is_whom_the_lawyer_s_pronoun_stands_for(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A court in Braga on Thursday sentenced Joao Pedro Saraiva to six years in prison for fraud. "
                     "Saraiva showed no emotion. His lawyer, Ana Reis, said her client would appeal.", published_at=FRI)
    assert [e.actor for e in _of(facts, "legal_action") if e.subtype == "appeal"] == ["Joao Pedro Saraiva"]
