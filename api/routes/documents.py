"""Documents: upload (multipart, streamed to disk), list, read, delete; start analyses."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api.deps import PrincipalDep, StateDep
from api.errors import ApiError, ErrorResponse
from api.multipart import receive_multipart
from api.schemas import AnalysisOut, AnalysisRequest, DocumentOut

router = APIRouter(
    prefix="/documents",
    tags=["documents"],
    responses={
        401: {"model": ErrorResponse, "description": "No valid API key"},
        404: {"model": ErrorResponse, "description": "No such document for this tenant"},
        422: {"model": ErrorResponse, "description": "Invalid request"},
    },
)

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "minItems": 1,
                            "items": {"type": "string", "format": "binary"},
                            "description": "One or more documents (PDF, PPTX, DOCX, MD, TXT, HTML)",
                        }
                    },
                }
            }
        },
    }
}


@router.post(
    "",
    status_code=201,
    summary="Upload one or more documents",
    description="Each file is stored for this tenant with its format sniffed from its content "
    "and its pages counted; its text is read (under time and memory limits) and indexed by "
    "its first analysis. The same content uploaded twice is one document, named as it was "
    "last uploaded. All or nothing: if one file is refused, none is kept.",
    openapi_extra=UPLOAD_BODY,
    responses={
        413: {"model": ErrorResponse, "description": "A file exceeds the size or page limit"},
        415: {"model": ErrorResponse, "description": "Not a format gapcard reads"},
    },
)
async def upload_documents(
    request: Request, state: StateDep, principal: PrincipalDep
) -> list[DocumentOut]:
    tenant = principal.tenant_id
    files, _fields = await receive_multipart(
        request,
        lambda: state.uploads.new_incoming_path(tenant),
        max_bytes=state.settings.ingest.max_bytes,
        max_files=state.settings.api.max_files,
    )
    if not files:
        raise ApiError(422, "validation_error", "no file: send one or more files as 'files'")
    rows = await run_in_threadpool(state.catalog.add_documents, tenant, files)
    return [DocumentOut.of(row) for row in rows]


@router.get("", summary="List this tenant's documents, newest first")
def list_documents(state: StateDep, principal: PrincipalDep) -> list[DocumentOut]:
    return [DocumentOut.of(row) for row in state.catalog.list_documents(principal.tenant_id)]


@router.get("/{document_id}", summary="One document")
def get_document(document_id: str, state: StateDep, principal: PrincipalDep) -> DocumentOut:
    return DocumentOut.of(state.catalog.get_document(principal.tenant_id, document_id))


@router.delete(
    "/{document_id}",
    status_code=204,
    summary="Delete a document with its file, vectors and analyses",
    response_class=Response,
)
def delete_document(document_id: str, state: StateDep, principal: PrincipalDep) -> Response:
    state.catalog.delete_document(principal.tenant_id, document_id)
    return Response(status_code=204)


@router.post(
    "/{document_id}/analyses",
    status_code=202,
    summary="Queue an analysis of the document",
    description="Returns at once with the analysis id; poll GET /v1/analyses/{id}.",
)
def create_analysis(
    document_id: str,
    state: StateDep,
    principal: PrincipalDep,
    response: Response,
    body: AnalysisRequest | None = None,
) -> AnalysisOut:
    body = body or AnalysisRequest()
    row = state.catalog.create_analysis(
        principal.tenant_id,
        document_id,
        checks=body.checks,
        engine=body.engine,
        rubric=body.rubric,
        coverage=body.coverage,
    )
    response.headers["Location"] = f"/v1/analyses/{row.id}"
    return AnalysisOut.of(row)


@router.get("/{document_id}/analyses", summary="The document's analyses, newest first")
def list_document_analyses(
    document_id: str, state: StateDep, principal: PrincipalDep
) -> list[AnalysisOut]:
    document = state.catalog.get_document(principal.tenant_id, document_id)
    rows = state.catalog.list_analyses(principal.tenant_id, document.id)
    return [AnalysisOut.of(row, with_scorecard=False) for row in rows]
