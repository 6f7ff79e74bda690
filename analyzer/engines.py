"""The engine registry: the one place an engine name is mapped to the judge that implements it.

Adding an engine is adding one factory to `ENGINES` and its name to `EngineName`. Everything
else (the CLI's choices, the API schema, the evals, the pipeline) reads this table; the pipeline
asks a judge what it needs (`retrieves`, `fingerprint()`) instead of testing its name.
Factories import their engine lazily, so choosing the offline engine never imports langchain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

from analyzer.config import Settings
from analyzer.errors import AnalyzerError, CheckNotSupported, LLMNotConfigured
from analyzer.judges.base import Judge
from analyzer.judges.cached import CachedJudge, VerdictCache
from analyzer.models import EngineName
from analyzer.rubric import Rubric

#: Builds a judge from settings.
JudgeFactory = Callable[[Settings], Judge]


def _offline(settings: Settings) -> Judge:
    from analyzer.judges.offline.judge import OfflineJudge

    return OfflineJudge(settings.analysis.prompts_dir / "offline")


def _learned(settings: Settings) -> Judge:
    from analyzer.judges.learned.judge import LearnedJudge

    return LearnedJudge(settings.analysis.prompts_dir / "offline")


LLM_NOT_CONFIGURED = (
    "the llm engine has no model endpoint configured: set llm.base_url (GAPCARD_LLM__BASE_URL "
    "or OPENAI_BASE_URL), an API key (OPENAI_API_KEY) or llm.azure_endpoint"
)


def _llm(settings: Settings) -> Judge:
    if not settings.llm_configured():  # never fall back to a default endpoint on our own
        raise LLMNotConfigured(LLM_NOT_CONFIGURED)
    from analyzer.judges.llm.judge import LLMJudge

    return LLMJudge(settings)


ENGINES: dict[EngineName, JudgeFactory] = {"offline": _offline, "llm": _llm, "learned": _learned}
ENGINE_NAMES: tuple[EngineName, ...] = get_args(EngineName)
#: Engines whose verdicts are worth caching (a model call costs money and seconds; the offline
#: engine is deterministic and fast, so caching it would only add a file).
CACHED_ENGINES: frozenset[EngineName] = frozenset({"llm"})
VERDICT_CACHE_FILE = "verdicts.sqlite3"


def build_judge(name: str, settings: Settings, *, use_cache: bool = True) -> Judge:
    """The judge of engine `name`, behind the verdict cache if it benefits (with
    `use_cache=False` it asks for everything, and still stores what it decides);
    AnalyzerError naming the choices for an unknown engine."""
    if name not in ENGINE_NAMES:
        raise AnalyzerError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
    judge = ENGINES[name](settings)
    if name not in CACHED_ENGINES:
        return judge
    cache = VerdictCache(settings.data_dir / "cache" / VERDICT_CACHE_FILE)
    return CachedJudge(judge, cache, read=use_cache)


def ensure_supported(rubric: Rubric, judge: Judge) -> None:
    """CheckNotSupported, naming the checks, when the judge cannot decide some of the rubric's
    checks (the offline engine has models only for the built-in checks)."""
    if unsupported := [c.id for c in rubric.checks if not judge.can_judge(c)]:
        raise CheckNotSupported(
            f"the {judge.name} engine cannot judge {', '.join(unsupported)} of rubric "
            f"{rubric.name}: it has a model only for the built-in checks; use the llm engine"
        )
