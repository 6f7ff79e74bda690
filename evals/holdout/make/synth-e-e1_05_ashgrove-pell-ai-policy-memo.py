"""Writes a fictional book-publisher policy memo (DOCX) and its labels."""

import json
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "ashgrove-pell-generative-ai-editorial-policy-memo.docx"

HEADER = [
    ("To:", "The Publishing Board"),
    ("From:", "Office of the Publisher"),
    ("Date:", "3 February 2027"),
    ("Subject:", "Generative AI in editorial and production work: proposed house policy"),
    ("Status:", "For approval"),
]

OBJECTIVES = [
    ["Objective", "Accountable", "Notes"],
    [
        "Shorten the time from delivered manuscript to printer-ready files on the non-fiction list",
        "Production Director",
        "Consistency checking and index drafting are where we expect most of the gain",
    ],
    [
        "Reduce the factual, spelling and permissions errors that reach print",
        "Managing Editor, Non-fiction",
        "Includes the errata we currently correct at reprint",
    ],
    [
        "Keep the trust of our authors and their agents in how we handle their text",
        "Rights and Contracts Director",
        "See section 4.2 and the contract addendum at Annex B",
    ],
]

TOOLS = [
    ["Tool (supplier)", "Approved use", "Approved by Panel"],
    ["ProofMark consistency checker (Ledger Software)", "Consistency checks", "12 January 2027"],
    ["IndexAid (Folio Systems)", "First-draft index headings", "12 January 2027"],
    ["Alt-text drafting module (Folio Systems)", "Draft alt text", "Pending"],
]


