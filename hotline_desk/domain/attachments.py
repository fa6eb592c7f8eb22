"""Attachments on tickets (附件): what a file is, judged by its content.

A unit's photos of the site (整改前后照片), scanned letters, PDFs and office
documents are kept with the ticket. A file is accepted by what its first
bytes say it is – never by its name – and only as one of the kinds an office
reads: images, PDF, office documents, plain text. Anything else (a program,
a script, an archive) is refused with the reason; nothing kept is ever run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

# (first bytes, offset, kind, label)
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg", "JPEG 图片"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "PNG 图片"),
    (b"GIF87a", 0, "image/gif", "GIF 图片"),
    (b"GIF89a", 0, "image/gif", "GIF 图片"),
    (b"BM", 0, "image/bmp", "BMP 图片"),
    (b"%PDF-", 0, "application/pdf", "PDF 文档"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "application/x-ole", "Office 97–2003 文档"),
)
WEBP = "image/webp"
OFFICE_XML = "application/x-ooxml"
TEXT = "text/plain"
KIND_LABELS = {
    **{kind: label for _sig, _off, kind, label in _SIGNATURES},
    WEBP: "WebP 图片",
    OFFICE_XML: "Office 文档（docx/xlsx/pptx）",
    TEXT: "文本",
}
IMAGES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", WEBP})
PDF = "application/pdf"
ACCEPTED = "图片（JPEG、PNG、GIF、BMP、WebP）、PDF、Office 文档或文本文件"


def sniff(content: bytes) -> str | None:
    """The kind the content is, or None when it is none the office keeps
    (a script is text that runs: refused as a program is)."""
    if content[:2] == b"#!":
        return None
    for signature, offset, kind, _label in _SIGNATURES:
        if content[offset : offset + len(signature)] == signature:
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return WEBP
    if content[:4] == b"PK\x03\x04" and b"[Content_Types].xml" in content[:4096]:
        return OFFICE_XML  # a zip that is an Office document, not any archive
    if _is_text(content[:65536]):
        return TEXT
    return None


def _is_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class Attachment:
    id: int
    ticket_number: str
    name: str  # as it was called when added (shown, never trusted)
    kind: str
    size: int
    digest: str
    added_by: str
    added_at: datetime
    event_action: str = ""  # the event it belongs to (feedback, callback…), if any
    removed_at: datetime | None = None
    event_seq: int | None = None  # that event's number in the ticket's history
    added_by_name: str = ""  # the name on the staff list (the login when none)

    @property
    def adder(self) -> str:
        """Who added it, as people call them (never a bare login where a name exists)."""
        return self.added_by_name or self.added_by

    @property
    def is_image(self) -> bool:
        return self.kind in IMAGES

    @property
    def has_preview(self) -> bool:
        """Whether a thumbnail can show it (an image, a PDF's first page)."""
        return self.kind in IMAGES or self.kind == PDF

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def shown_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"
