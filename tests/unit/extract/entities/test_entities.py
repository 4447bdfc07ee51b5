"""Entities: consolidation, label correction, titles and affiliations."""

import os
from collections.abc import Callable
from datetime import datetime, timezone

import pytest

from worker.core.extract import extract_all
from worker.core.models import RawStory
from worker.core.models.entities import Entity
from worker.core.models.enriched import Facts
from worker.core.nlp import load
from tests.support.dev_stories import require_dev_story
from tests.unit.conftest import DEFAULT_MODEL, DEV_DIR, STORIES_DIR

Run = Callable[..., Facts]


def _by_name(facts: Facts) -> dict[str, Entity]:
    return {e.name: e for e in facts.entities}


@pytest.fixture(scope="module")
def dev(facts_of: Run) -> Facts:
    return facts_of(require_dev_story().read_text(encoding="utf-8"))


def test_possessive_and_surname_mentions_are_one_entity(dev: Facts) -> None:
    people = [e for e in dev.entities if "Zelenskyy" in e.name]
    assert len(people) == 1
    zelenskyy = people[0]
    assert zelenskyy.name == "Volodymyr Zelenskyy" and "Zelenskyy" in zelenskyy.aliases
    assert any(m.text == "Zelenskyy" for m in zelenskyy.mentions)


def test_a_name_mislabelled_in_one_sentence_is_corrected_by_the_document(dev: Facts) -> None:
    labels = {(e.name, e.label) for e in dev.entities}
    assert ("Volodymyr Zelenskyy", "PERSON") in labels
    assert not any("Zelenskyy" in name and label != "PERSON" for name, label in labels)
    assert ("Kyiv", "GPE") in labels and not any(n == "Kyiv" and l == "PERSON" for n, l in labels)
    assert not any(n in ("Trump", "Donald Trump") and l == "ORG" for n, l in labels)


def test_mentions_the_model_missed_are_recovered_from_names_it_found(dev: Facts) -> None:
    zelenskyy = _by_name(dev)["Volodymyr Zelenskyy"]
    body = (DEV_DIR / "kyiv-diplomacy.txt").read_text(encoding="utf-8")
    assert len(zelenskyy.mentions) == body.count("Zelenskyy")


def test_demonym_before_a_title_is_the_affiliation_country(dev: Facts) -> None:
    roles = {(r.title, r.affiliation) for r in _by_name(dev)["Vladimir Putin"].roles}
    assert ("President", "Russia") in roles


def test_possessive_affiliation_is_the_canonical_person(dev: Facts) -> None:
    roles = {(r.title, r.affiliation) for r in _by_name(dev)["Steve Witkoff"].roles}
    assert ("special envoy", "Donald Trump") in roles


def test_appositive_gives_title_and_the_body_after_at(dev: Facts) -> None:
    roles = {(r.title, r.affiliation) for r in _by_name(dev)["John Kelley"].roles}
    assert ("minister-counselor", "U.S. mission") in roles
    assert _by_name(dev)["U.S. mission"].label == "ORG"


def test_short_place_names_are_canonicalised(dev: Facts) -> None:
    us = _by_name(dev)["United States"]
    assert us.label == "GPE" and "U.S." in us.aliases


def test_title_before_a_comma_name_attaches_to_the_person(facts_of: Run) -> None:
    facts = facts_of((STORIES_DIR / "court-verdict-denver.txt").read_text(encoding="utf-8"))
    roles = {(r.title, r.affiliation) for r in _by_name(facts)["Daniel Ferreira"].roles}
    assert ("lawyer", "Marcus Albrecht") in roles


def test_a_name_after_a_title_word_is_a_person_whatever_the_model_said(facts_of: Run) -> None:
    facts = facts_of((STORIES_DIR / "court-verdict-denver.txt").read_text(encoding="utf-8"))
    albrecht = _by_name(facts)["Marcus Albrecht"]
    assert albrecht.label == "PERSON" and "Albrecht" in albrecht.aliases


def test_byline_and_credit_names_are_not_story_entities(facts_of: Run) -> None:
    body = ("By Priya Raman\n\nSEATTLE — Laura Chen said the deal would close soon.\n\n"
            "(Reporting by Tom Blake; Editing by Anna Kowal)")
    names = {e.name for e in facts_of(body).entities}
    assert not names & {"Priya Raman", "Tom Blake", "Anna Kowal"}


def test_every_entity_id_is_label_and_slug(dev: Facts) -> None:
    for ent in dev.entities:
        label, slug = ent.entity_id.split(":", 1)
        assert label == ent.label.lower() and slug and " " not in slug


def test_a_title_the_parser_cut_off_into_its_own_sentence_still_belongs_to_the_name() -> None:
    # With the worker's own pipeline (paragraph breaks), the sub-head line before the paragraph
    # leads the small model to end a sentence after "President".
    body = ("BEIRA, Mozambique — Floods cut the coastal road on Tuesday.\n\nEmergency and mourning\n\n"
            "President Fernando Mutemba declared a state of emergency in both provinces on Wednesday, "
            "freeing money for relief, and announced three days of national mourning from Friday.")
    doc = load(os.environ.get("WIRE_MODEL", DEFAULT_MODEL))(body)
    assert any(s.text.strip() == "President" for s in doc.sents), "the sentence split this test is about"
    raw = RawStory(story_id="t", body=body, published_at=datetime(2026, 3, 12, tzinfo=timezone.utc),
                   source_format="text")
    person = next(e for e in extract_all(doc, raw).entities if e.name == "Fernando Mutemba")
    assert any(r.title == "President" for r in person.roles)
