"""synth-c 14: Pemberton Hale Auctioneers, published consultation response on AI (HTML)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "pemberton-hale-consultation-response-automated-cataloguing.html"
STATUSES = "--PP-P-"

SRC = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our response to CP 2026/3 on automated cataloguing | Pemberton Hale</title>
<link rel="stylesheet" href="/static/ph.css">
</head>
<body>
<div class="topbar">
  <span>Edinburgh</span> <span>London</span> <span>York</span>
  <a href="/login">Sign in to bid</a> <a href="/register">Register</a>
</div>
<header>
  <a href="/" class="brand">Pemberton Hale Auctioneers and Valuers</a>
  <nav>
    <a href="/auctions/">Upcoming auctions</a>
    <a href="/results/">Results</a>
    <a href="/sell/">Sell with us</a>
    <a href="/valuations/">Valuations</a>
    <a href="/departments/">Departments</a>
    <a href="/news/">News and insights</a>
    <a href="/contact/">Contact</a>
  </nav>
</header>

<main id="content">
<p class="meta">News and insights / Policy / Published 12 October 2026</p>
<h1>Automated tools in cataloguing: our response to the Art Market Standards Board</h1>

<p>The Art Market Standards Board consulted this summer on the use of automated and AI tools in
the description, attribution and due diligence of works offered for sale (consultation paper
CP 2026/3). We submitted the response below on 30 September 2026 and publish it here so that our
consignors and buyers can see how we use these tools.</p>

<h2>About Pemberton Hale</h2>
<p>Pemberton Hale was founded in Edinburgh in 1874 and today holds sales in Edinburgh, London and
York across eighteen specialist departments, from Scottish paintings and silver to rare books,
whisky, jewellery and twentieth-century design. Most of our sales are now held both in the room
and online, and around 60% of our buyers bid through our own online platform.</p>
<p>We have followed the Standards Board's work closely since it was set up and took part in its
roundtable on due diligence in 2025. This response was prepared by our Cataloguing Standards
office with contributions from our heads of department and our General Counsel.</p>

<h2>Question 1: Do you use automated or AI tools in preparing catalogues?</h2>
<p>Yes, in three ways. Software produces first drafts of condition reports from our
photography for furniture, ceramics and collectors' items. Image-matching software searches
stolen-art and looted-art registers and our own archive of past sales for every lot before it is
catalogued. In our Books and Manuscripts department, software transcribes handwritten
inscriptions and letters for the specialist to check.</p>
<p>We do not use software to attribute works of fine art to an artist, and we have no plans to
do so. We offered around 14,000 lots across 96 sales in 2025, and a little under half of them
had at least one draft produced or checked with software.</p>

<h2>Question 2: How do you make sure descriptions are accurate?</h2>
<p>[[H:Every catalogue entry is written or reviewed by a specialist in the relevant department;
where a draft has been produced by software, the specialist signs the entry off in our cataloguing
system and their name is recorded against it.]]</p>
<p>[[H:Image-matching results are never treated as a clearance: a specialist reviews every
possible match the software returns and records a decision before the lot can be accepted for
sale.]]</p>
<p>[[H:Corrections that specialists make to software drafts are logged, and each quarter we review
the log by department to decide whether a tool should continue to be used for that category of
object.]]</p>

<h2>Question 3: Who is accountable?</h2>
<p>[[W:At Pemberton Hale the Head of Cataloguing Standards, currently Dr Helena Marsh, is
accountable for the accuracy of every catalogue description, whether or not software was used in
drafting it.]] Heads of department remain responsible for the expertise of their teams, and the
Board of directors receives an annual report on cataloguing standards.</p>

<h2>Question 4: What governance do you apply to these tools?</h2>
<p>[[G:Our Provenance and Attribution Review Panel, made up of two senior specialists and our
General Counsel, meets weekly during sale preparation and must approve any lot where software has
suggested a maker, date or origin that differs from the consignor's description.]]</p>
<p>[[G:The Panel also assesses every new tool, and every significant new version, before it is
used on consigned property, including where the supplier stores images and whether they are used
to train other models.]]</p>
<p>We do not permit tools that send images of consigned works to services outside the United
Kingdom or the European Economic Area.</p>

<h2>Question 5: Should the Standards Board require disclosure to buyers?</h2>
<p>We support a requirement that auction houses disclose, in their conditions of sale, whether
automated tools are used in cataloguing and how descriptions are reviewed. We do not think a
symbol against each lot would be helpful, because almost every description now involves some
software, if only a spell-checker.</p>
<p>We would encourage the Board to set up a register of incidents in which automated tools
contributed to a mis-description, so that the whole market can learn from them. We understand
that some online marketplaces publish machine-generated descriptions with no review at all, and
we believe buyers should be told when that is the case.</p>

<h2>Question 6: How should training data and copyright be handled?</h2>
<p>Catalogue photographs and descriptions are valuable and often contain the work of
photographers and specialists over many years. We have not licensed our archive to any AI
developer. We believe consignors should be asked before images of their property are used for
any purpose beyond the sale, and we would support guidance from the Board to that effect.</p>
<p>Several respondents to the Board's earlier call for evidence suggested a shared industry
dataset of attributed works for training. We see merit in the idea for due diligence, but not
for attribution, where the judgement of specialists and scholars cannot be reduced to a dataset.</p>

<h2>Question 7: Any other comments?</h2>
<p>We would welcome guidance from the Board on the use of automated translation of catalogue
entries, which several houses are considering. We would be glad to take part in the Board's
working group on this subject.</p>

<p class="note">For questions about this response, contact the Cataloguing Standards office at
standards@pembertonhale.example. Media enquiries: James Orr, Communications Director.</p>
</main>

<footer>
  <div class="cols">
    <div><h4>Visit us</h4><p>14 Drummond Place, Edinburgh EH3 6PL</p>
      <p>Monday to Friday 9am to 5pm; viewing weekends as advertised</p></div>
    <div><h4>Follow us</h4><p>Instagram, Facebook, LinkedIn</p></div>
    <div><h4>Legal</h4><p>Conditions of sale | Privacy | Cookies | Modern slavery statement</p></div>
  </div>
  <p class="small">Pemberton Hale Ltd is registered in Scotland, company number SC118204.</p>
</footer>
</body>
</html>
"""

if __name__ == "__main__":
    ev = {}
    text = lib.strip_raw(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    (lib.OUT / NAME).write_text(text, encoding="utf-8")
    lib.write_labels(NAME, STATUSES, ev)
