"""Fictional regional tourism board: consultation response published as a web page (HTML)."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "visit-caldermoor-ai-consultation-response.html"

OW1 = (
    "The Board's Digital Working Group, which brings together officers, two Board members "
    "and representatives of the district councils, will take forward the points raised in "
    "this response."
)
OW2 = (
    "Responsibility for any future use of these tools will be shared between the Board and "
    "its partners in the district councils."
)
GV1 = (
    "The Board will develop a policy on the use of artificial intelligence in its own "
    "services in due course."
)
GV2 = (
    "We would expect appropriate safeguards to be in place before any visitor-facing tool "
    "is introduced, and we take the protection of visitor data seriously."
)
HO1 = (
    "Our view is that people must always remain in control of the information that is "
    "given to visitors in the Board's name."
)
RM1 = "Multilingual visitor information on the Visit Caldermoor website"
RM2 = "Footfall forecasting for the busiest sites in the national park"
RM3 = "Accessibility information for attractions and accommodation"

BODY = f"""
<h1>Our response to the consultation on artificial intelligence in the visitor economy</h1>
<p class="meta">Published 14 February 2027 &middot; Corporate publications &middot;
Reading time 5 minutes</p>

<h2>Introduction</h2>
<p>Visit Caldermoor is the destination management organisation for the Caldermoor
district and the eastern fells. We welcome the opportunity to respond to the Department's
consultation on artificial intelligence in the visitor economy, which closed on
31 January 2027. This response was agreed by the Board at its meeting on 6 February.</p>
<p>In preparing it we surveyed our member businesses in December and January and held
two open sessions, in Kettlebridge and in Holm Cross. 212 businesses responded to the
survey, from single-room guest houses to the larger visitor attractions.</p>

<h2>Context</h2>
<p>The visitor economy in Caldermoor supports around 9,400 jobs and had an estimated value
of &pound;612 million in 2025. Overnight stays fell by 4% in 2025 compared with the
previous year, while day visits rose by 6%. The Department's stated aim, set out in the
consultation document, is to increase overnight stays across the regions and to spread
visitor spending more evenly across the year.</p>
<p>Of the businesses that answered our survey, 62% said they already use at least one
tool that relies on artificial intelligence, most often for translating reviews or
writing listings. 38% said they were worried about the accuracy of information produced in
this way, and 27% said they did not know whether the booking platforms they use apply
such tools to their listings.</p>

<h2>Question 1: Where could AI help destinations?</h2>
<p>Our members identified a number of areas where they see early promise. We list them
here in no particular order:</p>
<ul>
<li>{RM1}</li>
<li>{RM2}</li>
<li>{RM3}</li>
<li>Itinerary suggestions that include the quieter valleys</li>
</ul>
<p>We would welcome further discussion with the Department about which of these areas
could be supported through the national programme.</p>

<h2>Question 2: What are the risks?</h2>
<p>Across the industry there is concern that automatically generated content can be
inaccurate, out of date or misleading, and that visitors may not know whether they are
dealing with a person or a machine. Several national booking platforms have faced
criticism for listings that described facilities which did not exist. Rural businesses
also told us that they are at risk of being less visible when search and booking tools
favour operators who publish more data.</p>
<p>{GV2}</p>
<p>{HO1}</p>

<h2>Question 3: Skills and support</h2>
<p>Many small operators told us that they lack the time and the skills to make good use
of these tools. In our view the Department should fund training for operators through
the existing regional business support programmes, rather than create a new scheme.</p>

<h2>Question 5: Data and information</h2>
<p>Several respondents pointed out that the most useful tools depend on good public data,
such as car park occupancy, public transport timetables and the opening times of
attractions. The National Park Authority already publishes occupancy data for its own car
parks, and members asked whether the Department could encourage other bodies to do the
same. We support this.</p>
<p>Members also raised concerns about the accuracy of information held about their
businesses on third-party platforms, which they often cannot correct easily. We would ask
the Department to consider whether the national programme could address this, for example
through a common format for listing information that businesses maintain once and share
with several platforms.</p>

<h2>Question 6: Next steps</h2>
<p>{OW1}</p>
<p>{OW2}</p>
<p>{GV1}</p>
<p>We are grateful to all the members who took part in the survey and the open
sessions.</p>
"""

HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Consultation response: AI in the visitor economy | Visit Caldermoor</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
<div class="logo"><a href="/">Visit Caldermoor</a></div>
<nav aria-label="Main">
<ul>
<li><a href="/see-and-do/">See &amp; do</a></li>
<li><a href="/stay/">Places to stay</a></li>
<li><a href="/eat-drink/">Eat &amp; drink</a></li>
<li><a href="/events/">Events</a></li>
<li><a href="/plan/">Plan your trip</a></li>
<li><a href="/industry/">Industry &amp; members</a></li>
</ul>
</nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
<a href="/">Home</a> &rsaquo; <a href="/industry/">Industry &amp; members</a> &rsaquo;
<a href="/industry/publications/">Publications</a> &rsaquo; Consultation response
</nav>
<main id="main">
{BODY}
<aside class="related">
<h2>Related pages</h2>
<ul>
<li><a href="/industry/membership/">Become a member</a></li>
<li><a href="/industry/research/">Visitor research and statistics</a></li>
<li><a href="/industry/board/">Our Board</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<div class="newsletter">
<h2>Sign up to our newsletter</h2>
<p>Seasonal ideas, events and offers from across Caldermoor, once a month.</p>
<form action="/newsletter"><input name="email" placeholder="Email address">
<button>Sign up</button></form>
</div>
<ul class="footer-links">
<li><a href="/about/">About us</a></li>
<li><a href="/contact/">Contact</a></li>
<li><a href="/accessibility/">Accessibility statement</a></li>
<li><a href="/privacy/">Privacy and cookies</a></li>
<li><a href="/jobs/">Jobs</a></li>
</ul>
<p class="legal">Visit Caldermoor is the trading name of Caldermoor Tourism Partnership Ltd,
a company limited by guarantee registered in England. &copy; 2027 Visit Caldermoor.</p>
</footer>
</body>
</html>
"""

LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "absent", "evidence": []},
        "metrics": {"status": "absent", "evidence": []},
        "owners": {"status": "partial", "evidence": [OW1, OW2]},
        "governance": {"status": "partial", "evidence": [GV1, GV2]},
        "execution_capacity": {"status": "absent", "evidence": []},
        "human_oversight": {"status": "partial", "evidence": [HO1]},
        "roadmap": {"status": "partial", "evidence": [RM1, RM2, RM3]},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(HTML)
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()
