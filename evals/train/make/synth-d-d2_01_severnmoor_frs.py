"""synth-d-d2 01: Severnmoor Fire and Rescue Service, project initiation document (long PDF).

Fictional organisation, people and figures. Running header, footer and page numbers.
"""

import json
import os

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

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "severnmoor-frs-prevention-targeting-project-initiation-document.pdf"

ss = getSampleStyleSheet()
BODY = ss["BodyText"]

CONTENT = [
    ("title", "Risk-Based Prevention Targeting (RBPT) Project"),
    ("p", "<b>Project Initiation Document</b>"),
    ("p", "Severnmoor Fire and Rescue Service, Prevention and Protection Directorate"),
    ("p", "Version 1.3 (approved), 9 February 2027. Classification: OFFICIAL."),
    ("h2", "Document control"),
    (
        "table",
        [
            ["Version", "Date", "Author", "Change"],
            [
                "0.4",
                "18 November 2026",
                "Project Manager",
                "First draft for Prevention Leadership Team",
            ],
            [
                "1.0",
                "12 December 2026",
                "Project Manager",
                "Comments from Information Governance and Finance",
            ],
            [
                "1.2",
                "20 January 2027",
                "Project Manager",
                "Equality impact summary added (Appendix D)",
            ],
            ["1.3", "9 February 2027", "Project Manager", "Approved by Strategic Leadership Board"],
        ],
        [2 * cm, 3.4 * cm, 3.4 * cm, 7.6 * cm],
    ),
    (
        "p",
        "Distribution: Strategic Leadership Board; Prevention Leadership Team; Head of ICT; Information Governance Manager; Representative bodies (for information).",
    ),
    ("h1", "1. Introduction"),
    (
        "p",
        "This Project Initiation Document (PID) sets out the purpose, scope, organisation, governance, resources and controls for the Risk-Based Prevention Targeting (RBPT) Project. It has been prepared in accordance with the Service's project management framework and is intended to provide the Strategic Leadership Board with the information it needs to authorise the project and to hold it to account during delivery.",
    ),
    (
        "p",
        "The PID should be read alongside the Community Risk Management Plan 2025-2029 (CRMP), the Prevention Strategy 2025-2028 and the Service's Data Protection and Information Governance Policy. Where this document refers to figures from those documents, the source is given.",
    ),
    ("h1", "2. Background"),
    ("h2", "2.1 Strategic context"),
    (
        "p",
        "Severnmoor Fire and Rescue Service serves a population of approximately 1.18 million people across a mixed urban and rural area of 3,900 square kilometres, from 27 fire stations. The Service attended 11,642 incidents in 2025/26, of which 2,087 were fires and 634 were accidental dwelling fires. Eleven people died in accidental dwelling fires in the Service area over the three years to March 2026, and a further 148 were injured.",
    ),
    (
        "p",
        "Nationally, the Home Office fire statistics show that people aged 65 and over accounted for 52% of fire-related fatalities in dwellings in England in 2024/25, and that those living alone are markedly over-represented. Smoking materials, cooking and electrical faults continue to account for the majority of accidental dwelling fires. These national patterns are broadly reflected in Severnmoor's own incident data, though the Service has a higher proportion of fires in rural properties heated by solid fuel.",
    ),
    (
        "p",
        "The CRMP commits the Service to directing its prevention activity towards the people and places most at risk. His Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), in its 2025 inspection, graded the Service as 'requires improvement' for preventing fires and other risks, noting that 'the service cannot show that its home fire safety activity reaches those most at risk' and that a significant proportion of Safe and Well visits were delivered to households that had self-referred and had comparatively low risk.",
    ),
    ("h2", "2.2 Current prevention activity"),
    (
        "p",
        "In 2025/26 the Service delivered 14,318 Safe and Well visits. Visits are generated from four main routes: self-referral via the website and telephone line; referrals from partner agencies, principally adult social care, the ambulance service and housing associations; post-incident follow-up ('hot strikes'); and station-based community activity. Referrals are triaged by the Prevention Hub at Service Headquarters using a paper-based scoring sheet that was last revised in 2017.",
    ),
    (
        "p",
        "An internal audit of the triage process in 2025 found that scoring was inconsistent between staff, that partner referrals often lacked the information needed to score them, and that 38% of visits in 2025/26 went to households that would be placed in the top two of five risk bands by the Service's current risk methodology. The remainder went to lower-risk households, largely self-referrals.",
    ),
    (
        "p",
        "Several fire and rescue services in England have developed data-driven approaches to identifying households at higher risk, using combinations of incident history, demographic data, partner information and commercial data sets. The National Fire Chiefs Council has published guidance on the ethical use of such approaches. The experience of those services has been mixed: some report a clear shift of visits towards higher-risk households, while others have found that data quality and data-sharing agreements were the main barriers. This project draws on that experience but does not assume that the same results will be achieved in Severnmoor.",
    ),
    ("h2", "2.3 Data and systems"),
    (
        "p",
        "The Service holds incident data in its Incident Recording System (IRS) extracts and in the mobilising system, and prevention data in the Community Fire Safety (CFS) module of the Service's premises risk database. Partner data are received by secure email and are re-keyed by Prevention Hub staff. There is currently no single view of a household across these sources, and address matching is carried out manually where it is carried out at all.",
    ),
    (
        "p",
        "A proof of concept carried out by the Service's Data and Insight team in summer 2026 showed that a model combining incident history, age and household composition from partner referrals, property type and deprivation indices could rank households more consistently than the paper scoring sheet. The proof of concept was carried out on historical data only and was not used to allocate any visits.",
    ),
    ("h2", "2.4 Financial context"),
    (
        "p",
        "The Service's net revenue budget for 2026/27 is £52.7 million, of which prevention activity accounts for approximately £3.4 million, including the Prevention Hub, the community safety advocates and the share of wholetime crew time spent on Safe and Well visits. The Medium Term Financial Plan assumes a funding gap of £1.9 million by 2028/29, and the Fire Authority has asked all directorates to show how their activity is prioritised according to risk. The Transformation Reserve stood at £2.6 million at 31 March 2026.",
    ),
    (
        "p",
        "The average cost to society of an accidental dwelling fire, using the most recent published economic and social cost estimates uplifted for inflation, is in the region of £37,000, and substantially higher where a casualty is involved. These figures are used for context only and are not the basis of the budget in section 9.",
    ),
    ("h2", "2.5 Lessons from previous projects"),
    (
        "p",
        "The Service's post-implementation review of the Mobile Data Terminals project (2023) and the internal audit of the 2024 On-Call Availability project identified lessons that are relevant here: that operational staff should be involved in the design of any change to their working practices from the start; that data-sharing agreements with partners take longer than planned and should begin before technical work; and that benefits should be defined, baselined and owned before a project begins rather than at closure. This PID has been written with those lessons in mind.",
    ),
    ("h1", "3. Purpose and objectives"),
    (
        "p",
        "The purpose of the project is to ensure that the Service's prevention resources are directed to the households at greatest risk of fire, in line with the CRMP and in response to the HMICFRS finding.",
    ),
    ("p", "The project has the following objectives:"),
    (
        "list",
        [
            "To reduce the number of accidental dwelling fires in the households at highest risk of fire.",
            "To reduce deaths and injuries from accidental dwelling fires among people aged 65 and over who live alone.",
            "To release Prevention Hub capacity currently spent on manual triage and re-keying so that it can be redeployed to follow-up with high-risk households.",
        ],
    ),
    (
        "p",
        "The project will also improve the quality and consistency of the data the Service holds on prevention activity, which is a prerequisite for future evaluation.",
    ),
    ("h1", "4. Scope"),
    ("h2", "4.1 In scope"),
    (
        "list",
        [
            "Development, testing and introduction of a household risk model for prioritising Safe and Well visits.",
            "Automated matching of partner referrals to the Service's address gazetteer.",
            "Changes to the Prevention Hub triage process and the CFS module needed to use the model's output.",
            "Data-sharing agreements with adult social care, the ambulance service and the three largest housing associations.",
            "Training for Prevention Hub staff and station-based prevention leads.",
            "Evaluation of the effect of the project on the targeting of visits and on fire outcomes.",
        ],
    ),
    ("h2", "4.2 Out of scope"),
    (
        "list",
        [
            "Protection (business fire safety) inspection targeting, which is covered by the Risk-Based Inspection Programme.",
            "Any use of the model for operational response planning or resource location.",
            "Replacement of the CFS module, which is part of the separate Premises Risk Systems Replacement project.",
        ],
    ),
    ("h1", "5. Benefits and measures"),
    (
        "p",
        "The benefits of the project will be measured and reported using the Service's benefits realisation approach. Baseline figures are taken from 2025/26 unless stated otherwise.",
    ),
    (
        "p",
        "The primary measure is the rate of accidental dwelling fires per 10,000 households in the Service area, which stood at 11.9 in 2025/26; the project is expected to contribute to reducing this to 10.5 by March 2030.",
    ),
    (
        "p",
        "The targeting measure is the proportion of Safe and Well visits delivered to households in the top two risk bands, which the project will increase from 38% in 2025/26 to at least 70% by March 2028.",
    ),
    (
        "p",
        "The efficiency measure is the average time from receipt of a partner referral to allocation of a visit, currently 9 working days, which the project aims to reduce to 3 working days by the end of the pilot.",
    ),
    (
        "p",
        "The Service will also track the number of fire deaths and injuries among people aged 65 and over living alone, but, given the small numbers involved, no target has been set for this measure and year-on-year changes will be interpreted with caution.",
    ),
    (
        "p",
        "Benefits will be reported quarterly to the Project Board and annually in the Service's Statement of Assurance.",
    ),
    ("h1", "6. Approach"),
    ("h2", "6.1 The household risk model"),
    (
        "p",
        "The model will produce, for each residential address in the Service area, a relative risk band (1 to 5) based on the factors identified in the proof of concept. The model will be developed in-house by the Data and Insight team using established statistical methods that can be explained to staff, partners and the public. It will not use commercial marketing data, and it will not use ethnicity or religion as inputs.",
    ),
    ("h2", "6.2 How the Prevention Hub will use the model"),
    (
        "p",
        "The model will not allocate visits by itself. The triage process in the Prevention Hub will change as follows.",
    ),
    (
        "list",
        [
            "Each Monday the Prevention Hub receives a list of addresses newly placed in risk bands 4 and 5, together with all partner referrals matched in the previous week.",
            "A Prevention Coordinator reviews every address on the list against the information held in the CFS module and local station knowledge before any visit is offered, and may move an address up or down one band or remove it, recording the reason in the CFS module.",
            "Self-referrals continue to be accepted from any household, and no household is refused a visit because of its model band.",
            "Once a month, the Data and Insight team and the Prevention Hub Manager review all overrides recorded by coordinators and visit findings that contradict the model band, and agree changes to the model or to the data it uses.",
        ],
    ),
    (
        "p",
        "Crews carrying out visits will continue to record the risk they find on the doorstep using the existing Safe and Well form. The difference between the risk recorded by crews and the model band will be one of the inputs to the monthly review.",
    ),
    ("h2", "6.3 Stages"),
    (
        "p",
        "The project will be delivered in stages, and a detailed stage plan will be agreed by the Project Board at its first meeting. The main workstreams anticipated at this point are:",
    ),
    (
        "list",
        [
            "data-sharing agreements with partners;",
            "address matching and data preparation;",
            "model development and testing;",
            "changes to the Prevention Hub process and CFS module;",
            "a pilot in one or more station areas;",
            "roll-out across the Service area;",
            "evaluation.",
        ],
    ),
    ("p", "The duration of the project is expected to be approximately two years."),
    ("h1", "7. Project organisation"),
    ("h2", "7.1 Roles and responsibilities"),
    (
        "p",
        "The Senior Responsible Owner (SRO) for the project is Area Manager Claire Okafor, Head of Prevention, who is accountable to the Strategic Leadership Board for the delivery of the project and for the realisation of the benefits set out in section 5.",
    ),
    (
        "table",
        [
            ["Role", "Post holder", "Responsibilities"],
            [
                "Senior Responsible Owner",
                "AM Claire Okafor, Head of Prevention",
                "Accountable for delivery and benefits; chairs Project Board",
            ],
            [
                "Senior User",
                "Prevention Hub Manager, Sarah Lindqvist",
                "Ensures the new triage process meets the needs of the Hub and crews",
            ],
            [
                "Senior Supplier",
                "Head of ICT, Gareth Powell",
                "Provides ICT resources; accountable for changes to the CFS module",
            ],
            [
                "Project Manager",
                "Tom Reddy, Corporate Projects Office",
                "Day-to-day management, plans, risk and issue logs, highlight reports",
            ],
            [
                "Data Protection Officer",
                "Information Governance Manager",
                "Advises on DPIA and data-sharing agreements; attends Project Board",
            ],
        ],
        [4 * cm, 5.5 * cm, 7 * cm],
    ),
    (
        "p",
        "The Information Governance Manager is accountable for ensuring that every data-sharing agreement is signed before any partner data are used in the model.",
    ),
    ("h2", "7.2 Project team and resources"),
    (
        "p",
        "The following resources have been approved for the project and are included in the budget at section 9:",
    ),
    (
        "list",
        [
            "One data scientist (1.0 FTE, fixed-term for 24 months), to be recruited in the first quarter of 2027 and based in the Data and Insight team.",
            "An information governance officer at 0.5 FTE for 18 months to prepare the DPIA and the data-sharing agreements.",
            "Two Prevention Coordinator posts backfilled for 12 months, so that experienced coordinators can take part in process design, the pilot and training.",
            "ICT developer time of 60 days from the Senior Supplier's team for changes to the CFS module.",
        ],
    ),
    (
        "p",
        "Station-based prevention leads will each receive a half-day training session before the model is used in their area.",
    ),
    ("h1", "8. Governance and assurance"),
    ("h2", "8.1 Project Board"),
    (
        "p",
        "The Project Board, chaired by the SRO, will meet monthly. It will approve stage plans, authorise the move from one stage to the next, manage risks and issues escalated by the Project Manager, and approve any change to scope, budget or timescale within the tolerances set out below.",
    ),
    (
        "p",
        "Tolerances: the Project Board may approve changes of up to 10% of the budget or three months of timescale; changes beyond these tolerances will be referred to the Strategic Leadership Board.",
    ),
    ("h2", "8.2 Data protection and ethics"),
    (
        "p",
        "A Data Protection Impact Assessment (DPIA) will be completed and signed off by the Data Protection Officer before the model is used to prioritise any visit, and will be reviewed before roll-out beyond the pilot area.",
    ),
    (
        "p",
        "The Service's Ethics Panel, which includes two independent lay members, will review the model's inputs, the override records and an analysis of visits by age, disability and deprivation every six months, and will report its findings to the Project Board and to the Fire Authority's Audit and Standards Committee.",
    ),
    ("h2", "8.3 Reporting"),
    (
        "p",
        "The Project Manager will provide a highlight report to the Project Board monthly. The SRO will report progress to the Strategic Leadership Board quarterly and to the Fire Authority's Audit and Standards Committee twice a year.",
    ),
    ("h1", "9. Budget"),
    (
        "p",
        "The total budget for the project is £486,000 over three financial years, funded from the Transformation Reserve as approved by the Fire Authority on 5 December 2026.",
    ),
    (
        "table",
        [
            ["Item", "2026/27", "2027/28", "2028/29", "Total"],
            ["Data scientist (1.0 FTE)", "£11,000", "£58,000", "£49,000", "£118,000"],
            ["Information governance officer (0.5 FTE)", "£5,000", "£21,000", "£5,000", "£31,000"],
            ["Prevention Coordinator backfill (2 posts)", "£0", "£74,000", "£0", "£74,000"],
            ["ICT development and licences", "£20,000", "£96,000", "£38,000", "£154,000"],
            ["Training and communications", "£0", "£22,000", "£9,000", "£31,000"],
            ["Evaluation (external)", "£0", "£0", "£40,000", "£40,000"],
            ["Contingency", "£0", "£20,000", "£18,000", "£38,000"],
            ["Total", "£36,000", "£291,000", "£159,000", "£486,000"],
        ],
        [5.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm],
    ),
    (
        "p",
        "Costs for the Prevention Hub's time in business-as-usual operation are not included and will be absorbed within existing establishment.",
    ),
    ("h1", "10. Risks"),
    (
        "p",
        "The principal risks identified at initiation are summarised below. The full risk log is maintained by the Project Manager.",
    ),
    (
        "table",
        [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            [
                "Partners do not sign data-sharing agreements in time",
                "High",
                "High",
                "Early engagement through the Safeguarding Partnership; pilot can start with incident data only",
            ],
            [
                "Model reinforces existing bias in who is referred",
                "Medium",
                "High",
                "Ethics Panel review; analysis of visits by protected characteristics",
            ],
            [
                "Recruitment of data scientist delayed",
                "Medium",
                "Medium",
                "Interim support from the regional data collaborative",
            ],
            [
                "Staff distrust of model bands",
                "Medium",
                "Medium",
                "Coordinators involved in design; override route retained",
            ],
        ],
        [5 * cm, 2.2 * cm, 2 * cm, 7.3 * cm],
    ),
    ("h1", "11. Communications and engagement"),
    (
        "p",
        "The project will engage staff through the Prevention Leadership Team, station briefings and the Service intranet. Representative bodies will be informed of the changes to the Prevention Hub process. Partners will be engaged through the Safeguarding Partnership and bilateral meetings. A public statement explaining how the Service uses data to target prevention activity will be published on the Service website before the pilot begins.",
    ),
    ("h1", "12. Approval"),
    ("p", "This PID was approved by the Strategic Leadership Board on 9 February 2027."),
    ("pb", None),
    ("h1", "Appendix A: Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            ["CFS module", "Community Fire Safety module of the premises risk database"],
            ["CRMP", "Community Risk Management Plan 2025-2029"],
            ["DPIA", "Data Protection Impact Assessment"],
            ["IRS", "Incident Recording System"],
            [
                "Safe and Well visit",
                "A home visit covering fire safety and wider health and wellbeing risks",
            ],
            ["SRO", "Senior Responsible Owner"],
        ],
        [4 * cm, 12.5 * cm],
    ),
    ("h1", "Appendix B: Data sources considered"),
    (
        "list",
        [
            "Incident history at the address and in the surrounding output area (IRS extracts, 2015 onwards).",
            "Age and household composition from partner referrals, where shared under agreement.",
            "Property type and age from the address gazetteer and Valuation Office data.",
            "Indices of Multiple Deprivation at Lower Layer Super Output Area level.",
            "Previous Safe and Well visit findings recorded in the CFS module.",
        ],
    ),
    (
        "p",
        "Commercial lifestyle and marketing data sets were considered and rejected on grounds of transparency and cost.",
    ),
    ("h1", "Appendix C: Summary of proof of concept results"),
    (
        "p",
        "The proof of concept used incident and visit data for 2019/20 to 2023/24 and tested the ranking against fires that occurred in 2024/25. The results below describe historical data only and are not targets or forecasts.",
    ),
    (
        "table",
        [
            [
                "Model band",
                "Share of households",
                "Share of 2024/25 accidental dwelling fires",
                "Fires per 10,000 households",
            ],
            ["5 (highest)", "4%", "19%", "56.1"],
            ["4", "9%", "21%", "27.6"],
            ["3", "18%", "24%", "15.9"],
            ["2", "29%", "20%", "8.2"],
            ["1 (lowest)", "40%", "16%", "4.7"],
        ],
        [2.6 * cm, 3.4 * cm, 5.6 * cm, 4.9 * cm],
    ),
    (
        "p",
        "By comparison, the paper scoring sheet placed only 27% of the households that went on to have a fire in its two highest categories. The proof of concept did not test the effect of visits on fire outcomes, which is a question for the evaluation.",
    ),
    (
        "p",
        "The Data and Insight team noted three limitations: partner data were available for only a minority of households; address matching succeeded for 91% of incident records but only 74% of partner referrals; and the small number of fatal fires means the model cannot be validated against fatalities.",
    ),
    ("h1", "Appendix D: Equality impact summary"),
    (
        "p",
        "An initial equality impact assessment found that the project is likely to have a positive impact on older people and disabled people, who are over-represented among those at highest risk, provided that self-referral remains open to all. A possible negative impact was identified for groups who are less likely to be known to partner agencies, including some Gypsy, Roma and Traveller communities and people who are digitally excluded. The mitigations are the continued acceptance of self-referrals, targeted community engagement by station-based staff, and the six-monthly Ethics Panel review described in section 8.2. The assessment will be refreshed before roll-out.",
    ),
]

