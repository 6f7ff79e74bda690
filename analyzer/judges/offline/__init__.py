"""The offline engine: a deterministic judge that needs no model endpoint."""
