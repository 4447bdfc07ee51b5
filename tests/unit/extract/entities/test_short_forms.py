"""Bodies named in full once and by a short form afterwards are one organisation."""

from collections.abc import Callable

from worker.core.extract.entities.short_forms import initials, is_short_form
from worker.core.models.enriched import Facts

Run = Callable[..., Facts]


def _orgs(facts: Facts) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in facts.entities if e.label == "ORG"}


def test_bracketed_short_form_is_an_alias_of_the_full_name(facts_of: Run) -> None:
    facts = facts_of("The World Health Organization (WHO) said the outbreak was spreading. "
                     "WHO officials visited the clinics on Monday.")
    orgs = _orgs(facts)
    assert orgs == {"World Health Organization": ["WHO"]}


def test_short_form_made_of_the_full_names_initials_joins_it_without_brackets(facts_of: Run) -> None:
    facts = facts_of("Staff of the Independent Electoral and Boundaries Commission counted all night. "
                     "The IEBC said turnout was high.")
    assert _orgs(facts) == {"Independent Electoral and Boundaries Commission": ["IEBC"]}
    assert [q.speaker for q in facts.quotes] == ["Independent Electoral and Boundaries Commission"]


def test_full_name_the_model_cut_short_is_made_whole_up_to_its_bracket(facts_of: Run) -> None:
    facts = facts_of("The regulator, the Direction generale de l'aviation civile (DGAC), asked "
                     "airlines to cancel flights.")
    assert "Direction generale de l'aviation civile" in _orgs(facts)


def test_agency_after_a_dateline_is_not_the_places_short_form(facts_of: Run) -> None:
    facts = facts_of("OSLO (AP) — Oslo opened a new ferry terminal on Friday.")
    assert not _orgs(facts)
    assert any(e.name == "Oslo" and e.label == "GPE" for e in facts.entities)


def test_initials_leave_out_joining_words() -> None:
    assert initials("Information Commissioner's Office") == "ICO"
    assert initials("Islamic State West Africa Province") == "ISWAP"
    assert is_short_form("NDRRMC") and not is_short_form("Nairobi") and not is_short_form("A")


def test_a_short_form_over_joiners_takes_the_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc
    from worker.core.extract.entities.roles import Mention
    from worker.core.extract.entities.short_forms import link_short_forms
    words = ["Rebels", "of", "the", "Union", "for", "the", "Defence", "of", "Kivu", "(", "UDK", ")", "fled", "."]
    doc = Doc(nlp.vocab, words=words)
    kivu = doc[8:9]
    mentions, short = link_short_forms(doc, [Mention(8, 9, "GPE", "Kivu", kivu.start_char, kivu.end_char)])
    assert short == {"UDK": "Union for the Defence of Kivu"}
    assert mentions[0].label == "ORG"


def test_a_body_known_by_its_initials_has_them_as_its_short_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The National Water Company, known by its Portuguese initials SANEA, cut supplies. "
                     "SANEA chief engineer Rui Costa said repairs would take a week.")
    orgs = [e for e in facts.entities if e.label == "ORG"]
    assert [(e.name, e.aliases) for e in orgs] == [("National Water Company", ["SANEA"])]
