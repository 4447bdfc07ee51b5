"""Document tone in GDELT's V1.5 form, counted from VADER's word lexicon."""


def test_a_grim_story_reads_negative_and_a_glad_one_positive(facts_of) -> None:  # type: ignore[no-untyped-def]
    grim = facts_of("The flood killed nine people and destroyed hundreds of homes, and survivors wept.").story.tone
    glad = facts_of("The festival was a joyful success and the winners thanked their proud, happy fans.").story.tone
    assert grim is not None and glad is not None
    assert grim.tone < 0 < glad.tone


def test_the_fields_hold_together_as_gdelt_defines_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    tone = facts_of("We mourn the victims, but we will rebuild the town together.").story.tone
    assert tone is not None
    assert abs(tone.tone - (tone.positive - tone.negative)) < 1e-3
    assert abs(tone.polarity - (tone.positive + tone.negative)) < 1e-3
    assert tone.word_count == 11 and tone.self_group_density > 0
