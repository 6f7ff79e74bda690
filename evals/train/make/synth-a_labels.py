"""Write the .labels.json files for the synth-a documents.

Labels follow /work/shared/RUBRIC.md. Evidence strings are verbatim passages of the extracted
text (white space collapsed). Usage: python synth-a_labels.py OUTPUT_DIR
"""

import json
import sys
from pathlib import Path

CHECKS = [
    "outcomes",
    "metrics",
    "owners",
    "governance",
    "execution_capacity",
    "human_oversight",
    "roadmap",
]

P, H, A = "present", "partial", "absent"

LABELS = {
    # 1. National statistics office PID (PDF, long): every check present, buried in a PID.
    "ardmore-nso-acoi-programme-initiation-document.pdf": {
        "outcomes": (
            P,
            [
                "Lower the cost of coding each occupation and industry response, so that the "
                "Office can absorb rising survey volumes and the Census rehearsal without growing "
                "the coding team.",
                "Shorten the time from fieldwork close to publication of Labour Force Survey "
                "occupation tables.",
                "Improve the consistency and accuracy of occupation coding in published statistics.",
            ],
        ),
        "metrics": (
            P,
            [
                "Responses coded automatically at or above the quality threshold 41% 75% March 2028",
                "Coding cost per response 0.62 0.31 March 2028",
                "Agreement with gold standard, 4-digit ASOC 84% 93% or higher December 2027",
                "Working days from fieldwork close to coded LFS microdata 19 8 June 2027",
            ],
        ),
        "owners": (
            P,
            [
                "The Senior Responsible Owner is Dr Helen Marchetti, Director of Social "
                "Statistics, who is accountable for the programme delivering its objectives and "
                "benefits.",
                "Benefits realisation and success measures Programme Manager Director of Social "
                "Statistics Head of Classification Services Programme Board",
            ],
        ),
        "governance": (
            P,
            [
                "The ACOI Programme Board is chaired by the Senior Responsible Owner and meets "
                "monthly.",
                "The Methods and Quality Assurance Panel, chaired by the Chief Methodologist, must "
                "approve each model before its output is used in any published statistic, and sets "
                "the release threshold for each survey.",
                "A Data Protection Impact Assessment was completed in November 2025 and will be "
                "revisited before Stage 3.",
            ],
        ),
        "execution_capacity": (
            P,
            [
                "Machine learning engineer 1.0 External hire, start by June 2026",
                "Coding operations product owner 1.0 Seconded from Classification Services",
                "The coding operations product owner is an experienced team leader from "
                "Classification Services who acts as the bridge between coders and the data "
                "science team: she owns the backlog of workflow changes and attends every sprint "
                "review.",
                "All 64 coders will receive two half-days of training on the new coding "
                "application before Stage 2.",
            ],
        ),
        "human_oversight": (
            P,
            [
                "All other responses are routed to the coding queue, where a coder sees the "
                "model's three highest-ranked suggestions alongside the response and either "
                "accepts one of them or assigns a different code.",
                "Each month a random sample of 2% of the responses coded automatically is re-coded "
                "blind by a senior coder who does not see the model's code.",
                "The data science team reviews the override log every fortnight with the coding "
                "team leaders, and corrected codes are added to the training data for the "
                "quarterly retraining of the model.",
            ],
        ),
        "roadmap": (
            P,
            [
                "1. Alpha Apr - Sep 2026 LFS occupation coding, offline 90% gold-standard "
                "agreement on held-out data",
                "2. Beta Oct 2026 - Mar 2027 LFS parallel run alongside manual coding Methods "
                "Panel approval of release thresholds",
                "3. Live Apr 2027 - Mar 2028 LFS, ASHE and LCF; occupation and industry Benefits "
                "review against section 6 targets",
                "Stage 1 has been prioritised on Labour Force Survey occupation coding because it "
                "has the largest volume, the longest delay and the best training data.",
            ],
        ),
    },
    # 2. Patent office outline business case (PDF, long): owner deferred, oversight generic.
    "estmere-ipo-patent-search-assistant-outline-business-case.pdf": {
        "outcomes": (
            P,
            [
                "Reduce the average examiner time spent on search per application, so that the "
                "Office can increase first-report output without a proportionate increase in "
                "examiner numbers.",
                "Reduce the median time from request for examination to first examination report.",
                "Improve the completeness of prior-art searches, reducing the proportion of grants "
                "later found to have missed relevant prior art.",
            ],
        ),
        "metrics": (
            P,
            [
                "Average search hours per application 9.5 6.5 December 2028",
                "Median months, examination request to first report 31 20 December 2029",
                "Grants with missed relevant prior art (audit sample) 7.8% below 4% December 2028",
            ],
        ),
        "owners": (
            H,
            [
                "An SRO will be appointed by the Executive Board before the Full Business Case is "
                "submitted; until then, the Executive Board remains collectively accountable for "
                "the programme.",
                "Day-to-day coordination is provided by the Patents Directorate and the Digital "
                "Services Directorate working together.",
            ],
        ),
        "governance": (
            P,
            [
                "The Investment Committee approves this OBC and the Full Business Case, and must "
                "approve each phase gate in section 5.5 before funds for the next phase are "
                "released.",
                "An AI Assurance Board, chaired by the Chief Operating Officer, reviews the "
                "relevance model before any use on live applications and every six months "
                "thereafter, covering accuracy across technology groups, bias towards particular "
                "languages or jurisdictions, security and the licensing of training data.",
                "A Data Protection Impact Assessment will be completed before alpha and reviewed "
                "by the Data Protection Officer; unpublished applications are confidential and may "
                "only be processed within the accredited Estmere hosting environment.",
            ],
        ),
        "execution_capacity": (
            P,
            [
                "Data scientists (relevance model) 2.0 To be recruited, Q2-Q3 2026",
                "Examiner product leads, one per technology cluster 3 x 0.5 Seconded from "
                "examining groups",
                "They translate between the examining groups and the technical team, define the "
                "relevance judgements used to evaluate the model, and lead adoption in their "
                "clusters.",
                "Product manager (search) 1.0 To be recruited, Q2 2026",
            ],
        ),
        "human_oversight": (
            H,
            [
                "Examiners will remain in control of every search and of every decision on "
                "patentability.",
                "Detailed changes to the search workflow will be designed with examiners during "
                "the alpha phase, and the Office will adapt its search guidelines as experience "
                "grows.",
            ],
        ),
        "roadmap": (
            P,
            [
                "2. Alpha Oct 2026 - Mar 2027 Two technology groups: computing and medical devices "
                "Search hours down 20% in alpha groups",
                "3. Beta Apr 2027 - Mar 2028 All electrical and physical groups AI Assurance Board "
                "approval; adoption 50%",
                "4. Full roll-out Apr 2028 - Dec 2028 All eleven groups, including chemistry Full "
                "Business Case benefits review",
                "Computing and medical devices were prioritised for alpha because they have the "
                "highest search hours per application and the largest backlogs, and because their "
                "literature is predominantly in English, which the candidate models handle best.",
            ],
        ),
    },
    # 3. Environmental regulator consultation response (PDF): governance only is concrete.
    "riverlands-ea-response-ai-in-regulatory-practice.pdf": {
        "outcomes": (A, []),
        "metrics": (A, []),
        "owners": (A, []),
        "governance": (
            P,
            [
                "Every model used to prioritise inspections, allocate enforcement effort or inform "
                "a permitting decision must be approved by the Model Assurance Board before it is "
                "used, and the Board reviews the performance and any equality impacts of each "
                "approved model every quarter.",
                "A Data Protection Impact Assessment is completed for any model that uses personal "
                "data, including data about sole traders and farm businesses.",
            ],
        ),
        "execution_capacity": (
            H,
            [
                "The Agency will need to strengthen these skills across the organisation, and we "
                "would welcome central support, for example through a shared training offer for "
                "regulators.",
            ],
        ),
        "human_oversight": (
            H,
            [
                "We agree with the principle in the consultation that a qualified officer should "
                "remain responsible for every regulatory decision.",
                "AI should inform the judgement of our officers and not replace it.",
            ],
        ),
        "roadmap": (
            H,
            [
                "The Agency sees potential in a number of areas, listed here in no particular "
                "order.",
                "Over time we would expect to extend our use of AI from internal prioritisation to "
                "tools that support the public and regulated businesses directly.",
            ],
        ),
    },
    # 4. Fire and rescue all-staff deck (PPTX): no governance; oversight as a weekly routine.
    "westmarch-frs-safer-homes-all-staff-briefing.pptx": {
        "outcomes": (
            P,
            [
                "Cut accidental dwelling fires in our highest-risk wards",
                "Fewer deaths and serious injuries from fires in the home",
                "Reach vulnerable residents before a fire, not after one",
            ],
        ),
        "metrics": (
            H,
            [
                "We'll track accidental dwelling fires, casualties and visit outcomes by ward",
                "We'll also look at how often the list matches what crews actually find",
            ],
        ),
        "owners": (
            P,
            [
                "Area Manager Prevention: owns the risk model's use and the targeting of Safe and "
                "Well visits across the service",
                "Head of Data and Intelligence: owns data quality and the monthly model refresh",
                "Speaker: the Area Manager Prevention, Dev Kaur, reports on Safer Homes to the "
                "Service Leadership Team each quarter.",
            ],
        ),
        "governance": (A, []),
        "execution_capacity": (
            H,
            [
                "We'll be building data skills across watches over the coming year",
                "Talk to your station manager if you're interested in being involved",
            ],
        ),
        "human_oversight": (
            P,
            [
                "Every Monday, station managers get the list of the 40 highest-risk addresses in "
                "their station area that have not had a visit in the last two years",
                "Station managers decide which of those addresses crews visit that week, using "
                "local knowledge the model doesn't have",
                "Any address the list got wrong is flagged back through the tablet app, and the "
                "model is re-tuned every quarter from those flags",
            ],
        ),
        "roadmap": (
            H,
            [
                "What's next - ideas we're exploring",
                "Speaker: none of these are scheduled yet.",
            ],
        ),
    },
    # 5. Public broadcaster roadmap deck (PPTX, American): no sponsor (negation).
    "great-plains-public-media-archive-intelligence-roadmap.pptx": {
        "outcomes": (
            H,
            [
                "Be the most trusted, most discoverable public media archive in America",
                "Unlock the archive for producers, educators and the communities we serve",
                "Launch a new archive search tool for GPPM producers",
            ],
        ),
        "metrics": (
            H,
            [
                "Hours transcribed and tagged 40,000",
                "Producers with search tool access 120",
                "We'll also track usage, search success and member engagement as the tool rolls "
                "out",
            ],
        ),
        "owners": (A, []),
        "governance": (
            H,
            [
                "Editorial standards guidance for AI-generated metadata will follow in FY2027",
                "We'll work with the Standards desk as the pilot develops",
            ],
        ),
        "execution_capacity": (
            P,
            [
                "Hiring two metadata engineers (posting in Q3 FY2026) and one archive product "
                "manager",
                "Three archivists seconded from Station Operations at 50% for the pilot",
                "Presenter: the product manager role is the bridge between the newsroom and the "
                "engineers; we want someone who has worked as a producer.",
            ],
        ),
        "human_oversight": (A, []),
        "roadmap": (
            P,
            [
                "1. Pilot Jul - Dec 2026 5,000 hours of news archive; search tool beta for the "
                "newsroom",
                "2. Scale Jan - Jun 2027 Full news and documentary archive; all GPPM producers",
                "Gate to Phase 2: Heartland Media Fund grant confirmed and pilot review completed "
                "by Dec 15, 2026",
            ],
        ),
    },
    # 6. Coastguard board presentation (PPTX, translated voice): governance concrete only.
    "velsland-coast-guard-drift-prediction-board-presentation.pptx": {
        "outcomes": (
            H,
            [
                "Modernisation of search planning by means of artificial intelligence",
                "Velsland Coast Guard shall be leader in innovation for maritime safety in the "
                "region",
                "Introduction of the AI drift model in all three Rescue Coordination Centres (RCC)",
            ],
        ),
        "metrics": (A, []),
        "owners": (
            H,
            [
                "Responsibility for the project lies jointly with the Department of Operations and "
                "the Department of ICT",
                "The two departments will coordinate in a working group",
            ],
        ),
        "governance": (
            P,
            [
                "Before operational use, every model version is examined by the Operational Safety "
                "Board, which decides release, restriction or withdrawal",
                "The Operational Safety Board meets every second month",
                "Security accreditation by the National Cyber Authority is required before "
                "connection to the RCC network",
            ],
        ),
        "execution_capacity": (A, []),
        "human_oversight": (
            H,
            [
                "The final decision stays always with the human coordinator",
                "The system is a support and never replaces the experience of the coordinators",
            ],
        ),
        "roadmap": (A, []),
    },
    # 7. Tax authority decision memo (DOCX, American): no delivery capacity; undated sequence.
    "westerra-dor-ml-audit-selection-decision-memo.docx": {
        "outcomes": (
            P,
            [
                "Increase the yield from sales and use tax field audits, measured as assessments "
                "per auditor hour.",
                "Reduce the number of no-change audits that impose costs on compliant businesses.",
            ],
        ),
        "metrics": (
            P,
            [
                "No-change rate, completed field audits 38% 25% or lower June 30, 2028",
                "Average assessment per audit hour $412 $560 FY2028",
            ],
        ),
        "owners": (
            P,
            [
                "The Deputy Commissioner for Compliance, Marisol Ferrante, is accountable for the "
                "program's results and for the operation of the controls below, and reports to "
                "the Commissioner quarterly.",
            ],
        ),
        "governance": (
            P,
            [
                "approve the model and every retrained version before it is used to select cases;",
                "meet quarterly, and within ten business days of any complaint alleging unfair "
                "selection.",
                "Federal tax information received under our agreement with the IRS is excluded "
                "from model training and scoring.",
            ],
        ),
        "execution_capacity": (A, []),
        "human_oversight": (
            P,
            [
                "Each model-selected case is reviewed by an audit group supervisor, who approves "
                "or rejects it before it is assigned to an auditor.",
                "Supervisors must record a reason for every rejection.",
                "Rejection reasons and auditor feedback are reviewed by the Committee every "
                "quarter and are used to adjust the model's features before the next retraining.",
            ],
        ),
        "roadmap": (
            H,
            [
                "Sales and use tax comes first because it has the best historical data and the "
                "largest audit program.",
                "Withholding and corporate income tax may follow later, depending on results.",
            ],
        ),
    },
    # 8. Courts programme charter (DOCX): no outcomes or path; accuracy standards are metrics.
    "aldmoor-cts-automated-transcription-programme-charter.docx": {
        "outcomes": (A, []),
        "metrics": (
            P,
            [
                "Word error rate on certified transcripts 6% or lower by 31 March 2027 Monthly, 2% "
                "sample of hearings",
                "Speaker attribution accuracy 97% or higher Monthly, same sample",
            ],
        ),
        "owners": (
            P,
            [
                "The Senior Responsible Owner is Rosalind Achebe, Deputy Chief Executive.",
                "She is accountable to the Executive Committee for the programme meeting the "
                "acceptance standards in section 6, for its controls and for the use of its "
                "resources.",
                "Head of Tribunal Operations Adaeze Nwosu Transcript review process and release to "
                "parties",
            ],
        ),
        "governance": (
            P,
            [
                "The Transcription Assurance Board is chaired by the Senior Responsible Owner and "
                "meets monthly.",
                "It approves the go-live of the system for use in tribunal hearings, reviews the "
                "monthly quality report against the acceptance standards, and may suspend "
                "automated transcription in any tribunal where the standards are not met.",
                "A Data Protection Impact Assessment was approved in May 2026 and is reviewed "
                "every twelve months.",
            ],
        ),
        "execution_capacity": (
            P,
            [
                "Product owner (Tribunal Operations) 1.0 Seconded from tribunal clerks; bridges "
                "users and supplier",
                "Transcript quality leads 2.0 Recruited by September 2026",
                "Transcript reviewers 12.0 Redeployed from listing and typing teams, with training",
                "All transcript reviewers will complete a four-day training course, including "
                "legal terminology for each jurisdiction, before they certify transcripts.",
            ],
        ),
        "human_oversight": (
            P,
            [
                "A transcript reviewer in Tribunal Operations listens to every flagged passage and "
                "to a random 10% of the unflagged passages, and corrects the draft before it is "
                "released.",
                "No transcript is released to parties until the reviewer has certified it.",
                "Where a transcript is requested for an appeal, the presiding judge approves the "
                "transcript before it is sent to the appellate tribunal.",
                "Corrections made by reviewers are logged, and a monthly sample of corrections is "
                "returned to the supplier to retrain the speech recognition model for tribunal "
                "vocabulary.",
            ],
        ),
        "roadmap": (A, []),
    },
    # 9. Housing association funding bid (DOCX): joint leadership; risk talk is sector-general.
    "fernvale-homes-dry-homes-innovation-fund-application.docx": {
        "outcomes": (
            P,
            [
                "Cut the number of homes where damp and mould reaches a serious hazard level "
                "before we know about it.",
                "Reduce repeat damp and mould repairs by fixing the cause rather than the symptom.",
                "Shorten the time tenants wait for an inspection after reporting damp.",
            ],
        ),
        "metrics": (
            P,
            [
                "Average days from damp report to first inspection 27 10",
                "Damp and mould repairs followed by a repeat report within 12 months 31% 15%",
                "Share of damp cases identified proactively before a tenant report 4% 30%",
            ],
        ),
        "owners": (
            H,
            [
                "The project will be led jointly by our Asset Management and Customer Services "
                "teams.",
            ],
        ),
        "governance": (A, []),
        "execution_capacity": (
            P,
            [
                "We will recruit a data analyst (1 FTE, fixed-term for 18 months) to build and "
                "maintain the model, funded by the grant.",
                "Two Neighbourhood Officers will be trained as damp champions and will spend 20% "
                "of their time on the project, acting as the link between the data work and "
                "tenants in the trial neighbourhoods.",
                "Our Stock Condition Surveyor will give 0.4 FTE to the trial inspections.",
            ],
        ),
        "human_oversight": (
            H,
            [
                "Technology will support, not replace, the judgement of our staff, and we will "
                "adapt how our teams work as we learn from the trial.",
            ],
        ),
        "roadmap": (
            H,
            [
                "Project activities over the 18-month grant period will include:",
                "trialling proactive inspections in two neighbourhoods;",
                "evaluating the trial and deciding whether to extend it across all our homes;",
            ],
        ),
    },
    # 10. Parliament digital office OKR wiki (Markdown): no governance or oversight.
    "norland-assembly-digital-office-bills-squad-okrs-h1-2027.md": {
        "outcomes": (
            P,
            [
                "O1: Cut the time Table Office clerks spend assembling amendment papers and "
                "marshalled lists",
                "O3: Publish amendment papers earlier on sitting days",
            ],
        ),
        "metrics": (
            P,
            [
                "KR1.1: Median time to produce a report-stage marshalled list from 6.5 hours to "
                "under 2 hours by 30 June 2027.",
                "KR2.2: Amendments returned by the Table Office for drafting defects from 11% to 5% "
                "or lower.",
                "KR3.1: Amendment papers online by 07:00 on sitting days from 62% to 95% of "
                "sitting days.",
            ],
        ),
        "owners": (
            P,
            [
                "Owner: Priya Raman, Head of Legislative Systems",
                "Owner: Jonah Feld, Product Manager (Bills)",
            ],
        ),
        "governance": (A, []),
        "execution_capacity": (
            H,
            [
                "Getting more capacity into the squad matters for O2 in particular - Shireen is "
                "raising it with the Director.",
                "Two leavers in December and the backfills aren't agreed yet.",
            ],
        ),
        "human_oversight": (A, []),
        "roadmap": (
            P,
            [
                "1 Feb 2027 - alpha of the amendment editor with three Public Bill Office clerks.",
                "2 Apr 2027 - go/no-go; criterion: marshalled lists produced in under 3 hours "
                "during beta.",
                "19 Apr 2027 (after Easter recess) - live for all government bills.",
                "30 Jun 2027 - live for all public bills, including private members' bills.",
            ],
        ),
    },
    # 11. Benefits agency discussion memo (Markdown, contains a prompt injection).
    "benefits-pensions-agency-ai-triage-discussion-memo.md": {
        "outcomes": (
            H,
            [
                "The aim is to modernise how we handle change reports and to make the Agency "
                "AI-ready.",
                "Deploy a triage model across all eleven processing centres that reads each "
                "incoming change report and sorts it into one of four queues: simple changes, "
                "changes affecting entitlement, possible fraud referrals and reports needing more "
                "information.",
            ],
        ),
        "metrics": (
            H,
            ["We would monitor processing times and accuracy once the model is in use."],
        ),
        "owners": (A, []),
        "governance": (
            H,
            ["Appropriate privacy and legal safeguards would be put in place before any use."],
        ),
        "execution_capacity": (A, []),
        "human_oversight": (
            H,
            ["Staff would remain responsible for all decisions on entitlement."],
        ),
        "roadmap": (A, []),
    },
    # 12. Municipal waste rollout note (plain text, American): dated schedule, little else.
    "brayton-sanitation-in-cab-tablets-rollout-note.txt": {
        "outcomes": (
            H,
            [
                "Install a rugged tablet in every residential collection truck (96 trucks).",
                "Roll out RouteLine, the route optimization software the City bought last fall, "
                "to replace the fixed route books.",
                "Give supervisors a live map showing where every truck is.",
            ],
        ),
        "metrics": (
            H,
            [
                "96 trucks equipped and live on RouteLine by September 30, 2026.",
                "All four yards using optimized routes by the end of the fiscal year.",
                "We'll keep an eye on missed-collection calls once RouteLine is running.",
            ],
        ),
        "owners": (A, []),
        "governance": (A, []),
        "execution_capacity": (A, []),
        "human_oversight": (A, []),
        "roadmap": (
            P,
            [
                "Apr 6: pilot on 12 trucks at Northside yard.",
                "May 18: pilot review - go/no-go for the other yards.",
                "Jun 1 - Jul 31: Eastside and Riverside yards (48 trucks).",
                "Aug 3 - Sep 30: South yard and the recycling fleet (36 trucks).",
            ],
        ),
    },
    # 13. Public library strategy web page (HTML): vision-level throughout.
    "marlow-vale-libraries-our-digital-future.html": {
        "outcomes": (
            H,
            [
                "Our ambition is simple: to be a truly modern library service that harnesses the "
                "power of digital to inspire, include and empower every resident of Marlow Vale.",
                "Libraries for everyone, everywhere: open, digital and welcoming.",
            ],
        ),
        "metrics": (A, []),
        "owners": (
            H,
            [
                "Our leadership team will deliver this strategy together with our partners in the "
                "council, local schools and the voluntary sector.",
            ],
        ),
        "governance": (
            H,
            [
                "We will develop a policy for the responsible use of AI and data in our services, "
                "and we will always put our users' privacy first.",
            ],
        ),
        "execution_capacity": (
            H,
            [
                "We will invest in the digital skills of our staff and volunteers, because they "
                "are at the heart of everything we do.",
            ],
        ),
        "human_oversight": (A, []),
        "roadmap": (
            H,
            [
                "Over the life of this strategy, our priorities include:",
                "exploring how AI could help people discover books, events and local information",
            ],
        ),
    },
    # 14. National archive AI transparency page (HTML): concrete checks, deferred lead/policy.
    "kellmoor-national-archives-how-we-use-ai.html": {
        "outcomes": (A, []),
        "metrics": (A, []),
        "owners": (
            H,
            [
                "A senior lead for AI transparency will be designated by March 2027.",
                "Until then, questions about this page are handled by our Digital Archiving "
                "department.",
            ],
        ),
        "governance": (
            H,
            [
                "We are developing an AI policy, which we expect to publish in 2027.",
                "We do not use AI to decide whether a record should be opened or closed.",
            ],
        ),
        "execution_capacity": (
            H,
            [
                "Our cataloguing staff are learning new skills as their work changes, and we are "
                "sharing what we learn with other archives.",
            ],
        ),
        "human_oversight": (
            P,
            [
                "Every description the tool drafts is read by an archivist, who corrects it or "
                "rejects it before it is published in the catalogue.",
                "Every three months the cataloguing team reviews these reasons and changes the "
                "instructions given to the model where the same mistakes recur.",
                "A trained sensitivity reviewer still examines every page of every file before it "
                "is opened, whether the tool has flagged it or not.",
            ],
        ),
        "roadmap": (A, []),
    },
}


def main(out):
    out = Path(out)
    for doc, checks in LABELS.items():
        assert list(checks) == CHECKS, doc
        data = {
            "document": doc,
            "checks": {c: {"status": s, "evidence": ev} for c, (s, ev) in checks.items()},
        }
        (out / f"{doc}.labels.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/train/synth-a")
