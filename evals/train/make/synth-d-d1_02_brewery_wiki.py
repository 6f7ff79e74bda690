"""Generate a fictional craft brewery team wiki page (Markdown) and its labels."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "gullhaven-brewing-wiki-cellar-data.md"

DOC = """\
# Cellar data - how we log brews (+ the tank sensor thing)

_Team wiki / Production / last edited by Jo, Tue. Rough page, fix it if it's wrong._

## TL;DR
- Every batch gets a row in the Brew Sheet (Google Sheet, tab per year). No row = it didn't happen.
- The two wireless float sensors are on FV3 and FV4 only. FV1, FV2, FV5 are still hand-read.
- Someone asked at the Friday beers whether we should "do AI" on the sheet. This page is partly
  the answer to "what data do we even have".

## What we log per batch
| Field | Where | Who fills it |
|---|---|---|
| Recipe + version | Brew Sheet col B | whoever is brewing |
| OG / FG | Brew Sheet col F-G | whoever is brewing |
| Ferment temp (twice a day) | clipboard, then typed in Fridays | cellar shift |
| Days in tank | formula | - |
| Dump / drain-pour notes | free text col R | anyone |

We track OG/FG, ferment temps and days-in-tank for every batch, and we keep an eye on how many
batches get dumped, but there's no number anyone is aiming at - it's there so we can look back.

Honestly the free text column is the most useful and the least consistent.

## Sensors
- Bought two in spring as a try-out, about 300 quid each incl. the hub.
- They push gravity readings every 15 min to the vendor app. Export is a CSV, manual.
- Battery died on FV4 in August and nobody noticed for a week. Put a sticky note on the hub.

## People
Brew days are Sam and Jo, cellar shifts rotate between the four of us. If any of the ideas below
go anywhere we'd need another pair of hands on Saturdays, or someone who is good with
spreadsheets for a few hours a week - we're all already stretched.

## Parking lot (no order, nobody has picked these up)
- Sensors on all five FVs
- Stop typing the clipboard in on Fridays - tablet in the cellar?
- Ask the guy from the homebrew club who does data science to look at the sheet
- Something that flags a stuck ferment early from the gravity curve
- Move the Brew Sheet to a proper database at some point
- Join the data-sharing thing the brewers guild runs for small breweries (ask Kat at Threefold how it went)

## Links
- Brew Sheet (ask Sam for access)
- Sensor vendor login is in the shared password doc
- Old page: "Cleaning and CIP schedule"
"""

LABELS = {
    "outcomes": ("absent", []),
    "metrics": (
        "partial",
        [
            "We track OG/FG, ferment temps and days-in-tank for every batch, and we keep an eye on "
            "how many batches get dumped, but there's no number anyone is aiming at - it's there "
            "so we can look back.",
        ],
    ),
    "owners": ("absent", []),
    "governance": ("absent", []),
    "execution_capacity": (
        "partial",
        [
            "If any of the ideas below go anywhere we'd need another pair of hands on Saturdays, "
            "or someone who is good with spreadsheets for a few hours a week - we're all already "
            "stretched.",
        ],
    ),
    "human_oversight": ("absent", []),
    "roadmap": (
        "partial",
        [
            "Sensors on all five FVs",
            "Something that flags a stuck ferment early from the gravity curve",
            "Move the Brew Sheet to a proper database at some point",
        ],
    ),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(DOC)
    labels = {
        "document": NAME,
        "checks": {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()},
    }
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
