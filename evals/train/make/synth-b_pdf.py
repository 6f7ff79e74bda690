"""Build the synth-b PDF documents (reportlab) and their labels.

All organisations, people and figures are fictional.
Run: python synth-b_pdf.py  (writes into ../synth-b/)
"""

import json
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
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

OUT = Path(__file__).resolve().parents[1] / "synth-b"
CHECKS = [
    "outcomes",
    "metrics",
    "owners",
    "governance",
    "execution_capacity",
    "human_oversight",
    "roadmap",
]

SS = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("t", parent=SS["Title"], fontSize=22, leading=27, spaceAfter=14),
    "sub": ParagraphStyle("s", parent=SS["Normal"], fontSize=12, leading=16, spaceAfter=8),
    "h1": ParagraphStyle("h1", parent=SS["Heading1"], fontSize=15, leading=19, spaceBefore=10),
    "h2": ParagraphStyle("h2", parent=SS["Heading2"], fontSize=12, leading=15, spaceBefore=6),
    "p": ParagraphStyle("p", parent=SS["Normal"], fontSize=10, leading=14, spaceAfter=6),
    "cell": ParagraphStyle("c", parent=SS["Normal"], fontSize=8.5, leading=11),
    "small": ParagraphStyle("sm", parent=SS["Normal"], fontSize=8.5, leading=11),
}


def write_labels(name, labels):
    checks = {}
    for c in CHECKS:
        status, evidence = labels[c]
        checks[c] = {"status": status, "evidence": list(evidence)}
    data = {"document": name, "checks": checks}
    (OUT / f"{name}.labels.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def para(text, style="p"):
    return Paragraph(escape(text), STYLES[style])


def flowables(blocks, width):
    out = []
    for block in blocks:
        kind = block[0]
        if kind in ("title", "sub", "h1", "h2", "p", "small"):
            out.append(para(block[1], kind))
        elif kind in ("bullets", "numbers"):
            items = [ListItem(para(t), leftIndent=14) for t in block[1]]
            if kind == "bullets":
                out.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14))
            else:
                out.append(ListFlowable(items, bulletType="1", leftIndent=14))
            out.append(Spacer(1, 4))
        elif kind == "table":
            rows = block[1]
            widths = block[2] if len(block) > 2 else None
            if widths:
                total = sum(widths)
                widths = [width * w / total for w in widths]
            data = [[para(c, "cell") for c in row] for row in rows]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            out.append(table)
            out.append(Spacer(1, 8))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "spacer":
            out.append(Spacer(1, block[1]))
        else:
            raise ValueError(kind)
    return out