LABELS = {
    "outcomes": (
        "present",
        [
            "To reduce the number of accidental dwelling fires in the households at highest risk of fire.",
            "To reduce deaths and injuries from accidental dwelling fires among people aged 65 and over who live alone.",
            "To release Prevention Hub capacity currently spent on manual triage and re-keying so that it can be redeployed to follow-up with high-risk households.",
        ],
    ),
    "metrics": (
        "present",
        [
            "The primary measure is the rate of accidental dwelling fires per 10,000 households in the Service area, which stood at 11.9 in 2025/26; the project is expected to contribute to reducing this to 10.5 by March 2030.",
            "The targeting measure is the proportion of Safe and Well visits delivered to households in the top two risk bands, which the project will increase from 38% in 2025/26 to at least 70% by March 2028.",
            "The efficiency measure is the average time from receipt of a partner referral to allocation of a visit, currently 9 working days, which the project aims to reduce to 3 working days by the end of the pilot.",
        ],
    ),
    "owners": (
        "present",
        [
            "The Senior Responsible Owner (SRO) for the project is Area Manager Claire Okafor, Head of Prevention, who is accountable to the Strategic Leadership Board for the delivery of the project and for the realisation of the benefits set out in section 5.",
            "The Information Governance Manager is accountable for ensuring that every data-sharing agreement is signed before any partner data are used in the model.",
            "Senior Supplier Head of ICT, Gareth Powell Provides ICT resources; accountable for changes to the CFS module",
        ],
    ),
    "governance": (
        "present",
        [
            "The Project Board, chaired by the SRO, will meet monthly.",
            "A Data Protection Impact Assessment (DPIA) will be completed and signed off by the Data Protection Officer before the model is used to prioritise any visit, and will be reviewed before roll-out beyond the pilot area.",
            "The Service's Ethics Panel, which includes two independent lay members, will review the model's inputs, the override records and an analysis of visits by age, disability and deprivation every six months, and will report its findings to the Project Board and to the Fire Authority's Audit and Standards Committee.",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "One data scientist (1.0 FTE, fixed-term for 24 months), to be recruited in the first quarter of 2027 and based in the Data and Insight team.",
            "An information governance officer at 0.5 FTE for 18 months to prepare the DPIA and the data-sharing agreements.",
            "Two Prevention Coordinator posts backfilled for 12 months, so that experienced coordinators can take part in process design, the pilot and training.",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "A Prevention Coordinator reviews every address on the list against the information held in the CFS module and local station knowledge before any visit is offered, and may move an address up or down one band or remove it, recording the reason in the CFS module.",
            "Once a month, the Data and Insight team and the Prevention Hub Manager review all overrides recorded by coordinators and visit findings that contradict the model band, and agree changes to the model or to the data it uses.",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "The project will be delivered in stages, and a detailed stage plan will be agreed by the Project Board at its first meeting.",
            "a pilot in one or more station areas;",
            "roll-out across the Service area;",
        ],
    ),
}

