"""'The army' after a rebel army, 'the unions' after one named union, a short form first
given in brackets and used again untagged, and a clause the parser made the object of 'said'
(stories invented here)."""


def test_the_army_is_not_a_rebel_army_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ARAUCA, Colombia (Reuters) - Fighters of the Popular Liberation Army (EPL) attacked a "
                     "police post on Sunday. The post was retaken by Monday morning, the army said.")
    assert [q.speaker for q in facts.quotes if "retaken" in q.text] == ["army"]


def test_the_unions_are_not_the_one_union_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOFIA (AFP) - Thousands of nurses marched on parliament, and the European Union's envoy met "
                     "their leaders. The unions said they would stop work for a day on March 20.")
    assert [q.speaker for q in facts.quotes if "stop work" in q.text] == ["unions"]


def test_a_short_form_used_again_is_the_body_named_in_full(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ARAUCA, Colombia (Reuters) - Fighters of the Popular Liberation Army (EPL) attacked a "
                     "police post near Saravena on Sunday. The EPL said in a statement that the police had fired first. "
                     "It urged the government to withdraw its troops from the area.")
    assert [e.actor for e in facts.events if e.type == "demand"] == ["Popular Liberation Army"]


def test_a_clause_the_parser_read_as_the_object_of_said_is_what_was_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OBERHOF, Germany (AP) — Sweden won the women's relay on Saturday. The International Luge "
                     "Federation said a record crowd of 18,200 watched at the Thuringian venue, where temperatures fell "
                     "well below zero by nightfall.")
    assert [(q.speaker, q.kind) for q in facts.quotes if "record crowd" in q.text] == \
        [("International Luge Federation", "indirect")]
