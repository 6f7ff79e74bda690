"""Writes a fictional architecture-practice team wiki page (Markdown) and its labels."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "hallbrook-moss-architects-compdesign-wiki.md"

TEXT = """\
[Studio wiki](../index.md) / [Computational Design](./index.md) / Generative massing

# Generative massing tools: where we've got to

*Last edited by Aoife R. - page is a living doc, edit freely*

> TL;DR: the massing scripts are usable on live projects now, but treat them as a sketching
> aid, not a design engine. Read the gotchas before you run anything on a client site.

## What this is

Over the summer a few of us put together a set of Grasshopper definitions and a small Python
wrapper that take a site boundary, the planning envelope and a rough brief (GIA, unit mix,
storey heights) and spit out a spread of massing options. It also talks to the image model we
trialled in the spring, so you can get a quick atmospheric render of any option for an
internal crit.

It grew out of the Carden Wharf competition, where we were redrawing the same blocks by hand
at 2am. Nobody is claiming it does architecture.

## How to get it

- Plugins are on the shared drive under `R:/CompDesign/massing/current`.
- You need Rhino 8 and the studio licence of the render plugin - ask IT if it's missing.
- There's a short screen recording of a run-through in the Teams channel.

## Gotchas

- The planning envelope import chokes on DXFs with nested blocks. Explode them first.
- The daylight numbers come from a very crude sky model, so they flatter north-facing units.
- The renders are moody and lovely and completely wrong about materials.

## Who does what

The tools suggest; people decide. That's not going to change.

How the generated options get looked at during stage reviews is something we'll work out
as we go, probably differently on each team.

Everyone in the studio is welcome to pick this up - we'd rather grow the skills across the
teams than keep it in a little group.

## Ideas in the backlog (no particular order)

- Hook the unit-mix solver up to the area schedule template
- Facade panelisation studies for the Leith housing scheme
- Embodied carbon estimate per massing option
- A proper library of reusable site templates
- Try the image model on interiors

Questions: ping Tomasz or Aoife on #comp-design.
"""

LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "absent", "evidence": []},
        "metrics": {"status": "absent", "evidence": []},
        "owners": {"status": "absent", "evidence": []},
        "governance": {"status": "absent", "evidence": []},
        "execution_capacity": {
            "status": "partial",
            "evidence": [
                "Everyone in the studio is welcome to pick this up - we'd rather grow the skills "
                "across the teams than keep it in a little group."
            ],
        },
        "human_oversight": {
            "status": "partial",
            "evidence": [
                "The tools suggest; people decide.",
                "How the generated options get looked at during stage reviews is something "
                "we'll work out as we go, probably differently on each team.",
            ],
        },
        "roadmap": {
            "status": "partial",
            "evidence": [
                "Hook the unit-mix solver up to the area schedule template",
                "Embodied carbon estimate per massing option",
            ],
        },
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(TEXT, encoding="utf-8")
    (OUT / (NAME + ".labels.json")).write_text(
        json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