def build(name, blocks, header=None, footer=None, pagesize=A4, number_pages=True):
    path = OUT / name

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        w, h = pagesize
        if header and doc.page > 1:
            canvas.drawString(2 * cm, h - 1.2 * cm, header)
        bits = []
        if footer:
            bits.append(footer)
        if number_pages:
            bits.append(f"Page {doc.page}")
        if bits:
            canvas.drawRightString(w - 2 * cm, 1.1 * cm, "   |   ".join(bits))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=name,
    )
    doc.build(flowables(blocks, doc.width), onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------
# 1. University research administration: programme initiation document (long)
# ---------------------------------------------------------------------------
HALDEN = [
    ("title", "Research Administration Modernisation Programme (RAMP)"),
    ("sub", "Programme Initiation Document"),
    ("sub", "Halden University, Research and Innovation Services"),
    ("sub", "Version 1.2, 12 January 2026. Status: approved by the University Executive Board"),
    ("spacer", 20),
    (
        "table",
        [
            ["Version", "Date", "Author", "Change"],
            ["0.4", "3 October 2025", "RAMP Programme Office", "First draft for consultation"],
            [
                "0.9",
                "18 November 2025",
                "RAMP Programme Office",
                "Revised after faculty consultation",
            ],
            [
                "1.0",
                "9 December 2025",
                "RAMP Programme Office",
                "Submitted to University Executive Board",
            ],
            [
                "1.2",
                "12 January 2026",
                "RAMP Programme Office",
                "Approved with amendments to sections 10 and 12",
            ],
        ],
        [1, 2, 3, 4],
    ),
    ("spacer", 12),
    ("h2", "Contents"),
    (
        "numbers",
        [
            "Purpose of this document",
            "Background",
            "Problem statement",
            "Programme objectives",
            "Scope",
            "Products and approach",
            "Benefits and measures",
            "Organisation and roles",
            "Governance and assurance",
            "Resourcing and budget",
            "Ways of working",
            "Plan and phase gates",
            "Risks, assumptions and dependencies",
            "Communications and engagement",
            "Quality and acceptance",
        ],
    ),
    (
        "small",
        "Appendices: A. Glossary; B. Summary of consultation; C. Alignment with Strategy 2030.",
    ),
    ("pagebreak",),
    ("h1", "1. Purpose of this document"),
    (
        "p",
        "This Programme Initiation Document (PID) defines the Research Administration "
        "Modernisation Programme (RAMP). It sets out why the programme is needed, what it will "
        "deliver, the benefits it is expected to achieve and how they will be measured, who is "
        "accountable, how the programme will be governed and resourced, and the plan and phase "
        "gates by which it will proceed. It is the baseline against which the Programme Board "
        "will manage the programme and against which change requests will be assessed.",
    ),
    (
        "p",
        "The PID follows the University's Project and Programme Management Framework (2023). "
        "Readers familiar with the business case approved by the University Executive Board in "
        "July 2025 will find that sections 2 and 3 summarise material from that case; the "
        "remaining sections are new or substantially revised.",
    ),
    ("h1", "2. Background"),
    ("h2", "2.1 The University's research portfolio"),
    (
        "p",
        "Halden University is a research-intensive university of around 27,000 students and "
        "3,900 staff. Research income in 2024-25 was £142 million, of which 61% came from "
        "government research funders, 22% from charities and 17% from industry, the European "
        "programmes and other sources. At the end of the 2024-25 financial year the University "
        "held 1,180 live research awards, and its academics submitted around 2,300 funding "
        "applications a year to 180 different funders.",
    ),
    (
        "p",
        "The portfolio has grown by roughly 40% in value over five years, and has become more "
        "complex. Awards are larger and more often collaborative; industry-funded research has "
        "grown faster than any other category; and funders' terms and conditions have become "
        "more demanding, particularly on eligibility of costs, open access, trusted research "
        "and security, and reporting.",
    ),
    ("h2", "2.2 Research and Innovation Services today"),
    (
        "p",
        "Research and Innovation Services (RIS) employs 74 staff across four teams: Pre-Award "
        "(26), Post-Award Finance (21), Research Contracts (12) and Research Integrity and "
        "Ethics (9), together with a small systems and reporting team (6). Pre-Award staff are "
        "based in faculties; the other teams are central.",
    ),
    (
        "p",
        "The core system is Granta, the research management system introduced in 2017. Granta "
        "holds applications, awards and contracts, but most checking work happens outside it, "
        "in spreadsheets and email. Funder terms are held as PDF documents in a shared drive. "
        "There is no single view of the obligations attached to each award.",
    ),
    ("h2", "2.3 What academics and staff have told us"),
    (
        "p",
        "The 2025 survey of principal investigators (612 responses) and the RIS staff "
        "workshops held in spring 2025 gave a consistent picture. In the survey, 57% of "
        "principal investigators rated the speed of pre-award support as poor or very poor, "
        "and 44% said they had at least once withdrawn or delayed an application because a "
        "budget was not ready in time. Pre-Award staff estimated that more than half of their "
        "time is spent on routine checks of costings against funder rules, leaving little time "
        "for the proposal development work that academics value most.",
    ),
    (
        "p",
        "These figures describe the current position and are reported here as context. They "
        "are not targets of the programme; the programme's measures are set out in section 7.",
    ),
    ("h1", "3. Problem statement"),
    (
        "p",
        "The University's research administration has not kept pace with the growth and "
        "complexity of its research portfolio. Four problems stand out.",
    ),
    (
        "bullets",
        [
            "Costing is slow. The median time from an academic's request for a costed budget "
            "to an approved budget is 12 working days, and longer in the weeks before major "
            "funder deadlines.",
            "Errors reach funders. Expenditure disallowed by funders at audit has averaged 2.8% "
            "of audited spend over the last three years, most of it from costs that were "
            "ineligible under the award's terms.",
            "Contracts are a bottleneck. The median time to agree a contract with an industry "
            "partner is 74 days, and industry partners regularly cite this in feedback.",
            "Skilled staff spend their time on routine checks. An estimated 1,150 hours of "
            "Pre-Award staff time each month go on checks that follow fixed rules.",
        ],
    ),
    (
        "p",
        "A review by the Internal Audit service in 2024 found that the control environment for "
        "award compliance was adequate but 'heavily dependent on individual knowledge', and "
        "recommended that the University reduce its reliance on manual checks.",
    ),
    ("h1", "4. Programme objectives"),
    (
        "p",
        "The programme has four objectives, agreed with the University Executive Board. They "
        "describe what will change for academics and for the University, not the products the "
        "programme will build.",
    ),
    (
        "bullets",
        [
            "Objective 1: Reduce the time academics wait for a costed, approved budget for a "
            "funding application.",
            "Objective 2: Reduce the value of research expenditure disallowed by funders at audit.",
            "Objective 3: Shorten the time taken to agree research contracts with industry "
            "partners.",
            "Objective 4: Release Pre-Award staff time from routine checking to proposal "
            "development.",
        ],
    ),
    (
        "p",
        "The objectives support the Research and Innovation theme of Strategy 2030, in "
        "particular the commitment to grow industry-funded research income and to be 'an "
        "easy university to work with' (see Appendix C).",
    ),
    ("h2", "4.1 Options considered"),
    (
        "p",
        "The business case approved in July 2025 considered four options. They are summarised "
        "here because several consultation responses asked why the University is not simply "
        "buying an additional module from the Granta supplier.",
    ),
    (
        "bullets",
        [
            "Option A, do nothing: retain current processes and absorb growth by recruiting "
            "further Pre-Award staff. Rejected because the recruitment market for experienced "
            "research managers is tight and the approach does not address audit errors.",
            "Option B, buy the supplier's compliance module: lower build risk, but the module "
            "covers only eleven of our top forty funders and does not address contracts.",
            "Option C, build on Granta with rules, machine learning and language models: "
            "higher build risk, but covers all three problem areas and keeps data within the "
            "University's tenancy. Recommended.",
            "Option D, outsource pre-award checking to a shared service: rejected by faculties "
            "in the 2024 consultation because of the loss of local knowledge.",
        ],
    ),
    (
        "p",
        "The University Executive Board approved Option C, with the condition that the "
        "programme should re-use the supplier's compliance module for any funder it already "
        "covers well, rather than duplicate it.",
    ),
    ("h1", "5. Scope"),
    ("h2", "5.1 In scope"),
    (
        "bullets",
        [
            "Pre-award costing and approval for all external funding applications.",
            "Capture of funder terms and conditions and the obligations they create for each "
            "award.",
            "Triage and routing of research contracts, collaboration agreements and "
            "non-disclosure agreements.",
            "Changes to Granta and its integration with the finance system needed for the above.",
            "Process, role and training changes in RIS arising from the above.",
        ],
    ),
    ("h2", "5.2 Out of scope"),
    (
        "bullets",
        [
            "Research ethics review, which is the subject of a separate review by the "
            "University Research Ethics Committee.",
            "Replacement of Granta, which is not planned before 2029.",
            "Student-facing systems and doctoral training administration.",
            "Any use of AI in learning, teaching or assessment.",
        ],
    ),
    ("h1", "6. Products and approach"),
    (
        "p",
        "The programme will deliver three products and the integration work that supports "
        "them. Each product combines rules that encode funder and University policy with "
        "machine learning or language models where rules alone are not enough.",
    ),
    ("h2", "6.1 Costing checker"),
    (
        "p",
        "The costing checker will examine draft budgets in Granta against the rules of the "
        "relevant funder and the University's costing policy, and will identify items that "
        "appear ineligible, mis-categorised or inconsistent with the staff and equipment "
        "described in the case for support. It draws on a rules library maintained by "
        "Pre-Award and on a model trained on ten years of budget lines and audit outcomes.",
    ),
    ("h2", "6.2 Funder terms screening"),
    (
        "p",
        "Funder terms screening will use a language model, run within the University's own "
        "cloud tenancy, to extract obligations from funder terms and award letters (reporting "
        "dates, eligibility restrictions, open access requirements, approvals needed for "
        "changes) into a structured obligations register attached to each award in Granta.",
    ),
    ("h2", "6.3 Contract triage"),
    (
        "p",
        "Contract triage will classify incoming research contracts by type and risk and "
        "compare them against the University's standard positions, so that low-risk "
        "agreements can be dealt with quickly and experienced staff can concentrate on "
        "complex negotiations.",
    ),
    ("h2", "6.4 Integration"),
    (
        "p",
        "All three products will be built as services that read from and write to Granta. The "
        "programme will also build an interface between Granta and the finance system so that "
        "approved budgets create award accounts without rekeying.",
    ),
    ("h1", "7. Benefits and measures"),
    (
        "p",
        "Each objective has one measure with a baseline and a target. Baselines are taken from "
        "Granta and RIS time records for the 2024-25 financial year. The Programme Office will "
        "report the measures to the Programme Board every month from April 2026.",
    ),
    (
        "table",
        [
            ["Objective", "Measure", "Baseline", "Target", "By"],
            [
                "1",
                "Median working days from costing request to approved budget",
                "12",
                "4",
                "July 2027",
            ],
            [
                "2",
                "Disallowed expenditure at audit, % of audited spend",
                "2.8%",
                "1.0%",
                "July 2028",
            ],
            ["3", "Median days to agree an industry research contract", "74", "40", "January 2028"],
            ["4", "Pre-Award staff hours on routine checks per month", "1,150", "600", "July 2027"],
        ],
        [1, 5, 1.3, 1.3, 1.6],
    ),
    (
        "p",
        "The financial benefit of Objective 2 alone is estimated at £610,000 a year at current "
        "audit volumes. The value of staff time released under Objective 4 is not counted as a "
        "cash saving: the time will be redeployed to proposal development, and no reduction in "
        "headcount is planned.",
    ),
    (
        "p",
        "The Benefits Realisation Plan, maintained by the Programme Office, sets out how each "
        "measure is calculated, the data source and the reporting frequency. A post-programme "
        "benefits review will take place in July 2028.",
    ),
    ("h1", "8. Organisation and roles"),
    (
        "p",
        "The Programme Sponsor is the Pro-Vice-Chancellor (Research and Innovation), Professor "
        "Miriam Osei, who is accountable to the University Executive Board for the delivery of "
        "the benefits set out in section 7.",
    ),
    (
        "p",
        "The Senior Responsible Owner (SRO) is the Director of Research and Innovation "
        "Services, Dr Alan Petrie, who is responsible for day-to-day leadership of the "
        "programme and chairs the programme's delivery group.",
    ),
    (
        "p",
        "Each product has a single accountable business lead, shown in the table below. "
        "Responsibility for delivery of each product sits with the Programme Manager and the "
        "relevant product owner.",
    ),
    (
        "table",
        [
            ["Product", "Accountable", "Responsible", "Consulted", "Informed"],
            [
                "Costing checker",
                "Head of Pre-Award",
                "Product owner (Pre-Award)",
                "Faculty research directors",
                "Programme Board",
            ],
            [
                "Funder terms screening",
                "Head of Post-Award Finance",
                "Product owner (Post-Award)",
                "Research Integrity and Ethics",
                "Programme Board",
            ],
            [
                "Contract triage",
                "Head of Research Contracts",
                "Programme Manager",
                "Legal Services",
                "Programme Board",
            ],
            [
                "Granta and finance integration",
                "Director of Digital Services",
                "Lead developer",
                "Finance",
                "Programme Board",
            ],
        ],
        [2.2, 2, 2, 2, 1.6],
    ),
    (
        "p",
        "The Programme Manager, appointed from the University's Portfolio Office, manages the "
        "plan, budget, risks and reporting, and leads the Programme Office.",
    ),
    ("h1", "9. Governance and assurance"),
    ("h2", "9.1 Programme Board"),
    (
        "p",
        "The RAMP Programme Board, chaired by the Pro-Vice-Chancellor (Research and "
        "Innovation), meets monthly to review progress, risks and benefits, and takes the "
        "go/no-go decision at each phase gate.",
    ),
    (
        "p",
        "Its members are the SRO, the Chief Financial Officer's nominee, the Director of "
        "Digital Services, two faculty Associate Deans for Research, the Head of Pre-Award and "
        "the University's Data Protection Officer. The Programme Manager attends as secretary.",
    ),
    ("h2", "9.2 Design authority and release"),
    (
        "p",
        "No product will be used on live applications, awards or contracts until the Research "
        "Systems Design Authority has approved its data protection impact assessment, its "
        "security review and its test results.",
    ),
    (
        "p",
        "The Design Authority meets every two weeks during build phases and also reviews any "
        "significant change to a product's rules library or model after release.",
    ),
    ("h2", "9.3 Information governance"),
    (
        "p",
        "Applications and contracts contain commercially confidential and personal "
        "information. All processing will take place within the University's own cloud "
        "tenancy; no application, award or contract text will be sent to external model "
        "providers for training. Access to product outputs follows existing Granta "
        "permissions.",
    ),
    ("h2", "9.4 Reporting and assurance"),
    (
        "p",
        "The SRO reports to the University Executive Board each quarter. Internal Audit will "
        "review the programme's controls in the second half of 2026, and the Audit and Risk "
        "Committee of Council will receive an annual update.",
    ),
    ("h1", "10. Resourcing and budget"),
    ("h2", "10.1 People"),
    (
        "p",
        "The programme will recruit two data engineers and one business analyst on fixed-term "
        "contracts from April 2026, funded from the programme budget.",
    ),
    (
        "p",
        "Two senior research managers from Pre-Award will be seconded to the programme at 0.5 "
        "FTE each for its full duration, as product owners for the costing checker and the "
        "funder terms screening; backfill for their posts is included in the budget.",
    ),
    (
        "p",
        "Digital Services will provide a lead developer and a test analyst from its existing "
        "establishment, and the Portfolio Office will provide the Programme Manager.",
    ),
    ("h2", "10.2 Budget"),
    (
        "table",
        [
            ["Cost heading", "2025-26", "2026-27", "2027-28", "Total"],
            ["New posts (3 fixed-term)", "£38,000", "£196,000", "£201,000", "£435,000"],
            ["Secondment backfill", "£22,000", "£104,000", "£107,000", "£233,000"],
            ["Software, cloud and licences", "£85,000", "£260,000", "£215,000", "£560,000"],
            ["Granta and finance integration", "£40,000", "£180,000", "£60,000", "£280,000"],
            ["Training and change", "£5,000", "£70,000", "£55,000", "£130,000"],
            ["Contingency (15%)", "£28,000", "£122,000", "£152,000", "£302,000"],
            ["Total", "£218,000", "£932,000", "£790,000", "£1,940,000"],
        ],
        [3, 1.4, 1.4, 1.4, 1.4],
    ),
    (
        "p",
        "The budget was approved by the University Executive Board as part of the 2025 capital "
        "and transformation round. Any increase above the contingency requires a change "
        "request to the Programme Board and, above £100,000, to the University Executive "
        "Board.",
    ),
    ("h1", "11. Ways of working"),
    (
        "p",
        "The products are intended to support, not replace, the professional judgement of "
        "research managers and contracts staff.",
    ),
    (
        "p",
        "Working practices in the Pre-Award and Research Contracts teams will evolve as the "
        "tools bed in, and staff will be involved in shaping these changes.",
    ),
    (
        "p",
        "Training will be provided for all RIS staff before each product goes live, and "
        "faculty research administrators will be offered briefing sessions. Job descriptions "
        "will be reviewed with Human Resources and the recognised trade unions where roles "
        "change materially.",
    ),
    ("h1", "12. Plan and phase gates"),
    (
        "p",
        "The programme will proceed in four phases. The costing checker comes first because it "
        "addresses the largest source of delay for academics and because its rules library "
        "will also be used by the other products. Each phase ends with a gate decision by the "
        "Programme Board.",
    ),
    (
        "bullets",
        [
            "Phase 0, mobilisation (January-March 2026): recruitment, data protection impact "
            "assessments, detailed design; Gate 0 in March 2026 confirms that the new posts are "
            "filled and the design is approved.",
            "Phase 1, costing checker pilot (April-December 2026): live use in the Faculty of "
            "Science and Engineering only; Gate 1 in December 2026: roll-out to all faculties "
            "only if the pilot faculty's median costing time has fallen below 7 working days.",
            "Phase 2, scale and screening (January-December 2027): costing checker in all "
            "faculties; funder terms screening for government and charity funders.",
            "Phase 3, contracts and handover (January-July 2028): contract triage; benefits "
            "review and handover to business as usual by July 2028.",
        ],
    ),
    (
        "table",
        [
            ["Milestone", "Date"],
            ["Data engineers and business analyst in post", "April 2026"],
            ["Costing checker live in pilot faculty", "June 2026"],
            ["Gate 1 decision", "December 2026"],
            ["Costing checker live in all faculties", "March 2027"],
            ["Funder terms screening live", "September 2027"],
            ["Contract triage live", "March 2028"],
            ["Benefits review and programme closure", "July 2028"],
        ],
        [4, 2],
    ),
    ("h1", "13. Risks, assumptions and dependencies"),
    ("h2", "13.1 Principal risks"),
    (
        "table",
        [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            [
                "Recruitment of data engineers delayed",
                "Medium",
                "High",
                "Early advert; agency fallback",
            ],
            ["Historic budget data of poor quality", "High", "Medium", "Data cleansing in Phase 0"],
            [
                "Staff distrust of automated checks",
                "Medium",
                "High",
                "Product owners from Pre-Award",
            ],
            [
                "Funder rules change mid-programme",
                "Medium",
                "Medium",
                "Rules library owned by Pre-Award",
            ],
            [
                "Granta upgrade clashes with build",
                "Low",
                "High",
                "Joint plan with Digital Services",
            ],
        ],
        [3, 1.2, 1.2, 3],
    ),
    ("h2", "13.2 Assumptions"),
    (
        "bullets",
        [
            "The Granta supplier will support the integration interfaces at the quoted price.",
            "Faculty research directors will release Pre-Award staff for testing and training.",
            "Funder audit volumes remain broadly at 2024-25 levels.",
        ],
    ),
    ("h2", "13.3 Dependencies"),
    (
        "bullets",
        [
            "The finance system upgrade scheduled for summer 2026.",
            "The University's cloud tenancy being approved for confidential research data.",
            "Completion of the trusted research review, which may add screening requirements.",
        ],
    ),
    ("h1", "14. Communications and engagement"),
    (
        "p",
        "The programme will keep academics, faculty administrators and RIS staff informed "
        "through a programme page on the staff intranet, a termly update to faculty research "
        "committees and a monthly note to RIS staff. Academics in the pilot faculty will be "
        "offered drop-in sessions before the costing checker goes live. Industry partners will "
        "be told of the changes to contract handling through the Business Engagement team.",
    ),
    (
        "p",
        "The recognised trade unions have been briefed on the programme and will be consulted "
        "through the normal joint negotiating arrangements on any change to job descriptions.",
    ),
    ("h1", "15. Quality and acceptance"),
    (
        "p",
        "Each product will be accepted against criteria agreed by its accountable business "
        "lead before build begins. Acceptance criteria will cover accuracy against a test set "
        "of historic cases, performance, accessibility and usability, and will be tested with "
        "Pre-Award, Post-Award and Contracts staff before the Design Authority review.",
    ),
    ("pagebreak",),
    ("h1", "Appendix A. Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            ["Award", "A grant or contract for research that has been accepted by the University"],
            ["Costing", "The budget prepared for a funding application under funder rules"],
            ["Disallowed expenditure", "Spend that a funder refuses to pay at audit"],
            ["Granta", "The University's research management system"],
            ["Pre-Award", "The RIS team that supports applications before an award is made"],
            ["Post-Award", "The RIS team that manages the finances of live awards"],
            ["SRO", "Senior Responsible Owner"],
        ],
        [2, 6],
    ),
    ("h1", "Appendix B. Summary of consultation"),
    (
        "p",
        "A draft of this PID was circulated to the six faculties, to RIS staff and to the "
        "recognised trade unions in October and November 2025. Forty-one written responses "
        "were received. The main points raised, and the programme's response, were as follows.",
    ),
    (
        "bullets",
        [
            "Several faculties asked to be the pilot faculty. The Faculty of Science and "
            "Engineering was chosen because it submits the most applications and has the most "
            "complex costings.",
            "RIS staff asked for reassurance that the programme is not a headcount reduction "
            "exercise. Section 7 confirms that no reduction in headcount is planned.",
            "Academics asked whether the costing checker would change how budgets are "
            "approved. This will be worked through with faculties during Phase 0.",
            "The Library asked that open access obligations be captured in the obligations "
            "register. This has been added to the scope of funder terms screening.",
            "Legal Services asked to be consulted on contract triage rules. They are shown as "
            "Consulted in the table in section 8.",
        ],
    ),
    ("h1", "Appendix D. The current costing process"),
    (
        "p",
        "For readers outside RIS, the current costing process for a typical application to a "
        "government research funder runs as follows. It is described here to explain where "
        "the delays identified in section 3 arise.",
    ),
    (
        "numbers",
        [
            "The academic emails the faculty Pre-Award team with a description of the project, "
            "the staff and equipment required and the funder deadline.",
            "A research manager builds a draft budget in a spreadsheet template, using salary "
            "data supplied by Human Resources and estates charges from the Finance costing "
            "tables.",
            "The draft goes back to the academic, usually two or three times, as the case for "
            "support changes.",
            "The research manager checks the budget line by line against the funder's rules, "
            "which for larger funders run to more than a hundred pages of guidance.",
            "The budget is keyed into Granta and approved, and the application is released "
            "for submission.",
        ],
    ),
    (
        "p",
        "Steps 3 and 4 account for most of the elapsed time. In the weeks before the main "
        "funder deadlines, queues of more than forty costings per faculty are common, and "
        "research managers report working evenings and weekends to clear them. Errors found "
        "at audit most often arise in step 4, where a rule has changed or an unusual cost has "
        "been interpreted differently by different staff.",
    ),
    (
        "p",
        "The processes for funder terms and for contracts are described in the detailed "
        "design documents and are not repeated here.",
    ),
    ("h1", "Appendix C. Alignment with Strategy 2030"),
    (
        "p",
        "Strategy 2030 commits the University to grow research income to £200 million a year "
        "by 2030, to double industry-funded research, and to be recognised by partners as an "
        "easy university to work with. The University's research income has grown steadily, "
        "but internal reviews and partner feedback have identified administration as a "
        "constraint on further growth. RAMP contributes to all three commitments: faster "
        "costing allows more and better applications; fewer disallowed costs protect income; "
        "and faster contracting removes the most frequent complaint from industry partners.",
    ),
    (
        "p",
        "The programme also supports the University's Digital Strategy, which calls for core "
        "administrative processes to be automated where this improves service, and its "
        "People Strategy, which commits to developing professional services staff into more "
        "skilled and rewarding roles.",
    ),
]

