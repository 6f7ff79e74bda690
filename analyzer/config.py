"""Settings: one object from environment variables (GAPCARD_*) and `.env`, in nested sections.

Nested fields are set with a double underscore: `GAPCARD_STORE__MODE=http`,
`GAPCARD_LLM__MODEL=gpt-4o-mini`. Build settings at the edges (CLI, app factory) and pass them
down; the core never reads the environment itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from analyzer.models import EngineName
from analyzer.resources import builtin_prompts_dir

#: How much of a document the LLM engine sends; see `LLMSettings.coverage`.
Coverage = Literal["full", "retrieval"]
THREADS = "onnxruntime intra-op threads; 0 = cores (analyze), all but one (serve), 1 (worker)"
IDLE_CLASS = "Linux: `gapcard worker` in SCHED_IDLE, preempted at once by requests; off if shared"


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(Section):
    mode: Literal["embedded", "http", "ephemeral"] = Field(
        default="embedded",
        description="Chroma embedded on disk (PersistentClient), a Chroma server (HttpClient), "
        "or in memory for one process (EphemeralClient, used by batch workers)",
    )
    host: str = Field(default="127.0.0.1", description="Chroma server host (mode=http)")
    port: int = Field(default=8001, description="Chroma server port (mode=http)")
    collection: str = Field(default="gapcard_chunks", description="Chroma collection name")


class EmbeddingSettings(Section):
    batch_size: int = Field(default=32, ge=1, le=1024, description="Texts per embedding batch")
    max_length: int = Field(default=256, ge=16, le=512, description="Token limit per text")
    threads: int = Field(default=0, ge=0, description=THREADS)


class IngestSettings(Section):
    max_bytes: int = Field(default=50 * 1024 * 1024, description="Largest accepted document")
    max_pages: int = Field(default=2000, description="Most pages or slides accepted")
    chunk_chars: int = Field(default=900, ge=200, description="Target characters per chunk")
    max_text_chars: int = Field(
        default=1_500_000,
        ge=1000,
        description="Most characters of text read from one document (about 750 pages); "
        "past it the document fails with document_too_complex",
    )
    max_blocks: int = Field(
        default=200_000,
        ge=100,
        description="Most paragraphs, lines, rows and notes read from one document",
    )
    max_office_xml_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=1024 * 1024,
        description="Most bytes of XML a DOCX or PPTX may expand to (real decks and reports "
        "need under 1 MB; a 600-slide deck about 30 MB; parsing takes 50-80 times as much "
        "memory)",
    )
    max_seconds: float = Field(
        default=180.0,
        gt=0,
        description="Wall-time limit of reading one document (in its own process), and of its "
        "whole analysis in the batch, the API and `gapcard analyze` (the 74-page Denmark "
        "strategy takes under 30 s on a loaded 2-core machine)",
    )
    isolate: bool = Field(
        default=True,
        description="Read each document in a child process under max_seconds and "
        "max_memory_mb (off: in the calling process, with only the text budget)",
    )
    max_memory_mb: int = Field(
        default=2048,
        ge=256,
        description="Address-space limit (MB) of the process that reads one document",
    )


class AnalysisSettings(Section):
    engine: EngineName = Field(default="offline", description="Judge engine")
    checks: str = Field(default="all", description="core, all, or comma-separated check ids")
    top_k: int = Field(default=8, ge=1, le=50, description="Passages retrieved per query")
    prompts_dir: Path = Field(
        default_factory=builtin_prompts_dir,
        description="Folder of the rubric, prompts and offline data (default: the built-in "
        "`prompts` package)",
    )
    rubric: str | None = Field(
        default=None,
        description="Rubric pack used when a request names none: a pack name, or a pack folder "
        "(default: the rubric in prompts_dir)",
    )
    rubric_packs: list[Path] = Field(
        default_factory=list,
        description="Folders of further rubric packs to offer (JSON list), besides the built-in "
        "ones",
    )
    index_for_offline: bool = Field(
        default=True,
        description="Index documents in Chroma when the offline engine judges them (it reads "
        "every passage and needs no retrieval); batch runs, whose stores are throwaway, skip it",
    )


class LLMSettings(Section):
    model: str = Field(default="gpt-4o-mini", description="Chat model name")
    coverage: Coverage = Field(
        default="full",
        description="full: every chunk reaches the model once (one call for all checks per "
        "window of whole pages/slides/sections); retrieval: only passages retrieved per check",
    )
    context_tokens: int = Field(
        default=100_000,
        ge=2000,
        description="Prompt tokens one call may use in full coverage (a document that fits is "
        "one call; a larger one is read in windows); 100k suits 128k-context hosted models",
    )
    base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint; falls back to OPENAI_BASE_URL",
    )
    api_key: SecretStr | None = Field(
        default=None, description="API key; falls back to OPENAI_API_KEY"
    )
    azure_endpoint: str | None = Field(default=None, description="Azure OpenAI endpoint")
    azure_deployment: str | None = Field(default=None, description="Azure OpenAI deployment")
    azure_api_version: str = Field(default="2024-10-21", description="Azure OpenAI API version")
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature")
    timeout_s: float = Field(default=60.0, gt=0, description="Per-call timeout in seconds")
    max_concurrency: int = Field(default=4, ge=1, description="Concurrent model calls")
    max_retries: int = Field(
        default=3,
        ge=0,
        description="Retries of a failed request (429, 5xx, timeouts: the openai client's, "
        "honouring Retry-After) and re-asks of a reply that does not parse",
    )
    max_tokens: int = Field(
        default=2000,
        ge=64,
        description="Completion token limit (a call for all checks answers every one of them)",
    )
    prices_per_mtok: dict[str, tuple[float, float]] = Field(
        default={
            "gpt-4o-mini": (0.15, 0.60),
            "gpt-4o": (2.50, 10.00),
            "gpt-4.1-mini": (0.40, 1.60),
            "gpt-4.1": (2.00, 8.00),
        },
        description="USD per million (prompt, completion) tokens by model, for cost estimates",
    )
    max_passage_tokens: int = Field(
        default=1500, ge=100, description="Token budget of the passages sent with one check"
    )
    retrieval_share: float = Field(
        default=0.33,
        gt=0,
        le=1,
        description="Retrieval coverage: share of the document's tokens one call may send, "
        "instructions included (from twice group_passage_tokens on; smaller ones get more)",
    )
    checks_per_call: int = Field(
        default=7,
        ge=1,
        description="Checks judged in one model call (in rubric order) with one shared block "
        "of passages; 1 asks the model once per check",
    )
    group_passage_tokens: int = Field(
        default=4000,
        ge=100,
        description="Retrieval coverage: a document this small is sent whole; the floor "
        "shrinks to nothing at twice this size (each check keeps its best passage)",
    )
    structured_output: Literal["auto", "json_schema", "function_calling", "text"] = Field(
        default="auto",
        description="How verdicts are requested; auto tries json_schema, then function calling, "
        "then JSON parsed from text",
    )


class APISettings(Section):
    host: str = Field(default="127.0.0.1", description="Bind host for `gapcard serve`")
    port: int = Field(default=8000, description="Bind port for `gapcard serve`")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default SQLite under the data directory"
    )
    workers: int = Field(
        default=2,
        ge=0,
        description="Analysis worker threads inside `gapcard serve`; 0 runs no analyses there "
        "(API replicas beside `gapcard worker` processes)",
    )
    worker_nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="CPU niceness of `gapcard worker` processes: on a machine they share with "
        "`gapcard serve`, the API's requests are served before analyses",
    )
    worker_idle_class: bool = Field(default=True, description=IDLE_CLASS)
    max_attempts: int = Field(
        default=3,
        ge=1,
        description="Runs of one analysis job before it is failed (a job whose worker died is "
        "claimed again once its lease lapses)",
    )
    lease_s: float = Field(
        default=30.0,
        ge=1,
        description="Seconds a claimed job stays with its worker unless renewed (every third "
        "of it); after a crash the job is run again this long after its last renewal",
    )
    uploads_dir: Path | None = Field(
        default=None,
        description="Where uploaded documents are kept (default `data_dir/uploads`); give API "
        "replicas and workers one shared folder",
    )
    poll_interval_s: float = Field(
        default=1.0, gt=0, description="How often idle workers look for queued jobs, in seconds"
    )
    max_files: int = Field(default=20, ge=1, description="Most files accepted in one upload")
    default_tenant: str = Field(
        default="local", description="Tenant given a key at first start when no key exists"
    )
    session_hours: float = Field(
        default=12.0,
        gt=0,
        description="How long a web page sign-in lasts before the key is asked for again",
    )


class BatchSettings(Section):
    workers: int = Field(default=0, ge=0, description="Batch workers (0 = number of cores)")
    max_zip_entries: int = Field(default=5000, description="Most entries read from one zip")
    max_zip_ratio: float = Field(
        default=100.0,
        description="Largest compression ratio accepted for a member that expands past "
        "max_zip_compressed_member_bytes",
    )
    max_zip_compressed_member_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=0,
        description="Members expanding to at most this many bytes are read whatever their "
        "compression ratio (text compresses 100-500:1 and is harmless at this size)",
    )
    max_zip_bytes: int = Field(
        default=2 * 1024**3, description="Most uncompressed bytes from one archive"
    )
    max_zip_depth: int = Field(default=1, description="Nested archive levels opened")


class Settings(BaseSettings):
    """All of gapcard's configuration."""

    model_config = SettingsConfigDict(
        env_prefix="GAPCARD_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="forbid",
    )

    data_dir: Path = Field(
        default=Path(".gapcard"), description="Where the index, cache and database live"
    )
    store: StoreSettings = Field(default_factory=StoreSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    analysis: AnalysisSettings = Field(default_factory=AnalysisSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    api: APISettings = Field(default_factory=APISettings)
    batch: BatchSettings = Field(default_factory=BatchSettings)
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_API_KEY"),
        description="The standard OpenAI key variable, honoured when llm.api_key is unset",
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_BASE_URL"),
        description="The standard OpenAI base URL variable, honoured when llm.base_url is unset",
    )

    def llm_api_key(self) -> SecretStr | None:
        return self.llm.api_key or self.openai_api_key

    def llm_base_url(self) -> str | None:
        return self.llm.base_url or self.openai_base_url

    def llm_configured(self) -> bool:
        """Whether an LLM endpoint was configured at all: a base URL, a key (for the default
        OpenAI endpoint) or an Azure endpoint. Without one the LLM engine is refused."""
        return bool(self.llm_base_url() or self.llm_api_key() or self.llm.azure_endpoint)
