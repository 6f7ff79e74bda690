"""Build the three synth-a PPTX decks (fictional organisations) with python-pptx.

Deck markup, one slide per "=== Title" line:
  "- text"     bullet (two-space indented lines continue the bullet)
  "sub: text"  subtitle paragraph (first slide)
  "| a | b |"  table row (first row is the header)
  "> text"     speaker notes (lines are joined)
Usage: python synth-a_pptx.py OUTPUT_DIR
"""

import sys
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Inches, Pt


def parse(text):
    slides = []
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line.startswith("=== "):
            slides.append({"title": line[4:], "bullets": [], "rows": [], "notes": [], "sub": []})
        elif not line:
            continue
        elif line.startswith("- "):
            slides[-1]["bullets"].append(line[2:])
        elif line.startswith("sub: "):
            slides[-1]["sub"].append(line[5:])
        elif line.startswith("|"):
            slides[-1]["rows"].append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("> "):
            slides[-1]["notes"].append(line[2:])
        elif raw.startswith("  ") and slides[-1]["bullets"]:
            slides[-1]["bullets"][-1] += " " + line
        else:
            raise ValueError(f"unparsed line: {raw!r}")
    return slides


def build(path, text, footer):
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for i, s in enumerate(parse(text)):
        if i == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = s["title"]
            slide.placeholders[1].text = "\n".join(s["sub"])
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = s["title"]
            slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
            top = Inches(1.6)
            if s["bullets"]:
                height = Inches(2.6) if s["rows"] else Inches(5.2)
                box = slide.shapes.add_textbox(Inches(0.7), top, Inches(11.9), height)
                tf = box.text_frame
                tf.word_wrap = True
                for j, b in enumerate(s["bullets"]):
                    p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                    p.text = "\u2022 " + b
                    p.font.size = Pt(17 if len(s["bullets"]) < 6 else 15)
                    p.space_after = Pt(6)
                top = top + height + Inches(0.1)
            if s["rows"]:
                rows, cols = len(s["rows"]), len(s["rows"][0])
                height = Emu(int(Inches(0.42)) * rows)
                shape = slide.shapes.add_table(rows, cols, Inches(0.7), top, Inches(11.9), height)
                for r, row in enumerate(s["rows"]):
                    for c, val in enumerate(row):
                        cell = shape.table.cell(r, c)
                        cell.text = val
                        cell.text_frame.paragraphs[0].font.size = Pt(13)
        foot = slide.shapes.add_textbox(Inches(0.7), Inches(7.0), Inches(11.9), Inches(0.35))
        foot.text_frame.text = f"{footer} | {i + 1}"
        foot.text_frame.paragraphs[0].font.size = Pt(10)
        if s["notes"]:
            slide.notes_slide.notes_text_frame.text = " ".join(s["notes"])
    prs.save(str(path))


# ---------------------------------------------------------------------------
# 4. Fire and rescue service: all-staff briefing deck
# ---------------------------------------------------------------------------

