"""Build the synth-b PPTX decks (python-pptx) and their labels.

All organisations, people and figures are fictional.
Run: python synth-b_pptx.py  (writes into ../synth-b/)
"""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

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


def build(name, slides):
    """slides: list of dicts with title, and optional sub, bullets, table, notes."""
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for spec in slides:
        if spec.get("cover"):
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = spec["title"]
            slide.placeholders[1].text = spec.get("sub", "")
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = spec["title"]
            top = Inches(1.5)
            if spec.get("bullets"):
                height = Inches(2.6) if spec.get("table") else Inches(5.4)
                box = slide.shapes.add_textbox(Inches(0.7), top, Inches(11.9), height)
                tf = box.text_frame
                tf.word_wrap = True
                for i, item in enumerate(spec["bullets"]):
                    para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                    para.text = "\u2022 " + item
                    para.font.size = Pt(18)
                top = Inches(4.2)
            if spec.get("table"):
                rows = spec["table"]
                shape = slide.shapes.add_table(
                    len(rows), len(rows[0]), Inches(0.7), top, Inches(11.9), Inches(0.5)
                )
                for r, row in enumerate(rows):
                    for c, text in enumerate(row):
                        cell = shape.table.cell(r, c)
                        cell.text = text
                        for para in cell.text_frame.paragraphs:
                            para.font.size = Pt(13)
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.save(str(OUT / name))


# ---------------------------------------------------------------------------
# 1. National ski federation: all-hands deck (translated-sounding English)
# ---------------------------------------------------------------------------
NORDVIK = [
    {
        "cover": True,
        "title": "Performance Data 2030",
        "sub": "All-hands for coaches and staff, Nordvik Ski Federation, Lillevann, 4 March 2026",
    },
    {
        "title": "Why we are here",
        "bullets": [
            "In 2030 Nordvik shall be the best cross-country nation in the world, also in the "
            "use of data.",
            "We want that data becomes a natural part of every training day, from national "
            "team to club.",
            "The athlete in the centre of everything.",
        ],
        "notes": "Sports Director opens. Say that this is not an IT project, it is a sport "
        "project. We have talked about this since the 2022 season and now we start.",
    },
    {
        "title": "Where we stand today",
        "bullets": [
            "312 athletes in national teams, junior teams and the regional centres.",
            "71% of national team athletes use a GPS watch in training (survey November 2025).",
            "Training data lies in 14 different systems and many Excel sheets.",
            "Coaches say they use 3-4 hours every week to collect data by hand.",
        ],
    },
    {
        "title": "What we will build",
        "bullets": [
            "One common athlete data platform for training load, tests and health reports.",
            "Load monitoring dashboard for coaches, updated every morning.",
            "Video analysis of skating technique with AI support.",
            "Simple app for athletes to register how they feel and sleep.",
        ],
    },
    {
        "title": "How we work with the data",
        "bullets": [
            "The coach always has the last word.",
            "Data shall support the coach's eye, not replace it.",
            "We will learn together and adjust how we work when we see what functions.",
        ],
        "notes": "Many coaches are sceptical to the video AI. Be honest: we do not know yet "
        "how good it is for skating technique. We try it and we learn.",
    },
    {
        "title": "Who does the work",
        "bullets": [
            "We hire two performance analysts, from May 2026, placed with the national teams.",
            "One data engineer in 100% position from September 2026 builds and runs the platform.",
            "Each national team gets one data coach in 20% of a position, taken from the "
            "existing coaching staff.",
            "Competence course in data use for all head coaches in autumn 2026.",
        ],
        "notes": "The positions are in the budget that the Board approved in February. "
        "Recruitment of the analysts starts next week.",
    },
    {
        "title": "What the athletes said",
        "bullets": [
            "The athletes' council met in January and is mostly positive.",
            "Athletes want to see their own data, not only the coach.",
            "Juniors are afraid that the app gives more reporting work on top of school.",
            "Several athletes asked that the app is in Nordvik language and English both.",
        ],
        "notes": "Read the quote from the athletes' council leader: we want data that helps "
        "us, not data that watches us. This is a good summary of how we think also.",
    },
    {
        "title": "Who leads",
        "bullets": [
            "The Sport Committee and the head coaches lead the project together.",
            "Each discipline takes responsibility for its own part.",
        ],
        "notes": "Many ask who is the boss for this. It is a common responsibility, we are "
        "one federation.",
    },
    {
        "title": "Plan in three phases",
        "table": [
            ["Phase", "When", "What", "Decision point"],
            [
                "1",
                "May 2026 - March 2027",
                "National team cross-country: platform and load monitoring",
                "March 2027: go to phase 2 only if the coaches use the dashboard every week",
            ],
            [
                "2",
                "April 2027 - March 2028",
                "Junior teams, biathlon and video analysis of technique",
                "March 2028: evaluation of phase 2",
            ],
            [
                "3",
                "April 2028 - 2030",
                "Regional centres and interested clubs",
                "Before the 2030 season",
            ],
        ],
    },
    {
        "title": "How we follow up",
        "bullets": [
            "We will follow the use of the platform, the number of athletes registered and the "
            "satisfaction of the coaches.",
            "Status is given in every all-hands.",
        ],
    },
    {
        "title": "Money",
        "bullets": [
            "NOK 14.5 million over four years, of which NOK 6.2 million from the "
            "national lottery fund.",
            "Largest costs: positions (58%), platform licence (21%), cameras and equipment (12%).",
        ],
    },
    {
        "title": "Questions we often get",
        "bullets": [
            "Does this replace coaches? No.",
            "When can the clubs be with? From phase 3.",
            "Must every athlete use the app? No, but we hope most will.",
        ],
    },
    {
        "title": "Takk! Thank you",
        "bullets": ["Questions to the project mailbox: data2030@nordvikski.no"],
    },
]

