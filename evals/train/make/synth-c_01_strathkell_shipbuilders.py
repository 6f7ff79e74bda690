"""synth-c 01: Strathkell Shipbuilders, programme initiation document (long PDF)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "strathkell-shipbuilders-keelson-programme-initiation-document.pdf"
STATUSES = "PPPPP~P"

SRC = """
# Project KEELSON: Programme Initiation Document

Strathkell Shipbuilders Ltd, Glenmore Yard. Digital Production Control Programme.

Document reference SSL-PMO-PID-0147. Version 1.3 (approved for issue). Classification: internal,
commercial in confidence. Prepared by the Programme Management Office for the Programme Board
meeting of 9 February 2026.

## Contents

1. Document control and purpose
2. Background to the programme
3. Programme definition: objectives, scope and exclusions
4. Business case summary and benefits
5. Programme organisation and accountabilities
6. Governance, assurance and risk management
7. Delivery resources
8. Stage plan and decision gates
9. Workforce, trade union consultation and ways of working
10. Communications and stakeholder management
11. Appendices: risk register extract, budget profile, glossary

%%

## 1. Document control and purpose

This Programme Initiation Document (PID) defines Project KEELSON, the Digital Production Control
Programme at Glenmore Yard. It brings together the programme brief approved by the Executive
Committee in November 2025, the outline business case and the results of the discovery work
carried out between September and December 2025. Once approved, it forms the baseline against
which the Programme Board will assess progress, change requests and stage-end reports.

The PID will be reviewed at the end of each stage and re-issued if the scope, the business case or
the tolerances change. Minor amendments (typographical corrections, changes of contact details)
may be made by the Programme Manager without re-approval and will be recorded in the revision
history held by the PMO.

| Version | Date | Author | Change |
| 0.9 | 12 December 2025 | PMO | First full draft for comment |
| 1.1 | 14 January 2026 | PMO | Comments from Finance, HSQE and the Outfitting Manager |
| 1.2 | 27 January 2026 | PMO | Revised benefits profile; trade union comments added |
| 1.3 | 3 February 2026 | PMO | Issued for Programme Board approval |

## 2. Background to the programme

Glenmore Yard has built steel-hulled vessels on the estuary since 1911. Today the yard employs
1,420 people directly and around 600 contractors at peak, and its order book is dominated by
three product families: offshore support vessels, fisheries protection and research ships for
public customers, and ro-ro ferries for island operators. The current order book stands at seven
hulls with deliveries scheduled between 2026 and 2029, including the second and third vessels of
the Hebridean ferry class.

The yard builds by the block method. Steel plate is cut and formed in the fabrication shop, welded
into panels and then into three-dimensional blocks of up to 240 tonnes, outfitted with pipework,
cable trays and equipment as far as practicable, painted, and finally erected on the berth. The
efficiency of the whole yard depends on the flow of blocks through the panel line, the assembly
halls and the paint cells, and on the quality of the welding at each step.

Two problems have come to dominate the yard's performance reviews over the last three years.
The first is weld repair. Ultrasonic and radiographic testing of butt welds is carried out by the
yard's own non-destructive testing (NDT) team and, for classed work, witnessed by the
classification society surveyor. Defects found late, once a block is outfitted or erected, are
expensive to repair: access has to be made, outfitting removed and the area re-inspected. The
second is schedule slippage in block assembly, where the sequence of blocks through the halls is
still planned on spreadsheets and whiteboards and is re-planned by hand whenever a block is late.

The discovery work in late 2025 looked at both problems with the yard's production engineers,
the NDT team, the planners and representatives of the trades. It concluded that the yard already
holds most of the data needed to do better (welding procedure records, NDT results, hall
schedules, crane bookings) but that this data sits in separate systems and paper records and is
not used to anticipate problems. It also found that the digital tools now available for weld data
analysis and for constraint-based scheduling are mature enough to pilot, with several yards in
Northern Europe using them in production.

The Hebridean ferry contract carries liquidated damages for late delivery, and the customer has
made clear that a repeat of the delays experienced on the first vessel of the class would affect
the award of future work. The programme is therefore time-critical.

### 2.1 What the yard has tried before

A weld-tracking database was introduced in 2019 but fell out of use within eighteen months
because the data had to be entered twice, once on paper for the surveyor and once in the system.
A scheduling add-in to the planning spreadsheet was trialled in 2022 and abandoned when the
planner who built it left the company. The lessons from both are reflected in this PID: data
must be captured once, at source, and the tools must be owned and supported by the yard rather
than by an individual.

