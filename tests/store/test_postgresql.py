"""The team server: connecting (passwords never shown), a clear message for each way it
fails, and several desktops changing one board at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest

from kaizen_board import ops
from kaizen_board.errors import DatabaseProblem, InvalidInput
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.models import Card, StageCount
from kaizen_board.store.postgresql.opening import redact
from kaizen_board.transfer.export import export_board
from kaizen_board.transfer.importer import import_board
from tests import pg_server
from tests.helpers import add_cards_in_bulk


@pytest.fixture
def team_url():
    return pg_server.fresh_database()


def test_a_password_in_the_address_is_never_shown():
    assert redact("postgresql://kenji:s3cr%40t@db.example:5432/team") == (
        "postgresql://kenji:***@db.example:5432/team"
    )
    assert redact("postgresql://kenji@/team?host=/run&password=abc&sslmode=require") == (
        "postgresql://kenji@/team?host=/run&password=***&sslmode=require"
    )
    with pytest.raises(DatabaseProblem) as refused:
        open_store("postgresql://kenji:s3cret@127.0.0.1:1/team")
    message = str(refused.value)
    assert "s3cret" not in message
    assert "postgresql://kenji:***@127.0.0.1:1/team cannot be reached" in message


def test_the_command_line_says_a_server_is_down_and_exits_2():
    done = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "list", "--db", "postgresql://x:pw@127.0.0.1:1/t"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "cannot be reached" in done.stderr
    assert "pw" not in done.stderr.replace("postgresql", "")
    assert "Traceback" not in done.stderr


def test_without_the_team_extra_the_message_says_how_to_install_it(team_url):
    script = textwrap.dedent(
        f"""
        import sys
        class NoPsycopg:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "psycopg":
                    raise ImportError("no psycopg here")
        sys.meta_path.insert(0, NoPsycopg())
        from kaizen_board.app import main
        sys.exit(main(["list", "--db", {team_url!r}]))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 2
    assert "pip install 'kaizen-board[team]' (in a checkout: -c constraints.txt)" in done.stderr


def test_the_db_options_help_names_a_team_servers_address():
    shown = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "list", "--help"], capture_output=True, text=True
    )
    assert "sqlite:/// or postgresql:// URL" in " ".join(shown.stdout.split())


def test_ids_kept_by_an_import_are_never_given_again(team_url, tmp_path, clock):
    source = open_store(tmp_path / "laptop.sqlite", clock=clock)
    for title in ("Shadow board", "Two bins", "Spill kit"):
        ops.add_card(source, ops.default_board(source).id, title)
    export_board(source, ops.default_board(source).id, tmp_path / "board.csv")
    source.close()
    team = open_store(team_url, clock=clock)
    assert import_board(team, tmp_path / "board.csv").kept_ids
    new = ops.add_card(team, ops.default_board(team).id, "Made on the server").card_id
    assert new == 4
    team.close()


WRITER = textwrap.dedent(
    """
    import random, sys
    from kaizen_board import ops
    from kaizen_board.errors import KaizenError
    from kaizen_board.store import open_store
    store = open_store(sys.argv[1], member_name=f"desk {sys.argv[2]}")
    board = ops.default_board(store).id
    rng = random.Random(int(sys.argv[2]))
    stages = ["standard", "meet", "improve", "restandardize"]
    made = refused = 0
    for step in range(60):
        cards = [card.id for card in ops.list_cards(store, board)]
        try:
            if not cards or rng.random() < 0.3:
                ops.add_card(store, board, f"idea {sys.argv[2]}-{step}")
                made += 1
            else:
                ops.move_card(store, rng.choice(cards), rng.choice(stages), 0)
        except KaizenError:
            refused += 1  # a card changed by another desk at the same moment: said, not lost
    print(made, refused)
    """
)


@pytest.mark.slow
def test_several_desktops_changing_one_board_at_once_keep_its_rules(team_url, clock):
    ops.default_board(open_store(team_url, clock=clock))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, team_url, str(number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(4)
    ]
    made = 0
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        made += int(out.split()[0])
    store = open_store(team_url, clock=clock)
    board = ops.default_board(store).id
    cards = list(ops.list_cards(store, board))
    assert len(cards) == made  # every card acknowledged is there
    for stage in Stage:
        column = [card for card in cards if card.stage is stage]
        assert [card.position for card in column] == list(range(len(column)))
        assert len({card.rank for card in column}) == len(column)  # no two on one place
        assert ops.column_count(store, board, stage) == len(column)  # counts kept true
    with store.read():
        kept = dict(StageCount.select(StageCount.stage, StageCount.live).tuples())
        created = Card.select().count()
    assert sum(kept.values()) == created == made
    store.close()


