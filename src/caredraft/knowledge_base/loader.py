"""Reading policy documents: Markdown with YAML front matter, split into one chunk per
``##`` heading. A section's passage id comes from its ``{#anchor}`` so that translations
of the same section share an id; without an anchor the heading is slugified."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from caredraft.errors import KnowledgeBaseError
from caredraft.knowledge_base.base import Chunk

REQUIRED_FIELDS = ("id", "title", "language")
_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*(?:\{#(?P<anchor>[A-Za-z0-9_-]+)\})?\s*$", re.MULTILINE)
_H1 = re.compile(r"^#\s+.+$", re.MULTILINE)
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{1,80}$")
# Intro text before the first section becomes its own chunk under this anchor.
OVERVIEW_ANCHOR = "overview"


@dataclass(frozen=True)
class Document:
    doc_id: str
    language: str
    title: str
    tags: tuple[str, ...]
    effective_date: str | None
    path: Path
    chunks: tuple[Chunk, ...]


def slugify(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-")
    return slug[:60] or "section"


def content_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def parse_document(text: str, path: Path | str = "<memory>") -> Document:
    """Parse one policy document; raises KnowledgeBaseError naming the file and the problem."""
    path = Path(path)
    if not text.startswith("---"):
        raise KnowledgeBaseError(f"{path}: no front matter (the file must start with a '---' line)")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise KnowledgeBaseError(f"{path}: front matter is not closed by a '---' line")
    header, body = parts[0][3:], parts[1].lstrip("-").lstrip("\n")
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: front matter is not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(meta, dict):
        raise KnowledgeBaseError(f"{path}: front matter must be a mapping of fields")
    missing = [f for f in REQUIRED_FIELDS if not meta.get(f)]
    if missing:
        raise KnowledgeBaseError(f"{path}: front matter lacks {', '.join(missing)}")
    doc_id, language, title = str(meta["id"]).strip(), str(meta["language"]).strip().lower(), str(meta["title"]).strip()
    if not _ID.match(doc_id):
        raise KnowledgeBaseError(f"{path}: id {doc_id!r} must be lowercase letters, digits, '-' or '_'")
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise KnowledgeBaseError(f"{path}: language {language!r} must be an ISO 639-1 code such as en")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list):
        raise KnowledgeBaseError(f"{path}: tags must be a list")
    effective = meta.get("effective_date")
    effective = str(effective) if effective is not None else None

    chunks = _split(body, doc_id=doc_id, language=language, title=title, tags=tuple(str(t) for t in tags),
                    effective_date=effective, path=path)
    if not chunks:
        raise KnowledgeBaseError(f"{path}: the document has no text")
    return Document(doc_id, language, title, tuple(str(t) for t in tags), effective, path, tuple(chunks))


def _split(body: str, *, doc_id: str, language: str, title: str, tags: tuple[str, ...],
           effective_date: str | None, path: Path) -> list[Chunk]:
    body = _H1.sub("", body, count=1)
    matches = list(_HEADING.finditer(body))
    sections: list[tuple[str, str, str]] = []  # (anchor, heading, text)
    intro = body[: matches[0].start()] if matches else body
    if intro.strip():
        sections.append((OVERVIEW_ANCHOR, title, intro.strip()))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        text = body[match.end():end].strip()
        if not text:
            continue
        heading = match.group("title").strip()
        sections.append((match.group("anchor") or slugify(heading), heading, text))

    seen: set[str] = set()
    chunks = []
    for anchor, heading, text in sections:
        if anchor in seen:
            raise KnowledgeBaseError(f"{path}: section anchor {{#{anchor}}} appears twice")
        seen.add(anchor)
        passage_id = f"{doc_id}#{anchor}"
        chunks.append(Chunk(
            key=f"{language}:{passage_id}", passage_id=passage_id, doc_id=doc_id, language=language, title=title,
            heading=heading, text=text, tags=tags, effective_date=effective_date, source_path=str(path),
            content_hash=content_hash(title, heading, text, ",".join(tags), effective_date or ""),
        ))
    return chunks


def load_path(path: Path) -> tuple[list[Document], list[str]]:
    """Every ``*.md`` document under ``path`` (or the one file). Returns (documents, errors):
    a malformed file is reported and skipped so the rest still ingest."""
    path = Path(path)
    if not path.exists():
        raise KnowledgeBaseError(f"{path}: no such file or folder")
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*.md") if p.is_file())
    documents, errors = [], []
    seen: dict[tuple[str, str], Path] = {}
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            errors.append(f"{file}: not UTF-8 text")
            continue
        if file.name.upper() in {"README.MD"}:
            continue
        try:
            document = parse_document(text, file)
        except KnowledgeBaseError as exc:
            errors.append(exc.message)
            continue
        key = (document.doc_id, document.language)
        if key in seen:
            errors.append(f"{file}: duplicate of {seen[key]} (same id {document.doc_id!r} and language)")
            continue
        seen[key] = file
        documents.append(document)
    return documents, errors


def all_chunks(documents: Iterable[Document]) -> list[Chunk]:
    return [chunk for document in documents for chunk in document.chunks]
