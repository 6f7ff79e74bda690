"""The rubric: the checks an analysis can run, with their definitions."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import PrincipalDep, StateDep
from api.errors import ErrorResponse
from api.schemas import CheckOut, RubricOut

router = APIRouter(
    tags=["rubric"], responses={401: {"model": ErrorResponse, "description": "No valid key"}}
)


@router.get("/rubric", summary="The checks and their definitions")
def get_rubric(state: StateDep, _principal: PrincipalDep) -> RubricOut:
    rubric = state.analyzer.rubric
    return RubricOut(
        name=rubric.name,
        version=rubric.version,
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
