"""Fictional toy company: project charter for returns and demand analytics (DOCX, American)."""

import json
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "pinwheel-play-project-lantern-charter.docx"

OC1 = "Lower the return rate on our electronic and app-connected toys before holiday 2027."
OC2 = "Cut markdown spend on overstocked seasonal SKUs in the January clearance window."
OC3 = "Shorten the time it takes Consumer Care to spot a defect trend from weeks to days."

KPI_HEAD = ["Measure", "Baseline", "Target", "By"]
KPI = [
    ["Return rate, electronic & app-connected toys", "7.9% (FY2026)", "5.5%", "Dec 31, 2027"],
    ["January clearance markdown spend", "$4.1M (Jan 2026)", "$3.0M", "Jan 31, 2028"],
    ["Days from first complaint to defect alert", "19 days (2026 avg.)", "4 days", "Sep 30, 2027"],
]
OWN_HEAD = ["Workstream", "Owner", "What they own"]
OWN = [
    [
        "Returns insight",
        "Dana Whitfield, VP Quality & Product Safety",
        "Return-rate target and the returns dashboard",
    ],
    [
        "Demand sensing",
        "Luis Ortega, Director of Supply Planning",
        "Markdown target and the seasonal forecast",
    ],
    [
        "Complaint classifier",
        "Keisha Monroe, Senior Manager, Consumer Care",
        "Defect-alert lead time; complaint tagging quality",
    ],
]
EX1 = (
    "The budget funds 3.5 FTE for 18 months: one data analyst (new hire, start Q1 2027), "
    "one ML engineer on contract through our analytics partner, one half-time product owner "
    "seconded from Consumer Care, and 1.5 FTE of BI developer time from Corporate IT."
)
EX2 = (
    "Hiring for the data analyst role opens in November 2026; the job description is "
    "attached as Appendix B."
)
GV1 = "Appropriate governance will follow once the analytics vendor is selected."
GV2 = "We'll loop in Legal on consumer data and COPPA questions as needed."
RM_HEAD = ["Phase", "Dates", "Scope", "Gate to next phase"]
RM = [
    [
        "1. Discover",
        "Jan-Mar 2027",
        "Clean 3 years of returns and complaint data; baseline all three measures",
        "All three baselines agreed with Finance",
    ],
    [
        "2. Pilot",
        "Apr-Jul 2027",
        "Complaint classifier and returns dashboard for the Robotics line only",
        "Pilot cuts defect-alert lead time below 8 days",
    ],
    [
        "3. Scale",
        "Aug-Dec 2027",
        "All electronic lines; demand sensing feeds holiday buy",
        "Close-out: hand-over to business as usual, January 2028",
    ],
]


def add_table(d, head, rows):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = h
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=True):
            c.text = v
    return t


def bullets(d, items):
    for i in items:
        d.add_paragraph(i, style="List Bullet")


