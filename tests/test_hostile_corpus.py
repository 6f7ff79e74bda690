"""The malformed-file corpus (tests/hostile_corpus.py) through `gapcard analyze` and `gapcard
batch`: each case ends with a valid scorecard (warnings where read in part) or one line naming
its error, within the limits; never a traceback, a hang or a lost file."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from analyzer.errors import printable
from analyzer.models import Scorecard
from tests.hostile_corpus import write_corpus

LIMITS = {
    "GAPCARD_INGEST__MAX_SECONDS": "20",
    "GAPCARD_INGEST__MAX_MEMORY_MB": "1024",
    "GAPCARD_ANALYSIS__INDEX_FOR_OFFLINE": "false",
}
CLI = [sys.executable, "-c", "from cli.main import main; main()"]
#: Runs a command and prints the peak RSS (KiB) of it and its descendants on its last stderr
#: line, so the figure is this command's, not every subprocess the test session ever waited for.
MEASURED = [
    sys.executable,
    "-c",
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)",
]


def _gapcard(
    args: list[str], cwd: Path, timeout: float, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **LIMITS, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    env.update(extra or {})
    return subprocess.run(
        [*MEASURED, *CLI, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def peak_rss_mb(done: subprocess.CompletedProcess[str]) -> float:
    """The peak RSS (MB) that MEASURED printed on the last line of stderr."""
    return int(done.stderr.splitlines()[-1]) / 1024


def stderr_lines(done: subprocess.CompletedProcess[str]) -> list[str]:
    return done.stderr.splitlines()[:-1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("hostile") / "cases"
    with pytest.warns(UserWarning, match="Duplicate name"):
        names = write_corpus(folder, seed=14)
    return folder, names


def test_every_case_ends_in_a_scorecard_or_one_named_line(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, names = corpus
    paths = [str(folder / name) for name in names]
    done = _gapcard(
        ["analyze", "--data-dir", str(tmp_path / "data"), "-f", "json", "--", *paths],
        tmp_path,
        timeout=300,
    )
    assert done.returncode == 1  # some cases fail, on purpose
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    cards = [Scorecard.model_validate(c) for c in json.loads(done.stdout)]
    scored = {card.document.name for card in cards}
    lines = stderr_lines(done)
    for name, path in zip(names, paths, strict=True):
        prefix = f"gapcard: {printable(path)}: "
        errors = [line for line in lines if line.startswith(prefix) and "warning:" not in line]
        if name in scored:
            assert not errors, (name, errors)
        else:
            assert len(errors) == 1, (name, errors)
            assert re.search(r" \[[a-z_]+\]$", errors[0]), errors[0]
    assert all(line.startswith("gapcard: ") for line in lines), lines
    by_name = {card.document.name: card for card in cards}
    assert by_name["nul-bytes.txt"].warnings == ["1 NUL byte(s) in the text were ignored"]
    assert "bomb-under-cap.docx" in by_name and "bomb-over-cap.docx" not in by_name
    named = {"bomb-over-cap.docx": "XML expands", "fifo.txt": "named pipe"}
    for name, text in named.items():
        assert any(name in line and text in line for line in lines), name
    assert peak_rss_mb(done) < 2048


def test_a_batch_over_the_corpus_and_a_zip_has_one_row_per_file(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, names = corpus
    archive = tmp_path / "more.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target:
        for name in ("deep-nesting.html", "huge-heading.md", "truncated.pdf"):
            target.write(folder / name, name)
    out = tmp_path / "out"
    done = _gapcard(
        ["batch", str(folder), str(archive), "--out", str(out), "--workers", "2", "-q"],
        tmp_path,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    paths = [row["path"] for row in rows]
    expected = [f"cases/{name}" for name in names] + [
        f"more.zip/{name}" for name in ("deep-nesting.html", "huge-heading.md", "truncated.pdf")
    ]
    assert sorted(paths) == sorted(expected)
    status = {row["path"]: row["status"] for row in rows}
    assert status["cases/fifo.txt"] == "refused" and status["cases/zero.txt"] == "refused"
    assert status["more.zip/huge-heading.md"] == "ok"
    errors = {row["path"]: row["error"] for row in rows}
    assert (
        "document_too_complex" in errors["cases/bomb-over-cap.docx"]
        or "XML expands" in (errors["cases/bomb-over-cap.docx"])
    )


def test_the_batch_time_limit_names_the_document_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "slow.html").write_bytes(b"<html><body>" + b"<p>x</p>" * 240_000)
    (folder / "plan.md").write_bytes(b"# Plan\n\nWe will cut costs by 10% by 2026.\n")
    out = tmp_path / "out"
    started = time.monotonic()
    env_limit = {"GAPCARD_INGEST__MAX_SECONDS": "2"}
    done = _gapcard(
        ["batch", str(folder), "--out", str(out), "--workers", "1", "-q"],
        tmp_path,
        timeout=120,
        extra=env_limit,
    )
    assert done.returncode == 1 and time.monotonic() - started < 60
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        rows = {row["path"]: row for row in csv.DictReader(handle)}
    assert rows["docs/plan.md"]["status"] == "ok"
    assert rows["docs/slow.html"]["status"] == "failed"
    assert "took more than 2 s" in rows["docs/slow.html"]["error"]


def test_time_limit_interrupts_python_code() -> None:
    from analyzer.deadline import time_limit
    from analyzer.errors import DocumentTooComplex

    started = time.monotonic()
    expected = pytest.raises(DocumentTooComplex, match=r"took more than 0\.2 s to analyse")
    with expected, time_limit(0.2, "spin.txt"):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_the_pipeline_stops_past_its_time_between_steps(tmp_path: Path) -> None:
    from analyzer.config import Settings
    from analyzer.errors import DocumentTooComplex
    from analyzer.pipeline import Analyzer

    settings = Settings(data_dir=tmp_path, ingest={"isolate": False, "max_seconds": 0.001})
    with pytest.raises(DocumentTooComplex, match="to analyse") as caught:
        Analyzer(settings).analyze(b"# Plan\n\nWe will cut costs.\n", name="plan.md")
    assert caught.value.path == "plan.md"
