"""Generate a fictional printing and packaging firm annual plan extract (PDF) and its labels."""

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "ambrose-print-pack-fy2028-operating-plan-extract.pdf"

CONTENT = [
    ("title", "FY2028 Operating Plan (extract)"),
    (
        "p",
        "Ambrose Print and Pack, Inc. | Section 4: Quality and Technology | Distribution: "
        "plant managers, finance, sales leadership",
    ),
    (
        "p",
        "<i>This extract reproduces Section 4 of the FY2028 Operating Plan approved by the "
        "executive team in November 2027. Sections 1-3 (financial plan, sales plan, "
        "facilities) and Section 5 (safety) are circulated separately.</i>",
    ),
    ("h1", "4.1 Context"),
    (
        "p",
        "Ambrose runs two plants, in Dayton, Ohio and Fort Wayne, Indiana, producing "
        "folding cartons, labels and commercial print for food, personal care and "
        "over-the-counter health brands. FY2027 net sales were $148 million, of which folding "
        "cartons were 61 percent.",
    ),
    (
        "p",
        "The folding carton market in North America grew by roughly 3 percent in 2027, "
        "according to trade association estimates, while commercial print continued to "
        "decline at around 4 percent a year. Brand owners are consolidating their packaging "
        "suppliers, and in our 2027 customer survey 72 percent of buyers ranked on-time, "
        "defect-free delivery above price.",
    ),
    (
        "p",
        "Across the packaging industry, recalls caused by mislabeled or misprinted cartons "
        "have cost brand owners heavily, and several large converters have invested in "
        "inline inspection as a result.",
    ),
    (
        "p",
        "Today, print and carton quality at Ambrose is checked by press operators pulling "
        "sheets at intervals and by a final manual inspection at the gluers. Customer "
        "complaints for print defects rose in FY2027, and two complaints involved a "
        "wrong-version carton reaching a customer's filling line.",
    ),
    ("h1", "4.2 Our direction for FY2028"),
    (
        "p",
        "Our goal for FY2028 is simple: make Ambrose the most technologically advanced "
        "converter in the region, and a partner our customers never have to worry about.",
    ),
    (
        "p",
        "In practice this year's plan is about putting camera inspection on every folding "
        "carton gluer in both plants and getting our people comfortable working with it.",
    ),
    (
        "p",
        "The pilot on Gluer 2 in Dayton, which ran from May to September 2027, used a camera "
        "system with a trained defect-recognition model to inspect every carton at full line "
        "speed. It caught print and glue-flap defects that the manual check missed, but it "
        "also rejected too many good cartons, which slowed the line and frustrated the crews.",
    ),
    ("h1", "4.3 Targets"),
    (
        "p",
        "The following targets apply to the inspection system in FY2028. Baselines are from "
        "the Gluer 2 pilot.",
    ),
    (
        "table",
        [
            ["Measure", "Pilot baseline", "FY2028 target", "Date"],
            ["False-reject rate, each gluer line", "4.2%", "1.5% or lower", "June 30, 2028"],
            ["Operator overrides of camera rejects", "18%", "under 8%", "Sept 30, 2028"],
            [
                "Defects missed by camera, found in audit",
                "0.9 per 10k",
                "0.3 per 10k",
                "Dec 31, 2028",
            ],
        ],
    ),
    (
        "p",
        "We will bring the false-reject rate on each gluer line down from 4.2 percent in the "
        "pilot to 1.5 percent or lower by June 30, 2028.",
    ),
    ("h1", "4.4 How the work on the gluers changes"),
    (
        "p",
        "The camera system does not have the final word on a carton. Cartons it rejects are "
        "diverted to a hold bin rather than scrapped.",
    ),
    (
        "ul",
        [
            "At the end of every hour the line lead checks each carton in the hold bin, returns good "
            "cartons to the line and logs every override with a reason code.",
            "Each Friday the quality engineer reviews the week's overrides and audit findings with "
            "the vendor and adjusts the inspection thresholds for the next week.",
            "Any carton the camera flags as a possible wrong version stops the line until the line "
            "lead has checked the job ticket against the approved artwork.",
            "Press operators continue their sheet pulls for color; the camera does not replace "
            "color measurement on press.",
        ],
    ),
    ("h1", "4.5 People and budget"),
    ("p", "The inspection rollout needs skills we do not have on every shift today."),
    (
        "ul",
        [
            "Hire two vision-systems technicians for Fort Wayne (one per shift) by March 2028.",
            "Assign one quality engineer in Dayton at 50 percent of their time to threshold tuning "
            "and override review.",
            "Train all 36 gluer line leads on the hold-bin routine (half a day each, on paid time).",
        ],
    ),
    (
        "table",
        [
            ["Item", "FY2028 ($000)"],
            ["Camera systems, Gluers 1, 3 and 4 (Dayton) and 1-2 (Fort Wayne)", "410"],
            ["Vendor integration and model training", "85"],
            ["Vision-systems technicians (2, from March)", "150"],
            ["Quality engineer time (0.5 FTE)", "55"],
            ["Training", "25"],
            ["Total", "725"],
        ],
    ),
    (
        "p",
        "Capital items are included in the FY2028 capital budget approved in Section 1. "
        "Staff costs are included in the plant operating budgets.",
    ),
    ("h1", "4.6 What we learned from the Gluer 2 pilot"),
    (
        "p",
        "The pilot taught us as much about the way we run the gluers as about the camera. "
        "Three lessons shaped the plan above.",
    ),
    (
        "ul",
        [
            "Lighting matters more than the model. Most false rejects in the first month came from "
            "glare on high-gloss coatings, and were fixed by changing the light housing rather than "
            "by retraining.",
            "Crews stop trusting a system that stops the line for nothing. In the weeks with the "
            "highest false-reject rate, operators started to bypass the reject gate, which is why "
            "the hold-bin routine was introduced in August.",
            "Artwork versions are the real risk. The camera's most valuable catches were cartons "
            "printed from a superseded version of the customer's artwork, not cosmetic defects.",
        ],
    ),
    (
        "table",
        [
            ["Pilot month", "Cartons inspected (000)", "Rejected", "Returned to line by lead"],
            ["May 2027", "1,140", "6.1%", "n/a (scrapped)"],
            ["June 2027", "1,310", "5.4%", "n/a (scrapped)"],
            ["July 2027", "1,205", "4.8%", "n/a (scrapped)"],
            ["August 2027", "1,390", "4.4%", "22%"],
            ["September 2027", "1,275", "4.2%", "18%"],
        ],
    ),
    (
        "p",
        "Customer feedback on the pilot was positive. Two of our food customers asked to see "
        "the inspection records for their jobs, and one has asked whether the same system "
        "could be used on labels, which we print on different equipment.",
    ),
    ("h1", "4.7 Other technology items"),
    (
        "p",
        "The estimating and scheduling system upgrade deferred from FY2027 remains deferred. "
        "The prepress team will continue to evaluate automated preflight tools for "
        "commercial print jobs; no spend is planned for FY2028.",
    ),
    (
        "p",
        "We have not assigned an owner for the inspection rollout across both plants.",
    ),
    ("h1", "4.8 Notes"),
    (
        "p",
        "Figures in this extract are in U.S. dollars. Market figures are from trade "
        "association estimates and the 2027 Ambrose customer survey (n = 64). This extract "
        "should be read together with the full Operating Plan.",
    ),
]

