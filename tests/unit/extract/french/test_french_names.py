"""French name spans the model cuts or mislabels, repaired from the words around them (french/names.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read
from worker.core.models.enriched import Facts


def _labels(facts: Facts) -> dict[str, str]:
    return {e.name: e.label for e in facts.entities}


def _roles(facts: Facts) -> dict[str, list[tuple[str | None, str | None]]]:
    return {e.name: [(r.title, r.affiliation) for r in e.roles] for e in facts.entities if e.label == "PERSON"}


def test_a_name_cut_by_the_model_runs_to_the_comma_that_closes_its_apposition(fr: Language) -> None:
    facts = read(fr, "Son avocat, Maître Yannick Le Corre, a annoncé qu'il ferait appel. La ministre belge de "
                     "la Santé, Ingrid Vandaele, est arrivée lundi à Kinshasa.")
    people = _roles(facts)
    assert set(people) == {"Yannick Le Corre", "Ingrid Vandaele"}
    assert people["Yannick Le Corre"] == [("avocat", None)]


def test_the_town_or_the_body_of_a_title_before_a_name_is_no_person(fr: Language) -> None:
    facts = read(fr, "Le maire de Quimperlé, Alain Guéguen, a salué les secours. Le directeur de Velmont, "
                     "Hugo Ravel, a présenté le plan. Velmont compte fermer deux usines. L'ancien maire de "
                     "Plouray, Yves Le Bras, a démissionné.")
    labels = _labels(facts)
    assert labels["Quimperlé"] in ("LOC", "GPE") and labels["Plouray"] in ("LOC", "GPE")
    assert labels["Velmont"] == "ORG"
    assert {n for n, lab in labels.items() if lab == "PERSON"} == {"Alain Guéguen", "Hugo Ravel", "Yves Le Bras"}
    assert _roles(facts)["Hugo Ravel"] == [("directeur de Velmont", "Velmont")]


def test_a_title_s_adjective_of_nationality_gives_its_country_as_affiliation(fr: Language) -> None:
    facts = read(fr, "La ministre belge de la Santé, Ingrid Vandaele, est arrivée lundi à Kinshasa.")
    assert _roles(facts)["Ingrid Vandaele"] == [("ministre belge de la Santé", "Belgique")]


def test_a_title_closing_on_an_acronym_is_the_union_s_and_no_portfolio(fr: Language) -> None:
    facts = read(fr, "Le secrétaire général de la CFDT, Paul Rivière, a appelé au calme.")
    assert _labels(facts)["CFDT"] == "ORG"
    assert _roles(facts)["Paul Rivière"] == [("secrétaire général de la CFDT", "CFDT")]


def test_an_age_closing_a_title_is_not_part_of_it(fr: Language) -> None:
    facts = read(fr, "Un ancien gendarme de 52 ans, Luc Ferrand, a été entendu par les juges.")
    assert _roles(facts)["Luc Ferrand"] == [("ancien gendarme", None)]


def test_clubs_seats_of_government_and_names_opened_by_an_acronym_are_organisations(fr: Language) -> None:
    facts = read(fr, "L'OGC Nice a battu le Stade brestois, a salué l'Élysée. Le supporter blessé a été "
                     "transporté au CHU Bordeaux-Pellegrin.")
    labels = _labels(facts)
    assert [labels[n] for n in ("OGC Nice", "Stade brestois", "Élysée", "CHU Bordeaux-Pellegrin")] == ["ORG"] * 4


def test_competitions_and_market_indexes_are_neither_bodies_nor_places(fr: Language) -> None:
    facts = read(fr, "Le CAC 40 a reculé de 2 % et la Ligue 1 reprend samedi au Stade de France.")
    assert {"CAC 40", "Ligue 1"}.isdisjoint(_labels(facts))


def test_a_nationality_before_a_name_makes_it_a_company(fr: Language) -> None:
    facts = read(fr, "Le japonais Kirova a racheté une usine à Lyon.")
    assert _labels(facts)["Kirova"] == "ORG"


def test_a_person_of_a_nationality_is_no_place_and_a_feature_s_noun_is_part_of_the_place(fr: Language) -> None:
    facts = read(fr, "Un Marocain de 30 ans a été secouru dans le golfe de Gascogne.")
    assert [e.name for e in facts.entities if e.label in ("LOC", "GPE")] == ["golfe de Gascogne"]


def test_a_lower_case_body_runs_through_a_common_noun_to_its_name_but_not_after_un(fr: Language) -> None:
    facts = read(fr, "Le fleuve a débordé, selon l'agence régionale de santé de Normandie. Il a travaillé "
                     "pour une agence de Lyon.")
    assert [e.name for e in facts.entities if e.label == "ORG"] == ["agence régionale de santé de Normandie"]