HALDEN_LABELS = {
    "outcomes": (
        "present",
        [
            "Objective 1: Reduce the time academics wait for a costed, approved budget for a "
            "funding application.",
            "Objective 2: Reduce the value of research expenditure disallowed by funders at audit.",
            "Objective 3: Shorten the time taken to agree research contracts with industry "
            "partners.",
        ],
    ),
    "metrics": (
        "present",
        [
            "1 Median working days from costing request to approved budget 12 4 July 2027",
            "2 Disallowed expenditure at audit, % of audited spend 2.8% 1.0% July 2028",
            "3 Median days to agree an industry research contract 74 40 January 2028",
        ],
    ),
    "owners": (
        "present",
        [
            "The Programme Sponsor is the Pro-Vice-Chancellor (Research and Innovation), "
            "Professor Miriam Osei, who is accountable to the University Executive Board for "
            "the delivery of the benefits set out in section 7.",
            "Costing checker Head of Pre-Award Product owner (Pre-Award) Faculty research "
            "directors Programme Board",
        ],
    ),
    "governance": (
        "present",
        [
            "The RAMP Programme Board, chaired by the Pro-Vice-Chancellor (Research and "
            "Innovation), meets monthly to review progress, risks and benefits, and takes the "
            "go/no-go decision at each phase gate.",
            "No product will be used on live applications, awards or contracts until the "
            "Research Systems Design Authority has approved its data protection impact "
            "assessment, its security review and its test results.",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "The programme will recruit two data engineers and one business analyst on "
            "fixed-term contracts from April 2026, funded from the programme budget.",
            "Two senior research managers from Pre-Award will be seconded to the programme at "
            "0.5 FTE each for its full duration, as product owners for the costing checker and "
            "the funder terms screening; backfill for their posts is included in the budget.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "The products are intended to support, not replace, the professional judgement of "
            "research managers and contracts staff.",
            "Working practices in the Pre-Award and Research Contracts teams will evolve as the "
            "tools bed in, and staff will be involved in shaping these changes.",
        ],
    ),
    "roadmap": (
        "present",
        [
            "Phase 1, costing checker pilot (April-December 2026): live use in the Faculty of "
            "Science and Engineering only; Gate 1 in December 2026: roll-out to all faculties "
            "only if the pilot faculty's median costing time has fallen below 7 working days.",
            "Phase 2, scale and screening (January-December 2027): costing checker in all "
            "faculties; funder terms screening for government and charity funders.",
            "Phase 3, contracts and handover (January-July 2028): contract triage; benefits "
            "review and handover to business as usual by July 2028.",
        ],
    ),
}

