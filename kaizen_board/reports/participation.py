"""Participation: how many of a board's team submitted an idea lately, and the ideas per
member over a year, week by week.

Kaizen asks for small ideas from everyone, so this names who has not submitted one yet,
sorted by name, and never ranks anyone by how many they made. The counts come from the
running totals the database keeps (reports/tallies.py): one statement for the ideas of
every week, one set for who submitted them, whatever the number of events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from peewee import fn

from kaizen_board.events import EventKind
from kaizen_board.reports import tallies, wrapping
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.store import Store
from kaizen_board.store.models import BoardMember, CreditTally, Member
from kaizen_board.times import DAY_MICROS, from_micros, to_micros
from kaizen_board.translation import translate

RECENT_WEEKS = 4  # "submitted an idea lately": in the last four weeks
YEAR_WEEKS = 52


@dataclass(frozen=True)
class Participation:
    """A board's participation as an ISO week ended (as it is now, for a week not over).

    Attributes:
        week: the last week counted.
        team: who was on the board's team then, sorted by name.
        submitted: those of them with an idea in the RECENT_WEEKS weeks up to `week`.
        not_yet: the rest of the team, sorted by name.
        ideas: the board's ideas in the YEAR_WEEKS weeks up to `week`.
    """

    week: IsoWeek
    team: list[str]
    submitted: list[str]
    not_yet: list[str]
    ideas: int

    @property
    def ideas_per_member(self) -> float | None:
        """Ideas of the last YEAR_WEEKS weeks per member of the team (None: no team)."""
        return self.ideas / len(self.team) if self.team else None

    def share(self) -> str:
        """ "3 of 5": who submitted of the team, as a page says it."""
        if not self.team:
            return translate("Participation", "no team yet")
        return translate("Participation", "{submitted} of {team}").format(
            submitted=len(self.submitted), team=len(self.team)
        )

    def per_member(self) -> str:
        """The ideas per member as a page says it: "1.5", or "—" without a team."""
        ideas = self.ideas_per_member
        return "—" if ideas is None else f"{ideas:.1f}"


@dataclass(frozen=True)
class _Member:
    id: int
    name: str
    joined: datetime
    left: datetime | None

    def on_team(self, moment: datetime) -> bool:
        return self.joined <= moment and (self.left is None or self.left > moment)


def weeks_between(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    """The ISO weeks from `first` to `last`, both included."""
    weeks = []
    while first <= last:
        weeks.append(first)
        first = IsoWeek.of(first.monday + timedelta(weeks=1))
    return weeks


def weeks_before(week: IsoWeek, count: int) -> IsoWeek:
    return IsoWeek.of(week.monday - timedelta(weeks=count))


def participation(
    store: Store, board_id: int, weeks: Sequence[IsoWeek], tz: tzinfo | None = None
) -> list[Participation]:
    """The participation as each of the weeks ended, in the order given."""
    if not weeks:
        return []
    last = max(weeks)
    every = weeks_between(weeks_before(min(weeks), YEAR_WEEKS - 1), last)
    bounds = [week.bounds(tz) for week in every]
    spans = [(to_micros(start), to_micros(end)) for start, end in bounds]
    numbers = {week: number for number, week in enumerate(every)}
    # Who submitted is read for the weeks a figure counts it over, no others.
    recent = sorted({numbers[week] - back for week in weeks for back in range(RECENT_WEEKS)})
    with store.read():
        ideas = tallies.count_in_spans(board_id, [EventKind.CREATED], spans)
        counted = tallies.credited_in_spans(
            board_id, EventKind.CREATED, [spans[number] for number in recent]
        )
        members = _team_history(board_id)
    by_member = dict(zip(recent, counted, strict=True))
    now = store.now()
    found = []
    for week in weeks:
        number = numbers[week]
        moment = min(bounds[number][1] - timedelta(microseconds=1), now)  # [start, end)
        team = [member for member in members if member.on_team(moment)]
        recent_ideas: Counter = sum(
            (by_member[number - back] for back in range(RECENT_WEEKS)), Counter()
        )
        found.append(
            Participation(
                week,
                [member.name for member in team],
                [member.name for member in team if recent_ideas[member.id]],
                [member.name for member in team if not recent_ideas[member.id]],
                sum(ideas[number - YEAR_WEEKS + 1 : number + 1]),
            )
        )
    return found


def name_lines(prefix: str, names: list[str], width: int, lines_at_most: int) -> list[str]:
    """`prefix` and the names (all of them, as given), wrapped at `width` characters; if
    they take more than `lines_at_most` lines, the last says how many more there are."""
    lines = wrapping.wrap(prefix + ", ".join(names), width) or [prefix.strip()]
    if len(lines) <= lines_at_most:
        return lines
    for shown in range(len(names) - 1, -1, -1):
        hidden = len(names) - shown  # a name, not an expression: lupdate reads only that
        listed = [*names[:shown], translate("Participation", "… and %n more", None, hidden)]
        lines = wrapping.wrap(prefix + ", ".join(listed), width)
        if len(lines) <= lines_at_most:
            return lines
    count = len(names)
    return [translate("Participation", "{prefix}%n members", None, count).format(prefix=prefix)]


def _team_history(board_id: int) -> list[_Member]:
    """Everyone who was ever on the board's team, sorted by name as ops.team_of sorts.

    A member counts as on the team from when they joined, or from the day of their first
    idea on the board if that was earlier: the teams of boards older than the team's
    table were filled in when it was made, from the cards as they were then."""
    first_ideas = dict(
        CreditTally.select(CreditTally.credit_id, fn.MIN(CreditTally.day))
        .where(
            (CreditTally.board == board_id)
            & (CreditTally.kind == EventKind.CREATED.value)
            & (CreditTally.events > 0)
        )
        .group_by(CreditTally.credit_id)
        .tuples()
    )
    rows = (
        BoardMember.select(
            Member.id, Member.name, Member.key, BoardMember.joined_at, BoardMember.left_at
        )
        .join(Member, on=(BoardMember.member == Member.id))
        .where(BoardMember.board == board_id)
        .tuples()
    )
    members = []
    for member_id, name, _key, joined, left in sorted(rows, key=lambda row: (row[2], row[1])):
        first_day = first_ideas.get(member_id)
        if first_day is not None:
            joined = min(joined, from_micros(first_day * DAY_MICROS))
        members.append(_Member(member_id, name, joined, left))
    return members
