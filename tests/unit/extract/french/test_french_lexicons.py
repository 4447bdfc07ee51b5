"""The French lexicons' wider forms: casualty phrases, titles, offices, bodies, events, speech verbs, times."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.support.french import read


@pytest.mark.parametrize(("sentence", "category", "count"), [
    ("Cinq alpinistes ont trouvé la mort samedi sur le versant italien du massif.", "killed", 5),
    ("Neuf pêcheurs ont perdu la vie lorsque leur chalutier a sombré au large de Sfax.", "killed", 9),
    ("Le chavirement d'une barque a coûté la vie à onze passagers, selon la police fluviale.", "killed", 11),
    ("Le gouverneur a déploré la mort de quatre gardes forestiers dans l'incendie.", "killed", 4),
    ("Six adolescents se sont noyés dimanche dans la rivière en crue.", "killed", 6),
    ("Trois jeunes hommes ont été placés en garde à vue après les dégradations.", "arrested", 3),
    ("Les secouristes ont retrouvé sept corps sous les gravats de l'école.", "killed", 7),
    ("La police a arrêté lundi soir deux passeurs près de la frontière.", "arrested", 2),
])
def test_casualty_phrases_and_verbs_before_the_count_give_the_category(
        fr: Language, sentence: str, category: str, count: int) -> None:
    assert [(c.category, c.count) for c in read(fr, sentence).casualties] == [(category, count)]


def test_more_offices_and_descriptors_before_a_name_are_titles(fr: Language) -> None:
    facts = read(fr, "L'entraîneur du club, Rémi Garnier, a salué ses joueurs. La cheffe de la diplomatie "
                     "belge, Hélène Vanbeek, a reçu son homologue mardi.")
    roles = {e.name: [r.title for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert roles["Rémi Garnier"] == ["entraîneur du club"]
    assert roles["Hélène Vanbeek"] == ["cheffe de la diplomatie belge"]


def test_an_institution_inside_a_title_is_not_a_place(fr: Language) -> None:
    facts = read(fr, "Le chef de l'État, Paul Ndong, a reçu lundi le procureur de la République, Marc Ebang.")
    assert [e.name for e in facts.entities if e.label in ("LOC", "GPE")] == []
    assert {e.name for e in facts.entities if e.label == "PERSON"} == {"Paul Ndong", "Marc Ebang"}


def test_a_body_named_by_what_it_does_is_an_organisation_only_with_its_qualifier(fr: Language) -> None:
    facts = read(fr, "Plus de 400 habitants ont été évacués, selon la sécurité civile, pour des raisons de sécurité.")
    assert [e.name for e in facts.entities if e.label == "ORG"] == ["sécurité civile"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Des frappes aériennes ont visé mardi un dépôt d'armes près de la frontière.", "attack"),
    ("Les deux présidents se sont entretenus lundi par téléphone.", "meeting"),
    ("Les douaniers ont arrêté samedi un convoi de contrebande.", "arrest"),
    ("Bruxelles a adopté lundi de nouvelles sanctions contre les armateurs.", "sanction"),
    ("Les syndicats et la direction ont signé un accord salarial vendredi.", "agreement"),
    ("Des milliers d'enseignants ont défilé jeudi dans le centre de la capitale.", "protest"),
])
def test_more_french_event_triggers_give_their_event_type(fr: Language, sentence: str, kind: str) -> None:
    assert kind in [e.type for e in read(fr, sentence).events]


def test_more_speech_verbs_attribute_a_quote_with_their_infinitive_as_cue(fr: Language) -> None:
    facts = read(fr, "« Les digues ne tiendront pas », a averti le maire, Louis Perrot.")
    assert [(q.speaker, q.cue) for q in facts.quotes] == [("Louis Perrot", "avertir")]


def test_weekdays_with_their_direction_and_relative_years_months_and_months_alone(fr: Language) -> None:
    facts = read(fr, "Le ministre est rentré lundi dernier et repartira mardi prochain. L'an dernier, la "
                     "récolte avait chuté. Le chantier reprendra en janvier, et le mois prochain les devis arrivent.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [
        ("lundi dernier", "2026-03-16"), ("mardi prochain", "2026-03-24"), ("L'an dernier", "2025"),
        ("en janvier", "2027-01"), ("le mois prochain", "2026-04")]


def test_a_storm_s_given_name_is_not_a_place(fr: Language) -> None:
    facts = read(fr, "La tempête Ilona a balayé lundi la côte bretonne, privant d'électricité des milliers de foyers.")
    assert "Ilona" not in [e.name for e in facts.entities if e.label in ("LOC", "GPE")]


def test_a_form_of_address_is_not_part_of_the_name_and_joins_the_full_one(fr: Language) -> None:
    facts = read(fr, "Le maire, Étienne Morvan, a visité le chantier mardi. « Rien ne sera reconstruit à "
                     "l'identique », a ensuite déclaré M. Morvan.")
    people = [e for e in facts.entities if e.label == "PERSON"]
    assert [p.name for p in people] == ["Étienne Morvan"]
    assert [q.speaker for q in facts.quotes] == ["Étienne Morvan"]


@pytest.mark.parametrize(("sentence", "category", "count"), [
    ("La montée des eaux a contraint environ 300 familles à quitter le village.", "displaced", 300),
    ("Près de 2 000 personnes sont sinistrées après le passage de la tempête.", "displaced", 2000),
])
def test_displacement_is_read_from_a_phrase_and_from_feminine_participles(
        fr: Language, sentence: str, category: str, count: int) -> None:
    assert [(c.category, c.count) for c in read(fr, sentence).casualties] == [(category, count)]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Le gouverneur a décrété l'état de catastrophe naturelle dans trois districts.", "declaration"),
    ("Des agriculteurs ont bloqué une autoroute pour protester contre la baisse des prix.", "protest"),
    ("La ministre doit s'entretenir jeudi avec les élus de la région.", "meeting"),
])
def test_declarations_protests_and_planned_talks_are_events(fr: Language, sentence: str, kind: str) -> None:
    assert kind in [e.type for e in read(fr, sentence).events]


def test_a_said_clause_runs_past_the_full_stop_of_a_form_of_address(fr: Language) -> None:
    facts = read(fr, "La ministre, Odile Brun, a reçu le préfet, Yves Caron. « Nous serons prêts », a "
                     "assuré M. Caron à la sortie.")
    assert [q.speaker for q in facts.quotes] == ["Yves Caron"]
