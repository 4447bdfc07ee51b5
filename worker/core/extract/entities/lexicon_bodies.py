"""Words of the lower-case bodies wire copy names by what they do ('the health ministry', 'the
national police', 'the weather bureau'), kept as data apart from the rule that reads them
(``lower_bodies``)."""

from worker.core.extract.entities.lexicon import PORTFOLIOS

# The last word of such a body. 'Guard' ends 'the coast guard'.
LOWER_BODY_HEADS = frozenset({"ministry", "department", "police", "bureau", "agency", "service",
                              "commission", "office", "guard", "directorate", "inspectorate"})
# Words that, in lower case before one of those heads, say which body it is: a minister's
# portfolio, the level of government, or the body's field. A head with none of them before it
# ('the ministry', 'the police') is a reference back or a kind, not a body's name.
LOWER_BODY_WORDS = PORTFOLIOS | frozenset({
    "national", "regional", "federal", "state", "provincial", "municipal", "district", "judicial",
    "weather", "meteorological", "statistics", "statistical", "disaster", "emergency", "management",
    "election", "electoral", "forestry", "fire", "rescue", "civil", "aviation", "public", "works",
    "water", "mines", "mining", "roads", "fisheries", "research", "climate", "immigration",
    "customs", "tax", "revenue", "coast", "border", "prosecutor", "prosecutors", "attorney",
    "general", "protection", "defense", "wildlife", "parks", "maritime", "police", "highway",
})
# Heads that need a word of the field, not only a level of government: 'the national service'
# or 'the regional office' names no one body, 'the regional health service' does.
FIELD_HEADS = frozenset({"service", "office", "commission", "agency", "department", "bureau"})
LEVEL_WORDS = frozenset({"national", "regional", "federal", "state", "provincial", "municipal",
                         "district", "public", "general"})
# Determiners a body named this way follows ('the national police', 'its environment ministry').
BODY_DETERMINERS = frozenset({"the", "its", "their"})
