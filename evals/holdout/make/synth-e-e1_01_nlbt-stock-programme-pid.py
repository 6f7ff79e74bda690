"""Writes a fictional blood-and-transplant service programme initiation document (PDF).

Long document with running header and footer; the labels are written alongside.
"""

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "northlands-blood-transplant-pssp-programme-initiation-document.pdf"

SS = getSampleStyleSheet()
BODY = SS["BodyText"]
H1 = SS["Heading1"]
H2 = SS["Heading2"]
SMALL = SS["BodyText"].clone("small", fontSize=8, leading=10)

DOC_CONTROL = [
    ["Version", "Date", "Author", "Change"],
    ["0.1", "14 Nov 2026", "Programme Office", "First draft for comment"],
    ["0.4", "9 Dec 2026", "Programme Office", "Comments from Clinical Services"],
    ["0.9", "12 Jan 2027", "Programme Office", "Finance review; risk register"],
    ["1.0", "26 Jan 2027", "Programme Office", "Approved by Executive Team"],
]

MEASURES = [
    ["Measure", "Baseline 2025/26", "Target", "By"],
    ["Platelet time-expiry wastage, % of issues", "9.8%", "6.0%", "March 2029"],
    [
        "Days with O RhD negative stock under 3 days' supply",
        "41 days",
        "10 days or fewer",
        "March 2029",
    ],
    ["Emergency (blue-light) deliveries per month", "212", "150", "March 2029"],
    ["Red cell units time-expired, % of issues", "1.9%", "1.5%", "March 2029"],
]

STAGES = [
    ["Stage", "Dates", "Scope", "Ends with"],
    ["0 Initiation", "Jan-Mar 2027", "PID, data access, baselines", "PID approval"],
    ["1 Shadow running", "Apr-Sep 2027", "Platelets, two centres", "Gate 1"],
    ["2 Live platelets", "Nov 2027-Sep 2028", "Platelets, all centres", "Gate 2"],
    ["3 Red cells", "Oct 2028-Mar 2029", "Red cells, all centres", "Closure review"],
]

COSTS = [
    ["Item (GBP thousands)", "2027/28", "2028/29", "Total"],
    ["Forecasting platform licences and hosting", "180", "190", "370"],
    ["Data storage and integration environment", "95", "60", "155"],
    ["Independent clinical safety assessment", "40", "25", "65"],
    ["Programme team (resourcing to be confirmed at Gate 1)", "TBC", "TBC", "TBC"],
    ["Contingency (15% of known costs)", "47", "41", "88"],
]

RISKS = [
    ["ID", "Risk", "Rating", "Response"],
    [
        "R1",
        "Hospital demand data incomplete for smaller sites",
        "Amber",
        "Use issues data as proxy",
    ],
    ["R2", "Forecast drift after changes in clinical practice", "Amber", "Monthly Forecast Review"],
    ["R3", "Stock management system upgrade slips", "Red", "Stage 2 start is gated"],
    ["R4", "Loss of stock controllers' trust in the tool", "Amber", "Shadow running first"],
    ["R5", "Supplier lock-in for the platform", "Green", "Exit clause in contract"],
]

GLOSSARY = [
    ["Term", "Meaning"],
    ["Blue-light delivery", "An emergency delivery of components outside the scheduled run"],
    ["Issue", "A unit of a component dispatched to a hospital"],
    ["Time-expiry", "Disposal of a unit that has passed its shelf life"],
    ["Shadow running", "The model forecasts but no decision is based on it"],
]

