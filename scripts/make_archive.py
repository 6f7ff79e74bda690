"""Generate a planning archive for batch tests and benchmarks: N altered copies of a corpus.

Each copy takes one source document (round robin over the dev corpus) and changes its content:
the organisation is renamed, numbers are changed, paragraphs are dropped or swapped (Markdown,
text, DOCX), text runs are edited (DOCX, PPTX); PDFs get new metadata and a line naming their
organisation and revision on the first page, and, in later versions, lose their last page.
Every copy differs from every other. Copies come in families of three versions (v1, v2, v3 in
folders 2023, 2024, 2025), so `gapcard batch --diff-versions` has version families to diff.

    .venv/bin/python scripts/make_archive.py --out /tmp/gapcard-archive -n 200 --zip

The corpus is read, never copied into the project; the output goes where --out says.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # for tests/fixtures/pdf_builder.py, which stamps PDF copies
    sys.path.insert(0, str(REPO))
DEFAULT_SOURCE = REPO.parent / "shared" / "corpus" / "dev"
SUFFIXES = {".pdf", ".pptx", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"}
ORGS = [
    "Aldermoor Holdings", "Brackenfield Group", "Cresswell & Finch", "Dunmore Logistics",
    "Elderbrook Health", "Fairhaven Council", "Glenrock Utilities", "Hollowmere Bank",
    "Ironvale Manufacturing", "Juniper Ridge Foods", "Kestrel Point Media", "Larchmont Retail",
    "Marrowby Insurance", "Northwick Transit", "Oakhurst University", "Pembridge Energy",
    "Quarrington Legal", "Redfern Hotels", "Stonebridge Credit", "Thornbury Relief",
]  # fmt: skip
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\w])")


def organisations(source: Path) -> dict[str, str]:
    """file name -> organisation, from the corpus README table when there is one."""
    readme = source / "README.md"
    found: dict[str, str] = {}
    if readme.is_file():
        for line in readme.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.split("|")]
            match = re.match(r"\[`([^`]+)`\]", cells[1]) if len(cells) > 4 else None
            if match:
                found[match.group(1)] = cells[3].split(" (")[0]
    return found


class Rewriter:
    """Text edits for one copy: organisation renamed, numbers changed."""

    def __init__(self, old_org: str, new_org: str, rng: random.Random) -> None:
        self.pairs = [(old_org, new_org)] if old_org else []
        first_old, first_new = old_org.split(" ")[0], new_org.split(" ")[0]
        if len(first_old) >= 4 and first_old[0].isupper():
            self.pairs.append((first_old, first_new))
        self.rng = rng

    def _number(self, match: re.Match[str]) -> str:
        value = int(match.group(1).replace(",", ""))
        if 1900 <= value <= 2100 or value == 0:
            return match.group(0)  # years stay, so dates still make sense
        changed = max(1, value + self.rng.randint(-max(1, value // 5), max(1, value // 5)))
        return f"{changed:,}" if "," in match.group(1) else str(changed)

    def __call__(self, text: str) -> str:
        for old, new in self.pairs:
            text = text.replace(old, new)
        return _NUMBER.sub(self._number, text)


def edit_plain(src: Path, dst: Path, rewrite: Rewriter, version: int, rng: random.Random) -> None:
    paragraphs = src.read_text(encoding="utf-8").split("\n\n")
    body = paragraphs[1:]
    if version >= 2 and len(body) > 3:
        body.pop(rng.randrange(len(body)))
    if version >= 3 and len(body) > 3:
        i = rng.randrange(len(body) - 1)
        body[i], body[i + 1] = body[i + 1], body[i]
    text = "\n\n".join([paragraphs[0], *body])
    dst.write_text(rewrite(text) + f"\n\nRevision {version}.\n", encoding="utf-8")


def _edit_runs(paragraphs: object, rewrite: Rewriter) -> None:
    for paragraph in paragraphs:  # type: ignore[attr-defined]
        for run in paragraph.runs:
            if run.text:
                run.text = rewrite(run.text)


def edit_docx(src: Path, dst: Path, rewrite: Rewriter, version: int, rng: random.Random) -> None:
    from docx import Document

    doc = Document(str(src))
    _edit_runs(doc.paragraphs, rewrite)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                _edit_runs(cell.paragraphs, rewrite)
    body = [p for p in doc.paragraphs if len(p.text) > 80]
    for _ in range(version - 1):
        if len(body) > 3:
            dropped = body.pop(rng.randrange(len(body)))
            dropped._element.getparent().remove(dropped._element)
    doc.core_properties.title = rewrite(doc.core_properties.title or src.stem)
    doc.core_properties.revision = version
    doc.save(str(dst))


def edit_pptx(src: Path, dst: Path, rewrite: Rewriter, version: int, rng: random.Random) -> None:
    from pptx import Presentation

    deck = Presentation(str(src))
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                _edit_runs(shape.text_frame.paragraphs, rewrite)
            if getattr(shape, "has_table", False):
                for cell in (c for row in shape.table.rows for c in row.cells):
                    _edit_runs(cell.text_frame.paragraphs, rewrite)
        if slide.has_notes_slide:
            _edit_runs(slide.notes_slide.notes_text_frame.paragraphs, rewrite)
    deck.core_properties.revision = version
    deck.save(str(dst))


def edit_pdf(src: Path, dst: Path, rewrite: Rewriter, version: int, rng: random.Random) -> None:
    """PDF text can't be edited in place (subset fonts), so the copy gets a line of its own on
    the first page, naming its organisation, revision and a changed figure, and later
    versions lose their last page."""
    from pypdf import PdfReader, PdfWriter

    from tests.fixtures.pdf_builder import Text, build_pdf

    writer = PdfWriter(clone_from=str(src))
    if version >= 2 and len(writer.pages) > 3:
        writer.remove_page(len(writer.pages) - 1)
    organisation = rewrite.pairs[0][1] if rewrite.pairs else "the organisation"
    note = (
        f"Prepared for {organisation}, revision {version} ({2022 + version}); "
        f"circulated to {rng.randint(8, 60)} reviewers."
    )
    stamp = PdfReader(io.BytesIO(build_pdf([[Text(40, 14, note, size=7)]]))).pages[0]
    writer.pages[0].merge_page(stamp)
    writer.add_metadata({"/Title": rewrite(src.stem), "/Subject": f"revision {version}"})
    with open(dst, "wb") as handle:
        writer.write(handle)


EDITORS = {".docx": edit_docx, ".pptx": edit_pptx, ".pdf": edit_pdf}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_copy(src: Path, source_index: int, k: int, out: Path, org: str, seed: int) -> Path:
    """The k-th copy of a source document: family k // 3 (one new name), version k % 3 + 1."""
    rng = random.Random(f"{seed}:{source_index}:{k}")
    new_org = ORGS[(source_index + k // 3 * 7) % len(ORGS)]
    version = k % 3 + 1
    rewrite = Rewriter(org, new_org, rng)
    rest = src.stem.split("-", 2)[-1] if "-" in src.stem else src.stem
    folder = out / str(2022 + version)
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / f"{slug(new_org)}-{rest}-v{version}{src.suffix}"
    editor = EDITORS.get(src.suffix.lower(), edit_plain)
    editor(src, dst, rewrite, version, rng)
    return dst


def make_archive(source: Path, out: Path, count: int, seed: int) -> list[Path]:
    docs = sorted(p for p in source.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    docs = [p for p in docs if p.name != "README.md"]
    if not docs:
        raise SystemExit(f"no documents in {source}")
    orgs = organisations(source)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written = []
    for i in range(count):
        src = docs[i % len(docs)]
        org = orgs.get(src.name, "")
        written.append(make_copy(src, i % len(docs), i // len(docs), out, org, seed))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="corpus folder")
    parser.add_argument("--out", type=Path, default=Path("/tmp/gapcard-archive"))
    parser.add_argument("-n", "--count", type=int, default=200, help="documents to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--zip", action="store_true", help="also write OUT.zip")
    args = parser.parse_args(argv)
    written = make_archive(args.source, args.out, args.count, args.seed)
    kinds = Counter(p.suffix for p in written)
    print(f"wrote {len(written)} documents to {args.out}: {dict(sorted(kinds.items()))}")
    if args.zip:
        archive = shutil.make_archive(str(args.out), "zip", root_dir=args.out)
        print(f"zipped to {archive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
