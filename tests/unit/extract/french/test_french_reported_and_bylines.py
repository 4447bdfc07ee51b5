"""French rules for forms the fourth held-out set showed: bylines and short months in datelines,
reported speech, nationality nouns before names, bodies after a cue word, seasons and futures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.support.french import read
from worker.core.extract.french.time import _future_form


def test_a_byline_paragraph_is_the_credit_and_a_short_month_opens_the_dateline(fr: Language) -> None:
    facts = read(fr, "Par Marion Lefort\n\nGENÈVE, 12 févr. 2026 (AFP) - Les négociations ont repris mardi.")
    assert facts.story.dateline is not None and facts.story.dateline.place == "Genève"
    assert facts.story.credit == "Marion Lefort" and facts.story.provider == "AFP"
    assert all(e.name != "Marion Lefort" for e in facts.entities)
    assert all("févr" not in t.text and t.text != "2026" for t in facts.time_expressions)


def test_a_said_verb_before_que_reports_its_clause_for_the_person_named_before_it(fr: Language) -> None:
    facts = read(fr, "Le maire de la commune, Paul Rivière, a expliqué que la digue avait cédé sous la pression.")
    assert [(q.kind, q.text, q.speaker) for q in facts.quotes] == [
        ("indirect", "la digue avait cédé sous la pression", "Paul Rivière")]
    assert facts.quotes[0].paraphrase and facts.quotes[0].cue == "expliquer"


def test_a_said_verb_closing_the_sentence_reports_what_comes_before_its_comma(fr: Language) -> None:
    facts = read(fr, "BREST (AFP) - Trois plaisanciers ont été retrouvés sains et saufs au large, a indiqué mardi "
                     "la préfecture maritime de l'Atlantique.")
    assert [(q.kind, q.text, q.speaker) for q in facts.quotes] == [
        ("indirect", "Trois plaisanciers ont été retrouvés sains et saufs au large", "préfecture maritime de l'Atlantique")]


def test_a_body_named_by_what_it_is_after_the_verb_is_the_one_named_before(fr: Language) -> None:
    facts = read(fr, "Le collectif Terres Vives a bloqué la route. Le blocage durera tout le week-end, a averti "
                     "le collectif.")
    assert [(q.text, q.speaker) for q in facts.quotes] == [("Le blocage durera tout le week-end", "Terres Vives")]


@pytest.mark.parametrize("sentence", [
    "Le ministre de la Justice, Luc Barrat, a annoncé mardi à Lyon une réforme des prisons.",
    "« Nous ne céderons rien », a déclaré le porte-parole, Marc Aubin.",
])
def test_an_apposition_or_a_direct_quote_before_a_said_verb_is_no_reported_clause(fr: Language, sentence: str) -> None:
    assert [q for q in read(fr, sentence).quotes if q.kind == "indirect"] == []


def test_a_nationality_before_a_name_is_no_place_and_the_name_is_a_person(fr: Language) -> None:
    facts = read(fr, "La Norvégienne Ingrid Solberg a devancé l'Italienne Chiara Conti. Aucun Belge ne figure au "
                     "classement.")
    assert {e.name for e in facts.entities if e.label in ("GPE", "LOC")} == set()
    assert {"Ingrid Solberg", "Chiara Conti"} <= {e.name for e in facts.entities if e.label == "PERSON"}


def test_a_name_after_a_cue_word_or_a_nationality_noun_is_a_body_and_an_acronym_in_a_title_its_party(
        fr: Language) -> None:
    facts = read(fr, "Le groupe a cédé sa filiale à l'allemand Hartwig Logistik. La sénatrice PS de l'Aude, Claire "
                     "Bonnet, a dénoncé l'opération.")
    orgs = {e.name for e in facts.entities if e.label == "ORG"}
    assert {"Hartwig Logistik", "PS"} <= orgs
    bonnet = next(e for e in facts.entities if e.name == "Claire Bonnet")
    assert bonnet.roles and bonnet.roles[0].affiliation == "PS"


def test_a_lower_case_phrase_with_a_verb_in_it_is_no_body(fr: Language) -> None:
    facts = read(fr, "Selon le rectorat, les services resteront fermés jusqu'à lundi.")
    assert all("fermés" not in e.name for e in facts.entities)


def test_seasons_futures_the_model_calls_presents_and_ages_of_people_by_their_ending(fr: Language) -> None:
    facts = read(fr, "Les travaux doivent commencer au printemps 2028. Un cycliste de 30 ans a été blessé sur un "
                     "chantier de trois ans.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [("printemps 2028", "2028-SP"), ("trois ans", "P3Y")]
    assert _future_form("ferons", "faire") and _future_form("finirons", "finir") and _future_form("prendront", "prendre")
    assert not _future_form("admirons", "admirer") and not _future_form("courons", "courir")


@pytest.mark.parametrize(("sentence", "category", "count"), [
    ("Les pompiers ont hélitreuillé une dizaine de promeneurs blessés dans la chute.", "rescued", 10),
    ("Une cinquantaine de clients du centre commercial ont été évacués.", "displaced", 50),
])
def test_a_rescue_verb_before_the_count_wins_and_a_complement_may_follow_the_people(
        fr: Language, sentence: str, category: str, count: int) -> None:
    assert [(c.category, c.count) for c in read(fr, "LYON (AFP) - " + sentence).casualties] == [(category, count)]


def test_pile_ups_trips_on_site_takeovers_and_no_attack_in_a_race(fr: Language) -> None:
    facts = read(fr, "ORLÉANS (AFP) - Un carambolage a fait trois blessés lundi. Le ministre, Jean Vidal, doit se "
                     "rendre sur place jeudi. Le rachat du transporteur a été conclu. La skieuse est partie à "
                     "l'attaque dans la seconde manche.")
    kinds = {e.type: e for e in facts.events}
    assert set(kinds) == {"disaster", "travel", "agreement"}
    assert kinds["travel"].destination == "Orléans" and kinds["travel"].actor == "Jean Vidal"


def test_a_declaration_only_asked_for_is_none(fr: Language) -> None:
    facts = read(fr, "Le maire a réclamé la reconnaissance de l'état de catastrophe naturelle.")
    assert all(e.type != "declaration" for e in facts.events)


def test_an_inverted_pronoun_after_a_quote_is_the_last_person_named_first_in_a_sentence(fr: Language) -> None:
    facts = read(fr, "La Française Manon Girard a battu en finale la Canadienne Emma Scott. Après la rencontre, "
                     "« j'ai enfin trouvé mon jeu », a-t-elle confié.")
    assert [(q.kind, q.speaker) for q in facts.quotes] == [("direct", "Manon Girard")]
