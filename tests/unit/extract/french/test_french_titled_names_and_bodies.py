"""French names the model leaves out or mislabels, read from the words around them: a name after a
title, a title after a name, a body defined by its acronym, a body after a cue and a nationality,
a street, a short form at a sentence's start, a portfolio with no holder."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read


def _people(facts: object) -> dict[str, str | None]:
    return {e.name: (e.roles[0].title if e.roles else None)
            for e in facts.entities if e.label == "PERSON"}  # type: ignore[attr-defined]


def _bodies(facts: object) -> set[str]:
    return {e.name for e in facts.entities if e.label == "ORG"}  # type: ignore[attr-defined]


def test_a_name_right_after_a_title_is_a_person_with_that_title(fr: Language) -> None:
    facts = read(fr, "Le projet de la secrétaire d'État Maëlle Corbin a été retiré mardi. L'ailier "
                     "portugais Tiago Pereira a signé pour trois saisons.")
    people = _people(facts)
    assert people.get("Maëlle Corbin") == "secrétaire d'État"
    assert "Tiago Pereira" in people


def test_a_title_after_a_name_in_its_apposition_is_its_title(fr: Language) -> None:
    facts = read(fr, "« Les élèves attendent », a affirmé Lucie Vernet, institutrice à Gap et déléguée syndicale. "
                     "« Rien n'a changé », a ajouté Bruno Tessier, infirmier de nuit.")
    assert _people(facts).get("Bruno Tessier") == "infirmier de nuit"


def test_a_relation_or_a_trade_before_a_name_is_a_title(fr: Language) -> None:
    facts = read(fr, "La sœur de la victime, Nadia Ferhat, a témoigné lundi. Un gérant de bar, Yves Morel, a été "
                     "entendu.")
    people = _people(facts)
    assert people.get("Nadia Ferhat", "").startswith("sœur")
    assert people.get("Yves Morel", "").startswith("gérant")


def test_a_lower_case_name_defined_by_its_acronym_is_a_body_with_that_alias(fr: Language) -> None:
    facts = read(fr, "Le bureau fédéral de la statistique (BFS) a publié mardi ses chiffres. Le BFS prévoit une "
                     "hausse.")
    bodies = {e.name: e.aliases for e in facts.entities if e.label == "ORG"}
    assert "bureau fédéral de la statistique" in bodies and "BFS" in bodies["bureau fédéral de la statistique"]


def test_an_acronym_opening_a_later_sentence_joins_the_body_it_abbreviated(fr: Language) -> None:
    facts = read(fr, "Les Écologistes (EELV) ont quitté la séance. EELV a dénoncé un passage en force.")
    assert "EELV" not in _bodies(facts)


def test_a_name_after_a_cue_and_a_nationality_is_a_body(fr: Language) -> None:
    facts = read(fr, "L'usine appartient au groupe japonais Sorada Motors depuis 2019.")
    assert "Sorada Motors" in _bodies(facts)
    assert "Sorada Motors" not in _people(facts)


def test_a_name_after_a_street_noun_is_part_of_a_place(fr: Language) -> None:
    facts = read(fr, "Les manifestants se sont rassemblés place de Vaurevel avant de rejoindre la rue de Grandval.")
    assert "Vaurevel" not in _people(facts) and "Grandval" not in _people(facts)


def test_a_ministry_keeps_its_lower_case_words_and_a_portfolio_with_no_holder_is_no_body(fr: Language) -> None:
    facts = read(fr, "Le ministère malien des Affaires étrangères a convoqué l'ambassadeur. Les ministres tchadien "
                     "et nigérien des Affaires étrangères se sont parlé.")
    bodies = _bodies(facts)
    assert "ministère malien des Affaires étrangères" in bodies
    assert "Affaires étrangères" not in bodies


def test_a_description_with_a_demonstrative_is_no_body(fr: Language) -> None:
    facts = read(fr, "« Ce gouvernement décide seul », a lancé le député.")
    assert not any(name.startswith("gouvernement") for name in _bodies(facts))
