"""Event coding scores: of the events the events family matched, are the codes right?

The events family pairs a gold event with a predicted one by type and arguments (see
``evaluate``); the codes are then checked on those pairs only, so a missed event counts against
recall there and not here. Two figures, each over the matched events whose gold gives the field:

* PLOVER type: the predicted ``plover`` equals the gold's (a gold ``null``, as for a disaster,
  asks for none). The CAMEO root and quad class follow from it (docs/event-codes.md).
* Crowd size: the predicted ``size`` equals the gold's, for protests whose gold gives a size.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from worker.core.matching import pairs


@dataclass
class CodeTally:
    with_plover: int = 0
    plover_right: int = 0
    with_size: int = 0
    size_right: int = 0

    def add(self, other: "CodeTally") -> None:
        for name in ("with_plover", "plover_right", "with_size", "size_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        return {"matched_with_plover": self.with_plover,
                "plover_accuracy": share(self.plover_right, self.with_plover),
                "matched_with_size": self.with_size,
                "size_accuracy": share(self.size_right, self.with_size)}


def tally(expected: list[Any], predicted: list[Any],
          score: Callable[[Any, Any], float]) -> CodeTally:
    """Codes right on the event pairs ``score`` matches (the events family's pairing)."""
    out = CodeTally()
    for i, j, _ in pairs(expected, predicted, score):
        gold, got = expected[i], predicted[j]
        if "plover" in gold:
            out.with_plover += 1
            out.plover_right += int(gold["plover"] == got.get("plover"))
        if gold.get("size") is not None:
            out.with_size += 1
            out.size_right += int(gold["size"] == got.get("size"))
    return out
