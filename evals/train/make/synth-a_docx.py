"""Build the three synth-a DOCX documents (fictional organisations) with python-docx.

Markup: "# " title, "## " heading 1, "### " heading 2, "- " bullet, "1. " numbered item,
"| a | b |" table row (first row is the header); a blank line ends a paragraph, list or table.
Usage: python synth-a_docx.py OUTPUT_DIR
"""

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt


def parse(text):
    blocks, para, rows = [], [], []

    def flush():
        nonlocal para, rows
        if para:
            blocks.append(("p", " ".join(para)))
        if rows:
            blocks.append(("table", rows))
        para, rows = [], []

    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith(("# ", "## ", "### ")):
            flush()
            level = len(line.split(" ", 1)[0])
            blocks.append((f"h{level}", line[level + 1 :]))
        elif line.startswith("|"):
            if para:
                flush()
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("- "):
            flush()
            blocks.append(("ul", line[2:]))
        elif line[:1].isdigit() and line[1:3] == ". ":
            flush()
            blocks.append(("ol", line[3:]))
        elif raw.startswith("  ") and blocks and blocks[-1][0] in ("ul", "ol") and not para:
            kind, val = blocks[-1]
            blocks[-1] = (kind, val + " " + line)
        else:
            para.append(line)
    flush()
    return blocks


