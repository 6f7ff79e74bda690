"""Discovery of batch documents in folders and zips, and the archive safety rules."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from analyzer.batch.archive import read_chain
from analyzer.batch.discover import BatchInputError, Discovery, discover
from analyzer.config import BatchSettings

LIMITS = BatchSettings()
MAX_BYTES = 50 * 1024 * 1024


def zip_bytes(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    path.write_bytes(zip_bytes(entries))
    return path


def reasons(found: Discovery) -> dict[str, tuple[str, str]]:
    return {e.rel: (e.status, e.reason) for e in found.excluded}


def test_folder_is_searched_recursively_and_clutter_is_skipped(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    (root / "2024" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "notes.md").write_text("hidden")
    (root / "a.md").write_text("# A")
    (root / "2024" / "b.PDF").write_bytes(b"%PDF-1.4")
    (root / "2024" / "deep" / "c.docx").write_bytes(b"PK")
    (root / "2024" / "budget.xlsx").write_bytes(b"PK")
    (root / ".DS_Store").write_bytes(b"x")
    (root / "Thumbs.db").write_bytes(b"x")
    found = discover([root], LIMITS, max_bytes=MAX_BYTES)
    assert [i.rel for i in found.items] == [
        "plans/a.md",
        "plans/2024/b.PDF",
        "plans/2024/deep/c.docx",
    ]
    why = reasons(found)
    assert why["plans/.git/"] == ("skipped", "hidden or system folder")
    assert why["plans/.DS_Store"] == ("skipped", "hidden or system file")
    assert why["plans/Thumbs.db"] == ("skipped", "hidden or system file")
    assert why["plans/2024/budget.xlsx"] == ("skipped", "unsupported file type '.xlsx'")


def test_output_folder_inside_the_input_is_not_entered(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("plan")
    out = tmp_path / "out"
    (out / "reports").mkdir(parents=True)
    (out / "reports" / "x.html").write_text("<p>report</p>")
    found = discover([tmp_path], LIMITS, max_bytes=MAX_BYTES, exclude=[out])
    assert [i.rel.split("/", 1)[1] for i in found.items] == ["a.txt"]
    assert found.excluded == []


def test_oversized_document_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    found = discover([tmp_path / "big.txt"], LIMITS, max_bytes=1000)
    assert found.items == []
    assert "exceeds the 1000-byte document limit" in found.excluded[0].reason


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="no such file"):
        discover([tmp_path / "nope"], LIMITS, max_bytes=MAX_BYTES)


def test_zip_members_are_found_and_readable(tmp_path: Path) -> None:
    archive = write_zip(
        tmp_path / "client.zip",
        {"2025/plan.md": b"# Plan", "deck.pptx": b"PK..", "notes.csv": b"a,b", "docs/": b""},
    )
    found = discover([archive], LIMITS, max_bytes=MAX_BYTES)
    assert [i.rel for i in found.items] == ["client.zip/2025/plan.md", "client.zip/deck.pptx"]
    first = found.items[0].source
    assert first.path == archive and first.members == ("2025/plan.md",)
    assert read_chain(first.path, first.members) == b"# Plan"
    assert reasons(found) == {"client.zip/notes.csv": ("skipped", "unsupported file type '.csv'")}


def test_zip_slip_entries_are_refused(tmp_path: Path) -> None:
    archive = write_zip(
        tmp_path / "slip.zip",
        {"../../etc/evil.md": b"x", "/abs/evil.md": b"x", "C:/win/evil.md": b"x", "ok.md": b"ok"},
    )
    found = discover([archive], LIMITS, max_bytes=MAX_BYTES)
    assert [i.rel for i in found.items] == ["slip.zip/ok.md"]
    why = reasons(found)
    assert why["slip.zip/../../etc/evil.md"] == ("refused", "path escapes the archive with '..'")
    assert why["slip.zip/abs/evil.md"][0] == "refused"
    assert "absolute path" in why["slip.zip/abs/evil.md"][1]
    assert "absolute path" in why["slip.zip/C:/win/evil.md"][1]


def test_zip_bomb_entry_is_refused_by_ratio_and_absolute_size(tmp_path: Path) -> None:
    big = b"\0" * (LIMITS.max_zip_compressed_member_bytes + 1)
    text = b"# Plan\n\n" + b"We will cut costs by 10% by 2026.\n" * 9000  # ~300 KB, > 100:1
    archive = write_zip(tmp_path / "bomb.zip", {"bomb.txt": big, "ok.md": text})
    found = discover([archive], LIMITS, max_bytes=MAX_BYTES)
    assert [i.rel for i in found.items] == ["bomb.zip/ok.md"]
    status, reason = reasons(found)["bomb.zip/bomb.txt"]
    assert status == "refused"
    assert "exceeds the limit of 100:1" in reason and "zip bomb" in reason


def test_archive_byte_budget_and_entry_count(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "many.zip", {f"p{i}.md": b"x" * 400 for i in range(5)})
    few = BatchSettings(max_zip_entries=3)
    assert reasons(discover([archive], few, max_bytes=MAX_BYTES)) == {
        "many.zip": ("refused", "5 entries exceed the limit of 3")
    }
    small = BatchSettings(max_zip_bytes=1000)
    found = discover([archive], small, max_bytes=MAX_BYTES)
    assert [i.rel for i in found.items] == ["many.zip/p0.md", "many.zip/p1.md"]
    assert all("budget of 1000" in reason for _, reason in reasons(found).values())


def test_nested_archives_open_to_the_depth_limit(tmp_path: Path) -> None:
    innermost = zip_bytes({"deepest.md": b"# deep"})
    inner = zip_bytes({"inner.md": b"# inner", "level2.zip": innermost}, zipfile.ZIP_STORED)
    archive = write_zip(tmp_path / "outer.zip", {"outer.md": b"# o", "level1.zip": inner})
    found = discover([archive], LIMITS, max_bytes=MAX_BYTES)  # default depth 1
    assert [i.rel for i in found.items] == ["outer.zip/outer.md", "outer.zip/level1.zip/inner.md"]
    status, reason = reasons(found)["outer.zip/level1.zip/level2.zip"]
    assert status == "refused" and reason == "nested archive beyond the depth limit of 1"
    nested = found.items[1].source
    assert nested.members == ("level1.zip", "inner.md")
    assert read_chain(nested.path, nested.members) == b"# inner"
    flat = discover([archive], BatchSettings(max_zip_depth=0), max_bytes=MAX_BYTES)
    assert [i.rel for i in flat.items] == ["outer.zip/outer.md"]
    assert reasons(flat)["outer.zip/level1.zip"][0] == "refused"


def test_hidden_links_and_encrypted_members(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("__MACOSX/._plan.md", b"x")
        archive.writestr("docs/desktop.ini", b"x")
        archive.writestr("docs/.hidden.md", b"x")
        link = zipfile.ZipInfo("link.md")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, b"/etc/passwd")
        archive.writestr("locked.md", b"secret")
        archive.getinfo("locked.md").flag_bits |= 0x1  # marked encrypted in the directory
    (tmp_path / "mixed.zip").write_bytes(buffer.getvalue())
    why = reasons(discover([tmp_path / "mixed.zip"], LIMITS, max_bytes=MAX_BYTES))
    assert why["mixed.zip/__MACOSX/._plan.md"] == ("skipped", "hidden or system file")
    assert why["mixed.zip/docs/desktop.ini"] == ("skipped", "hidden or system file")
    assert why["mixed.zip/docs/.hidden.md"] == ("skipped", "hidden or system file")
    assert why["mixed.zip/link.md"] == ("refused", "symbolic link inside the archive")
    assert why["mixed.zip/locked.md"] == ("refused", "encrypted archive entry")


def test_corrupt_zip_is_refused_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (tmp_path / "fine.md").write_text("# fine")
    found = discover([tmp_path], LIMITS, max_bytes=MAX_BYTES)
    assert [i.rel.split("/", 1)[1] for i in found.items] == ["fine.md"]
    (excluded,) = found.excluded
    assert excluded.status == "refused" and "not a readable zip archive" in excluded.reason
