"""Build the three synth-a PDF documents (fictional organisations) with reportlab.

Content is written in a small line markup:
  "# ", "## ", "### "  headings        "- " bullet      "1. " numbered item
  "| a | b |"          table row (first row of a block is the header)
  "!pagebreak"         page break      blank line ends a paragraph / list / table
  "~text"              paragraph line that starts with a number (not a list item)
Usage: python synth-a_pdf.py OUTPUT_DIR
"""

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
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

BASE = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=BASE["BodyText"], fontSize=10.5, leading=14.5, spaceAfter=6)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BASE["Heading1"], fontSize=17, spaceBefore=10, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BASE["Heading2"], fontSize=13.5, spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BASE["Heading3"], fontSize=11.5, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BASE["Title"], fontSize=24, leading=30, spaceAfter=14)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=18, spaceAfter=10)


def parse(text):
    """Turn the line markup into a list of (kind, payload) blocks."""
    blocks, para, items, rows, kind = [], [], [], [], None

    def flush():
        nonlocal para, items, rows, kind
        if para:
            blocks.append(("p", " ".join(para)))
        if items:
            blocks.append((kind, items))
        if rows:
            blocks.append(("table", rows))
        para, items, rows, kind = [], [], [], None

    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line == "!pagebreak":
            flush()
            blocks.append(("pb", None))
        elif line.startswith("### "):
            flush()
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            flush()
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(("h1", line[2:]))
        elif line.startswith("|"):
            if para or items:
                flush()
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("~"):
            if items or rows:
                flush()
            para.append(line[1:])
        elif line.startswith("- ") or (line[:1].isdigit() and line[1:3] == ". "):
            new_kind = "ul" if line.startswith("- ") else "ol"
            if para or rows or (kind and kind != new_kind):
                flush()
            kind = new_kind
            items.append(line[2:] if new_kind == "ul" else line[3:])
        elif items and raw.startswith("  "):
            items[-1] += " " + line
        else:
            if items or rows:
                flush()
            para.append(line)
    flush()
    return blocks


