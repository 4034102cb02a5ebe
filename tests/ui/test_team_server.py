"""A window on a team server: other desktops' changes within a second, the signed-in
member, a viewer's read-only board, and a lost connection found and mended by itself."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from tests import pg_server
from tests.ui.helpers import shown


@pytest.fixture
def team(clock):
    url = pg_server.fresh_database()
    store = open_store(url, clock=clock)
    yield url, store
    store.close()


def test_another_desktops_move_shows_within_a_second(qtbot, team, make_window, clock):
    url, store = team
    board = ops.default_board(store)
    card = ops.add_card(store, board.id, "Shadow board").card_id
    window = make_window(store, board)
    other = open_store(url, clock=clock)  # another desktop, or the command line
    ops.move_card(other, card, Stage.IMPROVE)
    ops.add_card(other, board.id, "Two bins")
    other.close()
    qtbot.waitUntil(lambda: shown(window, Stage.IMPROVE) == ["Shadow board"], timeout=1000)
    qtbot.waitUntil(lambda: shown(window, Stage.STANDARD) == ["Two bins"], timeout=1000)


def test_a_lost_connection_makes_the_board_read_only_until_it_is_back(
    qtbot, team, make_window, errors
):
    from kaizen_board.ui import live

    url, store = team
    board = ops.default_board(store)
    window = make_window(store, board)
    window.session.live._timer.setInterval(200)
    live.RETRY_MS = 200
    pg_server.shared().admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"
    )
    qtbot.waitUntil(lambda: window.controller.read_only is not None, timeout=3000)
    assert window.read_only_label.isVisibleTo(window)
    window.board_widget.capture.setText("Typed while away")
    window.controller.add_card("Typed while away")
    assert "read-only" in errors[-1]
    qtbot.waitUntil(lambda: window.controller.read_only is None, timeout=5000)
    assert not window.read_only_label.isVisibleTo(window)
    assert window.controller.add_card("Saved once back") is not None
    assert shown(window, Stage.STANDARD)[0] == "Saved once back"


def test_a_change_tried_while_the_server_is_down_is_refused_and_the_window_carries_on(
    qtbot, make_window, errors, clock
):
    """A server shut down for real (not only the listening connection cut): the board
    goes read-only, a change tried meanwhile is said not made, the columns keep what they
    showed, and once the server is back the window is as before."""
    from kaizen_board.ui import live

    server = pg_server.PostgresServer().start()  # a server of this test's own to stop
    try:
        server.admin("CREATE DATABASE outage")
        store = open_store(server.url("outage"), clock=clock)
        board = ops.default_board(store)
        ops.add_card(store, board.id, "Before the outage")
        window = make_window(store, board)
        window.session.live._timer.setInterval(200)
        live.RETRY_MS = 200
        server.pause()
        qtbot.waitUntil(lambda: window.controller.read_only is not None, timeout=5000)
        assert window.controller.add_card("Typed while away") is None
        assert "read-only" in errors[-1]
        assert shown(window, Stage.STANDARD) == ["Before the outage"]
        window.controller.external_change()  # a reload that cannot read keeps the board
        assert shown(window, Stage.STANDARD) == ["Before the outage"]
        server.resume()
        qtbot.waitUntil(lambda: window.controller.read_only is None, timeout=10000)
        assert window.controller.add_card("Saved once back") is not None
        assert shown(window, Stage.STANDARD) == ["Saved once back", "Before the outage"]
        window.close()
        store.close()
    finally:
        server.stop()


def test_a_viewers_window_says_it_is_read_only_and_the_member_cannot_be_switched(
    qtbot, team, make_window, clock, errors
):
    from kaizen_board.store.postgresql.team import add_person, init_team

    url, store = team
    init_team(store)
    add_person(store, "screen", viewer=True)
    ops.add_card(store, ops.default_board(store).id, "On the wall")
    viewer = open_store(pg_server.as_role(url, "screen"), clock=clock)
    window = make_window(viewer, ops.default_board(viewer))
    assert "a viewer" in window.read_only_label.text()
    assert not window.board_widget.capture.isEnabled()
    assert not window.toolbar.member_box.isEnabled()
    assert window.toolbar.member_box.currentText() == "screen"
    window.controller.archive([ops.list_cards(viewer, 1).__next__().id])
    assert "read-only" in errors[-1]
    assert shown(window, Stage.STANDARD) == ["On the wall"]
    viewer.close()


def test_the_window_asks_for_a_password_when_the_server_wants_one(
    qtbot, team, make_window, monkeypatch, store, board, errors
):
    from kaizen_board.ui.dialogs import open_dialog

    url, _team_store = team
    server = pg_server.shared()
    user = pg_server.PASSWORD_USER
    server.admin(f"DROP ROLE IF EXISTS {user}")
    server.admin(f"CREATE ROLE {user} LOGIN SUPERUSER PASSWORD 'tomato soup'")
    window = make_window(store, board)
    asked = []
    monkeypatch.setattr(
        open_dialog, "ask_password", lambda _parent, where: asked.append(where) or "tomato soup"
    )
    assert window.open_location(pg_server.as_role(url, user))
    assert len(asked) == 1
    assert window.store.member_name == user
    assert "tomato" not in window.windowTitle() + window.store.location
    assert errors == []


def test_a_window_started_on_a_server_that_wants_a_password_asks_for_it(
    qtbot, team, monkeypatch, settings
):
    from kaizen_board.ui import app as gui_app
    from kaizen_board.ui.dialogs import open_dialog

    url, _team_store = team
    server = pg_server.shared()
    user = pg_server.PASSWORD_USER
    server.admin(f"DROP ROLE IF EXISTS {user}")
    server.admin(f"CREATE ROLE {user} LOGIN SUPERUSER PASSWORD 'tomato soup'")
    asked = []
    monkeypatch.setattr(
        open_dialog, "ask_password", lambda _parent, where: asked.append(where) or "tomato soup"
    )
    app = gui_app.QApplication.instance()
    window = gui_app.start_window(app, pg_server.as_role(url, user), None, settings)
    qtbot.addWidget(window)
    store, board = window.store, window.controller.board
    try:
        assert len(asked) == 1
        assert "tomato" not in asked[0]
        assert store.member_name == user
        assert board.name == ops.default_board(store).name
    finally:
        store.close()


def test_a_window_started_on_a_server_that_is_down_offers_retry_or_another_database(
    qtbot, monkeypatch, settings, tmp_path
):
    """The message names the server; Retry tries again; "Open another…" opens a file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kaizen_board.ui import app as gui_app
    from kaizen_board.ui.dialogs import open_dialog

    down = "postgresql://aiko:secret@127.0.0.1:1/kaizen"
    said, presses = [], ["Retry", "Open &another…"]

    def press_next() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_next)
            return
        said.append(box.text())
        wanted = presses.pop(0).replace("&", "")
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        button.click()
        if presses:
            QTimer.singleShot(20, press_next)

    QTimer.singleShot(20, press_next)
    monkeypatch.setattr(open_dialog, "ask_location", lambda _parent: str(tmp_path / "b.sqlite"))
    app = QApplication.instance()
    window = gui_app.start_window(app, down, None, settings)
    qtbot.addWidget(window)
    store, board = window.store, window.controller.board
    try:
        assert len(said) == 2, said
        assert all("127.0.0.1" in text and "secret" not in text for text in said)
        assert store.location == str(tmp_path / "b.sqlite")
        assert board.name
    finally:
        store.close()