# Sections: (heading, level, blocks). Block: str | ("list", [..]) | ("table", rows)
SECTIONS = [
    (
        "1. Purpose of this document",
        1,
        [
            "This Programme Initiation Document (PID) defines the Predictive Stock and Supply "
            "Programme (PSSP). It sets out why the programme is being undertaken, what it is "
            "expected to achieve, how it will be governed and controlled, and the basis on which "
            "the Executive Team has agreed that it should proceed to Stage 1. It will be the "
            "reference point against which the Programme Board assesses progress and any "
            "proposed change.",
            "The PID follows the Service's programme management framework. Where this document "
            "is silent, that framework applies. The PID will be reviewed at each gate and "
            "re-issued where the scope, plan or business case changes materially.",
        ],
    ),
    (
        "2. Background",
        1,
        [
            "Northlands Blood and Transplant (NLBT) collects blood from around 520,000 donations "
            "a year, processes it at three manufacturing sites and supplies blood components to "
            "94 hospitals from five stockholding centres. It also runs the tissue bank and the "
            "national organ donor register, and coordinates the offering of donated organs to "
            "transplant centres. The Service operates under a framework agreement with the "
            "Department of Health and Social Care of the Northlands Executive and is regulated "
            "by the Medicines and Healthcare Products Authority.",
        ],
    ),
    (
        "2.1 The blood supply chain",
        2,
        [
            "Red cells can be stored for up to 35 days. Platelets, which are used mainly for "
            "patients with cancers of the blood and in major haemorrhage, have a shelf life of "
            "seven days from collection, of which the first two are taken up by testing and "
            "release. This short life, together with demand that varies with elective surgery "
            "schedules and with the treatment cycles of a relatively small number of patients, "
            "makes platelets the component hardest to match to demand.",
            "Stock is held at the five centres and in hospital blood banks. Hospitals place "
            "routine orders once or twice a day through the online ordering system; urgent "
            "requirements are met by emergency deliveries, which in most parts of the country "
            "are made by the Service's own vehicles under blue lights. Stock is moved between "
            "centres by scheduled transfers and, when a centre runs short, by unscheduled "
            "transfers arranged by telephone.",
            "Collection is planned around 1,600 donor sessions a month. The session plan is "
            "fixed about eight weeks ahead for community venues and about three weeks ahead for "
            "the fixed donor centres. The mix of blood groups collected can be influenced, "
            "within limits, by the choice of donors invited to each session.",
        ],
    ),
    (
        "2.2 Current forecasting practice",
        2,
        [
            "Demand is forecast today in a set of spreadsheets maintained at each centre. The "
            "forecasts are based on the same week in previous years, adjusted by the judgement "
            "of experienced stock controllers. The method has served the Service well, and the "
            "knowledge of the stock controllers remains its greatest asset. It is, however, "
            "difficult to maintain, inconsistent between centres and heavily dependent on a "
            "small number of individuals, three of whom are expected to retire within four "
            "years.",
            "An internal audit in 2025 found that no centre kept a record of why forecasts were "
            "adjusted, so that the accuracy of judgement could not be assessed or learned from. "
            "The audit also noted that the five centres used four different definitions of a "
            "'low stock day'.",
        ],
    ),
    (
        "2.3 The case for change",
        2,
        [
            "Hospital demand for red cells has fallen by about 1.5% a year over the last "
            "decade, as patient blood management has become established, while demand for "
            "platelets has risen by around 2% a year. Several services in other countries have "
            "introduced statistical or machine-learning forecasting of component demand; one "
            "large European service has reported a reduction of a third in platelet wastage, "
            "although its stockholding model differs from ours in important respects.",
            "The Service's Strategy 2025-2030 commits it to 'the right component, in the right "
            "place, at the right time, with nothing wasted'. The Executive Team considered an "
            "outline business case for this programme in September 2026 and asked for a PID.",
        ],
    ),
    (
        "2.4 Previous work",
        2,
        [
            "This is not the Service's first attempt to improve forecasting. In 2019 the Carrow "
            "centre trialled a statistical forecast of platelet demand built in a desktop "
            "statistics package. Forecast accuracy in the trial compared well with the "
            "spreadsheet method, but the trial was not continued when the analyst who had "
            "built the model left the Service, and the model could not be maintained.",
            "In 2022 the Service joined a European benchmarking exercise on component wastage. "
            "The exercise showed the Service's red cell wastage to be among the lowest of the "
            "participating services and its platelet wastage to be close to the median. The "
            "comparison is imperfect, since services differ in their use of pathogen "
            "reduction, in the shelf life they allow for platelets and in the distances they "
            "deliver over, but it suggested that the opportunity lies mainly in platelets.",
            "The lessons drawn from both pieces of work, and reflected in this PID, are that a "
            "forecasting method must be maintainable by the Service rather than by one person, "
            "that the people who use the forecasts must be able to see why they differ from "
            "their own judgement, and that benefits must be measured against an agreed "
            "baseline from the outset.",
        ],
    ),
    (
        "2.5 Regulatory context",
        2,
        [
            "The collection, processing, testing and release of blood components are "
            "regulated activities, and the Service holds a blood establishment authorisation "
            "for each manufacturing site. Forecasting and stock holding decisions are not in "
            "themselves regulated, but a forecasting tool that influences the availability of "
            "components to hospitals is treated by the Service as a system with a potential "
            "effect on patient safety. The Medical Director has therefore asked that the "
            "programme follow the Service's clinical risk management procedure, which is "
            "based on the national standard for health IT systems.",
            "The programme does not change the specification of any component or the way in "
            "which components are released, and no notification to the regulator is expected. "
            "The Quality Directorate will confirm this view before Stage 2.",
        ],
    ),
    (
        "3. Programme objectives",
        1,
        [
            "The programme will replace the spreadsheet forecasts with a single forecasting "
            "service, built on the Service's own issues and collection data, that proposes "
            "stock holdings and transfers for each centre each day. The forecasts are a means, "
            "not an end. The programme exists to deliver three changes for patients, "
            "hospitals and the Service:",
            (
                "list",
                [
                    "Reduce the time-expiry wastage of platelets, so that fewer donations are "
                    "lost and the cost of each platelet issued falls.",
                    "Reduce the number of days on which group O RhD negative red cell stocks fall "
                    "below three days' supply, which is the point at which the Service must "
                    "ask hospitals to conserve stock.",
                    "Reduce the number of emergency deliveries needed because a hospital or "
                    "centre did not hold the right stock.",
                ],
            ),
            "A secondary aim is to make the forecasting method less dependent on individual "
            "knowledge and easier to audit.",
        ],
    ),
    (
        "4. Scope",
        1,
        [
            "In scope:",
            (
                "list",
                [
                    "Demand forecasting for platelets and red cells at the five stockholding "
                    "centres.",
                    "Proposed daily stock holdings and inter-centre transfers.",
                    "Reporting of forecast accuracy and of the use made of forecasts.",
                ],
            ),
            "Out of scope:",
            (
                "list",
                [
                    "Plasma and cryoprecipitate, which are ordered and stocked differently.",
                    "Hospital blood bank stock management, which remains the responsibility of "
                    "each hospital.",
                    "Organ offering and matching: no change to the national organ allocation "
                    "schemes is proposed.",
                    "The donor session plan, which may be brought into scope in a later programme.",
                ],
            ),
        ],
    ),
    (
        "5. Benefits and measures",
        1,
        [
            "The benefits below have been agreed with the Finance Directorate and will be "
            "reported at each Programme Board. Baselines are for the financial year 2025/26 "
            "and have been validated by the Quality Directorate.",
            ("table", MEASURES),
            "The programme's contribution will be separated from other effects, such as "
            "changes in clinical practice, by comparing centres at different stages of "
            "adoption for as long as the plan allows.",
            "At current prices, the platelet wastage target is worth approximately GBP 1.1 "
            "million a year in avoided collection and processing costs. The value of avoided "
            "shortages is not monetised.",
        ],
    ),
    (
        "6. Organisation and governance",
        1,
        [],
    ),
    (
        "6.1 Accountability",
        2,
        [
            "The Senior Responsible Owner (SRO) is the Director of Supply Chain, who is "
            "accountable to the Chief Executive for delivery of the benefits set out in "
            "section 5.",
            "The benefit owner for platelet wastage is the Head of Manufacturing and Stock "
            "Operations, who will report the measure to the Programme Board each month.",
            "The Clinical Safety Officer for the programme is the Associate Medical Director "
            "for Transfusion, who must sign the clinical safety case before any forecast is "
            "used for a live stock decision.",
        ],
    ),
    (
        "6.2 Governance",
        2,
        [
            "The Programme Board, chaired by the SRO, meets monthly. It approves the plan and "
            "any change beyond the tolerances in section 9, decides each stage gate, and owns "
            "the programme risk register.",
            "Every release of the forecasting model is reviewed by the Clinical Safety Officer "
            "against the Service's clinical risk management procedure before it is used for "
            "live stock decisions.",
            "The programme reports quarterly to the Executive Team and once a year to the "
            "Audit and Risk Committee of the Board.",
            "Data protection: the forecasting service uses no donor- or patient-identifiable "
            "data. A data protection impact assessment screening has been completed and "
            "confirmed that a full assessment is not required; this will be revisited if the "
            "donor session plan is brought into scope.",
        ],
    ),
    (
        "6.3 Resourcing",
        2,
        [
            "The programme will draw on staff from across the Service, and our people are key "
            "to its success.",
            "The size and composition of the programme team, and the delivery route (in-house, "
            "supplier or a combination), will be confirmed at Gate 1.",
            "A Programme Manager is to be appointed before the start of Stage 1.",
        ],
    ),
    (
        "7. How stock decisions will change",
        1,
        [
            "The programme changes how decisions are made at the centres; it does not remove "
            "the people who make them. The following working arrangements apply from Stage 1 "
            "and are part of the clinical safety case.",
            "Each morning the stock controller at each centre receives the model's seven-day "
            "forecast and proposed transfers, and accepts, amends or rejects each proposal "
            "before any order or transfer is placed.",
            "Every amendment or rejection is recorded with a reason code; these are reviewed "
            "each month at the Forecast Review, and the model is retrained where a pattern of "
            "overrides shows a systematic error.",
            "During shadow running the stock controllers continue to use the spreadsheets, and "
            "the two forecasts are compared daily.",
            "Hospital blood banks continue to place orders as now; no hospital order is altered "
            "automatically.",
        ],
    ),
    (
        "8. Approach and plan",
        1,
        [
            "The programme is planned in four stages, each ending in a decision by the "
            "Programme Board. Platelets come first because they offer the largest benefit and "
            "because errors are visible quickly; red cells follow once the approach is proven.",
            ("table", STAGES),
            "Stage 1 (April to September 2027): the platelet forecast runs in shadow at the "
            "Ashby and Carrow centres.",
            "Gate 1 (October 2027): the Programme Board decides whether platelet forecasts "
            "may be used for live decisions, on the evidence of shadow running and the signed "
            "clinical safety case.",
            "Stage 2 (November 2027 to September 2028): live platelet forecasting at all five "
            "centres, with red cell forecasting in shadow.",
            "Gate 2 (October 2028): live use for red cells is approved only if the Stage 2 "
            "review shows platelet wastage falling at the live centres and no increase in "
            "low-stock days.",
        ],
    ),
    (
        "9. Costs, funding and tolerances",
        1,
        [
            "The programme is funded from the Service's capital and transformation budget for "
            "2027/28 and 2028/29, subject to confirmation in the annual business planning "
            "round. Costs below exclude VAT and are at 2026/27 prices.",
            ("table", COSTS),
            "Tolerances: the SRO may approve changes of up to four weeks or GBP 50,000; larger "
            "changes go to the Programme Board, and changes of more than three months or "
            "GBP 250,000 go to the Executive Team.",
            "Cash-releasing savings will be taken in the Manufacturing budget from 2028/29 and "
            "are not used to fund the programme itself.",
        ],
    ),
    (
        "10. Risks and issues",
        1,
        [
            "The principal risks are summarised below. The full register is held by the "
            "Programme Office and reviewed at each Programme Board.",
            ("table", RISKS),
            "There are no open issues at the date of this document.",
        ],
    ),
    (
        "11. Dependencies, assumptions and constraints",
        1,
        [
            (
                "list",
                [
                    "Dependency: the upgrade of the stock management system to version 9, "
                    "planned by the Digital Directorate for summer 2027.",
                    "Assumption: issues data from the ordering system are a reasonable proxy "
                    "for hospital demand.",
                    "Constraint: no change may be made to the release and testing process for "
                    "components, which is governed by the Service's licence.",
                    "Constraint: the forecasting service must run within the Service's own "
                    "data centre or its approved cloud tenancy.",
                ],
            ),
        ],
    ),
    (
        "12. Communication and engagement",
        1,
        [
            "Stock controllers, transport teams and hospital transfusion laboratories are the "
            "groups most affected. The programme will brief the Hospital Liaison Committee "
            "before Stage 1 and before each gate, publish a short note for hospital "
            "laboratory managers at the start of Stage 2, and hold a session at the annual "
            "stock controllers' conference.",
            "Trade union representatives have been briefed. No change to roles or grades is "
            "proposed in this PID.",
        ],
    ),
    (
        "13. Quality and assurance",
        1,
        [
            "Programme products (the forecasting specification, the clinical safety case, the "
            "benefits realisation plan and the stage reports) will be quality-reviewed under "
            "the Service's document control procedure. The Portfolio Office will carry out an "
            "independent assurance review before Gate 1 and again before Gate 2, and its "
            "findings will be reported to the Programme Board with the programme's response.",
            "Model code, configuration and training data extracts will be held under version "
            "control, so that any forecast issued can be reproduced from the model version and "
            "data that produced it.",
        ],
    ),
    (
        "14. Equality, sustainability and wider effects",
        1,
        [
            "An equality impact screening found no differential effect on groups with "
            "protected characteristics, since the programme does not change how donors are "
            "invited or how hospitals order. If the donor session plan is brought into scope "
            "in a later programme, a full equality impact assessment will be required, because "
            "the choice of sessions affects which communities are asked to donate.",
            "Fewer emergency deliveries and fewer unscheduled transfers would reduce vehicle "
            "mileage. The Service's fleet travelled about 3.4 million miles in 2025/26, of "
            "which emergency deliveries accounted for roughly 14%. No separate carbon target "
            "is set for the programme.",
        ],
    ),
]

