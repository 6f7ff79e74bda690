"""Generate fictional all-hands slides for a contact-centre outsourcer (PPTX) and labels."""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "tallis-contact-services-q3-fy28-all-hands.pptx"

# Each slide: title, bullets (list; a tuple item = (level, text)), table rows or None, notes.
SLIDES = [
    {
        "title": "Q3 FY28 All-Hands",
        "bullets": [
            "Tallis Contact Services",
            "Tampa | Manila | San Pedro Sula",
            "Renee Coulter, CEO, and the leadership team",
        ],
        "notes": "Welcome everyone, including the Manila night shift who are joining at 5 a.m. "
        "their time. Thank you. We have 45 minutes and we'll keep 15 for questions.",
    },
    {
        "title": "Where we are",
        "bullets": [
            "4,100 agents across three sites, 14 clients, 31 programs",
            "Revenue up 9% year over year, mostly from the two health insurance programs we won "
            "in Q1",
            "Margins are flat: wage costs in Tampa and Manila went up faster than our rates",
            "Agent attrition across the industry still runs somewhere between 40% and 50% a "
            "year; we were at 44% last year",
            "In the spring pulse survey, 61% of you said the tools slow you down on calls",
        ],
        "notes": None,
    },
    {
        "title": "What our clients told us this year",
        "bullets": [
            "Customers call back too often about the same problem",
            "Handle times went up when we onboarded new hires in a hurry",
            "They love our people; they are less sure about our reporting",
            "Two of our largest clients have asked every vendor for an AI plan by year end",
        ],
        "notes": "This is from the QBRs, not from a survey. Paraphrased, but these came up again "
        "and again.",
    },
    {
        "title": "FY28: three things we have to move",
        "bullets": [
            "Cut repeat contacts for our telecom and utility clients, so their customers get it "
            "fixed the first time",
            "Bring average handle time back down on the health programs without hurting CSAT",
            "Keep our biggest clients: renew all four contracts that come up in FY28",
        ],
        "notes": "If you remember one slide, remember this one. Everything else we talk about "
        "today is in service of these three.",
    },
    {
        "title": "How we'll know",
        "bullets": [],
        "table": [
            ["Measure", "Today", "Target", "By", "Owner"],
            [
                "Repeat contacts within 7 days (telecom + utility)",
                "23%",
                "17%",
                "Q4 FY28",
                "Marcus Bell, VP Client Operations",
            ],
            [
                "Average handle time, health programs",
                "9:40",
                "8:15",
                "Q4 FY28",
                "Ana Lucia Ferrer, Site Director, San Pedro Sula",
            ],
            [
                "CSAT, health programs",
                "84%",
                "84% or higher",
                "every month",
                "Ana Lucia Ferrer, Site Director, San Pedro Sula",
            ],
            [
                "Contracts renewed (of 4 due)",
                "-",
                "4 of 4",
                "FY28 year end",
                "Priya Raman, Chief Commercial Officer",
            ],
        ],
        "notes": "Each of these has one name against it. If you want to know how a number is "
        "going, that is the person to ask.",
    },
    {
        "title": "Agent Assist: what it is (and isn't)",
        "bullets": [
            "Listens to the call and suggests the next knowledge article",
            "Drafts the after-call summary for the client's CRM",
            "It does not talk to customers and it does not make decisions on accounts",
            "Live on the telecom programs in Tampa since August",
        ],
        "notes": "We get asked a lot whether this replaces agents. It doesn't. It takes the "
        "typing and the searching off your plate.",
    },
    {
        "title": "What changes in your day",
        "bullets": [
            "Agents: read the drafted summary, fix anything wrong, then save. Nothing goes to "
            "the client CRM until you hit save.",
            "QA used to listen to about 2% of calls picked at random; now the model scores every "
            "call for the repeat-contact and compliance checks.",
            "Every Monday each team lead gets the list of calls the model flagged for their team, "
            "listens to each one and marks it coach, escalate to client, or dismiss.",
            "Dismissed flags go to the analytics team each Friday and are used to retune the "
            "scoring rules the following week.",
        ],
        "notes": "Team leads, the Monday list is capped at 25 calls per team so it fits in the "
        "morning. If you're seeing junk on it, dismiss it - that is how it gets better.",
    },
    {
        "title": "Who's doing the work",
        "bullets": [
            "Hiring 6 QA analysts in Manila and 2 data engineers in Tampa in Q4",
            "One workforce analyst embedded with each site's operations team from October",
            "12 team leads per site trained as Agent Assist champions (4 hours a month each, "
            "backfilled on the floor)",
            "Internal postings are up on the careers page this week - apply!",
        ],
        "notes": None,
    },
    {
        "title": "Client data and AI",
        "bullets": [
            "We take our clients' data and their customers' privacy seriously",
            "Legal and IT are working on a policy for using AI tools with client data; more to "
            "come",
            "Some clients will want to review the tools before we use them on their programs, "
            "and we'll work through that with each of them",
        ],
        "notes": None,
    },
    {
        "title": "Client news",
        "bullets": [
            "Welcome to Harbor Mutual Health: 220 seats in San Pedro Sula from November",
            "The retail e-commerce program in Tampa ends in December as the client brings the "
            "work in-house; everyone on it has been offered a role on another program",
            "Our utility client extended its contract by 12 months while its RFP runs",
        ],
        "notes": "On the retail program: nobody is losing their job because of this. Your "
        "supervisors have the details of the new placements.",
    },
    {
        "title": "Reminders",
        "bullets": [
            "Open enrollment for benefits closes November 15",
            "Holiday schedule requests are due to your WFM team by October 31",
            "New badge readers in Tampa from next Monday: bring your new badge",
        ],
        "notes": None,
    },
    {
        "title": "Shout-outs",
        "bullets": [
            "Manila billing team: 96% CSAT in September",
            "Tampa onboarding crew: 140 new hires through nesting in six weeks",
            "San Pedro Sula: zero missed SLA days in Q3",
        ],
        "notes": None,
    },
    {
        "title": "Q&A",
        "bullets": ["Ask anything. Anonymous questions via the form in the Teams chat."],
        "notes": "Questions we expect: layoffs (no), bonus timing (December payroll), "
        "whether Agent Assist records personal calls (no, it only runs on program lines).",
    },
]