def test_two_desktops_opening_an_empty_database_at_once_make_one_schema(team_url):
    pg_server.shared().admin("DROP DATABASE IF EXISTS kaizen_empty WITH (FORCE)")
    pg_server.shared().admin("CREATE DATABASE kaizen_empty")
    url = pg_server.shared().url("kaizen_empty")
    script = (
        "import sys; from kaizen_board.store import open_store; open_store(sys.argv[1]).close()"
    )
    openers = [subprocess.Popen([sys.executable, "-c", script, url]) for _ in range(3)]
    assert [opener.wait(timeout=120) for opener in openers] == [0, 0, 0]
    store = open_store(url)
    assert [board.name for board in ops.list_boards(store)] in ([], ["Kaizen"])
    store.close()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *args], capture_output=True, text=True
    )


def test_the_server_decides_who_may_change_the_board_and_who_only_reads(team_url, clock):
    assert _run("team", "init", team_url).returncode == 0
    made = _run("team", "add", team_url, "aiko")
    assert made.returncode == 0, made.stderr
    assert "psql -c '\\password aiko'" in made.stdout
    assert _run("team", "add", team_url, "screen", "--viewer").returncode == 0
    # A member: changes are recorded for the role signed in, whatever name is given.
    aiko = open_store(pg_server.as_role(team_url, "aiko"), clock=clock, member_name="Kenji")
    assert (aiko.member_name, aiko.read_only) == ("aiko", None)
    card = ops.add_card(aiko, ops.default_board(aiko).id, "Shadow board", by="Kenji").card_id
    ops.move_card(aiko, card, Stage.MEET, by="Kenji")
    assert {line.member for line in ops.card_history(aiko, card)} == {"aiko"}
    aiko.close()
    # A viewer reads, and is told (never a traceback) that it may not change anything.
    screen = open_store(pg_server.as_role(team_url, "screen"), clock=clock)
    assert "a viewer" in screen.read_only
    [shown] = ops.list_cards(screen, ops.default_board(screen).id)
    assert shown.title == "Shadow board"
    with pytest.raises(DatabaseProblem, match="you may read this board but not change it"):
        ops.add_card(screen, ops.default_board(screen).id, "Not allowed")
    screen.close()
    refused = _run("add", "From the screen", "--db", pg_server.as_role(team_url, "screen"))
    assert refused.returncode == 2
    assert "you may read this board but not change it (a viewer)" in refused.stderr
    listed = _run("list", "--db", pg_server.as_role(team_url, "screen"))
    assert listed.returncode == 0
    assert "Shadow board" in listed.stdout
    # Someone the server does not know is refused by the server, clearly.
    stranger = _run("list", "--db", pg_server.as_role(team_url, "nobody"))
    assert stranger.returncode == 2
    assert "cannot be reached" in stranger.stderr
    # One who may sign in but is in neither group is told who adds them.
    pg_server.shared().admin("DROP ROLE IF EXISTS outsider")
    pg_server.shared().admin("CREATE ROLE outsider LOGIN")
    outsider = _run("list", "--db", pg_server.as_role(team_url, "outsider"))
    assert outsider.returncode == 2
    assert "outsider is neither a member nor a viewer" in outsider.stderr
    assert "kaizen-board team add URL outsider" in outsider.stderr


@pytest.fixture
def people(team_url):
    """The roles aiko (a member) and screen (a viewer); roles belong to the whole server."""
    from kaizen_board.store.postgresql.team import add_person, init_team

    store = open_store(team_url)
    init_team(store)
    add_person(store, "aiko")
    add_person(store, "screen", viewer=True)
    store.close()


def _new_database(name: str) -> str:
    """A database made with createdb only (by the superuser, its owner): no board yet."""
    server = pg_server.shared()
    server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    server.admin(f"CREATE DATABASE {name}")
    return server.url(name)


def test_a_database_never_set_up_tells_a_member_or_viewer_who_sets_it_up(people, clock):
    url = _new_database("kaizen_unset")
    for role in ("aiko", "screen"):
        with pytest.raises(DatabaseProblem) as refused:
            open_store(pg_server.as_role(url, role), clock=clock)
        message = str(refused.value)
        assert "the board is not set up on this server yet" in message
        assert "the database's owner sets it up with 'kaizen-board team init URL'" in message
        assert "a viewer" not in message
        listed = _run("list", "--db", pg_server.as_role(url, role))
        assert listed.returncode == 2
        assert "not set up on this server yet" in listed.stderr
        assert "Traceback" not in listed.stderr
    assert _run("team", "init", url).returncode == 0  # the owner sets it up
    aiko = open_store(pg_server.as_role(url, "aiko"), clock=clock)
    assert aiko.read_only is None
    aiko.close()