# ---------------------------------------------------------------------------
# 2. Scientific research institute: five-year strategic plan (long, American)
# ---------------------------------------------------------------------------
CALLOWAY = [
    ("title", "Scientific Computing and AI Strategic Plan, FY2027-FY2031"),
    ("sub", "The Calloway Institute for Earth Systems Science, Larch Creek, Colorado"),
    (
        "sub",
        "Prepared by the Research Computing Office with the Scientific Advisory Council. "
        "Released September 2026.",
    ),
    ("spacer", 16),
    ("h2", "Contents"),
    (
        "bullets",
        [
            "A Letter from the Director",
            "Executive Summary",
            "1. Introduction and Context",
            "2. The Landscape: AI in the Earth Sciences",
            "3. Where We Stand: Current-State Assessment",
            "4. Strategic Goals",
            "5. Priority Initiatives",
            "6. People and Workforce",
            "7. Responsible AI and Governance",
            "8. Leadership and Accountability",
            "9. Measuring Success",
            "10. Implementation",
            "11. Budget",
            "Appendices A-C",
        ],
    ),
    ("pagebreak",),
    ("h1", "A Letter from the Director"),
    (
        "p",
        "When the Calloway Institute was founded in 1971, its first computer filled a room and "
        "ran one climate experiment a week. Today our scientists run thousands of simulations a "
        "month, our instruments on three continents stream data around the clock, and our "
        "collections hold more than a million microfossil images that no human team could ever "
        "examine one by one.",
    ),
    (
        "p",
        "Artificial intelligence is changing how Earth science is done. It offers new ways to "
        "emulate expensive models, to find patterns in satellite records, and to read the "
        "archives of the past. It also raises hard questions about reproducibility, about the "
        "energy cost of computation, and about what it means to understand a result. This plan "
        "is our answer to both the opportunity and the questions. I am grateful to the more "
        "than 200 colleagues who contributed to it.",
    ),
    ("p", "Dr. Samuel Okonkwo-Hale, Director"),
    ("h1", "Executive Summary"),
    (
        "p",
        "This plan will position the Calloway Institute at the forefront of AI-enabled Earth "
        "system science and accelerate the pace of discovery across all five of our research "
        "divisions.",
    ),
    (
        "p",
        "It sets four strategic goals: to accelerate discovery through AI, to build a "
        "world-class research computing environment, to develop our people, and to lead in "
        "open and responsible science. Under these goals it identifies three priority "
        "initiatives: the microfossil imaging pipeline, machine-learning emulators for our "
        "regional climate models, and a shared platform for remote sensing analysis.",
    ),
    (
        "p",
        "The plan will be delivered over five fiscal years at a total cost of $18.4 million, "
        "of which $7.9 million is already committed from the Institute's endowment and "
        "existing federal awards.",
    ),
    ("pagebreak",),
    ("h1", "1. Introduction and Context"),
    (
        "p",
        "The Calloway Institute is an independent, non-profit research institute with 410 "
        "staff, including 96 principal investigators, organized in five divisions: Atmospheric "
        "Dynamics, Hydrology and Snow, Paleoclimate, Biogeochemistry, and Observing Systems. "
        "Our annual research expenditure in FY2026 was $71 million, 68% of it from federal "
        "agencies.",
    ),
    (
        "p",
        "Computing has always been central to our work. The Institute operates a "
        "4,200-core CPU cluster commissioned in 2019, a 6-petabyte storage system, and "
        "allocations on two national supercomputing facilities. Until now, however, AI and "
        "machine learning have been pursued by individual research groups, each with its own "
        "hardware, software and practices. This plan is the first time the Institute has set "
        "out a shared direction for scientific computing and AI.",
    ),
    (
        "p",
        "The plan was developed between January and July 2026 through a survey of all "
        "research staff, twelve listening sessions, a review of peer institutions, and "
        "deliberation by the Scientific Advisory Council. A summary of the survey methodology "
        "is given in Appendix A.",
    ),
    ("h1", "2. The Landscape: AI in the Earth Sciences"),
    (
        "p",
        "The last five years have seen rapid growth in the use of machine learning across the "
        "geosciences. Data-driven weather models now rival traditional numerical prediction at "
        "some lead times. Emulators trained on climate model output can reproduce key "
        "statistics at a small fraction of the computational cost. Computer vision is being "
        "applied to everything from ice-core layer counting to the classification of pollen "
        "and plankton.",
    ),
    (
        "p",
        "These advances bring new risks. Models trained on historical data may fail outside "
        "the conditions they have seen, which matters greatly for a changing climate. Results "
        "produced with large models can be difficult to reproduce. The computational and "
        "energy demands of training are significant. And the pace of change strains the "
        "training pipelines that produce the next generation of scientists.",
    ),
    (
        "p",
        "Peer institutions have responded in different ways. Several national laboratories "
        "have established model review boards that examine AI models before their results "
        "are used in assessments, and at least two university consortia require a "
        "reproducibility package for every AI-derived publication. We have learned from these "
        "examples in preparing this plan.",
    ),
    ("h1", "3. Where We Stand: Current-State Assessment"),
    (
        "p",
        "Our 2026 survey of research staff received 287 responses (a 70% response rate). Its "
        "main findings describe the Institute as it is today; they are not targets.",
    ),
    (
        "bullets",
        [
            "64% of principal investigators reported that at least one of their current "
            "projects uses machine learning, up from 23% in our 2021 survey.",
            "Only 18% of respondents said they had adequate access to GPU computing.",
            "52% said they lacked the software engineering support to move research code "
            "beyond a prototype.",
            "Respondents reported 31 separate, uncoordinated purchases of GPU workstations "
            "since 2022.",
        ],
    ),
    (
        "p",
        "An external review of our computing environment, carried out by the Front Range "
        "Research Computing Consortium in spring 2026, concluded that the Institute's "
        "infrastructure is 'sound but fragmented', and that the greatest constraint on AI work "
        "is not hardware but the shortage of research software engineering capacity.",
    ),
    (
        "table",
        [
            ["Resource", "Current state (2026)", "Comment"],
            ["CPU cluster", "4,200 cores (2019)", "Due for refresh FY2028"],
            ["GPU capacity", "31 workstations, ~70 GPUs", "Owned by individual groups"],
            ["Storage", "6 PB", "78% full"],
            ["Research software engineers", "2 FTE", "Both in Atmospheric Dynamics"],
            ["Data stewards", "None", "Data management done by PIs"],
        ],
        [2.5, 2.5, 3],
    ),
    ("h2", "3.1 Perspectives from the divisions"),
    (
        "p",
        "The listening sessions brought out differences between divisions that a single "
        "Institute-wide survey cannot show. We summarize them here because they shaped the "
        "priority initiatives.",
    ),
    (
        "p",
        "Atmospheric Dynamics is the most computationally mature division. Its scientists "
        "already train neural networks on reanalysis data and have published on emulation of "
        "convective parameterizations. Their main request was for GPU capacity that does not "
        "depend on winning competitive allocations at national facilities, and for help "
        "turning research code into software that others can use.",
    ),
    (
        "p",
        "Hydrology and Snow relies heavily on satellite and airborne observations. Staff "
        "described spending much of their time on downloading, reprojecting and cleaning data "
        "before any science can begin, and asked for shared, analysis-ready datasets.",
    ),
    (
        "p",
        "Paleoclimate holds the Institute's physical collections. The division has the "
        "largest single opportunity for computer vision, in the microfossil archive, but "
        "also the strongest concerns about the permanence of any identification that enters "
        "the collection database. Curators were clear that they wished to remain the "
        "authorities for the collection.",
    ),
    (
        "p",
        "Biogeochemistry and Observing Systems were more cautious. Several investigators "
        "questioned whether machine learning adds value for the smaller, carefully "
        "calibrated datasets typical of their work, and asked that the plan not become a "
        "reason to neglect instrument development and fieldwork. We agree, and the plan does "
        "not divert funds from either.",
    ),
    ("pagebreak",),
    ("h1", "4. Strategic Goals"),
    ("h2", "Goal 1: Accelerate discovery through AI"),
    (
        "p",
        "We will make AI methods available to every research division and embed them in the "
        "Institute's most important scientific workflows.",
    ),
    (
        "bullets",
        [
            "Deploy AI methods in at least one flagship project in each division.",
            "Establish an AI methods seminar series and an internal consulting service.",
            "Train 150 researchers in machine-learning methods over the plan period.",
        ],
    ),
    ("h2", "Goal 2: Build a world-class research computing environment"),
    (
        "p",
        "We will replace fragmented, group-owned hardware with a shared environment that "
        "every researcher can use.",
    ),
    (
        "bullets",
        [
            "Deploy a shared 96-GPU cluster by the end of Phase I.",
            "Expand storage and introduce a tiered archive for large datasets.",
            "Provide a common software stack and containerized environments.",
        ],
    ),
    ("h2", "Goal 3: Develop our people"),
    (
        "p",
        "We will build the skills and careers of the people who make computational science "
        "possible, including research software engineers and data stewards, whose careers "
        "have too often been treated as temporary.",
    ),
    ("h2", "Goal 4: Lead in open and responsible science"),
    (
        "p",
        "We will make our data, code and models openly available wherever possible, and we "
        "will be a trusted voice on the responsible use of AI in Earth science.",
    ),
    ("h1", "5. Priority Initiatives"),
    ("h2", "5.1 Microfossil imaging pipeline"),
    (
        "p",
        "The Paleoclimate Division's collections hold 1.2 million digitized images of "
        "foraminifera from 340 sediment cores. Identification to species level has "
        "historically been done by hand by trained micropaleontologists. A convolutional "
        "neural network developed as a pilot in 2025 identifies the 40 most common species.",
    ),
    (
        "p",
        "Under this plan the pilot will become a production pipeline that processes every new "
        "core imaged by the Institute and works through the archive. Because species "
        "identifications become part of the permanent scientific record, the pipeline is "
        "designed around curator review:",
    ),
    (
        "bullets",
        [
            "Every automated identification is reviewed by a collections curator before it is "
            "written to the collection database; identifications with a model confidence below "
            "0.9 are placed at the front of the curator's queue.",
            "Curators can accept, correct or reject an identification, and a rejected image is "
            "sent to a micropaleontologist for expert identification.",
            "Curator corrections are exported every quarter and added to the training set "
            "before the model is retrained.",
        ],
    ),
    (
        "p",
        "The 2025 pilot offers a useful picture of what is involved. Over six months, two "
        "graduate students and a postdoctoral researcher assembled 48,000 expert-labelled "
        "images from previous studies, trained the network on a borrowed GPU workstation, "
        "and tested it on cores from the North Atlantic. On the 40 species it was trained "
        "on, the network agreed with expert identifications for 93% of specimens; it "
        "performed poorly on rare and damaged specimens, and on species it had not been "
        "trained to recognize, which it tended to assign to the nearest common species. The "
        "pilot team spent more of their time on cleaning labels and managing images than on "
        "modelling, which is one reason this plan invests in data stewards as well as "
        "hardware.",
    ),
    ("h2", "5.2 Regional climate model emulators"),
    (
        "p",
        "The Atmospheric Dynamics Division will develop machine-learning emulators of the "
        "Institute's regional climate model, allowing scenario ensembles for stakeholders in "
        "the Colorado River basin to be explored interactively. Emulator output will be "
        "clearly labelled as such in all products shared outside the Institute.",
    ),
    ("h2", "5.3 Shared remote sensing platform"),
    (
        "p",
        "The Observing Systems and Hydrology and Snow Divisions will build a shared platform "
        "for analysis of satellite and airborne data, including snow-water-equivalent "
        "retrievals, with common data formats and pre-processed analysis-ready datasets.",
    ),
    ("h2", "5.4 Open data and software"),
    (
        "p",
        "The Institute has a long record of releasing its model code and observational "
        "datasets. Under this plan we aim to extend that record to AI models and training "
        "data. We intend that trained models and the code used to train them be released "
        "alongside the papers that depend on them, and that training datasets derived from "
        "public observations be published in community repositories. Collections images will "
        "be made available to external researchers through the existing collections portal.",
    ),
    ("h2", "5.5 The environmental footprint of computing"),
    (
        "p",
        "As an Earth science institute we cannot ignore the energy used by our own "
        "computing. Training large models, in particular, can consume substantial amounts of "
        "electricity. The new GPU cluster will be housed in the Institute's data center, "
        "which has been supplied by the Larch Creek municipal utility's renewable tariff "
        "since 2023. We will report the energy use of the shared environment in the "
        "Institute's annual sustainability report, and encourage researchers to consider "
        "energy use when choosing between methods.",
    ),
    ("h2", "5.6 Partnerships"),
    (
        "p",
        "The Institute will continue to rely on the national supercomputing facilities for "
        "the largest simulations, and will seek to share expertise and training with the "
        "members of the Front Range Research Computing Consortium. Discussions are under way "
        "with two universities about joint appointments for AI Fellows and about access to "
        "their graduate courses in machine learning for Institute staff. We also expect to "
        "collaborate with federal agencies on benchmark datasets for snow and streamflow "
        "forecasting.",
    ),
    ("h1", "6. People and Workforce"),
    (
        "p",
        "The external review was clear that people, not hardware, are the binding constraint. "
        "This plan therefore makes the following staffing commitments, all of which are "
        "included in the budget in Section 11.",
    ),
    (
        "bullets",
        [
            "Hire four research software engineers in FY2027 and two more in FY2028, forming "
            "a central RSE team in the Research Computing Office that is assigned to projects "
            "through an annual allocation process.",
            "Create a 0.5 FTE data steward position in each of the five divisions, filled by "
            "the end of FY2027.",
            "Establish an AI Fellows program funding two postdoctoral fellows each year, "
            "jointly mentored by a domain scientist and an RSE.",
            "Create a career track for research software engineers with promotion criteria "
            "equivalent to those for research scientists.",
        ],
    ),
    (
        "p",
        "The Institute will also support existing staff who wish to develop computational "
        "skills, through the training program under Goal 1 and through tuition support for "
        "relevant graduate courses.",
    ),
    ("h1", "7. Responsible AI and Governance"),
    (
        "p",
        "The Institute is committed to the responsible use of AI in research. Our scientific "
        "reputation rests on the reliability of our results, and AI-derived results must meet "
        "the same standard as any other.",
    ),
    (
        "p",
        "An appropriate governance structure for AI-enabled research will be established "
        "during FY2027, drawing on the practices of peer institutions described in Section 2.",
    ),
    (
        "p",
        "In the meantime, existing Institute policies on research integrity, data management "
        "and information security continue to apply to all AI work. The Scientific Advisory "
        "Council has asked to be consulted on the proposed structure.",
    ),
    ("h1", "8. Leadership and Accountability"),
    (
        "p",
        "Dr. Elena Marsh, Associate Director for Research Computing, is accountable for the "
        "delivery of this plan and reports progress to the Institute Director each year.",
    ),
    ("p", "Each priority initiative has a single designated lead:"),
    (
        "table",
        [
            ["Initiative", "Lead", "Division"],
            ["Microfossil imaging pipeline", "Head of Collections", "Paleoclimate"],
            ["Regional climate model emulators", "Division Director", "Atmospheric Dynamics"],
            [
                "Shared remote sensing platform",
                "Senior Scientist for Remote Sensing",
                "Observing Systems",
            ],
            [
                "Shared GPU cluster",
                "Associate Director for Research Computing",
                "Research Computing Office",
            ],
        ],
        [3, 3, 2.5],
    ),
    ("pagebreak",),
    ("h1", "9. Measuring Success"),
    (
        "p",
        "We will track a set of indicators that reflect both the health of the computing "
        "environment and its contribution to science.",
    ),
    (
        "bullets",
        [
            "Time-to-science: the elapsed time from project start to first scientific result "
            "for projects using the shared environment.",
            "Utilization of the shared GPU cluster.",
            "Publications and datasets enabled by the platform.",
            "User satisfaction, measured through the annual research staff survey.",
        ],
    ),
    (
        "p",
        "Targets for these indicators will be set once baseline data are available from the "
        "new cluster and the first year of the RSE allocation process.",
    ),
    ("h1", "10. Implementation"),
    (
        "p",
        "The plan will be implemented in three phases over the five-year plan period.",
    ),
    (
        "bullets",
        [
            "Phase I, Foundation: shared GPU cluster, central RSE team, data stewards, "
            "production microfossil pipeline.",
            "Phase II, Acceleration: emulators and remote sensing platform in production, AI "
            "Fellows program at full strength, CPU cluster refresh.",
            "Phase III, Transformation: AI methods embedded across all divisions; the "
            "Institute recognized as a national leader in AI-enabled Earth science.",
        ],
    ),
    (
        "p",
        "Detailed milestones and timelines for each phase will be developed by the Research "
        "Computing Office.",
    ),
    ("pagebreak",),
    ("h1", "11. Budget"),
    (
        "table",
        [
            ["Category ($ thousands)", "FY2027", "FY2028", "FY2029", "FY2030", "FY2031"],
            ["Personnel (RSEs, stewards, fellows)", "1,420", "2,310", "2,380", "2,450", "2,520"],
            ["GPU cluster and storage", "2,100", "450", "300", "900", "300"],
            ["CPU cluster refresh", "0", "1,600", "0", "0", "0"],
            ["Software and cloud", "240", "260", "280", "300", "320"],
            ["Training and fellowships (non-salary)", "110", "130", "130", "140", "140"],
            ["Total", "3,870", "4,750", "3,090", "3,790", "3,280"],
        ],
        [3.2, 1, 1, 1, 1, 1],
    ),
    (
        "p",
        "Of the total of $18.4 million ($18,780 thousand before rounding adjustments for "
        "planned savings), $7.9 million is committed from the endowment and existing federal "
        "awards. The balance will be sought through infrastructure proposals to federal "
        "agencies and through philanthropy, led by the Office of Advancement.",
    ),
    ("h1", "12. Looking Ahead"),
    (
        "p",
        "Five years is a long time in a field that changes as quickly as AI. Some of the "
        "methods that seem most promising today will be superseded, and some of the questions "
        "that seem hardest will turn out to be easy. This plan is therefore deliberately "
        "focused on foundations that will remain useful whatever happens to any particular "
        "method: people with the right skills, a shared computing environment, well-managed "
        "data, and a culture of openness and care about results.",
    ),
    (
        "p",
        "We expect to revisit the plan at its midpoint, in light of what we have learned "
        "and of changes in the wider scientific and funding landscape. We invite every member "
        "of the Institute to take part in that conversation, and we welcome comments on this "
        "plan at any time through the Research Computing Office.",
    ),
    ("pagebreak",),
    ("h1", "Appendix A. Survey Methodology"),
    (
        "p",
        "The 2026 research staff survey was administered online between February 2 and "
        "March 6, 2026, to all 410 staff with research or research-support roles. It contained "
        "42 questions on computing use, skills, needs and attitudes to AI. Responses were "
        "anonymous. Free-text answers were coded by two members of the Research Computing "
        "Office independently and disagreements resolved by discussion.",
    ),
    (
        "p",
        "Twelve listening sessions were held between March and May 2026, two in each division "
        "and two for research-support staff. Notes were shared with participants for "
        "correction before analysis.",
    ),
    (
        "p",
        "The main themes of the listening sessions were: access to GPU computing (raised in "
        "all twelve sessions); the need for research software engineering support (eleven); "
        "data preparation and storage (nine); concern about reproducibility of AI-derived "
        "results (eight); training for early-career staff (seven); and concern that AI "
        "investment might come at the expense of fieldwork and instruments (four). Several "
        "participants also raised the career prospects of staff in research-support roles, "
        "which is addressed under Goal 3.",
    ),
    (
        "p",
        "Survey results were compared with the Institute's 2021 computing survey where "
        "questions were repeated. Because the 2021 survey had a lower response rate (48%) "
        "and a different sampling frame, comparisons should be treated as indicative.",
    ),
    ("h1", "Appendix B. Current Computing Inventory"),
    (
        "table",
        [
            ["System", "Year", "Capacity", "Owner"],
            ["Larch cluster", "2019", "4,200 CPU cores", "Research Computing"],
            ["Aspen storage", "2021", "6 PB", "Research Computing"],
            ["Group GPU workstations", "2022-2026", "~70 GPUs", "Individual groups"],
            ["National facility allocations", "Annual", "~38M core-hours", "PIs"],
        ],
        [2.5, 1.2, 2, 2],
    ),
    ("h1", "Appendix C. Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            [
                "Emulator",
                "A statistical or machine-learning model trained to mimic a "
                "physics-based model at lower cost",
            ],
            [
                "Foraminifera",
                "Single-celled marine organisms whose shells record past ocean conditions",
            ],
            ["RSE", "Research software engineer"],
            [
                "Data steward",
                "A staff member responsible for data management practice within a division",
            ],
            ["Time-to-science", "Elapsed time from project start to first scientific result"],
        ],
        [2, 6],
    ),
    ("h1", "Acknowledgments"),
    (
        "p",
        "This plan was drafted by the Research Computing Office with contributions from the "
        "directors of all five divisions, the Office of Advancement, the Office of Research "
        "Administration and the Facilities department. We thank the members of the "
        "Scientific Advisory Council for their careful reading of two drafts, the Front Range "
        "Research Computing Consortium for its external review, and the more than 200 staff "
        "who completed the survey or attended a listening session. Particular thanks go to "
        "the graduate students and postdoctoral researchers of the 2025 microfossil pilot, "
        "whose work showed what is possible and what it takes.",
    ),
    (
        "p",
        "The Calloway Institute for Earth Systems Science is an equal opportunity employer. "
        "This plan is available in alternative formats on request from the Research Computing "
        "Office.",
    ),
]

