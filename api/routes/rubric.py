"""The rubric packs: the checks an analysis can run, with their definitions."""

from __future__ import annotations

from fastapi import APIRouter

from analyzer.engines import ENGINE_NAMES
from analyzer.errors import AnalyzerError
from analyzer.models import EngineName
from analyzer.pipeline import Analyzer
from analyzer.rubric import Rubric
from api.deps import PrincipalDep, StateDep
from api.errors import ErrorResponse
from api.schemas import CheckOut, RubricOut

router = APIRouter(
    tags=["rubric"], responses={401: {"model": ErrorResponse, "description": "No valid key"}}
)


def engines_for(analyzer: Analyzer, rubric: Rubric) -> list[EngineName]:
    """The engines that can judge every check of the pack (and can start on this server)."""
    able: list[EngineName] = []
    for name in ENGINE_NAMES:
        try:
            judge = analyzer.judge_for(name)
        except AnalyzerError:
            continue
        if all(judge.can_judge(check) for check in rubric.checks):
            able.append(name)
    return able


def rubric_out(analyzer: Analyzer, rubric: Rubric) -> RubricOut:
    return RubricOut(
        name=rubric.name,
        version=rubric.version,
        title=rubric.title,
        description=rubric.description,
        default=rubric.name == analyzer.rubric.name,
        engines=engines_for(analyzer, rubric),
        checks=[
            CheckOut(
                id=c.id,
                title=c.title,
                version=c.version,
                weight=c.weight,
                core=c.core,
                definition=c.definition,
                levels=c.levels,
            )
            for c in rubric.checks
        ],
    )


@router.get("/rubric", summary="The default rubric pack: its checks and their definitions")
def get_rubric(state: StateDep, _principal: PrincipalDep) -> RubricOut:
    return rubric_out(state.analyzer, state.analyzer.rubric)


@router.get("/rubrics", summary="Every rubric pack this server offers, the default first")
def list_rubrics(state: StateDep, _principal: PrincipalDep) -> list[RubricOut]:
    analyzer = state.analyzer
    packs = sorted(analyzer.packs.packs, key=lambda r: r.name != analyzer.rubric.name)
    return [rubric_out(analyzer, rubric) for rubric in packs]
