"""Text that a spreadsheet must never run.

Excel, WPS and LibreOffice read a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and their full-width forms, which Chinese input methods type) as a
formula: a caller's name of ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0``
would become a live link or a command in the workbook the office hands on.
Leading spaces, tabs and line breaks do not protect – spreadsheets skip them,
and so does our own saving – so the test looks past them.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset("=+-@＝＋－＠")
_SKIPPED = " \t\r\n\u3000\ufeff"
# Control characters an .xlsx file cannot hold (XML 1.0): written out as U+FFFD.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    if text[:1] in ("\t", "\r"):
        return True
    stripped = text.lstrip(_SKIPPED)
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def csv_inert(value: object) -> object:
    """``value`` for a CSV cell: text that reads as a formula gets the
    apostrophe spreadsheets take as "this is text" (OWASP's advice)."""
    if isinstance(value, str) and reads_as_formula(value):
        return "'" + value
    return value


def xml_safe(text: str) -> str:
    """``text`` without the control characters a workbook cannot store."""
    return _CONTROL.sub("\ufffd", text)