%%

## 3. Programme definition

### 3.1 Programme objectives

The programme exists to improve the commercial and production performance of the yard. Its
objectives, as agreed by the Executive Committee, are to:

- [[O:Cut the cost of weld repair on steel blocks by finding defects at the panel and sub-assembly
  stage rather than after outfitting or erection.]]
- [[O:Bring block deliveries to the berth back onto the master schedule so that the remaining
  Hebridean ferries are delivered on the contract dates without liquidated damages.]]
- Reduce overtime in the assembly halls, which has been running well above budget since 2024.
- Give the yard a single, trusted record of weld quality that can be shared with the
  classification society and the customer.

The programme does not set out to reduce headcount. The Executive Committee has confirmed this in
writing to the trade unions (see section 9).

### 3.2 Scope

The following are in scope:

- Weld quality analytics: bringing together welding procedure data, welder qualifications, welding
  parameters logged by the new power sources on the panel line, and NDT results, and using
  statistical and machine-learning models to predict which welds and which blocks are at highest
  risk of defects so that inspection effort is directed to them.
- Digital block scheduling: a constraint-based scheduling tool for the assembly halls and paint
  cells, linked to crane bookings and to material availability in the stores system.
- Data capture at source: tablets for NDT technicians and hall supervisors so that results and
  progress are recorded once.
- Integration with the yard's enterprise resource planning system for materials and labour
  booking.

### 3.3 Exclusions

Design and engineering systems (the 3D product model and production drawings) are out of scope,
as is the replacement of the ERP system, which is the subject of a separate business case. Robotic
welding and automated cutting equipment are excluded; the panel line power sources were purchased
under the 2025 capital plan and are treated as an existing asset.

### 3.4 Constraints and assumptions

The programme must not delay any vessel in the current order book. Changes to the inspection
regime on classed work require the agreement of the classification society; the programme assumes
that the society will accept risk-based targeting of additional inspection on top of, not in place
of, the mandatory inspection plan. The programme assumes that the stores system will be upgraded to
the supported version by June 2026 under the IT department's own plan.

%%

## 4. Business case summary and benefits

The outline business case approved in November 2025 estimated total programme costs of
£4.6 million over three years, of which £2.9 million is capital (software licences, tablets,
network extension into the assembly halls, integration) and £1.7 million is operating cost
(staff, support and training). The yard's contribution is matched by £1.1 million from the
regional maritime innovation fund, subject to the fund's own reporting conditions.

The benefits below are those against which the programme will be judged. Baselines are taken from
the 2025 financial year unless stated. Benefits are measured monthly by the Finance Business
Partner for Production and reported to the Programme Board.

| Benefit measure | Baseline (FY2025) | Target | By |
{M}| Weld repair cost per tonne of steel erected | £412 | £290 | March 2028 |
{M}| Share of weld defects found after outfitting or erection | 31% | below 12% | March 2028 |
{M}| Blocks delivered to the berth on or before the master schedule date | 58% | 85% | December 2027 |
| Overtime hours in assembly halls per month | 21,300 | 15,000 | December 2027 |
| Weld records available digitally to the surveyor | none | all classed welds | September 2026 |

[[M:The programme will be considered to have failed its business case if repair cost per tonne
has not fallen below £360 by the end of Stage 2.]] In that case the Programme Board will consider
closing the weld analytics workstream.

Non-financial benefits include fewer confined-space repair jobs, with the safety benefit that
follows, and a better relationship with the classification society, whose surveyors currently
spend considerable time reconciling paper records.

### 4.1 Costs by year

| Cost line | 2026 | 2027 | 2028 |
| Software and licences | £620k | £410k | £280k |
| Hardware and network | £540k | £120k | £60k |
| Integration services | £480k | £260k | £40k |
| Programme team and backfill | £520k | £560k | £400k |
| Training | £110k | £90k | £40k |
| Contingency (held by Programme Board) | £130k | £110k | £80k |

%%

## 5. Programme organisation and accountabilities

The programme is run under the yard's standard project management method, adapted for a
programme of this size. The roles below are those that matter for decisions and for benefits.

- [[W:Senior Responsible Owner: Fiona Macrae, Production Director, is accountable for realising
  the benefits in section 4 and reports on them to the Executive Committee each quarter.]]
- Programme Manager: Calum Baird, PMO, responsible for day-to-day delivery, the plan, the risk
  register and stage-end reports.