def build():
    d = docx.Document()
    d.add_heading("Project Lantern - Project Charter", 0)
    d.add_paragraph(
        "Pinwheel Play Co. | Quality, Supply Planning and Consumer Care | Version 1.2, "
        "October 14, 2026 | For approval by the Executive Leadership Team"
    )

    d.add_heading("1. Background", 1)
    d.add_paragraph(
        "Pinwheel Play designs and sells toys for children aged 3 to 12 through mass retail, "
        "specialty toy stores and our own web store. Electronic and app-connected toys were "
        "31% of revenue in FY2026 and are growing faster than the rest of the range, but they "
        "also come back far more often. Every returned unit costs us the freight both ways, "
        "the retailer chargeback and usually the unit itself, since most returns cannot be "
        "resold."
    )
    d.add_paragraph(
        "Today we learn about defects slowly. Complaints arrive through the care line, email, "
        "retailer portals and product reviews, and they are read and tagged by hand. A pattern "
        "such as a battery door that cracks or a Bluetooth pairing failure usually shows up "
        "in the numbers weeks after the first customers noticed it, by which point the "
        "factory has shipped several more containers."
    )
    d.add_paragraph(
        "At the same time our seasonal buy is still planned largely from last year's "
        "sell-through. In January 2026 we cleared more than 240 seasonal SKUs at deep "
        "discounts. Industry surveys suggest that 40% of toy purchases happen in the fourth "
        "quarter, so getting the holiday buy wrong is expensive in both directions."
    )

    d.add_heading("2. What this project will achieve", 1)
    d.add_paragraph("Project Lantern has three business objectives:")
    bullets(d, [OC1, OC2, OC3])
    d.add_paragraph(
        "Each objective maps to a line in the FY2027 operating plan, so the savings will show "
        "up in the P&L rather than only in a dashboard."
    )

    d.add_heading("3. Success measures", 1)
    d.add_paragraph(
        "We will measure success against the FY2026 baselines below. Finance has agreed the "
        "baselines; Quality will report the three measures monthly."
    )
    add_table(d, KPI_HEAD, KPI)

    d.add_heading("4. Scope", 1)
    d.add_paragraph("In scope:")
    bullets(
        d,
        [
            "A complaint classifier that reads care-line notes, emails, retailer portal "
            "tickets and public product reviews and tags them by product, defect type and "
            "severity",
            "A returns dashboard joining retailer return data with our own complaint tags",
            "A demand-sensing forecast for seasonal SKUs using sell-through, search trends "
            "and retailer inventory feeds",
        ],
    )
    d.add_paragraph("Out of scope:")
    bullets(
        d,
        [
            "Any change to the products themselves or to factory quality processes",
            "Chatbots or any automated reply to consumers",
            "Data collected by our app-connected toys from children",
        ],
    )

    d.add_heading("5. Ownership", 1)
    d.add_paragraph(
        "Each workstream has one accountable owner. The executive sponsor is our COO, "
        "Rachel Adeyemi."
    )
    add_table(d, OWN_HEAD, OWN)

    d.add_heading("6. Team and budget", 1)
    d.add_paragraph(EX1)
    d.add_paragraph(EX2)
    d.add_paragraph(
        "Total budget is $1.38M over 18 months, of which $0.61M is people cost, $0.52M "
        "software and cloud, and $0.25M the analytics partner's fixed fee. Finance will "
        "track spend against this budget in the regular monthly project report."
    )

    d.add_heading("7. Plan", 1)
    d.add_paragraph(
        "The project runs in three phases. We only move to the next phase when the gate "
        "criterion is met."
    )
    add_table(d, RM_HEAD, RM)

    d.add_heading("8. Assumptions and dependencies", 1)
    bullets(
        d,
        [
            "Our three largest retail partners keep sending item-level return data under the "
            "current data-sharing terms, which run through 2028",
            "The public review sites we use allow their reviews to be analyzed under their "
            "terms of service; Legal is confirming this for two of the five sites",
            "Corporate IT's move to the new data warehouse completes by the end of Q1 2027",
            "Factories accept defect alerts in the format already used for quality holds",
        ],
    )
    d.add_paragraph(
        "If the retail data feeds stop, the returns dashboard falls back to our own web store "
        "returns only, which are about 12% of the total, and the return-rate target would "
        "have to be revisited."
    )

    d.add_heading("9. Risks, data and compliance", 1)
    d.add_paragraph(
        "The main delivery risk is data: retailer return codes are inconsistent and about a "
        "fifth of care-line notes have no product code. Phase 1 exists to deal with this."
    )
    d.add_paragraph(GV1)
    d.add_paragraph(GV2)

    d.add_heading("10. Approval", 1)
    d.add_paragraph(
        "Requested: approval of the charter and release of the Phase 1 budget ($0.29M)."
    )
    d.add_paragraph("Prepared by: Project Management Office, Pinwheel Play Co.")
    return d


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "present", "evidence": [OC1, OC2, OC3]},
        "metrics": {"status": "present", "evidence": ["\t".join(r) for r in KPI]},
        "owners": {"status": "present", "evidence": ["\t".join(r) for r in OWN]},
        "governance": {"status": "partial", "evidence": [GV1, GV2]},
        "execution_capacity": {"status": "present", "evidence": [EX1, EX2]},
        "human_oversight": {"status": "absent", "evidence": []},
        "roadmap": {"status": "present", "evidence": ["\t".join(r) for r in RM]},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build().save(str(OUT / NAME))
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()