CALLOWAY_LABELS = {
    "outcomes": (
        "partial",
        [
            "This plan will position the Calloway Institute at the forefront of AI-enabled "
            "Earth system science and accelerate the pace of discovery across all five of our "
            "research divisions.",
            "Deploy AI methods in at least one flagship project in each division.",
            "Deploy a shared 96-GPU cluster by the end of Phase I.",
        ],
    ),
    "metrics": (
        "partial",
        [
            "Time-to-science: the elapsed time from project start to first scientific result "
            "for projects using the shared environment.",
            "Targets for these indicators will be set once baseline data are available from "
            "the new cluster and the first year of the RSE allocation process.",
            "Train 150 researchers in machine-learning methods over the plan period.",
        ],
    ),
    "owners": (
        "present",
        [
            "Dr. Elena Marsh, Associate Director for Research Computing, is accountable for "
            "the delivery of this plan and reports progress to the Institute Director each "
            "year.",
            "Microfossil imaging pipeline Head of Collections Paleoclimate",
        ],
    ),
    "governance": (
        "partial",
        [
            "An appropriate governance structure for AI-enabled research will be established "
            "during FY2027, drawing on the practices of peer institutions described in "
            "Section 2.",
            "In the meantime, existing Institute policies on research integrity, data "
            "management and information security continue to apply to all AI work.",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "Hire four research software engineers in FY2027 and two more in FY2028, forming a "
            "central RSE team in the Research Computing Office that is assigned to projects "
            "through an annual allocation process.",
            "Create a 0.5 FTE data steward position in each of the five divisions, filled by "
            "the end of FY2027.",
            "Establish an AI Fellows program funding two postdoctoral fellows each year, "
            "jointly mentored by a domain scientist and an RSE.",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "Every automated identification is reviewed by a collections curator before it is "
            "written to the collection database; identifications with a model confidence "
            "below 0.9 are placed at the front of the curator's queue.",
            "Curator corrections are exported every quarter and added to the training set "
            "before the model is retrained.",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "Phase I, Foundation: shared GPU cluster, central RSE team, data stewards, "
            "production microfossil pipeline.",
            "Phase II, Acceleration: emulators and remote sensing platform in production, AI "
            "Fellows program at full strength, CPU cluster refresh.",
            "Detailed milestones and timelines for each phase will be developed by the "
            "Research Computing Office.",
        ],
    ),
}