APPENDICES = [
    (
        "Appendix A: Glossary",
        [("table", GLOSSARY)],
    ),
    (
        "Appendix B: Current stock holding policy (summary)",
        [
            "Each centre holds a target stock of platelets equal to two days' forecast issues "
            "and of red cells equal to six days' forecast issues, by blood group. Stock below "
            "three days of red cells of any group triggers the amber stock alert; below two "
            "days, the red alert, at which hospitals are asked to defer non-urgent surgery "
            "requiring transfusion.",
            "The stock holding policy is owned by the Medical Directorate and is outside the "
            "scope of this programme, though the programme will report any evidence that the "
            "targets should change.",
        ],
    ),
    (
        "Appendix D: Data sources",
        [
            (
                "table",
                [
                    ["Source", "Content", "History available"],
                    ["Online ordering system", "Hospital orders and issues by component", "2014-"],
                    ["Stock management system", "Stock by centre, group and age", "2017-"],
                    ["Transport log", "Scheduled and emergency deliveries", "2019-"],
                    ["Session plan", "Planned and actual collections", "2016-"],
                ],
            ),
            "All four sources are held within the Service. Data from 2020 and 2021 are "
            "affected by the pandemic and will be weighted or excluded after analysis in "
            "Stage 0. Hospital activity data, such as elective surgery lists, are not "
            "currently available to the Service; a small number of hospitals have offered to "
            "share theatre schedules, and the value of doing so will be assessed in Stage 1.",
        ],
    ),
    (
        "Appendix E: Options considered in the outline business case",
        [
            "The outline business case considered four options. Option 1, do nothing, would "
            "leave the spreadsheet method in place and carry the risk of losing the "
            "knowledge of experienced stock controllers. Option 2, standardising the "
            "spreadsheets across centres, would address inconsistency at low cost but not "
            "accuracy. Option 3, a configurable forecasting platform trained on the "
            "Service's own data, was preferred on value for money. Option 4, a forecasting "
            "module offered by the supplier of the stock management system, was rejected "
            "because it could not forecast at the level of blood group and centre.",
            "The preferred option has a net present value of approximately GBP 3.2 million "
            "over ten years at the Treasury discount rate, with a payback period of just "
            "under four years. The appraisal is sensitive mainly to the size of the reduction "
            "in platelet wastage; at half the expected reduction the option still breaks even "
            "within the appraisal period.",
        ],
    ),
    (
        "Appendix C: Approvals",
        [
            (
                "table",
                [
                    ["Role", "Decision", "Date"],
                    ["Programme Board", "Recommended for approval", "19 Jan 2027"],
                    ["Executive Team", "Approved; proceed to Stage 1", "26 Jan 2027"],
                ],
            ),
        ],
    ),
]