NORDVIK_LABELS = {
    "outcomes": (
        "partial",
        [
            "In 2030 Nordvik shall be the best cross-country nation in the world, also in the "
            "use of data.",
            "We want that data becomes a natural part of every training day, from national "
            "team to club.",
        ],
    ),
    "metrics": (
        "partial",
        [
            "We will follow the use of the platform, the number of athletes registered and the "
            "satisfaction of the coaches.",
        ],
    ),
    "owners": (
        "partial",
        [
            "The Sport Committee and the head coaches lead the project together.",
            "It is a common responsibility, we are one federation.",
        ],
    ),
    "governance": ("absent", []),
    "execution_capacity": (
        "present",
        [
            "We hire two performance analysts, from May 2026, placed with the national teams.",
            "One data engineer in 100% position from September 2026 builds and runs the platform.",
            "Each national team gets one data coach in 20% of a position, taken from the "
            "existing coaching staff.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "The coach always has the last word.",
            "Data shall support the coach's eye, not replace it.",
        ],
    ),
    "roadmap": (
        "present",
        [
            "1 May 2026 - March 2027 National team cross-country: platform and load monitoring "
            "March 2027: go to phase 2 only if the coaches use the dashboard every week",
            "2 April 2027 - March 2028 Junior teams, biathlon and video analysis of technique "
            "March 2028: evaluation of phase 2",
        ],
    ),
}

