"""Fictional public-service broadcaster: all-staff briefing slides on AI (PPTX, British)."""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "westmarch-broadcasting-all-staff-ai-briefing-2027.pptx"

OC1 = "Be the most trusted voice in every home in Westmarch"
OC2 = "Unlock the value of seventy years of archive"
OC3 = "Launch three AI pilots across News, Archive and Access"
MT1 = "71% of adults in Westmarch say they trust WBC News (Audience Tracker, autumn 2026)"
MT2 = "We'll track audience trust, weekly reach among under-35s and archive reuse"
MT3 = "1,240 colleagues have completed AI Basics"
OW_HEAD = ["Area", "Lead", "What they own"]
OW = [
    [
        "Recommendations on WBC Player",
        "Director of Audiences",
        "The recommendation pilot end to end; reports to the Executive Board each quarter",
    ],
    [
        "Archive search",
        "Head of Archives",
        "Archive squad backlog, rights clearance and the pilot budget",
    ],
    [
        "Subtitling and access",
        "Head of Access Services",
        "Subtitle quality on all pre-recorded output, including the speech model",
    ],
]
GV1 = (
    "The AI Editorial Board, chaired by the Controller of Editorial Standards, signs off every "
    "audience-facing use of AI before it goes live"
)
GV2 = "It meets monthly and publishes its decisions on Inside WBC"
EX1 = "We're hiring four data journalists and two machine-learning engineers by September 2027"
EX2 = (
    "A six-person archive squad starts in April: two archivists, two engineers, a product "
    "owner and a rights specialist"
)
HO1 = (
    "The speech model drafts subtitles for pre-recorded programmes; a subtitle editor checks "
    "every file before transmission"
)
HO2 = (
    "Every Monday the subtitle team sends the previous week's corrections back to the "
    "supplier, who retrains the model on them"
)
RM1 = "Archive search for producers"
RM2 = "Automatic Welsh and Polish versions of regional news web stories"
RM3 = "Audio descriptions drafted by machine for children's programmes"

SLIDES = [
    (
        "Why we're talking about this",
        [
            "Audiences are changing how they find news and programmes",
            "Every broadcaster we talk to is experimenting with AI, some well, some badly",
            "Colleagues told us in the staff survey they want to know what it means for them",
            "Our licence and our Charter values don't change",
        ],
        "Keep this short. Acknowledge the anxiety in the survey comments - lots of people "
        "asked 'will AI take my job'. Answer honestly: we don't plan it that way.",
    ),
    (
        "What we believe",
        [OC1, OC2, "Make AI work for programme-makers, not the other way round"],
        None,
    ),
    (
        "This year we will",
        [
            OC3,
            "Offer AI Basics training to every member of staff",
            "Publish our AI principles for audiences on the website",
        ],
        None,
    ),
    (
        "Where we stand",
        [
            MT1,
            "48% of under-35s in the region used WBC Player in the last month",
            MT3,
            "Around 60% of our pre-recorded output is already subtitled with help from software",
        ],
        "These are where we are today, from the autumn tracker and the learning system. "
        "They are not targets.",
    ),
    (
        "Subtitles: how the work changes",
        [
            HO1,
            "Editors see the model's low-confidence words highlighted and start there",
            HO2,
            "Live programmes stay with our respeakers for now",
        ],
        "Credit to the Access team here. This is the one place where AI is already part of "
        "the daily routine and it's been designed with the editors, not around them.",
    ),
    ("Who leads what", None, None),
    (
        "How we decide",
        [
            GV1,
            GV2,
            "Any colleague can bring a proposal to the Board through their head of department",
        ],
        "People asked who gets to say no. The Editorial Board does, and it has said no twice "
        "already - once to synthetic presenter voices on the news.",
    ),
    (
        "People",
        [
            EX1,
            EX2,
            "AI Basics stays open to everyone; a longer course for producers starts in the autumn",
        ],
        None,
    ),
    (
        "How we'll know it's working",
        [
            MT2,
            "Targets will be agreed with the Board over the summer",
            "We'll report back at the next all-staff briefing",
        ],
        None,
    ),
    (
        "What's next (in no particular order)",
        [RM1, RM2, RM3, "Smarter scheduling of repeats"],
        "Deliberately not a plan yet. We want ideas from the floor on these.",
    ),
    (
        "Questions",
        [
            "Send questions before or after to the all-staff inbox",
            "Slides and a recording will be on Inside WBC by Friday",
        ],
        None,
    ),
]


def build():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "AI at WBC: where we are and where we're heading"
    s.placeholders[1].text = "All-staff briefing | Director-General | 12 March 2027"
    s.notes_slide.notes_text_frame.text = (
        "Welcome, thanks for coming in person and online. Forty minutes, then questions."
    )
    for title, items, notes in SLIDES:
        if items is None:
            s = prs.slides.add_slide(prs.slide_layouts[5])
            s.shapes.title.text = title
            rows = len(OW) + 1
            shape = s.shapes.add_table(rows, 3, Inches(0.6), Inches(1.8), Inches(12), Inches(3))
            tbl = shape.table
            tbl.columns[0].width = Inches(3)
            tbl.columns[1].width = Inches(2.6)
            tbl.columns[2].width = Inches(6.4)
            for r, vals in enumerate([OW_HEAD, *OW]):
                for c, v in enumerate(vals):
                    tbl.cell(r, c).text = v
                    for p in tbl.cell(r, c).text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(16)
            continue
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = items[0]
        for it in items[1:]:
            tf.add_paragraph().text = it
        for p in tf.paragraphs:
            for run in p.runs:
                run.font.size = Pt(22)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    return prs


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "partial", "evidence": [OC1, OC2, OC3]},
        "metrics": {"status": "partial", "evidence": [MT2, MT1, MT3]},
        "owners": {"status": "present", "evidence": ["\t".join(r) for r in OW]},
        "governance": {"status": "present", "evidence": [GV1, GV2]},
        "execution_capacity": {"status": "present", "evidence": [EX1, EX2]},
        "human_oversight": {"status": "present", "evidence": [HO1, HO2]},
        "roadmap": {"status": "partial", "evidence": [RM1, RM2, RM3]},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build().save(str(OUT / NAME))
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()
