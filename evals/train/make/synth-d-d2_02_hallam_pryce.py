"""synth-d-d2 02: Hallam & Pryce, practice policy memo on AI tools (DOCX). Fictional."""

import json
import os

from docx import Document

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "hallam-pryce-practice-memo-ai-drafting-tools.docx"

BLOCKS = [
    ("h0", "Practice memo 2027/03: AI drafting tools in client work"),
    (
        "p",
        "To: all staff, Hallam & Pryce Chartered Accountants and Tax Advisers (Sheffield and Chesterfield offices)",
    ),
    ("p", "From: Margaret Hallam, Senior Partner"),
    ("p", "Date: 14 January 2027"),
    ("h1", "1. Why this memo"),
    (
        "p",
        "Several of you have asked whether you may use the AI drafting features that now come built into our practice software, and a few of you have already tried the free chatbots at home. We have taken advice from our professional body and from our insurers, and the partners agreed the rules below at the December partners' meeting.",
    ),
    (
        "p",
        "This memo is not a business case. Some larger firms report that these tools halve the time spent on engagement letters and tax return narratives; we have not tested that claim and we are not setting the practice any savings goal on the back of it. The point of this memo is to make sure that when the tools are used, they are used safely.",
    ),
    ("h1", "2. The rules"),
    (
        "b",
        "Only the tools in the table in section 3 may be used for client work. Anything else, including free chatbots on personal devices, is off limits for client matters.",
    ),
    (
        "b",
        "Client names, UTRs, National Insurance numbers, bank details and anything taken from HMRC correspondence must not be typed or pasted into any tool that is not on the approved list.",
    ),
    (
        "b",
        "AI drafting may be used for first drafts of letters, engagement letter schedules, meeting notes and narrative sections of accounts. It may not be used to compute tax, to decide a filing position or to give advice that has not been checked.",
    ),
    (
        "b",
        "No new tool, plug-in or feature may be switched on until the partners' meeting has approved it and the Practice Manager has added it to the approved list.",
    ),
    ("h1", "3. Approved tools"),
    (
        "table",
        [
            ["Tool", "Approved uses", "Not permitted", "Approved by / date"],
            [
                "LedgerDesk Assist (inside our practice software)",
                "First drafts of client letters and accounts narratives",
                "Tax computations; anything sent without review",
                "Partners' meeting, Dec 2026",
            ],
            [
                "Microsoft 365 Copilot (firm tenancy only)",
                "Meeting notes, internal summaries",
                "Client data from HMRC letters",
                "Partners' meeting, Dec 2026",
            ],
            ["Free chatbots (any)", "None for client work", "All client matters", "Not approved"],
        ],
    ),
    ("h1", "4. How review works"),
    (
        "p",
        'Anything drafted with an approved tool is reviewed by the client manager before it leaves the office, and the client manager ticks the "AI-assisted, reviewed" box on the file sign-off sheet with their initials and the date.',
    ),
    (
        "p",
        "Where the draft contains figures, the reviewer checks each figure back to the working papers, not to the draft.",
    ),
    (
        "p",
        "If the reviewer finds a wrong figure, an invented reference or anything that reads as advice we would not give, they correct it and record it in the AI issues log on the shared drive, with the tool used and what went wrong.",
    ),
    (
        "p",
        "The partners' meeting reviews the AI issues log on the first Tuesday of every month and decides whether a tool's approved uses should be narrowed or the tool withdrawn.",
    ),
    ("h1", "5. Who is responsible"),
    (
        "b",
        "Practice Manager (Gemma Lyle): owns the approved tools list and the AI issues log, and brings both to the monthly partners' meeting.",
    ),
    (
        "b",
        "Rob Pryce, Partner and Data Protection Lead: accountable for making sure no client personal data leaves the firm tenancy, and for reporting any breach to the ICO within the statutory deadline.",
    ),
    (
        "b",
        "Client managers: responsible for the review and sign-off of every AI-assisted document on their clients.",
    ),
    ("h1", "6. Examples"),
    ("p", "Some examples from the last few months, to show where the line is."),
    (
        "b",
        "Acceptable: asking LedgerDesk Assist to turn your bullet points into a first draft of a letter explaining to a sole trader why their payments on account have gone up, then checking every figure against the computation before it goes to the client manager.",
    ),
    (
        "b",
        "Acceptable: using Copilot in the firm tenancy to summarise the notes of an internal staff meeting.",
    ),
    (
        "b",
        "Not acceptable: pasting a client's HMRC enquiry letter into a free chatbot to ask what it means, even with the name removed. The letter itself identifies the client.",
    ),
    (
        "b",
        "Not acceptable: asking any tool whether a client qualifies for a relief and copying the answer into an email. Reliefs are a matter for professional judgement and for the partner responsible for the client.",
    ),
    ("h1", "7. What we tell clients"),
    (
        "p",
        "From the next round of engagement letters, our standard terms will include a short paragraph explaining that we may use approved software tools, some of which include AI features, to help prepare correspondence and narrative sections of accounts, that client data stays within systems we control, and that every document is reviewed by a qualified member of staff before it is sent. Any client who would prefer that we do not use these features on their work should tell their client manager, and we will note it on the file.",
    ),
    ("h1", "8. Questions"),
    (
        "p",
        "If you are not sure whether something is allowed, assume it is not and ask Gemma. We would rather answer a hundred questions than explain one mistake to a client or to our insurers.",
    ),
    (
        "p",
        "This memo replaces the email of 2 October 2026 on the same subject and takes effect from Monday 1 February 2027.",
    ),
    ("p", "Margaret Hallam"),
]

LABELS = {
    "outcomes": ("absent", []),
    "metrics": ("absent", []),
    "owners": (
        "present",
        [
            "Practice Manager (Gemma Lyle): owns the approved tools list and the AI issues log, and brings both to the monthly partners' meeting.",
            "Rob Pryce, Partner and Data Protection Lead: accountable for making sure no client personal data leaves the firm tenancy, and for reporting any breach to the ICO within the statutory deadline.",
        ],
    ),
    "governance": (
        "present",
        [
            "No new tool, plug-in or feature may be switched on until the partners' meeting has approved it and the Practice Manager has added it to the approved list.",
            "The partners' meeting reviews the AI issues log on the first Tuesday of every month and decides whether a tool's approved uses should be narrowed or the tool withdrawn.",
            "Client names, UTRs, National Insurance numbers, bank details and anything taken from HMRC correspondence must not be typed or pasted into any tool that is not on the approved list.",
        ],
    ),
    "execution_capacity": ("absent", []),
    "human_oversight": (
        "present",
        [
            'Anything drafted with an approved tool is reviewed by the client manager before it leaves the office, and the client manager ticks the "AI-assisted, reviewed" box on the file sign-off sheet with their initials and the date.',
            "Where the draft contains figures, the reviewer checks each figure back to the working papers, not to the draft.",
            "If the reviewer finds a wrong figure, an invented reference or anything that reads as advice we would not give, they correct it and record it in the AI issues log on the shared drive, with the tool used and what went wrong.",
        ],
    ),
    "roadmap": ("absent", []),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    d = Document()
    for kind, val in BLOCKS:
        if kind == "h0":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(val)
    d.core_properties.author = "Hallam & Pryce (fictional)"
    d.save(os.path.join(OUT, NAME))
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
