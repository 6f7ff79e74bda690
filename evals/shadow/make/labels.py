"""Labels for evals/shadow: (status, [evidence...]) per check, written as X.labels.json."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]
A = ("absent", [])
CHECKS = [
    "outcomes",
    "metrics",
    "owners",
    "governance",
    "execution_capacity",
    "human_oversight",
    "roadmap",
]

L = {}

L["skylark-regional-airways-maintenance-ai-board-deck.pptx"] = dict(
    outcomes=(
        "present",
        [
            "Fewer technical cancellations: fewer passengers stranded because a part failed without warning",
            "Lower unscheduled maintenance cost per flight hour",
            "Faster recovery when disruption hits: crews and aircraft re-planned in minutes, not hours",
        ],
    ),
    metrics=(
        "present",
        [
            "Technical dispatch reliability 98.1% at least 99.2% Mar 2028",
            "Unscheduled component removals per 1,000 flight hours 4.6 no more than 3.5 Mar 2028",
            "Time to publish a recovery plan after a disruption 95 min down to 30 min Dec 2027",
            "Aircraft-on-ground events per quarter 27 halve to 13 Mar 2028",
        ],
    ),
    owners=(
        "present",
        [
            "For the minutes: the Chief Technical Officer, Hannah Oduya, is the single accountable executive for the maintenance outcomes and reports to the Board on them every quarter.",
            "The Director of Operations, Luis Brennan, owns the disruption recovery target.",
        ],
    ),
    governance=(
        "present",
        [
            "The Technical Safety Review Board (chair: Director of Safety & Compliance) approves each model before it touches live maintenance planning, and reviews model performance every month",
            "Every change to a model in production goes through the Engineering Change Advisory Board with a safety case",
            "A data protection impact assessment is completed before any crew data is used by the recovery optimiser",
        ],
    ),
    execution_capacity=(
        "present",
        [
            "A 7-person squad: a product owner from Engineering, 2 data scientists, 2 data engineers, 1 reliability engineer, 1 MLOps engineer",
            "Two maintenance planners seconded half-time as translators between the hangar and the data team",
            "Hiring: 2 data scientists and the MLOps engineer in Q3 2026; the other roles are internal moves",
        ],
    ),
    human_oversight=(
        "present",
        [
            "A licensed B1 engineer reviews every AI-raised maintenance alert and signs the decision in AMOS before any task is scheduled or deferred",
            "Every rejected alert is tagged with a reason; the data team reviews rejections fortnightly and the model is retrained quarterly",
            "Ops controllers accept, amend or reject each proposed recovery plan; their amendments feed the optimiser's next release",
        ],
    ),
    roadmap=(
        "present",
        [
            "1. Component failure prediction on the ATR 72 fleet (highest value, data ready)",
            "Stage 1, Jun–Nov 2026: failure prediction pilot at the Exeter base on 8 aircraft",
            "Gate 1 (Dec 2026): fleet roll-out only if unscheduled removals fall by 15% on the pilot aircraft with no safety findings",
            "Gate 2 (Dec 2027): go/no-go on the jet fleet, decided by the Board",
        ],
    ),
)

L["fenmoor-water-leakage-asset-intelligence-plan-2026-2029.docx"] = dict(
    outcomes=(
        "present",
        [
            "Reduce leakage so that we meet our regulatory performance commitment and stop paying outcome delivery penalties for missing it.",
            "Cut the number of customers who lose their water supply because a main has burst.",
            "Spend the mains renewal budget on the pipes most likely to fail, rather than on the oldest pipes.",
        ],
    ),
    metrics=(
        "present",
        [
            "Leakage, three-year average (Ml/d) 142 118 March 2029",
            "Supply interruptions over 3 hours (minutes per property) 11.4 6.0 March 2028",
            "Average time from leak alert to completed repair 9.2 days 4 days March 2028",
            "Bursts per 1,000 km of main 168 140 March 2029",
        ],
    ),
    owners=(
        "present",
        [
            "Acoustic leak detection roll-out Head of Leakage Asset Director (Gwen Tallis) Digital, Field Operations Board",
            "Burst-risk model for mains renewal Network Planning Lead Asset Director (Gwen Tallis) Data Science Regulatory Affairs",
            "Alert-to-repair workflow Field Operations Manager Director of Operations (Sam Kerr) Customer Operations Trade unions",
            "Model assurance Data Science Lead Chief Digital Officer Risk, Internal Audit Audit Committee",
        ],
    ),
    governance=(
        "present",
        [
            "The Asset Investment Committee approves each stage gate in section 8 and can stop or re-scope the programme at any gate.",
            "A Model Assurance Group, chaired by the Chief Digital Officer, reviews every model before it is used to prioritise field work, and every quarter thereafter, checking accuracy against confirmed repairs, drift, and bias between rural and urban zones.",
            "Sensor and customer data is handled under the Data Use Policy (v3, 2025); a DPIA for the use of smart-meter data was completed in February 2026.",
            "Operational technology changes follow the OT security standard and are approved by the Engineering Change Advisory Board before loggers connect to the telemetry network.",
        ],
    ),
    execution_capacity=(
        "present",
        [
            "A programme squad of nine: a product owner from Networks, three data scientists, two data engineers, a hydraulic modeller, an OT security engineer and a business analyst.",
            "Two leakage technicians in each region act as 'network translators', spending one day a week with the data team.",
            "Two of the data scientists and the OT security engineer will be recruited by September 2026; the other posts are filled internally.",
        ],
    ),
    human_oversight=(
        "present",
        [
            "No excavation is scheduled from a model alert alone: a leakage technician confirms each alert on site with a ground microphone before a repair job is raised.",
            "Technicians record the outcome of every alert (leak found, no leak, customer-side leak) in the app; the data team reviews false alarms every two weeks and the model is retrained each quarter on confirmed outcomes.",
            "Network planners may override the burst-risk ranking; every override needs a recorded reason, and overrides are reviewed monthly by the Model Assurance Group.",
        ],
    ),
    roadmap=(
        "present",
        [
            "Use cases were ranked by value and data readiness in the January 2026 maturity assessment.",
            "1. Pilot July 2026 – March 2027 Acoustic loggers on 600 km of mains in two district metered area clusters Gate A: alert-to-repair under 6 days and at least 70% of alerts confirmed as leaks",
            "2. Regional scale-up April 2027 – March 2028 North and East regions; burst-risk model used for 2028/29 renewals Gate B: leakage down 10 Ml/d against baseline",
            "3. Company-wide April 2028 – March 2029 All regions; model-driven renewal programme Annual review by the Asset Investment Committee",
        ],
    ),
)

L["corvane-therapeutics-ai-in-pharmacovigilance-plan.md"] = dict(
    outcomes=(
        "present",
        [
            "Serious cases reach regulators on time, every time.",
            "A lower cost per case, so that growth in case volume no longer translates one-for-one into extra case-processing headcount.",
            "Earlier detection of safety signals, by freeing safety physicians from data entry so they can spend their time on medical evaluation.",
        ],
    ),
    metrics=(
        "present",
        [
            "| Median time from receipt to triage, serious cases | 2.5 days | under 1 day | June 2027 |",
            "| Expedited reports submitted late | 2.1% | no more than 0.5% | December 2026 |",
            "| Fully loaded cost per case | €212 | €148 (−30%) | December 2027 |",
            "| MedDRA coding agreement with expert coder (sample audit) | not measured | at least 95% | June 2027 |",
        ],
    ),
    owners=(
        "present",
        [
            "Sponsor: Dr Aline Moreau, Head of Global Patient Safety and EU QPPV. She is accountable for every target in section 3 and reports progress to the Executive Committee each quarter.",
        ],
    ),
    governance=(
        "present",
        [
            "No model touches live cases until it has been validated under SOP-QA-031 (computerised system validation) and its release has been approved by the PV Systems Change Control Board, which meets every second Tuesday.",
            "The AI Ethics Review Panel examines each new use case before any build work starts and re-examines it every year, with particular attention to patient narratives and vulnerable populations.",
            "A DPIA is completed and signed by the Data Protection Officer before launch of any function that processes free-text narratives.",
        ],
    ),
    execution_capacity=(
        "partial",
        [
            "We will build AI literacy across the safety team and draw on Group IT and the vendor's services team as the work grows.",
            "Staffing for the later phases will be worked out once intake automation is live.",
        ],
    ),
    human_oversight=(
        "present",
        [
            "A safety physician confirms every case the model marks as serious before it enters the expedited workflow.",
            "Where the model marks a report from a healthcare professional as non-serious, a pharmacist countersigns the downgrade before the case is closed.",
            "Each week our quality reviewers re-examine 1 in 20 non-serious cases from end to end, chosen at random.",
            "Every disagreement between a reviewer and the model lands in an exceptions queue that the case-processing team clears daily. Once a month the most frequent disagreement patterns are packaged as labelled examples and sent to the vendor for the next model release.",
        ],
    ),
    roadmap=(
        "partial",
        [
            "The work moves in three phases: intake and triage automation first, then coding assistance, then support for signal detection.",
            "Timing for the second and third phases will be set once we have some experience with the first.",
        ],
    ),
)

L["northmarsh-constabulary-algorithmic-tools-policy.txt"] = dict(
    outcomes=A,
    metrics=A,
    owners=(
        "present",
        [
            "2.1 Single point of accountability: the Assistant Chief Constable (Crime and Intelligence) is accountable to the Chief Constable for every algorithmic tool in use in the force and for compliance with this policy.",
            "2.2 Each tool on the register also has a named Information Asset Owner of superintendent rank or above, who answers to the ACC for that tool.",
        ],
    ),
    governance=(
        "present",
        [
            "3.1 No tool may be used operationally until the Data and Ethics Board has approved it.",
            "3.2 Before approval the sponsoring department must submit a Data Protection Impact Assessment, an Equality Impact Assessment and a statement of the tool's known limitations.",
            "3.3 The Board reviews every tool on the register at least every six months, and immediately after any complaint upheld under section 5 or any significant change to the tool or its data.",
        ],
    ),
    execution_capacity=A,
    human_oversight=(
        "present",
        [
            "No decision to stop, search, arrest, charge, refer or withdraw a safeguarding service may rest on a tool output alone.",
            "4.2 The decision maker must record, in their own words, the reasons for their decision and whether they agreed or disagreed with the tool.",
            "4.4 Each month the Professional Standards Department samples 1 in 25 decisions in which a tool output was recorded and checks that 4.1 and 4.2 were followed; its findings go to the Data and Ethics Board.",
            "Every such request is examined by an inspector who was not involved in the original decision, and the outcome is explained to the person in writing.",
        ],
    ),
    roadmap=A,
)

L["maplewood-usd-ai-in-classrooms-superintendent-memo.md"] = dict(
    outcomes=(
        "partial",
        [
            "I want Maplewood to be known as a leader in AI-ready learning, a district where students and teachers alike thrive in an AI-shaped world.",
            "roll out an AI tutoring assistant to all six of our middle schools;",
        ],
    ),
    metrics=(
        "partial",
        [
            "train 400 teachers and instructional aides on generative AI;",
            "run six classroom pilots, one per middle school, on lesson planning and feedback;",
            "We'll keep an eye on how much the tools are used, and on how teachers and students feel about them, through the spring climate survey.",
        ],
    ),
    owners=(
        "partial",
        [
            "My cabinet will lead this work together, with support from Curriculum & Instruction, Technology Services and our principals. It is a shared effort across the whole district.",
        ],
    ),
    governance=(
        "partial",
        [
            "A responsible-use policy will follow, and the specific guardrails for classroom use will be agreed at a later stage, once we have learned from the pilots.",
        ],
    ),
    execution_capacity=(
        "partial",
        [
            "Professional learning will be at the heart of this. We will invest in our people so that every educator can grow with these tools.",
        ],
    ),
    human_oversight=(
        "partial",
        [
            "AI will support teachers' professional judgment, never replace it. A teacher's judgment will always come first on anything that matters for a child.",
        ],
    ),
    roadmap=(
        "partial",
        [
            "Wave 1: explore and pilot",
            "Wave 2: expand what works",
            "Wave 3: embed AI across the curriculum",
        ],
    ),
)

L["redcliff-minerals-mine-of-the-future-ai-2030.pptx"] = dict(
    outcomes=(
        "partial",
        [
            "Become the most intelligent miner in the sector",
            "Unlock the full value hidden in our orebodies",
            "Data-driven from pit to port",
        ],
    ),
    metrics=A,
    owners=A,
    governance=A,
    execution_capacity=A,
    human_oversight=A,
    roadmap=(
        "partial",
        [
            "Horizon 1: Optimise",
            "Horizon 2: Automate",
            "Horizon 3: Autonomous operations",
            "We'll put timing on the horizons once the ambition is agreed.",
        ],
    ),
)

L["ottoline-vane-demand-sensing-business-case.docx"] = dict(
    outcomes=(
        "present",
        [
            "Fewer end-of-season markdowns, protecting gross margin.",
            "Fewer lost sales from stock-outs on our core, never-out-of-stock lines.",
            "Less unsold stock sent to outlet and textile recycling, in support of our circularity commitments.",
        ],
    ),
    metrics=(
        "present",
        [
            "Markdown as a share of full-price sales 31% 24% End of AW27 season",
            "Forecast error, style-colour-week (WMAPE) 52% below 35% SS28",
            "In-store availability of core lines 88% at least 96% SS28",
            "Units sent to outlet or recycling 1.9m down to 1.3m FY28/29",
        ],
    ),
    owners=A,
    governance=A,
    execution_capacity=(
        "present",
        [
            "Hire two data scientists (one for forecasting, one for pricing) and a data engineer in Q1 2027.",
            "Second one senior merchandise planner to the project full-time for twelve months, to translate between the planning team and the data scientists.",
        ],
    ),
    human_oversight=(
        "partial",
        [
            "The forecasts are there to support our planners' judgement, and we expect ways of working in the planning team to evolve as people get used to the tool.",
        ],
    ),
    roadmap=(
        "present",
        [
            "Knitwear goes first because it has the cleanest three years of sales history and the largest markdown problem.",
            "Stage 1 Sep 2026 – Feb 2027 Womenswear knitwear, UK stores Go/no-go in March 2027: WMAPE under 40% on pilot categories and lower markdown than the control group",
            "Stage 2 AW27 season All womenswear, UK and Ireland Review after AW27 sell-through",
        ],
    ),
)

L["port-of-halvard-berth-yard-optimisation-review.md"] = dict(
    outcomes=(
        "present",
        [
            "Ships that wait at anchor or sit at berth longer than necessary cost shipping lines money and push them towards rival ports. Cutting turnaround time is the first goal.",
            "Better stacking should let the existing yard absorb forecast 2029 volumes without a new terminal.",
            "Shorter queues on the port road would settle a standing complaint from hauliers and a long-running dispute with the city.",
        ],
    ),
    metrics=(
        "present",
        [
            "| Average vessel turnaround (hours, mainline calls) | 38 | 24 | December 2027 |",
            "| Truck turn time, gate-in to gate-out (95th percentile) | 112 minutes | 60 minutes | June 2027 |",
            "| Unproductive container moves (rehandles per 100 moves) | 31 | no more than 18 | December 2028 |",
            "| Yard utilisation at which dwell-time performance holds | 68% | 80% | December 2028 |",
        ],
    ),
    owners=(
        "partial",
        [
            "Under the operating model the Executive agreed, responsibility for the programme is shared between the IT division and Terminal Operations, and a joint working group drawn from both will coordinate delivery.",
        ],
    ),
    governance=(
        "partial",
        [
            "The Port's governance arrangements for the programme, including who approves changes to optimisation rules and how algorithmic decisions are explained to shipping lines, will be agreed at a later stage with the Harbour Board.",
        ],
    ),
    execution_capacity=(
        "present",
        [
            "The Executive has approved a dedicated delivery team of six for the life of the programme:",
            "two operations-research specialists (new hires; recruitment is under way, with a start by September 2026);",
            "In addition, ten experienced berth and yard planners will each spend one day a week with the team as subject-matter experts.",
        ],
    ),
    human_oversight=A,
    roadmap=(
        "present",
        [
            "We recommended, and the Executive adopted, a three-wave programme ordered by value and data readiness.",
            "Wave 1 (July 2026 – March 2027): berth allocation and truck appointments.",
            "Exit criterion: turnaround on mainline calls at Terminal North below 30 hours for three consecutive months.",
            "Go/no-go for Wave 3 in March 2028, based on rehandle rates at both terminals.",
        ],
    ),
)

L["tamarind-valley-growers-digital-agronomy-bulletin.txt"] = dict(
    outcomes=(
        "partial",
        [
            "We want to help our members farm smarter and stay ahead, with the same kind of tools that large growers already have.",
            "Our aim is that every member farm, however small, has the new Tamarind Field app on its phone.",
        ],
    ),
    metrics=(
        "partial",
        [
            "We'll keep an eye on yields, water use, input costs and how many members use the app, and tell you how it is going in this bulletin.",
            "We'd like to sign up 300 member farms to the app by the end of 2027.",
        ],
    ),
    owners=(
        "partial",
        [
            "Responsibility for the plan is shared between the board and the management committee, and every member has a part to play.",
        ],
    ),
    governance=A,
    execution_capacity=A,
    human_oversight=(
        "partial",
        [
            "Your own experience and your agronomist's advice still matter, and nobody will be told how to farm their land by a phone.",
        ],
    ),
    roadmap=(
        "present",
        [
            "Wave 1 - spring 2026 planting season Soil-moisture sensors and irrigation alerts for 40 citrus farms in the lower valley, paid for by the co-op.",
            "Decision point, August 2026: the wave 1 farms report back, and we go ahead with wave 2 only if their experience of the alerts is positive.",
            "Wave 2 - 2027 season (only if wave 1 passes the August decision point)",
            "Wave 3 - 2028 A shared marketplace in the app for buying inputs together and booking co-op machinery.",
        ],
    ),
)

L["harrowgate-science-museum-collections-ai-brief.md"] = dict(
    outcomes=(
        "partial",
        [
            "Photograph, digitise and describe 40,000 objects from the engineering and domestic-technology stores.",
            'Publish the new records through an AI-assisted "Ask the Collection" search on the museum website.',
            "Our ambition is simple: to open our collections to everyone, wherever they are.",
        ],
    ),
    metrics=(
        "partial",
        [
            "We will count the records created and published, and we will follow how people use the online collection, including visits, searches and time spent.",
            "Photograph, digitise and describe 40,000 objects from the engineering and domestic-technology stores.",
        ],
    ),
    owners=(
        "present",
        [
            "Sponsor: Dr Ruth Adeyemi, Head of Collections. Ruth is accountable to the Director for the project's delivery and for the accuracy of every record we publish, and she reports on progress to each meeting of the Trustees' Collections Committee.",
        ],
    ),
    governance=(
        "present",
        [
            "The museum's Ethics and Access Committee will review the project at each of its quarterly meetings.",
            "It must approve the captioning model and the wording guidelines before any AI-generated text appears online, and it decides every complaint about offensive or culturally sensitive descriptions.",
        ],
    ),
    execution_capacity=(
        "present",
        [
            "We will recruit two digitisation technicians on 18-month fixed-term contracts and a data curator at 0.6 FTE; all three posts are paid for by the grant and will be filled by October 2026.",
            "The Digital team will provide one web developer two days a week throughout the project.",
        ],
    ),
    human_oversight=(
        "present",
        [
            "A curator reads, corrects and approves every draft before it is published.",
            "Each week a second curator re-checks a random 1 in 20 of the approved records, and the error rate found is reported to the Sponsor.",
            "Flagged records are hidden at once and go to a curator's review queue; each month the corrections are used to update the prompts and the list of terms the model must not use.",
        ],
    ),
    roadmap=(
        "partial",
        [
            "Ideas for later include audio descriptions for blind and partially sighted visitors, multilingual labels, 3D scans of selected objects, and linking our records with partner museums' collections.",
        ],
    ),
)

L["stratos-towers-site-intelligence-exco-update.pptx"] = dict(
    outcomes=(
        "present",
        [
            "Send engineers only when a site needs them: far fewer wasted truck rolls",
            "Fewer and shorter tenant outages, cutting the SLA penalties we pay to operators",
            "Lower diesel and energy cost per site",
        ],
    ),
    metrics=(
        "present",
        [
            "Mean time to restore tenant service 5.2 h 3.0 h Q4 2027",
            "Site visits with no fault found 34% under 15% Q2 2027",
            "Diesel per off-grid site-month (litres) 310 250 Q2 2027",
            "SLA penalties paid (EUR m per year) 4.8 2.5 FY2027",
        ],
    ),
    owners=(
        "partial",
        [
            "Regional directors jointly own delivery in their countries",
            "A cross-functional working group (Operations, IT, Energy, Commercial) coordinates the programme",
            "Programme lead: to be appointed",
        ],
    ),
    governance=(
        "present",
        [
            "The change advisory board approves every model release into the NOC tools; it meets weekly",
            "Cyber review of every sensor and gateway vendor before installation on any site",
            "Model performance reviewed monthly against false-alarm and missed-fault rates",
        ],
    ),
    execution_capacity=(
        "partial",
        [
            "New data and analytics skills will be needed across Operations",
            "A talent plan is being prepared with HR",
        ],
    ),
    human_oversight=(
        "present",
        [
            "They land in an exceptions queue in the NOC, and a controller checks each one against the site's remote camera and power readings before a truck is sent.",
            "Every false alarm the controller finds is logged with a reason and sent back to the model team each week for retraining.",
        ],
    ),
    roadmap=(
        "present",
        [
            "Horizon 1 by mid-2027: predictive generator and battery maintenance on the 2,100 diesel sites",
            "Horizon 2, H2 2027–2028: remote fault diagnosis for all sites, starting only once Horizon 1 has brought no-fault visits below 20%",
            "Horizon 3, 2029: energy optimisation with tenants",
        ],
    ),
)

L["kestrel-park-fc-ceo-note-on-ai.txt"] = dict(
    outcomes=A,
    metrics=A,
    owners=A,
    governance=A,
    execution_capacity=(
        "partial",
        [
            "We will probably need to bring some data skills into the club at some point, and I'm a firm believer that talent is the key to all of this.",
        ],
    ),
    human_oversight=A,
    roadmap=A,
)

L["brannock-build-site-safety-vision-decision-paper.md"] = dict(
    outcomes=(
        "present",
        [
            "We are making this investment to bring down serious injuries from moving plant on our sites, and to reduce the insurance and programme cost that follows every serious incident (our last reportable incident stopped a £40m project for nine days).",
        ],
    ),
    metrics=(
        "present",
        [
            "Lost-time injury frequency rate: from 0.42 to no more than 0.30 per 100,000 hours worked by December 2027.",
            "High-potential plant–pedestrian near misses: down by at least half against the 2025 figure of 23, measured over calendar year 2027.",
        ],
    ),
    owners=(
        "present",
        [
            "The buck stops with the Group Health & Safety Director, Callum Reyes: he is accountable to ExCo for the injury targets above and for the safe operation of the system on every site where it is installed.",
        ],
    ),
    governance=(
        "partial",
        [
            "Our approach to retention of footage, consultation with the trade unions and oversight of the analytics is to be confirmed, and a governance framework for camera analytics will be brought to the Board in due course.",
        ],
    ),
    execution_capacity=A,
    human_oversight=(
        "present",
        [
            "The supervisor confirms or dismisses every alert before the end of the shift, and speaks to the operative and banksman involved in any confirmed breach.",
            "Every week the site safety adviser reviews the dismissed alerts and adjusts camera zones and sensitivity to cut false alarms.",
            "Cameras on each machine detect a person inside the exclusion zone and sound an in-cab alarm; the machine is not stopped automatically.",
        ],
    ),
    roadmap=A,
)

L["ledgerline-payroll-anomaly-detection-control-standard.docx"] = dict(
    outcomes=A,
    metrics=(
        "partial",
        [
            "The following indicators are reported monthly to the Risk Committee: the share of flagged payslips confirmed as errors, the number of errors found after payment that the model did not flag, and the proportion of runs released late because of review time.",
            "Acceptable ranges for these indicators will be set after the first year of operation.",
        ],
    ),
    owners=(
        "present",
        [
            "Approve a model release or threshold change Model Risk Analyst Head of Payroll Operations Information Security Audit Committee",
            "Monitor model performance Data Analyst Head of Payroll Operations Model Risk Analyst Risk Committee",
            "Maintain this standard Compliance Manager Chief Risk Officer Head of Payroll Operations Audit Committee",
        ],
    ),
    governance=(
        "present",
        [
            "The Audit Committee signs off this standard each year and receives a quarterly report on Sentinel's performance, incidents and overrides.",
            "No change to the model, its features or its alert thresholds is released without approval by the Change Advisory Board, after regression testing against the previous three payroll cycles of every affected client.",
            "A data protection impact assessment is kept up to date and is reviewed whenever a new data field is added to the model.",
        ],
    ),
    execution_capacity=A,
    human_oversight=(
        "present",
        [
            "Every payslip it flags is held in an exceptions queue and released only after a payroll specialist has reviewed it and recorded a reason.",
            "In every run a team leader spot-checks 1 in 20 unflagged payslips, chosen at random, to catch errors the model missed; each miss is logged as a model incident.",
            "Where a client later queries a payslip, the outcome is recorded against the original flag, so that confirmed errors and false alarms feed the quarterly retraining set.",
        ],
    ),
    roadmap=(
        "partial",
        [
            "The standard applies first to UK weekly payrolls, then to UK monthly payrolls, and afterwards to clients in Ireland.",
            "The timing of each extension has not been fixed.",
        ],
    ),
)

L["pawsworth-vets-clinical-notes-assistant-one-pager.md"] = dict(
    outcomes=(
        "present",
        [
            "NoteAssist is meant to give vets that time back and to make our clinical records more complete.",
            "That time comes out of their evenings, and it is one of the three reasons vets most often give when they leave us.",
        ],
    ),
    metrics=(
        "present",
        [
            "Halve the time vets spend on write-ups after clinic, from 40 to 20 minutes a day per vet, by June 2027.",
        ],
    ),
    owners=(
        "partial",
        [
            "To be confirmed. Until then the pilot is coordinated jointly by the Operations and Clinical teams.",
        ],
    ),
    governance=(
        "partial",
        [
            "Data protection and clinical governance arrangements are still being worked out with the Group Medical Director's office and will be finalised before the pilot.",
        ],
    ),
    execution_capacity=A,
    human_oversight=(
        "partial",
        [
            "Vets remain in charge of what goes into their records.",
        ],
    ),
    roadmap=(
        "present",
        [
            "Pilot, September to December 2026: six practices in the Midlands, 22 vets.",
            "Go/no-go, January 2027: roll-out goes ahead only if the pilot practices reach the 20-minute figure and most pilot vets want to keep using the tool.",
            "Roll-out, February to June 2027: all 58 practices, in four regional batches.",
        ],
    ),
)

L["orbis-ground-systems-telemetry-triage-resourcing-note.txt"] = dict(
    outcomes=A,
    metrics=A,
    owners=A,
    governance=(
        "present",
        [
            "3.2 Every ML component passes through the Orbis Software Review Board, which examines its requirements, training and test data descriptions, verification evidence and test reports before the component is delivered, and again whenever it is modified.",
            "Any retraining after customer acceptance is treated as a software change: it requires a change request approved by the customer's configuration control board before the retrained model is installed in the operational environment.",
            "3.4 The product assurance engineer audits the work package's compliance with the tailored standard once a quarter and reports findings to the Orbis Quality Director.",
        ],
    ),
    execution_capacity=(
        "present",
        [
            "2.1 The work package is resourced at 5.0 FTE from March 2026:",
            "ML engineer (data pipelines) 1.0 new hire, offer accepted, starts April 2026",
            "Flight operations liaison 0.5 seconded from the Orbis mission operations team",
            "2.3 The flight operations liaison is the bridge between the engineering team and the customer's mission operations team: they attend the operations team's weekly meeting and represent its needs inside the engineering team.",
        ],
    ),
    human_oversight=A,
    roadmap=A,
)

if __name__ == "__main__":
    assert len(L) == 16, len(L)
    for doc, checks in L.items():
        assert set(checks) == set(CHECKS), (doc, set(CHECKS) ^ set(checks))
        out = {
            "document": doc,
            "checks": {c: {"status": checks[c][0], "evidence": list(checks[c][1])} for c in CHECKS},
        }
        (OUT / f"{doc}.labels.json").write_text(
            json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print("wrote", len(L))