# ---------------------------------------------------------------------------
# 2. Zoo: board of trustees update deck (American)
# ---------------------------------------------------------------------------
BRACKENRIDGE = [
    {
        "cover": True,
        "title": "WelfareWatch: Behavior Monitoring with Computer Vision",
        "sub": "Board of Trustees update, Brackenridge Zoological Park, April 16, 2026",
    },
    {
        "title": "What WelfareWatch is for",
        "bullets": [
            "Catch welfare problems in our animals days earlier than keeper observation alone.",
            "Cut the number of overnight incidents that go unnoticed until the morning "
            "walk-through.",
            "Give keepers back the hours they now spend scrubbing through night video.",
        ],
        "notes": "Open with the giraffe calf story from last October: the colic started around "
        "1 a.m. and we did not see it until 7:30. That is the problem in one sentence.",
    },
    {
        "title": "Where we are",
        "bullets": [
            "Pilot running since September 2025 in the giraffe barn and the otter holding area.",
            "14 low-light cameras; models flag pacing, prolonged lying, rolling and "
            "repetitive behaviors.",
            "Around 35 alerts a week across both areas.",
        ],
    },
    {
        "title": "What the pilot has taught us so far",
        "bullets": [
            "The otter pool area is hard for low-light cameras; two cameras were moved in "
            "November and coverage improved.",
            "Keepers trust the short clips much more than the behavior scores on their own.",
            "Most giraffe false alarms come from lying-down alerts on cold nights, when lying "
            "down for long periods is normal.",
            "Night security staff found the camera feeds useful for their rounds too.",
        ],
        "notes": "Be candid with the Board that the first two months were noisy. The "
        "false-alarm rate on the next slide is from those early weeks, and it has come down "
        "since the models were retuned for the winter.",
    },
    {
        "title": "How we will judge it",
        "table": [
            ["Measure", "Baseline (2025)", "Target", "By"],
            [
                "Median time from onset of abnormal behavior to keeper detection",
                "31 hours",
                "under 12 hours",
                "Dec 2026",
            ],
            [
                "Keeper hours per week reviewing overnight video (giraffe barn)",
                "9.5",
                "2",
                "Sept 2026",
            ],
            ["Alerts rated false alarms by keepers", "44%", "below 20%", "Dec 2026"],
        ],
        "notes": "Baselines come from the 2025 husbandry records and keeper time logs. The "
        "false-alarm rate is from the first eight weeks of the pilot.",
    },
    {
        "title": "How the keeper's morning changes",
        "bullets": [
            "At 7:00 a.m. the keeper on duty gets the overnight alert list, with a 20-second "
            "clip for each alert.",
            "The keeper watches every clip and decides: no action, watch today, or call the "
            "vet; the system never calls the vet by itself.",
            "Keepers mark each alert true or false in the app, and the data scientist retrains "
            "the models every month on those marks.",
        ],
        "notes": "This replaced the old routine where a keeper scrubbed through eight hours "
        "of footage on fast-forward. Keepers told us the clips are the part they like most.",
    },
    {
        "title": "The team",
        "bullets": [
            "Hired one data scientist (Priya Raman, started January 2026) to run and retrain "
            "the models.",
            "Two keepers at 20% time as welfare data leads, one for hoofstock and one for "
            "small carnivores.",
            "A veterinary technician has four hours a week set aside to review escalated alerts.",
        ],
    },
    {
        "title": "Oversight and privacy",
        "bullets": [
            "The Animal Welfare and Ethics Committee approves every new camera deployment "
            "before installation and reviews alert statistics at its quarterly meeting.",
            "Cameras only in behind-the-scenes areas; no visitor footage is recorded or retained.",
            "General Counsel reviews each site plan before cameras go up.",
        ],
    },
    {
        "title": "Who owns it",
        "bullets": [
            "The Animal Care leadership team owns WelfareWatch, working jointly with IT.",
        ],
        "notes": "Trustees asked last time for a single owner. We have not landed on one yet; "
        "the curators and the IT director share it for now.",
    },
    {
        "title": "Where we could go next",
        "bullets": [
            "Elephant barn overnight monitoring",
            "Great apes: social behavior and aggression",
            "Big cats: pacing detection",
            "Aquarium: feeding behavior",
        ],
        "notes": "Not sequenced. Order and timing depend on the pilot results and on funding.",
    },
    {
        "title": "Budget",
        "table": [
            ["Item", "FY2026", "FY2027"],
            ["Cameras and installation", "$96,000", "$40,000"],
            ["Data scientist (1.0 FTE)", "$118,000", "$122,000"],
            ["Compute and storage", "$18,000", "$21,000"],
            ["Total", "$232,000", "$183,000"],
        ],
        "notes": "About 60% is covered by the Hollis Family Foundation grant.",
    },
    {
        "title": "What we ask of the Board",
        "bullets": [
            "Note the measures and targets on slide 4.",
            "Endorse continuing the pilot through December 2026.",
        ],
    },
]

