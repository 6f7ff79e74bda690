"""Evaluate the analyzer on labeled corpora: `python -m evals.run DIR`."""
