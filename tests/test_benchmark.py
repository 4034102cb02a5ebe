"""The benchmark script keeps working: its quick version runs once in every test run.

Its figures are not asserted here (machines are shared and noisy); the full run
prints them against their budgets, and the README keeps the table.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "perf" / "bench.py"


def test_the_quick_benchmark_runs_and_reports_every_budget(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for figure in (
        "start to first painted board",
        "open a board of",
        "one move, drop to committed",
        "one move, 99th percentile",
        "cumulative chart over",
        "CSV export of",
        "peak memory",
    ):
        assert figure in done.stdout
    rows = [line for line in done.stdout.splitlines() if line.endswith(("pass", "FAIL"))]
    assert len(rows) == 8
