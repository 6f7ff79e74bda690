"""A seeded generator of malformed and hostile documents, one file per case.

Classes: truncations, lying extensions, office zip bombs under and over the caps, entity
expansion, external entities, deep nesting (PDF, XML, HTML, Markdown), huge single lines, a
shared content stream, invalid encodings, duplicate zip entries, special files, and random byte
mutations of each format. `write_corpus(folder, seed)` writes them all and returns the names.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.fixtures.office import build_docx, build_pptx
from tests.fixtures.pdf_builder import Text, build_pdf

PLAN_MD = b"# Plan\n\n## Outcomes\n\nWe will cut costs by 10% by 2026.\n\n- Owner: the COO\n"
PLAN_HTML = b"<html><body><h1>Plan</h1><p>We will cut costs by 10% by 2026.</p></body></html>"


def _pdf() -> bytes:
    lines = [Text(72, 760, "Plan", 16, True), Text(72, 730, "We will cut costs by 10% by 2026.")]
    return build_pdf([lines])


def _rezip(data: bytes, edit: dict[str, bytes], extra: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, edit.get(info.filename, source.read(info.filename)))
        for name, content in extra:
            target.writestr(name, content)
    return out.getvalue()


def office_bomb(xml_bytes: int, data: bytes | None = None) -> bytes:
    """A DOCX whose word/document.xml is `xml_bytes` of repeated paragraphs (compresses ~250:1)."""
    data = data or build_docx()
    source = zipfile.ZipFile(io.BytesIO(data))
    head, tail = source.read("word/document.xml").split(b"<w:body>", 1)
    paragraph = b"<w:p><w:r><w:t>Repeated paragraph of strategy text.</w:t></w:r></w:p>"
    block = paragraph * 10_000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open("word/document.xml", "w", force_zip64=True) as handle:
                handle.write(head + b"<w:body>")
                for _ in range(max(1, xml_bytes // len(block))):
                    handle.write(block)
                handle.write(tail)
    return out.getvalue()


def _docx_xml(transform: Callable[[bytes], bytes]) -> bytes:
    data = build_docx()
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    return _rezip(data, {"word/document.xml": transform(body)})


def _entity_bomb(body: bytes) -> bytes:
    dtd = b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10) for i in range(8)
    )
    dtd += b"]>"
    return body.replace(b"<w:document", dtd + b"<w:document", 1).replace(b"Outcomes", b"&i;", 1)


def _external_entity(body: bytes) -> bytes:
    dtd = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return body.replace(b"<w:document", dtd + b"<w:document", 1).replace(b"Outcomes", b"&x;", 1)


def _deep_xml(body: bytes) -> bytes:
    deep = b"<w:sdt><w:sdtContent>" * 3000 + b"</w:sdtContent></w:sdt>" * 3000
    return body.replace(b"<w:body>", b"<w:body>" + deep, 1)


def _deep_pdf() -> bytes:
    pdf = _pdf()
    nested = b"[" * 100_000 + b"]" * 100_000
    return pdf.replace(b"/Type /Page", b"/Nested " + nested + b" /Type /Page", 1)


def _shared_stream() -> bytes:
    """Many pages sharing one large content stream (each page re-extracts it)."""
    line = (
        b"BT /F1 10 Tf 72 700 Td (We will cut costs by ten percent by 2026 in every unit.) Tj ET\n"
    )
    stream = line * 2500
    pages = 60
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
        + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    page += b" /Resources << /Font << /F1 3 0 R >> >> >>"
    objects += [page] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(
        b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _mutate(data: bytes, rng: random.Random, flips: int) -> bytes:
    buffer = bytearray(data)
    for _ in range(flips):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def cases(seed: int) -> dict[str, bytes]:
    """Every case's file name and bytes (special files are made by write_corpus)."""
    rng = random.Random(seed)
    docx, pptx, pdf = build_docx(), build_pptx(), _pdf()
    body = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")
    found: dict[str, bytes] = {
        "truncated.pdf": pdf[: len(pdf) // 2],
        "truncated.docx": docx[: len(docx) // 2],
        "truncated.pptx": pptx[: len(pptx) * 2 // 3],
        "truncated-tail.pdf": pdf[:-200] + b"%%EOF\n",
        "docx-named.pdf": docx,
        "pdf-named.pptx": pdf,
        "html-named.md": PLAN_HTML,
        "png-named.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "bomb-under-cap.docx": office_bomb(1_000_000),
        "bomb-over-cap.docx": office_bomb(40_000_000),
        "entity-expansion.docx": _docx_xml(_entity_bomb),
        "external-entity.docx": _docx_xml(_external_entity),
        "deep-xml.docx": _docx_xml(_deep_xml),
        "duplicate-entry.docx": _rezip(docx, {}, (("word/document.xml", body),)),
        "deep-nesting.pdf": _deep_pdf(),
        "deep-nesting.html": b"<html><body>" + b"<div>" * 20_000 + b"deep" + b"</div>" * 20_000,
        "deep-nesting.md": b"# Plan\n\n" + b"> " * 50_000 + b"quote\n" + b"- " * 50_000 + b"x\n",
        "huge-line.txt": b"Plan " * 400_000,
        "huge-heading.md": b"# a" + b" " * 200_000 + b"b\n",
        "table-spaces.md": b"| a | b |\n" + b" " * 200_000 + b"\n",
        "many-lines.txt": b"x\n\n" * 300_000,
        "shared-stream.pdf": _shared_stream(),
        "invalid-utf8.txt": b"Plan \xff\xfe\xc3\x28 caf\xe9 " * 50,
        "utf16-odd.txt": b"\xff\xfe" + "Plan text".encode("utf-16-le") + b"\x00",
        "nul-bytes.txt": b"Plan\n\nWe will\x00 cut costs.\n",
        "control\x1b[31mname\n.md": PLAN_MD,
        "empty.md": b"",
        "entities.html": b"<html><body><p>" + b"&amp;" * 200_000 + b"</p></body></html>",
    }
    for name, data in (("pdf", pdf), ("docx", docx), ("pptx", pptx), ("md", PLAN_MD)):
        for number in range(3):
            found[f"mutant-{number}.{name}"] = _mutate(data, rng, rng.randint(1, 40))
    return found


def write_corpus(folder: Path, seed: int = 14) -> list[str]:
    """Write every case (and a FIFO and a link to /dev/zero where possible); the file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, data in cases(seed).items():
        (folder / name).write_bytes(data)
        names.append(name)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.txt")
        names.append("fifo.txt")
    if Path("/dev/zero").exists():
        (folder / "zero.txt").symlink_to("/dev/zero")
        names.append("zero.txt")
    return names
