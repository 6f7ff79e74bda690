"""gapcard's core: ingest strategy documents, index them, judge them against a rubric."""

__version__ = "0.1.0"
