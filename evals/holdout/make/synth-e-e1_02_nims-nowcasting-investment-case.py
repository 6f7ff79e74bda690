"""Writes a fictional meteorological-office investment case (PDF) and its labels."""

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "nims-ml-nowcasting-investment-case.pdf"

SS = getSampleStyleSheet()
BODY = SS["BodyText"]
H1 = SS["Heading1"]
H2 = SS["Heading2"]

# Each section: (heading, [blocks]); a block is a string (paragraph), ("list", [...]) or
# ("table", rows)
SECTIONS = [
    (
        "1. Summary",
        [
            "This case seeks support for a 30-month research and development project, "
            "NOWCAST-ML, to develop, verify and trial a machine-learning (ML) system for "
            "nowcasting convective precipitation at lead times of up to two hours over the "
            "Service's radar domain.",
            "Convective rainfall remains the weather most likely to catch forecasters, emergency "
            "responders and the public unprepared. Its spatial scale is small, its life cycle "
            "short, and the extrapolation methods on which operational nowcasting still relies "
            "cannot represent growth or decay. Recent work at several centres suggests that "
            "data-driven methods can add skill precisely where extrapolation fails.",
            "The project will position the Service at the forefront of data-driven forecasting "
            "in the region and strengthen its standing as a partner in international research.",
        ],
    ),
    (
        "2. Scientific background",
        [
            "Operational nowcasting at the Service uses an advection-based extrapolation scheme "
            "with a stochastic perturbation component, introduced in 2016. The scheme is robust "
            "and computationally cheap, but its skill decays rapidly with lead time for intense, "
            "short-lived cells.",
            "Published verification studies report that the critical success index (CSI) of "
            "advection-based nowcasts for rainfall above 10 mm/h falls by roughly 40% between "
            "the 15- and 60-minute lead times (Ferreira et al., 2023).",
            "At one European national service, forecasters preferred a deep generative nowcast "
            "to the operational product in 89% of cases in a blind evaluation, although the "
            "objective scores of the two were closer than that preference suggests (Lindqvist "
            "and Moore, 2024).",
            "The physical limits of predictability for convection are well documented. Beyond "
            "roughly two hours, no nowcasting method, data-driven or otherwise, is expected to "
            "outperform a convection-permitting numerical model, and the project does not "
            "attempt to do so.",
        ],
    ),
    (
        "3. Objectives",
        [
            "The project has three objectives:",
            (
                "list",
                [
                    "O1. Develop a generative ML nowcasting model trained on eleven years of "
                    "composite radar data from the Service's network.",
                    "O2. Verify the model against the operational extrapolation scheme over two "
                    "convective seasons.",
                    "O3. Trial the model in the Operations Centre during the 2028 convective "
                    "season.",
                ],
            ),
        ],
    ),
    (
        "4. Verification approach",
        [
            "Verification will follow the Service's standard framework for precipitation "
            "products, extended to probabilistic output.",
            "We will track CSI, the fractions skill score (FSS) at 5, 10 and 20 km scales, and "
            "the reliability of exceedance probabilities, stratified by lead time and rainfall "
            "threshold.",
            "Targets for operational acceptance will be agreed with Forecasting Services during "
            "the first year.",
            "Case studies of the ten highest-impact convective events in each season will be "
            "examined subjectively by the project team and duty forecasters, in addition to the "
            "objective scores.",
        ],
    ),
    (
        "5. Work plan",
        [
            "The work is organised in four work packages over 30 months from April 2027.",
            (
                "table",
                [
                    ["WP", "Months", "Content", "Main deliverable"],
                    ["WP1", "1-9", "Data curation and baseline", "Training archive"],
                    ["WP2", "4-15", "Model development", "Prototype model"],
                    ["WP3", "13-24", "Verification, two seasons", "Verification report"],
                    ["WP4", "19-30", "Operational trial", "Trial report"],
                ],
            ),
            "Gate A (month 12): the Science Investment Review Panel decides, on the basis of the "
            "first-season verification report, whether the project continues into WP3.",
            "Gate B (month 18): no ML product is shown in the Operations Centre until it has "
            "passed the Operational Readiness Review described in section 7.",
            "Gate C (month 30): the Panel decides on the trial report whether the product "
            "proceeds to an operational implementation project, is extended, or is stopped.",
        ],
    ),
    (
        "6. Operational trial and the role of the forecaster",
        [
            "The trial is designed to learn how the product behaves in the hands of the people "
            "who would use it, not only how it scores.",
            "During the trial, the duty nowcaster on each shift sees the ML nowcast alongside the "
            "extrapolation product and decides which, if either, informs any warning issued; the "
            "model never issues or amends a warning itself.",
            "At the end of each shift the nowcaster records in the trial log whether the ML "
            "product was used and why, and these entries are reviewed weekly by the project "
            "scientists and used to select cases for re-training.",
            "Forecasters may withdraw the product from the display at any time if it is "
            "misleading; each withdrawal is reported to the Operations Centre manager the same "
            "day.",
        ],
    ),
    (
        "7. Governance and assurance",
        [
            "The project reports to the Science Investment Review Panel, which reviews progress "
            "every six months and takes the decision at Gates A and C.",
            "Before any ML product is displayed in the Operations Centre, it must pass the "
            "Service's Operational Readiness Review, which examines IT security, resilience, "
            "fallback arrangements and forecaster guidance.",
            "Radar data are held under the Service's data management policy; no data leave the "
            "Service's computing estate during training.",
            "No senior responsible owner has been assigned to the project.",
        ],
    ),
    (
        "8. Resources",
        [
            "The case funds 3.5 full-time-equivalent staff and a dedicated GPU allocation on "
            "the Service's research cluster.",
            (
                "table",
                [
                    ["Role", "FTE", "Months", "Cost (k)"],
                    ["Research scientist, machine learning (2 posts)", "2.0", "30", "410"],
                    ["Research software engineer", "1.0", "30", "175"],
                    ["Operational meteorologist (secondment)", "0.5", "18", "60"],
                    ["GPU allocation and storage", "-", "30", "140"],
                    ["Travel, publication, contingency", "-", "-", "45"],
                    ["Total", "3.5", "", "830"],
                ],
            ),
            "The two research scientist posts will be filled by external recruitment in the "
            "first quarter; the software engineer transfers from the Observations programme.",
        ],
    ),
    (
        "9. Principal risks",
        [
            (
                "list",
                [
                    "Insufficient convective events in the verification seasons: mitigated by "
                    "reforecasting the 2022-2026 archive.",
                    "Loss of key staff: mitigated by documentation and code review from month 1.",
                    "Forecaster over-reliance on the product: addressed by the trial design in "
                    "section 6.",
                ],
            ),
        ],
    ),
    (
        "10. References",
        [
            "Ferreira, A., Okafor, B. and Hale, C. (2023). Skill decay of extrapolation nowcasts "
            "for intense rainfall. Quarterly Journal of Applied Meteorology 41, 118-134.",
            "Lindqvist, E. and Moore, T. (2024). Forecaster evaluation of generative nowcasts. "
            "Weather and Forecasting Practice 12, 77-95.",
            "Enquiries about this case: Dr Ines Carvalho, Research Partnerships Office, Northern "
            "Isles Meteorological Service.",
        ],
    ),
]