# ---------------------------------------------------------------------------
# 3. Hospice: board paper
# ---------------------------------------------------------------------------
ST_AIDANS = [
    ("title", "AI-assisted clinical documentation: proposal for a pilot on the Inpatient Unit"),
    (
        "table",
        [
            ["Meeting", "Board of Trustees, 21 January 2026"],
            ["Agenda item", "7"],
            ["Paper reference", "B/26/07"],
            ["Presented by", "Director of Patient Care"],
            ["Purpose", "For decision"],
            ["Previously considered", "Clinical Governance Committee, 8 January 2026"],
        ],
        [1, 3],
    ),
    ("h1", "1. Purpose"),
    (
        "p",
        "This paper asks the Board to approve a pilot of an ambient voice documentation tool "
        "on the Inpatient Unit. The tool listens, with consent, to conversations between "
        "clinicians, patients and families, and drafts a clinical note for the clinician to "
        "check and complete in the electronic patient record (EPR).",
    ),
    ("h1", "2. Recommendation"),
    (
        "p",
        "The Board is asked to approve the pilot, subject to the conditions in section 7, and "
        "to note the measures against which it will be judged.",
    ),
    ("h1", "3. Background"),
    (
        "p",
        "St Aidan's cares for around 1,900 patients a year: 16 beds on the Inpatient Unit, a "
        "day hospice, and a community team that made 9,400 home visits in 2024-25. Our "
        "clinical staff consistently tell us that documentation takes them away from patients "
        "and families. In the 2025 staff survey, 68% of registered nurses said that writing "
        "notes regularly prevents them from spending time with patients, and 41% said they "
        "had completed notes after the end of a shift in the previous month.",
    ),
    (
        "p",
        "Conversations in palliative care are long and often emotional. Nurses and doctors "
        "record what matters to the patient, their symptoms, their wishes for the end of "
        "life, and the concerns of their families. Much of this is written up afterwards "
        "from memory, and the quality of the record varies. Our 2025 documentation audit "
        "found that preferences for place of care were recorded in only 61% of Inpatient "
        "Unit notes.",
    ),
    (
        "p",
        "Several NHS trusts and two hospices in the region have trialled ambient voice tools "
        "over the past eighteen months. National guidance on their use in health and care "
        "was published in 2025 and has informed this proposal.",
    ),
    ("h1", "4. The proposal"),
    (
        "p",
        "The pilot would run on the Inpatient Unit only, for conversations at the bedside and "
        "in family meetings. It would not be used in the community or day hospice, or for "
        "conversations about safeguarding concerns. The tool is provided by a supplier "
        "already on the national framework for ambient voice technology, and integrates with "
        "our EPR.",
    ),
    ("h1", "5. What we expect to achieve"),
    ("p", "The expected benefits, and how they will be measured, are set out below."),
    (
        "table",
        [
            ["Benefit", "Measure", "Now", "Target (Dec 2026)"],
            [
                "More nursing time with patients",
                "Nurse time on notes per 12-hour shift",
                "2.6 hours",
                "1.5 hours",
            ],
            [
                "Records that reflect patients' wishes",
                "Notes recording preferred place of care",
                "61%",
                "85%",
            ],
            [
                "Quicker, safer handovers",
                "Average length of shift handover",
                "48 minutes",
                "30 minutes",
            ],
        ],
        [2.6, 2.8, 1.1, 1.4],
    ),
    (
        "p",
        "Baselines come from the 2025 documentation audit and a two-week time-and-motion "
        "study carried out on the Inpatient Unit in November 2025.",
    ),
    ("h1", "6. How clinical documentation would change"),
    (
        "p",
        "The tool drafts; clinicians write the record. The routine on the Inpatient Unit "
        "would be as follows.",
    ),
    (
        "bullets",
        [
            "Patients and families are asked for verbal consent before a conversation is "
            "recorded, and recording stops if anyone asks.",
            "The nurse reads every AI-drafted note in full, corrects it where needed and signs "
            "it; nothing enters the patient record until it has been signed.",
            "Medication orders, DNACPR decisions and safeguarding records are never drafted by "
            "the tool and continue to be written directly by the clinician.",
            "Nurses log each significant drafting error on a short feedback form, and the "
            "Inpatient Unit ward sister reviews the forms every fortnight and raises recurring "
            "problems with the supplier.",
        ],
    ),
    ("h1", "7. Clinical safety, data protection and governance"),
    (
        "p",
        "The pilot will not start until the Clinical Governance Committee has approved the "
        "clinical safety case and the data protection impact assessment.",
    ),
    (
        "p",
        "During the pilot, the Clinical Governance Committee will receive a monthly audit of "
        "20 randomly selected AI-drafted notes compared against the original audio, and may "
        "suspend the pilot at any time.",
    ),
    (
        "p",
        "Audio is deleted within 24 hours of the note being signed. The supplier processes "
        "data in UK data centres under a data processing agreement and may not use our data "
        "to train its models.",
    ),
    ("h1", "8. Leadership"),
    (
        "p",
        "A clinical lead for the pilot will be designated by the Director of Patient Care by "
        "the end of February 2026.",
    ),
    ("h1", "9. Financial implications"),
    (
        "p",
        "The supplier has offered the pilot free of charge. There are no additional costs to "
        "the Hospice in 2025-26.",
    ),
    ("h1", "10. Patient and family voice"),
    (
        "p",
        "The proposal was discussed with the Patient and Family Forum in December 2025. "
        "Members were broadly supportive, provided that consent is asked for every time and "
        "that families can see what has been written. Two members said they would not want "
        "conversations in the last days of life to be recorded, and this has been reflected "
        "in the consent guidance.",
    ),
    ("h1", "11. Equality impact"),
    (
        "p",
        "Voice tools can be less accurate for some accents and for people whose speech is "
        "affected by illness. The accuracy of drafts for these patients will be examined "
        "specifically in the monthly audit. Patients who prefer that their conversations are "
        "not recorded will receive exactly the same care.",
    ),
    ("h1", "12. Risks"),
    (
        "table",
        [
            ["Risk", "Rating", "Response"],
            [
                "Inaccurate note signed without correction",
                "High",
                "Full read before signing; monthly audit",
            ],
            ["Patients feel pressured to consent", "Medium", "Consent guidance; opt-out respected"],
            ["Data breach at supplier", "Low", "DPIA; UK hosting; contract terms"],
            ["Staff over-rely on drafts over time", "Medium", "Audit trend reviewed monthly"],
        ],
        [3, 1, 3],
    ),
    ("h1", "13. Link to our strategy"),
    (
        "p",
        "Our strategy, Living Well to the End 2024-2028, commits us to giving patients and "
        "families more time with the people caring for them. This pilot is one way of "
        "freeing that time without adding to our workforce pressures.",
    ),
]