BRACKENRIDGE_LABELS = {
    "outcomes": (
        "present",
        [
            "Catch welfare problems in our animals days earlier than keeper observation alone.",
            "Cut the number of overnight incidents that go unnoticed until the morning "
            "walk-through.",
            "Give keepers back the hours they now spend scrubbing through night video.",
        ],
    ),
    "metrics": (
        "present",
        [
            "Median time from onset of abnormal behavior to keeper detection 31 hours under 12 "
            "hours Dec 2026",
            "Keeper hours per week reviewing overnight video (giraffe barn) 9.5 2 Sept 2026",
            "Alerts rated false alarms by keepers 44% below 20% Dec 2026",
        ],
    ),
    "owners": (
        "partial",
        [
            "The Animal Care leadership team owns WelfareWatch, working jointly with IT.",
            "We have not landed on one yet; the curators and the IT director share it for now.",
        ],
    ),
    "governance": (
        "present",
        [
            "The Animal Welfare and Ethics Committee approves every new camera deployment "
            "before installation and reviews alert statistics at its quarterly meeting.",
            "General Counsel reviews each site plan before cameras go up.",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "Hired one data scientist (Priya Raman, started January 2026) to run and retrain "
            "the models.",
            "Two keepers at 20% time as welfare data leads, one for hoofstock and one for "
            "small carnivores.",
            "A veterinary technician has four hours a week set aside to review escalated alerts.",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "The keeper watches every clip and decides: no action, watch today, or call the "
            "vet; the system never calls the vet by itself.",
            "Keepers mark each alert true or false in the app, and the data scientist retrains "
            "the models every month on those marks.",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "Elephant barn overnight monitoring",
            "Order and timing depend on the pilot results and on funding.",
        ],
    ),
}