LABELS = {
    "outcomes": (
        "present",
        [
            "Cut repeat contacts for our telecom and utility clients, so their customers get it "
            "fixed the first time",
            "Bring average handle time back down on the health programs without hurting CSAT",
            "Keep our biggest clients: renew all four contracts that come up in FY28",
        ],
    ),
    "metrics": (
        "present",
        [
            "Repeat contacts within 7 days (telecom + utility)\t23%\t17%\tQ4 FY28\tMarcus Bell, "
            "VP Client Operations",
            "Average handle time, health programs\t9:40\t8:15\tQ4 FY28\tAna Lucia Ferrer, Site "
            "Director, San Pedro Sula",
        ],
    ),
    "owners": (
        "present",
        [
            "Repeat contacts within 7 days (telecom + utility)\t23%\t17%\tQ4 FY28\tMarcus Bell, "
            "VP Client Operations",
            "Contracts renewed (of 4 due)\t-\t4 of 4\tFY28 year end\tPriya Raman, Chief "
            "Commercial Officer",
        ],
    ),
    "governance": (
        "partial",
        [
            "Legal and IT are working on a policy for using AI tools with client data; more to "
            "come",
            "We take our clients' data and their customers' privacy seriously",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "Hiring 6 QA analysts in Manila and 2 data engineers in Tampa in Q4",
            "One workforce analyst embedded with each site's operations team from October",
        ],
    ),
    "human_oversight": (
        "present",
        [
            "Every Monday each team lead gets the list of calls the model flagged for their team, "
            "listens to each one and marks it coach, escalate to client, or dismiss.",
            "Dismissed flags go to the analytics team each Friday and are used to retune the "
            "scoring rules the following week.",
            "Agents: read the drafted summary, fix anything wrong, then save.",
        ],
    ),
    "roadmap": ("absent", []),
}


def build():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for i, spec in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[1]
        if spec.get("table"):
            layout = prs.slide_layouts[5]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = spec["title"]
        if spec.get("table"):
            rows = spec["table"]
            shape = slide.shapes.add_table(
                len(rows), len(rows[0]), Inches(0.5), Inches(1.6), Inches(12.3), Inches(3.5)
            )
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = val
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(14)
        elif i == 0:
            slide.placeholders[1].text = "\n".join(spec["bullets"])
        else:
            tf = slide.placeholders[1].text_frame
            for j, text in enumerate(spec["bullets"]):
                p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                p.text = text
                p.font.size = Pt(20)
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.core_properties.author = "Tallis Contact Services Internal Comms"
    prs.save(str(OUT / NAME))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build()
    labels = {
        "document": NAME,
        "checks": {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()},
    }
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
