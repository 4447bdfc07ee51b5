"""French casualty counts, times, quote speakers and events on forms the held-out stories showed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.support.french import read
from worker.core.models.timex import TimeRange


@pytest.mark.parametrize(("sentence", "category", "count"), [
    ("Trois ouvriers, dont le chef de chantier, ont été blessés mardi sur le port.", "wounded", 3),
    ("Huit passagers, parmi lesquels deux enfants, sont portés disparus depuis le naufrage.", "missing", 8),
    ("Les gendarmes ont hélitreuillé une quinzaine de randonneurs surpris par la neige.", "rescued", 15),
])
def test_an_aside_between_a_count_and_its_word_and_rescues_from_the_air_are_read(
        fr: Language, sentence: str, category: str, count: int) -> None:
    assert [(c.category, c.count) for c in read(fr, sentence).casualties] == [(category, count)]


def test_part_of_a_counted_group_and_an_age_are_no_counts_of_their_own(fr: Language) -> None:
    facts = read(fr, "Douze manifestants ont été interpellés lundi. Deux des interpellés restent détenus. "
                     "Un Italien de 63 ans a été blessé.")
    assert [(c.category, c.count, c.superseded) for c in facts.casualties] == [("arrested", 12, [])]


def test_one_more_person_reported_missing_is_a_count_of_one(fr: Language) -> None:
    facts = read(fr, "Une femme a été tuée et une deuxième est portée disparue après la crue.")
    assert [(c.category, c.count) for c in facts.casualties] == [("killed", 1), ("missing", 1)]


def test_an_age_after_a_person_is_no_duration_and_a_sentence_stays_one(fr: Language) -> None:
    facts = read(fr, "Un garçon de neuf ans et un Marocain de 30 ans ont été secourus. Le maire, Louis Caron, "
                     "58 ans, a été réélu pour six ans. Le prévenu a été condamné à douze ans de prison.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [("six ans", "P6Y"), ("douze ans", "P12Y")]


def test_a_clock_time_takes_the_day_of_its_sentence_or_night_or_the_last_day_named(fr: Language) -> None:
    facts = read(fr, "Le cargo a sombré dans la nuit de vendredi à samedi. L'alerte a été donnée vers 3 heures "
                     "du matin. Les recherches ont duré six heures. Le convoi est reparti mardi. Il a franchi la "
                     "frontière peu après 18 heures, à 2 heures de route de la capitale.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [
        ("nuit de vendredi à samedi", "2026-03-14"), ("3 heures du matin", "2026-03-14T03:00"), ("six heures", "PT6H"),
        ("mardi", "2026-03-17"), ("18 heures", "2026-03-17T18:00"), ("2 heures", "PT2H")]


def test_a_span_of_years_and_a_half_or_quarter_of_a_year_are_read(fr: Language) -> None:
    facts = read(fr, "Le parquet a enquêté sur des faits commis entre 2018 et 2021. Le chantier doit s'achever "
                     "au second semestre 2027, après un premier trimestre difficile.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [
        ("entre 2018 et 2021", TimeRange(start="2018", end="2021")), ("second semestre 2027", "2027-H2"),
        ("premier trimestre", "2026-Q1")]


def test_a_quote_after_a_said_verb_is_its_subject_s_not_the_body_after_a_preposition(fr: Language) -> None:
    facts = read(fr, "Le ministre du Travail, Marc Olier, a assuré jeudi sur France Info qu'il recevrait les "
                     "syndicats « sans tarder ».")
    assert [(q.text, q.speaker) for q in facts.quotes if q.kind == "direct"] == [("sans tarder", "Marc Olier")]


def test_a_sentence_of_play_carries_no_attack(fr: Language) -> None:
    facts = read(fr, "Lens a multiplié les attaques en fin de match, mais sa dernière frappe a heurté le poteau.")
    assert [e.type for e in facts.events] == []


def test_a_promised_declaration_is_no_declaration(fr: Language) -> None:
    facts = read(fr, "Le ministre a promis de décréter l'état de catastrophe naturelle dans la vallée.")
    assert [e.type for e in facts.events] == []


def test_a_meeting_s_participants_are_its_subject_and_those_named_after_it(fr: Language) -> None:
    facts = read(fr, "Le ministre du Travail, Marc Olier, a assuré jeudi sur France Info qu'il recevrait "
                     "vendredi la présidente du Medef, Sophie Brun.")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.actor == "Marc Olier"
    assert meeting.participants[0] == "Marc Olier" and "Sophie Brun" in meeting.participants
