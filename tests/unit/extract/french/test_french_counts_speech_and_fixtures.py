"""French counts, times, reported speech and events the fifth held-out set showed: a whole war's toll,
rates and large units; months with a year, seasons, this week, decades, ages after a nationality,
days ahead of a call; more said-verbs, words inside a said-clause, a speaker's relative clause, "le
syndicat" as a subject, a body in apposition; history, a sports report's fixtures, calls to protest."""

from __future__ import annotations

from spacy.language import Language

from tests.support.french import read


def _counts(body: str, fr: Language) -> set[tuple[str, int]]:
    return {(c.category, c.count) for c in read(fr, body).casualties}


def test_a_whole_wars_toll_and_a_rate_are_background(fr: Language) -> None:
    assert _counts("Le conflit a fait plus de 40 000 morts depuis 2014, selon l'ONU.", fr) == set()
    assert _counts("Une vingtaine de nouveaux cas sont recensés chaque semaine dans la province.", fr) == set()
    assert _counts("Six soldats ont été tués mardi dans une embuscade.", fr) == {("killed", 6)}


def test_a_count_in_millions_is_multiplied(fr: Language) -> None:
    assert ("displaced", 3_000_000) in _counts("Les combats ont fait trois millions de déplacés en un an.", fr)


def test_one_person_arrested_after_a_singular_subject_is_an_arrest_of_one(fr: Language) -> None:
    counts = _counts("Le chauffeur du camion, un homme de 52 ans, a été contrôlé positif puis placé en garde à vue.", fr)
    assert ("arrested", 1) in counts


def _times(body: str, fr: Language) -> dict[str, str]:
    return {t.text: str(t.value) for t in read(fr, body).time_expressions}


def test_a_month_with_a_year_a_lone_season_and_this_week(fr: Language) -> None:
    times = _times("Le chantier, lancé en juin 2024, sera achevé à l'hiver. Les coupures dureront toute la semaine.", fr)
    assert times.get("en juin 2024") == "2024-06"
    assert times.get("à l'hiver") == "2026-WI"
    assert times.get("toute la semaine") == "2026-W12"
    assert "2024" not in times


def test_a_decade_an_age_after_a_nationality_and_the_end_of_the_year(fr: Language) -> None:
    times = _times("Un touriste danois de 62 ans a disparu. La région est instable depuis les années 1990. Le site "
                   "fermera d'ici la fin de l'année.", fr)
    assert "62 ans" not in times and "1990" not in times
    assert times.get("la fin de l'année") == "2026"


def test_a_weekday_after_a_call_or_a_proposal_is_ahead(fr: Language) -> None:
    # Published on Tuesday 17 March 2026.
    times = _times("L'intersyndicale a appelé à une nouvelle journée de grève jeudi.", fr)
    assert times.get("jeudi") == "2026-03-19"


def _quotes(body: str, fr: Language) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in read(fr, body).quotes]


def test_words_inside_a_said_clause_and_a_new_said_verb(fr: Language) -> None:
    quotes = _quotes("Le maire, Louis Gardel, a de son côté assuré que la piscine rouvrirait en juin.", fr)
    assert ("indirect", "la piscine rouvrirait en juin", "Louis Gardel") in quotes
    quotes = _quotes("Le sénateur, Marc Oller, a rétorqué que le texte était prêt.", fr)
    assert ("indirect", "le texte était prêt", "Marc Oller") in quotes


def test_a_relative_clause_after_the_speaker_is_no_part_of_the_report(fr: Language) -> None:
    quotes = _quotes("Le barrage sera vidé en avril, a annoncé l'agence fédérale de l'eau (AFE), qui gère le site.", fr)
    assert [(k, t) for k, t, _ in quotes] == [("indirect", "Le barrage sera vidé en avril")]


def test_a_body_named_by_its_kind_as_subject_is_the_body_named_last(fr: Language) -> None:
    quotes = _quotes("La CFTC a quitté la table. Un délégué, Pierre Lamy, était présent. Le syndicat a affirmé que "
                     "l'accord était caduc.", fr)
    assert ("indirect", "l'accord était caduc", "CFTC") in quotes


def test_a_body_in_apposition_to_another_is_not_the_speaker(fr: Language) -> None:
    quotes = _quotes("L'entreprise Vellor ferme son site de Dole. Vellor, filiale du groupe suédois Nordhamn Industri, "
                     "dénonce « une concurrence déloyale ».", fr)
    assert ("direct", "une concurrence déloyale", "Vellor") in quotes


def _events(body: str, fr: Language) -> set[str]:
    return {e.type for e in read(fr, body).events}


def test_an_event_dated_in_an_earlier_year_is_history(fr: Language) -> None:
    assert "attack" not in _events("Le procès porte sur l'attaque d'une bijouterie à Nîmes en mai 2022.", fr)


def test_a_sports_reports_fixtures_and_attacks_are_play(fr: Language) -> None:
    body = ("Lorient a battu Metz 2-0 dimanche. Le buteur a doublé la mise en seconde période sur corner. "
            "Metz a multiplié les attaques sans cadrer. Lorient se rendra samedi à Lille et recevra Nice ensuite.")
    assert _events(body, fr) & {"attack", "travel", "meeting"} == set()


def test_a_call_to_protest_is_the_protest_and_leaves_the_demand_to_a_later_one(fr: Language) -> None:
    events = read(fr, "La CGT a appelé à un débrayage jeudi. Le ministre, Paul Ravel, a demandé un audit.").events
    assert {e.type for e in events} == {"protest", "demand"}
    assert next(e for e in events if e.type == "demand").actor == "Paul Ravel"
