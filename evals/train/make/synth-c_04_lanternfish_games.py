"""synth-c 04: Lanternfish Games, all-hands slides on generative AI in production (PPTX)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "lanternfish-games-all-hands-ai-in-our-pipeline.pptx"
STATUSES = "~~-PPP~"

SRC = """
=== AI in our pipeline: where we're at
Lanternfish Games all-hands, 14 May 2026

Studio Ops + Tech Art + QA

> Keep this light, it's the Thursday all-hands. 25 minutes max, then Q&A. Recording goes on the
> wiki afterwards for the Montreal folks.

=== Why we're talking about this
- Everyone's already poking at AI tools. Some of it's great, some of it's a legal mess waiting to
  happen.
- Publisher contract for Project Wren has new AI clauses (provenance of every shipped asset).
- Players are loud about AI art. We care about that too.
- So: one studio-wide way of doing this. Not a ban, not a free-for-all.

> Context for new folks: we're 140 people across Halifax and Montreal, two projects in flight
> (Wren and the Tidepool live-ops updates). Wren's publisher deal was signed in March and the
> AI clauses were the last thing negotiated. Short version: the publisher can audit any asset's
> origin, and if we can't show it, the asset comes out of the build at our cost.

=== The big idea
- [[O:Ship better games, faster, with AI as a creative co-pilot.]]
- [[O:Make Lanternfish the studio where artists and devs want to work because the boring stuff is
  automated.]]
- Keep our look hand-made. Nobody is replacing our artists.

> Yes, these are slogans. The point is the direction: use AI on the grind (triage, logs,
> placeholders), not on the stuff players actually see and love.

=== What we're doing this year
- Roll out approved AI tools to every discipline
- [[M:Get 40 artists and designers through the approved-tools training by end of June.]]
- [[R:Bug-triage assistant for QA on Project Wren]]
- [[R:Build-log summariser for the engine team]]
- Placeholder VO for greyboxing (never ships)
- [[M:We'll keep an eye on how many tickets the triage bot handles and how people feel about it.]]

=== The AI Content Council
- [[G:New AI Content Council: Art Director, Audio Director, Lead Producer, studio legal counsel and
  two devs elected by the team.]]
- [[G:Meets every other Tuesday and approves every AI tool or model before it touches production
  content; the approved list lives on the wiki.]]
- [[G:No generated asset ships in a build unless it has a provenance record the Council has
  signed off.]]
- Voice and likeness: no cloning of any actor's voice, ever, without a signed consent addendum.

> People asked if the Council slows things down. Two-week cadence, async approvals for small
> stuff. If it becomes a bottleneck, tell us.

=== How it actually changes your day: QA
- [[H:Triage bot reads new bug reports and suggests duplicates, component and severity.]]
- [[H:A QA lead confirms or corrects every suggestion before the bug lands in Jira; nothing gets
  auto-filed.]]
- [[H:Every Friday we go through the suggestions the leads overrode and retune the prompts and
  rules.]]
- Pilot ran on Wren milestone 3: leads say it's saving them the first pass, not the thinking.

=== What we learned from the Wren pilot
- 1,140 bug reports went through the triage bot during milestone 3
- Duplicate detection was the big win; severity suggestions were hit and miss
- Leads wanted the bot's reasoning visible, so it now shows the three most similar old bugs
- Some testers felt watched. We changed the wording: it's a helper for leads, not a scorecard

> Numbers here are from the pilot only, they're not targets. Ask Jules in QA if you want the raw
> export.

=== How it changes your day: art and audio
- AI concept sketches are mood-board only.
- Anything that ships gets redrawn or built by the artist who owns the asset, and goes through the
  normal art review.
- Placeholder VO gets stripped by the build script before cert builds. QA checks it in the cert
  checklist.

=== Who's doing the work
[[E:Tools squad for 2026: 3 engineers + 1 tech artist, fully funded, sitting with Tech Art.]]

[[E:Hiring: 1 ML engineer for the build pipeline (req is open, referral bonus applies).]]

Each team has a buddy from the squad for setup questions.

| Team | Tool | Status |
| QA | Bug-triage assistant | Live on Wren |
| Engine | Build-log summariser | Beta |
| Art | Concept sketching (approved list) | Live |
| Audio | Placeholder VO | Live (greybox only) |
| Design | Dialogue variation drafts | Council review |

=== What's NOT allowed
- Pasting unreleased Wren content into public chatbots
- Training anything on other studios' art
- Any generated asset in a cert build without a provenance record
- Using AI to write performance reviews or hiring feedback
- Uploading player data, telemetry or Discord messages to any external AI service
- Generating anything "in the style of" a named living artist

> If you're not sure whether something is allowed, ask in #ai-at-lanternfish before you do it,
> not after. Nobody gets in trouble for asking. Contractors: same rules, and your producer will
> walk you through them.

=== FAQ
- Will this replace jobs? No. Wren is over-scoped; we need every person we have.
- Can I use my own AI subscription? Only for tools on the approved list, and only with the studio
  account.
- Does this apply to contractors? Yes, it's in their SOW from June.
- Can I experiment at home on my own projects? Sure, just keep studio content out of it.
- What about code assistants? Approved for the engine and tools teams; not for gameplay scripts
  that ship on console until the Council finishes its review.
- Will players know? Our store pages will say if AI was used anywhere in a shipped asset. Right
  now the answer for Wren is "no".

=== Questions?
Slack: #ai-at-lanternfish

Mara Quist (Studio Ops) for anything about this deck

Thanks all. Go play the Wren vertical slice build if you haven't yet.
"""

if __name__ == "__main__":
    ev = {}
    slides = lib.parse_slides(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_pptx(NAME, slides)
    lib.write_labels(NAME, STATUSES, ev)
