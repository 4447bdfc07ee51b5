"""Said-clauses the parser tore apart, sources with a relative clause, 'the agency said' about the
body its own report names, and quoted nicknames (stories invented here)."""

from datetime import datetime, timezone

TUE = datetime(2026, 5, 12, 16, tzinfo=timezone.utc)   # a Tuesday


def _indirect(facts):  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker) for q in facts.quotes if q.kind == "indirect"]


def test_a_named_governor_in_apposition_before_said_is_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ISTANBUL (Reuters) - The number of dead rose to 31 after two of the injured died in "
                     "hospital in Izmir, the regional governor, Kemal Aydin, said in a statement.",
                     published_at=TUE)
    assert ("The number of dead rose to 31 after two of the injured died in hospital in Izmir",
            "Kemal Aydin") in _indirect(facts)


def test_a_title_and_name_after_the_report_with_told_is_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - About 400 soldiers joined the search, which began after a four-day "
                     "storm, regional army commander Colonel Pablo Andrade told reporters.", published_at=TUE)
    speakers = [s for _, s in _indirect(facts)]
    assert speakers == ["Pablo Andrade"]


def test_a_source_who_asked_not_to_be_named_is_the_source_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KABUL (AFP) - A diplomatic source said the talks had stalled. \"Nobody is ready to give "
                     "ground before the winter,\" said the source, who asked not to be named.", published_at=TUE)
    direct = [q.speaker for q in facts.quotes if q.kind == "direct"]
    assert direct == ["diplomatic source"]


def test_the_agency_is_the_body_its_own_report_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WASHINGTON (AP) — The Drug Enforcement Administration seized 40 kilograms of fentanyl "
                     "in Arizona last month, the agency said on Tuesday.", published_at=TUE)
    assert [s for _, s in _indirect(facts)] == ["Drug Enforcement Administration"]


def test_a_quoted_nickname_is_no_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MEXICO CITY (AP) — Police arrested a 41-year-old man known as \"El Gato\" in Puebla on "
                     "Tuesday, prosecutors said.", published_at=TUE)
    assert not [q for q in facts.quotes if q.kind == "direct"]


def test_a_report_closed_by_told_reporters_or_said_at_a_place_is_reported(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PRAGUE (AFP) - The airport closed its runway after a drone was sighted nearby, airport "
                     "director Jana Novak told reporters. Flights resumed two hours later, transport minister "
                     "Petr Dvorak said at a news conference in Prague.", published_at=TUE)
    assert [s for _, s in _indirect(facts)] == ["Jana Novak", "Petr Dvorak"]


def test_a_body_named_after_the_report_at_the_head_of_the_sentence_is_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (Reuters) - Police detained the ferry's captain and two crew members, the "
                     "state-run Anadolu Agency reported.", published_at=TUE)
    assert [s for _, s in _indirect(facts)] == ["Anadolu Agency"]


def test_a_number_of_unnamed_sources_is_no_part_of_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VIENNA (Reuters) - The talks will resume on Friday, three diplomats said.", published_at=TUE)
    assert [s for _, s in _indirect(facts)] == ["diplomats"]