HEADER = "Severnmoor Fire and Rescue Service | RBPT Project Initiation Document v1.3"


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    w, h = A4
    canvas.drawString(2 * cm, h - 1.2 * cm, HEADER)
    canvas.drawRightString(w - 2 * cm, h - 1.2 * cm, "OFFICIAL")
    canvas.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
    canvas.drawString(
        2 * cm, 1.2 * cm, "Uncontrolled when printed. Check the intranet for the current version."
    )
    canvas.drawRightString(w - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def build():
    cell = BODY.clone("cell", fontSize=8.5, leading=10.5)
    story = []
    for item in CONTENT:
        kind, val = item[0], item[1]
        if kind == "title":
            story += [Paragraph(val, ss["Title"]), Spacer(1, 0.2 * cm)]
        elif kind == "h1":
            story.append(Paragraph(val, ss["Heading1"]))
        elif kind == "h2":
            story.append(Paragraph(val, ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(val, BODY))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "list":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(x, BODY)) for x in val], bulletType="bullet", start="-"
                )
            )
        elif kind == "table":
            data = [[Paragraph(c, cell) for c in row] for row in val]
            t = Table(data, colWidths=item[2], repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 0.3 * cm)]
    doc = SimpleDocTemplate(
        os.path.join(OUT, NAME),
        pagesize=A4,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title="RBPT Project Initiation Document",
        author="Severnmoor FRS (fictional)",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main():
    os.makedirs(OUT, exist_ok=True)
    build()
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