def para(d, text, style=None):
    p = d.add_paragraph(text, style=style)
    return p


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Ashgrove & Pell", level=0)
    para(d, "MEMORANDUM")
    for k, v in HEADER:
        para(d, f"{k} {v}")

    d.add_heading("1. Purpose", level=1)
    para(
        d,
        "This memo proposes a house policy on the use of generative AI tools in our editorial "
        "and production work, and asks the Board to approve it. It follows the discussion at the "
        "November away-day and the conversations the editorial directors have since had with "
        "authors, agents and our two main typesetting suppliers.",
    )

    d.add_heading("2. Background", level=1)
    para(
        d,
        "Over the last eighteen months a number of tools have appeared that claim to check, "
        "suggest and even draft parts of a book. Some of our freelance copy-editors already use "
        "them, with varying degrees of candour. Several agents have written to ask whether we "
        "use such tools on their clients' manuscripts, and one has asked for a contractual "
        "assurance that we do not.",
    )
    para(
        d,
        "Elsewhere in the trade, Harcastle Books announced in the autumn that it expects to cut "
        "its production costs by a fifth through automation, and the Authors' Circle has "
        "published guidance asking publishers not to use members' work to train external "
        "models. We do not propose to follow Harcastle's route, and nothing in this memo "
        "should be read as a cost-reduction programme.",
    )
    para(
        d,
        "Our own position is modest. We are a list of around ninety new titles a year, a third "
        "of them illustrated non-fiction, and the errors that cost us most - a misdated photograph "
        "caption, an uncleared quotation, a name spelled three ways - are exactly the errors a "
        "careful tool can help to catch.",
    )

    d.add_heading("3. What the policy is for", level=1)
    para(d, "The Board is asked to adopt the following objectives and accountabilities.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in OBJECTIVES:
        cells = t.add_row().cells
        for c, val in enumerate(row):
            cells[c].text = val
    para(
        d,
        "The Production Director will report on the first objective to the Board at each "
        "quarterly meeting.",
    )

    d.add_heading("4. The policy", level=1)
    d.add_heading("4.1 Permitted uses", level=2)
    for b in [
        "Checking the consistency of spelling, names, dates and cross-references across a "
        "manuscript.",
        "Drafting alt text for images, for revision by the desk editor.",
        "Suggesting first-draft index headings.",
    ]:
        para(d, b, style="List Bullet")
    d.add_heading("4.2 Uses that are not permitted", level=2)
    for b in [
        "Generating or rewriting any part of an author's text.",
        "Generating cover art or interior illustrations.",
        "Uploading an unpublished manuscript to any tool that the Panel has not approved.",
        "Allowing any supplier to use our authors' text to train a model.",
    ]:
        para(d, b, style="List Bullet")

    d.add_heading("5. How the work changes", level=1)
    para(
        d,
        "Every AI-suggested change to a manuscript is accepted or rejected individually by the "
        "copy-editor; suggestions are never applied in bulk.",
    )
    para(
        d,
        "Alt text drafted by a tool is checked against the image by the desk editor before it "
        "goes to the typesetter, and the author sees it at first proof like any other copy.",
    )
    para(
        d,
        "Copy-editors note on the shared log any suggestion they reject as wrong, and the "
        "Production Director goes through the log each month with the supplier so that "
        "recurring faults are fixed or the tool is withdrawn.",
    )

    d.add_heading("6. Oversight", level=1)
    para(
        d,
        "An AI Editorial Review Panel - the Publisher, the Rights and Contracts Director and the "
        "Head of Production - meets monthly and must approve any new tool, or any new use of an "
        "approved tool, before it is used on author material.",
    )
    para(
        d,
        "Any breach of section 4.2 is reported to the Rights and Contracts Director within two "
        "working days, and the Panel decides whether the author and agent must be told.",
    )

    d.add_heading("7. What this memo does not cover", level=1)
    para(
        d,
        "This memo does not propose a programme of pilots or a timetable for wider use, and "
        "none is planned this financial year. It sets no numerical targets for the objectives "
        "in section 3, and it asks for no new posts or budget.",
    )

    d.add_heading("8. Recommendation", level=1)
    para(
        d,
        "The Board is asked to approve the policy in section 4 with effect from 1 March 2027, "
        "and to note the list of approved tools at Annex A.",
    )

    d.add_heading("Annex A: Approved tools", level=1)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in TOOLS:
        cells = t.add_row().cells
        for c, val in enumerate(row):
            cells[c].text = val
    d.add_heading("Annex B: Contract addendum (summary)", level=1)
    para(
        d,
        "For contracts signed from 1 March 2027 we will add a clause confirming that the "
        "author's text will not be used to train any model, by us or by any supplier, and "
        "describing the permitted uses in section 4.1 in plain terms.",
    )
    d.save(str(path))


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {
            "status": "present",
            "evidence": [
                "Shorten the time from delivered manuscript to printer-ready files on the "
                "non-fiction list\tProduction Director\tConsistency checking and index drafting "
                "are where we expect most of the gain",
                "Reduce the factual, spelling and permissions errors that reach print\tManaging "
                "Editor, Non-fiction\tIncludes the errata we currently correct at reprint",
            ],
        },
        "metrics": {"status": "absent", "evidence": []},
        "owners": {
            "status": "present",
            "evidence": [
                "Shorten the time from delivered manuscript to printer-ready files on the "
                "non-fiction list\tProduction Director\tConsistency checking and index drafting "
                "are where we expect most of the gain",
                "Reduce the factual, spelling and permissions errors that reach print\tManaging "
                "Editor, Non-fiction\tIncludes the errata we currently correct at reprint",
                "The Production Director will report on the first objective to the Board at "
                "each quarterly meeting.",
            ],
        },
        "governance": {
            "status": "present",
            "evidence": [
                "An AI Editorial Review Panel - the Publisher, the Rights and Contracts Director "
                "and the Head of Production - meets monthly and must approve any new tool, or any "
                "new use of an approved tool, before it is used on author material.",
                "Any breach of section 4.2 is reported to the Rights and Contracts Director "
                "within two working days, and the Panel decides whether the author and agent "
                "must be told.",
            ],
        },
        "execution_capacity": {"status": "absent", "evidence": []},
        "human_oversight": {
            "status": "present",
            "evidence": [
                "Every AI-suggested change to a manuscript is accepted or rejected individually "
                "by the copy-editor; suggestions are never applied in bulk.",
                "Alt text drafted by a tool is checked against the image by the desk editor "
                "before it goes to the typesetter, and the author sees it at first proof like "
                "any other copy.",
                "Copy-editors note on the shared log any suggestion they reject as wrong, and "
                "the Production Director goes through the log each month with the supplier so "
                "that recurring faults are fixed or the tool is withdrawn.",
            ],
        },
        "roadmap": {"status": "absent", "evidence": []},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build(OUT / NAME)
    (OUT / (NAME + ".labels.json")).write_text(
        json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
