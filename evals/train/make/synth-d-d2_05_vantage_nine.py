"""synth-d-d2 05: Vantage Nine Gaming, all-hands slides on data + AI (PPTX). Fictional."""

import json
import os

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "vantage-nine-all-hands-jan-2027-data-ai.pptx"

# (title, bullets, table rows or None, speaker notes or None)
SLIDES = [
    (
        "Vantage Nine: All Hands, Jan 2027",
        ["Data + AI: what we're doing this year", "Jordan Reyes, CEO"],
        None,
        "Keep this one short, 20 min max, leave time for Q&A.",
    ),
    (
        "Where we landed in 2026",
        [],
        [
            ["Line", "2025", "2026"],
            ["Sponsorship revenue", "$3.1M", "$3.8M"],
            ["Avg concurrent viewers (main channel)", "14.2K", "17.9K"],
            ["Merch revenue", "$610K", "$540K"],
            ["Sponsors renewed at end of term", "11 of 16", "9 of 15"],
        ],
        "Merch went backwards and renewals slipped. That's the honest version. Viewers up is great but it didn't turn into money.",
    ),
    (
        "The market",
        [
            "Global esports audience ~640M (analyst est.), growth flattening",
            "38% of brand sponsors say they can't measure esports ROI (2026 sponsor survey)",
            "Publishers taking bigger cut of league revenue",
            "Everyone is pitching 'AI' to sponsors right now",
        ],
        None,
        None,
    ),
    (
        "2027: what we're going after",
        [
            "Grow sponsor renewals in NA: partners should want to come back",
            "Cut what it costs us to produce each broadcast hour",
            "Lift merch conversion from stream viewers",
        ],
        None,
        "These three are the year. If something we're doing doesn't move one of them, question it.",
    ),
    (
        "How we'll know",
        [
            "We'll track renewal rate, cost per broadcast hour, merch conversion",
            "Dashboards live in Looker by Feb",
            "Targets land with Q2 planning",
        ],
        None,
        None,
    ),
    (
        "What we're building",
        [
            "Sponsor exposure tracker: logo-on-screen detection across all VODs",
            "Clip auto-cutter for TikTok / Shorts",
            "Merch recs in the stream overlay",
            "Ship 3 models to prod this year",
        ],
        None,
        "Exposure tracker is the one sponsors keep asking about. We can finally show them minutes of logo on screen instead of a vibe.",
    ),
    (
        "Ideas backlog (unranked)",
        [
            "Scouting model for Academy tryouts",
            "Auto-translated casts for LATAM",
            "Chat moderation assist",
            "Dynamic ad slots in VOD",
            "Fan LTV model",
        ],
        None,
        "Not ranked, not promised. Add yours in the Notion page.",
    ),
    (
        "Team + hiring",
        [
            "Hiring 2 data engineers + 1 ML engineer in H1, reqs open now",
            "Contracting a video-ML studio for 3 months on the clip cutter",
            "Data platform budget: $420K for 2027, approved in Dec budget",
            "Refer people! $2K referral bonus",
        ],
        None,
        None,
    ),
    (
        "The risk everyone's talking about",
        [
            "Two tier-1 leagues hit by integrity scandals in 2026",
            "Publisher data rules keep changing title to title",
            "Deepfake sponsor reads are showing up in the scene",
        ],
        None,
        "Just awareness. This is industry stuff, nothing here changes what we do this quarter.",
    ),
    ("Q&A", ["Drop questions in #all-hands", "Deck + recording in Notion after"], None, None),
]

LABELS = {
    "outcomes": (
        "present",
        [
            "Grow sponsor renewals in NA: partners should want to come back",
            "Cut what it costs us to produce each broadcast hour",
            "Lift merch conversion from stream viewers",
        ],
    ),
    "metrics": (
        "partial",
        [
            "We'll track renewal rate, cost per broadcast hour, merch conversion",
            "Targets land with Q2 planning",
            "Ship 3 models to prod this year",
        ],
    ),
    "owners": ("absent", []),
    "governance": ("absent", []),
    "execution_capacity": (
        "present",
        [
            "Hiring 2 data engineers + 1 ML engineer in H1, reqs open now",
            "Contracting a video-ML studio for 3 months on the clip cutter",
            "Data platform budget: $420K for 2027, approved in Dec budget",
        ],
    ),
    "human_oversight": ("absent", []),
    "roadmap": (
        "partial",
        [
            "Scouting model for Academy tryouts",
            "Sponsor exposure tracker: logo-on-screen detection across all VODs",
            "Not ranked, not promised.",
        ],
    ),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, (title, bullets, table, notes) in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[5 if table else 1]
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = title
        if i == 0:
            s.placeholders[1].text = "\n".join(bullets)
        elif table:
            rows, cols = len(table), len(table[0])
            shp = s.shapes.add_table(
                rows, cols, Inches(0.8), Inches(1.8), Inches(11.5), Inches(3.5)
            )
            for r, row in enumerate(table):
                for c, val in enumerate(row):
                    cell = shp.table.cell(r, c)
                    cell.text = val
                    cell.text_frame.paragraphs[0].font.size = Pt(18)
        else:
            tf = s.placeholders[1].text_frame
            tf.text = bullets[0]
            for b in bullets[1:]:
                tf.add_paragraph().text = b
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    prs.save(os.path.join(OUT, NAME))
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
