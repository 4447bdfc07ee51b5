"""The event types, one row each: trigger words, trigger rule and builder, merge rule, and what
the story supplies when a mention leaves it out.

Adding an event type is one module under ``types`` (its ``TRIGGERS``, ``find`` and builder) and
one row here (plus its name in ``worker.core.models.events.EventType``). Rows run in this order
for every token, so a token may start mentions of several types.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from worker.core.extract.common.context import Context
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree
from worker.core.extract.events.types import (
    agreement, aid, arrest, attack, declaration, demand, disaster, legal, meeting, penalty, protest, sanction,
    travel,
)
from worker.core.models.events import EventType

Finder = Callable[[Context, Trigger], list[Draft | None]]
MergeRule = Callable[[Draft, Draft], bool]


def _always(_: Draft) -> bool:
    return True


def _never(_: Draft, __: Draft) -> bool:
    return False


@dataclass(frozen=True)
class EventKind:
    name: EventType
    triggers: frozenset[str]           # lower forms or lemmas that can start a mention
    find: Finder                       # trigger rule + builder: the drafts a token starts
    merge: MergeRule = fields_agree    # may a later mention (second) be folded into a kept one (first)?
    has_arguments: Callable[[Draft], bool] = _always  # a bare mention only repeats one told elsewhere
    also_makes: frozenset[EventType] = frozenset()     # other types its builder may produce
    # Hypothetical harm ('aftershocks could continue') is no event.
    drop_proposed: bool = False
    # A mention without a place happened at the dateline place.
    story_place: bool = False
    # A mention without a time of its own takes its sentence's ('marched on Sunday ..., and
    # police detained 38 people').
    sentence_time: bool = False
    # A mention without an actor is blamed on the story's aggressor.
    blame_aggressor: bool = False
    # May a mention of another subtype be folded into a kept one (a typhoon's floods)?
    absorbs: MergeRule = _never
    # A mention that names nobody doing it after merging is no event ('a trip to Brussels').
    needs_actor: bool = False
    # Is a later mention a share of a total the kept one told ('arrested seven ... Five suspects
    # were detained at the terminal')? A share joins the whole without moving its place.
    part_of: MergeRule = _never
    # Which casualty facts link to it: harm (killed, wounded ...) or custody (arrested).
    casualties: Literal["harm", "custody"] | None = None
    produces: frozenset[EventType] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "produces", frozenset({self.name}) | self.also_makes)


EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind("meeting", meeting.TRIGGERS, meeting.find, meeting.can_merge, meeting.has_arguments, story_place=True),
    EventKind("attack", attack.TRIGGERS, attack.find, has_arguments=attack.has_arguments, drop_proposed=True,
              story_place=True, blame_aggressor=True, casualties="harm"),
    EventKind("disaster", disaster.TRIGGERS, disaster.find, disaster.can_merge, drop_proposed=True,
              story_place=True, casualties="harm", absorbs=disaster.absorbs),
    EventKind("demand", demand.TRIGGERS, demand.find, demand.can_merge),
    EventKind("travel", travel.TRIGGERS, travel.find, travel.can_merge, needs_actor=True),
    EventKind("declaration", declaration.TRIGGERS, declaration.find, also_makes=frozenset({"mourning"}),
              story_place=True),
    EventKind("arrest", arrest.TRIGGERS, arrest.find, arrest.can_merge, casualties="custody", story_place=True,
              part_of=arrest.part_of,
              sentence_time=True),
    EventKind("legal_action", legal.TRIGGERS, legal.find, legal.can_merge, legal.has_arguments, story_place=True),
    EventKind("protest", protest.TRIGGERS, protest.find, protest.can_merge, protest.has_arguments, drop_proposed=True,
              story_place=True, casualties="custody", sentence_time=True),
    EventKind("sanction", penalty.TRIGGERS, penalty.find, sanction.can_merge),   # measures and penalties
    EventKind("agreement", agreement.TRIGGERS, agreement.find, agreement.can_merge, agreement.has_arguments),
    EventKind("aid", aid.TRIGGERS, aid.find, aid.can_merge),
)

KIND_OF: dict[str, EventKind] = {made: kind for kind in EVENT_KINDS for made in kind.produces}
# Every word a row can start a mention from; any other token only starts one as part of an ORG
# entity (a summit named as an organisation). Checked first, because most tokens trigger nothing
# and reading their arguments is what costs.
TRIGGER_WORDS: frozenset[str] = frozenset().union(*(kind.triggers for kind in EVENT_KINDS))
