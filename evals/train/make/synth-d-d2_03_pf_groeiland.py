"""synth-d-d2 03: Pensioenfonds Groeiland, board investment proposal (PPTX). Fictional."""

import json
import os

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "pf-groeiland-investment-proposal-digital-service-2028.pptx"

SLIDES = [
    (
        "Investment proposal 'Digitale Dienstverlening 2028'",
        [
            "Stichting Pensioenfonds Groeiland (SPG)",
            "For decision, meeting of the Board of 24 March 2027",
            "Agenda item 6",
        ],
        None,
        "English version prepared for the two international board members. The Dutch version is leading.",
    ),
    (
        "Decision that is asked",
        [
            "The Board is asked to approve a budget of EUR 2.4 million for the years 2027-2028",
            "The Board is asked to release Phase 1 of the programme",
            "Phase 2 and Phase 3 are released separately at the gates",
        ],
        None,
        None,
    ),
    (
        "Background",
        [
            "The execution costs per participant are with EUR 118 clearly higher than the sector average of EUR 96 (DNB figures 2025)",
            "71% of pension funds of our size indicate that they experiment with AI in administration (sector survey Pensioenfederatie 2026)",
            "Under the new pension system the number of member questions will rise strongly in the transition years",
            "The administration of SPG is carried out by the bureau in Zoetermeer, 46 FTE",
        ],
        None,
        "The comparison with the sector is sensitive. Please do not share outside the Board.",
    ),
    (
        "Goals of the programme",
        [],
        [
            ["Goal", "Explanation"],
            [
                "Lower the execution costs per participant",
                "Incoming mail and member questions are handled for a large part by hand",
            ],
            [
                "Shorten the processing time of value transfers and pension start",
                "Participants now wait too long for certainty about their pension",
            ],
            [
                "Fewer errors in entitlement letters",
                "Errors lead to complaints and to correction work afterwards",
            ],
        ],
        None,
    ),
    (
        "Key performance indicators",
        [],
        [
            ["KPI", "Baseline 2026", "Target", "Date"],
            ["Execution costs per participant", "EUR 118", "EUR 104", "31-12-2028"],
            [
                "Average processing time value transfer",
                "34 working days",
                "15 working days",
                "31-12-2028",
            ],
            ["Share of entitlement letters with an error", "2.9%", "below 1.0%", "30-06-2028"],
            [
                "Satisfaction of participants with contact (score 1-10)",
                "7.1",
                "at least 7.6",
                "31-12-2028",
            ],
        ],
        "Baselines are measured over the full year 2026 by the bureau and checked by the internal audit function.",
    ),
    (
        "Approach in phases",
        [
            "Phase 1 (Q2-Q4 2027): pilot automatic classification and routing of incoming mail for the team Value Transfers",
            "Gate 1 (December 2027): classification correct in at least 92% of a test set of 2,000 documents, and no increase of complaints",
            "Phase 2 (Q1-Q3 2028): extension to pension start and draft answers for member questions in the portal",
            "Gate 2 (September 2028): processing time value transfer below 20 working days in the pilot team",
            "Phase 3 (Q4 2028): roll-out to all teams of the bureau and decommissioning of the old mail module",
        ],
        None,
        None,
    ),
    (
        "Costs and benefits",
        [],
        [
            ["Item", "2027", "2028", "Total"],
            ["Licences and cloud", "EUR 310k", "EUR 420k", "EUR 730k"],
            ["One-off system changes", "EUR 690k", "EUR 610k", "EUR 1,300k"],
            ["Contingency (15%)", "EUR 140k", "EUR 230k", "EUR 370k"],
            ["Total", "EUR 1,140k", "EUR 1,260k", "EUR 2,400k"],
        ],
        "Expected structural saving from 2029 is EUR 1.1 million per year; payback within three years after completion.",
    ),
    (
        "Organisation of the programme",
        [
            "The Programme Board, consisting of the director of the bureau and the managers of Pensions Administration and IT, is jointly responsible for the realisation of the business case",
            "Our people are the key to success; the employees of the bureau will be taken along in the change",
            "Where needed the bureau will be supported by external expertise",
        ],
        None,
        None,
    ),
    (
        "Governance and risk",
        [
            "The Investment and Risk Committee of the Board reviews the progress of the programme every quarter against budget and KPIs",
            "At each gate the Board decides, on advice of the Investment and Risk Committee, whether the next phase is released",
            "Before any model goes into production, a risk assessment on DORA, GDPR and outsourcing is carried out by the second line and reported to the Board",
        ],
        None,
        None,
    ),
    (
        "Main risks",
        [
            "Dependency on one supplier for the AI component",
            "Quality of historical data in the old administration system",
            "Workload of the bureau during the transition to the new pension system",
        ],
        None,
        "Mitigations are in the full business case, appendix C.",
    ),
    (
        "Proposal",
        [
            "Approve the budget of EUR 2.4 million",
            "Release Phase 1",
            "Next report to the Investment and Risk Committee: June 2027",
        ],
        None,
        None,
    ),
]

