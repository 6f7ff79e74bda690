"""synth-d-d2 04: St Brannoc's Hospice, funding bid (Markdown one-pager). Fictional."""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "st-brannocs-hospice-community-care-grant-bid-2027.md"

TEXT = """# St Brannoc's Hospice: application to the Tamsin Rowe Charitable Trust

**Programme:** Community Care at Home, Digital Strand
**Amount requested:** £148,000 over two years
**Contact for this application:** Helen Ashworth, Trusts and Grants Officer (helen.ashworth@stbrannocs.example)

## About us

St Brannoc's has cared for people in North Devon at the end of their lives since 1989. Last year our
community nurses made 9,400 home visits and our Hospice at Home service supported 612 families.
In our 2026 family survey, 87% of carers said they felt "well supported", but only 54% said they knew
who to call at night. That second figure is the reason for this bid.

## What we want to do

We want to be a hospice that is ready for the next twenty years, with compassionate care that
reaches every home in our patch.

The project will:

- roll out the electronic symptom diary to all three community teams;
- connect the diary to an alerting tool that highlights patients whose reported pain or
  breathlessness scores are rising;
- train 60 nurses and healthcare assistants to use the diary with families;
- support around 400 families in the first year.

Our clinicians will always remain in charge of the care they give, and the technology is there to
support their judgement, never to replace it.

## Who will do the work

The grant would fund a 0.6 FTE clinical data analyst for two years, based with the community
team in Barnstaple, and backfill one day a week of a Clinical Nurse Specialist's time so that she
can train colleagues and families. Our IT partner, Taw Valley Systems, will provide 20 days of
configuration support, paid from our own reserves.

A project lead will be designated from within the community nursing team by March 2027.

## Why it matters

Families tell us that the hardest hours are between midnight and six. Every call we can
anticipate is a crisis we may be able to prevent, and a person who may be able to stay at home.

We will report to the Trust on the number of families supported and staff trained, and share
stories from the families who have used the diary.

*Registered charity no. 1190442 (fictional). Thank you for considering our application.*
"""

LABELS = {
    "outcomes": (
        "partial",
        [
            "We want to be a hospice that is ready for the next twenty years, with compassionate care that reaches every home in our patch.",
            "roll out the electronic symptom diary to all three community teams;",
            "connect the diary to an alerting tool that highlights patients whose reported pain or breathlessness scores are rising;",
        ],
    ),
    "metrics": (
        "partial",
        [
            "train 60 nurses and healthcare assistants to use the diary with families;",
            "support around 400 families in the first year.",
            "We will report to the Trust on the number of families supported and staff trained, and share stories from the families who have used the diary.",
        ],
    ),
    "owners": (
        "partial",
        [
            "A project lead will be designated from within the community nursing team by March 2027.",
        ],
    ),
    "governance": ("absent", []),
    "execution_capacity": (
        "present",
        [
            "The grant would fund a 0.6 FTE clinical data analyst for two years, based with the community team in Barnstaple, and backfill one day a week of a Clinical Nurse Specialist's time so that she can train colleagues and families.",
            "Our IT partner, Taw Valley Systems, will provide 20 days of configuration support, paid from our own reserves.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "Our clinicians will always remain in charge of the care they give, and the technology is there to support their judgement, never to replace it.",
        ],
    ),
    "roadmap": ("absent", []),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, NAME), "w", encoding="utf-8") as f:
        f.write(TEXT)
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
