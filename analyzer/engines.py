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
from analyzer.models import EngineName
from analyzer.rubric import Rubric

#: Builds a judge from settings; `use_cache=False` asks it to bypass any cache of its own.
JudgeFactory = Callable[[Settings, bool], Judge]


def _offline(settings: Settings, use_cache: bool) -> Judge:
    from analyzer.judges.offline.judge import OfflineJudge

    return OfflineJudge(settings.analysis.prompts_dir / "offline")


LLM_NOT_CONFIGURED = (
    "the llm engine has no model endpoint configured: set llm.base_url (GAPCARD_LLM__BASE_URL "
    "or OPENAI_BASE_URL), an API key (OPENAI_API_KEY) or llm.azure_endpoint"
)


def _llm(settings: Settings, use_cache: bool) -> Judge:
    if not settings.llm_configured():  # never fall back to a default endpoint on our own
        raise LLMNotConfigured(LLM_NOT_CONFIGURED)
    from analyzer.judges.llm.judge import LLMJudge

    return LLMJudge(settings, use_cache=use_cache)


ENGINES: dict[EngineName, JudgeFactory] = {"offline": _offline, "llm": _llm}
ENGINE_NAMES: tuple[EngineName, ...] = get_args(EngineName)


def build_judge(name: str, settings: Settings, *, use_cache: bool = True) -> Judge:
    """The judge of engine `name`; AnalyzerError naming the choices for an unknown one."""
    if name not in ENGINE_NAMES:
        raise AnalyzerError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
    return ENGINES[name](settings, use_cache)


def ensure_supported(rubric: Rubric, judge: Judge) -> None:
    """CheckNotSupported, naming the checks, when the judge cannot decide some of the rubric's
    checks (the offline engine has models only for the built-in checks)."""
    if unsupported := [c.id for c in rubric.checks if not judge.can_judge(c)]:
        raise CheckNotSupported(
            f"the {judge.name} engine cannot judge {', '.join(unsupported)} of rubric "
            f"{rubric.name}: it has a model only for the built-in checks; use the llm engine"
        )
