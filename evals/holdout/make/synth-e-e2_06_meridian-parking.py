"""Fictional car-parking operator: board investment case for plate recognition and pricing.

PPTX, American voice.
"""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "meridian-parking-smartbay-investment-case.pptx"

OC1 = "Unlock the value of our 140-location portfolio"
OC2 = "Become the smartest parking operator in the Midwest"
OC3 = "Deploy license plate recognition (LPR) at 40 garages and dynamic pricing downtown"
MT1 = "We will track occupancy, revenue per space and customer complaints at every pilot site"
MT2 = "Financial returns (IRR, payback) will be modeled by Finance in Q3"
MT3 = "Drivers in large US cities spend 17 minutes on average looking for a space"
OW1 = "A program lead will be designated by March 2027"
OW2 = "Operations and IT will share responsibility for the rollout"
EX1 = "Our site teams are the key to making this work"
EX2 = "Attendants will be upskilled into customer-service roles as ticket booths go away"
RM_HEAD = ["Phase", "When", "What", "Move on when"]
RM = [
    [
        "1. Pilot",
        "Apr-Sep 2027",
        "LPR + dynamic pricing at 8 downtown Columbus garages",
        "All 8 pilot garages ticketless and pricing live through one full event season",
    ],
    [
        "2. Scale garages",
        "Jan-Jun 2028",
        "Remaining 32 garages in Columbus, Indianapolis, Louisville",
        "All 40 garages ticketless; permits migrated to the new platform",
    ],
    ["3. Surface lots", "H2 2028", "Pricing only at 100 surface lots", "-"],
]

SLIDES = [
    (
        "Executive summary",
        [OC1, OC2, OC3, "Ask today: $2.1M to fund Phase 1"],
        "Lead with the ask. The board has seen the vendor demo already, don't repeat it.",
    ),
    (
        "Market context",
        [
            MT3,
            "Ticketless entry is already standard at roughly 35% of Class A garages nationally",
            "Two of our three largest competitors launched app-based pricing in 2026",
            "Event-day demand in our downtown markets is up sharply since the arena opened",
        ],
        "Source for the 17 minutes is the industry association study; the 35% is from the "
        "vendor, so treat it as directional.",
    ),
    (
        "What SmartBay is",
        [
            "Cameras read plates at entry and exit; no more paper tickets or lost-ticket fees",
            "Customers pay by app, at a kiosk or get billed by plate if they register",
            "Prices at each garage move with expected demand (events, weather, time of day)",
            "One platform for monthly permits, validations and event pre-booking",
        ],
        None,
    ),
    ("Investment ask", None, None),
    ("Roadmap", "RM", "Phase 3 is indicative; some surface lots may not justify cameras."),
    (
        "Measuring success",
        [MT1, MT2, "Monthly dashboard from the pricing platform for each pilot garage"],
        None,
    ),
    (
        "Team",
        [EX1, EX2, OW1, OW2],
        "If asked: we have not decided whether the lead sits in Ops or IT.",
    ),
    (
        "Industry watch-outs",
        [
            "Plate-data privacy has drawn press attention for other operators in the last year",
            "Some cities are revisiting rules on surge pricing for parking",
            "Camera vendors have had supply delays of 10-14 weeks",
        ],
        None,
    ),
    (
        "The ask",
        [
            "Approve $2.1M of capital for Phase 1",
            "Note the indicative two-year program of $6.8M",
            "Endorse the eight Columbus pilot garages",
        ],
        None,
    ),
]
CAPEX_HEAD = ["Item", "Phase 1 (2027)", "Phases 2-3 (2028)"]
CAPEX = [
    ["LPR cameras and installation", "$0.9M", "$2.6M"],
    ["Pricing and permits platform (licenses)", "$0.5M", "$0.9M"],
    ["Pay kiosks and signage", "$0.4M", "$0.9M"],
    ["Contingency", "$0.3M", "$0.3M"],
    ["Total", "$2.1M", "$4.7M"],
]


def table(slide, head, rows, widths):
    shape = slide.shapes.add_table(
        len(rows) + 1, len(head), Inches(0.5), Inches(1.7), Inches(12.3), Inches(3)
    )
    tbl = shape.table
    for i, w in enumerate(widths):
        tbl.columns[i].width = Inches(w)
    for r, vals in enumerate([head, *rows]):
        for c, v in enumerate(vals):
            tbl.cell(r, c).text = v
            for p in tbl.cell(r, c).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(15)


def build():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "SmartBay: Investment Case"
    s.placeholders[1].text = "Meridian Parking Group | Board of Directors | February 2027"
    for title, items, notes in SLIDES:
        if items is None or items == "RM":
            s = prs.slides.add_slide(prs.slide_layouts[5])
            s.shapes.title.text = title
            if items is None:
                table(s, CAPEX_HEAD, CAPEX, [6.3, 3, 3])
            else:
                table(s, RM_HEAD, RM, [2, 1.8, 4.5, 4])
        else:
            s = prs.slides.add_slide(prs.slide_layouts[1])
            s.shapes.title.text = title
            tf = s.placeholders[1].text_frame
            tf.text = items[0]
            for it in items[1:]:
                tf.add_paragraph().text = it
            for p in tf.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(22)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    return prs


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "partial", "evidence": [OC1, OC2, OC3]},
        "metrics": {"status": "partial", "evidence": [MT1, MT2]},
        "owners": {"status": "partial", "evidence": [OW1, OW2]},
        "governance": {"status": "absent", "evidence": []},
        "execution_capacity": {"status": "partial", "evidence": [EX1, EX2]},
        "human_oversight": {"status": "absent", "evidence": []},
        "roadmap": {"status": "present", "evidence": ["\t".join(r) for r in RM[:2]]},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build().save(str(OUT / NAME))
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()
