"""French rules for forms the fifth held-out set showed: datelines in ordinary case, quotes broken by
their said-clause, a clock time's day, titles of nationalities the lexicon lacked."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read


def test_a_dateline_in_ordinary_case_is_read_when_its_agency_follows(fr: Language) -> None:
    facts = read(fr, "Nouakchott (AFP) - Le port de pêche a rouvert lundi après trois jours de fermeture.")
    assert facts.story.dateline is not None and facts.story.dateline.place == "Nouakchott"
    assert facts.story.provider == "AFP"
    facts = read(fr, "Saint-Denis, 16 mars 2026 (AFP) - La préfecture a levé l'alerte.")
    assert facts.story.dateline is not None and facts.story.dateline.place == "Saint-Denis"
    assert all(t.text != "16 mars 2026" for t in facts.time_expressions)


def test_a_capitalised_sentence_without_an_agency_is_no_dateline(fr: Language) -> None:
    facts = read(fr, "Le Conseil - qui siège à huis clos - a rendu son avis lundi.")
    assert facts.story.dateline is None


def test_a_quote_broken_by_an_inverted_said_clause_is_one_quote_of_the_subject(fr: Language) -> None:
    facts = read(fr, "La maire, Odile Ferrand, a visité le chantier avec un ingénieur, Paul Rey. "
                     "« Les travaux, a-t-elle dit, reprendront en mai. »")
    direct = [q for q in facts.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("Les travaux, reprendront en mai.", "Odile Ferrand")]
    assert direct[0].cue == "dire"


def test_a_title_in_the_said_clause_inside_a_quote_stands_for_its_holder(fr: Language) -> None:
    facts = read(fr, "Le juge d'instruction Marc Aubel a entendu mardi un témoin, Lucie Fabre. "
                     "« Nous irons, a assuré le juge, jusqu'au bout de cette affaire. »")
    direct = [q for q in facts.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("Nous irons, jusqu'au bout de cette affaire.", "Marc Aubel")]


def test_a_clock_time_takes_the_day_of_the_lead_not_the_day_of_the_announcement(fr: Language) -> None:
    facts = read(fr, "PAU, 17 mars 2026 (AFP) - Un entrepôt a brûlé lundi soir à Pau, a annoncé mardi la préfecture."
                     "\n\nLe feu s'est déclaré vers 21 heures dans un local technique.")
    assert {t.text: t.value for t in facts.time_expressions}["21 heures"] == "2026-03-16T21:00"


def test_a_clock_time_takes_a_day_named_before_it_in_its_paragraph(fr: Language) -> None:
    facts = read(fr, "PAU, 17 mars 2026 (AFP) - Un entrepôt a brûlé lundi soir à Pau.\n\nLe ministre se rendra "
                     "jeudi sur place. Il est attendu vers 10 heures à la mairie.")
    assert {t.text: t.value for t in facts.time_expressions}["10 heures"] == "2026-03-19T10:00"


def test_a_nationality_in_a_title_names_the_country_for_caucasus_and_central_asia(fr: Language) -> None:
    facts = read(fr, "Le ministre arménien de la Défense, Aram Sarkissian, a rencontré son homologue kazakhe, "
                     "Dina Abenova, à Tbilissi.")
    roles = {e.name: e.roles[0].affiliation for e in facts.entities if e.label == "PERSON" and e.roles}
    assert roles.get("Aram Sarkissian") == "Arménie"
