"""Large synthetic strategy plans as text PDFs, written by a minimal PDF writer (no dependency).

The pages carry a bold heading and wrapped paragraphs in the standard Helvetica fonts, so any
PDF reader extracts them as real text. The wording is deterministic (seeded) and varied enough
that every page has its own chunks, and it touches every rubric check (outcomes, metrics,
owners, governance, capacity, oversight, roadmap), as a real plan would.

    python -m benchmarks.synthetic plan.pdf --pages 200
"""

from __future__ import annotations

import argparse
import random
import textwrap
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, points
MARGIN = 72
BODY_SIZE, LEADING = 10, 13
HEADING_SIZE = 14
WRAP = 92  # characters per line of 10 pt Helvetica in 468 pt
PARAGRAPHS_PER_PAGE = 4

THEMES = (
    "Outcomes",
    "Success metrics",
    "Ownership",
    "Governance",
    "Delivery capacity",
    "Human oversight",
    "Roadmap",
    "Context and risks",
)
AREAS = (
    "claims handling", "customer service", "demand forecasting", "invoice processing",
    "field maintenance", "underwriting", "fraud detection", "procurement", "payroll queries",
    "network planning", "student support", "case triage",
)  # fmt: skip
ROLES = (
    "Chief Operating Officer", "Head of Data", "Director of Customer Service",
    "Chief Risk Officer", "Head of Finance Operations", "Programme Director",
)  # fmt: skip
SENTENCES = (
    "The {area} workstream will reduce average handling time from {a} to {b} minutes by Q{q} "
    "{year}, measured monthly against the {base} baseline.",
    "Our goal for {area} is to cut cost per case by {pct}% while keeping quality scores above "
    "{score} out of 100.",
    "The {role} is accountable for the {area} outcomes and reports progress to the executive "
    "committee every {weeks} weeks.",
    "An AI steering board chaired by the {role} approves each use case in {area} before it "
    "moves from pilot to production, and reviews incidents quarterly.",
    "We will fund {n} full-time engineers and {m} analysts for {area}, with a budget of "
    "{budget} million over {years} years.",
    "Every automated decision in {area} that affects a customer is reviewed by a trained member "
    "of staff, who can override the model and record the reason.",
    "Phase {phase} delivers {area} to {sites} sites by {month} {year}; the next phase starts "
    "only when the exit criteria of this phase are met.",
    "Staff in {area} said the current process is slow and error-prone; {pct}% of cases need "
    "rework, which is the main risk this plan addresses.",
    "The forecast error for {area} should fall below {mape}% MAPE within {months} months of "
    "go-live, tracked on the operations dashboard.",
    "Training for {n} team leads in {area} runs from {month} {year}, and adoption is reviewed "
    "after each cohort.",
)
MONTHS = ("January", "March", "May", "July", "September", "November")


def _sentence(rng: random.Random, page: int) -> str:
    template = rng.choice(SENTENCES)
    return template.format(
        area=rng.choice(AREAS),
        role=rng.choice(ROLES),
        a=rng.randint(12, 30),
        b=rng.randint(5, 11),
        q=rng.randint(1, 4),
        year=2026 + page % 4,
        base=2024 + page % 2,
        pct=rng.randint(5, 40),
        score=rng.randint(80, 95),
        weeks=rng.choice((2, 4, 6)),
        n=rng.randint(2, 40),
        m=rng.randint(1, 12),
        budget=rng.randint(1, 30),
        years=rng.randint(2, 5),
        phase=page % 5 + 1,
        sites=rng.randint(3, 60),
        month=rng.choice(MONTHS),
        mape=rng.randint(5, 12),
        months=rng.randint(3, 18),
    )


def page_content(page: int, seed: int = 0) -> tuple[str, list[str]]:
    """(heading, paragraphs) of one page of the plan, deterministic for (page, seed)."""
    rng = random.Random(seed * 100_003 + page)
    theme = THEMES[(page - 1) % len(THEMES)]
    heading = f"{page}. {theme}: workstream {page} ({rng.choice(AREAS)})"
    paragraphs = [
        " ".join(_sentence(rng, page) for _ in range(rng.randint(3, 5)))
        for _ in range(PARAGRAPHS_PER_PAGE)
    ]
    return heading, paragraphs


def _escape(text: str) -> str:
    ascii_text = text.encode("latin-1", "replace").decode("latin-1")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(heading: str, paragraphs: list[str]) -> bytes:
    """The content stream of one page: a bold heading, then paragraphs as wrapped lines."""
    top = PAGE_HEIGHT - MARGIN
    ops = [f"BT /F2 {HEADING_SIZE} Tf {MARGIN} {top} Td ({_escape(heading)}) Tj ET"]
    ops.append(f"BT /F1 {BODY_SIZE} Tf {LEADING} TL {MARGIN} {top - 2 * LEADING - 4} Td")
    for number, paragraph in enumerate(paragraphs):
        if number:
            ops.append("T*")
        for line in textwrap.wrap(paragraph, WRAP):
            ops.append(f"({_escape(line)}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def pdf_bytes(pages: list[tuple[str, list[str]]], title: str = "Synthetic plan") -> bytes:
    """A valid PDF 1.4 file with one page per (heading, paragraphs), in the standard fonts."""
    fonts = "/Font << /F1 3 0 R /F2 4 0 R >>"
    page_ids = [5 + 2 * i for i in range(len(pages))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] "
        f"/Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, (heading, paragraphs) in zip(page_ids, pages, strict=True):
        stream = page_stream(heading, paragraphs)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << {fonts} >> /Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_id = len(objects) + 1
    objects.append(f"<< /Title ({_escape(title)}) /Producer (gapcard benchmarks) >>".encode())
    return _assemble(objects, info_id)


def _assemble(objects: list[bytes], info_id: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write_plan_pdf(path: Path, pages: int, seed: int = 0) -> Path:
    """Write a `pages`-page synthetic strategy plan to `path` (parents created)."""
    if pages < 1:
        raise ValueError(f"a plan needs at least one page, got {pages}")
    content = [page_content(page, seed) for page in range(1, pages + 1)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(content, title=f"Synthetic {pages}-page plan"))
    return path


MEMO = (
    "Decision memo: AI-assisted triage of customer emails",
    [
        "Purpose. This memo asks the operations board to approve a six-month pilot of AI-assisted "
        "triage for customer emails in the service centre.",
        "Outcome and measure. The pilot should cut the median time to first response from 26 to "
        "12 hours by 30 June 2026, against the 2025 baseline, without lowering satisfaction "
        "scores below 82 out of 100.",
        "Ownership and oversight. The Director of Customer Service owns the pilot and reports to "
        "the board monthly. Every reply drafted by the model is checked by an agent before it is "
        "sent, and agents can reject a suggestion and record why.",
        "Next steps. Two engineers and one analyst start in January; a go or no-go review "
        "follows in April.",
    ],
)


def write_memo_pdf(path: Path) -> Path:
    """Write a one-page decision memo (the cold-start benchmark's input)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes([MEMO], title="Decision memo"))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic text-PDF strategy plan.")
    parser.add_argument("out", type=Path, help="PDF file to write")
    parser.add_argument("--pages", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="wording seed (default 0)")
    args = parser.parse_args(argv)
    write_plan_pdf(args.out, args.pages, args.seed)


if __name__ == "__main__":
    main()
