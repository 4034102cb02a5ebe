"""Files the program makes are readable by their owner only, whatever the umask."""

from __future__ import annotations

from pathlib import Path

from kaizen_board import ops
from kaizen_board.store import open_store
from kaizen_board.store.restore import backup_now


def test_files_the_program_makes_are_its_owners_alone_whatever_the_umask(tmp_path, clock):
    import os
    import stat

    from kaizen_board.reports.review import save_review
    from kaizen_board.reports.timeline import IsoWeek
    from kaizen_board.transfer.export import export_board
    from kaizen_board.ui import crash

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    old_mask = os.umask(0)
    try:
        path = tmp_path / "new" / "board.sqlite"
        store = open_store(path, clock=clock)
        board = ops.default_board(store)
        ops.add_card(store, board.id, "Private")
        backup = backup_now(store)
        export = export_board(store, board.id, tmp_path / "board.csv") and tmp_path / "board.csv"
        review = save_review(store, board.id, IsoWeek(2026, 48), tmp_path / "review.pdf")
        log = crash.install(tmp_path / "data")
        crash.uninstall()
        for made in (path, Path(f"{path}-wal"), backup, export, review, log):
            assert mode(made) == 0o600, made
        for folder in (path.parent, backup.parent, log.parent):
            assert mode(folder) == 0o700, folder
        store.close()
    finally:
        os.umask(old_mask)


def test_private_folders_are_never_open_to_others_even_for_a_moment(tmp_path, monkeypatch):
    import os
    import stat

    from kaizen_board.files import private_folder, private_workspace

    # What each folder's mode was when the program set it: a folder made wide and
    # narrowed afterwards is open to others for that moment.
    before_set: dict[Path, int] = {}
    real_chmod = os.chmod

    def chmod(path, mode, *args, **kwargs):
        if os.path.isdir(path):
            before_set.setdefault(Path(path), stat.S_IMODE(os.stat(path).st_mode))
        return real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", chmod)
    old_mask = os.umask(0)
    try:
        deepest = private_folder(tmp_path / "new" / "data" / "kaizen-board")
        with private_workspace(deepest, "board.csv") as inside:
            workspace = inside.parent
            modes = {folder: stat.S_IMODE(folder.stat().st_mode) for folder in (workspace,)}
    finally:
        os.umask(old_mask)
    for folder in (deepest, deepest.parent, deepest.parent.parent):
        modes[folder] = stat.S_IMODE(folder.stat().st_mode)
    assert set(modes.values()) == {0o700}, modes
    assert set(before_set.values()) <= {0o700}, before_set