FIRE = """
=== Safer Homes: using our data to reach people before a fire
sub: All-staff briefing, Westmarch Fire and Rescue Service
sub: Prevention Directorate, February 2026

=== Why we're doing this
- Most people who die in fires at home in Westmarch were known to at least one agency
  beforehand: carers, housing, the GP, adult social care
- Our Safe and Well visits work, but we often reach people after a near-miss, not before
- We hold more useful data than we use: incident history, visit records, partner referrals
> Speaker: open with the Carrow Road fire from last winter if the family has agreed; otherwise
> use the anonymised case study on the next slide.

=== A case from last winter
- An 81-year-old man living alone, oxygen user, smoker, known to two partner agencies
- No referral to us; no Safe and Well visit in the previous five years
- Fire started in the living room at night; he was rescued by crews from Eastgate but died in
  hospital
- Three pieces of information that together would have put his home at the top of our list

=== What we want to achieve
- Cut accidental dwelling fires in our highest-risk wards
- Fewer deaths and serious injuries from fires in the home
- Reach vulnerable residents before a fire, not after one
- Spend crew prevention time where it makes the biggest difference

=== Where we are today
| Indicator | 2024/25 |
| Accidental dwelling fires | 612 |
| Fire deaths in the home | 7 |
| Serious injuries in the home | 41 |
| Safe and Well visits delivered | 11,400 |
> Speaker: these are last year's figures for context. We're not setting numbers for this yet;
> the point is that visits are high but not always in the right homes.

=== How the risk list works
- The Home Fire Risk Model combines our incident and visit history with partner referrals and
  address-level data from the Westmarch housing register
- It gives every residential address in the service area a risk band from 1 to 5
- The model is refreshed on the first working day of each month
- It does not decide anything: it tells us where to look first

=== What changes on station
- Every Monday, station managers get the list of the 40 highest-risk addresses in their station
  area that have not had a visit in the last two years
- Station managers decide which of those addresses crews visit that week, using local knowledge
  the model doesn't have
- Crews record on the tablet whether the visit found the risks the list predicted
- Any address the list got wrong is flagged back through the tablet app, and the model is
  re-tuned every quarter from those flags
> Speaker: stress that station managers can and should skip addresses where they know better -
> e.g. a resident already moved into care. Skips are not counted against the station.

=== Who owns what
- Area Manager Prevention: owns the risk model's use and the targeting of Safe and Well visits
  across the service
- Head of Data and Intelligence: owns data quality and the monthly model refresh
- Station managers: own the weekly visit plan for their station area
- Partnerships Manager: owns our relationships with the partner agencies who refer residents
> Speaker: the Area Manager Prevention, Dev Kaur, reports on Safer Homes to the Service
> Leadership Team each quarter.

=== Measuring it
- We'll track accidental dwelling fires, casualties and visit outcomes by ward
- We'll also look at how often the list matches what crews actually find
- Figures will be shared on the station dashboards from April
> Speaker: people will ask what the target is. Be straight: we haven't set one, and we'd rather
> understand the data for a year than set a number we can't stand behind.

=== What the list can't tell us
- It only knows what's in the data: a resident who has never been in contact with anyone won't
  show up
- It can't see inside a home: clutter, blocked exits, a new heater
- It can be wrong about who lives at an address now
- That's why crews' local knowledge matters as much as the list
> Speaker: invite a station manager from the pilot at Eastgate to say a few words here about
> the homes the list missed and the ones it found that they hadn't known about.

=== Skills and support
- We'll be building data skills across watches over the coming year
- Talk to your station manager if you're interested in being involved
- Short guides on the tablet app are available now

=== What's next - ideas we're exploring
- Adding hoarding referrals from housing teams
- Linking to the home oxygen supplier list
- A version of the list for our business fire safety team
- Sharing risk bands with the ambulance service
> Speaker: none of these are scheduled yet. We'll come back to the next all-staff briefing with
> more.

=== Questions
- Ask now, or post in the Safer Homes channel on the intranet
- Prevention Directorate, Westmarch FRS headquarters, Tollgate House
"""


# ---------------------------------------------------------------------------
# 5. Public broadcaster: archive roadmap deck (American voice)
# ---------------------------------------------------------------------------

GPPM = """
=== Archive Intelligence: FY2027 Roadmap
sub: Great Plains Public Media
sub: Content & Technology leadership offsite, May 2026

=== Where we are
- 61 years of TV and radio: about 180,000 hours of tape, film and files
- Roughly 30% digitized; most of it has no usable metadata beyond a tape label
- Producers tell us finding archive footage "takes days and a lot of luck"
- Nine member stations share the archive but have no self-service access
> Presenter: numbers are from the 2025 archive inventory. Tape condition survey is attached in
> the appendix to the pre-read.

=== Our vision
- Be the most trusted, most discoverable public media archive in America
- Unlock the archive for producers, educators and the communities we serve
- Use AI responsibly to bring our history to life
> Presenter: this is the headline for the board. Keep it short.

=== What we'll do in FY2027
- Digitize the remaining news archive held on U-matic and Betacam
- Auto-generate transcripts and topic tags for digitized hours
- Launch a new archive search tool for GPPM producers
- Pilot access for two member stations

=== How we'll measure progress
| Measure | FY2027 goal |
| Hours digitized | 25,000 |
| Hours transcribed and tagged | 40,000 |
| Producers with search tool access | 120 |
- We'll also track usage, search success and member engagement as the tool rolls out

=== Roadmap
| Phase | When | Scope |
| 1. Pilot | Jul - Dec 2026 | 5,000 hours of news archive; search tool beta for the newsroom |
| 2. Scale | Jan - Jun 2027 | Full news and documentary archive; all GPPM producers |
| 3. Open up | FY2028 | Member stations and a public education portal |
- Gate to Phase 2: Heartland Media Fund grant confirmed and pilot review completed by
  Dec 15, 2026
- Gate to Phase 3: board approval of the FY2028 budget

=== What producers told us
- "I spend more time hunting for footage than cutting it"
- "If it isn't in the last five years of the file server, I assume we don't have it"
- Member stations want local history they can't find or license today
- Educators ask for classroom-ready clips with transcripts
> Presenter: from the 14 interviews the product team ran in March. Quotes are anonymized.

=== Team
- Hiring two metadata engineers (posting in Q3 FY2026) and one archive product manager
- Three archivists seconded from Station Operations at 50% for the pilot
- Transcription vendor under the existing Media Services contract
- Budget: $1.4M over two years, $900K of it from the Heartland Media Fund bid
> Presenter: the product manager role is the bridge between the newsroom and the engineers;
> we want someone who has worked as a producer.

=== Standards and guardrails
- Editorial standards guidance for AI-generated metadata will follow in FY2027
- We'll work with the Standards desk as the pilot develops
- Rights and talent clearances are unchanged for now

=== Sponsorship
- We have not yet named an executive sponsor for Archive Intelligence
- No one currently owns the archive budget line; it sits across Content and Technology
> Presenter: be candid here. Last year's digitization push stalled for exactly this reason.

=== Risks we see
> Presenter: these are the risks the working group raised at the April offsite. We have not yet
> put them on any risk register.
- Grant timing could push Phase 2 into FY2028
- Older tape is degrading faster than expected
- Vendor pricing for transcription may rise

=== Asks
- Endorse the FY2027 roadmap
- Support the Heartland Media Fund application
- Share the pre-read with the Content and Technology teams
"""


