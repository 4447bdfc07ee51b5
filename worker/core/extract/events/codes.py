"""Every event type (and subtype where it decides) coded in PLOVER and CAMEO, as data.

PLOVER (the Political Language Ontology for Verifiable Event Records, successor of CAMEO in
POLECAT) gives the event type; CAMEO gives the root code (01-20) GDELT's event tables carry and
the QuadClass that follows from it: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
3 verbal conflict (09-13), 4 material conflict (14-20). docs/event-codes.md gives each row's reason.
A row is (PLOVER type, CAMEO root code); ``None`` where the ontology has no event for it.
"""

# (event type, subtype or "*") -> (PLOVER type, CAMEO root code)
CODES: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("meeting", "*"): ("CONSULT", "04"),
    ("travel", "*"): ("CONSULT", "04"),
    ("demand", "*"): ("REQUEST", "10"),
    ("attack", "*"): ("ASSAULT", "18"),
    ("attack", "military"): ("ASSAULT", "19"),
    ("protest", "*"): ("PROTEST", "14"),
    ("arrest", "*"): ("COERCE", "17"),
    ("legal_action", "*"): ("ACCUSE", "11"),
    ("legal_action", "verdict"): ("COERCE", "17"),
    ("legal_action", "sentence"): ("COERCE", "17"),
    ("declaration", "*"): (None, "01"),
    ("declaration", "curfew"): ("COERCE", "17"),
    ("declaration", "emergency"): ("COERCE", "17"),
    ("declaration", "martial_law"): ("COERCE", "17"),
    ("declaration", "lockdown"): ("COERCE", "17"),
    ("mourning", "*"): (None, "01"),
    ("disaster", "*"): (None, None),
    ("sanction", "*"): ("SANCTION", "16"),
    ("sanction", "lifted"): ("CONCEDE", "08"),
    ("agreement", "*"): ("AGREE", "05"),
    ("aid", "*"): ("AID", "07"),
    ("aid", "pledged"): ("AID", "03"),
}
# Weapons that make an attack military fighting (CAMEO 19) rather than an assault (CAMEO 18).
MILITARY_WEAPONS = frozenset({"missile", "drone", "rocket", "shelling", "artillery", "mortar", "airstrike"})
# CAMEO root code -> QuadClass, by the codebook's ranges.
QUAD_RANGES: tuple[tuple[int, int, int], ...] = ((1, 5, 1), (6, 8, 2), (9, 13, 3), (14, 20, 4))


def code(event_type: str, subtype: str | None, weapons: list[str]) -> tuple[str | None, str | None, int | None]:
    """(PLOVER type, CAMEO root code, QuadClass) of one event."""
    key = subtype or "*"
    if event_type == "attack" and MILITARY_WEAPONS & set(weapons):
        key = "military"
    plover, cameo = CODES.get((event_type, key)) or CODES.get((event_type, "*"), (None, None))
    quad = next((q for lo, hi, q in QUAD_RANGES if cameo and lo <= int(cameo) <= hi), None)
    return plover, cameo, quad
