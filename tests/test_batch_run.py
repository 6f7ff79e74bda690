"""Real batches: worker processes, the offline engine, failures, resume after a rerun or a kill."""

from __future__ import annotations

import csv
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.batch.report import BatchOptions, BatchReport
from analyzer.batch.runner import run_batch
from analyzer.config import Settings
from analyzer.models import Scorecard
from cli.main import app

REPO = Path(__file__).resolve().parents[1]
TOTAL = 10  # documents in the kill-and-resume test
PLAN = """# {org} AI plan {version}

## Outcomes

We will cut claims-handling cost per claim by {cut}% by Q4 2027 and reduce first-response time.

## Governance

An AI Risk Council chaired by the CISO reviews every use case before production, monthly.
{extra}
"""
OWNERS = "\n## Owners\n\nAccountable: Priya Nair, COO, owns the programme and reports quarterly.\n"


def plan_text(org: str, version: str, *, cut: int = 20, owners: bool = False) -> str:
    return PLAN.format(org=org, version=version, cut=cut, extra=OWNERS if owners else "")


def write_docx(path: Path, title: str, paragraphs: list[str]) -> None:
    from docx import Document

    document = Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def settings_for(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir)


def json_mtimes(out: Path) -> dict[str, int]:
    """Scorecard files (not failure records) and when they were written."""
    found = {}
    for path in (out / "reports").glob("*.json"):
        if not path.name.endswith(".error.json"):
            try:
                found[path.name] = path.stat().st_mtime_ns
            except FileNotFoundError:  # replaced between listing and stat
                continue
    return found


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive") / "plans"
    (root / "north").mkdir(parents=True)
    (root / "north" / "plan-v1.md").write_text(plan_text("Northgate", "v1"))
    (root / "north" / "plan-v2.md").write_text(plan_text("Northgate", "v2", owners=True))
    (root / "memo.txt").write_text(plan_text("Ravenscar", "memo", cut=12).replace("#", ""))
    write_docx(root / "board.docx", "Board paper", plan_text("Fernhill", "", cut=9).split("\n\n"))
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a word file")
    (root / ".DS_Store").write_bytes(b"\0\0")
    (root / "budget.xlsx").write_bytes(b"PK")
    with zipfile.ZipFile(root / "client.zip", "w") as archive:
        archive.writestr("inside.md", plan_text("Calder", "zip", owners=True))
        archive.writestr("../escape.md", "# escape")
    return root