# ---------------------------------------------------------------------------
# 6. Coastguard: board presentation (translated-sounding voice)
# ---------------------------------------------------------------------------

VCG = """
=== Drift Prediction Decision Support (DPDS)
sub: Presentation to the Management Board of the Velsland Coast Guard Administration
sub: Department of Operations, 12 March 2026

=== Objective of the project
- Modernisation of search planning by means of artificial intelligence
- Velsland Coast Guard shall be leader in innovation for maritime safety in the region
- Introduction of the AI drift model in all three Rescue Coordination Centres (RCC)
> The project was started on initiative of the Department of Operations after the North Channel
> exercise of 2025.

=== Background
- Search planning today is made with the drift calculation of the SARplan system from 2011
- SARplan uses wind and current data with low resolution
- The new model uses high-resolution ocean forecast of the Meteorological Institute and learns
  from historical drift of objects
- In tests on 140 historical cases the search area was more precise
> The tests were made by the Department of Operations together with the Meteorological Institute
> in autumn 2025 with cases from the years 2018 to 2024. The report of the tests is available for
> the members of the Board.

=== Operational situation 2025
| Item | 2025 |
| Incidents coordinated by the RCCs | 1,934 |
| Of which persons in water | 212 |
| Search and rescue units available | 46 |
| Coastline under responsibility (km) | 8,700 |
> These numbers are for information to the Board about the volume of work of the RCCs.

=== Functioning of the system
- The duty coordinator enters last known position, time and type of object
- The model calculates a probability map of the position of the object for the next 12 hours
- Search areas are shown on the map of the RCC

=== Difference to the present method
- SARplan calculates one drift trajectory with fixed leeway values for each type of object
- DPDS calculates many possible trajectories and shows where the object is most probable
- DPDS uses the forecast of currents near the coast, where SARplan is less exact
- The map of probability is renewed every hour with new data of wind and current
> The coordinators who participated in the tests appreciated especially the renewal every hour.

=== Role of the human
- The final decision stays always with the human coordinator
- The system is a support and never replaces the experience of the coordinators

=== Control and approval
- Before operational use, every model version is examined by the Operational Safety Board, which
  decides release, restriction or withdrawal
- The Operational Safety Board meets every second month
- Security accreditation by the National Cyber Authority is required before connection to the
  RCC network
- Data of persons in distress is deleted after 90 days according to the Data Protection Act

=== Organisation of the project
- Responsibility for the project lies jointly with the Department of Operations and the
  Department of ICT
- The two departments will coordinate in a working group

=== Cooperation
- Meteorological Institute: ocean forecast data
- Neighbouring coast guards: exchange of experience in the Regional SAR Forum
- Maritime Administration: AIS data of vessel traffic

=== Request to the Board
- The Board is asked to take note of the presentation
"""


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    build(out / "westmarch-frs-safer-homes-all-staff-briefing.pptx", FIRE, "Westmarch FRS")
    build(
        out / "great-plains-public-media-archive-intelligence-roadmap.pptx",
        GPPM,
        "Great Plains Public Media | Internal",
    )
    build(
        out / "velsland-coast-guard-drift-prediction-board-presentation.pptx",
        VCG,
        "Velsland Coast Guard Administration",
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/train/synth-a")