- Business Change Lead: Morag Innes, Assembly Hall Manager, responsible for readiness in the halls.
- Technical Lead: to be seconded from the IT department (see section 7).
- Finance Business Partner: Ewan Doig, responsible for measuring benefits against the baseline.

### 5.1 Responsibility matrix

The matrix below sets out responsibility for each workstream. There is a single Accountable (A)
role for each row; R is responsible, C consulted and I informed.

| Workstream | SRO | Programme Manager | NDT Manager | Planning Manager | IT |
{W}| Weld quality analytics | I | R | A | C | R |
{W}| Digital block scheduling | I | R | C | A | R |
| Data capture at source | I | A | R | R | R |
| Benefits measurement | A | R | C | C | I |

### 5.2 Programme Board

The Programme Board is the decision-making body for the programme. It is chaired by the Senior
Responsible Owner and its members are the Finance Director, the HSQE Director, the Head of IT, the
Commercial Director and a representative of the Joint Trades Committee as an observer.
[[G:The Programme Board meets monthly, approves each stage gate in section 8, holds the programme
contingency and approves any change that affects cost by more than £50,000 or a milestone by
more than four weeks.]]

%%

## 6. Governance, assurance and risk management

### 6.1 Digital Design Authority

[[G:A Digital Design Authority, chaired by the Head of IT with the NDT Manager and the Chief
Naval Architect as members, meets fortnightly and must approve every model, data feed and system
change before it is used on a live hull.]] It reviews, in particular, the data used to train the
weld risk models, the results of validation against historic NDT records, and any change to the
way inspection is targeted. Its decisions are minuted and copied to the Programme Board.

### 6.2 Classification society and regulatory assurance

No change to the inspection of classed welds will be made without written agreement from the
classification society. The mandatory inspection plan for each vessel continues unchanged; the
weld risk models direct additional inspection only. The HSQE Director is the point of contact with
the society for the programme.

### 6.3 Information security

The scheduling tool and the weld analytics platform will hold commercially sensitive data about
customer vessels, some of which are for public-sector customers with security requirements. The
IT department's security review will be completed before any system is connected to the yard
network, and customer data-handling requirements will be reflected in the hosting arrangements.

### 6.4 Risk management approach

Risks are recorded in the programme risk register held by the PMO and reviewed at each Programme
Board. Each risk has an owner, a probability and impact score on the yard's standard five-by-five
matrix, and a response. Risks scoring 15 or more are escalated to the Executive Committee risk
report. An extract of the top risks is at Appendix A.

### 6.5 Quality management

Deliverables will be quality-reviewed against acceptance criteria agreed with the user
representatives in each workstream. Software will be tested in a test environment with historic
data from the first Hebridean ferry before any use on a live hull. User acceptance testing will be
carried out by the people who will use the tools: NDT technicians, hall supervisors and planners.

%%

## 7. Delivery resources

The programme will be delivered by a core team supported by secondments from the yard and a
specialist integration partner, selected through competitive tender in December 2025.

[[E:The core programme team is seven full-time posts: Programme Manager, two data engineers (to
be recruited by April 2026), a data scientist, a scheduling analyst, a business change lead and
a PMO analyst.]]

- [[E:A senior welding engineer will be seconded from Quality for three days a week throughout
  Stages 1 and 2 to make sure the weld models reflect welding practice on the panel line.]]
- An experienced planner from the assembly halls will be seconded full time for twelve months to
  configure the scheduling tool and train colleagues.
- The integration partner will provide a team of four for the build phases, with knowledge
  transfer to the yard's IT department a contractual deliverable.
- Backfill for seconded staff is funded from the programme budget (see section 4.1).

Training will be delivered to around 120 supervisors, planners and NDT technicians in the weeks
before each go-live, in their own working areas and on their own shifts. The Business Change Lead
is responsible for the training plan.

## 8. Stage plan and decision gates

The programme is planned in four stages. Each stage ends with a gate at which the Programme Board
decides whether to proceed, on the evidence in a stage-end report.

| Stage | Dates | Content | Gate criteria |
{R}| Stage 0: Initiation | January to March 2026 | PID, team recruited, integration partner
  mobilised, data audit of NDT records | PID approved; data audit shows at least four years of
  usable NDT data |
{R}| Stage 1: Pilot | April to September 2026 | Weld risk model trialled on the panel line for the
  fourth Hebridean ferry; scheduling tool run in parallel with the manual plan in Hall 2 | Model
  identifies at least 60% of defects in the top fifth of welds it ranks; tool produces feasible
  Hall 2 plans for eight consecutive weeks |
{R}| Stage 2: Yard roll-out | October 2026 to September 2027 | Weld analytics on all panel and
  sub-assembly work; scheduling live in all halls and paint cells | Repair cost per tonne below
  £360; on-time blocks above 70% |