def table(rows, widths=None):
    data = [[Paragraph(c, SMALL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    w, h = A4
    canvas.drawString(2.2 * cm, h - 1.3 * cm, "Northlands Blood and Transplant")
    canvas.drawRightString(w - 2.2 * cm, h - 1.3 * cm, "PSSP Programme Initiation Document")
    canvas.drawString(2.2 * cm, 1.2 * cm, "OFFICIAL | Version 1.0 | January 2027")
    canvas.drawRightString(w - 2.2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def blocks_to_story(blocks, story):
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


def build(path):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title="PSSP Programme Initiation Document",
        author="Northlands Blood and Transplant",
    )
    story = [
        Spacer(1, 80),
        Paragraph("Predictive Stock and Supply Programme (PSSP)", SS["Title"]),
        Paragraph("Programme Initiation Document", H1),
        Spacer(1, 20),
        Paragraph("Prepared by the Programme Office for the Executive Team.", BODY),
        Paragraph("Classification: OFFICIAL. Not for onward circulation.", BODY),
        Spacer(1, 30),
        Paragraph("Document control", H2),
        table(DOC_CONTROL),
        PageBreak(),
    ]
    for heading, level, blocks in SECTIONS:
        story.append(Paragraph(heading, H1 if level == 1 else H2))
        blocks_to_story(blocks, story)
    story.append(PageBreak())
    for heading, blocks in APPENDICES:
        story.append(Paragraph(heading, H1))
        blocks_to_story(blocks, story)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {
            "status": "present",
            "evidence": [
                "Reduce the time-expiry wastage of platelets, so that fewer donations are lost "
                "and the cost of each platelet issued falls.",
                "Reduce the number of days on which group O RhD negative red cell stocks fall "
                "below three days' supply, which is the point at which the Service must ask "
                "hospitals to conserve stock.",
                "Reduce the number of emergency deliveries needed because a hospital or centre "
                "did not hold the right stock.",
            ],
        },
        "metrics": {
            "status": "present",
            "evidence": [
                "Platelet time-expiry wastage, % of issues 9.8% 6.0% March 2029",
                "Days with O RhD negative stock under 3 days' supply 41 days 10 days or fewer "
                "March 2029",
                "Emergency (blue-light) deliveries per month 212 150 March 2029",
            ],
        },
        "owners": {
            "status": "present",
            "evidence": [
                "The Senior Responsible Owner (SRO) is the Director of Supply Chain, who is "
                "accountable to the Chief Executive for delivery of the benefits set out in "
                "section 5.",
                "The benefit owner for platelet wastage is the Head of Manufacturing and Stock "
                "Operations, who will report the measure to the Programme Board each month.",
            ],
        },
        "governance": {
            "status": "present",
            "evidence": [
                "The Programme Board, chaired by the SRO, meets monthly.",
                "It approves the plan and any change beyond the tolerances in section 9, "
                "decides each stage gate, and owns the programme risk register.",
                "Every release of the forecasting model is reviewed by the Clinical Safety "
                "Officer against the Service's clinical risk management procedure before it is "
                "used for live stock decisions.",
            ],
        },
        "execution_capacity": {
            "status": "partial",
            "evidence": [
                "The programme will draw on staff from across the Service, and our people are "
                "key to its success.",
                "The size and composition of the programme team, and the delivery route "
                "(in-house, supplier or a combination), will be confirmed at Gate 1.",
                "A Programme Manager is to be appointed before the start of Stage 1.",
                "Programme team (resourcing to be confirmed at Gate 1) TBC TBC TBC",
            ],
        },
        "human_oversight": {
            "status": "present",
            "evidence": [
                "Each morning the stock controller at each centre receives the model's seven-day "
                "forecast and proposed transfers, and accepts, amends or rejects each proposal "
                "before any order or transfer is placed.",
                "Every amendment or rejection is recorded with a reason code; these are reviewed "
                "each month at the Forecast Review, and the model is retrained where a pattern "
                "of overrides shows a systematic error.",
            ],
        },
        "roadmap": {
            "status": "present",
            "evidence": [
                "Stage 1 (April to September 2027): the platelet forecast runs in shadow at the "
                "Ashby and Carrow centres.",
                "Gate 1 (October 2027): the Programme Board decides whether platelet forecasts "
                "may be used for live decisions, on the evidence of shadow running and the "
                "signed clinical safety case.",
                "Stage 2 (November 2027 to September 2028): live platelet forecasting at all "
                "five centres, with red cell forecasting in shadow.",
                "Gate 2 (October 2028): live use for red cells is approved only if the Stage 2 "
                "review shows platelet wastage falling at the live centres and no increase in "
                "low-stock days.",
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
