"""French copy: a dateline town read from the canton the story names, speakers named with their
adjectives or by a body's head word, 'chef d'État' no place, and more event forms."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read


def _places(facts: object) -> dict[str, str | None]:
    return {e.name: e.geo.country if e.geo else None for e in facts.entities  # type: ignore[attr-defined]
            if e.label in ("GPE", "LOC")}


def test_a_swiss_dateline_follows_the_canton_named_in_the_story(fr: Language) -> None:
    facts = read(fr, "SION, 2 février 2026 (AFP) - Une avalanche a enseveli lundi trois skieurs au-dessus de "
                     "Verbier, dans le canton du Valais, a indiqué la police.")
    places = _places(facts)
    assert places.get("Sion") == "CH"
    assert any(name.endswith("Valais") and country == "CH" for name, country in places.items())


def test_a_tail_speaker_keeps_its_adjectives_and_a_writers_clause_after_it_is_not_his(fr: Language) -> None:
    facts = read(fr, "DAKAR, 4 mars 2026 (AFP) - Le port sera fermé trois jours pour des travaux, a affirmé "
                     "une source portuaire sénégalaise, sans préciser la date.")
    speakers = [q.speaker for q in facts.quotes if q.kind == "indirect"]
    assert speakers and speakers[0] is not None and speakers[0].startswith("source portuaire")


def test_a_body_called_again_by_its_head_word_is_the_body_named_before(fr: Language) -> None:
    facts = read(fr, "LYON, 4 mars 2026 (AFP) - Le parquet national financier a ouvert une enquête sur la "
                     "société. Trois dirigeants seront entendus la semaine prochaine, a précisé le parquet.")
    speakers = [q.speaker for q in facts.quotes if q.kind == "indirect"]
    assert "parquet national financier" in speakers and "parquet" not in speakers


def test_etat_after_chef_d_is_a_phrase_not_a_place(fr: Language) -> None:
    facts = read(fr, "BAMAKO, 4 mars 2026 (AFP) - Le chef d'État malien a reçu mardi les ambassadeurs à Bamako.")
    assert not any(name.startswith("État") for name in _places(facts))


def test_a_trip_after_avant_de_is_the_main_subjects_not_the_person_met(fr: Language) -> None:
    facts = read(fr, "ACCRA, 4 mars 2026 (AFP) - Le président togolais, Komi Adjovi, doit s'entretenir jeudi avec "
                     "la présidente ghanéenne, Ama Owusu, avant de se rendre à Kumasi. Les deux pays doivent "
                     "signer un accord sur la pêche, selon la présidence.")
    trips = [e for e in facts.events if e.type == "travel"]
    assert trips and trips[0].actor == "Komi Adjovi" and trips[0].destination == "Kumasi"


def test_a_suspect_placed_under_a_warrant_is_a_legal_action_and_a_road_left_a_disaster(fr: Language) -> None:
    facts = read(fr, "RENNES, 4 mars 2026 (AFP) - Un homme a été placé sous mandat d'arrêt mardi à Rennes. "
                     "Une camionnette a quitté la route jeudi près de Vitré.")
    kinds = [e.type for e in facts.events]
    assert "legal_action" in kinds and "disaster" in kinds