LABELS = {
    "outcomes": (
        "present",
        [
            "Lower the execution costs per participant\tIncoming mail and member questions are handled for a large part by hand",
            "Shorten the processing time of value transfers and pension start\tParticipants now wait too long for certainty about their pension",
            "Fewer errors in entitlement letters\tErrors lead to complaints and to correction work afterwards",
        ],
    ),
    "metrics": (
        "present",
        [
            "Execution costs per participant\tEUR 118\tEUR 104\t31-12-2028",
            "Average processing time value transfer\t34 working days\t15 working days\t31-12-2028",
            "Share of entitlement letters with an error\t2.9%\tbelow 1.0%\t30-06-2028",
        ],
    ),
    "owners": (
        "partial",
        [
            "The Programme Board, consisting of the director of the bureau and the managers of Pensions Administration and IT, is jointly responsible for the realisation of the business case",
        ],
    ),
    "governance": (
        "present",
        [
            "The Investment and Risk Committee of the Board reviews the progress of the programme every quarter against budget and KPIs",
            "At each gate the Board decides, on advice of the Investment and Risk Committee, whether the next phase is released",
            "Before any model goes into production, a risk assessment on DORA, GDPR and outsourcing is carried out by the second line and reported to the Board",
        ],
    ),
    "execution_capacity": (
        "partial",
        [
            "Our people are the key to success; the employees of the bureau will be taken along in the change",
            "Where needed the bureau will be supported by external expertise",
        ],
    ),
    "human_oversight": ("absent", []),
    "roadmap": (
        "present",
        [
            "Phase 1 (Q2-Q4 2027): pilot automatic classification and routing of incoming mail for the team Value Transfers",
            "Gate 1 (December 2027): classification correct in at least 92% of a test set of 2,000 documents, and no increase of complaints",
            "Phase 2 (Q1-Q3 2028): extension to pension start and draft answers for member questions in the portal",
            "Phase 3 (Q4 2028): roll-out to all teams of the bureau and decommissioning of the old mail module",
        ],
    ),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, (title, bullets, table, notes) in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[5 if table else 1]
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = title
        if i == 0:
            s.placeholders[1].text = "\n".join(bullets)
        elif table:
            rows, cols = len(table), len(table[0])
            shp = s.shapes.add_table(
                rows, cols, Inches(0.6), Inches(1.7), Inches(12.1), Inches(4.2)
            )
            for r, row in enumerate(table):
                for c, val in enumerate(row):
                    cell = shp.table.cell(r, c)
                    cell.text = val
                    cell.text_frame.paragraphs[0].font.size = Pt(16)
        else:
            tf = s.placeholders[1].text_frame
            tf.text = bullets[0]
            for b in bullets[1:]:
                p = tf.add_paragraph()
                p.text = b
            for p in tf.paragraphs:
                p.font.size = Pt(20)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    prs.save(os.path.join(OUT, NAME))
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
