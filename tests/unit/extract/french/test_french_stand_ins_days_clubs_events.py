"""What the sixth held-out set showed: an office standing for the person named with it before, "le
lendemain" and "la veille", a club called by its town in a sports report, a second event of one type,
and a count of a past event the story recalls."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read


def _times(body: str, fr: Language) -> dict[str, str]:
    return {t.text: str(t.value) for t in read(fr, body).time_expressions}


def test_the_next_day_counts_from_the_last_day_named_in_its_paragraph(fr: Language) -> None:
    times = _times("Le sommet s'ouvrira jeudi à Genève et les délégations se retrouveront le lendemain à Berne.", fr)
    assert times.get("jeudi") == "2026-03-19" and times.get("le lendemain") == "2026-03-20"


def test_the_next_day_with_no_day_in_its_paragraph_counts_from_the_story_date(fr: Language) -> None:
    times = _times("Les pompiers ont dégagé la route jeudi dernier.\n\nLe sous-préfet recevra les riverains le "
                   "lendemain.\n\nLa veille au soir, des renforts avaient été dépêchés.", fr)
    assert times.get("le lendemain") == "2026-03-18"
    assert times.get("La veille") == "2026-03-16"


def test_the_eve_of_an_event_is_no_date(fr: Language) -> None:
    assert "la veille" not in _times("Le texte a été adopté à la veille du scrutin municipal.", fr)


def test_an_office_alone_stands_for_the_person_named_with_it_before(fr: Language) -> None:
    facts = read(fr, "Le maire de Quimperlé, Yann Corlay, a visité le quartier sinistré mardi. Les écoles resteront "
                     "fermées jusqu'à jeudi, a indiqué le maire.")
    indirect = [q for q in facts.quotes if q.kind == "indirect"]
    assert indirect and indirect[-1].speaker == "Yann Corlay"


def test_an_office_with_a_nationality_is_the_holder_of_that_office_only(fr: Language) -> None:
    facts = read(fr, "Le président sénégalais, Amadou Faye, a accueilli lundi le président ivoirien, Konan Yao. "
                     "Le président sénégalais doit se rendre vendredi à Abidjan.")
    travel = [e for e in facts.events if e.type == "travel"]
    assert travel and travel[0].actor == "Amadou Faye"


def test_a_town_in_a_sports_report_can_be_its_club(fr: Language) -> None:
    facts = read(fr, "Le FC Nantes a battu Metz 1-0 samedi. Nantes a ouvert le score sur penalty avant la mi-temps, "
                     "et le gardien messin a sauvé son équipe à la transversale. Les Canaris se déplaceront ensuite à "
                     "Lorient, puis recevront Angers.")
    orgs = {e.name: set(e.aliases) for e in facts.entities if e.label == "ORG"}
    places = {e.name for e in facts.entities if e.label in ("GPE", "LOC")}
    assert "Nantes" in orgs.get("FC Nantes", set())
    assert "Lorient" in places and "Nantes" not in places


def test_a_town_in_other_copy_stays_a_place(fr: Language) -> None:
    facts = read(fr, "Nantes a accueilli mardi un congrès de cardiologues venus de toute l'Europe.")
    assert "Nantes" in {e.name for e in facts.entities if e.label in ("GPE", "LOC")}


def test_a_second_travel_to_another_place_is_another_event(fr: Language) -> None:
    facts = read(fr, "La ministre française des Armées, Claire Dutour, est arrivée lundi à Bamako. Elle se rendra "
                     "ensuite à Gao.")
    assert [e.destination for e in facts.events if e.type == "travel"] == ["Bamako", "Gao"]


def test_an_event_told_again_is_one_event(fr: Language) -> None:
    facts = read(fr, "Des milliers de personnes ont manifesté lundi à Lyon. La manifestation s'est achevée sans "
                     "incident.")
    assert len([e for e in facts.events if e.type == "protest"]) == 1


def test_a_protest_on_another_day_is_another_event(fr: Language) -> None:
    facts = read(fr, "Des centaines d'éleveurs ont manifesté lundi à Rodez. Un nouveau rassemblement est prévu "
                     "jeudi à Millau.")
    assert [e.when for e in facts.events if e.type == "protest"] == ["2026-03-16", "2026-03-19"]


def test_a_past_event_recalled_in_the_pluperfect_gives_no_toll(fr: Language) -> None:
    counts = {(c.category, c.count) for c in read(fr, "Trois personnes ont été blessées lundi. En 2019, un incendie "
                                                  "semblable avait fait quatre morts dans le quartier.").casualties}
    assert counts == {("wounded", 3)}


def test_a_form_of_address_inside_a_said_clause_does_not_end_it(fr: Language) -> None:
    facts = read(fr, "La ministre des Sports, Agathe Roussel, a visité le chantier mardi. « Les travaux avancent, a "
                     "affirmé Mme Roussel devant les ouvriers, et le calendrier sera tenu. »")
    direct = [q for q in facts.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker == "Agathe Roussel"
    assert "ouvriers" not in direct[0].text


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_place(fr: Language) -> None:
    facts = read(fr, "Les pompiers sont intervenus mardi à La Roche-sur-Yon après un départ de feu.")
    assert "La Roche-sur-Yon" in {e.name for e in facts.entities if e.label in ("GPE", "LOC")}


def test_an_office_named_with_no_holder_is_no_place(fr: Language) -> None:
    facts = read(fr, "Reçu mardi par le chef de l'État français, le dirigeant kényan a plaidé pour la dette.")
    assert not {e.name for e in facts.entities if e.label in ("GPE", "LOC")} & {"État", "État français"}


def test_a_developer_a_midfielder_and_a_passenger_are_titles(fr: Language) -> None:
    facts = read(fr, "Le promoteur Gaspard Vidal a été relaxé mardi. Son milieu danois Jonas Krogh a été prêté. "
                     "« Tout a tremblé », a raconté un passager, Hugo Lenoir.")
    titles = {e.name: (e.roles[0].title if e.roles else None) for e in facts.entities if e.label == "PERSON"}
    assert titles.get("Gaspard Vidal") == "promoteur"
    assert (titles.get("Jonas Krogh") or "").startswith("milieu")
    assert titles.get("Hugo Lenoir") == "passager"


def test_a_weekday_after_est_prevu_is_ahead(fr: Language) -> None:
    assert _times("Un nouveau défilé est prévu jeudi devant la mairie.", fr).get("jeudi") == "2026-03-19"


def test_a_passive_trigger_takes_its_agent_as_actor(fr: Language) -> None:
    facts = read(fr, "L'ancien trésorier du club, Marc Olivier, a été condamné lundi par le tribunal correctionnel "
                     "de Metz à deux ans de prison.")
    legal = [e for e in facts.events if e.type == "legal_action"]
    assert legal and legal[0].actor == "tribunal correctionnel de Metz"


def test_an_events_day_is_the_one_right_after_its_trigger_not_a_bound(fr: Language) -> None:
    facts = read(fr, "Elle rencontrera lundi le maire, avant de se rendre jeudi à Bastia. La grève doit se poursuivre "
                     "jusqu'à vendredi.")
    assert [e.when for e in facts.events if e.type == "travel"] == ["2026-03-19"]
    assert [e.when for e in facts.events if e.type == "protest"] == [None]


def test_a_capitalised_common_word_is_no_place(fr: Language) -> None:
    facts = read(fr, "Quelque 800 foyers restaient privés d'électricité mardi dans le Cantal.")
    assert "Quelque" not in {e.name for e in facts.entities}


def test_a_weekday_after_a_bodys_name_is_not_part_of_it(fr: Language) -> None:
    facts = read(fr, "Le Racing Club de Lens a battu le Stade lavallois samedi soir au stade Bollaert. Le gardien et "
                     "le buteur ont été salués après le match.")
    assert not any("samedi" in e.name for e in facts.entities)


def test_an_acronym_closing_a_title_is_a_body_of_the_story(fr: Language) -> None:
    facts = read(fr, "Le porte-parole du SNTRA, Yves Bodin, a dénoncé mardi une décision « brutale ».")
    assert "SNTRA" in {e.name for e in facts.entities if e.label == "ORG"}


def test_one_death_after_a_singular_subject_when_no_count_is_given(fr: Language) -> None:
    counts = {(c.category, c.count) for c in read(fr, "Une randonneuse de 54 ans est morte dimanche après une chute "
                                                  "dans le massif du Vercors.").casualties}
    assert counts == {("killed", 1)}