LABELS = {
    "outcomes": (
        "partial",
        [
            "Our goal for FY2028 is simple: make Ambrose the most technologically advanced "
            "converter in the region, and a partner our customers never have to worry about.",
            "In practice this year's plan is about putting camera inspection on every folding "
            "carton gluer in both plants and getting our people comfortable working with it.",
        ],
    ),
    "metrics": (
        "present",
        [
            "We will bring the false-reject rate on each gluer line down from 4.2 percent in the "
            "pilot to 1.5 percent or lower by June 30, 2028.",
            "False-reject rate, each gluer line 4.2% 1.5% or lower June 30, 2028",
            "Operator overrides of camera rejects 18% under 8% Sept 30, 2028",
        ],
    ),
    "owners": ("absent", []),
    "governance": ("absent", []),
    "execution_capacity": (
        "present",
        [
            "Hire two vision-systems technicians for Fort Wayne (one per shift) by March 2028.",
            "Assign one quality engineer in Dayton at 50 percent of their time to threshold "
            "tuning and override review.",
            "Vision-systems technicians (2, from March) 150",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "At the end of every hour the line lead checks each carton in the hold bin, returns "
            "good cartons to the line and logs every override with a reason code.",
            "Each Friday the quality engineer reviews the week's overrides and audit findings "
            "with the vendor and adjusts the inspection thresholds for the next week.",
            "Any carton the camera flags as a possible wrong version stops the line until the "
            "line lead has checked the job ticket against the approved artwork.",
        ],
    ),
    "roadmap": ("absent", []),
}


def build():
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=10)
    story = []
    for kind, payload in CONTENT:
        if kind == "title":
            story.append(Paragraph(payload, styles["Title"]))
        elif kind == "h1":
            story.append(Paragraph(payload, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(payload, body))
        elif kind == "ul":
            items = [ListItem(Paragraph(t, body), leftIndent=14) for t in payload]
            story.append(ListFlowable(items, bulletType="bullet", leftIndent=14))
        elif kind == "table":
            data = [[Paragraph(c, cell) for c in row] for row in payload]
            t = Table(data, hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e2d0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(
        str(OUT / NAME),
        pagesize=letter,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        title="FY2028 Operating Plan extract: Quality and Technology",
        author="Ambrose Print and Pack",
        invariant=1,
    )
    doc.build(story)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build()
    labels = {
        "document": NAME,
        "checks": {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()},
    }
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
