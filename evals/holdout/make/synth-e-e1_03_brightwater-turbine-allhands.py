"""Writes a fictional wind-farm O&M contractor all-hands deck (PPTX) and its labels."""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "brightwater-turbine-services-fy27-ops-allhands.pptx"

# (title, bullets, table or None, notes or None)
SLIDES = [
    (
        "FY27 Ops All-Hands",
        ["Brightwater Turbine Services", "Aberdeen + Esbjerg", "9 January 2027"],
        None,
        "Welcome everyone, and thanks to the Esbjerg crew dialling in from the hangar. "
        "Forty minutes, then questions.",
    ),
    (
        "FY26 in one slide",
        [
            "Took on Skerra Bank (84 turbines) in April - biggest mobilisation we've done",
            "Two more CTVs on long-term charter",
            "Gearbox callouts up year on year - rough autumn + an ageing fleet at Holm",
            "Esbjerg workshop finally open",
        ],
        None,
        None,
    ),
    (
        "Why FY27 is different",
        [
            "Skerra Bank and Holm move to availability-based payment from 1 July",
            "Every point of availability under the guarantee now comes off our invoice",
            "The owners can see the same SCADA data we can",
        ],
        None,
        "This is the slide to remember. Until now a turbine sitting idle was mostly the "
        "owner's problem. From July it is ours.",
    ),
    (
        "What we're going after",
        [
            "Cut unplanned downtime across the North Sea portfolio",
            "Lift first-time-fix on gearbox and pitch callouts",
            "Stop losing weather windows to missing spares",
        ],
        None,
        "Nobody owns these on their own - they sit with all of us in ops leadership.",
    ),
    (
        "Scoreboard",
        [],
        [
            ["KPI", "FY26 actual", "FY27 target", "By"],
            ["Time-based availability, Skerra Bank + Holm", "95.8%", "97.2%", "Dec 2027"],
            ["First-time-fix rate, gearbox callouts", "61%", "75%", "Dec 2027"],
            ["Weather windows lost to missing parts", "23", "fewer than 8", "Dec 2027"],
        ],
        "We'll put this on the screens in both control rooms.",
    ),
    (
        "Data: where we are",
        [
            "SCADA + vibration feeds from both OEMs now landing in one place (finally)",
            "Ten years of work-order history cleaned up by the planning team",
            "Still no decent feed from the Holm substation",
        ],
        None,
        None,
    ),
    (
        "Who's on it",
        [
            "Ops leadership team owns the scoreboard",
            "A reliability lead will be designated by March",
            "Site supervisors: shout early when the numbers slip",
        ],
        None,
        None,
    ),
    (
        "People",
        [
            "Our techs are the edge. Full stop.",
            "We'll keep investing in skills and tickets",
            "Hiring plans: more at the Q2 all-hands",
        ],
        None,
        "I know people want to hear about hiring. Honest answer: we're waiting on the "
        "Fenwick Deep decision before we commit to numbers.",
    ),
    (
        "On the horizon (no particular order)",
        [
            "Drone blade inspections",
            "Spares forecasting",
            "Remote resets for pitch faults",
            "Bid for Fenwick Deep O&M",
        ],
        None,
        None,
    ),
    (
        "A word on the market",
        [
            "Across the sector, contractors that signed availability guarantees without the "
            "data to back them got burned",
            "Owners are getting tougher on liquidated damages",
            "Two competitors exited North Sea O&M last year",
        ],
        None,
        None,
    ),
    (
        "Questions?",
        ["Slido code on the screen", "Slides go on the intranet after today"],
        None,
        "Leave ten minutes at the end for the Esbjerg team's questions.",
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
                p.text = "\u2022 " + b
                p.font.size = Pt(24)
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
            "status": "present",
            "evidence": [
                "Cut unplanned downtime across the North Sea portfolio",
                "Lift first-time-fix on gearbox and pitch callouts",
                "Stop losing weather windows to missing spares",
            ],
        },
        "metrics": {
            "status": "present",
            "evidence": [
                "Time-based availability, Skerra Bank + Holm\t95.8%\t97.2%\tDec 2027",
                "First-time-fix rate, gearbox callouts\t61%\t75%\tDec 2027",
                "Weather windows lost to missing parts\t23\tfewer than 8\tDec 2027",
            ],
        },
        "owners": {
            "status": "partial",
            "evidence": [
                "Ops leadership team owns the scoreboard",
                "A reliability lead will be designated by March",
                "Nobody owns these on their own - they sit with all of us in ops leadership.",
            ],
        },
        "governance": {"status": "absent", "evidence": []},
        "execution_capacity": {
            "status": "partial",
            "evidence": [
                "Our techs are the edge.",
                "We'll keep investing in skills and tickets",
                "Hiring plans: more at the Q2 all-hands",
            ],
        },
        "human_oversight": {"status": "absent", "evidence": []},
        "roadmap": {
            "status": "partial",
            "evidence": [
                "Drone blade inspections",
                "Spares forecasting",
                "Remote resets for pitch faults",
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
