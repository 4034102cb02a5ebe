"""Where a card sits in its stage: sparse ranks, so a move writes one row.

Cards of a stage are ordered by (rank, id). A card placed between two others takes
the rank halfway between theirs; ranks start `RANK_GAP` apart, so a place can be
split about 32 times before its stage is respaced, which rewrites every rank of that
stage once. Archived cards keep their rank but take no place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from peewee import SQL, fn

from kaizen_board.errors import InvalidInput
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card
from kaizen_board.translation import translate

RANK_GAP = 2**32


def live_in_stage(
    board_id: int, stage: Stage, exclude: Collection[int] = (), *, by_index: bool = True
):
    """The condition for a stage's live (not archived) cards, less those in `exclude`.

    Not `by_index`, the board and stage are compared as expressions, which no index
    serves: the database then finds the cards by another condition (a search's ids from
    the text index) instead of walking the whole column.
    """
    if not by_index:
        return (
            ((Card.board + 0) == board_id)
            & (Card.stage.concat("") == stage.value)
            & Card.archived_at.is_null(True)
        )
    condition = (
        (Card.board == board_id) & (Card.stage == stage.value) & Card.archived_at.is_null(True)
    )
    if exclude:
        condition &= Card.id.not_in(list(exclude))
    return condition


def after_in_order(rank: int, card_id: int):
    """Cards after (rank, card_id) in board order. The bound on rank alone lets a database
    start its walk of the column's index there (PostgreSQL does not from the OR)."""
    return (Card.rank >= rank) & ((Card.rank > rank) | (Card.id > card_id))


def before_in_order(rank: int, card_id: int):
    """Cards before (rank, card_id) in board order; see after_in_order."""
    return (Card.rank <= rank) & ((Card.rank < rank) | (Card.id < card_id))


def count_in_stage(board_id: int, stage: Stage, exclude: Collection[int] = ()) -> int:
    return Card.select().where(live_in_stage(board_id, stage, exclude)).count()


def neighbours(
    board_id: int, stage: Stage, index: int | None, exclude: Collection[int] = ()
) -> tuple[int | None, int | None]:
    """The ranks just above and just below cards put at `index` (None: at the end).

    `index` counts the live cards of the stage other than those in `exclude` (the
    cards being placed), 0 for the top.
    """
    live = live_in_stage(board_id, stage, exclude)
    if index is None:
        return Card.select(fn.MAX(Card.rank)).where(live).scalar(), None
    if index < 0:
        raise InvalidInput(
            translate("Ranks", "position {index} is out of range: positions start at 0").format(
                index=index
            )
        )
    query = (
        Card.select(Card.rank)
        .where(live)
        .order_by(Card.rank, Card.id)
        .limit(2)
        .offset(max(index - 1, 0))
    )
    ranks = [rank for (rank,) in query.tuples()]
    if index == 0:
        return None, (ranks[0] if ranks else None)
    if not ranks:
        count = count_in_stage(board_id, stage, exclude)
        raise InvalidInput(
            translate(
                "Ranks",
                "position {index} is out of range: {stage} has %n other card(s), so positions "
                "go from 0 to {count}",
                None,
                count,
            ).format(index=index, stage=stage.title, count=count)
        )
    return ranks[0], (ranks[1] if len(ranks) > 1 else None)


def ranks_between(above: int | None, below: int | None, count: int) -> list[int] | None:
    """`count` increasing ranks strictly between two (None: no limit); None if no room."""
    if above is None and below is None:
        return [number * RANK_GAP for number in range(count)]
    if above is None:
        return [below - (count - number) * RANK_GAP for number in range(count)]
    if below is None:
        return [above + (number + 1) * RANK_GAP for number in range(count)]
    step = (below - above) // (count + 1)
    if step < 1:
        return None
    return [above + (number + 1) * step for number in range(count)]


Neighbours = Callable[[], tuple[int | None, int | None]]


def at_index(board_id: int, stage: Stage, index: int | None, cards: Collection[int]) -> Neighbours:
    """The place at `index` (None: the end), counting the stage's cards not in `cards`."""
    return lambda: neighbours(board_id, stage, index, cards)


def beside(
    store: Store,
    board_id: int,
    stage: Stage,
    anchor_id: int,
    *,
    below: bool,
    cards: Collection[int],
) -> Neighbours:
    """The place just below (or above) a live card of the stage that is not in `cards`.

    Found by the anchor's rank in one index lookup, however far down the column it is:
    two one-row statements a drop runs, written out once (Engine.prepared).
    """

    def find() -> tuple[int | None, int | None]:
        database = store.database
        others = tuple(cards)
        sql = store.engine.prepared(
            database,
            ("beside", below, len(others)),
            lambda quote, param: _beside_sql(quote, param, below, len(others)),
        )
        found = database.execute_sql(sql, (board_id, stage.value, *others, anchor_id)).fetchone()
        if (
            found is None
            or anchor_id in cards
            or tuple(found[1:4]) != (board_id, stage.value, None)
        ):
            raise InvalidInput(
                translate(
                    "Ranks", "card #{card} is not a card of {stage} to place others by"
                ).format(card=anchor_id, stage=stage.title)
            )
        rank, nearest = found[0], found[4]
        return (rank, nearest) if below else (nearest, rank)

    return find


