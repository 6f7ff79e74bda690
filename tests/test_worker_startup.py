"""What a worker process readies before it says so: one embedding thread per analysis by default,
a warm analyzer (a part that cannot be readied is left to the first job, not fatal), and a
document reader whose children do not import the program's main script modules again."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analyzer.config import EmbeddingSettings, Settings, StoreSettings
from analyzer.pipeline import Analyzer
from analyzer.warmup import warm_up
from api.worker import worker_settings

REPO = Path(__file__).resolve().parents[1]


def test_a_worker_embeds_on_one_thread_unless_told_otherwise(tmp_path: Path) -> None:
    assert worker_settings(Settings(data_dir=tmp_path)).embedding.threads == 1
    told = Settings(data_dir=tmp_path, embedding=EmbeddingSettings(threads=3))
    assert worker_settings(told).embedding.threads == 3


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_warm_up_leaves_an_unreachable_store_to_the_first_job(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = StoreSettings(mode="http", port=closed_port())
    analyzer = Analyzer(Settings(data_dir=tmp_path, store=store))
    with caplog.at_level(logging.INFO, logger="analyzer.warmup"):
        warm_up(analyzer)
    messages = [record.getMessage() for record in caplog.records]
    assert any("warm-up:" in m and "Chroma server" in m for m in messages), messages
    assert any(m.startswith("warmed up in") for m in messages), messages


MAIN = """
import sys

import marker_module  # as the `gapcard` script imports the CLI

from analyzer.config import IngestSettings
from analyzer.ingest.isolated import ingest_isolated, preload_in_reader

if __name__ == "__main__":
    if sys.argv[1] == "preload":
        preload_in_reader("marker_module")
    for number in range(3):
        memo = f"# Memo {number}\\n\\nText.\\n".encode()
        assert ingest_isolated(memo, "m.md", IngestSettings()).format == "markdown"
"""


@pytest.mark.parametrize(("mode", "imports"), [("plain", 4), ("preload", 2)])
def test_reader_children_reuse_what_the_fork_server_preloaded(
    tmp_path: Path, mode: str, imports: int
) -> None:
    """Every child re-runs the main script; preloaded, its imports happen once in the fork server
    instead of once per document (the main process imports it once either way)."""
    log = tmp_path / "imports.log"
    (tmp_path / "marker_module.py").write_text(
        f"with open({str(log)!r}, 'a') as out:\n    out.write('imported\\n')\n"
    )
    (tmp_path / "main.py").write_text(textwrap.dedent(MAIN))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)])}
    done = subprocess.run(
        [sys.executable, str(tmp_path / "main.py"), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert log.read_text().count("imported") == imports


YIELD = """
import os, sys
from analyzer.config import APISettings, Settings
from api.worker import yield_cpu

before = os.nice(0)
yield_cpu(Settings(api=APISettings(worker_idle_class=sys.argv[1] == "on", worker_nice=5)))
print(os.sched_getscheduler(0) == os.SCHED_IDLE, os.nice(0) - before)
"""


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="SCHED_IDLE is Linux's")
@pytest.mark.parametrize(("idle_class", "expected"), [("on", "True 5"), ("off", "False 5")])
def test_a_worker_yields_the_cpu_to_requests(idle_class: str, expected: str) -> None:
    """In its own process: the scheduling class cannot be left again without privileges."""
    done = subprocess.run(
        [sys.executable, "-c", YIELD, idle_class],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == expected.split()