| Stage 3: Embed and close | October 2027 to March 2028 | Handover to business as usual, benefits
  review, programme closure | Benefits on track; support transferred to IT |

The critical path runs through the data audit in Stage 0: if four years of NDT data cannot be
made usable, the weld analytics workstream will be re-planned and the Programme Board will decide
whether to proceed with scheduling alone.

%%

## 9. Workforce, trade union consultation and ways of working

The Joint Trades Committee was briefed on the programme in December 2025 and has nominated an
observer to the Programme Board. The Executive Committee has confirmed in writing that the
programme will not be used to reduce headcount and that no welder's qualification or pay will be
affected by the output of the weld risk models.

[[H:The way in which inspectors and the new tools work together will be worked out during Stage 2,
and it remains our principle that people, not software, make the quality decisions in this
yard.]] The Business Change Lead will run workshops with the trades and supervisors as the tools
are introduced, and the programme will publish a short guide to what changes for each trade.

[[H:The scheduling tool is also likely to change how the morning planning meeting in each hall is
run; how exactly will be agreed with the planning team during the pilot.]]

## 10. Communications and stakeholder management

The programme will communicate through the yard's existing channels: the monthly yard briefing,
the shift start briefings in each hall, the intranet and the noticeboards in the canteen. A
programme newsletter will be issued after each Programme Board. The key external stakeholders are
the classification society, the Hebridean ferry customer, the regional maritime innovation fund
and the integration partner.

| Stakeholder | Interest | Channel | Frequency |
| Trades and supervisors | Changes to daily work | Shift briefings, workshops | Weekly during go-live |
| Classification society | Weld records and inspection targeting | Meetings via HSQE Director | Monthly |
| Ferry customer | Delivery dates | Contract progress meeting | Monthly |
| Innovation fund | Use of grant, outcomes | Grant report | Quarterly |

%%

## Appendix A. Risk register extract (top risks at issue)

| Ref | Risk | Score | Owner | Response |
| R01 | Historic NDT data incomplete or inconsistent, limiting model quality | 16 | NDT Manager |
  Data audit in Stage 0; gate criterion |
| R02 | Data engineers cannot be recruited by April 2026 | 12 | Programme Manager | Partner to
  provide interim staff under the framework |
| R03 | Classification society does not accept risk-based additional inspection | 10 | HSQE
  Director | Early engagement; mandatory plan unchanged |
| R04 | Network coverage in Hall 3 insufficient for tablets | 9 | Head of IT | Survey in Stage 0 |
| R05 | Planners do not trust schedules produced by the tool | 12 | Planning Manager | Parallel
  running in Stage 1; planner secondment |
| R06 | Production pressure on the ferry contract diverts seconded staff | 15 | SRO | Backfill
  funded; escalation to Executive Committee |

## Appendix B. Budget profile and funding conditions

The regional maritime innovation fund contribution of £1.1 million is paid in arrears against
quarterly claims and is conditional on the yard reporting the agreed outcome indicators to the
fund. The fund requires publication of a short case study at programme close. Expenditure will be
tracked by the Finance Business Partner against the cost lines in section 4.1, and variances
above ten per cent on any line will be reported to the Programme Board.

Capital expenditure will be depreciated over five years in line with the yard's accounting policy.
Software licences are subscription-based and will move to the IT department's operating budget
from April 2028.

## Appendix C. Glossary

- Block: a three-dimensional section of a hull, assembled in the halls before erection on the
  berth.
- Erection: the placing and welding of a block in its final position on the berth.
- NDT: non-destructive testing, including ultrasonic and radiographic inspection of welds.
- Outfitting: the installation of pipework, cabling, ventilation and equipment into a block.
- Classification society: the independent body that sets and verifies technical standards for
  the construction of classed ships.
- SRO: Senior Responsible Owner.
- Panel line: the automated production line where flat steel panels are welded and stiffened.
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_pdf(
        NAME,
        blocks,
        header="Strathkell Shipbuilders Ltd | Project KEELSON PID v1.3 | Commercial in confidence",
        footer="SSL-PMO-PID-0147",
        font_size=11,
    )
    lib.write_labels(NAME, STATUSES, ev)