def table(rows):
    t = Table(rows, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return t


def build(path):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        title="NOWCAST-ML investment case",
        author="Northern Isles Meteorological Service",
    )
    story = [
        Paragraph("Northern Isles Meteorological Service", SS["Title"]),
        Paragraph(
            "Investment case to the Science Investment Review Panel: machine-learning "
            "nowcasting of convective precipitation (NOWCAST-ML)",
            H2,
        ),
        Paragraph(
            "Science Directorate, Nowcasting Research Group. Version 1.2, 22 January 2027.", BODY
        ),
        Spacer(1, 12),
    ]
    for heading, blocks in SECTIONS:
        story.append(Paragraph(heading, H1))
        for b in blocks:
            if isinstance(b, str):
                story.append(Paragraph(b, BODY))
            elif b[0] == "list":
                story.append(
                    ListFlowable(
                        [ListItem(Paragraph(x, BODY)) for x in b[1]],
                        bulletType="bullet",
                        leftIndent=14,
                    )
                )
            else:
                story.append(table(b[1]))
                story.append(Spacer(1, 8))
    doc.build(story)


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {
            "status": "partial",
            "evidence": [
                "The project will position the Service at the forefront of data-driven "
                "forecasting in the region and strengthen its standing as a partner in "
                "international research.",
                "O1. Develop a generative ML nowcasting model trained on eleven years of "
                "composite radar data from the Service's network.",
                "O3. Trial the model in the Operations Centre during the 2028 convective season.",
            ],
        },
        "metrics": {
            "status": "partial",
            "evidence": [
                "We will track CSI, the fractions skill score (FSS) at 5, 10 and 20 km scales, "
                "and the reliability of exceedance probabilities, stratified by lead time and "
                "rainfall threshold.",
                "Targets for operational acceptance will be agreed with Forecasting Services "
                "during the first year.",
            ],
        },
        "owners": {"status": "absent", "evidence": []},
        "governance": {
            "status": "present",
            "evidence": [
                "The project reports to the Science Investment Review Panel, which reviews "
                "progress every six months and takes the decision at Gates A and C.",
                "Before any ML product is displayed in the Operations Centre, it must pass the "
                "Service's Operational Readiness Review, which examines IT security, resilience, "
                "fallback arrangements and forecaster guidance.",
            ],
        },
        "execution_capacity": {
            "status": "present",
            "evidence": [
                "The case funds 3.5 full-time-equivalent staff and a dedicated GPU allocation on "
                "the Service's research cluster.",
                "Research scientist, machine learning (2 posts) 2.0 30 410",
                "The two research scientist posts will be filled by external recruitment in the "
                "first quarter; the software engineer transfers from the Observations programme.",
            ],
        },
        "human_oversight": {
            "status": "present",
            "evidence": [
                "During the trial, the duty nowcaster on each shift sees the ML nowcast alongside "
                "the extrapolation product and decides which, if either, informs any warning "
                "issued; the model never issues or amends a warning itself.",
                "At the end of each shift the nowcaster records in the trial log whether the ML "
                "product was used and why, and these entries are reviewed weekly by the project "
                "scientists and used to select cases for re-training.",
            ],
        },
        "roadmap": {
            "status": "present",
            "evidence": [
                "Gate A (month 12): the Science Investment Review Panel decides, on the basis of "
                "the first-season verification report, whether the project continues into WP3.",
                "Gate C (month 30): the Panel decides on the trial report whether the product "
                "proceeds to an operational implementation project, is extended, or is stopped.",
                "WP4 19-30 Operational trial Trial report",
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
