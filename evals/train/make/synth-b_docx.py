"""Build the synth-b DOCX documents (python-docx) and their labels.

All organisations, people and figures are fictional.
Run: python synth-b_docx.py  (writes into ../synth-b/)
"""

import json
from pathlib import Path

from docx import Document
from docx.shared import Pt

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


def write_labels(name, labels):
    checks = {}
    for c in CHECKS:
        status, evidence = labels[c]
        checks[c] = {"status": status, "evidence": list(evidence)}
    data = {"document": name, "checks": checks}
    (OUT / f"{name}.labels.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def build(name, blocks):
    """blocks: list of (kind, payload). kinds: title, sub, h1, h2, p, bullets, numbers, table."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "sub":
            para = doc.add_paragraph()
            run = para.add_run(payload)
            run.italic = True
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in payload:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            header, *rows = payload
            table = doc.add_table(rows=1, cols=len(header))
            table.style = "Light Grid Accent 1"
            for cell, text in zip(table.rows[0].cells, header):
                cell.text = text
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(OUT / name))


# ---------------------------------------------------------------------------
# 1. Grant-making charity: annual plan extract
# ---------------------------------------------------------------------------
MARLOWE = [
    ("title", "Grants and Programmes Directorate: Annual Plan 2026-27 (extract)"),
    (
        "sub",
        "The Marlowe Trust. Extract prepared for the Board of Trustees, meeting of "
        "19 March 2026. Sections 1-3 and 7 of the full plan are not reproduced here.",
    ),
    ("h1", "4. Context"),
    (
        "p",
        "The Marlowe Trust makes grants to small charities and community groups working "
        "with older people in the East Midlands. In 2025-26 we received 2,340 applications "
        "across our two programmes and awarded £9.2m in 412 grants. Most applications come "
        "to our Small Grants programme (awards up to £15,000), which is open all year and "
        "is assessed by a team of six grants officers.",
    ),
    (
        "p",
        "Applicants tell us that our forms are long and that our decisions can feel slow. "
        "Grants officers tell us that much of their week is spent reading and summarising "
        "applications for panel papers rather than talking to applicants. Both points came "
        "through clearly in the 2025 applicant perception survey and in the staff away day "
        "in November.",
    ),
    (
        "p",
        "We also heard that smaller and newer groups, particularly those led by people from "
        "Black, Asian and minority ethnic communities and those in rural areas, are less "
        "likely to apply at all. Some told us they assumed the Trust was 'not for groups like "
        "us'; others said they lacked the time to complete a long form alongside running "
        "services with volunteers.",
    ),
    ("h1", "5. Our priorities for 2026-27"),
    (
        "p",
        "Our aim for the year is to become a more responsive and more modern funder, one "
        "that applicants find it easy to work with.",
    ),
    ("p", "In 2026-27 the directorate will:"),
    (
        "bullets",
        [
            "Introduce AI-assisted summaries of Small Grants applications for panel papers.",
            "Open the new Rural Futures fund, co-designed with village agents in Lincolnshire.",
            "Refresh the Small Grants application form and guidance notes.",
            "Move grant monitoring reports onto the new grants management system.",
            "Run open days for first-time applicants.",
        ],
    ),
    ("h2", "5.1 The Rural Futures fund"),
    (
        "p",
        "The Rural Futures fund is a new programme for groups supporting older people in "
        "villages and small market towns, where services are thin and transport is a constant "
        "barrier. It has been designed with village agents and parish councils in "
        "Lincolnshire, who told us that many of the most useful local groups are informal, "
        "have no paid staff, and would never think of applying to a charitable trust. The fund "
        "will accept short applications by telephone or in person as well as online, and will "
        "offer unrestricted grants for up to three years.",
    ),
    ("h2", "5.2 Monitoring and the grants management system"),
    (
        "p",
        "Grant holders currently send monitoring reports by email as Word documents, which "
        "officers then file by hand. Moving reports onto the grants management system will let "
        "grant holders submit and track their reports online and will give officers a single "
        "view of each grant.",
    ),
    ("h1", "6. AI-assisted application summaries"),
    ("h2", "6.1 What we will do"),
    (
        "p",
        "From the spring round, each Small Grants application will be summarised by an AI "
        "tool built into our grants management system. The summary follows the same "
        "headings as the current panel paper: the organisation, the need, the proposed "
        "activity, the budget and any points for the panel to note. The tool works only "
        "from the application form and the attached accounts.",
    ),
    ("h2", "6.2 How assessment will work"),
    (
        "p",
        "The tool does not score, rank or recommend applications, and it is not used for "
        "Main Grants. The assessing officer remains the person who makes the recommendation "
        "to panel.",
    ),
    (
        "bullets",
        [
            "Grants officers read every AI-generated summary against the original application "
            "before it goes into a panel paper, and correct it where it is wrong or misses "
            "something.",
            "Where an officer corrects a summary, they record the correction and the reason "
            "in the summary log.",
            "At its monthly team meeting the grants team reviews the summary log and adjusts "
            "the summary template and instructions to stop the same errors recurring.",
            "Applicants can ask to see the summary of their application that went to panel.",
        ],
    ),
    ("h2", "6.3 Timetable"),
    (
        "table",
        [
            ["When", "Step", "Detail"],
            [
                "April-June 2026",
                "Pilot",
                "Summaries produced for the spring Small Grants round alongside officers' "
                "own summaries",
            ],
            [
                "July-August 2026",
                "Review",
                "Officers compare the two versions; audit of a sample of summaries by the "
                "Head of Grants",
            ],
            [
                "September 2026",
                "Decision point",
                "AI summaries extended to all Small Grants rounds only if officers' feedback "
                "and the sample audit support it",
            ],
            [
                "October 2026-March 2027",
                "Full use",
                "If approved, AI summaries used for every Small Grants application",
            ],
        ],
    ),
    ("h2", "6.4 Data and safeguards"),
    (
        "p",
        "Applications contain personal information about applicants' trustees and "
        "sometimes about the people they support. We will put appropriate safeguards in "
        "place for the use of applicants' data, and a data protection policy for the tool "
        "will follow.",
    ),
    ("h1", "8. People"),
    (
        "p",
        "Our grants team is our greatest asset, and we will support them through the "
        "changes this year brings. No new posts are proposed in this plan.",
    ),
    ("h1", "9. Accountability and reporting"),
    (
        "p",
        "The Director of Grants and Programmes is accountable for delivery of this plan, "
        "including the AI summaries pilot and the Rural Futures fund.",
    ),
    ("h1", "10. Budget"),
    (
        "table",
        [
            ["Line", "2025-26 actual", "2026-27 budget"],
            ["Grants awarded", "£9.2m", "£9.6m"],
            ["Grants management system (incl. AI module)", "£48,000", "£61,000"],
            ["Open days and outreach", "£6,500", "£9,000"],
            ["Staff costs (directorate)", "£612,000", "£628,000"],
        ],
    ),
]

MARLOWE_LABELS = {
    "outcomes": (
        "partial",
        [
            "Our aim for the year is to become a more responsive and more modern funder, one "
            "that applicants find it easy to work with.",
            "Introduce AI-assisted summaries of Small Grants applications for panel papers.",
            "Open the new Rural Futures fund, co-designed with village agents in Lincolnshire.",
        ],
    ),
    "metrics": ("absent", []),
    "owners": (
        "present",
        [
            "The Director of Grants and Programmes is accountable for delivery of this plan, "
            "including the AI summaries pilot and the Rural Futures fund.",
        ],
    ),
    "governance": (
        "partial",
        [
            "We will put appropriate safeguards in place for the use of applicants' data, and "
            "a data protection policy for the tool will follow.",
        ],
    ),
    "execution_capacity": (
        "partial",
        [
            "Our grants team is our greatest asset, and we will support them through the "
            "changes this year brings.",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "Grants officers read every AI-generated summary against the original application "
            "before it goes into a panel paper, and correct it where it is wrong or misses "
            "something.",
            "At its monthly team meeting the grants team reviews the summary log and adjusts "
            "the summary template and instructions to stop the same errors recurring.",
            "The tool does not score, rank or recommend applications, and it is not used for "
            "Main Grants.",
        ],
    ),
    "roadmap": (
        "present",
        [
            "April-June 2026 Pilot Summaries produced for the spring Small Grants round "
            "alongside officers' own summaries",
            "September 2026 Decision point AI summaries extended to all Small Grants rounds "
            "only if officers' feedback and the sample audit support it",
            "October 2026-March 2027 Full use If approved, AI summaries used for every Small "
            "Grants application",
        ],
    ),
}

# ---------------------------------------------------------------------------
# 2. Religious order's schools trust: charter for AI tools in school offices
# ---------------------------------------------------------------------------
BRIGID = [
    ("title", "Charter for the Use of Artificial Intelligence Tools in the Offices of the Trust"),
    (
        "sub",
        "St Brigid Catholic Schools Trust, under the trusteeship of the Congregation of the "
        "Sisters of St Brigid. Approved by the Board of Directors on 2 July 2026. "
        "In force from 1 September 2026.",
    ),
    ("h1", "1. Preamble"),
    (
        "p",
        "The Sisters of St Brigid have served the education of young people since 1857, "
        "first in Kildare and, from 1902, in England. The eleven schools of the Trust are "
        "the heirs of this work. In all our schools we hold that every person is created in "
        "the image of God and is worthy of respect, and that the relationship between "
        "teacher and pupil, and between the school and the family, is a human relationship "
        "which no machine can replace.",
    ),
    (
        "p",
        "It is in this spirit that the present Charter is given. It does not concern the "
        "teaching in the classroom, which is the subject of the separate Guidance for "
        "Teachers. It concerns the offices of the Trust and of its schools: admissions, "
        "attendance, finance, human resources, communications with families, and the "
        "keeping of records.",
    ),
    (
        "p",
        "The tools called artificial intelligence are new, and they are offered to schools "
        "with great enthusiasm by many companies. Some of our colleagues already use them, "
        "often at home and with good intentions, to save time in the preparation of letters "
        "and reports. The Board of Directors does not wish to forbid what may be useful, nor "
        "to permit what may cause harm. It wishes to give clear rules, so that all may act "
        "with confidence.",
    ),
    ("h1", "2. Scope"),
    (
        "p",
        "This Charter applies to all employees, governors, directors and volunteers of the "
        "Trust when they use any software that generates text, images, summaries or "
        "recommendations by means of artificial intelligence, whether this software is "
        "provided by the Trust or is freely available on the internet.",
    ),
    ("h2", "2.1 Definitions"),
    (
        "p",
        "In this Charter, an 'AI tool' means any software which produces text, images, "
        "summaries, translations, predictions or recommendations by means of a model trained "
        "on data, including tools built into other software such as word processors, email "
        "and the management information system. The 'register of approved tools' is the list "
        "of AI tools approved under section 4, which is published on the Trust's staff portal. "
        "An 'office of the Trust' means any office in which administrative work of the Trust or "
        "of one of its schools is done, including when staff work from home.",
    ),
    ("h1", "3. Principles"),
    (
        "numbers",
        [
            "Dignity: no tool shall be used in a manner that would diminish the dignity of a "
            "pupil, a family or a colleague.",
            "Truthfulness: what we send to families in the name of the school must be true "
            "and must be ours.",
            "Stewardship: the personal data entrusted to us by families is held in trust and "
            "shall not be given to any tool which has not been approved.",
            "Responsibility: the use of a tool never removes the responsibility of the person "
            "who uses it.",
        ],
    ),
    ("h1", "4. Approval of tools"),
    (
        "p",
        "The Digital Oversight Group, chaired by the Chief Operating Officer, approves every "
        "AI tool before it may be used in any office of the Trust or of its schools, and "
        "meets each half-term to review the register of approved tools and any incidents "
        "reported.",
    ),
    (
        "p",
        "No tool shall be approved before a data protection impact assessment has been "
        "completed and signed by the Data Protection Officer.",
    ),
    (
        "p",
        "The Group is composed of the Chief Operating Officer, the Data Protection Officer, "
        "the Head of IT Services, one headteacher nominated by the headteachers' forum, and "
        "a director of the Board nominated by the Chair.",
    ),
    ("h1", "5. Responsibilities"),
    (
        "table",
        [
            ["Role", "Responsibility under this Charter"],
            [
                "Chief Executive Officer",
                "Accountable for this Charter; reports on its application to the Board of "
                "Directors each year",
            ],
            [
                "Data Protection Officer",
                "Accountable for the register of approved tools and for every data protection "
                "impact assessment",
            ],
            [
                "Headteacher of each school",
                "Ensures that the staff of the school know and observe this Charter",
            ],
            [
                "Each member of staff",
                "Uses only approved tools, and remains responsible for the work produced",
            ],
        ],
    ),
    ("h1", "6. The use of tools in daily work"),
    (
        "p",
        "Staff remain responsible for their work and must use their professional judgement "
        "whenever they use an AI tool. Tools may assist, but they do not decide.",
    ),
    (
        "p",
        "Personal data of pupils and families, and any information concerning safeguarding, "
        "special educational needs or health, shall never be entered into a tool which does "
        "not appear on the register of approved tools.",
    ),
    ("h1", "7. Formation of staff"),
    (
        "p",
        "All staff will receive appropriate guidance on this Charter, and the Trust will "
        "offer formation in the responsible use of these tools as opportunities allow.",
    ),
    ("h1", "8. Incidents"),
    (
        "p",
        "Any person who believes that personal data has been entered into a tool which is "
        "not approved, or that a tool has produced content which is false or harmful and "
        "which has been sent outside the Trust, shall inform the Data Protection Officer "
        "on the same day.",
    ),
    ("h1", "9. Relation to other policies"),
    (
        "p",
        "This Charter is to be read together with the Trust's Data Protection Policy, its "
        "Information Security Policy, its Safeguarding and Child Protection Policy, its Code of "
        "Conduct for Staff, and the Guidance for Teachers on AI in the classroom. Where this "
        "Charter and another policy of the Trust appear to disagree, the stricter provision "
        "applies until the matter is clarified by the Chief Executive Officer.",
    ),
    ("h1", "10. Review of the Charter"),
    (
        "p",
        "This Charter will be reviewed by the Board of Directors in the summer term of 2028, "
        "or sooner if the law changes.",
    ),
    (
        "p",
        "Given at the offices of the Trust, Brigid House, Sutton Coldfield, in the Solemnity "
        "of Saint Brigid, patroness of our Trust.",
    ),
]

BRIGID_LABELS = {
    "outcomes": ("absent", []),
    "metrics": ("absent", []),
    "owners": (
        "present",
        [
            "Chief Executive Officer Accountable for this Charter; reports on its application "
            "to the Board of Directors each year",
            "Data Protection Officer Accountable for the register of approved tools and for "
            "every data protection impact assessment",
        ],
    ),
    "governance": (
        "present",
        [
            "The Digital Oversight Group, chaired by the Chief Operating Officer, approves "
            "every AI tool before it may be used in any office of the Trust or of its schools, "
            "and meets each half-term to review the register of approved tools and any "
            "incidents reported.",
            "No tool shall be approved before a data protection impact assessment has been "
            "completed and signed by the Data Protection Officer.",
            "Personal data of pupils and families, and any information concerning "
            "safeguarding, special educational needs or health, shall never be entered into a "
            "tool which does not appear on the register of approved tools.",
        ],
    ),
    "execution_capacity": (
        "partial",
        [
            "All staff will receive appropriate guidance on this Charter, and the Trust will "
            "offer formation in the responsible use of these tools as opportunities allow.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "Staff remain responsible for their work and must use their professional "
            "judgement whenever they use an AI tool.",
            "Tools may assist, but they do not decide.",
        ],
    ),
    "roadmap": ("absent", []),
}

# ---------------------------------------------------------------------------
# 3. Co-operative bank's foundation: investment case
# ---------------------------------------------------------------------------
HARROWFIELD = [
    ("title", "Investment Case: Early Money Advice for Tenants"),
    (
        "sub",
        "Harrowfield Co-operative Bank Foundation. Paper for the Grants and Investment "
        "Committee, 11 February 2026. Requested commitment: £1.42m over three years.",
    ),
    ("h1", "1. Summary"),
    (
        "p",
        "This paper asks the Committee to commit £1.42m over three years to an early money "
        "advice service for social housing tenants in Harrowfield and the Calder towns, "
        "delivered by two local advice agencies and two housing associations. Tenants would "
        "be offered advice when the first signs of financial difficulty appear, rather than "
        "after a notice of seeking possession has been served.",
    ),
    ("h1", "2. The problem"),
    (
        "p",
        "Rent arrears among social housing tenants in our area rose by 23% between 2023 and "
        "2025. Local advice agencies report that most tenants come to them only when court "
        "action has begun, by which time the options are narrower and the debts larger. The "
        "average wait for a first appointment at Eastfield Citizens Advice is currently 19 "
        "working days. Both housing associations can see, in their own rent data, which "
        "tenants are starting to miss payments, but they have no route to refer them to "
        "independent advice quickly.",
    ),
    ("h2", "2.1 Evidence for early advice"),
    (
        "p",
        "National evaluations of money advice consistently find that advice given early, "
        "before enforcement action, is both more effective and cheaper to deliver than crisis "
        "advice. An eviction costs a housing association an estimated £9,000 to £12,000 in "
        "legal fees, lost rent and void costs, and the costs to the household and to public "
        "services are far higher. A pilot of early referral run by a housing association in "
        "the North East between 2021 and 2023 reported a substantial fall in possession "
        "claims among referred tenants, although it was not independently evaluated.",
    ),
    (
        "p",
        "Our own grant holders tell the same story. In the Foundation's 2025 grantee survey, "
        "advice agencies ranked 'reaching people earlier' as their greatest unmet need, ahead "
        "of funding for core costs.",
    ),
    ("h1", "3. What the investment is for"),
    ("p", "The investment is intended to:"),
    (
        "bullets",
        [
            "Cut the time tenants wait for a first money advice appointment.",
            "Lower the number of advised tenants who fall into serious rent arrears.",
            "Reduce evictions for rent arrears among tenants of the two partner housing "
            "associations.",
            "Lift the share of tenants who get advice before court action begins.",
        ],
    ),
    ("h1", "4. Targets"),
    (
        "p",
        "The programme will be judged against four targets, agreed with the partners and "
        "measured from the associations' rent data and the agencies' case records.",
    ),
    (
        "table",
        [
            ["Measure", "Baseline (2025)", "Target", "By"],
            [
                "Average wait for first advice appointment",
                "19 working days",
                "5 working days",
                "March 2028",
            ],
            [
                "Advised tenants in arrears of 8 weeks or more, six months after advice",
                "38%",
                "25%",
                "March 2029",
            ],
            [
                "Evictions for rent arrears, partner associations",
                "57 a year",
                "35 a year",
                "March 2029",
            ],
            ["Tenants first advised before court action", "31%", "60%", "March 2028"],
        ],
    ),
    ("h1", "5. How the service will work"),
    (
        "p",
        "Each month the two housing associations will identify tenants who have missed two "
        "consecutive payments and, with the tenant's consent, refer them to the service. An "
        "online self-assessment tool, developed with Eastfield Citizens Advice, will let "
        "tenants check their entitlements and book an appointment. Advice will be given by "
        "telephone, by video or face to face at four community hubs.",
    ),
    ("h1", "6. Delivery team"),
    (
        "p",
        "The grant funds 4.0 FTE money advisers, two at Eastfield Citizens Advice and two at "
        "Calder Money Matters, recruited by June 2026.",
    ),
    (
        "p",
        "A 0.6 FTE digital service manager, hosted by Eastfield Citizens Advice, will work "
        "on the self-assessment tool and the referral process.",
    ),
    (
        "p",
        "Each housing association will second an income officer for one day a week to manage "
        "referrals and share data with the advisers.",
    ),
    ("h1", "7. Phasing"),
    (
        "table",
        [
            ["Year", "Period", "Scope", "Review point"],
            [
                "Year 1",
                "April 2026-March 2027",
                "Recruit advisers; referrals from Calder Homes only; self-assessment tool live by "
                "October 2026",
                "February 2027: continue to Year 2 only if average wait is below 10 working days",
            ],
            [
                "Year 2",
                "April 2027-March 2028",
                "Add Harrowfield Housing referrals; all four hubs open",
                "February 2028: independent interim evaluation",
            ],
            [
                "Year 3",
                "April 2028-March 2029",
                "Full service; agencies seek continuation funding from councils",
                "March 2029: final evaluation",
            ],
        ],
    ),
    ("h1", "8. Leadership and accountability"),
    (
        "p",
        "No programme lead has yet been appointed, and accountability for the programme "
        "within the Foundation has not been decided. The four partners have agreed to work "
        "together but have not yet agreed which of them will hold the grant.",
    ),
    ("h1", "9. Governance and risk"),
    (
        "p",
        "Governance arrangements for the partnership, including data sharing between the "
        "housing associations and the advice agencies, will be agreed with the partners "
        "before the grant agreement is signed.",
    ),
    (
        "table",
        [
            ["Risk", "Likelihood", "Impact"],
            ["Advisers not recruited in time", "Medium", "High"],
            ["Tenants reluctant to consent to referral", "Medium", "Medium"],
            ["Housing association data quality", "Low", "Medium"],
            ["Councils unable to fund continuation after Year 3", "High", "High"],
        ],
    ),
    ("h1", "10. Budget"),
    (
        "table",
        [
            ["Item", "Year 1", "Year 2", "Year 3", "Total"],
            ["Money advisers (4.0 FTE)", "£148,000", "£176,000", "£181,000", "£505,000"],
            ["Digital service manager (0.6 FTE)", "£31,000", "£32,000", "£33,000", "£96,000"],
            ["Self-assessment tool", "£85,000", "£22,000", "£22,000", "£129,000"],
            ["Community hubs", "£60,000", "£95,000", "£98,000", "£253,000"],
            ["Evaluation", "£20,000", "£45,000", "£60,000", "£125,000"],
            ["Partner management and overheads", "£98,000", "£105,000", "£109,000", "£312,000"],
            ["Total", "£442,000", "£475,000", "£503,000", "£1,420,000"],
        ],
    ),
    ("h1", "11. Alternatives considered"),
    (
        "p",
        "We considered two alternatives. The first was to increase our existing core grants "
        "to the two advice agencies without changing how tenants reach them. This would "
        "shorten waiting times a little but would not change the point at which tenants seek "
        "help. The second was to fund the housing associations to employ in-house money "
        "advisers. Tenants and advice agencies both told us that advice from the landlord is "
        "less trusted, and that independence matters to people in arrears. The proposed "
        "partnership combines the associations' knowledge of who is falling behind with the "
        "independence of the advice agencies.",
    ),
    ("h1", "12. Sustainability"),
    (
        "p",
        "The Foundation does not intend to fund the service beyond three years. If the "
        "evaluation shows the expected reduction in evictions, the savings to the housing "
        "associations and to the two councils should make a strong case for them to fund the "
        "service jointly from 2029. Both councils have written to support the application and "
        "have agreed to consider continuation funding in their 2028-29 budget rounds.",
    ),
    ("h1", "13. Fit with the Foundation's strategy"),
    (
        "p",
        "The Foundation's 2025-2030 strategy commits us to preventing financial exclusion in "
        "the communities where the Bank's members live and work. Early advice for tenants "
        "sits squarely within the 'Secure Homes' theme, and complements our existing grants "
        "to credit unions and food banks in the area.",
    ),
    ("h1", "14. Recommendation"),
    (
        "p",
        "The Committee is asked to approve the investment in principle, subject to the "
        "partners agreeing the lead organisation and the data-sharing arrangements.",
    ),
]

HARROWFIELD_LABELS = {
    "outcomes": (
        "present",
        [
            "Cut the time tenants wait for a first money advice appointment.",
            "Lower the number of advised tenants who fall into serious rent arrears.",
            "Reduce evictions for rent arrears among tenants of the two partner housing "
            "associations.",
        ],
    ),
    "metrics": (
        "present",
        [
            "Average wait for first advice appointment 19 working days 5 working days March 2028",
            "Advised tenants in arrears of 8 weeks or more, six months after advice 38% 25% "
            "March 2029",
            "Evictions for rent arrears, partner associations 57 a year 35 a year March 2029",
        ],
    ),
    "owners": ("absent", []),
    "governance": (
        "partial",
        [
            "Governance arrangements for the partnership, including data sharing between the "
            "housing associations and the advice agencies, will be agreed with the partners "
            "before the grant agreement is signed.",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "The grant funds 4.0 FTE money advisers, two at Eastfield Citizens Advice and two "
            "at Calder Money Matters, recruited by June 2026.",
            "A 0.6 FTE digital service manager, hosted by Eastfield Citizens Advice, will "
            "work on the self-assessment tool and the referral process.",
            "Each housing association will second an income officer for one day a week to "
            "manage referrals and share data with the advisers.",
        ],
    ),
    "human_oversight": ("absent", []),
    "roadmap": (
        "present",
        [
            "Year 1 April 2026-March 2027 Recruit advisers; referrals from Calder Homes only; "
            "self-assessment tool live by October 2026 February 2027: continue to Year 2 only "
            "if average wait is below 10 working days",
            "Year 2 April 2027-March 2028 Add Harrowfield Housing referrals; all four hubs open "
            "February 2028: independent interim evaluation",
        ],
    ),
}

DOCS = [
    ("marlowe-trust-grants-annual-plan-extract-2026-27.docx", MARLOWE, MARLOWE_LABELS),
    ("st-brigid-schools-trust-ai-tools-charter.docx", BRIGID, BRIGID_LABELS),
    (
        "harrowfield-co-op-foundation-early-money-advice-investment-case.docx",
        HARROWFIELD,
        HARROWFIELD_LABELS,
    ),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, blocks, labels in DOCS:
        build(name, blocks)
        write_labels(name, labels)
        print("wrote", name)


if __name__ == "__main__":
    main()
