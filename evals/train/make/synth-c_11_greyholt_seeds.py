"""synth-c 11: Greyholt Seeds & Nutrients, agronomy data team wiki page (Markdown)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "greyholt-seeds-agronomy-data-team-wiki.md"
STATUSES = "-~~-P-P"

SRC = """# Agronomy Data Team

> Team space, Greyholt Seeds & Nutrients intranet. Page maintained by the team. Last updated
> 2 December 2026.

Welcome! This page is for anyone in Greyholt who wants to know who we are, how to work with us and
what we are building over the next year. If you are new to the team, start with the onboarding
checklist linked at the bottom.

## Who we are

We sit in the Agronomy division at the Brackley research farm, with one person based at the
fertiliser blending plant in Selby. We work on models and tools that use field trial data, soil
test results and weather data: mostly hybrid placement (which seed variety suits which field) and
nutrient recommendations for our compound fertiliser blends.

[[E:The team for 2027 is six people: a team lead, two data scientists, a data engineer, an
analytics engineer (joining in March 2027) and a field agronomist seconded to us for two days a
week from the Trials team.]]

| Name | Role | Based at |
| Hannah Ridley | Team lead | Brackley |
| Tomasz Wrobel | Data scientist | Brackley |
| Aisha Karim | Data scientist | Brackley |
| Joe Pennant | Data engineer | Selby |
| (vacancy) | Analytics engineer | Brackley |
| Gareth Lyle | Field agronomist (seconded, 0.4) | Brackley |

[[E:We also have budget for 15 days of a statistician from the university partnership each year
for trial design questions.]]

## How we work

- Two-week sprints, planning on Monday morning, demo on the second Thursday.
- Stand-up 9:15 daily, 15 minutes, on the research farm Teams channel.
- Requests come in through the Agronomy Data request form (link below). We look at new requests
  in sprint planning.
- Code lives in the agronomy-models repo. Notebooks are fine for exploration; anything that feeds
  a dealer tool gets moved into the pipeline.
- [[W:Roadmap items are owned by the team as a whole; we rotate who presents at demo day.]]
- We write a short "what changed" note for every model release and post it in the Agronomy news
  channel.

## What we measure

[[M:We track how many dealers open the recommendation tools each week and how many
recommendations are downloaded per season.]] The numbers go on the dashboard in
the team channel. We haven't agreed targets for them; that's a conversation for next year.

## Data we use

- Greyholt field trials: around 1,900 plots a year across 38 sites, going back to 2011.
- Soil test results from the Greyholt soil lab (dealer-submitted samples, anonymised).
- Weather: daily gridded data from the national met service, licensed annually.
- Blend plant batch records (Selby) for the fertiliser work.

## Roadmap 2027

- [[R:Q1 2027: nitrogen rate recommendation model v2 live in the dealer tool for three dealer
  regions (East Anglia, Lincolnshire, Yorkshire).]]
- [[R:Q2 2027: compare v2 recommendations with the standard advice on 120 paired trial strips;
  extend to all regions only if v2 does at least as well on yield.]]
- [[R:Q3 2027: hybrid placement tool for maize moved from spreadsheet to the dealer portal.]]
- Q4 2027: blend optimiser prototype for the Selby plant (which raw materials to use for each
  compound grade).

Things we'd like to do but haven't scheduled: image-based crop emergence counts from drone
photos, and a phosphate model for grassland.

## Working with us

- Need some data or an analysis? Use the request form. Small things (under a day) usually get
  picked up in the next sprint.
- Want a model explained? Book a slot at demo day or message the team channel.
- Want to join a sprint demo as a guest? Everyone is welcome, just turn up.

## Past projects

- 2024: yield stability index for the winter wheat catalogue (now in the printed seed guide).
- 2025: soil lab turnaround dashboard for the Selby and Brackley labs.
- 2025-26: nitrogen rate model v1, used by agronomists internally but never put in front of
  dealers because the recommendations could not be explained field by field.
- 2026: weather data licence renegotiation and a cleaned-up trial database covering 2011-2026.

## FAQ

**Can you give me a yield forecast for my region?** Not really. We can show you how varieties
performed in trials near you, which is usually what people actually need.

**Can I get access to the trial database?** Yes, read access for anyone in Agronomy or Sales.
Ask Joe and he will set it up; it usually takes a day.

**Where do roadmap ideas come from?** Mostly from the request form, from dealer meetings and
from things we notice in the trial data. We put the next year's list together in November.

**Do you work with the fertiliser side of the business?** Yes, more from 2027. Joe is based at
Selby for that reason.

## Glossary

- Compound grade: a fertiliser blend with fixed proportions of nitrogen, phosphate and potash.
- Hybrid placement: matching seed varieties to fields based on soil, climate and management.
- Paired trial strips: side-by-side strips in a farmer's field, one following our
  recommendation and one following the farmer's usual practice.
- Soil index: the standard scale used in soil test reports for phosphate, potash and magnesium.

## Links

- Onboarding checklist for new starters
- Agronomy Data request form
- agronomy-models repo
- Team dashboard
"""

if __name__ == "__main__":
    ev = {}
    text = lib.strip_raw(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    (lib.OUT / NAME).write_text(text, encoding="utf-8")
    lib.write_labels(NAME, STATUSES, ev)
