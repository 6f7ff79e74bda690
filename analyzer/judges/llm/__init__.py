"""The LLM engine: checks judged by a chat model behind an OpenAI-compatible endpoint."""
