"""The offline judge on hard cases of each check, in sentences written for these tests.

Each case is one short document (a heading, then one block) in one of many industries, so that
the cues are tested on phrasings no corpus document uses. A case is (check, expected status,
heading, block kind, text); table rows give their header as `header || row`.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from analyzer.judges.offline.judge import OfflineJudge
from analyzer.rubric import Rubric
from tests.test_offline_judge_helpers import DocBuilder, judge, judge_one, rubric

__all__ = ["judge", "rubric"]

Case = tuple[str, str, str, str, str]

# fmt: off
OUTCOMES: list[Case] = [
    ("outcomes", "present", "Why this plan", "paragraph", "Our aim is to reduce the average time patients wait for a hip replacement."),
    ("outcomes", "present", "2026 OKRs", "paragraph", "O2: Reduce the time it takes to settle a home insurance claim"),
    ("outcomes", "present", "Plan", "paragraph", "Objective 3 - Raise the share of parcels delivered on the first attempt"),
    ("outcomes", "partial", "2026 OKRs", "paragraph", "O1: Run three machine-learning pilots in the warehouse"),
    ("outcomes", "absent", "Contents", "paragraph", "Section 2. Background and context"),
    ("outcomes", "present", "2027 OKRs", "heading", "O1: Cut the cost of onboarding a new wholesale customer"),
    ("outcomes", "absent", "2027 OKRs", "heading", "Cut the cost of onboarding a new wholesale customer"),
    ("outcomes", "present", "Slide 3", "paragraph", "\u2022 Cut the number of missed dialysis appointments"),
    ("outcomes", "present", "Objectives", "bullet", "Lower fuel consumption per flight hour across the regional fleet"),
    ("outcomes", "present", "Purpose", "paragraph", "The programme is intended to cut water lost through leaks in the distribution network."),
    ("outcomes", "present", "Ambition", "paragraph", "We want to increase the share of online orders delivered the next day."),
    ("outcomes", "present", "Overview", "paragraph", "This plan will shorten the time it takes to decide a householder planning application."),
    ("outcomes", "present", "What success means", "bullet", "Fewer missed bin collections reported by residents"),
    ("outcomes", "present", "Goals", "bullet", "Improve first-time fix rates for field engineers"),
    ("outcomes", "present", "Context", "paragraph", "Goal: raise the share of learners who complete their apprenticeship on time."),
    ("outcomes", "present", "Maintenance", "paragraph", "With predictive maintenance we expect to reduce unplanned downtime on the crushers."),
    ("outcomes", "partial", "Vision", "paragraph", "Our vision is to be the most data-driven insurer in Europe."),
    ("outcomes", "partial", "About this strategy", "paragraph", "This strategy aims to make the museum's collection data easy to find and reuse."),
    ("outcomes", "partial", "Summary", "paragraph", "Once this strategy is implemented, the institute will have taken a significant step towards more open research data."),
    ("outcomes", "absent", "Background", "paragraph", "Many strategies aim to do too much at once."),
    ("outcomes", "partial", "Our ambition", "bullet", "Roll out a generative AI assistant to all 3,000 employees"),
    ("outcomes", "partial", "Purpose", "paragraph", "The aim of the programme is to harness AI to transform the way we work."),
    ("outcomes", "partial", "Ambition", "paragraph", "We aim to unlock the value of our data."),
    ("outcomes", "absent", "Market", "paragraph", "Many hospitals have reduced waiting times by using AI triage."),
    ("outcomes", "absent", "Where we are", "paragraph", "Revenue grew by 12% last year."),
    ("outcomes", "absent", "Scope", "paragraph", "This document describes the architecture of the data platform."),
    ("outcomes", "present", "Team OKRs", "bullet", "Key result: Increase the share of members who renew online by a third"),
    ("outcomes", "present", "H2 plan", "bullet", "KR 2.1 - Cut the cost of processing a supplier invoice"),
    ("outcomes", "partial", "H2 plan", "bullet", "KR1.1: Launch the new volunteer portal"),
    ("outcomes", "absent", "How OKRs work", "paragraph", "Many teams use key results to track cost and revenue."),
    # The organisation's aim with a qualifier between, and a declared standing: aspirations.
    ("outcomes", "partial", "Introduction", "paragraph", "Our aim for this season is to become a friendlier and more open theatre for families."),
    ("outcomes", "partial", "Welcome", "paragraph", "Our ambition is simple: to put good advice within reach of every tenant."),
    ("outcomes", "present", "Introduction", "paragraph", "Our aim for this season is to cut the time members wait for a refund."),
    ("outcomes", "partial", "Vision 2030", "bullet", "By 2030 the league shall be the best-run amateur league in the country."),
    ("outcomes", "partial", "About us", "paragraph", "The helpline is part of our promise to be the most trusted housing charity in Wales."),
    ("outcomes", "partial", "A note from the director", "paragraph", "I would like the practice to modernise how we work while keeping the care our clients know."),
    ("outcomes", "absent", "Architecture", "paragraph", "The new booking platform will be the most important part of the programme."),
    # The aim of the body or project the document sets up: what it is for (partial); a past
    # purpose is history.
    ("outcomes", "partial", "Charter", "paragraph", "The mission of the Heritage Data Working Group is to publish shared vocabularies for museum collections."),
    ("outcomes", "absent", "History", "paragraph", "The purpose of the old records department was to keep paper files."),
    # A result word naming the kind of another thing is not the result being changed.
    ("outcomes", "partial", "Vision", "paragraph", "We want to accelerate the transition towards a cleaner and more efficient energy system."),
    ("outcomes", "absent", "Plan", "paragraph", "The plan will strengthen the safety team at each quarry."),
    ("outcomes", "present", "Plan", "paragraph", "We want fewer safety incidents at each quarry."),
    ("outcomes", "present", "Plan", "paragraph", "We will cut energy use in the bakery's ovens."),
    ("outcomes", "absent", "Thanks", "paragraph", "We would like to thank our volunteers for their time."),
    # A result word at the tail of a compound adjective describes a thing, not a result.
    ("outcomes", "absent", "Objectives", "bullet", "Release high-quality open datasets on river levels"),
    ("outcomes", "absent", "Objectives", "bullet", "Improve real-time monitoring of the tram network"),
    ("outcomes", "present", "Objectives", "bullet", "Improve the quality of school meals across the borough"),
    ("outcomes", "present", "Objectives", "bullet", "Reduce high-risk prescribing in our care homes"),
    # Items under a heading on what the plan will do are its activities (partial).
    ("outcomes", "partial", "What we will do", "bullet", "Fit a card reader to every library self-service kiosk"),
    ("outcomes", "partial", "What we're doing", "bullet", "Photograph and catalogue the 1950s print collection"),
    ("outcomes", "absent", "What we did last year", "bullet", "Photograph and catalogue the 1950s print collection"),
    # What the plan is to speed up, enable or foster, named only as an effort or a field: a vague
    # aspiration (partial); the same verbs in the past, or a noun "support", are not aims.
    ("outcomes", "partial", "Why we exist", "paragraph", "The open data platform will accelerate research efforts across the region."),
    ("outcomes", "partial", "Project proposal", "title", "FloodNet: enable the emergence of shared models for river forecasting"),
    ("outcomes", "partial", "About us", "paragraph", "We support the energy transition in our region."),
    ("outcomes", "absent", "Survey", "paragraph", "52% of researchers said they lacked the engineering support to move research code into production."),
    ("outcomes", "absent", "History", "paragraph", "Earlier grants accelerated research in other countries."),
    ("outcomes", "present", "Goals", "bullet", "Cut the time it takes to process a grant application and accelerate research efforts"),
    # The writer urging another body to act is that body's task, not an aim of the document; a
    # board paper asking its own board to approve the plan's activity is still an aim.
    ("outcomes", "absent", "Our response", "paragraph", "We would encourage the Board to set up a register of incidents so that the whole market can learn from them."),
    ("outcomes", "absent", "Question 4", "paragraph", "We urge the Department to require a plain-language notice so that tenants know what is collected."),
    ("outcomes", "partial", "Decision sought", "paragraph", "We ask the Board to approve the pilot so that we can set up a new claims team."),
]

METRICS: list[Case] = [
    ("metrics", "present", "Targets", "bullet", "Reduce average call handling time from 7.5 to 5 minutes by March 2027."),
    ("metrics", "present", "Service levels", "paragraph", "We will keep the complaint rate below 0.5% of orders throughout 2026."),
    ("metrics", "present", "Forecasting", "paragraph", "Achieve forecast accuracy of at least 92% by Q2 2026."),
    ("metrics", "present", "Punctuality", "paragraph", "Target: on-time departures of 88% or higher in 2026."),
    ("metrics", "present", "How we will measure success", "table_row", "KPI\tCurrent\tTarget\tDeadline || Average days to resolve a claim\t12\t6\tDec 2026"),
    ("metrics", "present", "Customers", "paragraph", "We will increase our net promoter score by 10 points within two years."),
    ("metrics", "present", "Key results", "bullet", "Improve average archiving throughput by 5x"),
    ("metrics", "absent", "Method", "paragraph", "We score each risk on a 3x3 matrix of likelihood and impact."),
    ("metrics", "partial", "Measurement", "paragraph", "We will monitor customer satisfaction and cost to serve."),
    ("metrics", "partial", "Measurement", "paragraph", "KPIs include churn, NPS and average revenue per user."),
    ("metrics", "partial", "Service", "paragraph", "We will significantly improve response times."),
    ("metrics", "partial", "How we will know", "bullet", "Train 1,200 nurses on the new rostering tool by June 2026"),
    ("metrics", "partial", "Adoption", "bullet", "Roll out the assistant to 5,000 users in the first year"),
    ("metrics", "absent", "Funding", "paragraph", "The programme has a budget of £2.5 million over three years."),
    ("metrics", "absent", "About us", "paragraph", "We employ 4,500 people across 60 sites."),
    ("metrics", "absent", "Context", "paragraph", "The global AI market is forecast to reach $500bn by 2028."),
    # A key result with a quantity is a measure by definition; a key result that counts work done is not.
    ("metrics", "present", "Objective 2", "bullet", "**Key Result:** 40k downloads per 30 days of the field guide (currently 22k)"),
    ("metrics", "present", "Objective 1", "bullet", "KR2: Increase the number of active volunteer drivers by 15%"),
    ("metrics", "present", "Q3 OKRs", "bullet", "KR: Member requests for help with renewals reduced by **30%**"),
    ("metrics", "absent", "Objective 3", "bullet", "Key result: Publish 4 case studies with partner libraries"),
    # Measures named as what the plan will measure, or their targets deferred: partial.
    ("metrics", "partial", "Evaluation", "paragraph", "Targets for these indicators will be set after the first season, once we have a baseline."),
    ("metrics", "partial", "Evaluation", "paragraph", "We\u2019ll measure our progress through a short survey of tenants each spring."),
    ("metrics", "partial", "Evaluation", "paragraph", "Indicators for each of the four themes will be co-designed with the partner schools."),
    ("metrics", "absent", "Context", "paragraph", "Economic indicators were weak across the region in 2024."),
    # A figure framed as a target by a comparator or by a success criterion.
    ("metrics", "present", "This year", "bullet", "Hold two open days for members, >85% satisfaction"),
    ("metrics", "present", "Platform", "paragraph", "We will know this is working when our engineers spend 70% of their time on new features."),
    ("metrics", "absent", "Survey", "paragraph", "Satisfaction was >85% in the last members' survey."),
    # A goal to move a share to a percentage, the share named only by a pronoun.
    ("metrics", "present", "Access", "paragraph", "The ministry has set a goal to increase this to 80% by 2028."),
    ("metrics", "absent", "History", "paragraph", "The share of online claims rose to 80% in 2023."),
    # "Double", "halve", "zero ...": a target only when said as one.
    ("metrics", "present", "Clinics", "paragraph", "We will halve the did-not-attend rate in outpatient clinics by 2027."),
    ("metrics", "absent", "How inspection works", "paragraph", "Checkers log defects such as double stitches, loose threads and stains on each garment."),
    ("metrics", "absent", "Next year", "bullet", "Key result: spend £40k on the new catalogue"),
    # A bound on how long a task may take: the time taken is the measure.
    ("metrics", "present", "Service standards", "paragraph", "Every repair request will be acknowledged within 2 working days."),
    ("metrics", "present", "Developer experience", "bullet", "The toolkit should install on a new laptop in 15 mins or less."),
    ("metrics", "absent", "Events", "paragraph", "The induction workshop lasts 3 hours."),
    ("metrics", "absent", "Launch", "paragraph", "We will launch the new booking app within 30 days."),
    ("metrics", "absent", "Last year", "paragraph", "Repair requests were acknowledged within 2 days last year."),
    # A level on a rating scale is a measurable target; a current rating is not a goal.
    ("metrics", "present", "We will:", "bullet", "Work towards a four-star accessibility rating for the council website"),
    ("metrics", "present", "Targets", "paragraph", "We will achieve a five-star food hygiene rating in every canteen by 2027."),
    ("metrics", "absent", "Today", "paragraph", "Our website currently has a two-star rating."),
    # A deadline for reporting an incident is a duty of a governance process, not a success metric.
    ("metrics", "absent", "Incidents", "bullet", "Any incident in which the model contributed to a wrong refund must be reported to the risk team within 48 hours."),
    ("metrics", "absent", "Data protection", "paragraph", "Breaches must be notified to the regulator within 72 hours."),
    ("metrics", "present", "Service levels", "paragraph", "Complaints will be answered within 5 working days."),
    # The size of those a rule applies to is scope, not activity; a change "to" a tool is a trigger.
    ("metrics", "absent", "Recommendations", "paragraph", "We propose that councils with more than 400 staff publish a register of the algorithms they use."),
    ("metrics", "absent", "Review", "paragraph", "The panel reviews each tool again after any significant change to the tool or its data."),
    ("metrics", "partial", "Aims", "paragraph", "We aim for a significant change in tenant satisfaction."),
    ("metrics", "partial", "Plan", "paragraph", "We will train more than 250 staff by March."),
    # Measures to be set up are measures named without a target.
    ("metrics", "partial", "Goals", "bullet", "Create a panel to work with staff on establishing accessibility metrics for all of our programmes."),
    ("metrics", "partial", "Next steps", "bullet", "Develop KPIs for the new repairs service."),
    ("metrics", "absent", "Next steps", "bullet", "Develop a new repairs service."),
    # A due date in words is not a figure: an action with its deadline is not a KPI row.
    ("metrics", "absent", "Supporting work (targets)", "table_row", "Action\tTarget || Publish the data-sharing framework\t2023 first half"),
    ("metrics", "present", "Supporting work (targets)", "table_row", "Measure\tTarget || Annual visitors to the reading room\t2000"),
    # Counts of output or of access, as a measure's name, are activity.
    ("metrics", "partial", "How we will measure progress", "table_row", "Measure\tFY2027 goal || Pages transcribed\t40,000"),
    ("metrics", "partial", "How we will measure progress", "table_row", "Measure\tFY2027 goal || Teachers with library app access\t300"),
    ("metrics", "present", "How we will measure progress", "table_row", "Measure\tFY2027 goal || Share of teachers with access who use it weekly\t60%"),
    ("metrics", "absent", "Goals", "paragraph", "Goal: Provide a reference design for agents with good reasoning that access data only through approved servers."),
    # Counts of things put into service are roll-out activity.
    ("metrics", "partial", "Targets", "bullet", "120 buses equipped and live on the new ticketing system by June 30, 2027."),
    ("metrics", "partial", "Targets", "bullet", "All six depots using the new rostering tool by the end of the year."),
    ("metrics", "present", "Targets", "bullet", "Missed pick-ups down from 120 to 60 per week by March 2027."),
    # An index or a change counted from today's level names its measure; an index of a report
    # does not.
    ("metrics", "present", "Goals", "bullet", "Raise the county's digital inclusion index by 15% from current levels"),
    ("metrics", "present", "Goals", "bullet", "Increase the number of volunteer hours by 25% from the present level"),
    ("metrics", "absent", "Appendix", "paragraph", "The index of this report lists 14 tables."),
    # A deliverable due within a period of the plan's own start is a deadline, not a measure;
    # a service level counted from each request still is.
    ("metrics", "absent", "Compliance", "paragraph", "Within 180 days of the effective date, the records office shall submit a compliance plan to the board."),
    ("metrics", "present", "Service", "paragraph", "Every complaint will be answered within 5 working days of receipt."),
    # "On track" and "track record" measure nothing.
    ("metrics", "absent", "Funding", "paragraph", "The society is on a good track to raise enough income for the next three years."),
    ("metrics", "absent", "Partners", "paragraph", "Our partners have a strong track record in reducing costs."),
    # A target whose figure is a placeholder, or an open count of reach, under a plan heading:
    # what will be counted, without a measurable target (partial); names with a letter in them,
    # spells of time, and the same counts outside a plan are not targets.
    ("metrics", "partial", "Learning objectives", "bullet", "LO2 - Have X colleges join the accreditation scheme"),
    ("metrics", "partial", "Key results", "bullet", "Increase take-up of the tenant app by X%"),
    ("metrics", "partial", "Medium-term roadmap", "bullet", "Live deployments at 3+ partner archives"),
    ("metrics", "absent", "Medium-term roadmap", "bullet", "Gen X members prefer the printed newsletter."),
    ("metrics", "absent", "Medium-term roadmap", "bullet", "The partners bring 20+ years of experience in grid software."),
    ("metrics", "absent", "About the partners", "bullet", "Live deployments at 3+ partner archives"),
    # Levels a system must reach, listed under a heading on its performance requirements, are
    # targets; the same figure said of last year is not.
    ("metrics", "present", "Performance requirements", "bullet", "Scanner uptime of at least 95% of opening hours in each store."),
    ("metrics", "absent", "Performance last year", "bullet", "Scanner uptime was 93% across the estate."),
]

OWNERS: list[Case] = [
    ("owners", "present", "Accountability", "paragraph", "Accountable executive: Maria Lopez, Chief Nursing Officer."),
    ("owners", "present", "Accountability", "paragraph", "The Director of Operations is accountable for delivering the savings."),
    ("owners", "present", "Benefits", "paragraph", "Our CFO owns the benefits case and reports to the board every quarter."),
    ("owners", "present", "Ownership", "paragraph", "Each initiative has a named senior owner."),
    ("owners", "present", "Who does what", "table_row", "Initiative\tR\tA\tC\tI || Route optimisation\tFleet analytics lead\tHead of Logistics\tFinance\tDrivers"),
    ("owners", "present", "Chatbot", "paragraph", "James Carter (Head of Customer Service) will own the chatbot roll-out."),
    ("owners", "partial", "Delivery", "paragraph", "Responsibility for delivery will be shared by IT and the business."),
    ("owners", "partial", "Delivery", "paragraph", "A cross-functional working group will oversee the programme."),
    ("owners", "partial", "Leadership", "paragraph", "The executive team will jointly lead the transformation."),
    ("owners", "partial", "Delivery", "paragraph", "The Collections team will deliver the new cataloguing workflow by June."),
    ("owners", "absent", "People", "paragraph", "A strong team is key to the success of any programme."),
    ("owners", "partial", "Ownership", "paragraph", "Owners for each workstream will be named in the next phase."),
    ("owners", "partial", "Team", "paragraph", "Programme lead: TBC"),
    ("owners", "absent", "Ownership", "paragraph", "No single owner has been appointed for the programme."),
    ("owners", "absent", "Open points", "paragraph", "It has not yet been decided who will be accountable for the new service."),
    ("owners", "absent", "Lessons", "paragraph", "Many organisations fail because nobody owns the outcomes."),
    # A body led by an elected or listed chair holds the work collectively: partial, not absent.
    ("owners", "partial", "Steering", "paragraph", "The project will have a steering group of six maintainers and a chairperson elected by the group."),
    ("owners", "partial", "Charter", "bullet", "electing each year a chair to run the meetings and set the agenda"),
    ("owners", "partial", "Committee", "bullet", "Ines Okoro (Harbour Labs) \u2013 chairperson"),
    ("owners", "absent", "Welcome", "paragraph", "Please take a chair and enjoy the talks."),
    ("owners", "absent", "Venue", "paragraph", "The hall seats 200 with chairs arranged in rows."),
    # A single leading role still to be hired, created or filled: the owner is still to come.
    ("owners", "partial", "Next steps", "bullet", "Hire a data platform lead"),
    ("owners", "partial", "Priorities", "bullet", "Define and staff the partnerships manager role."),
    ("owners", "absent", "Scope", "paragraph", "We will define the role of AI in marking coursework."),
    ("owners", "absent", "Suppliers", "bullet", "Establish the lead times for each supplier."),
    ("owners", "absent", "Delivery", "bullet", "Hire two data engineers for the warehouse team."),
    ("owners", "partial", "Next steps", "bullet", "Hire a Head of Data by March."),
    ("owners", "absent", "Delivery", "bullet", "Hire a delivery manager for the claims pilot."),
    ("owners", "absent", "Grants", "paragraph", "Recruit a project officer to run the grant scheme."),
    # A lead label with a person's name after it, as in a project form or a team slide: one lead
    # owns the work, two co-leads share it; a title-case phrase after a plain word is no name.
    ("owners", "present", "General information", "paragraph", "Project lead Ines Varga, Northwind Cooperative,"),
    ("owners", "present", "Team", "bullet", "Programme coordination: Tomasz Wierzba (Harbour Institute)"),
    ("owners", "present", "Status", "table_row", "Field\tValue || Chairs\tLeila Haddad (Meridian Labs)"),
    ("owners", "partial", "Leads", "paragraph", "Current lead(s): Ruth Okafor (Gridline) Pablo Serra (Northwind)"),
    ("owners", "partial", "Leads", "paragraph", "Technical lead: Ruth Okafor and Pablo Serra"),
    ("owners", "absent", "Sales", "bullet", "Leads Generated Per Month, by region"),
    ("owners", "absent", "Suppliers", "bullet", "Project Lead Time Reduction"),
    ("owners", "absent", "Team", "paragraph", "Technical lead: Data Platform Team"),
    # A dated duty given to one role ("the CDO will release the guidelines by March"); the same
    # duty given to a body, to plural roles or to a supplier, or only as a possibility, is not.
    ("owners", "present", "Milestones", "paragraph", "The CIO will publish the data inventory by 30 June 2026."),
    ("owners", "present", "Reporting", "paragraph", "The Head of Finance shall submit the benefits report to the board each quarter."),
    ("owners", "absent", "Milestones", "paragraph", "The vendor will deliver the booking platform in Q3."),
    ("owners", "absent", "Training", "paragraph", "Managers will ensure that their staff complete the course."),
    ("owners", "absent", "Options", "paragraph", "The CFO could present the results to the board if asked."),
    # Responsibility that "lies with" a named office is held by one organisational unit.
    ("owners", "present", "Pillars", "paragraph", "Responsibility for this pillar lies with the Ministry of Health, which guides the hospitals."),
    ("owners", "absent", "History", "paragraph", "The blame for the delay lies with the weather."),
    # An open project's maintainership held by an organisation or its team is collective.
    ("owners", "partial", "Commitments", "bullet", "Active maintainership from Brightwater Systems"),
    ("owners", "partial", "Project", "paragraph", "The parser is maintained by the Brightwater platform team."),
    ("owners", "absent", "Project", "paragraph", "The parser is maintained by volunteers."),
    # A table row giving a duty in one cell and its holder in another.
    ("owners", "present", "Who holds what", "table_row", "Responsibility\tHeld by || Accountable for the fleet electrification programme\tHead of Transport"),
    ("owners", "absent", "Who holds what", "table_row", "Duty\tWho || Responsible for the data model\tFinance team"),
    # Reporting on the work to a board is accountability; a line of management is not.
    ("owners", "present", "Reporting", "paragraph", "The Director of Estates reports on the programme to the Board twice a year."),
    ("owners", "absent", "Structure", "paragraph", "The CFO reports to the Chief Executive."),
    # A person responsible still to be named, in other words: deferred.
    ("owners", "partial", "Phase 3", "paragraph", "For the new app a responsible of the project will be nominated during 2027."),
    ("owners", "partial", "Next steps", "paragraph", "A person responsible for the pilot will be named after the tender."),
    ("owners", "absent", "Approach", "paragraph", "A responsible approach will be taken."),
    # A team that keeps the subject under review, said in the present: collective.
    ("owners", "partial", "Our position", "paragraph", "Our claims team keeps these complaints under review with the operations leadership."),
    ("owners", "absent", "Costs", "paragraph", "Our team keeps a close eye on costs."),
    # The owner named after the work's possessive, and an owner "on the hook" for a target.
    ("owners", "present", "Sponsorship", "paragraph", "The pilot's sponsor will be Dr Ana Ruiz, Medical Director."),
    ("owners", "absent", "Site", "paragraph", "The building's owner is Mr Jones."),
    ("owners", "present", "Targets", "paragraph", "Tom Reyes (Plant Manager) is on the hook for the downtime target."),
    ("owners", "absent", "Suppliers", "paragraph", "Our suppliers are on the hook for late deliveries."),
]

GOVERNANCE: list[Case] = [
    ("governance", "present", "Oversight", "paragraph", "An Algorithmic Ethics Board reviews every high-risk model before deployment and meets quarterly."),
    ("governance", "present", "Service standard", "paragraph", "All services will undergo a formal review ahead of launch."),
    ("governance", "present", "Tracking", "paragraph", "The digital office will run an annual review process to track each department's progress against this strategy."),
    ("governance", "absent", "Finance", "paragraph", "The annual budget of the programme is £3m."),
    ("governance", "present", "Security", "paragraph", "All AI tools must pass a security and privacy review before they are connected to patient records."),
    ("governance", "present", "Operations", "paragraph", "Model performance is monitored monthly for drift and bias by the data science team."),
    ("governance", "present", "Steering", "paragraph", "The steering committee meets monthly to approve changes to the roadmap."),
    ("governance", "present", "Acceptable use", "paragraph", "Customer data must never be pasted into public chatbots."),
    ("governance", "present", "Decisions", "paragraph", "Decisions are managed by the core team, who meet every three weeks to settle any items that require a decision."),
    ("governance", "present", "Advisory council", "bullet", "Establish an Advisory Council that will meet biannually to advise the board on strategy and finances."),
    ("governance", "partial", "Governance", "paragraph", "The project team met once to agree how governance decisions will be made."),
    ("governance", "partial", "Governance", "paragraph", "We will establish appropriate AI governance in due course."),
    # weighing whether a body is needed at all is not yet a mechanism; a body checking each case is
    ("governance", "partial", "Oversight", "paragraph", "We will examine whether the data protection board needs to be given a wider remit."),
    # monitoring how widely a technology is taken up is a market survey, not model monitoring
    ("governance", "absent", "Measuring progress", "paragraph", "We will run an annual AI monitoring to find out the adoption rate of AI among small firms."),
    ("governance", "present", "Operations", "paragraph", "Production monitoring will check the model for drift every week."),
    ("governance", "present", "Oversight", "paragraph", "The Model Risk Committee will review whether each model meets its thresholds before release, every month."),
    ("governance", "partial", "Principles", "paragraph", "We are committed to using AI ethically and in compliance with regulation."),
    ("governance", "partial", "Governance", "paragraph", "A governance framework will be developed in phase two."),
    ("governance", "absent", "Background", "paragraph", "Research shows that most AI failures stem from poor governance."),
    ("governance", "absent", "Background", "paragraph", "Industry surveys suggest that few boards review AI risks at all."),
    # A body's decision rights said without a remit verb.
    ("governance", "present", "Programme board", "paragraph", "The Programme Board is responsible for the overall strategy and for major investment decisions."),
    ("governance", "present", "Projects", "bullet", "The technical steering committee has final judgment over which projects graduate."),
    ("governance", "present", "Structure", "paragraph", "The Digital Council serves as the oversight and approval body for the strategy's implementation."),
    ("governance", "absent", "Ways of working", "paragraph", "Each squad is responsible for its own design decisions."),
    ("governance", "absent", "Rotas", "paragraph", "Managers will have the final say on rota changes."),
    # The plan's own review or reporting on a cadence.
    ("governance", "present", "Keeping the plan current", "paragraph", "We will revise the programme of work annually to reflect what we have learnt."),
    ("governance", "present", "Reporting", "paragraph", "Quarterly updates will be brought to the governance board."),
    ("governance", "absent", "History", "paragraph", "The strategy was reviewed in 2019 after the merger."),
    ("governance", "absent", "Sales", "paragraph", "We publish quarterly sales reports on our website."),
    # An automated check run on every change to the system.
    ("governance", "present", "Test plan", "bullet", "Run automated evaluation on every merge to check the accuracy of the assistant's answers."),
    ("governance", "absent", "Test plan", "bullet", "We will write automated tests."),
    # Outside pressure described as context is not this organisation's provision.
    ("governance", "absent", "Market", "paragraph", "Regulators in several countries are paying closer attention to automated credit scoring."),
    ("governance", "absent", "Sector", "paragraph", "Many care providers face growing legal and reputational risk as inspections tighten."),
    ("governance", "partial", "Principles", "paragraph", "We will work with the regulator and comply with its guidance on automated decisions."),
    # A paper asking a board to approve it is not governance.
    ("governance", "absent", "Proposal", "paragraph", "It is proposed to the Board of Directors the approval of a budget for a routing optimisation system."),
    ("governance", "present", "Change control", "paragraph", "Each model change is presented to the Model Risk Committee, which approves it before release."),
    # A security or compliance certification named without a body, remit or cadence: partial.
    ("governance", "partial", "Q3 key results", "bullet", "KR: ISO 27001 certification audit booked"),
    ("governance", "partial", "Trust", "paragraph", "We will complete an independent accessibility audit of the booking site next year."),
    ("governance", "absent", "Finance", "paragraph", "Our accounts were audited last year with no findings."),
    # Other parties' mechanisms, urged on others or thanked for: not this organisation's.
    ("governance", "absent", "Context", "paragraph", "Several regional hospitals have established algorithm review panels that vet every model before it is used on wards."),
    ("governance", "partial", "Recommendations", "paragraph", "We recommend that employers with more than 500 staff set up a joint AI committee that meets quarterly and reviews new systems before they are introduced."),
    ("governance", "partial", "Context", "paragraph", "For reference, the group treasury runs a quarterly model risk board that approves pricing models before release."),
    ("governance", "partial", "Acknowledgements", "paragraph", "We thank the members of the Audit Board for their careful reading of two drafts of this plan."),
    ("governance", "present", "Oversight", "paragraph", "We recommend that the Model Risk Committee, which meets monthly, reviews every scoring model before release."),
    # A body noun that only qualifies another noun after "of" ("the automation of routine office tasks").
    ("governance", "absent", "Members", "paragraph", "Our members face the automation of routine office tasks and already work alongside monitoring software."),
    # An item of a body's terms of reference that names what it decides, recommends or reviews.
    ("governance", "present", "Role of the TSC", "bullet", "making recommendations to the Finance Committee on funding priorities for member projects;"),
    ("governance", "present", "Data Ethics Panel responsibilities", "bullet", "Review each new use of tenant data in analytics projects."),
    ("governance", "absent", "Role of the TSC", "bullet", "facilitate communication among the member projects."),
    ("governance", "absent", "Role of the delivery team", "bullet", "making recommendations on priorities for the backlog;"),
    # A project's approved budget is a funding status; what customers asked for is their demand.
    ("governance", "partial", "Projects", "paragraph", "Both projects have approved capital and plans in the digital programme office."),
    ("governance", "present", "Investment", "paragraph", "The investment board approves every business case above $1m, monthly."),
    ("governance", "absent", "Audits", "paragraph", "Both audits closed with minor findings, but two customers asked to be told of any stoppage within 24 hours."),
    # A web page's link bar and public policy (a policy department) are not provisions.
    ("governance", "absent", "Footer", "paragraph", "Privacy | Cookies | Accessibility | Sign up to our newsletter"),
    ("governance", "absent", "Contact", "paragraph", "Contact: Policy Department, Example Union, 22 Carden Row, London"),
    ("governance", "absent", "Context", "paragraph", "Government industrial policy has shifted towards AI."),
    ("governance", "present", "Oversight", "paragraph", "The Board reviews risk | monthly | chaired by the CFO"),
    ("governance", "partial", "Data", "paragraph", "Our data protection policy will be updated next year."),
    # A decision rule of a policy: what is declined because it departs from the rule.
    ("governance", "present", "Our guiding policy", "paragraph", "Say no to consulting requests that deviate from this rule."),
    ("governance", "present", "Architecture", "paragraph", "We will decline requests for new tools that fall outside the approved architecture."),
    # The plan reviewed at standing meetings; a team that sets policy for an area.
    ("governance", "present", "About this roadmap", "paragraph", "This roadmap is not fixed: it will be revisited regularly at the monthly maintainers' meetings."),
    ("governance", "present", "Who we are", "paragraph", "The Records Standards Team works to determine policy and workflows for the cataloguing of donated archives."),
    ("governance", "absent", "Who we are", "paragraph", "The events team sets the tone for our annual conference."),
    # A report a person must hand to a body, the verb first, with a cadence or deadline; a one-off
    # presentation or a newsletter to members is not one.
    ("governance", "present", "Reporting", "paragraph", "The programme director shall submit a progress report to the Finance Committee every six months."),
    ("governance", "present", "Accountability", "paragraph", "The head of service will present an annual update on the plan to the board of trustees."),
    ("governance", "absent", "News", "paragraph", "Last year the team presented its results to the board."),
    ("governance", "absent", "Members", "paragraph", "We will send a quarterly newsletter to all our members."),
    # A budget or financial review on a cadence; figures published on a cadence are not.
    ("governance", "present", "Finance", "paragraph", "From next year the trustees will hold a quarterly budget review of every project."),
    ("governance", "absent", "Finance", "paragraph", "Quarterly budget figures are published on the website."),
    # A standing meeting that handles cases or requests; a funding call, a meeting on anything else.
    ("governance", "present", "How we work", "bullet", "A fortnightly meeting to triage incoming requests for new datasets"),
    ("governance", "present", "Ways of working", "bullet", "Every other week: a meeting about open cases"),
    ("governance", "absent", "Funding", "paragraph", "The foundation runs an annual call for proposals for community projects."),
    ("governance", "absent", "Team", "paragraph", "The team has a weekly meeting about the newsletter."),
    # A review for a risk area that every piece of work goes through; one some may seek is partial.
    ("governance", "present", "Standards", "paragraph", "All published datasets are subject to an independent review for privacy and data protection."),
    ("governance", "present", "Releases", "paragraph", "Each major release will undergo an external audit of its security."),
    ("governance", "partial", "Security", "paragraph", "Some teams may seek a review of their privacy practices if they wish."),
    # A stated decision rule (consensus, a vote on every proposal); a one-off vote, talk of consensus.
    ("governance", "present", "Decision making", "paragraph", "Technical decisions are made by lazy consensus on the mailing list."),
    ("governance", "present", "Charter changes", "paragraph", "A formal vote is held on every proposal to change the project charter."),
    ("governance", "absent", "Community", "paragraph", "Members voted on the name of the new mascot."),
    ("governance", "absent", "Community", "paragraph", "Reaching consensus on every decision is hard in a large community."),
    # Risk areas to be identified: risk acknowledged, no mechanism.
    ("governance", "partial", "Discovery", "bullet", "Identify the high-risk areas of the new payments flow."),
    # A person who has checked a piece of work before it goes on is a step of the routine (human
    # oversight); a check that gates sharing or going live is a control.
    ("governance", "absent", "On the packing line", "bullet", "Any parcel the scanner flags stops the belt until the shift lead has checked the label against the order."),
    ("governance", "present", "Data sharing", "paragraph", "No resident data is shared with a supplier unless the data protection officer has reviewed the request."),
    ("governance", "present", "Releases", "paragraph", "No model goes live until the risk team has reviewed its test results."),
    # A web page's footer links, without separators, are navigation; a sentence on the policy is not.
    ("governance", "absent", "Footer", "paragraph", "Privacy Cookie settings Terms of use Sitemap"),
    ("governance", "partial", "Our policies", "paragraph", "We publish our privacy policy and our cookie notice on every page."),
    # A breadcrumb trail and a lone footer link are navigation; a policy in a job title, or a
    # department named like a body, governs nothing.
    ("governance", "absent", "News", "paragraph", "Home \u203a Newsroom \u203a Policy"),
    ("governance", "absent", "Links", "bullet", "Privacy Policy"),
    ("governance", "absent", "Contact", "paragraph", "For questions on this response, write to Ruth Adeyemi, Policy and Public Affairs Manager."),
    ("governance", "absent", "Team wiki", "paragraph", "The Digital Office dashboard reads from this sheet every Friday."),
    ("governance", "partial", "Data", "paragraph", "The Data Ethics Group is consulted on new uses of customer data."),
    # A control that gates a data source or a feature coming into use.
    ("governance", "present", "Data protection", "paragraph", "A data protection impact assessment is signed off by the Data Protection Officer before any new data source is added to the model."),
    ("governance", "present", "Releases", "paragraph", "Every new feature of the booking assistant gets a security review before it is switched on."),
    ("governance", "absent", "History", "paragraph", "The menu was approved before the new canteen was introduced."),
]

CAPACITY: list[Case] = [
    ("execution_capacity", "present", "Team", "paragraph", "We will hire five data engineers and two ML engineers by the end of 2026."),
    ("execution_capacity", "present", "People", "bullet", "Hire an Ops Lead and a Head of Community Programs"),
    ("execution_capacity", "absent", "Events", "paragraph", "Our head of marketing spoke at the regional conference."),
    ("execution_capacity", "present", "Delivery", "paragraph", "A dedicated team of eight will deliver the first release."),
    ("execution_capacity", "present", "Wards", "paragraph", "Two nurses will be seconded to the digital team for 12 months."),
    ("execution_capacity", "present", "Resourcing", "table_row", "Role\tFTE\tStart || Data product manager\t1.0\tJan 2026"),
    ("execution_capacity", "present", "Champions", "paragraph", "Each depot will nominate a digital champion with half a day a week protected for the role."),
    ("execution_capacity", "partial", "People", "paragraph", "We will invest in upskilling our workforce."),
    ("execution_capacity", "partial", "People", "paragraph", "Attracting and retaining digital talent is critical."),
    ("execution_capacity", "partial", "People", "paragraph", "All managers will receive AI awareness training."),
    ("execution_capacity", "absent", "About us", "paragraph", "We have 12,000 employees in 40 countries."),
    # A delivery team described by the roles it is made of; a staffing figure written loosely.
    ("execution_capacity", "present", "How we deliver", "paragraph", "Each squad is made up of a product owner, two data engineers and a designer."),
    ("execution_capacity", "present", "Resourcing", "bullet", "Virtual records team with 2~ FTE of dedicated time"),
    ("execution_capacity", "absent", "Governance", "paragraph", "Our board is made up of nine trustees and two co-opted members."),
    ("execution_capacity", "absent", "Culture", "paragraph", "The team is comprised of people from across the organisation."),
    # A section number in a role table is not a time or a count.
    ("execution_capacity", "absent", "Roles", "table_row", "Role\tResponsibility || Duty pharmacist\tFollows step 3 of the dispensing procedure"),
    ("execution_capacity", "present", "Roles", "table_row", "Role\tStart || Data steward\tApril 2027"),
    # Support for the organisation's own people, said without roles or numbers: partial.
    ("execution_capacity", "partial", "Our people", "paragraph", "Depot staff will be supported to build their confidence with the routing app."),
    ("execution_capacity", "partial", "Our people", "paragraph", "We will help every colleague become comfortable with the new scheduling assistant."),
    ("execution_capacity", "partial", "Our people", "paragraph", "All staff will receive clear guidance on when the chatbot may be used."),
    ("execution_capacity", "absent", "Customers", "paragraph", "We will help customers become comfortable with paying online."),
    ("execution_capacity", "absent", "Access", "paragraph", "Patients will be supported to use the online booking system."),
    # Capacity words said of machines (a tool's capabilities, model training, compute resources,
    # dedicated hardware) are not about who does the work; the same words of people still count.
    ("execution_capacity", "absent", "Design", "paragraph", "The new search engine adds semantic search capabilities to the parts catalogue."),
    ("execution_capacity", "absent", "Design", "bullet", "Store the training data and the results of every training run for a year."),
    ("execution_capacity", "absent", "Design", "paragraph", "Retraining the routing model each night needs dedicated GPU servers and more compute resources."),
    ("execution_capacity", "absent", "Design", "paragraph", "The scheduler allocates resources to each pipeline step and offers capabilities for caching results."),
    ("execution_capacity", "partial", "Our people", "paragraph", "We will build the analytical capabilities of our finance staff."),
    ("execution_capacity", "partial", "Our people", "paragraph", "Every planner will complete a training course on the forecasting tool."),
    ("execution_capacity", "present", "Delivery", "paragraph", "Two data engineers will be dedicated to the model training pipeline from March."),
    # Staffing said as the means of a goal, a qualified people noun, or a counted number of
    # people added to the body that does the work; growth of contributors in general is partial.
    ("execution_capacity", "present", "Goals", "bullet", "3. Extend opening hours at the help desk by recruiting IT staff for evenings."),
    ("execution_capacity", "present", "Key results", "bullet", "Key result: Add 4 members to the Data Ethics Committee from outside the sector"),
    ("execution_capacity", "present", "2027 goals", "bullet", "Bring on three new maintainers for the parser library"),
    ("execution_capacity", "partial", "Community", "paragraph", "We plan for growth of active contributors to the toolkit."),
    ("execution_capacity", "absent", "Service desk", "paragraph", "Our IT staff answered 4,000 calls last year."),
    ("execution_capacity", "absent", "Members", "paragraph", "Recruit 2,000 new members to the cooperative by 2027."),
    ("execution_capacity", "absent", "Releases", "paragraph", "Add 5 new plugins to the editor this year."),
    # The organisation's own people said to matter, without roles or numbers: partial.
    ("execution_capacity", "partial", "Our people", "paragraph", "Our drivers and depot staff are at the heart of this change."),
    ("execution_capacity", "absent", "Structure", "paragraph", "The finance teams are central; the sales teams are regional."),
    ("execution_capacity", "absent", "Values", "paragraph", "Our customers are at the heart of everything we do."),
    ("execution_capacity", "partial", "Our people", "paragraph", "We will invest in our people so that every ward clerk can use the new tools."),
    ("execution_capacity", "partial", "Our people", "paragraph", "Professional learning for depot supervisors comes first."),
    ("execution_capacity", "absent", "Funding", "paragraph", "We will invest in our customers' energy efficiency."),
    # Hiring as the organisation's line of business, or a decision an AI system supports, is not
    # staffing for the plan; hiring for the plan still counts.
    ("execution_capacity", "absent", "Market", "paragraph", "Most UK recruitment agencies now use AI to screen CVs."),
    ("execution_capacity", "absent", "Vision", "paragraph", "We aim to be the leading AI-first recruitment partner for retailers."),
    ("execution_capacity", "absent", "Regulation", "paragraph", "Regulators are watching the use of AI in hiring decisions."),
    ("execution_capacity", "partial", "Risks", "paragraph", "Recruitment of data scientists remains our biggest risk."),
    ("execution_capacity", "absent", "Cooperation", "paragraph", "Joint projects must respect the division of competences between the EU and its Member States."),
    ("execution_capacity", "partial", "Skills", "paragraph", "We will raise the digital competences of our case officers."),
    # A body or team given the delivery of the plan is present; one asked only to explore is not.
    ("execution_capacity", "present", "Delivery", "paragraph", "The new Digital Office, a small unit tasked with implementing this strategy, opens in May."),
    ("execution_capacity", "absent", "Next steps", "paragraph", "A working group tasked with exploring the options will report in autumn."),
    # Hiring measured against a staffing plan is a staffing commitment; a past headcount figure is not.
    ("execution_capacity", "present", "Q3 key results", "bullet", "KR: Q3 engineering hiring is 90% of the headcount plan"),
    ("execution_capacity", "present", "Q3 key results", "bullet", "KR: support team 100% staffed-to-plan by August"),
    ("execution_capacity", "absent", "Last year", "paragraph", "Headcount grew 10% last year."),
    # A team set apart for the work is present; praise of the people one has is not.
    ("execution_capacity", "present", "Operations", "bullet", "Dedicated platform engineering team for build and release operations"),
    ("execution_capacity", "absent", "Thanks", "paragraph", "Thanks to our dedicated teams for another strong year."),
    ("execution_capacity", "absent", "Servers", "paragraph", "The archive runs on a dedicated storage cluster."),
    # A work-plan row that puts a named person (or handle) on a task; a deferral, a team or a
    # role in the who-cell does not.
    ("execution_capacity", "present", "Work items", "table_row", "Task\tOwner\tDue || Build the export API\t@kmoreau\tMarch"),
    ("execution_capacity", "present", "Work items", "table_row", "Work item\tAssigned to || Migrate the archive index\tLena Park"),
    ("execution_capacity", "absent", "Work items", "table_row", "Task\tOwner || Migrate the archive index\tTBD"),
    ("execution_capacity", "absent", "Work items", "table_row", "Task\tOwner || Migrate the archive index\tPlatform Team"),
    ("execution_capacity", "absent", "Controls", "table_row", "Activity\tResponsible\tAccountable || Approve a model release\tModel Risk Analyst\tHead of Payroll"),
    # A team given with its size in brackets; a bracket that is not a size is nothing.
    ("execution_capacity", "present", "Committers", "paragraph", "Initial maintainers: Brightwater platform team (3-4)"),
    ("execution_capacity", "absent", "News", "paragraph", "The team (pictured above) celebrated the launch."),
    # A network of champions carried into every team; a representative designated in each unit.
    ("execution_capacity", "present", "Adoption", "bullet", "Maintain and grow an analytics champions network so teams learn from each other."),
    ("execution_capacity", "present", "Inventory", "paragraph", "The Chief Data Officer will designate data coordinators from all city departments."),
    ("execution_capacity", "absent", "Networks", "paragraph", "The regional network of libraries lends e-books to all members."),
    # The project's lead named in a form or on a team slide is a person on the work.
    ("execution_capacity", "present", "General information", "paragraph", "Technical lead: Ines Varga (Northwind Cooperative)"),
    ("execution_capacity", "present", "General information", "paragraph", "Business Lead Tomasz Wierzba, Harbour Institute"),
    ("execution_capacity", "absent", "Reports", "bullet", "Project Manager Time Tracking Report"),
    # A unit set up to supervise others' work is oversight; a delivery team set up is staffing.
    ("execution_capacity", "absent", "Follow-up", "paragraph", "The ministry will establish a dedicated unit to supervise and follow up all projects."),
    ("execution_capacity", "present", "Delivery", "paragraph", "We will set up a delivery team to build the new booking portal."),
    # People a past grant paid for are a track record; time given to the work without roles is partial.
    ("execution_capacity", "absent", "Background", "paragraph", "Grants from two foundations supported full-time developers on the parser library."),
    ("execution_capacity", "present", "Plan", "paragraph", "The grant will fund two full-time developers from 2026."),
    ("execution_capacity", "partial", "Plan", "paragraph", "We will contribute time to engineering work on selected libraries."),
    # Work handed to an outside firm that will do it; an option, a refusal or others' practice is not.
    ("execution_capacity", "present", "Finance", "paragraph", "The trust has outsourced its payroll operations to an accounting services firm."),
    ("execution_capacity", "present", "Support", "paragraph", "We will outsource first-line support to a specialist provider from April."),
    ("execution_capacity", "absent", "Options", "paragraph", "Outsourcing to a vendor is one option we considered."),
    ("execution_capacity", "absent", "Support", "paragraph", "We will not outsource the service desk to a provider."),
    ("execution_capacity", "absent", "Sector", "paragraph", "Many councils outsource IT to large suppliers."),
    # How an existing operation is staffed today is context; the plan's own team staffed is not.
    ("execution_capacity", "absent", "Background", "paragraph", "The dispatch centre is staffed around the clock by three watch teams."),
    ("execution_capacity", "absent", "Current situation", "bullet", "Claims handling is carried out by the regional office in Leeds, 80 FTE"),
    ("execution_capacity", "present", "Resourcing", "paragraph", "The pilot is staffed by two analysts seconded from Finance."),
    ("execution_capacity", "present", "Resourcing", "paragraph", "The new routing squad is staffed by a product owner and four engineers."),
    ("execution_capacity", "absent", "How grants work", "paragraph", "Most bids go to our community fund, which is open all year and is assessed by a team of five grants officers."),
    ("execution_capacity", "absent", "About us", "paragraph", "The finance function has a team of eight accountants."),
    ("execution_capacity", "present", "Resourcing", "paragraph", "From April, bids will be assessed by a team of three new grants officers."),
    ("execution_capacity", "present", "Resourcing", "paragraph", "The project has a team of six engineers."),
    # The labour market for a role is not a hire; a hire said beside it still is.
    ("execution_capacity", "absent", "Context", "paragraph", "The sector has found it hard to recruit qualified pharmacists for several years."),
    ("execution_capacity", "present", "Resourcing", "paragraph", "Data engineers are difficult to hire, so we will contract two data engineers for the project."),
    # Idioms with people or course words are not capacity.
    ("execution_capacity", "absent", "Use of the tool", "bullet", "Allowed: drafting the agenda of an internal staff meeting."),
    ("execution_capacity", "absent", "Next steps", "paragraph", "A decision on the ticketing vendor will be taken in the course of 2027."),
    ("execution_capacity", "partial", "Training", "paragraph", "All clinicians will complete a two-day course on the new triage tool."),
    # A need for more hands, or a stretched team, said without roles or numbers is general.
    ("execution_capacity", "partial", "Ideas", "paragraph", "If the trial works we would need another pair of hands in the workshop on weekdays."),
    ("execution_capacity", "partial", "Ideas", "paragraph", "We need someone who can look after the stock database for a few hours a week."),
    ("execution_capacity", "partial", "Risks", "paragraph", "The finance team is already stretched by month-end work."),
    ("execution_capacity", "absent", "Irrigation", "paragraph", "The growers need more water in summer."),
    # Skills, courses and recruitment of the people served are not the people who do the work.
    ("execution_capacity", "absent", "Energy advice", "paragraph", "Tenants can attend a free course on energy use."),
    ("execution_capacity", "absent", "Labelling", "paragraph", "Suppliers will need the skills to read the new labels."),
    ("execution_capacity", "absent", "Trial", "paragraph", "Recruitment of participants starts in March."),
    ("execution_capacity", "absent", "Why now", "paragraph", "This pilot frees time without adding to our workforce pressures."),
    ("execution_capacity", "present", "Trial", "paragraph", "We will recruit two research nurses to run the trial."),
    ("execution_capacity", "partial", "Support", "paragraph", "Our staff need the skills to support customers with the app."),
]

OVERSIGHT: list[Case] = [
    ("human_oversight", "present", "Medicines", "paragraph", "Pharmacists verify every AI-generated dosage recommendation before it reaches the ward."),
    ("human_oversight", "present", "Using the AI labeller", "paragraph", "The curator on duty accepts or rejects each suggested tag; nothing is published until they do."),
    ("human_oversight", "present", "Using the AI model", "paragraph", "A shift lead confirms every suggestion before a work order is raised."),
    ("human_oversight", "present", "Using the AI model", "paragraph", "Assessors mark each alert as right or wrong, and the analyst retrains the model every quarter on those labels."),
    ("human_oversight", "partial", "AI in the control room", "paragraph", "Our dispatchers keep the final say, and the software is an aid and not a replacement."),
    ("human_oversight", "partial", "AI forecasting", "paragraph", "The forecasts are there to support our buyers' judgement."),
    ("human_oversight", "absent", "Plan", "paragraph", "Volunteers check the leaflets before they go out."),
    ("human_oversight", "present", "How the work changes", "paragraph", "Caseworkers receive the system's list each week and decide what to do with each case."),
    ("human_oversight", "absent", "Communications", "paragraph", "Staff receive the newsletter each week and decide which events to attend."),
    ("human_oversight", "present", "Casework", "paragraph", "Caseworkers can override the risk score, and every override is recorded and reviewed monthly to recalibrate the model."),
    ("human_oversight", "present", "Service", "paragraph", "Draft responses produced by the assistant are checked by a customer service agent before sending."),
    ("human_oversight", "present", "Routing", "paragraph", "Low-confidence predictions from the model are routed to a human reviewer."),
    ("human_oversight", "partial", "Principles", "paragraph", "Humans will remain in control of all decisions made with AI."),
    ("human_oversight", "partial", "Service design", "bullet", "Meet with residents every fortnight and gather feedback on the new booking service"),
    # A check on the data itself, named as a step or service, is a concrete data-quality check.
    ("human_oversight", "present", "Data", "bullet", "Develop data validation and data quality checks for the grants register"),
    ("human_oversight", "present", "Sensors", "paragraph", "Data-quality checks on the flow meters run every night, and gaps are sent to the field team."),
    ("human_oversight", "partial", "Data", "paragraph", "The register is kept without any data quality checks."),
    ("human_oversight", "absent", "Context", "paragraph", "Poor data quality is a common problem in many councils."),
    ("human_oversight", "partial", "Regulation", "paragraph", "AI Act: mandatory data quality controls for high-risk systems"),
    # Models validated or evaluated, with no step saying who checks what: partial.
    ("human_oversight", "partial", "Research", "bullet", "Independent evaluation of the flood models before each season"),
    ("human_oversight", "partial", "Our year", "paragraph", "We aim to validate at least 6 risk models with partner hospitals this year."),
    ("human_oversight", "absent", "Review", "paragraph", "We will evaluate the new operating model after its first year."),
    ("human_oversight", "absent", "Customers", "paragraph", "We run a customer survey every year."),
    ("human_oversight", "partial", "People", "paragraph", "AI will augment, not replace, our clinicians."),
    ("human_oversight", "partial", "Change", "paragraph", "Our processes will evolve as AI is adopted."),
    ("human_oversight", "absent", "Hosting", "paragraph", "The platform will be hosted in the cloud."),
    # A service changed on what its users report, on a stated cycle: a concrete feedback loop.
    ("human_oversight", "present", "Iterating", "paragraph", "Each service will be iterated at least monthly based on qualitative feedback from users and analytics."),
    ("human_oversight", "present", "Backlog", "bullet", "Every sprint, the team reprioritises the backlog based on feedback from tenants."),
    ("human_oversight", "present", "Complaints", "paragraph", "Complaints are reviewed weekly and used to improve the booking process."),
    ("human_oversight", "partial", "Improving", "paragraph", "We will improve our services based on feedback from users."),
    ("human_oversight", "absent", "Pricing", "paragraph", "Prices are updated monthly based on market data."),
    # Routed somewhere is a hand-off to people only when people are named.
    ("human_oversight", "absent", "AI in social services", "paragraph", "With AI, applicants are referred to the right service from the very first contact."),
    # Routing to a governance body is risk escalation, not people checking the system's output.
    ("human_oversight", "absent", "Managing AI risks", "paragraph", "Risks rated 12 or above are escalated to the Programme Board each month."),
    ("human_oversight", "present", "Fraud screening", "paragraph", "Claims the model flags as possible fraud are referred to a senior investigator before any payment is stopped."),
    # A risk register's row states a risk and its mitigation, not a step of the routine.
    ("human_oversight", "partial", "Principal risks", "table_row", "Risk\tLikelihood\tImpact\tMitigation || Caseworkers stop checking the automated recommendations\tMedium\tHigh\tRefresher training"),
    ("human_oversight", "present", "Checks", "table_row", "Step\tWho\tWhen || Caseworkers check the automated recommendations\tDuty caseworker\tDaily"),
    ("human_oversight", "absent", "History", "paragraph", "The service was changed in 2021 in response to complaints."),
    # People's own judgement kept in its place beside a tool: intent (partial); near-misses absent.
    ("human_oversight", "partial", "Using the crop app", "paragraph", "Your experience still counts, whatever the app suggests."),
    ("human_oversight", "partial", "Rostering", "paragraph", "Nobody will be told how to run their shift by an app."),
    ("human_oversight", "absent", "Recruitment", "paragraph", "Experience counts when we shortlist candidates for the role."),
    ("human_oversight", "absent", "Office move", "paragraph", "Nobody will be told about the move before the staff meeting."),
    ("human_oversight", "absent", "Service", "paragraph", "Customer experience still matters most to our members."),
    # A tool named as an aid: a disagreement with a person's result sent to a second person, and
    # disagreements reviewed to update guidance, are concrete steps; aid work is not a tool.
    ("human_oversight", "present", "Triage", "paragraph", "Where the aid's score differs from the nurse's assessment, the patient goes to a senior nurse."),
    ("human_oversight", "present", "Triage", "paragraph", "Each month the clinical lead reviews every disagreement between the aid and the nurses and updates the triage guidance."),
    ("human_oversight", "absent", "Overseas programme", "paragraph", "The aid workers check every delivery before it goes to a distribution point."),
    ("human_oversight", "absent", "Site safety", "paragraph", "First aid kits are checked weekly by the site supervisor, and any gaps go to the site manager."),
    ("human_oversight", "absent", "Editorial", "paragraph", "Each month the team lead reviews every disagreement between the two offices and updates the style guidance."),
    # Staying in control is intent when people are named or AI is spoken of; a slogan is not.
    ("human_oversight", "partial", "Control room", "paragraph", "Dispatchers stay in control of every call."),
    ("human_oversight", "partial", "Using the AI scheduler", "paragraph", "We remain in control."),
    ("human_oversight", "absent", "Our values", "paragraph", "Think open Share Contribute Stay in control"),
    ("human_oversight", "absent", "Finance", "paragraph", "We remain in control of our costs."),
    # Cases the system flags for people to deal with: a hand-off; without AI, or to a body, not.
    ("human_oversight", "present", "Benefits processing", "paragraph", "Complex files are automatically flagged for processing."),
    ("human_oversight", "present", "Claims", "paragraph", "The model flags suspicious claims for manual review."),
    ("human_oversight", "absent", "Finance", "paragraph", "Late invoices are flagged for follow-up by the finance team."),
    ("human_oversight", "absent", "Managing AI risks", "paragraph", "Risks scored above 12 are flagged for review by the Programme Board."),
    # People able to explain what the system decided: intent (partial); without AI, nothing.
    ("human_oversight", "partial", "Working with AI", "paragraph", "Guidance will help staff explain AI decisions to the people they affect."),
    ("human_oversight", "partial", "Trust", "paragraph", "Recommendations from the model must be explainable to be used."),
    ("human_oversight", "absent", "Governance", "paragraph", "The trustees must be able to explain their decisions to members."),
    ("human_oversight", "absent", "Finance", "paragraph", "Our annual accounts are explainable to any member."),
    # A process to be automated, said in general: how work changes (partial); past or topic, not.
    ("human_oversight", "partial", "Plan", "paragraph", "We will automate the whole process of checking meter readings."),
    ("human_oversight", "partial", "Suppliers", "bullet", "Onboarding new suppliers takes advantage of more automation"),
    ("human_oversight", "absent", "Context", "paragraph", "Automation is a big topic in the industry."),
    ("human_oversight", "absent", "History", "paragraph", "We automated the payroll in 2019."),
    # "AI-" with a participle is the system's output only when it names what the system made.
    ("human_oversight", "present", "Newsroom rules", "paragraph", "Editors check every AI-translated caption before it is published."),
    ("human_oversight", "absent", "Newsroom rules", "paragraph", "The AI Review Board approves any new AI tool before use and reviews all AI-related incidents each month."),
    ("human_oversight", "absent", "Procurement", "paragraph", "Staff review AI-enabled tools before they buy them."),
    # A person "with authority to" act is not a body; a gate held until that person has read the
    # output is a validation step, one held by an authority is governance.
    ("human_oversight", "present", "Using the assistant", "paragraph", "No draft from the assistant may be sent to a tenant until an officer with authority to approve payments has read and approved it."),
    ("human_oversight", "absent", "Using the assistant", "paragraph", "No AI model may be deployed until the Health Authority has reviewed and approved it."),
    # A person keeping the final diagnosis, or AI as a supplement to human decisions: intent where
    # AI is spoken of; the same words elsewhere are not.
    ("human_oversight", "partial", "AI in health care", "paragraph", "For example, a physician should still make the final diagnosis for a patient."),
    ("human_oversight", "partial", "AI in health care", "paragraph", "The system is a supplement to human decision-making."),
    ("human_oversight", "absent", "Our clinic", "paragraph", "The clinic reached a final diagnosis for every patient within a week."),
    ("human_oversight", "absent", "Our clinic", "paragraph", "Vitamin D is a supplement to human diets."),
    # Suggestions of the system that people may adopt or not: a human choice over AI output; staff
    # adopting software is not.
    ("human_oversight", "present", "Dispatch assistant", "bullet", "Route suggestions from the AI planner that dispatchers can adopt or discard"),
    ("human_oversight", "present", "Clinic triage", "paragraph", "The AI triage tool gives each caller a suggested appointment, which the duty nurse may choose whether to follow."),
    ("human_oversight", "absent", "Adoption", "paragraph", "Branch staff can adopt the new rota software from March."),
    # People reviewing the data for accuracy or quality (named in the unit or in its heading): a
    # data-quality check; data quality as a priority, or peer review of papers, is not.
    ("human_oversight", "present", "Data quality", "bullet", "Every new record is checked by a second cataloguer before it is published."),
    ("human_oversight", "present", "Register", "paragraph", "Volunteers keep the species register accurate, and expert review catches errors in the data before each release."),
    ("human_oversight", "present", "Open dataset", "paragraph", "Data accuracy is maintained through peer review of every submitted change."),
    ("human_oversight", "absent", "Open dataset", "paragraph", "Data quality is a priority for the new platform."),
    ("human_oversight", "absent", "Publishing", "paragraph", "Peer review of papers takes about three months."),
    # People stepping in beside automation: intent; a system that learns without them is not.
    ("human_oversight", "partial", "Scheduling", "paragraph", "The scheduler is automated, but some disruptions will still need operator intervention."),
    ("human_oversight", "absent", "Background", "paragraph", "Machine learning lets computers improve without human intervention."),
    # Support, not replacement, of people is intent; of infrastructure it is not.
    ("human_oversight", "partial", "Principles", "paragraph", "The chatbot will support our advisers, not replace them."),
    ("human_oversight", "absent", "Architecture", "paragraph", "The new ledger runs alongside the finance system without replacing existing infrastructure."),
    # Feedback from users acted on is intent; feedback that shapes a document (a consultation on the
    # plan) and user research to learn needs are not a loop in the work.
    ("human_oversight", "partial", "Service design", "bullet", "Gather feedback from residents after every visit and act on it."),
    ("human_oversight", "absent", "Next steps", "paragraph", "We will draft the final strategy based on feedback from the consultation events."),
    ("human_oversight", "absent", "Discovery", "bullet", "Conduct user research with frontline staff to understand their needs."),
    # The data's quality assessed as a step; data quality as a value, a plan to improve it, or a
    # check people cannot make, is not.
    ("human_oversight", "present", "Survey operations", "paragraph", "Before each release, the analytics team assesses the quality and completeness of the survey data."),
    ("human_oversight", "present", "Monitoring network", "bullet", "Check all incoming sensor data for errors every night."),
    ("human_oversight", "absent", "Why data matters", "paragraph", "Good decisions depend on the quality of the data."),
    ("human_oversight", "absent", "Records", "paragraph", "We will improve the accuracy of our records."),
    ("human_oversight", "absent", "Challenges", "paragraph", "Staff lack the time to check the quality of the data."),
    # Overrides or rejections of the system's output logged or reviewed by people, in either order,
    # and a check that holds what an instrument flags: concrete steps. A finding reported once
    # ("has confirmed that"), or an instrument flagging with no person, is not.
    ("human_oversight", "present", "How the night shift changes", "bullet", "At the start of each shift the supervisor logs every override of the rota tool with a reason."),
    ("human_oversight", "present", "Weekly routine", "bullet", "Every Monday the quality lead reviews last week's rejections and adjusts the matching rules."),
    ("human_oversight", "present", "On the bottling line", "bullet", "Any bottle the camera flags stays off the conveyor until an operator has checked the label."),
    ("human_oversight", "absent", "Contracts", "paragraph", "The legal team has confirmed that our supplier contracts allow the use of automated scheduling."),
    ("human_oversight", "absent", "Alarms", "paragraph", "The system flags a fault when the battery runs low."),
]

ROADMAP: list[Case] = [
    ("roadmap", "present", "Plan", "bullet", "Wave 1 (H1 2026): pilot the chatbot in two contact centres"),
    ("roadmap", "present", "Exemplars", "paragraph", "Departments will start to redesign three exemplar services by April 2027 and implement them by March 2029."),
    ("roadmap", "present", "How we progress", "paragraph", "Progression between phases is gated by technical proof points, partner commitments and funding thresholds."),
    ("roadmap", "absent", "Funding", "paragraph", "We will spend £2m by March 2027 and £3m by March 2028."),
    ("roadmap", "present", "Plan", "paragraph", "Go-live in all regions is planned for Q3 2027, subject to the pilot achieving a 20% reduction in handling time."),
    ("roadmap", "present", "Plan", "paragraph", "Milestone: MVP ready for testing by September 2026."),
    ("roadmap", "present", "Delivery", "table_row", "Quarter\tDeliverable || Q1 2026\tData platform live in the first region"),
    ("roadmap", "partial", "Next steps", "paragraph", "Use cases will be prioritised in a later phase."),
    ("roadmap", "partial", "Ideas", "paragraph", "We have identified twelve potential use cases across the business."),
    ("roadmap", "partial", "Approach", "paragraph", "We will start small and scale what works."),
    ("roadmap", "absent", "Context", "paragraph", "AI is changing every industry."),
    # The order or timing of the steps left open, an order given in one sentence, candidate next
    # steps under their heading: a path without dates (partial); near-misses stay absent.
    ("roadmap", "partial", "After the pilot", "paragraph", "Order and timing of the later roll-outs depend on the evaluation and on the budget."),
    ("roadmap", "partial", "Scope", "paragraph", "The scheme opens first to tenants in the north district, then to the south district, and afterwards to leaseholders."),
    ("roadmap", "absent", "Events", "paragraph", "The order of the day depends on the weather."),
    ("roadmap", "absent", "History", "paragraph", "The choir first sang in Leeds, then in York."),
    ("roadmap", "partial", "Where we could go next", "bullet", "Sensors on the refrigerated trailers"),
    ("roadmap", "partial", "What we are exploring", "bullet", "A members' app with personalised reading lists"),
    ("roadmap", "absent", "Where we went on the staff trip", "bullet", "A walk along the canal"),
    # A sign-off table's dated rows record who approved the document, not steps of the plan.
    ("roadmap", "absent", "Approval", "table_row", "Name\tRole\tDate || Dana Okafor\tSenior Responsible Owner\t17 June 2026"),
    ("roadmap", "present", "Plan", "table_row", "Milestone\tOwner\tDate || Pilot in two depots\tHead of Fleet\tJune 2026"),
    # The system's ranked list is its output, not an order of the plan's use cases.
    ("roadmap", "absent", "Using the tool", "paragraph", "Each morning the tool ranks open cases, and a supervisor reviews the ranked list before any visit."),
    ("roadmap", "partial", "Use cases", "paragraph", "The seven candidate uses are ranked, and the first two are funded this year."),
    # A section headed as the plan's roadmap, and an ordinal release being planned: partial.
    ("roadmap", "partial", "Plan", "heading", "Flood-model development roadmap"),
    ("roadmap", "absent", "Plan", "heading", "Why roads matter to the county"),
    ("roadmap", "partial", "Status", "bullet", "Planning the 1st release once the schema is stable"),
    # A dated record of past events is history, not steps of the plan; nor is a memo's routing row.
    ("roadmap", "absent", "Appendix: FY2026 incident summary", "table_row", "Event\tQuarter\tArea\tHours lost || Conveyor fault, line 3\tQ2\tPacking\t14"),
    ("roadmap", "present", "Appendix: rollout timeline", "table_row", "Step\tQuarter\tArea || Second depot joins the trial\tQ2 2027\tPacking"),
    # Work that is added over time, without dates, is a path without milestones.
    ("roadmap", "partial", "Repositories", "paragraph", "Further repositories will be added over time for accepted projects."),
    ("roadmap", "absent", "History", "paragraph", "New branches were added gradually in the past."),
    ("roadmap", "partial", "Certification", "bullet", "Invite volunteers from member firms to take a beta version of the new exam."),
    ("roadmap", "present", "Certification", "bullet", "Beta version of the new exam open to volunteers by March 2027."),
    # Use cases placed at stages in a status column, without dates: a path without milestones.
    ("roadmap", "partial", "Where each tool is", "table_row", "Team\tTool\tStatus || Lettings\tViewing scheduler\tPilot in two branches"),
    ("roadmap", "absent", "Who looks after each tool", "table_row", "Team\tTool\tOwner || Lettings\tViewing scheduler\tPilot team lead"),
    ("roadmap", "absent", "Where each tool is", "table_row", "Team\tTool\tStatus || Lettings\tViewing scheduler\tRetired in 2024"),
    # The span the plan sets for its own work, without phases: partial.
    ("roadmap", "partial", "Introduction", "paragraph", "This work will take place over the next three years, to align with the end of the current leases."),
    ("roadmap", "partial", "Release plans", "bullet", "Release plans for the next 18 months."),
    ("roadmap", "absent", "Review", "paragraph", "The plan was delivered over the past three years."),
    # What peers are doing is context, not this organisation's path.
    ("roadmap", "absent", "Context", "paragraph", "Other housing associations are starting to use AI for repairs triage, rent arrears and tenant letters."),
    ("roadmap", "partial", "Where we could go", "paragraph", "We will apply AI to repairs triage, rent arrears and tenant letters."),
    ("roadmap", "absent", "Decision memo", "table_row", "To\tFrom\tDate\tDecision requested || Finance Director\tHead of Analytics\tMay 4, 2026\tApprove use of the model from June 2026"),
    # A deliverable committed to a deadline is a dated milestone; a release only forecast for a
    # date is a step not committed (partial); a past deadline, or a report due, is not a step.
    ("roadmap", "present", "Guidance", "paragraph", "The records manager will publish the retention schedule by 30 September 2026."),
    ("roadmap", "present", "Portal", "paragraph", "By March 2027 at the latest, the trust will begin to open its booking portal to outpatients."),
    ("roadmap", "present", "Standards", "paragraph", "The working group shall issue the data standard no later than Q2 2027."),
    ("roadmap", "absent", "Guidance", "paragraph", "The retention schedule was published by March 2019."),
    ("roadmap", "partial", "Timing", "paragraph", "We anticipate that the first version will be published before June 2027."),
    ("roadmap", "partial", "Timing", "paragraph", "We hope to release the second edition of the guide in Q2 2027."),
    ("roadmap", "absent", "Timing", "paragraph", "We hope the weather in March 2027 is kind to the open-air season."),
    ("roadmap", "absent", "Reporting", "paragraph", "The data officer shall submit a status report to the council by July 1, 2026."),
    # A decision taken at a date on a stated condition is a decision gate.
    ("roadmap", "present", "Membership", "paragraph", "If by mid-year 2027 the waiting list has fallen below 200, we will open the second climbing wall."),
    ("roadmap", "present", "Pilot", "paragraph", "If, by the end of Q3 2026, the pilot has not cut missed collections, the council will stop the trial."),
    ("roadmap", "absent", "Seating", "paragraph", "If by chance the hall is full, guests will be seated upstairs."),
    # A step led by the period of the plan it falls in ("Year 1", "Months 4-6") is a dated phase;
    # a budget line (a named phase, no more) or a record of a past year is not.
    ("roadmap", "present", "Approach", "paragraph", "Year 1 We will catalogue the photographic archive and train twelve volunteer describers."),
    ("roadmap", "present", "Approach", "bullet", "Months 4-6: the remaining clinics will move to the new scheduling tool"),
    ("roadmap", "partial", "Budget", "paragraph", "Year 1 will cost $40,000 for licences and hosting."),
    ("roadmap", "absent", "Review", "paragraph", "Year 2 was the busiest season the festival has had."),
    # A milestone named by ordinal or number with a period in a heading, months without a year.
    ("roadmap", "present", "Plan", "heading", "First milestone (now until early June)"),
    ("roadmap", "present", "Plan", "heading", "Milestone 2 (September onwards)"),
    ("roadmap", "absent", "Plan", "heading", "First impressions from the May open day"),
    ("roadmap", "absent", "Plan", "heading", "Why the second phase may slip"),
    # A measure's target from one figure to another by a date is a metric, even with the pilot it
    # was measured in; a pilot extended by a date is a milestone.
    ("roadmap", "absent", "Targets", "paragraph", "We will bring the scrap rate on the bottling line down from 3.1 percent in the pilot to 1 percent by March 31, 2028."),
    ("roadmap", "absent", "Targets", "paragraph", "The trial will cut the time to answer a call from 40 to 25 seconds by June 2027."),
    ("roadmap", "present", "Plan", "paragraph", "We will extend the pilot from two wards to all nine wards by June 2027."),
    # Ideas parked or listed in no order are candidate steps without order (partial).
    ("roadmap", "partial", "Parking lot", "bullet", "Route planning for the delivery vans"),
    ("roadmap", "partial", "Things we might try (no particular order)", "bullet", "A loyalty card for regular customers"),
    ("roadmap", "absent", "Order of service", "bullet", "Welcome from the chair"),
    # A gate spoken of only in the past is no phase of the path; one the plan sets out is.
    ("roadmap", "absent", "What we learned", "bullet", "When the queue grew, staff started to prop open the ticket gate, which is why the new routine was introduced in May."),
    ("roadmap", "partial", "Approach", "paragraph", "Each stage of the project ends with a gate."),
]

# Second wording of each hard case: nominal forms, passives, past descriptions, generic talk.
REPHRASED: list[Case] = [
    ("outcomes", "present", "Expected benefits", "bullet", "A 15% reduction in processing costs for mortgage applications"),
    ("outcomes", "partial", "Vision", "paragraph", "We will be recognised as a digital leader in the sector."),
    ("outcomes", "absent", "Market", "paragraph", "By one estimate, the market for AI in retail is expected to grow rapidly."),
    ("metrics", "present", "Targets", "bullet", "Halve the backlog of repair requests by December 2026"),
    ("metrics", "present", "Benefits", "paragraph", "We expect a 15% reduction in processing costs by 2027."),
    ("metrics", "partial", "Targets", "bullet", "80% of staff trained on the new system by December 2026"),
    ("metrics", "absent", "Today", "paragraph", "Our contact centre currently has a satisfaction rating above 90%."),
    ("metrics", "absent", "History", "paragraph", "In 2024 we cut average handling time from 10 to 8 minutes."),
    ("owners", "present", "Sponsor", "paragraph", "Sponsor: Chief Digital Officer"),
    ("owners", "present", "Delivery", "paragraph", "The programme is led by the Director of Customer Operations."),
    ("owners", "present", "Partners", "paragraph", "The Sector Fund will be led by the Regional Growth Office."),
    ("owners", "absent", "History", "paragraph", "The Regional Growth Office published its annual review of the sector in May."),
    ("owners", "absent", "Services", "paragraph", "We will make the grants delivered by the Rural Payments Agency quicker to claim."),
    ("owners", "partial", "Partners", "paragraph", "The Sector Skills Council will lead the implementation of the apprenticeship plan."),
    ("owners", "present", "Portfolio", "table_row", "Initiative\tScope\tAccountable owner || Route planning for refuse collection\tAll depots\tHead of Waste Services (Aoife Byrne)"),
    ("owners", "present", "Roles", "table_row", "Role\tAccountable for || Director of Nursing\tSafe use of the sepsis alert on every ward"),
    ("governance", "present", "Assurance", "paragraph", "Every model is tested for bias by an independent team before release."),
    ("governance", "present", "Oversight", "paragraph", "A Responsible AI Council sets policy and reviews high-risk use cases quarterly."),
    ("governance", "partial", "Compliance", "paragraph", "We will comply with the EU AI Act and data protection law."),
    ("governance", "absent", "Context", "paragraph", "Countries that manage AI risks responsibly will gain an advantage."),
    ("execution_capacity", "present", "Team", "paragraph", "We are recruiting a Head of Data Science and a team of four analysts."),
    ("execution_capacity", "present", "Delivery", "paragraph", "The programme will be delivered by a 12-strong in-house team."),
    ("execution_capacity", "partial", "Training", "paragraph", "Training will be provided to all staff who use the tool."),
    ("execution_capacity", "absent", "Context", "paragraph", "Most employers report difficulty recruiting data engineers."),
    ("human_oversight", "present", "Quality", "paragraph", "All AI-generated summaries are spot-checked by supervisors each week."),
    ("human_oversight", "absent", "Recruitment", "paragraph", "A draft job description was reviewed by the hiring managers."),
    ("human_oversight", "absent", "Skills", "paragraph", "We will fund retraining for staff whose roles change."),
    ("roadmap", "present", "Timeline", "bullet", "2026: foundations; 2027: scale the service across all regions"),
    ("roadmap", "present", "Plan", "bullet", "Phase one (to March 2026): discovery and data readiness"),
    ("roadmap", "partial", "Approach", "paragraph", "Year 1: pilot; Year 2: scale; Year 3: embed across the business."),
    ("roadmap", "absent", "History", "paragraph", "The booking app was launched in April 2023."),
]

# Third wording: labels, passives, periodic controls, flattened rows, and false friends.
VARIANTS: list[Case] = [
    ("owners", "present", "Ownership", "paragraph", "Executive owner: Sarah Lim (Chief Commercial Officer)"),
    ("owners", "present", "Ownership", "paragraph", "Responsibility for delivering the savings sits with the Chief Financial Officer."),
    ("owners", "present", "Ownership", "paragraph", "Accountability: Chief Operating Officer"),
    ("owners", "present", "Team", "paragraph", "Dr Amara Singh will be accountable for the clinical outcomes of the programme."),
    ("owners", "present", "Roles", "table_row", "Workstream\tOwner\tDue || Route optimisation\tHead of Fleet\tQ2 2026"),
    ("owners", "partial", "Roles", "table_row", "Workstream\tOwner\tDue || Route optimisation\tTBC\tQ2 2026"),
    ("owners", "partial", "Leadership", "paragraph", "Delivery will be overseen collectively by the senior management team."),
    ("governance", "present", "Safety", "paragraph", "The Clinical Safety Group signs off every deployment of a new algorithm."),
    ("governance", "present", "Ethics", "paragraph", "An AI ethics panel chaired by the medical director meets quarterly to approve new use cases."),
    ("governance", "present", "Assurance", "paragraph", "All models undergo quarterly model validation by the risk team."),
    ("governance", "present", "Approval", "paragraph", "Use cases are approved by the Chief Risk Officer before launch."),
    ("human_oversight", "present", "Payments", "paragraph", "Claims handlers must sign off any payment recommended by the model."),
    ("human_oversight", "present", "Schools", "paragraph", "Teachers moderate all AI-marked essays before grades are released."),
    ("human_oversight", "present", "Alerts", "paragraph", "Nurses can accept or dismiss each AI alert, and dismissals are reviewed monthly to tune the model."),
    ("execution_capacity", "present", "Team", "paragraph", "Two data engineers will join from Group IT in January."),
    ("execution_capacity", "present", "Team", "paragraph", "The programme is resourced with 3.5 FTE from IT."),
    ("execution_capacity", "present", "Team", "paragraph", "A product owner from the business will be embedded in each squad."),
    ("execution_capacity", "present", "Team", "paragraph", "We will stand up a delivery team of six."),
    ("roadmap", "present", "Plan", "paragraph", "Pilot (Jan\u2013Mar 2026), then scale-up across the network (Apr\u2013Dec 2026)."),
    ("roadmap", "present", "Plan", "paragraph", "By Q3 2026 the platform will be live in all branches."),
    ("roadmap", "present", "Plan", "paragraph", "A go/no-go decision at the end of the pilot will be based on agreed success criteria."),
    ("roadmap", "partial", "Plan", "paragraph", "We will pilot the tool first and then decide whether to scale."),
    ("outcomes", "present", "Success", "paragraph", "Success means fewer patients waiting more than 18 weeks for treatment."),
    ("outcomes", "present", "Objectives", "bullet", "Deliver £4m of annual savings in procurement by 2027"),
    ("outcomes", "present", "Our goal", "paragraph", "Our goal: zero avoidable harm from medication errors."),
    ("outcomes", "partial", "Plan", "paragraph", "This plan sets out how we will deploy Copilot to every member of staff."),
    ("metrics", "present", "Scorecard", "paragraph", "Average handling cost per claim £152 £121 Q4 2027"),
    ("metrics", "present", "Targets", "bullet", "Customer satisfaction (CSAT) at or above 4.5 out of 5 by the end of 2026"),
    ("metrics", "partial", "Measurement", "paragraph", "Progress will be measured through adoption, satisfaction and time saved."),
    ("metrics", "absent", "Scale", "paragraph", "We operate 140 stores and employ 9,000 colleagues."),
    ("outcomes", "absent", "About us", "paragraph", "The council was founded in 1974 and serves 120,000 residents."),
    ("outcomes", "absent", "Context", "paragraph", "Customer expectations are rising across the sector."),
    ("outcomes", "absent", "Finance", "paragraph", "Costs rose by 8% last year."),
    ("outcomes", "partial", "Mission", "paragraph", "Our mission is to transform care through technology."),
    ("metrics", "absent", "Pilot", "paragraph", "The pilot will run for 12 weeks in 3 branches."),
    ("metrics", "absent", "Volumes", "paragraph", "We processed 1.2 million claims in 2025."),
    ("metrics", "absent", "Costs", "paragraph", "Licences cost £30 per user per month."),
    ("metrics", "partial", "Customers", "paragraph", "We aim to improve NPS significantly."),
    ("owners", "absent", "Approval", "paragraph", "The board approved the strategy in March."),
    ("owners", "absent", "Contact", "paragraph", "Questions should be sent to the programme office."),
    ("owners", "absent", "Foreword", "paragraph", "The Chief Executive welcomed the report."),
    ("owners", "partial", "Delivery", "paragraph", "Each directorate will own its part of the plan."),
    ("governance", "absent", "Market", "paragraph", "Our competitors have launched AI ethics boards."),
    ("governance", "partial", "Risk", "paragraph", "Risks will be managed through our existing risk framework."),
    ("execution_capacity", "absent", "History", "paragraph", "Our engineers built the original platform in 2019."),
    ("human_oversight", "absent", "Sales", "paragraph", "Managers review the monthly sales report."),
    ("human_oversight", "absent", "Service", "paragraph", "The chatbot answers customer questions around the clock."),
    ("human_oversight", "partial", "Principles", "paragraph", "We will ensure meaningful human oversight of AI."),
    ("roadmap", "absent", "History", "paragraph", "The company was founded in 2001 and listed in 2015."),
    ("roadmap", "absent", "History", "paragraph", "We launched our first app in 2019."),
    ("roadmap", "partial", "Focus", "paragraph", "Priorities: 1) data platform, 2) chatbot, 3) fraud model."),
]

# Fourth wording: purpose clauses, bounded from-to targets, rates per N, fractions, pronoun
# owners, decision requests, idioms that are not about people, gated retraining, comma labels.
GENERAL: list[Case] = [
    ("outcomes", "present", "Background", "paragraph", "We are funding the new rostering system to cut overtime costs in our warehouses."),
    ("outcomes", "present", "Routing", "paragraph", "The new routing engine is meant to reduce fuel consumption across the bus fleet."),
    ("outcomes", "present", "What we expect", "bullet", "Lower energy costs across the hospital estate"),
    ("outcomes", "partial", "Foreword", "paragraph", "We want our library service to be known as a leader in digital access."),
    ("metrics", "present", "Pharmacy", "bullet", "Dispensing errors per 1,000 prescriptions: from 4.1 to no more than 2.5 by March 2027."),
    ("metrics", "present", "Service", "bullet", "Customer complaints: down by at least a third on the 2025 total by the end of 2027."),
    ("metrics", "present", "Quality", "paragraph", "We will keep the defect rate at or below 0.8 per 1,000 units shipped."),
    ("metrics", "absent", "Records", "paragraph", "4.2 Training records are kept in the learning management system."),
    ("metrics", "present", "Acceptance", "table_row", "Standard\tThreshold\tChecked || Share of calls answered within a minute\t90% or higher\tWeekly"),
    ("metrics", "absent", "Acceptance", "table_row", "Stage\tThreshold\tDate || Pilot\t3 depots\tMay 2026"),
    ("metrics", "absent", "Where we are today", "table_row", "Indicator\t2025/26 || Missed bin collections\t1,240"),
    ("metrics", "present", "Where we are going", "table_row", "Indicator\tBy 2028 || Missed bin collections\t600"),
    ("metrics", "present", "Scorecard", "table_row", "Indicator\t2028 || Missed bin collections\tfewer than 600"),
    ("owners", "present", "Fleet", "paragraph", "We have appointed Tomasz Wren as Head of Fleet Operations; he is accountable for the fuel savings."),
    ("owners", "absent", "Fleet", "paragraph", "As noted, he is accountable for the savings."),
    ("owners", "partial", "Service owner", "paragraph", "To be appointed."),
    ("owners", "partial", "Delivery", "paragraph", "For now the project is run jointly by Finance and Procurement."),
    ("owners", "present", "Governance", "paragraph", "The senior responsible owner is Malik Osei, Director of Estates."),
    ("owners", "present", "Who", "paragraph", "The overall lead for the migration effort is @jkowal."),
    ("owners", "absent", "Housing", "paragraph", "The owner of the flat is Mrs Patel."),
    ("owners", "absent", "Risks", "paragraph", "The sponsor is unclear and nobody has stepped forward."),
    ("owners", "present", "Roles", "paragraph", "The Director of Parks and Open Spaces is accountable for the tree-planting target."),
    ("owners", "absent", "Roles", "paragraph", "The Director of Finance and the Head of HR met the auditors in March."),
    ("owners", "present", "Roles", "paragraph", "The Head of Network Planning, Ines Costa, is responsible to the Executive for the outage reduction."),
    ("owners", "present", "Roles", "bullet", "Head of Customer Billing: owns the refund backlog and its weekly clearance"),
    ("owners", "partial", "Roles", "paragraph", "A product lead for the claims pilot will be appointed by the Chief Underwriter next month."),
    ("owners", "partial", "Roles", "paragraph", "Lead: the data guild as a whole, until the executive names one person."),
    ("owners", "partial", "Roles", "paragraph", "We will give our ward teams the responsibility for rostering decisions."),
    ("owners", "present", "Team", "bullet", "Priya Natarajan (Project Lead)"),
    ("owners", "absent", "Team", "bullet", "Priya Natarajan (Analyst)"),
    # a duty whose holder is the heading above it: one role owns it, a body only shares it
    ("owners", "present", "Head of Member Services", "bullet", "Accountable for the renewal-rate objective and its quarterly report"),
    ("owners", "partial", "Operating Model", "bullet", "Responsible for the migration of the ticketing system"),
    ("owners", "partial", "Operating entity", "bullet", "Responsible for core training and aggregation of results"),
    ("owners", "absent", "Head of Member Services", "bullet", "Reports renewal figures to the board each quarter"),
    ("owners", "absent", "Head of Member Services", "bullet", "Nobody is responsible for the renewal-rate objective yet"),
    # work handed to several bodies, each for its part: spread, not assigned
    ("owners", "partial", "Implementation", "paragraph", "The measures will be implemented by the respective agencies within their remits."),
    ("owners", "partial", "Implementation", "paragraph", "Each municipality is responsible for rolling out the service locally."),
    ("owners", "absent", "Background", "paragraph", "The baseline survey was carried out by the relevant agencies in 2023."),
    # a named body steering the work: ownership held by a body
    ("owners", "partial", "Governance", "paragraph", "The Programme Steering Group will oversee the delivery of the new platform."),
    ("owners", "partial", "Our commitments", "paragraph", "The Executive Board is committed to the following priorities:"),
    ("owners", "absent", "Reporting", "paragraph", "The Audit Committee delivers its report each year."),
    # advice to other parties is what they ought to do, not this plan's assignment
    ("owners", "absent", "Our response", "paragraph", "Providers should appoint a named executive accountable for every deployed model."),
    ("owners", "present", "Our response", "paragraph", "Our Chief Operating Officer is accountable for every deployed model."),
    ("governance", "absent", "Decision required", "paragraph", "The board is asked to approve the use of AI scheduling software in all depots."),
    ("execution_capacity", "absent", "Rotas", "paragraph", "Changes to shift patterns will be published in due course."),
    ("execution_capacity", "partial", "Drivers", "paragraph", "All drivers complete a two-day course on the new telematics."),
    ("human_oversight", "partial", "Inspections", "paragraph", "The software will assist our building inspectors, never replace them."),
    ("human_oversight", "partial", "Flight deck", "paragraph", "A pilot's judgement will always come first."),
    ("human_oversight", "absent", "Change control", "paragraph", "Any retraining of the pricing model must be approved by the change board before release."),
    ("human_oversight", "present", "Leak detection", "paragraph", "Each false alarm raised by the leak detector is logged by the control room and fed back to retrain the model monthly."),
    ("roadmap", "present", "Plan", "bullet", "Trial, March to May 2026: three branches in the north."),
    ("roadmap", "present", "Plan", "bullet", "Go/no-go, June 2026: expansion proceeds only if queues stay under 10 minutes."),
]

# fmt: on

ALL_CASES = (
    GENERAL
    + VARIANTS
    + REPHRASED
    + OUTCOMES
    + METRICS
    + OWNERS
    + GOVERNANCE
    + CAPACITY
    + OVERSIGHT
    + ROADMAP
)


def build(heading: str, kind: str, text: str) -> DocBuilder:
    doc = DocBuilder().heading(heading)
    if kind == "table_row":
        header, row = text.split(" || ")
        return doc.row(*header.split("\t")).row(*row.split("\t"))
    if kind == "bullet":
        return doc.bullet(text)
    if kind == "heading":  # a heading under the first: the text is a section's own heading
        return doc.heading(text).para("Key results are reviewed every quarter.")
    return doc.para(text)


@pytest.mark.parametrize(("check_id", "expected", "heading", "kind", "text"), ALL_CASES)
def test_case(
    judge: OfflineJudge,
    rubric: Rubric,
    check_id: str,
    expected: str,
    heading: str,
    kind: str,
    text: str,
) -> None:
    verdict = judge_one(judge, rubric, build(heading, kind, text), check_id)
    assert verdict.status == expected, (text, verdict.rationale)
    if expected == "absent":
        assert verdict.citations == []
    else:
        assert verdict.citations, text
        assert all(
            c.quote in text.replace(" || ", "\n") or c.quote in text for c in verdict.citations
        )


def test_bullets_under_a_committing_lead_in_are_aims(judge: OfflineJudge, rubric: Rubric) -> None:
    """Activities listed under "we will:" are stated aims (partial), not absent."""
    doc = DocBuilder().heading("Letter to members").para("Next season we will:")
    doc.bullet("launch a booking app for the sports hall;", "open two new changing rooms.")
    verdict = judge_one(judge, rubric, doc, "outcomes")
    assert verdict.status == "partial", verdict.rationale
    assert verdict.citations[0].quote.startswith("launch a booking app")


def test_bullets_without_a_lead_in_or_goal_heading_are_not_aims(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    doc = DocBuilder().heading("Letter to members").para("Last season the club did well.")
    doc.bullet("A booking app for the sports hall.")
    assert judge_one(judge, rubric, doc, "outcomes").status == "absent"


def test_pronoun_owner_needs_the_person_in_the_same_sentence(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """ "He is accountable" counts only when the sentence itself names who "he" is."""
    named = (
        DocBuilder()
        .heading("Accountability")
        .para(
            "The buck stops with the Director of Estates, Omar Haddad: he is accountable to the "
            "trustees for the energy targets."
        )
    )
    assert judge_one(judge, rubric, named, "owners").status == "present"
    unnamed = (
        DocBuilder()
        .heading("Accountability")
        .para("Our board met twice. She is accountable to the trustees for the energy targets.")
    )
    assert judge_one(judge, rubric, unnamed, "owners").status != "present"


def test_a_phase_and_its_date_given_as_headings_are_a_milestone(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A slide's "Stage 2" over "Due: March 2028", or one heading "Wave 3 (Q2 2027)", is a
    dated phase; a date under any other heading, or a phase's history, is not."""
    stacked = DocBuilder("deck.pdf", pages=True).heading("Long-term plan").subheading("Stage 2")
    stacked.subheading("Due: March 2028").bullet("Open the service to every branch")
    assert judge_one(judge, rubric, stacked, "roadmap").status == "present"
    own = DocBuilder().heading("Wave 3 (Q2 2027)").bullet("Open the service to every branch")
    assert judge_one(judge, rubric, own, "roadmap").status == "present"
    misses = [
        DocBuilder().heading("Budget").subheading("Target: Sep 2026").bullet("Spend on licences"),
        DocBuilder().heading("Stage 2").subheading("What we learnt from the 2019 pilot"),
        DocBuilder().heading("Phase 1 (2019) was completed on time").bullet("Lessons were shared"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_stages_listed_under_graduation_criteria_are_gates(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """Each stage with what it must meet, under "exit criteria", is a decision gate."""
    gated = (
        DocBuilder()
        .heading("Exit criteria")
        .bullet(
            "Pilot: two depots live, missed collections down by a fifth.",
            "General availability: all depots, complaints below 1 in 1,000 rounds.",
        )
    )
    assert judge_one(judge, rubric, gated, "roadmap").status == "present"
    for heading, item in (
        ("Success criteria", "Residents find the booking form easy to use."),
        ("Background", "Beta: the service was tested with 40 residents."),
    ):
        doc = DocBuilder().heading(heading).bullet(item)
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", item


def test_a_decision_assigned_to_a_team_in_a_task_table_is_governance(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A row whose task is a decision, with who takes it: a decision right held by a body."""

    def table(task: str, who: str, header: str = "Owner or team") -> DocBuilder:
        doc = DocBuilder().heading("Work items").row("Task", header, "Notes")
        return doc.row("Write the proposal", "Data team", "").row(task, who, "")

    assert (
        judge_one(judge, rubric, table("Go/no-go decision", "Clinical board"), "governance").status
        == "present"
    )
    for doc in (
        table("Go/no-go decision", "TBC"),
        table("Write the guidance", "Clinical board"),
        table("Go/no-go decision", "June", header="Date"),
    ):
        assert judge_one(judge, rubric, doc, "governance").status != "present", doc.blocks


def test_steps_listed_under_a_date_are_milestones(judge: OfflineJudge, rubric: Rubric) -> None:
    """Bullets under "By end of Q1:" are steps of the plan, each with its date; bullets under
    a dated list of targets, or a list of what was done, are not."""
    dated = DocBuilder().heading("Our year").para("By end of Q1 2026:")
    dated.bullet("Open the second food bank in the north of the county.")
    assert judge_one(judge, rubric, dated, "roadmap").status == "present"
    planned = DocBuilder().heading("Later").para("In H2 2026 we plan to tackle the following:")
    planned.bullet("A second food bank in the north of the county")
    assert judge_one(judge, rubric, planned, "roadmap").status == "present"
    misses = [
        DocBuilder().heading("Measures").para("Targets for Q4 2026:").bullet("Waiting lists down"),
        DocBuilder().heading("Review").para("In March 2025:").bullet("We opened a food bank."),
        DocBuilder()
        .heading("Review")
        .para("In H1 2025 we tackled the following:")
        .bullet("A food bank"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_steps_listed_under_a_period_from_now_are_milestones(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A lead-in that commits the steps below it to a period counted from the plan's date
    ("Over the next six months we will:") dates each step; the same period said of the past,
    or without a commitment, does not."""
    planned = DocBuilder().heading("Plan")
    planned.para("Over the next six months, we will do the following:")
    planned.bullet("Move the payroll system onto the shared platform")
    assert judge_one(judge, rubric, planned, "roadmap").status == "present"
    misses = [
        DocBuilder()
        .heading("Review")
        .para("Over the past six months we did the following:")
        .bullet("Moved the payroll system onto the shared platform"),
        DocBuilder()
        .heading("Plan")
        .para("In the coming year, members asked about the following:")
        .bullet("The payroll system"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_a_line_led_by_a_quarter_under_a_timeline_heading_is_a_milestone(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A plan table that a PDF gave as lines of text; a quarter may be spelt out."""
    timeline = DocBuilder().heading("Timeline").para("Quarter 3 2026 Second depot joins the trial")
    assert judge_one(judge, rubric, timeline, "roadmap").status == "present"
    misses = [
        DocBuilder().heading("Key measures").para("Quarter 3 2026 complaints per 1,000 rounds"),
        DocBuilder().heading("Timeline").para("March 2019 The first depot was opened"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_a_result_under_a_numbered_goal_is_that_goals_outcome(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A section under "Mission 2" (at any depth) states that goal's result; the same sentence
    under headings that number nothing is not framed as a goal."""
    text = "Repairs are planned with tenants so as to lower the number of repeat visits."
    goal = DocBuilder().heading("Mission 2").subheading("Repairs that stay fixed").para(text)
    assert judge_one(judge, rubric, goal, "outcomes").status == "present"
    plain = DocBuilder().heading("Background").subheading("How repairs work today").para(text)
    assert judge_one(judge, rubric, plain, "outcomes").status == "absent"


def test_a_row_of_dates_under_a_roadmap_heading_is_a_timeline(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A deck's timeline graphic comes out as a line of dates under its heading; one date, or
    dates under a heading on measures, is not a timeline."""
    timeline = DocBuilder().heading("Roadmap").subheading("Mid-term horizon")
    timeline.para("Q1 2027 Q2-Q3 2027 Q4 2027")
    assert judge_one(judge, rubric, timeline, "roadmap").status == "present"
    misses = [
        DocBuilder().heading("Roadmap").subheading("Next year").para("Q1 2027"),
        DocBuilder().heading("Key measures").subheading("Targets").para("Q1 2027 Q2 2027"),
        DocBuilder().heading("Board meetings").para("March 2027 June 2027 September 2027"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_a_heading_on_ai_makes_its_sections_about_ai(judge: OfflineJudge, rubric: Rubric) -> None:
    """Under a document titled for an AI tool, "staff" and "the software" are that tool's: a
    routine or intent stated in a later section counts; the same words under a title that
    says nothing of AI do not."""
    text = "Housing officers remain responsible for every decision on a repair."
    on_ai = DocBuilder().heading("Policy: AI-assisted triage of repair requests")
    on_ai.subheading("Safeguards").para(text)
    assert judge_one(judge, rubric, on_ai, "human_oversight").status == "partial"
    plain = DocBuilder().heading("Policy: handling repair requests").subheading("Safeguards")
    assert judge_one(judge, rubric, plain.para(text), "human_oversight").status == "absent"
    # "Model" heads operating models too: above the unit's own heading it is not enough.
    operating = DocBuilder().heading("Repairs service operating model").subheading("Safeguards")
    assert judge_one(judge, rubric, operating.para(text), "human_oversight").status == "absent"


def test_dates_listed_under_a_releases_heading_are_milestones(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """Planned releases given as a list of dates under their heading are dated milestones; the
    same dates under a heading on meetings, or a lone date in prose, are not."""
    releases = DocBuilder().heading("Releases").bullet("New versions are planned for")
    releases.bullet("June 2026", "December 2026")
    assert judge_one(judge, rubric, releases, "roadmap").status == "present"
    misses = [
        DocBuilder().heading("Board meetings").bullet("June 2026", "December 2026"),
        DocBuilder().heading("Releases").para("June 2026"),
    ]
    for doc in misses:
        assert judge_one(judge, rubric, doc, "roadmap").status != "present", doc.blocks


def test_figures_under_a_lead_in_on_requirements_to_meet_are_targets(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    """A lead-in that says the system goes on only if it meets the following requirements makes
    each listed level a target; the same item after a lead-in that describes today is not."""
    text = "Match accuracy of at least 92% against a manual check of the same invoices."
    gated = DocBuilder().heading("Pilot")
    gated.para("The tool will be rolled out only if it meets the following requirements:")
    assert judge_one(judge, rubric, gated.bullet(text), "metrics").status == "present"
    today = DocBuilder().heading("Pilot").para("In the first month the tool showed:")
    assert judge_one(judge, rubric, today.bullet(text), "metrics").status != "present"