@pytest.fixture(scope="module")
def first_run(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> BatchReport:
    out = tmp_path_factory.mktemp("out")
    options = BatchOptions(paths=[folder], out_dir=out, workers=2, diff_versions=True)
    return run_batch(options, settings_for(out.parent / "data-first"))


def test_batch_analyses_everything_and_records_failures(first_run: BatchReport) -> None:
    out = first_run.summary_csv.parent  # type: ignore[union-attr]
    statuses = {row.path: row.status for row in first_run.rows}
    assert statuses == {
        "plans/north/plan-v1.md": "ok",
        "plans/north/plan-v2.md": "ok",
        "plans/memo.txt": "ok",
        "plans/board.docx": "ok",
        "plans/broken.docx": "failed",
        "plans/client.zip/inside.md": "ok",
        "plans/client.zip/../escape.md": "refused",
        "plans/.DS_Store": "skipped",
        "plans/budget.xlsx": "skipped",
    }
    assert first_run.exit_code == 1 and first_run.analysed == 6 and first_run.workers == 2
    for row in first_run.rows:
        if row.status == "ok":
            card = Scorecard.model_validate_json((out / row.scorecard_json).read_bytes())
            assert card.document.name == row.path and card.score == row.score
            assert (out / row.report).read_text().count('<article class="check') == 7
    with open(out / "summary.csv", encoding="utf-8") as handle:
        table = {row["path"]: row for row in csv.DictReader(handle)}
    assert table["plans/broken.docx"]["error"].startswith(("ingest_error", "unsupported_format"))
    assert "escapes the archive" in table["plans/client.zip/../escape.md"]["error"]
    assert table["plans/memo.txt"]["owners"] in ("present", "partial", "absent")
    assert 'href="reports/plans__memo.txt.html"' in (out / "summary.html").read_text()


def test_both_workers_start_and_log_to_the_end(first_run: BatchReport) -> None:
    """Workers end without interpreter teardown: what they logged must all be in the file."""
    log = (first_run.summary_csv.parent / "batch.log").read_text()  # type: ignore[union-attr]
    ready = re.findall(r"batch worker (\d+) ready \(offline engine, no embedding\)", log)
    assert len(set(ready)) == 2
    for row in first_run.rows:
        if row.status == "ok":
            assert f"offline judge: {Path(row.path).name}, 7 checks" in log


def test_version_diffs_are_written_for_a_family(first_run: BatchReport) -> None:
    (link,) = first_run.diffs
    assert (link.old, link.new) == ("plans/north/plan-v1.md", "plans/north/plan-v2.md")
    out = first_run.summary_csv.parent  # type: ignore[union-attr]
    text = (out / "diffs" / "plan-1.txt").read_text()
    assert text.startswith("plans/north/plan-v1.md (score")
    rows = {row.path: row for row in first_run.rows}
    owners_new = rows["plans/north/plan-v2.md"].checks["owners"]
    owners_old = rows["plans/north/plan-v1.md"].checks["owners"]
    assert f"owners              {owners_old} → {owners_new}" in text
    assert link.href in (out / "summary.html").read_text()


def test_rerun_reuses_every_result(first_run: BatchReport, folder: Path) -> None:
    out = first_run.summary_csv.parent  # type: ignore[union-attr]
    before = json_mtimes(out)
    options = BatchOptions(paths=[folder], out_dir=out, workers=2)
    again = run_batch(options, settings_for(out.parent / "data-first"))
    assert again.analysed == 0 and again.tasks == []
    assert len(again.reused) == 6  # five scorecards and the failure that cannot change
    assert json_mtimes(out) == before
    assert [r.status for r in again.rows] == [r.status for r in first_run.rows]
    (folder / "memo.txt").write_text(plan_text("Ravenscar", "memo v2", cut=15))
    changed = run_batch(options, settings_for(out.parent / "data-first"))
    assert [o.rel for o in changed.outcomes] == ["plans/memo.txt"]


def start_batch_until(tmp_path: Path, results: int) -> tuple[subprocess.Popen[bytes], Path]:
    """A batch of TOTAL documents in a subprocess (own process group), once `results` exist."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(TOTAL):
        body = "\n\n".join(plan_text(f"Org{i}", f"part {j}", cut=i + j) for j in range(8))
        (docs / f"plan-{i:02d}.md").write_text(body)
    out, data = tmp_path / "out", tmp_path / "data"
    command = [sys.executable, "-c", "from cli.main import app; app()", "batch", str(docs)]
    env = {**os.environ, "GAPCARD_DATA_DIR": str(data)}
    process = subprocess.Popen(
        [*command, "--out", str(out), "--workers", "1", "--quiet"],
        cwd=REPO, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while len(json_mtimes(out)) < results:
        assert process.poll() is None, "the batch finished before it could be stopped"
        assert time.monotonic() < deadline, "no results after 120 s"
        time.sleep(0.05)
    return process, docs


def test_killed_batch_resumes_without_redoing_work(tmp_path: Path) -> None:
    """SIGKILL the whole batch (main process and worker) once 3 results exist, then rerun."""
    process, docs = start_batch_until(tmp_path, 3)
    out, data = tmp_path / "out", tmp_path / "data"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = json_mtimes(out)
    assert 3 <= len(done) < TOTAL
    result = CliRunner().invoke(
        app, ["batch", str(docs), "--out", str(out), "--workers", "1", "--data-dir", str(data)]
    )
    assert result.exit_code == 0, result.output
    after = json_mtimes(out)
    assert len(after) == TOTAL
    assert {name: after[name] for name in done} == done  # nothing already written was redone
    assert f"{len(done)} already done, {TOTAL - len(done)} to analyse" in result.output
    memory = re.search(
        r"peak memory: (\d+) MB main process, (\d+) MB largest worker", result.output
    )
    assert memory is not None and int(memory.group(1)) > 20 and int(memory.group(2)) > 20
    for path in (out / "reports").glob("*.json"):
        Scorecard.model_validate_json(path.read_bytes())
    assert not list((out / "reports").glob(".*"))  # no temp files left behind


def test_ctrl_c_finishes_running_documents_and_writes_the_summary(tmp_path: Path) -> None:
    """SIGINT to the process group, as Ctrl-C in a terminal: exit 130, summary with pending rows."""
    process, _ = start_batch_until(tmp_path, 2)
    os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=120) == 130
    out = tmp_path / "out"
    with open(out / "summary.csv", encoding="utf-8") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle)]
    assert len(statuses) == TOTAL and statuses.count("ok") == len(json_mtimes(out)) >= 2
    assert set(statuses) <= {"ok", "pending"} and "pending" in statuses
    assert "interrupted" in (out / "summary.html").read_text()
    assert not (tmp_path / "data" / "chroma").exists()  # workers kept vectors in memory


def test_a_worker_killed_mid_batch_is_replaced_and_nothing_is_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """As when the OOM killer takes a worker: the pool is rebuilt and its documents redone."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"plan-{i}.md").write_text(plan_text(f"Org{i}", "crash", cut=10 + i))
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_one_worker() -> None:
        deadline = time.monotonic() + 120
        while not json_mtimes(out) and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = [p for p in multiprocessing.active_children() if p.pid]
        if workers:
            os.kill(workers[0].pid, signal.SIGKILL)  # type: ignore[arg-type]
            killed.append(workers[0].pid)  # type: ignore[arg-type]

    killer = threading.Thread(target=kill_one_worker)
    killer.start()
    options = BatchOptions(paths=[docs], out_dir=out, workers=2)
    report = run_batch(options, settings_for(tmp_path / "data"))
    killer.join()
    assert killed, "no worker was running to be killed"
    assert "a worker died while" in caplog.text  # the pool broke and was rebuilt
    assert [row.status for row in report.rows] == ["ok"] * 6
    assert report.exit_code == 0 and len(json_mtimes(out)) == 6


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.output
    (tmp_path / "a.md").write_text("# a")
    bad_checks = runner.invoke(
        app, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--checks", "nonsense"]
    )
    assert bad_checks.exit_code == 2 and "unknown check" in bad_checks.output