def build(path, text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, val in parse(text):
        if kind == "h1":
            doc.add_heading(val, level=0)
        elif kind == "h2":
            doc.add_heading(val, level=1)
        elif kind == "h3":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "ol":
            doc.add_paragraph(val, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
    doc.save(str(path))


# ---------------------------------------------------------------------------
# 7. Tax authority: decision memo (American voice)
# ---------------------------------------------------------------------------

TAX = """
# Decision Memo: Machine-Learning Case Selection for Sales and Use Tax Field Audits

State of Westerra Department of Revenue, Compliance Division

| To | From | Date | Decision requested |
| Commissioner Alan Pruett | Deputy Commissioner for Compliance | September 8, 2026 | Approve production use starting January 2027 |

## Purpose

This memo asks the Commissioner to approve the use of a machine-learning risk model to select
sales and use tax returns for field audit, starting with the January 2027 audit cycle, on the
terms described below. It summarizes the results of the 2025-2026 pilot and sets out the
controls that will apply in production.

## Background

Westerra collects about $6.8 billion a year in state and local sales and use tax from roughly
142,000 registered businesses. Field audits are the Department's most expensive compliance
tool: each one takes an average of 96 auditor hours. Today, returns are selected for audit
using a set of fixed rules written in 2014 (for example, a decline in reported sales of more
than 20% year over year), plus referrals.

The rules-based approach has two problems. First, many audits find nothing: in fiscal year 2026,
38% of completed field audits closed with no change to the tax owed. Every no-change audit is
a cost to a compliant business, which has to gather records and meet our auditors, as well as
to the Department. Second, the rules are well known to practitioners and are easy to stay under.

## Pilot results

From October 2025 to June 2026 the Department ran a pilot in the Central and Northern audit
districts. The model, a gradient-boosted classifier trained on eight years of audit results,
ranked returns by the likelihood of a material assessment. Auditors worked a mixed caseload of
rule-selected and model-selected cases.

| Pilot result (Central and Northern districts) | Rule-selected | Model-selected |
| Completed audits | 211 | 187 |
| No-change rate | 37% | 22% |
| Average assessment per audit hour | $405 | $588 |

The pilot was not a randomized trial and the results should be read with caution. They are
consistent, however, with the Department's own back-testing and with published results from
other states.

## What we want to achieve

- Increase the yield from sales and use tax field audits, measured as assessments per auditor
  hour.
- Reduce the number of no-change audits that impose costs on compliant businesses.
- Make case selection harder to game than the current published-rule approach.

## Targets

| Measure | Baseline (FY2026) | Target | By |
| No-change rate, completed field audits | 38% | 25% or lower | June 30, 2028 |
| Average assessment per audit hour | $412 | $560 | FY2028 |

The Compliance Division will report progress against these targets to the Commissioner's
executive team each quarter.

## Accountability

The Deputy Commissioner for Compliance, Marisol Ferrante, is accountable for the program's
results and for the operation of the controls below, and reports to the Commissioner quarterly.
The Chief Audit Executive provides independent assurance and reports directly to the
Commissioner.

## Controls

### Model Governance Committee

A Model Governance Committee, chaired by the Department's Chief Data Officer and including the
General Counsel, the Taxpayer Advocate and the Chief Audit Executive, will:

- approve the model and every retrained version before it is used to select cases;
- review, twice a year, whether selection rates differ by business size, industry, region or
  the ownership characteristics we can lawfully observe, and require corrective action where
  differences cannot be justified by risk;
- meet quarterly, and within ten business days of any complaint alleging unfair selection.

### Data and legal safeguards

Federal tax information received under our agreement with the IRS is excluded from model
training and scoring. The model uses only data the Department holds under state law. The
General Counsel has confirmed that model-based selection is consistent with the Taxpayer Bill
of Rights in Westerra statute, provided that selection criteria are documented and that
taxpayers can ask for the reasons for their selection after the audit has closed.

### Supervisor review of every case

The model proposes cases; it does not assign them. Each model-selected case is reviewed by an
audit group supervisor, who approves or rejects it before it is assigned to an auditor.
Supervisors must record a reason for every rejection. Auditors record at closure whether the
model's flagged risk factors were relevant to the finding. Rejection reasons and auditor
feedback are reviewed by the Committee every quarter and are used to adjust the model's
features before the next retraining.

## Alternatives considered

We considered three alternatives to production use of the model:

- Rewrite the fixed selection rules. This would be cheaper but would not address the problem of
  rules that practitioners can anticipate, and back-testing of a revised rule set showed a
  no-change rate only three points lower than today.
- Buy a commercial selection product. Two vendors were assessed in 2025; neither could explain
  individual selections in a way our General Counsel considered adequate.
- Continue the pilot for another year. This would delay the benefits without, in our view,
  materially reducing uncertainty about the model's performance.

## Taxpayer communication

Selection letters will not change. Businesses will continue to be told that their return has
been selected for audit and what records to prepare. The Department's published audit manual
will be updated to say that selection may be based on a statistical risk assessment, and the
Taxpayer Advocate's office will receive a briefing before the January 2027 cycle begins.

## Sequencing

Sales and use tax comes first because it has the best historical data and the largest audit
program. Withholding and corporate income tax may follow later, depending on results.

## Recommendation

Approve production use of the model for sales and use tax field audit selection from the
January 2027 cycle, subject to the controls in this memo.

| Decision | Signature | Date |
| Approved / Not approved | | |
"""


# ---------------------------------------------------------------------------
# 8. Courts service: programme charter (British voice)
# ---------------------------------------------------------------------------

COURTS = """
# Programme Charter: Automated Transcription of Tribunal Hearings

Aldmoor Courts and Tribunals Service

Version 2.0. Approved by the Executive Committee on 17 June 2026. Classification: Official.

## 1. Purpose of this charter

This charter establishes the mandate of the Automated Transcription programme: its scope, the
accountabilities of those leading it, the controls within which it operates, the resources
committed to it and the acceptance standards that its outputs must meet. The business case and
the benefits of the programme are held in the Full Business Case approved in March 2026 and are
outside the scope of this charter.

## 2. Scope

The programme covers the production of transcripts of hearings in the First-tier Tribunals
(Employment, Social Entitlement, Immigration and Property) from the digital audio recordings
made in every hearing room. It covers the transcription system, the review of transcripts and
their release to parties and the judiciary.

Criminal and family proceedings are out of scope. Transcripts ordered from approved external
transcription companies under the existing framework are out of scope unless the programme
replaces them.

## 3. Accountabilities

### 3.1 Senior Responsible Owner

The Senior Responsible Owner is Rosalind Achebe, Deputy Chief Executive. She is accountable to
the Executive Committee for the programme meeting the acceptance standards in section 6, for
its controls and for the use of its resources.

### 3.2 Other accountable roles

| Role | Named individual | Accountable for |
| Programme Director | Tomasz Wierzbicki | Delivery to time and budget; programme risk register |
| Head of Tribunal Operations | Adaeze Nwosu | Transcript review process and release to parties |
| Chief Information Security Officer | Gareth Lowe | Security of recordings and transcripts |
| Data Protection Officer | Mei Lin Harcourt | Data protection compliance and DPIA |

## 4. Governance and controls

### 4.1 Transcription Assurance Board

The Transcription Assurance Board is chaired by the Senior Responsible Owner and meets monthly.
It approves the go-live of the system for use in tribunal hearings, reviews the monthly quality
report against the acceptance standards, and may suspend automated transcription in any
tribunal where the standards are not met. A senior judge nominated by the Senior President
of Tribunals attends as an observer.

### 4.2 Judicial engagement

The Judicial Data Protection Panel is consulted before go-live on the handling of recordings and transcripts. Nothing in this programme alters the judiciary's
responsibility for the record of proceedings.

### 4.3 Security and data protection

Recordings and transcripts remain on the Service's accredited platform. The supplier's speech
recognition engine runs within that platform and no audio is sent to any external service. A
Data Protection Impact Assessment was approved in May 2026 and is reviewed every twelve months.

## 5. Transcript review and release

The way transcripts are produced will change as follows:

1. The system produces a draft transcript from the hearing recording within 24 hours and flags
  every passage where its confidence falls below the agreed threshold.
2. A transcript reviewer in Tribunal Operations listens to every flagged passage and to a random
  10% of the unflagged passages, and corrects the draft before it is released.
3. No transcript is released to parties until the reviewer has certified it.
4. Where a transcript is requested for an appeal, the presiding judge approves the transcript
  before it is sent to the appellate tribunal.
5. Corrections made by reviewers are logged, and a monthly sample of corrections is returned to
  the supplier to retrain the speech recognition model for tribunal vocabulary.

## 6. Acceptance standards

| Standard | Threshold | Measured |
| Word error rate on certified transcripts | 6% or lower by 31 March 2027 | Monthly, 2% sample of hearings |
| Speaker attribution accuracy | 97% or higher | Monthly, same sample |
| Drafts produced within 24 hours of hearing | 95% | Monthly, all hearings |

## 7. Resources

The programme has a dedicated team funded for two years from the approved Full Business Case:

| Role | FTE | Notes |
| Programme Director | 1.0 | In post |
| Product owner (Tribunal Operations) | 1.0 | Seconded from tribunal clerks; bridges users and supplier |
| Transcript quality leads | 2.0 | Recruited by September 2026 |
| Transcript reviewers | 12.0 | Redeployed from listing and typing teams, with training |
| Solution architect | 0.5 | Digital Services |
| Business change manager | 1.0 | In post |

All transcript reviewers will complete a four-day training course, including legal terminology
for each jurisdiction, before they certify transcripts.

## 8. Assumptions, constraints and interfaces

- Digital audio recording equipment is installed in all First-tier Tribunal hearing rooms; the
  programme does not fund replacement equipment.
- The existing external transcription framework remains available as a fallback until it expires
  in 2028.
- The programme interfaces with the tribunal case management system for the ordering of
  transcripts and with the Service's document store for their storage and release.
- Welsh-language hearings are transcribed by the external framework supplier until the speech
  recognition engine supports Welsh to the acceptance standards.
- Hearings held in private, and hearings involving children or protected parties, are transcribed
  only on the direction of a judge.

## 9. Tolerances and escalation

The Programme Director may manage variances of up to one month in time and 5% in cost. Variances
beyond these tolerances, or any failure to meet an acceptance standard for two consecutive months,
are escalated to the Transcription Assurance Board.

## 10. Approval

| Name | Role | Date |
| Rosalind Achebe | Senior Responsible Owner | 17 June 2026 |
| Executive Committee | Approving body | 17 June 2026 |
"""


# ---------------------------------------------------------------------------
# 9. Social housing association: funding bid (British voice)
# ---------------------------------------------------------------------------

HOUSING = """
# Northern Housing Innovation Fund: Application Form

Applicant: Fernvale Homes

Project title: Dry Homes - predicting damp and mould before tenants have to report it

Amount requested: 248,000 pounds over 18 months

## Section 1: About your organisation

Fernvale Homes is a not-for-profit housing association providing 11,200 affordable homes across
the Fernvale and Calderside boroughs. Around 38% of our homes were built before 1945, and a
further 2,900 are 1960s system-built flats. We employ 420 staff, including an in-house repairs
service of 160 operatives.

Our tenants are older and more likely to be disabled than the population of the boroughs as a
whole: 29% of lead tenants are over 65 and 34% have told us that someone in their household has
a long-term health condition. Many live in homes that are hard to heat, and rising energy prices
have led some tenants to heat fewer rooms and dry clothes indoors, both of which increase the
risk of condensation and mould.

## Section 2: What problem will your project address?

Damp and mould is the most common cause of disrepair complaints we receive and the most serious
risk to our tenants' health that arises from the condition of their homes. In 2025/26 we
received 3,460 damp and mould reports. In many cases the problem had been developing for months
before it was reported, and some of our most vulnerable tenants do not report problems at all.

Our response is too slow and too often fails to fix the underlying cause. Tenants currently
wait an average of 27 days from reporting damp to the first inspection, and 31% of damp and
mould repairs are followed by a repeat report at the same address within twelve months.

Across the sector, regulators and the courts have become much more concerned about damp and
mould, and many landlords face increasing legal and reputational risk. Recent high-profile cases
elsewhere have shown what can happen when landlords do not act.

## Section 3: What will your project do?

We will bring together the data we already hold - repairs history, stock condition surveys,
property archetypes, tenancy information and data from the 1,800 humidity and temperature sensors
we have installed since 2023 - and use it to build a model that predicts which homes are most
likely to develop damp and mould in the next six months.

The predictions will be used to prioritise proactive inspections and to plan preventative work
such as ventilation upgrades, so that we reach homes before the problem becomes severe.

Project activities over the 18-month grant period will include:

- cleaning and linking repairs, stock condition, tenancy and sensor data;
- building and testing the prediction model;
- trialling proactive inspections in two neighbourhoods;
- evaluating the trial and deciding whether to extend it across all our homes;
- sharing what we learn with other housing associations in the North.

## Section 4: What outcomes will your project achieve?

The project is intended to achieve the following outcomes for our tenants and our organisation:

- Cut the number of homes where damp and mould reaches a serious hazard level before we know
  about it.
- Reduce repeat damp and mould repairs by fixing the cause rather than the symptom.
- Shorten the time tenants wait for an inspection after reporting damp.

## Section 5: How will you measure success?

| Measure | Baseline 2025/26 | Target by March 2028 |
| Average days from damp report to first inspection | 27 | 10 |
| Damp and mould repairs followed by a repeat report within 12 months | 31% | 15% |
| Share of damp cases identified proactively before a tenant report | 4% | 30% |

We will also monitor tenant satisfaction with damp and mould repairs through our existing
transactional surveys.

## Section 6: Who will deliver the project?

The project will be led jointly by our Asset Management and Customer Services teams.

We will recruit a data analyst (1 FTE, fixed-term for 18 months) to build and maintain the
model, funded by the grant. Two Neighbourhood Officers will be trained as damp champions and will
spend 20% of their time on the project, acting as the link between the data work and tenants in
the trial neighbourhoods. Our Stock Condition Surveyor will give 0.4 FTE to the trial inspections.

Technology will support, not replace, the judgement of our staff, and we will adapt how our
teams work as we learn from the trial.

## Section 7: Budget

| Item | Grant requested | Match funding | Total |
| Data analyst (18 months) | 72,000 | 0 | 72,000 |
| Additional sensors (600 units) | 54,000 | 18,000 | 72,000 |
| Proactive inspections and preventative works in trial areas | 96,000 | 64,000 | 160,000 |
| Staff time (champions and surveyor) | 0 | 41,000 | 41,000 |
| Evaluation and dissemination | 26,000 | 0 | 26,000 |
| Total | 248,000 | 123,000 | 371,000 |

## Section 8: Sustainability

We expect to continue the data analyst post and proactive inspections from our core budget
after the grant period, subject to our normal annual budget process. The model and the data
pipeline will remain in use after the grant period.

## Section 9: Learning and dissemination

We will publish a short report at the end of the project describing what worked, what did not
and what other landlords would need to do to use a similar approach. We will present the
findings at the Northern Housing Forum and make our data preparation scripts available to other
housing associations. Three associations in the region have already asked to see the results.

## Section 10: Declaration

I confirm that the information in this application is correct.

Signed: Chief Executive, Fernvale Homes. Date: 30 January 2026.
"""


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    build(out / "westerra-dor-ml-audit-selection-decision-memo.docx", TAX)
    build(out / "aldmoor-cts-automated-transcription-programme-charter.docx", COURTS)
    build(out / "fernvale-homes-dry-homes-innovation-fund-application.docx", HOUSING)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/train/synth-a")
