"""Writes a fictional cruise-line board investment-case deck (PPTX) and its labels."""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "meridian-cruise-line-project-horizon-board-deck.pptx"

# (title, bullets, table or None, notes or None)
SLIDES = [
    (
        "Project Horizon: Investment Case",
        [
            "Meridian Cruise Line | Board of Directors",
            "March 18, 2027 | For decision | Confidential",
        ],
        None,
        None,
    ),
    (
        "Decision requested",
        [
            "Approve Project Horizon in principle",
            "Approve the Phase 1 pilot on Meridian Aurora, sailing from May 2027",
            "Capital request comes to the June board with vendor pricing",
        ],
        None,
        "We are not asking for the full capital today. The June paper will carry the "
        "numbers once the vendor selection is done.",
    ),
    (
        "Why now",
        [
            "Gen X and millennial cruisers are now 44% of bookings industry-wide (2026 "
            "industry survey)",
            "72% of our guests say they would rather book shore excursions in the app "
            "(Meridian guest survey, Q4 2026)",
            "Two of the big three lines launched onboard AI concierges last year",
            "Industry berth capacity is forecast to grow 9% by 2028",
        ],
        None,
        "The survey numbers are in the appendix. The competitive point is the one that "
        "keeps me up at night.",
    ),
    (
        "The vision",
        [
            "Reimagine the guest journey, from booking to disembarkation",
            "Every guest known by name at every touchpoint",
            "Become the most personal cruise line at sea",
        ],
        None,
        None,
    ),
    (
        "What Horizon delivers",
        [
            "Launch an AI concierge in the Meridian app, fleet-wide",
            "Put a personalized daily planner on every stateroom TV",
            "Roll out next-best-offer prompts at the spa and shore excursions desks",
        ],
        None,
        None,
    ),
    (
        "How we'll measure success",
        [
            "We will track guest NPS, app adoption and onboard revenue per guest day",
            "Benchmarks against the two competitor programs as they become public",
        ],
        None,
        "Targets will firm up once we see the Aurora pilot data.",
    ),
    (
        "Roadmap",
        [
            "Phase 1 - Pilot (May-Aug 2027): concierge and stateroom planner on Meridian Aurora",
            "Gate 1 - September 2027 board: go/no-go on fleet rollout, based on the pilot results",
            "Phase 2 - Fleet rollout (Oct 2027-Mar 2028): remaining seven ships, two per "
            "dry-dock window where hardware is needed",
            "Phase 3 - Next-best-offer at spa and excursions desks (from Q2 2028)",
        ],
        None,
        "Phase 3 only starts if Phase 2 clears. The board sees it again at Gate 1.",
    ),
    (
        "Accountability",
        [],
        [
            ["Workstream", "Accountable executive", "Scope"],
            [
                "AI concierge and app",
                "Chief Digital Officer",
                "App features, vendor, guest data feeds",
            ],
            [
                "Stateroom planner",
                "SVP Hotel Operations",
                "Onboard content, stateroom TV estate",
            ],
            [
                "Next-best-offer",
                "SVP Revenue Management",
                "Offer rules, pricing, onboard sales",
            ],
        ],
        None,
    ),
    (
        "Crew and guests",
        [
            "Our crew stay in control: Horizon suggests, people decide",
            "Onboard processes will adapt as we learn from the pilot",
        ],
        None,
        None,
    ),
    (
        "Risk and privacy",
        [
            "Appropriate governance and privacy controls will be put in place ahead of launch",
            "We will comply with applicable data protection laws in every flag and port state",
        ],
        None,
        "Legal has been briefed. Nothing here should surprise the audit committee.",
    ),
    (
        "Appendix A: Guest survey detail",
        [],
        [
            ["Statement (Q4 2026, n=3,410)", "Agree", "Neutral", "Disagree"],
            ["I would book shore excursions in the app", "72%", "16%", "12%"],
            ["I want dining suggestions based on past cruises", "58%", "24%", "18%"],
            ["I am comfortable with Meridian using my preferences", "49%", "27%", "24%"],
        ],
        None,
    ),
    (
        "Appendix B: Vendor shortlist",
        [
            "Three platform vendors shortlisted after the January RFP",
            "Reference calls with two hotel groups completed",
            "Final selection in April, ahead of the June capital paper",
        ],
        None,
        None,
    ),
]


def build(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, (title, bullets, table, notes) in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[5]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = title
        if i == 0:
            slide.placeholders[1].text = "\n".join(bullets)
        elif bullets:
            box = slide.shapes.add_textbox(Inches(0.8), Inches(1.7), Inches(11.5), Inches(5))
            tf = box.text_frame
            tf.word_wrap = True
            for j, b in enumerate(bullets):
                p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                p.text = b
                p.level = 0
                p.font.size = Pt(22)
        if table:
            rows, cols = len(table), len(table[0])
            shape = slide.shapes.add_table(
                rows, cols, Inches(0.8), Inches(1.8), Inches(11.5), Inches(0.6 * rows)
            )
            for r, row in enumerate(table):
                for c, val in enumerate(row):
                    shape.table.cell(r, c).text = val
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(str(path))


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {
            "status": "partial",
            "evidence": [
                "Reimagine the guest journey, from booking to disembarkation",
                "Become the most personal cruise line at sea",
                "Launch an AI concierge in the Meridian app, fleet-wide",
            ],
        },
        "metrics": {
            "status": "partial",
            "evidence": [
                "We will track guest NPS, app adoption and onboard revenue per guest day",
                "Targets will firm up once we see the Aurora pilot data.",
            ],
        },
        "owners": {
            "status": "present",
            "evidence": [
                "AI concierge and app\tChief Digital Officer\tApp features, vendor, guest data "
                "feeds",
                "Stateroom planner\tSVP Hotel Operations\tOnboard content, stateroom TV estate",
                "Next-best-offer\tSVP Revenue Management\tOffer rules, pricing, onboard sales",
            ],
        },
        "governance": {
            "status": "partial",
            "evidence": [
                "Appropriate governance and privacy controls will be put in place ahead of launch",
                "We will comply with applicable data protection laws in every flag and port state",
            ],
        },
        "execution_capacity": {"status": "absent", "evidence": []},
        "human_oversight": {
            "status": "partial",
            "evidence": [
                "Our crew stay in control: Horizon suggests, people decide",
                "Onboard processes will adapt as we learn from the pilot",
            ],
        },
        "roadmap": {
            "status": "present",
            "evidence": [
                "Phase 1 - Pilot (May-Aug 2027): concierge and stateroom planner on Meridian "
                "Aurora",
                "Gate 1 - September 2027 board: go/no-go on fleet rollout, based on the pilot "
                "results",
                "Phase 2 - Fleet rollout (Oct 2027-Mar 2028): remaining seven ships, two per "
                "dry-dock window where hardware is needed",
            ],
        },
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
