"""synth-c 12: Larchmere Funeral Partnership, chief executive's note on AI (plain text)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "larchmere-funeral-partnership-chief-executive-note-on-ai.txt"
STATUSES = "~--~~~-"

SRC = """LARCHMERE FUNERAL PARTNERSHIP
Note from the Chief Executive to branch and crematorium managers
Subject: AI - where we stand
Date: 9 February 2027

Dear colleagues,

Several of you have asked me about AI since the regional managers' day in January, and a couple
of branches have already been using free chatbots to help draft funeral notices and thank-you
letters. I want to set out where we stand.

Last year we looked after 4,100 families across our 27 branches and two crematoria. The pressure
on arrangers' time has never been greater, and much of it goes on paperwork rather than on
families. Other funeral groups are starting to use AI for notices, online memorial pages and
answering the phones out of hours, and some of our families now expect a faster, more digital
service.

[[O:I would like Larchmere to modernise the way we work while keeping the personal touch we are
known for.]] [[O:In practice that means trying AI to help draft notices, eulogy outlines and
letters, and looking at whether it could help with out-of-hours calls.]]

A few things are clear to me already:

- [[G:We will need a proper policy on AI and on families' personal information; until it is
  written, please do not paste any family's details into a public chatbot.]]
- [[H:Families must always feel they are dealing with people, not machines, and we will keep that
  front of mind in whatever we try.]]
- [[E:Our arrangers are the heart of this business, and we will help everyone become comfortable
  with the new tools.]]

No owner has yet been appointed for this work, and I have not set a budget. I will come back to
the management team once I have heard your views.

Please send me your thoughts, good and bad, by the end of the month. If you have tried something
that worked, or something that went wrong, I especially want to hear about it.

With thanks for all you do,

Eleanor Hartigan
Chief Executive
Larchmere Funeral Partnership Ltd
"""

if __name__ == "__main__":
    ev = {}
    text = lib.strip_raw(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    (lib.OUT / NAME).write_text(text, encoding="utf-8")
    lib.write_labels(NAME, STATUSES, ev)