def flowables(text, widths=None):
    out = []
    for kind, payload in parse(text):
        if kind == "p":
            out.append(Paragraph(escape(payload), BODY))
        elif kind in ("h1", "h2", "h3"):
            out.append(Paragraph(escape(payload), {"h1": H1, "h2": H2, "h3": H3}[kind]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind in ("ul", "ol"):
            lst = ListFlowable(
                [ListItem(Paragraph(escape(i), BODY), leftIndent=14) for i in payload],
                bulletType="bullet" if kind == "ul" else "1",
                start=None if kind == "ul" else 1,
                leftIndent=14,
                bulletFontSize=8 if kind == "ul" else 10,
            )
            out.append(lst)
            out.append(Spacer(1, 4))
        elif kind == "table":
            ncol = len(payload[0])
            total = 170 * mm
            cw = widths.get(ncol) if widths else None
            cw = cw or [total / ncol] * ncol
            data = [[Paragraph(escape(c), CELL) for c in r] for r in payload]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            out.append(t)
            out.append(Spacer(1, 8))
    return out


def build(path, cover, body, header=None, footer=None, widths=None):
    """cover: list of (style, text); header/footer: running text (None for none)."""

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for style, text in cover:
        story.append(Paragraph(escape(text), {"title": TITLE, "sub": SUB, "body": BODY}[style]))
    story.append(PageBreak())
    story.extend(flowables(body, widths))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=cover[0][1],
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------
# 1. National statistics office: programme initiation document (long, strong)
# ---------------------------------------------------------------------------

ANSO_COVER = [
    ("title", "Automated Classification of Occupation and Industry (ACOI)"),
    ("sub", "Programme Initiation Document"),
    ("body", "Ardmore National Statistics Office"),
    ("body", "Social Statistics Directorate and Methodology and Quality Directorate"),
    ("body", "Version 1.3, approved by the Programme Board on 21 January 2026"),
    ("body", "Classification: Official"),
]

ANSO_BODY = """
# Contents

1. Document control
2. Purpose of this document
3. Background
4. Programme objectives
5. Scope
6. Benefits and success measures
7. Technical approach
8. How coding work will change
9. Governance and assurance
10. Roles and responsibilities
11. Resourcing and budget
12. Plan, stages and decision gates
13. Risks, issues and dependencies
14. Communications and engagement
15. Appendices

!pagebreak
# 1. Document control

| Item | Detail |
| Document owner | ACOI Programme Manager |
| Version | 1.3 |
| Status | Approved |
| Approved by | ACOI Programme Board, 21 January 2026 |
| Next review | At the Stage 1 gate (September 2026) |

Distribution: members of the ACOI Programme Board; heads of the Survey Operations, Classification
Services and Data Science Campus divisions; the Office's Data Ethics Secretariat; the Statistics
Users' Forum secretariat (for information).

Changes since version 1.2: the Stage 2 gate criteria were tightened following comments from the
Methods and Quality Assurance Panel, the budget profile was updated to reflect the 2026/27
settlement and the risk register was re-baselined.

# 2. Purpose of this document

This Programme Initiation Document (PID) defines the Automated Classification of Occupation and
Industry programme: why it is being undertaken, what it is expected to achieve, how it will be
governed and resourced, and the stages by which it will move from a prototype to a service used
in the production of official statistics. It is the baseline against which the Programme Board
will manage the programme and against which the Office's internal audit function may review it.

The PID does not repeat the detail of the technical design, which is held in the ACOI Solution
Design (version 0.9), nor the detailed benefits realisation plan, which will be produced by the
end of Stage 1. Where this document and those products disagree, this document prevails until it
is formally amended by the Programme Board.

# 3. Background

## 3.1 Why occupation and industry coding matters

Almost every major social survey run by the Office asks respondents to describe, in their own
words, the job they do and the business or organisation they work for. These free-text answers
are converted into codes from the Ardmore Standard Occupational Classification (ASOC 2020) and
the Ardmore Standard Industrial Classification (ASIC 2022). The codes feed the Labour Force
Survey, the Annual Survey of Hours and Earnings, the Living Costs and Food Survey and, once a
decade, the Census. Occupation is one of the most heavily used variables in the Office's outputs:
it underpins estimates of skills shortages, of the gender pay gap by occupation, of social
mobility and of exposure to occupational health risks.

## 3.2 The current process

In 2024/25 the Office coded approximately 1.1 million free-text occupation and industry
responses. The current automatic coding tool, introduced in 2009, matches responses against a
lookup index of roughly 38,000 job titles and business descriptions. It assigns a code to 41% of
responses automatically. The remainder pass to the Classification Services team, where 64 coders
(57.5 full-time equivalent) assign codes manually using the classification manuals and a search
tool.

Manual coding is skilled work. A new coder takes around four months to reach full productivity,
and the most complex responses (for example, ambiguous job titles in the public sector, or
descriptions that mention several jobs) are referred to a small group of senior coders. The
team's performance has been consistently good, but the process has three weaknesses that have
grown more serious over time:

- The lookup index has not kept pace with new job titles, particularly in digital, care and
  gig-economy work, so the automatic coding rate has fallen from 52% in 2015 to 41% today.
- Manual coding introduces delay: the Labour Force Survey quarterly occupation tables cannot be
  finalised until the coding backlog for the quarter has cleared, which currently takes around
  19 working days after fieldwork closes.
- Consistency between coders is hard to sustain. The most recent quality exercise found that two
  coders independently coding the same response agreed at the 4-digit ASOC level 84% of the time.

## 3.3 What has changed

Three developments make a different approach possible. First, the Data Science Campus has built
and tested a prototype classifier, trained on 2.3 million previously coded responses, which in
offline tests matched the expert-coded gold standard at the 4-digit level for 87% of responses.
Second, the Office's cloud analytical platform now meets the security accreditation required
for processing survey microdata. Third, the Census 2031 programme has asked for an automated
coding capability to be proven in live survey production before the 2029 Census rehearsal.

Other national statistical institutes have published work on machine-learning classification of
occupation with varying results; those experiences have informed this PID, but the figures in it
are the Office's own.

!pagebreak
# 4. Programme objectives

The programme is expected to deliver the following business results for the Office. They are
stated as results rather than activities, and each is measured in section 6.

- Lower the cost of coding each occupation and industry response, so that the Office can absorb
  rising survey volumes and the Census rehearsal without growing the coding team.
- Shorten the time from fieldwork close to publication of Labour Force Survey occupation tables.
- Improve the consistency and accuracy of occupation coding in published statistics.
- Free senior coders' time for the complex and ambiguous cases where expert judgement adds most
  value, and for maintaining the classifications themselves.

The programme is not expected to reduce the headcount of the Classification Services team
during its life. Any efficiency released will be redeployed to the Census 2031 coding operation
and to the backlog of classification maintenance work.

# 5. Scope

## 5.1 In scope

- Occupation (ASOC 2020) and industry (ASIC 2022) coding for the Labour Force Survey, the Annual
  Survey of Hours and Earnings and the Living Costs and Food Survey.
- The design of a new coding workflow for Classification Services, including the routing of
  responses between the model and coders.
- Quality assurance of the model's output before and after it is used in published statistics.
- Preparing the capability for use in the 2029 Census rehearsal.

## 5.2 Out of scope

- Coding of Census 2031 itself, which will be planned by the Census programme using the
  capability proven here.
- Changes to the classifications (ASOC and ASIC), which remain the responsibility of the
  Classification Committee.
- Any use of the model to code administrative data sources; a separate assessment would be
  required.

# 6. Benefits and success measures

Baselines are taken from 2024/25 operational data and the October 2025 quality exercise. Targets
were agreed by the Programme Board and the Methods and Quality Assurance Panel.

| Measure | Baseline (2024/25) | Target | By |
| Responses coded automatically at or above the quality threshold | 41% | 75% | March 2028 |
| Coding cost per response | 0.62 | 0.31 | March 2028 |
| Agreement with gold standard, 4-digit ASOC | 84% | 93% or higher | December 2027 |
| Working days from fieldwork close to coded LFS microdata | 19 | 8 | June 2027 |
| Senior coder time spent on referrals and maintenance | 35% | 60% | March 2028 |

Costs are in Ardmore pounds and include staff time and platform costs. The coding cost per
response will be reported to the Programme Board monthly from April 2026; the agreement rate is
measured on a fresh gold-standard sample of 6,000 responses every quarter.

Volume figures elsewhere in this document (for example, the 1.1 million responses coded each
year) are context and are not success measures.

# 7. Technical approach

## 7.1 The model

The classifier is a fine-tuned text classification model that takes the respondent's job title,
job description and, where available, the industry description and returns a ranked list of
candidate ASOC codes with a calibrated confidence score for each. A separate model of the same
design returns ASIC codes. Both models run on the Office's accredited cloud analytical platform;
no survey data leaves the platform and no external model service is used.

## 7.2 Training and test data

The models are trained on 2.3 million previously coded responses from 2016 to 2024, after the
removal of responses coded by the automatic tool (to avoid training on the tool's own errors).
The gold-standard test set is coded independently by two senior coders with adjudication by a
classification expert, and is never used for training.

## 7.3 Integration

The models will be called from the existing survey processing pipeline through an internal
interface. The coding application used by Classification Services will be modified to show the
model's top three suggestions and its confidence to the coder.

!pagebreak
# 8. How coding work will change

This section describes the future coding workflow. It was designed with the Classification
Services team in a series of workshops in November and December 2025.

## 8.1 Routing

Each response is scored by the model. Responses where the model's confidence exceeds the release
threshold are coded automatically. All other responses are routed to the coding queue, where a
coder sees the model's three highest-ranked suggestions alongside the response and either
accepts one of them or assigns a different code.

The release threshold is not fixed by the data science team. It is set by the Methods and
Quality Assurance Panel for each survey so that the automatically coded responses meet the
agreed quality level, and it can only be changed by the Panel.

## 8.2 Checks on automatically coded responses

Each month a random sample of 2% of the responses coded automatically is re-coded blind by a
senior coder who does not see the model's code. Where the agreement rate in the sample falls
below the level set by the Panel for two consecutive months, the release threshold is raised
and the Panel is informed within five working days.

## 8.3 Feedback into the model

Every coder override of a model suggestion is logged with the code chosen and, for referrals, a
short reason. The data science team reviews the override log every fortnight with the coding
team leaders, and corrected codes are added to the training data for the quarterly retraining
of the model. A retrained model is not used in production until it has passed the same
validation as the original.

## 8.4 Roles of coders

Coders will spend less of their time on straightforward responses and more on the difficult
ones. Senior coders will take on two new responsibilities: the blind re-coding described above
and the curation of the gold-standard set. Job descriptions will be updated with the Office's
trade union side before Stage 2.

# 9. Governance and assurance

## 9.1 Programme Board

The ACOI Programme Board is chaired by the Senior Responsible Owner and meets monthly. It owns
the PID, approves stage plans, manages tolerances on time, cost and quality, and takes every
stage gate decision described in section 12. Exceptions beyond tolerance are escalated to the
Office's Portfolio Investment Committee.

## 9.2 Methods and Quality Assurance Panel

The Methods and Quality Assurance Panel, chaired by the Chief Methodologist, must approve each
model before its output is used in any published statistic, and sets the release threshold for
each survey. The Panel reviews the monthly quality report from the blind re-coding sample and
can suspend automatic coding for any survey at any time.

## 9.3 Ethics, data protection and security

The programme was reviewed by the Office's Data Ethics Advisory Committee in December 2025,
which raised no objection subject to the publication of a plain-language description of the
method. A Data Protection Impact Assessment was completed in November 2025 and will be revisited
before Stage 3. The platform holds security accreditation for survey microdata; any change to
the hosting of the models requires re-accreditation before use.

## 9.4 Statistical quality and transparency

The method will be documented in the quality and methodology information published with each
affected output, including the share of responses coded automatically in that release.

# 10. Roles and responsibilities

The Senior Responsible Owner is Dr Helen Marchetti, Director of Social Statistics, who is
accountable for the programme delivering its objectives and benefits.

| Deliverable or decision | Responsible | Accountable | Consulted | Informed |
| Benefits realisation and success measures | Programme Manager | Director of Social Statistics | Head of Classification Services | Programme Board |
| Model development and retraining | Data Science Campus lead | Head of Data Science Campus | Chief Methodologist | Programme Board |
| Release threshold per survey | Methodology lead | Chief Methodologist | Head of Classification Services | Survey owners |
| New coding workflow and training | Coding operations product owner | Head of Classification Services | Trade union side | Coders |
| Platform security and hosting | Platform engineer | Chief Technology Officer | Security Officer | Programme Board |

!pagebreak
# 11. Resourcing and budget

## 11.1 Delivery team

The programme is delivered by a dedicated team drawn from three divisions, with two external
hires. Posts are funded for the life of the programme.

| Role | FTE | Source |
| Programme manager | 1.0 | Portfolio Office |
| Coding operations product owner | 1.0 | Seconded from Classification Services |
| Data scientists | 3.0 | Data Science Campus |
| Machine learning engineer | 1.0 | External hire, start by June 2026 |
| Methodologists | 2.0 | Methodology and Quality Directorate |
| Senior coders (coding champions) | 4 x 0.4 | Classification Services |
| Business analyst | 0.5 | Portfolio Office |
| Platform engineer | 0.5 | Technology Directorate, external hire |

The coding operations product owner is an experienced team leader from Classification Services
who acts as the bridge between coders and the data science team: she owns the backlog of
workflow changes and attends every sprint review. All 64 coders will receive two half-days of
training on the new coding application before Stage 2.

## 11.2 Budget

| Cost line | 2025/26 | 2026/27 | 2027/28 | Total |
| Staff (delivery team) | 110 | 820 | 790 | 1,720 |
| Platform and compute | 20 | 140 | 160 | 320 |
| Training and change | 0 | 60 | 45 | 105 |
| Contingency | 0 | 95 | 90 | 185 |
| Total | 130 | 1,115 | 1,085 | 2,330 |

All figures are in thousands of Ardmore pounds. The budget was approved by the Portfolio
Investment Committee in December 2025. The cost per response targets in section 6 are calculated
net of the programme's running costs after March 2028.

# 12. Plan, stages and decision gates

The programme runs in four stages. No stage may begin until the Programme Board has approved the
gate at the end of the previous stage.

| Stage | Dates | Scope | Gate to proceed |
| 0. Initiation | Jan - Mar 2026 | PID, team, DPIA, platform set-up | PID approved (done) |
| 1. Alpha | Apr - Sep 2026 | LFS occupation coding, offline | 90% gold-standard agreement on held-out data |
| 2. Beta | Oct 2026 - Mar 2027 | LFS parallel run alongside manual coding | Methods Panel approval of release thresholds |
| 3. Live | Apr 2027 - Mar 2028 | LFS, ASHE and LCF; occupation and industry | Benefits review against section 6 targets |
| 4. Census rehearsal | 2028 - 2029 | Handover to Census 2031 programme | Census programme acceptance |

Stage 1 has been prioritised on Labour Force Survey occupation coding because it has the largest
volume, the longest delay and the best training data. Industry coding follows in Stage 3 because
the ASIC training data is smaller and less consistent.

During the Stage 2 parallel run, every response is coded both by the model and by the existing
process; published statistics continue to use the existing process until the gate is passed.

# 13. Risks, issues and dependencies

## 13.1 Key risks

| Risk | Impact | Mitigation | Risk owner |
| Model accuracy falls on new job titles | Quality of published statistics | Blind re-coding sample; quarterly retraining | Chief Methodologist |
| Loss of coder expertise | Manual queue quality | Senior coder roles redesigned; training | Head of Classification Services |
| Platform outage during production run | Publication delay | Fallback to manual coding; runbook | Chief Technology Officer |
| ML engineer post not filled | Stage 1 delay | Interim contractor budgeted | Programme Manager |

The full risk register is held by the Programme Manager and reviewed at every Programme Board.

## 13.2 Dependencies

- The coding application upgrade (Technology Directorate release planned for August 2026).
- The Census 2031 programme's timetable for the 2029 rehearsal.
- Agreement with the trade union side on revised senior coder job descriptions.

## 13.3 Assumptions

- Survey volumes remain within 10% of 2024/25 levels.
- The classifications are not revised during the life of the programme.

# 14. Communications and engagement

Coders and team leaders receive a monthly programme update and are represented at each sprint
review by the coding champions. Users of the statistics will be informed through the Statistics
Users' Forum and through the methodology notes published with each affected release. The Office
will publish a plain-language explanation of the method before the first release that uses it.

!pagebreak
# 15. Appendices

## Appendix A: Glossary

- ASOC: Ardmore Standard Occupational Classification 2020.
- ASIC: Ardmore Standard Industrial Classification 2022.
- Gold standard: a sample of responses coded independently by two senior coders and adjudicated.
- Release threshold: the confidence level above which a response is coded automatically.
- LFS, ASHE, LCF: Labour Force Survey, Annual Survey of Hours and Earnings, Living Costs and Food
  Survey.

## Appendix B: Coding volumes, 2024/25

| Survey | Occupation responses | Industry responses | Automatically coded today |
| Labour Force Survey | 412,000 | 398,000 | 43% |
| Annual Survey of Hours and Earnings | 146,000 | 0 | 39% |
| Living Costs and Food Survey | 71,000 | 68,000 | 37% |
| Other surveys | 24,000 | 11,000 | 35% |

The figures above are operational statistics. They describe the current workload and are not
targets.

## Appendix C: Documents referred to

- ACOI Solution Design, version 0.9, December 2025.
- Data Protection Impact Assessment, ACOI, November 2025.
- Data Ethics Advisory Committee, minutes of 9 December 2025.
- Classification Services quality exercise report, October 2025.

## Appendix D: Summary of the coding workflow workshops

Four workshops were held with Classification Services between 12 November and 10 December 2025,
attended by 38 coders, all six team leaders and the senior coders. The main points raised were:

- Coders wanted to see the model's suggestions but not to be pushed towards them; the coding
  application will therefore list the three suggestions in a neutral format, without
  highlighting the first.
- Team leaders asked that the coding queue continue to be allocated by survey, so that coders
  keep their familiarity with each survey's questions.
- Senior coders raised concerns about the workload of blind re-coding; the 2% sample size was
  chosen to keep this below half a day per senior coder per week.
- Several coders asked whether automatic coding would reduce opportunities for new coders to
  learn; new starters will spend their first month coding a training set drawn from all
  responses, including those the model would code automatically.
- The trade union side asked to be consulted on any change to job descriptions, which is
  reflected in section 8.4.

The workshop notes are held on the programme's collaboration site.
"""


# ---------------------------------------------------------------------------
# 2. Patent office: outline business case (long, mixed)
# ---------------------------------------------------------------------------

EIPO_COVER = [
    ("title", "Search Assistant for Patent Examination"),
    ("sub", "Outline Business Case"),
    ("body", "Estmere Intellectual Property Office"),
    ("body", "Submitted to the Investment Committee, meeting of 3 March 2026"),
    ("body", "Prepared by the Patents Directorate and the Digital Services Directorate"),
]

EIPO_BODY = """
# Summary

This Outline Business Case (OBC) seeks approval from the Investment Committee to proceed to
procurement and alpha development of a search assistant for patent examination, and to release
the funding for the first two phases of the programme. It follows the Strategic Outline Case
approved in September 2025 and is structured according to the five-case model used across the
Estmere public sector: strategic, economic, commercial, financial and management.

The search assistant is a software tool that proposes prior-art documents relevant to a patent
application, ranked by relevance, drawing on the patent literature and the non-patent literature
collections to which the Office subscribes. It is intended to reduce the time examiners spend on
the search stage of examination, and to improve the completeness of searches, at a time when the
backlog of unexamined applications is at its highest level in a decade.

The preferred option (Option 3, a procured search engine with an Office-trained relevance model)
has a net present social value of 14.2 million Estmere dollars over ten years and a
benefit-cost ratio of 2.6.

# 1. Strategic case

## 1.1 Organisational context

The Estmere Intellectual Property Office (EIPO) grants patents, registers trade marks and
designs, and advises government on intellectual property policy. In 2025 it received 21,400
patent applications and employed 310 patent examiners across eleven technology groups. The
Office is funded from fees and is required to break even over a five-year period.

The Office's Corporate Plan 2025-2030 commits it to three priorities: timely decisions, quality
of granted rights, and efficient, modern services. This OBC contributes to all three.

## 1.2 The case for change

At the end of 2025 there were 38,600 applications awaiting a first examination report, compared
with 24,100 at the end of 2019. The median time from request for examination to first report is
now 31 months. Applicants and their attorneys have repeatedly told the Office, through the
Patent Users Forum and the 2025 customer survey, that this delay is the single biggest weakness
of the Estmere system: in the survey, 71% of respondents rated pendency as poor or very poor.

Search is the largest single component of examination effort. The 2025 time-recording exercise
found that examiners spend on average 9.5 hours on the search for an application, out of an
average of 22 hours per application to first report. Search effort has risen as the volume of
published literature has grown, particularly from Asian patent offices and in computing and
biotechnology.

Search quality also matters. In the Office's 2024 quality audit, 7.8% of sampled grants were
found to have missed a relevant prior-art document that was available at the time of search.
Each such miss weakens the value of the granted right and exposes the patentee and third parties
to later litigation.

## 1.3 Policy and user context

The Government's Innovation Strategy asks public bodies that administer the intellectual property
system to make it faster and more predictable for small firms in particular. Small and
medium-sized enterprises filed 38% of the Office's domestic applications in 2025 and are the
applicants least able to absorb long pendency: many rely on a granted patent to raise investment.

The Office has also committed, through the Regional Patent Cooperation Agreement, to share search
results with partner offices. Partner offices increasingly rely on the Office's search reports
when they examine corresponding applications, so the completeness of the Office's searches has
consequences beyond Estmere.

User research with 46 examiners in 2025 found that the most time-consuming parts of search are
the construction and repeated refinement of Boolean queries, the screening of long lists of
results that are mostly irrelevant, and searching non-patent literature in several separate
databases with different query languages. Examiners were broadly positive about tools that would
reduce screening effort, and sceptical about tools whose ranking they could not understand.

## 1.4 Investment objectives

The investment objectives agreed at the Strategic Outline Case stage are:

- Reduce the average examiner time spent on search per application, so that the Office can
  increase first-report output without a proportionate increase in examiner numbers.
- Reduce the median time from request for examination to first examination report.
- Improve the completeness of prior-art searches, reducing the proportion of grants later found
  to have missed relevant prior art.

## 1.5 Success measures

| Measure | Baseline (2025) | Target | Date |
| Average search hours per application | 9.5 | 6.5 | December 2028 |
| Median months, examination request to first report | 31 | 20 | December 2029 |
| Grants with missed relevant prior art (audit sample) | 7.8% | below 4% | December 2028 |
| First examination reports issued per year | 14,900 | 19,500 | 2029 |

Targets for the first three measures are attributable mainly to this investment; the output
target in the last row also depends on the recruitment plan in the Corporate Plan.

## 1.6 Scope

The programme covers patent search only. Trade mark and design searches, classification of
incoming applications and the drafting of examination reports are out of scope, although the
Office may consider them later.

## 1.7 Constraints and dependencies

- The Office's legal duty is to conduct a search that is adequate in the examiner's judgement;
  no tool can discharge that duty.
- The programme depends on the Office's migration of its document collections to the new
  document store, due to complete in June 2026.
- Licensing terms for some non-patent literature collections restrict their use for training
  machine-learning models; these collections can be searched but not used for training.

!pagebreak
## 1.8 Fit with other Office programmes

The programme is one of four investments in the Office's Modern Services portfolio, alongside the
new document store, the online filing service and the replacement of the case management system.
It depends on the document store and will share its identity and access management with the
case management system. The portfolio board reviews dependencies between the four programmes
each month; this programme reports to it through the standard highlight report.

The Office's workforce plan assumes the recruitment of 40 additional examiners by 2029. The
benefits in this case are calculated on top of that recruitment, not instead of it: the search
assistant is expected to make the new examiners productive more quickly, but it is not a
substitute for them.

# 2. Economic case

## 2.1 Options considered

| Option | Description | Assessment |
| 1. Do nothing | Continue with the current Boolean search system | Baseline; backlog keeps growing |
| 2. Buy a service | Subscribe to a commercial AI prior-art search service | Data sovereignty concerns; limited control |
| 3. Procure and train | Procure a search engine; train a relevance model on EIPO data | Preferred option |
| 4. Build in-house | Develop the whole system in the Office | Highest risk; skills not available |

Option 2 was discounted because the leading services require applications to be processed
outside Estmere before publication, which the Office's confidentiality obligations do not
permit. Option 4 was discounted because the Office does not have, and could not recruit in the
time available, the engineering team needed to build and maintain a search engine.

## 2.2 Costs and benefits of the preferred option

The benefits have been valued principally as examiner time released (valued at the full
economic cost of an examiner hour) and as reduced pendency (valued using the Treasury-approved
estimate of the cost of delay to applicants). Benefits from improved search quality have not
been monetised and are treated as non-cash benefits.

| Item (ten years, discounted) | Option 3 |
| Present value of costs | 8.9m |
| Present value of cash-releasing and non-cash-releasing benefits | 23.1m |
| Net present social value | 14.2m |
| Benefit-cost ratio | 2.6 |

## 2.3 Non-monetised benefits

- Better-quality granted patents, which are less likely to be challenged and more valuable to
  their owners.
- Greater consistency of searches between examiners and technology groups.
- A stronger position for the Office in work-sharing with partner offices.
- Improved examiner satisfaction with search, which the 2025 staff survey identified as the most
  frustrating part of the job.

## 2.4 Sensitivity

The preferred option remains value for money if the reduction in search hours is half of that
assumed, or if costs are 40% higher than estimated. It ceases to be value for money if examiner
adoption is below 35% after two years, which is why adoption is monitored closely in the
management case.

# 3. Commercial case

## 3.1 Procurement route

The search engine and initial relevance model will be procured through the Government Digital
Marketplace framework, Lot 3 (software and services), using a two-stage further competition.
Suppliers will be required to host all components in Estmere, to permit the Office to retrain
the relevance model on its own data, and to transfer model weights to the Office at contract end.

## 3.2 Contract structure

The contract will run for three years with two optional one-year extensions. Payment will be
split into an implementation element (milestone-based) and a service element (monthly), with
service credits for availability below 99.5% during working hours.

## 3.3 Intellectual property and data

All training data, fine-tuned model weights and evaluation results will remain the property of
the Office. The supplier may not use Office data to train models for other customers.

## 3.4 Social value

Suppliers will be evaluated on social value at 10% of the quality score, with a focus on skills
development in Estmere, including the training of Office staff in the operation and retraining
of the relevance model.

## 3.5 Exit

The contract will require a documented exit plan, including the transfer of model weights,
evaluation data and configuration, so that the Office could re-procure the search engine
without losing the relevance model it has trained.

# 4. Financial case

## 4.1 Capital and resource requirement

| Cost line | 2026/27 | 2027/28 | 2028/29 | Total |
| Procurement and implementation | 1.10m | 0.60m | 0.00m | 1.70m |
| Licences and hosting | 0.35m | 0.55m | 0.55m | 1.45m |
| Programme team | 0.92m | 0.98m | 0.64m | 2.54m |
| Examiner training and change | 0.12m | 0.20m | 0.08m | 0.40m |
| Optimism bias (25%) | 0.62m | 0.58m | 0.32m | 1.52m |
| Total | 3.11m | 2.91m | 1.59m | 7.61m |

## 4.2 Funding

The programme will be funded from the Office's reserves, which stood at 41 million Estmere
dollars at 31 March 2025, within the limits set by the Office's framework document. No call on
central funds is required. Ongoing running costs from 2029/30 (estimated at 0.7 million per
year) will be met from fee income.

## 4.3 Affordability

The Finance Director has confirmed that the profile above is affordable within the Office's
medium-term financial plan, assuming fee income grows in line with the 2025 forecast.

!pagebreak
## 4.4 Accounting treatment

Implementation costs that create an asset controlled by the Office, including the fine-tuned
relevance model, are expected to be capitalised as intangible assets and amortised over five
years. Licence, hosting and programme team costs are resource costs. The National Audit Office
has been consulted on the proposed treatment.

# 5. Management case

## 5.1 Programme structure and accountability

At this stage no Senior Responsible Owner has been appointed. An SRO will be appointed by the
Executive Board before the Full Business Case is submitted; until then, the Executive Board
remains collectively accountable for the programme. Day-to-day coordination is provided by the
Patents Directorate and the Digital Services Directorate working together.

## 5.2 Governance and assurance

The programme will be governed through the Office's standard investment controls:

- The Investment Committee approves this OBC and the Full Business Case, and must approve each
  phase gate in section 5.5 before funds for the next phase are released.
- An AI Assurance Board, chaired by the Chief Operating Officer, reviews the relevance model
  before any use on live applications and every six months thereafter, covering accuracy across
  technology groups, bias towards particular languages or jurisdictions, security and the
  licensing of training data.
- A Data Protection Impact Assessment will be completed before alpha and reviewed by the Data
  Protection Officer; unpublished applications are confidential and may only be processed within
  the accredited Estmere hosting environment.
- A Gateway Review by the Infrastructure and Projects Authority will take place before the Full
  Business Case.

## 5.3 Programme resources

| Role | FTE | Status |
| Programme manager | 1.0 | In post |
| Product manager (search) | 1.0 | To be recruited, Q2 2026 |
| Examiner product leads, one per technology cluster | 3 x 0.5 | Seconded from examining groups |
| Data scientists (relevance model) | 2.0 | To be recruited, Q2-Q3 2026 |
| Search engineer | 1.0 | Supplier, under the contract |
| User researcher | 1.0 | Digital Services Directorate |
| Business change and training lead | 1.0 | Patents Directorate |

The examiner product leads are experienced examiners who will spend half their time in the
programme team. They translate between the examining groups and the technical team, define the
relevance judgements used to evaluate the model, and lead adoption in their clusters.

## 5.4 Examiners and the search process

The search assistant will support, not replace, the professional judgement of examiners.
Examiners will remain in control of every search and of every decision on patentability. Detailed
changes to the search workflow will be designed with examiners during the alpha phase, and the
Office will adapt its search guidelines as experience grows.

## 5.5 Phases and gates

| Phase | Dates | Scope | Gate |
| 1. Procurement | Apr - Sep 2026 | Further competition; contract award | Investment Committee: contract award |
| 2. Alpha | Oct 2026 - Mar 2027 | Two technology groups: computing and medical devices | Search hours down 20% in alpha groups |
| 3. Beta | Apr 2027 - Mar 2028 | All electrical and physical groups | AI Assurance Board approval; adoption 50% |
| 4. Full roll-out | Apr 2028 - Dec 2028 | All eleven groups, including chemistry | Full Business Case benefits review |

Computing and medical devices were prioritised for alpha because they have the highest search
hours per application and the largest backlogs, and because their literature is predominantly
in English, which the candidate models handle best. Chemistry and biotechnology follow last
because structure and sequence searching need capabilities that will be evaluated separately.

## 5.6 Benefits management

Benefits will be tracked through the Office's time-recording system and the annual quality
audit. A benefits realisation plan will be produced for the Full Business Case.

## 5.7 Risk management

| Risk | Likelihood | Impact | Mitigation |
| Examiners do not adopt the tool | Medium | High | Examiner product leads; training; user research |
| Model performs poorly on non-English literature | High | Medium | Phase order; separate evaluation |
| Supplier lock-in | Medium | Medium | Model weights transferred at contract end |
| Licence terms restrict training data | Medium | Low | Legal review of each collection |

## 5.8 Stakeholder engagement

The Patent Users Forum was consulted on the Strategic Outline Case and will receive an update at
each phase gate. The examiners' trade union has been briefed and will be represented on the
programme's user group. The Office's Annual Report will include a section on progress.

# 6. Recommendation

The Investment Committee is asked to approve this Outline Business Case, to approve Phase 1 and
Phase 2 funding of 3.11 million Estmere dollars in 2026/27, and to note that a Senior
Responsible Owner will be appointed by the Executive Board before the Full Business Case.

!pagebreak
# Annex A: Search effort by technology group, 2025

| Technology group | Applications | Average search hours | Backlog (end 2025) |
| Computing | 3,950 | 12.1 | 8,210 |
| Medical devices | 2,140 | 10.8 | 4,370 |
| Telecommunications | 1,870 | 10.2 | 3,480 |
| Mechanical engineering | 2,930 | 7.4 | 4,020 |
| Civil engineering and construction | 1,210 | 6.9 | 1,640 |
| Chemistry | 2,660 | 9.8 | 5,110 |
| Biotechnology | 1,720 | 11.3 | 4,090 |
| Other groups (four) | 4,920 | 8.0 | 7,680 |

These figures come from the 2025 time-recording exercise and describe current effort. They are
not targets.

# Annex B: Assumptions used in the economic appraisal

- Full economic cost of an examiner hour: 94 Estmere dollars (2025 prices).
- Discount rate: 3.5% a year, in line with the Estmere Green Book.
- Appraisal period: ten years from 2026/27.
- Adoption curve: 30% of searches in year one of each group's roll-out, 60% in year two and 75%
  thereafter.
- Optimism bias: 25% on costs, reducing to 15% at Full Business Case.

# Annex C: How the relevance model will be evaluated before use

Before the Investment Committee is asked to approve each gate, the relevance model will be
evaluated offline against a reference set of 5,000 historical search reports drawn from the
technology groups in scope. The evaluation measures the proportion of documents cited in those
reports that the model ranks in its first 50 results, broken down by technology group, by
language of the cited document and by type of literature.

The reference set is refreshed each year with recent search reports. Documents from collections
whose licences prohibit use for training are included in the evaluation only, never in training.
Results are reported to the AI Assurance Board together with the supplier's own test results and
an explanation of any differences.

The offline evaluation is a necessary condition for each gate, not a sufficient one: the
decision to proceed also takes account of time recording in the groups using the tool and of the
views of the examiner product leads.

# Annex D: Summary of examiner user research, 2025

| Theme | What examiners told us |
| Query building | Refining Boolean queries takes the largest share of search time |
| Screening | Most result lists contain few relevant documents |
| Non-patent literature | Separate databases with different query languages |
| Trust | Rankings must be explainable to be used |
| Training | Short, practical sessions within the examining group preferred |

The research was carried out by the Office's user researcher through 46 interviews and six
observation sessions across eight technology groups between March and June 2025.

# Annex E: Glossary

- Prior art: everything made available to the public before the filing date of an application.
- Search report: the list of documents an examiner considers relevant to novelty and inventive
  step.
- Pendency: the time an application waits for a decision.
- Relevance model: the machine-learning model that ranks documents by likely relevance.
"""


# ---------------------------------------------------------------------------
# 3. Environmental regulator: consultation response (medium)
# ---------------------------------------------------------------------------

REA_COVER = [
    ("title", "Response to the consultation 'Artificial Intelligence in Regulatory Practice'"),
    ("sub", "Riverlands Environment Agency"),
    ("body", "Submitted to the Department for Environment and Rural Affairs, 14 November 2025"),
    ("body", "This response is published in full on the Agency's website."),
]

REA_BODY = """
# Introduction

~1. The Riverlands Environment Agency welcomes the Department's consultation on the use of
artificial intelligence in regulatory practice. The Agency regulates around 14,000 permitted
sites, responds to some 60,000 reports of environmental incidents a year and is the principal
flood risk management authority for the Riverlands.

~2. This response sets out the Agency's views on the six questions asked in the consultation. It
draws on our own experience of using statistical and machine-learning models in regulation since
2019, and on discussions with the other regulators in the Regulators' Data Network.

~3. The Agency has used analytical tools in a small number of regulatory processes, mainly for
internal planning. That experience is still limited, and our views should be read in that light.

# Question 1: Do you agree with the proposed objectives for the use of AI by regulators?

~4. The consultation proposes that the use of AI by regulators should reduce the administrative
burden on regulated businesses by 25% by 2028. The Agency supports the intention to avoid
unnecessary burden, but we do not consider a single burden-reduction target appropriate for
environmental regulation, where the primary purpose is to prevent harm to people and the
environment. We do not propose to adopt such a target.

~5. We would encourage the Department to express the objectives in terms of regulatory outcomes,
and to leave each regulator to define the results it expects from its own use of AI.

# Question 2: How should regulators govern their use of AI?

~6. The Agency has governed its own analytical models through a Model Assurance Board since April
2025. Every model used to prioritise inspections, allocate enforcement effort or inform a
permitting decision must be approved by the Model Assurance Board before it is used, and the
Board reviews the performance and any equality impacts of each approved model every quarter.

~7. Models are recorded in a public register on our website, which sets out what each model is
used for, the data it uses and the date of its last review. A Data Protection Impact Assessment
is completed for any model that uses personal data, including data about sole traders and farm
businesses.

~8. We would support a common minimum standard for regulators along these lines, proportionate to
the consequences of the decisions a model informs. We would not support a requirement for every
model to be approved by a central body, which we believe would slow the adoption of simple,
low-risk tools.

# Question 3: What role should human judgement play?

~9. We agree with the principle in the consultation that a qualified officer should remain
responsible for every regulatory decision. AI should inform the judgement of our officers and not
replace it.

~10. We note that the consultation does not say how this principle would be applied in practice,
and we would welcome further guidance from the Department on what meaningful human involvement
means in a regulatory context.

# Question 4: What are the main risks, and how should they be managed?

~11. Several regulators overseas have experienced difficulties when risk models trained on
historical inspection data simply reproduced past inspection patterns. In one widely reported
case, a model directed inspectors repeatedly to the same sites because those were the sites that
had been inspected most often in the past.

~12. The Agency considers the main risks to be bias in the data on which models are trained, a
loss of public trust if decisions cannot be explained, and an over-reliance on tools by staff.
These risks are addressed through the model review arrangements described in paragraph 6.

# Question 5: What capability do regulators need?

~13. Regulators will need stronger data science and data engineering skills, and officers who
understand how to use analytical outputs critically. The Agency will need to strengthen these
skills across the organisation, and we would welcome central support, for example through a
shared training offer for regulators.

~14. In our 2025 staff survey, 58% of officers said they would like more training in the use of
data in their work, and 23% said they felt confident explaining how a risk score had been
produced. These results are not targets; they illustrate the scale of the need.

# Question 6: Where do you see opportunities for AI in environmental regulation?

~15. The Agency sees potential in a number of areas, listed here in no particular order. We have
not yet decided which of them we will pursue or when:

- triage of permit applications to identify incomplete submissions;
- prioritisation of inspections at waste sites using satellite and vehicle movement data;
- detection of unpermitted discharges from continuous water quality monitoring;
- summarising incident reports from the public to speed up the allocation of officers;
- forecasting of bathing water quality for public advice.

~16. Over time we would expect to extend our use of AI from internal prioritisation to tools that
support the public and regulated businesses directly.

# Concluding remarks

~17. The Agency would be pleased to discuss this response with the Department and to share its
model register and assurance arrangements with other regulators.

~18. Enquiries about this response should be addressed to the Agency's Policy and Strategy Unit at
policy@riverlands-ea.example.

Annex: Summary of the Agency's answers

| Question | Agency position |
| Q1 Objectives | Partly agree; no single burden target |
| Q2 Governance | Agree; proportionate minimum standard |
| Q3 Human judgement | Agree; guidance needed |
| Q4 Risks | Agree; bias, trust and over-reliance |
| Q5 Capability | Agree; shared training offer |
| Q6 Opportunities | Several areas identified |
"""


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    build(
        out / "ardmore-nso-acoi-programme-initiation-document.pdf",
        ANSO_COVER,
        ANSO_BODY,
        header="Ardmore National Statistics Office | ACOI Programme Initiation Document v1.3",
        footer="Official",
        widths={5: [44 * mm, 30 * mm, 36 * mm, 32 * mm, 28 * mm]},
    )
    build(
        out / "estmere-ipo-patent-search-assistant-outline-business-case.pdf",
        EIPO_COVER,
        EIPO_BODY,
        header="Estmere Intellectual Property Office | Outline Business Case: Search Assistant",
        footer="For Investment Committee, 3 March 2026",
    )
    build(
        out / "riverlands-ea-response-ai-in-regulatory-practice.pdf",
        REA_COVER,
        REA_BODY,
        header=None,
        footer="Riverlands Environment Agency | Consultation response",
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/train/synth-a")