def test_a_window_on_a_team_server_takes_no_file_backups_and_says_how(
    qtbot, team, make_window, errors, tmp_path, monkeypatch
):
    """A server is no file: no daily backup is tried beside its address, and Restore
    from backup says how a team board is backed up and restored."""
    monkeypatch.chdir(tmp_path)
    url, store = team
    window = make_window(store, ops.default_board(store))
    window.safety.start_daily_backup()
    window.safety.wait_for_background_work()
    qtbot.wait(50)
    window.safety.restore_from_backup()
    assert len(errors) == 1
    assert "is a team server" in errors[0]
    assert list(tmp_path.iterdir()) == []


def test_a_search_on_a_team_board_is_counted_in_the_background_and_a_newer_one_wins(
    qtbot, team, make_window
):
    from kaizen_board.ops import CardFilter
    from tests.helpers import add_cards_in_bulk

    url, store = team
    board = ops.default_board(store)
    add_cards_in_bulk(
        store,
        board.id,
        ({"title": f"idea {n}", "tags": "5S" if n % 2 else ""} for n in range(3000)),
    )
    window = make_window(store, board)
    model = window.board_widget.models[Stage.STANDARD]
    model.set_search(CardFilter.parse("idea"))  # stopped on the server by the next one
    model.set_search(CardFilter.parse("tag:5s"))
    header = window.board_widget.columns[Stage.STANDARD].header
    qtbot.waitUntil(lambda: header.text().endswith("1500 of 3000"), timeout=5000)
    window.board_widget.stop_counting()