def _schema_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(
            "SELECT value FROM schema_info WHERE key = 'schema_version'"
        ).fetchone()[0]


def test_the_servers_board_is_upgraded_by_its_owner_and_others_are_told_so(people, clock):
    from kaizen_board.store.schema import SCHEMA_VERSION

    url = _new_database("kaizen_upgrade")
    assert _run("team", "init", url).returncode == 0  # made at this version, by its owner
    # As a board of the version before: the last step's objects gone, its number put back.
    pg_server.shared().admin(
        "DROP TRIGGER card_team_in ON card; DROP TRIGGER card_team_named ON card; "
        "DROP FUNCTION kaizen_team_joined(); DROP FUNCTION kaizen_team_named(); "
        "DROP TABLE picture; DROP TABLE board_member; "
        "ALTER TABLE card DROP COLUMN standard_version; "
        "ALTER TABLE event DROP COLUMN standard_version; "
        f"UPDATE schema_info SET value = '{SCHEMA_VERSION - 1}' WHERE key = 'schema_version'",
        "kaizen_upgrade",
    )
    told = (
        f"at schema version {SCHEMA_VERSION - 1}, and this version of Kaizen Board needs "
        f"version {SCHEMA_VERSION}: the server's board must be upgraded by its owner (postgres), "
        "with 'kaizen-board team init URL' signed in as postgres, or by opening it once"
    )
    with pytest.raises(DatabaseProblem) as refused:
        open_store(pg_server.as_role(url, "aiko"), clock=clock)
    assert told in str(refused.value)
    assert "a viewer" not in str(refused.value)
    listed = _run("list", "--db", pg_server.as_role(url, "screen"))
    assert listed.returncode == 2
    assert told in " ".join(listed.stderr.split())
    assert _schema_version(url) == str(SCHEMA_VERSION - 1)  # left as it was
    upgraded = _run("team", "init", url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"the board's schema is at version {SCHEMA_VERSION}" in upgraded.stdout
    assert _schema_version(url) == str(SCHEMA_VERSION)
    aiko = open_store(pg_server.as_role(url, "aiko"), clock=clock)
    card = ops.add_card(aiko, ops.default_board(aiko).id, "After the upgrade").card_id
    assert [line.member for line in ops.card_history(aiko, card)] == ["aiko"]
    from kaizen_board.events import EventKind
    from kaizen_board.reports import metrics

    assert metrics.count_between(aiko, ops.default_board(aiko).id, EventKind.CREATED) == 1
    # Its last step is back: the board has a team, which whoever a card names joins (by
    # the triggers the upgrade made), and a member can attach a picture.
    assert ops.current_team(aiko, ops.default_board(aiko).id) == ["aiko"]
    from tests.pictures import png_bytes

    ops.attach_picture(aiko, card, png_bytes(40, 30), name="line.png")
    assert [picture.width for picture in ops.card_pictures(aiko, card)] == [40]
    aiko.close()
    # The steps before it stay: the server records the member signed in.
    import psycopg

    with psycopg.connect(pg_server.as_role(url, "aiko"), autocommit=True) as connection:
        forged = connection.execute(
            "INSERT INTO event (board_id, card_id, kind, at, member_id, lap) "
            "SELECT board_id, id, 'moved', 1, NULL, 1 FROM card RETURNING member_id"
        ).fetchone()[0]
    assert forged is not None


def test_tables_and_sequences_an_upgrade_makes_are_granted_as_the_others(people):
    url = _new_database("kaizen_later")
    assert _run("team", "init", url).returncode == 0
    pg_server.shared().admin("CREATE TABLE made_later (id SERIAL PRIMARY KEY)", "kaizen_later")
    import psycopg

    with psycopg.connect(url) as connection:
        may = connection.execute(
            "SELECT has_table_privilege('aiko', 'made_later', 'SELECT'), "
            "has_table_privilege('aiko', 'made_later', 'INSERT'), "
            "has_table_privilege('aiko', 'made_later', 'UPDATE'), "
            "has_table_privilege('aiko', 'made_later', 'DELETE'), "
            "has_sequence_privilege('aiko', 'made_later_id_seq', 'USAGE'), "
            "has_table_privilege('screen', 'made_later', 'SELECT'), "
            "has_table_privilege('screen', 'made_later', 'INSERT')"
        ).fetchone()
    assert may == (True, True, True, True, True, True, False)


def test_a_change_when_the_connection_was_lost_is_said_unsaved_and_the_next_one_works(
    team_url, clock
):
    store = open_store(team_url, clock=clock)
    board = ops.default_board(store).id
    ops.add_card(store, board, "Before")
    (pid,) = store.database.execute_sql("SELECT pg_backend_pid()").fetchone()
    pg_server.shared().admin(f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(DatabaseProblem, match="cannot be reached"):
        ops.add_card(store, board, "Lost with the connection")
    ops.add_card(store, board, "After")  # a new connection, by itself
    assert [card.title for card in ops.list_cards(store, board)] == ["Before", "After"]
    store.close()


def test_a_window_waiting_for_no_writer_hears_busy_at_once_even_after_a_reconnect(team_url, clock):
    """The window waits 0 s for another member's lock (it retries while it repaints): on
    a team server, too, and on the new connection a lost one is replaced by."""
    import psycopg

    from kaizen_board.errors import DatabaseBusy
    from kaizen_board.store.postgresql.engine import WRITE_LOCK

    store = open_store(team_url, clock=clock)
    board = ops.default_board(store).id
    store.wait_for_writers(0)

    def busy_while_another_member_writes() -> None:
        with psycopg.connect(team_url) as other:
            other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            # Released in 2 s: a write that waited for it would succeed, not say busy.
            release = threading.Timer(2, other.rollback)
            release.start()
            try:
                with pytest.raises(DatabaseBusy, match="is busy"):
                    ops.add_card(store, board, "Waits for nobody")
            finally:
                release.cancel()
                other.rollback()

    busy_while_another_member_writes()
    (pid,) = store.database.execute_sql("SELECT pg_backend_pid()").fetchone()
    pg_server.shared().admin(f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(DatabaseProblem, match="cannot be reached"):
        ops.add_card(store, board, "Lost with the connection")
    busy_while_another_member_writes()
    ops.add_card(store, board, "Once the lock is free")
    assert [card.title for card in ops.list_cards(store, board)] == ["Once the lock is free"]
    store.close()


def test_a_laptops_board_moves_to_the_team_server_and_its_backup_comes_back(
    team_url, tmp_path, clock
):
    from kaizen_board.demo import fill_demo
    from kaizen_board.transfer.export import export_history

    laptop = tmp_path / "laptop.sqlite"
    store = open_store(laptop, clock=clock)
    fill_demo(store, ops.default_board(store).id, cards=30, weeks=3, seed=3)
    export_history(store, ops.default_board(store).id, tmp_path / "laptop.csv")
    store.close()
    moved = _run("copy", "--from", str(laptop), "--to", team_url)
    assert moved.returncode == 0, moved.stderr
    assert "Copied 'Kaizen'" in moved.stdout
    twice = _run("copy", "--from", str(laptop), "--to", team_url)
    assert twice.returncode == 2
    assert "copying it again would make two" in twice.stderr
    backup = tmp_path / "team-backup.sqlite"
    backed = _run("backup", str(backup), "--db", team_url)
    assert backed.returncode == 0, backed.stderr
    fresh = pg_server.fresh_database()
    restored = _run("copy", "--from", str(backup), "--to", fresh)
    assert restored.returncode == 0, restored.stderr
    team = open_store(fresh, clock=clock)
    export_history(team, ops.default_board(team).id, tmp_path / "team.csv")
    team.close()
    assert (tmp_path / "team.csv").read_bytes() == (tmp_path / "laptop.csv").read_bytes()


def test_a_server_that_wants_a_password_says_so_and_takes_one_given(team_url, clock):
    from kaizen_board.errors import PasswordNeeded

    server = pg_server.shared()
    user = pg_server.PASSWORD_USER
    server.admin(f"DROP ROLE IF EXISTS {user}")
    server.admin(f"CREATE ROLE {user} LOGIN SUPERUSER PASSWORD 'tomato soup'")
    url = pg_server.as_role(team_url, user)
    with pytest.raises(PasswordNeeded, match="wants a password") as asked:
        open_store(url, clock=clock)
    assert asked.value.location == url
    with pytest.raises(PasswordNeeded, match="password authentication failed") as wrong:
        open_store(url, clock=clock, password="pea soup")
    assert "pea soup" not in str(wrong.value)
    store = open_store(url, clock=clock, password="tomato soup")
    assert store.member_name == user
    assert "tomato" not in store.location
    store.close()


def test_a_team_server_keeps_no_backups_of_its_own_and_says_how_they_are_taken(team_url, tmp_path):
    """`backups` and `restore` name a server, not a file: a clear message, exit 2."""
    backup = tmp_path / "team.sqlite"
    taken = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "backup", "--db", team_url, str(backup)],
        capture_output=True,
        text=True,
    )
    assert taken.returncode == 0, taken.stderr
    for command in (["backups"], ["restore", str(backup)]):
        done = subprocess.run(
            [sys.executable, "-m", "kaizen_board", *command, "--db", team_url],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 2, done.stderr
        assert "is a team server" in done.stderr
        assert "kaizen-board copy --from FILE" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_listing_cut_short_by_its_reader_ends_quietly(team_url, clock):
    """`kaizen-board list | head -1` on a team server: no traceback, nothing changed."""
    store = open_store(team_url, clock=clock)
    board = ops.default_board(store)
    add_cards_in_bulk(store, board.id, ({"title": f"Idea {n}"} for n in range(3000)))
    store.close()  # more cards than a pipe's buffer holds
    listing = subprocess.Popen(
        [sys.executable, "-m", "kaizen_board", "list", "--db", team_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert "\tstandard\t0\t" in listing.stdout.readline()
    listing.stdout.close()  # as head does after its line
    listing.wait(timeout=60)
    assert "Traceback" not in listing.stderr.read()
    assert listing.returncode == 0


def test_on_the_team_server_each_member_confirms_for_themselves_and_shares_the_photos(
    team_url, clock, people
):
    from tests.pictures import jpeg_bytes

    owner = open_store(team_url, clock=clock)
    board = ops.default_board(owner).id
    card = ops.add_card(owner, board, "Shadow board", standard="Outline each tool").card_id
    ops.move_card(owner, card, Stage.MEET)
    owner.close()
    aiko = open_store(pg_server.as_role(team_url, "aiko"), clock=clock)
    with pytest.raises(InvalidInput, match="each member confirms for themselves"):
        ops.confirm_standard(aiko, card, member="Kenji")  # Kenji's name is not hers to use
    change = ops.confirm_standard(aiko, card, member="AIKO")
    confirmations = ops.confirmations_of(aiko, ops.card_details(aiko, card))
    assert "aiko" in confirmations.confirmed
    assert "Kenji" not in confirmations.confirmed + confirmations.missing
    ops.undo(aiko, change)  # her own change: the server lets her take it back, and the
    assert ops.confirmations_of(aiko, ops.card_details(aiko, card)).confirmed == []
    assert ops.current_team(aiko, board) == ["Tester"]  # team she joined by it
    ops.attach_picture(aiko, card, jpeg_bytes(320, 240), kind="before", name="wall.jpg")
    aiko.close()
    screen = open_store(pg_server.as_role(team_url, "screen"), clock=clock)
    [picture] = ops.card_pictures(screen, card)  # every desktop sees it
    assert (picture.kind, picture.member) == ("before", "aiko")
    assert ops.picture_bytes(screen, picture.id) == jpeg_bytes(320, 240)
    with pytest.raises(DatabaseProblem, match="you may read this board but not change it"):
        ops.confirm_standard(screen, card)
    screen.close()


def test_a_bulk_fill_leaves_the_planner_knowing_what_the_tables_hold(team_url, tmp_path):
    """Autovacuum analyzes a while after a bulk load; until then a million fresh cards'
    charts were planned as for an empty board. The fill analyzes its tables itself."""
    store = open_store(team_url, member_name="Tester")
    try:
        path = tmp_path / "cards.csv"
        path.write_text("title,stage\n" + "".join(f"Idea {n},Improve\n" for n in range(300)))
        with store.read():
            before = dict(
                store.database.execute_sql(
                    "SELECT relname, COALESCE(analyze_count, 0) FROM pg_stat_user_tables"
                ).fetchall()
            )
        assert import_board(store, path).added == 300
        with store.read():
            after = dict(
                store.database.execute_sql(
                    "SELECT relname, COALESCE(analyze_count, 0) FROM pg_stat_user_tables"
                ).fetchall()
            )
        for table in ("card", "event", "stage_count", "event_tally", "credit_tally"):
            assert after[table] > before[table], table
    finally:
        store.close()