def _beside_sql(quote: str, param: str, below: bool, excluded: int) -> str:
    """The anchor's rank, board, stage and archived time, and the rank of the live card
    of its stage just below (or above) it other than `excluded` cards (as live_in_stage
    and after_in_order, before_in_order say): one statement, one index seek each."""

    def name(column: str, table: str = "") -> str:
        return f"{table}{quote}{column}{quote}"

    rank, card_id = name("rank", "n."), name("id", "n.")
    anchor_rank, anchor_id = name("rank", "a."), name("id", "a.")
    sign, order = (">", "") if below else ("<", " DESC")
    others = f" AND {card_id} NOT IN ({', '.join([param] * excluded)})" if excluded else ""
    nearest = (
        f"(SELECT {rank} FROM {name('card')} n WHERE {name('board_id', 'n.')} = {param} "
        f"AND {name('stage', 'n.')} = {param} AND {name('archived_at', 'n.')} IS NULL{others} "
        f"AND {rank} {sign}= {anchor_rank} AND ({rank} {sign} {anchor_rank} "
        f"OR {card_id} {sign} {anchor_id}) ORDER BY {rank}{order}, {card_id}{order} LIMIT 1)"
    )
    columns = ", ".join(
        name(column, "a.") for column in ("rank", "board_id", "stage", "archived_at")
    )
    return f"SELECT {columns}, {nearest} FROM {name('card')} a WHERE {anchor_id} = {param}"


def ranks_for(
    board_id: int,
    stage: Stage,
    place: Neighbours,
    count: int,
    found: tuple[int | None, int | None] | None = None,
) -> list[int]:
    """`count` free increasing ranks at a place in the stage, respacing if need be
    (`found`: its neighbours' ranks, if they were just looked up)."""
    ranks = ranks_between(*(found or place()), count)
    if ranks is None:
        respace(board_id, stage)
        ranks = ranks_between(*place(), count)
    assert ranks is not None, "respaced ranks always leave room"
    return ranks


def rank_for(board_id: int, stage: Stage, index: int | None, card_id: int | None) -> int:
    """A free rank that puts one card at `index` in the stage (None: a new card)."""
    cards = () if card_id is None else (card_id,)
    return ranks_for(board_id, stage, at_index(board_id, stage, index, cards), 1)[0]


def already_placed(
    placed: list[tuple[str, int]], stage: Stage, neighbours: tuple[int | None, int | None]
) -> bool:
    """Whether cards, now at these (stage, rank) in this order, already sit between the
    neighbours' ranks (above, below) of a place.

    A place's neighbours are the closest cards outside the group, so any card between
    them belongs to the group.
    """
    ranks = [rank for card_stage, rank in placed if card_stage == stage.value]
    if len(ranks) != len(placed) or not all(a < b for a, b in zip(ranks, ranks[1:], strict=False)):
        return False
    above, below = neighbours
    return (above is None or above < ranks[0]) and (below is None or ranks[-1] < below)


def rank_near(board_id: int, stage: Stage, rank: int, exclude_id: int) -> int:
    """`rank` if no live card of the stage holds it, else a rank just after that card.

    Restoring or undoing puts a card back where it was among the cards that were
    its neighbours, even if the stage changed in between.
    """
    live = live_in_stage(board_id, stage, (exclude_id,))
    if not Card.select().where(live & (Card.rank == rank)).exists():
        return rank
    before = _count(live & (Card.rank <= rank))
    return rank_for(board_id, stage, before, exclude_id)


def position_of(
    board_id: int, stage: Stage, rank: int, card_id: int, exclude: Collection[int] = ()
) -> int:
    """The index of a live card in its stage: how many live cards (other than those in
    `exclude`) come before it."""
    # Two range counts: an OR of both conditions would scan the whole stage.
    others = live_in_stage(board_id, stage, (card_id, *exclude))
    lower = _count(others & (Card.rank < rank))
    return lower + _count(others & (Card.rank == rank) & (Card.id < card_id))


def _count(condition) -> int:
    return Card.select(fn.COUNT(SQL("*"))).where(condition).scalar()


def respace(board_id: int, stage: Stage) -> None:
    """Give the stage's live cards ranks RANK_GAP apart, keeping their order."""
    numbered = (
        Card.select(
            Card.id.alias("card_id"),
            fn.ROW_NUMBER().over(order_by=[Card.rank, Card.id]).alias("number"),
        )
        .where(live_in_stage(board_id, stage))
        .alias("numbered")
    )
    (
        Card.update(rank=numbered.c.number * RANK_GAP)
        .from_(numbered)
        .where(Card.id == numbered.c.card_id)
        .execute()
    )
