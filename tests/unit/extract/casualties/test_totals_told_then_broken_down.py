"""A total told first and then broken down in the next sentences is one count with its parts;
a count told as more than the total adds to it (stories invented here)."""


def _killed(facts):  # type: ignore[no-untyped-def]
    return [(c.count, len(c.includes)) for c in facts.casualties if c.category == "killed"]


def test_a_total_then_its_parts_is_one_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NELSON, New Zealand (AFP) - Bush fires driven by hot winds have killed four people on the "
                     "South Island, police said on Friday.\n\nOfficials had earlier put the toll at three. Two "
                     "forestry workers died late on Thursday when the flames trapped their truck on a logging road, "
                     "and a retired couple were found dead near their barn on Friday morning.")
    assert _killed(facts) == [(4, 1)]


def test_more_deaths_after_a_total_are_no_part_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KANDY, Sri Lanka (AFP) - Dengue fever has killed five people in the hill district this month. "
                     "Two more patients died in hospital on Monday, the health ministry said.")
    assert all(parts == 0 for _count, parts in _killed(facts))
