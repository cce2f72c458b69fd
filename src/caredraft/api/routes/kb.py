"""The policy knowledge base: list and search passages (any key), ingest and delete
documents (admin). Every change goes to the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from caredraft.api.deps import KbReaderDep, KbWriterDep, PipelineDep, RepoDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.schemas import LANGUAGE, DeleteResult, DocumentCreate, IngestResult
from caredraft.domain import Passage
from caredraft.errors import BackendUnavailable, CaredraftError, NotFound, PayloadTooLarge

router = APIRouter(prefix="/v1/kb", tags=["knowledge-base"])

MAX_DOCUMENT_CHARS = 200_000
Lang = Annotated[str | None, Query(pattern=LANGUAGE, description="en, ru, bg, fa")]
DocId = Annotated[str, Path(min_length=1, max_length=200)]


def _backend(what: str, exc: Exception) -> BackendUnavailable:
    return BackendUnavailable(f"the knowledge base could not {what}, please retry", details={"reason": type(exc).__name__})


@router.get("/passages", operation_id="listPassages", response_model=list[Passage], summary="List passages",
            responses=responses(*AUTH_ERRORS, 422, 503))
def list_passages(_: KbReaderDep, pipeline: PipelineDep, lang: Lang = None,
                  doc_id: Annotated[str | None, Query(max_length=200)] = None) -> list[Passage]:
    try:
        return pipeline.kb.passages(doc_id=doc_id, language=lang)
    except Exception as exc:
        raise _backend("list passages", exc) from exc


@router.get("/search", operation_id="searchPassages", response_model=list[Passage], summary="Search passages",
            responses=responses(*AUTH_ERRORS, 422, 503))
def search_passages(_: KbReaderDep, pipeline: PipelineDep,
                    q: Annotated[str, Query(min_length=1, max_length=2_000)],
                    lang: Lang = None, k: Annotated[int, Query(ge=1, le=50)] = 4) -> list[Passage]:
    try:
        return pipeline.kb.search(q, language=lang, k=k)
    except Exception as exc:
        raise _backend("search", exc) from exc


@router.post("/documents", operation_id="ingestDocument", status_code=201, response_model=IngestResult,
             summary="Add or replace a policy document (Markdown)", responses=responses(*AUTH_ERRORS, *BODY_ERRORS, 503))
def ingest_document(body: DocumentCreate, principal: KbWriterDep, pipeline: PipelineDep, repository: RepoDep,
                    settings: SettingsDep) -> IngestResult:
    from caredraft.knowledge_base.ingest import ingest_text
    from caredraft.knowledge_base.loader import parse_document

    if len(body.content) > MAX_DOCUMENT_CHARS:
        raise PayloadTooLarge(f"the document is {len(body.content)} characters; the limit is {MAX_DOCUMENT_CHARS}")
    name = body.name or "<upload>"
    document = parse_document(body.content, name)  # KnowledgeBaseError (422) with a clear message
    try:
        report = ingest_text(settings, body.content, name=name, kb=pipeline.kb)
    except CaredraftError:
        raise
    except Exception as exc:
        raise _backend("store the document", exc) from exc
    repository.append_audit(actor=principal.actor, action="kb.ingest", item_id=document.doc_id,
                            details={"language": document.language, "chunks": report.chunks,
                                     "embedded": report.embedded, "deleted": report.deleted})
    return IngestResult(doc_id=document.doc_id, language=document.language, chunks=report.chunks,
                        embedded=report.embedded, unchanged=report.unchanged, deleted=report.deleted)


@router.delete("/documents/{doc_id}", operation_id="deleteDocument", response_model=DeleteResult,
               summary="Delete a policy document (one language or all)", responses=responses(*AUTH_ERRORS, 404, 422, 503))
def delete_document(doc_id: DocId, principal: KbWriterDep, pipeline: PipelineDep, repository: RepoDep,
                    settings: SettingsDep, lang: Lang = None) -> DeleteResult:
    from caredraft.knowledge_base import ingest

    try:
        deleted = ingest.delete_document(settings, doc_id, lang, kb=pipeline.kb)
    except Exception as exc:
        raise _backend("delete the document", exc) from exc
    if deleted == 0:
        raise NotFound(f"no document {doc_id}" + (f" in {lang}" if lang else ""), details={"doc_id": doc_id})
    repository.append_audit(actor=principal.actor, action="kb.delete", item_id=doc_id,
                            details={"language": lang, "chunks": deleted})
    return DeleteResult(doc_id=doc_id, language=lang, deleted=deleted)