# ---------------------------------------------------------------------------
# 3. Professional accounting body: briefing for Council
# ---------------------------------------------------------------------------
ICAW = [
    {
        "cover": True,
        "title": "AI-assisted marking of professional examinations: assurance framework",
        "sub": "Briefing for Council. Institute of Certified Accountants of Westmark. "
        "24 June 2026. Paper C/26/41",
    },
    {
        "title": "Purpose of this briefing",
        "bullets": [
            "To explain how the Institute would assure any use of AI in the marking of its "
            "professional examinations.",
            "To seek Council's endorsement of the assurance framework set out in this paper.",
            "This paper does not propose a date for live use.",
        ],
    },
    {
        "title": "Context",
        "bullets": [
            "41,800 scripts were marked across the four sittings of 2025.",
            "71% of students in our 2025 survey said they would accept AI in marking if a "
            "qualified examiner checks the result.",
            "Two other professional bodies in the region have begun parallel-run trials of "
            "marking aids.",
            "The Regulator's 2025 guidance expects awarding bodies to be able to explain every "
            "mark awarded.",
        ],
        "notes": "Council members will remember the 2024 discussion. The survey figure is "
        "encouraging but it is an attitude, not a measure of anything we have done.",
    },
    {
        "title": "Options considered",
        "bullets": [
            "Option 1: no use of AI in marking. Simple, but leaves marking consistency checks "
            "dependent on sampling by senior examiners.",
            "Option 2: an AI aid used only as an independent check on human marking. This is "
            "the basis of the framework in this paper.",
            "Option 3: AI as first marker, with human markers reviewing a sample. Not "
            "recommended; it would not meet the Regulator's expectation that every mark can "
            "be explained by an examiner.",
        ],
        "notes": "Some Council members have asked about Option 3 because another body is "
        "reported to be considering it. The Executive's view is that it is not compatible with "
        "our principles or with the Regulator's guidance.",
    },
    {
        "title": "Principles",
        "bullets": [
            "A human examiner awards every mark.",
            "Candidates are treated the same whether or not an aid was used.",
            "Candidate scripts never leave the Institute's own environment.",
        ],
    },
    {
        "title": "How marking would work with an aid",
        "bullets": [
            "Every script is marked by a human marker in the usual way, without sight of the "
            "aid's estimate.",
            "Where the aid's estimate differs from the marker's mark by more than 8 marks on a "
            "question, the script goes to a second human marker.",
            "The second marker's mark is final, and the aid's estimate is never shown to "
            "candidates.",
            "After each sitting the Chief Examiner reviews every disagreement between the aid "
            "and the markers and updates marker guidance where the pattern shows a problem.",
        ],
    },
    {
        "title": "Governance",
        "bullets": [
            "The Examinations Assurance Board approves any AI marking aid before live use, "
            "after a full parallel run on at least one sitting.",
            "The Examinations Assurance Board meets after each sitting to review the aid's "
            "agreement with markers, second-marking volumes and appeals.",
            "The Audit and Risk Committee receives an annual report on the aid from the "
            "Head of Internal Audit.",
        ],
        "notes": "The Examinations Assurance Board has an independent chair and two lay members.",
    },
    {
        "title": "Accountability",
        "table": [
            ["Role", "Accountable for"],
            [
                "Executive Director, Examinations",
                "Marking quality and any decision to use an AI aid",
            ],
            ["Chief Examiner", "Mark schemes, marker guidance and second-marking outcomes"],
            ["Head of Information Security", "Candidate data in the marking environment"],
        ],
    },
    {
        "title": "What we would monitor",
        "bullets": [
            "Agreement rate between the aid and first markers",
            "Number of scripts sent to second marking",
            "Appeals received and upheld",
            "Time from sitting to results",
        ],
        "notes": "Targets for these indicators will be proposed after the parallel run, when "
        "we have a baseline.",
    },
    {
        "title": "Next steps",
        "bullets": [
            "Council is asked to endorse the assurance framework.",
            "The staging and timetable of any live use will be brought to Council after a "
            "parallel run has reported.",
        ],
    },
]

ICAW_LABELS = {
    "outcomes": ("absent", []),
    "metrics": (
        "partial",
        [
            "Agreement rate between the aid and first markers",
            "Appeals received and upheld",
            "Targets for these indicators will be proposed after the parallel run, when we "
            "have a baseline.",
        ],
    ),
    "owners": (
        "present",
        [
            "Executive Director, Examinations Marking quality and any decision to use an AI aid",
            "Head of Information Security Candidate data in the marking environment",
        ],
    ),
    "governance": (
        "present",
        [
            "The Examinations Assurance Board approves any AI marking aid before live use, "
            "after a full parallel run on at least one sitting.",
            "The Examinations Assurance Board meets after each sitting to review the aid's "
            "agreement with markers, second-marking volumes and appeals.",
        ],
    ),
    "execution_capacity": ("absent", []),
    "human_oversight": (
        "present",
        [
            "Every script is marked by a human marker in the usual way, without sight of the "
            "aid's estimate.",
            "Where the aid's estimate differs from the marker's mark by more than 8 marks on a "
            "question, the script goes to a second human marker.",
            "After each sitting the Chief Examiner reviews every disagreement between the aid "
            "and the markers and updates marker guidance where the pattern shows a problem.",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "The staging and timetable of any live use will be brought to Council after a "
            "parallel run has reported.",
        ],
    ),
}

DOCS = [
    ("nordvik-ski-federation-performance-data-2030-all-hands.pptx", NORDVIK, NORDVIK_LABELS),
    ("brackenridge-zoo-welfarewatch-board-update.pptx", BRACKENRIDGE, BRACKENRIDGE_LABELS),
    ("icaw-ai-assisted-marking-assurance-council-briefing.pptx", ICAW, ICAW_LABELS),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, slides, labels in DOCS:
        build(name, slides)
        write_labels(name, labels)
        print("wrote", name)


if __name__ == "__main__":
    main()
