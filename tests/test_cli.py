"""`gapcard analyze` as users run it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.fixtures.pdf_builder import Text, build_pdf, encrypt_pdf

GAPCARD = Path(sys.executable).parent / "gapcard"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "riverside-clinics-ai-triage-plan.md"


def run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(GAPCARD), *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=240,
    )


def memo_pdf() -> bytes:
    return build_pdf(
        [
            [
                Text(72, 760, "Claims plan", 16, bold=True),
                Text(72, 730, "We will cut claims-handling cost per claim by 15% by Q4 2027."),
            ],
            [Text(72, 760, "Accountable: the Chief Operating Officer owns the claims outcome.")],
        ]
    )


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("notes.txt", "hello")
    files = {
        "empty.pdf": b"",
        "truncated.pdf": memo_pdf()[:300],
        "locked.pdf": encrypt_pdf(memo_pdf(), "s3cret"),
        "really-a-zip.pdf": zipped.getvalue(),
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


def test_json_output_shape(tmp_path: Path) -> None:
    good = tmp_path / "plan.pdf"
    good.write_bytes(memo_pdf())
    result = run(["analyze", str(good), "--format", "json"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    [card] = json.loads(result.stdout)
    assert card["document"] == {
        "name": "plan.pdf",
        "sha256": card["document"]["sha256"],
        "format": "pdf",
        "pages": 2,
    }
    assert card["engine"] == "offline" and set(card["rubric"]) == {"name", "version"}
    check = card["checks"][0]
    assert {
        "id",
        "title",
        "status",
        "score",
        "weight",
        "rationale",
        "missing",
        "recommendation",
        "citations",
    } <= set(check)
    cited = [c for ch in card["checks"] for c in ch["citations"]]
    assert all({"quote", "page", "slide", "section"} <= set(c) for c in cited)
    assert all(c["page"] in (1, 2) and c["slide"] is None for c in cited)
    not_present = [c for c in card["checks"] if c["status"] != "present"]
    heaviest_first = sorted(not_present, key=lambda c: -c["weight"])  # stable: rubric order kept
    assert card["gaps"] == [c["id"] for c in heaviest_first]


def test_each_bad_file_gets_one_line_and_the_rest_are_analyzed(
    tmp_path: Path, bad_inputs: dict[str, Path]
) -> None:
    paths = [str(p) for p in bad_inputs.values()] + [str(EXAMPLE)]
    result = run(["analyze", *paths, "--format", "json"], tmp_path / "data")
    assert result.returncode == 1
    cards = json.loads(result.stdout)
    assert [c["document"]["name"] for c in cards] == [EXAMPLE.name]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(bad_inputs), result.stderr
    assert "Traceback" not in result.stderr
    by_file = {name: next(line for line in lines if name in line) for name in bad_inputs}
    assert "empty" in by_file["empty.pdf"]
    assert "password" in by_file["locked.pdf"].lower()
    assert "zip" in by_file["really-a-zip.pdf"].lower()
    assert "unsupported" in by_file["image.png"].lower() or "not" in by_file["image.png"]
    assert by_file["truncated.pdf"].startswith("gapcard: ")


def test_markdown_output_and_unknown_check(tmp_path: Path) -> None:
    result = run(["analyze", str(EXAMPLE), "--checks", "core"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# Gap scorecard: {EXAMPLE.name}")
    assert "Score:" in result.stdout and "## Prioritised, phased path" not in result.stdout
    bad = run(["analyze", str(EXAMPLE), "--checks", "owners,budget"], tmp_path / "data")
    assert bad.returncode == 2 and "budget" in bad.stderr and "Traceback" not in bad.stderr


def test_serve_in_several_processes_refuses_the_embedded_store(tmp_path: Path) -> None:
    result = run(["serve", "--port", "0", "--processes", "2"], tmp_path)
    assert result.returncode == 2
    assert "needs a Chroma server (GAPCARD_STORE__MODE=http)" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "gapcard.db").exists()
