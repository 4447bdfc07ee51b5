"""The French rules read French copy with the French lexicons; the English rules never see it."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from worker.core.extract import extract_all
from worker.core.extract.french.numbers import number_value
from worker.core.extract.french.story import place_name
from worker.core.models import RawStory
from tests.support.french import PUBLISHED, read


@pytest.mark.parametrize(("text", "value"), [("2 000", 2000), ("dix-neuf", 19), ("trente-deux", 32),
                                             ("quatre-vingt-dix", 90), ("vingt et un", 21), ("douze", 12)])
def test_french_numbers_are_read_in_digits_and_words(text: str, value: int) -> None:
    assert number_value(text) == value


def test_an_afp_dateline_gives_the_place_and_the_agency_as_credit(fr: Language) -> None:
    facts = read(fr, "PORT-AU-PRINCE, 16 mars 2026 (AFP) - La police a repris le contrôle du quartier lundi.")
    assert facts.story.dateline is not None and facts.story.dateline.place == "Port-au-Prince"
    assert facts.story.credit == "AFP" and place_name("SAINT-DENIS-DE-LA-RÉUNION") == "Saint-Denis-de-la-Réunion"
    assert all(t.text != "16 mars 2026" for t in facts.time_expressions)  # the filing date is not a story time


@pytest.mark.parametrize(("sentence", "category", "count", "qualifier"), [
    ("Une trentaine de personnes ont été blessées dans l'explosion.", "wounded", 30, "about"),
    ("Des dizaines de familles ont fui leur maison.", "displaced", 24, "at_least"),
    ("Au moins douze personnes ont été tuées dans l'effondrement.", "killed", 12, "at_least"),
    ("Le séisme a frappé la ville, tuant plus de 140 personnes.", "killed", 140, "more_than"),
    ("Quatorze manifestants ont été interpellés.", "arrested", 14, "exact"),
])
def test_casualty_counts_read_french_verbs_and_vague_quantities(fr: Language, sentence: str, category: str,
                                                                 count: int, qualifier: str) -> None:
    facts = read(fr, "NANTES (AFP) - " + sentence)
    assert [(c.category, c.count, c.qualifier) for c in facts.casualties] == [(category, count, qualifier)]


def test_a_quote_in_guillemets_goes_to_the_person_named_in_its_said_clause(fr: Language) -> None:
    body = ("NICE (AFP) - La préfète Claire Morand a visité le site lundi.\n\n"
            "« Nous cherchons encore des survivants », a déclaré le maire, Paul Mercier. "
            "« Rien n'est exclu », a-t-il dit.")
    facts = read(fr, body)
    assert [(q.text, q.speaker, q.kind) for q in facts.quotes] == [
        ("Nous cherchons encore des survivants", "Paul Mercier", "direct"), ("Rien n'est exclu", "Paul Mercier", "direct")]
    people = {e.name: [r.title for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert people["Claire Morand"] == ["préfète"] and people["Paul Mercier"] == ["maire"]


def test_french_weekdays_resolve_by_tense_and_relative_weeks(fr: Language) -> None:
    facts = read(fr, "PARIS (AFP) - Le ministre est arrivé lundi. Il doit se rendre jeudi à Lyon, "
                     "puis la semaine prochaine à Lille.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [
        ("lundi", "2026-03-16"), ("jeudi", "2026-03-19"), ("la semaine prochaine", "2026-W13")]


def test_french_place_names_are_geocoded_through_the_gazetteer(fr: Language) -> None:
    facts = read(fr, "RABAT (AFP) - L'Espagne et la Suisse ont envoyé des secouristes à Genève et à Bruxelles.")
    places = {e.name: e.geo.country if e.geo else None for e in facts.entities if e.label in ("GPE", "LOC")}
    assert places["Espagne"] == "ES" and places["Genève"] == "CH" and places["Bruxelles"] == "BE"


def test_french_events_take_their_actor_place_and_day_from_the_trigger_sentence(fr: Language) -> None:
    facts = read(fr, "LYON (AFP) - Le ministre de l'Intérieur, Bruno Lacombe, doit se rendre jeudi à Grenoble.\n\n"
                     "Un incendie a détruit lundi un entrepôt de Vénissieux, selon les pompiers.")
    events = {e.type: e for e in facts.events}
    assert set(events) == {"travel", "disaster"}
    travel = events["travel"]
    assert (travel.actor, travel.destination, travel.when) == ("Bruno Lacombe", "Grenoble", "2026-03-19")
    assert (events["disaster"].place, events["disaster"].when) == ("Vénissieux", "2026-03-16")


def test_a_parse_in_a_language_without_rules_is_refused() -> None:
    with pytest.raises(ValueError, match="no extraction rules"):
        extract_all(spacy.blank("de")("Die Polizei teilte mit."),
                    RawStory(story_id="t", body="Die Polizei teilte mit.", published_at=PUBLISHED, source_format="text"))
