"""A time budget for the rules on one story, checked between fact families.

spaCy's share of a story's time is bounded by the word limit; the rules are the part that a
pathological text (thousands of names, numbers or dates) could make slow. The budget cannot stop
a family in the middle (nothing in Python can, short of killing the process and the batch with
it), so it is checked after each family, and a story over it ends as a dead letter with the
family it had reached, instead of holding its partition for as long as the rules take.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from worker.errors import WireEnrichError


class OverTimeBudget(WireEnrichError):
    """The rules spent longer on one story than the budget allows."""


@dataclass
class Budget:
    seconds: float
    clock: Callable[[], float] = time.monotonic
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def check(self, after: str) -> None:
        """Raise :class:`OverTimeBudget` when the time since the start is over the budget."""
        spent = self.clock() - self.started
        if spent > self.seconds:
            raise OverTimeBudget(f"the rules took {spent:.1f} s by the end of {after}; the budget is {self.seconds:g} s")
