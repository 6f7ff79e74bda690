"""Judges turn retrieved passages into verdicts: `offline` (no model) and `llm` (langchain)."""