ST_AIDANS_LABELS = {
    "outcomes": (
        "present",
        [
            "More nursing time with patients Nurse time on notes per 12-hour shift 2.6 hours "
            "1.5 hours",
            "Records that reflect patients' wishes Notes recording preferred place of care 61% 85%",
            "Quicker, safer handovers Average length of shift handover 48 minutes 30 minutes",
        ],
    ),
    "metrics": (
        "present",
        [
            "More nursing time with patients Nurse time on notes per 12-hour shift 2.6 hours "
            "1.5 hours",
            "Records that reflect patients' wishes Notes recording preferred place of care 61% 85%",
            "Quicker, safer handovers Average length of shift handover 48 minutes 30 minutes",
        ],
    ),
    "owners": (
        "partial",
        [
            "A clinical lead for the pilot will be designated by the Director of Patient Care "
            "by the end of February 2026.",
        ],
    ),
    "governance": (
        "present",
        [
            "The pilot will not start until the Clinical Governance Committee has approved the "
            "clinical safety case and the data protection impact assessment.",
            "During the pilot, the Clinical Governance Committee will receive a monthly audit "
            "of 20 randomly selected AI-drafted notes compared against the original audio, and "
            "may suspend the pilot at any time.",
        ],
    ),
    "execution_capacity": ("absent", []),
    "human_oversight": (
        "present",
        [
            "The nurse reads every AI-drafted note in full, corrects it where needed and signs "
            "it; nothing enters the patient record until it has been signed.",
            "Nurses log each significant drafting error on a short feedback form, and the "
            "Inpatient Unit ward sister reviews the forms every fortnight and raises recurring "
            "problems with the supplier.",
            "Medication orders, DNACPR decisions and safeguarding records are never drafted by "
            "the tool and continue to be written directly by the clinician.",
        ],
    ),
    "roadmap": ("absent", []),
}

DOCS = [
    (
        "halden-university-research-administration-modernisation-pid.pdf",
        HALDEN,
        HALDEN_LABELS,
        {
            "header": "Halden University | RAMP Programme Initiation Document v1.2",
            "footer": "Internal",
        },
    ),
    (
        "calloway-institute-scientific-computing-ai-strategic-plan-fy2027-2031.pdf",
        CALLOWAY,
        CALLOWAY_LABELS,
        {"pagesize": LETTER, "footer": "Calloway Institute Strategic Plan FY2027-FY2031"},
    ),
    (
        "st-aidans-hospice-ai-clinical-documentation-board-paper.pdf",
        ST_AIDANS,
        ST_AIDANS_LABELS,
        {
            "header": "St Aidan's Hospice | Board of Trustees | 21 January 2026 | Item 7",
            "footer": "B/26/07",
        },
    ),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, blocks, labels, options in DOCS:
        build(name, blocks, **options)
        write_labels(name, labels)
        print("wrote", name)


if __name__ == "__main__":
    main()
