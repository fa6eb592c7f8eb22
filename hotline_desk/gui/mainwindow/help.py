"""帮助: the operators' manual in the app (offline), F1 for the window in
front, the shortcuts built from the menus' own actions, and 关于.

The manual is Markdown in resources/help/ (manual_zh_CN.md, manual_en.md),
turned into HTML here – a small subset: headings with an {#anchor}, lists,
tables, images, **bold** and `code` – so that F1 can jump to a section
(Qt's own Markdown reader keeps no anchors)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.widgets import close_buttons, fill_table, read_only_table
from hotline_desk.paths import resources_dir

HELP_DIR = "help"
IMAGE_WIDTH = 720  # the manual window is 820 wide
# The section F1 opens, by the object name of the window in front (forms are
# named form_<action>).
SECTIONS = {
    "MainWindow": "main-window",
    "NewTicketDialog": "new-ticket",
    "form_dispatch": "dispatch",
    "form_call": "call",
    "form_feedback": "feedback",
    "form_callback": "callback",
    "form_submit": "submit",
    "form_archive": "submit",
    "ImportDialog": "import",
    "StatisticsWindow": "statistics",
    "CalendarDialog": "settings",
    "DirectoryDialog": "settings",
    "TemplatesDialog": "settings",
    "RulesDialog": "settings",
    "StaffDialog": "settings",
    "AccessLogDialog": "settings",
    "form_related": "related",
    "form_whitelist": "whitelist",
    "form_unwhitelist": "whitelist",
    "WhitelistDialog": "whitelist",
    "KnowledgeDialog": "knowledge",
    "form_detach": "attachments",
    "ImageView": "attachments",
    "form_knowledge": "knowledge",
    "form_knowledge_retire": "knowledge",
}


def _png_width(path: Path) -> int:
    """A PNG's width from its header (0 when it is not one)."""
    try:
        head = path.read_bytes()[:24]
    except OSError:
        return 0
    return int.from_bytes(head[16:20], "big") if head[:8] == b"\x89PNG\r\n\x1a\n" else 0


def _image(match: re.Match[str], folder: Path | None) -> str:
    """A screenshot, drawn at most as wide as the manual's page (no sideways scrolling)."""
    alt, src = match.group(1), match.group(2)
    wide = folder is not None and _png_width(folder / src) > IMAGE_WIDTH
    width = f' width="{IMAGE_WIDTH}"' if wide else ""
    return f'<br><img src="{src}" alt="{alt}"{width}><br>'


def _inline(text: str, folder: Path | None = None) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    return re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", lambda m: _image(m, folder), text)


def manual_html(markdown: str, folder: Path | None = None) -> str:
    """The manual's Markdown as HTML with named anchors (``folder``: where its
    images are, to fit the wide ones)."""
    out: list[str] = []
    in_list = None
    table: list[list[str]] = []

    def close() -> None:
        nonlocal in_list, table
        if in_list:
            out.append(f"</{in_list}>")
            in_list = None
        if table:
            rows = [r for r in table if not all(set(c) <= set("-: ") for c in r)]
            cells = "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            out.append(f'<table border="1" cellpadding="4" cellspacing="0">{cells}</table>')
            table = []

    for line in markdown.splitlines():
        heading = re.match(r"^(#{1,3}) (.*?)(?: \{#([\w-]+)\})?\s*$", line)
        item = re.match(r"^\s*(?:- |(\d+)\. )(.*)$", line)
        if heading:
            close()
            level, title, anchor = len(heading.group(1)), heading.group(2), heading.group(3)
            named = f'<a name="{anchor}"></a>' if anchor else ""
            out.append(f"{named}<h{level}>{_inline(title)}</h{level}>")
        elif line.startswith("|"):
            if in_list:
                close()
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif item:
            kind = "ol" if item.group(1) else "ul"
            if in_list != kind:
                close()
                out.append(f"<{kind}>")
                in_list = kind
            out.append(f"<li>{_inline(item.group(2))}</li>")
        elif not line.strip():
            close()
        else:
            close()
            out.append(f"<p>{_inline(line, folder)}</p>")
    close()
    return "\n".join(out)


def manual_file(language: str) -> Path:
    folder = resources_dir() / HELP_DIR
    chosen = folder / f"manual_{language}.md"
    return chosen if chosen.is_file() else folder / "manual_zh_CN.md"


def anchors(language: str) -> set[str]:
    return set(re.findall(r"\{#([\w-]+)\}", manual_file(language).read_text(encoding="utf-8")))


class ManualWindow(QMainWindow):
    """使用手册: the manual, offline, opened at a section."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ManualWindow")
        self.setWindowTitle(tr("使用手册"))
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = manual_file(language)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setHtml(manual_html(path.read_text(encoding="utf-8"), path.parent))
        self.setCentralWidget(self.browser)

    def show_section(self, anchor: str) -> None:
        self.section = anchor
        self.show()
        self.raise_()
        self.browser.scrollToAnchor(anchor)


def section_for(widget: QWidget | None) -> str:
    """The manual's section for the window in front (the main window's by default)."""
    while widget is not None:
        found = SECTIONS.get(widget.objectName()) or SECTIONS.get(type(widget).__name__)
        if found:
            return found
        widget = widget.parentWidget()
    return "main-window"


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(key, what) of every menu entry with a shortcut – from the actions themselves."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut()
            if not keys.isEmpty():
                what = action.text().replace("&", "").rstrip("…")
                what = re.sub(r"\([A-Z]\)$", "", what)
                rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), what))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(tr("快捷键"))
        rows = shortcut_rows(window) + [
            ("Alt+1…4", tr("工单详情、办理记录、相关工单、附件")),
            ("Esc", tr("关闭表单")),
        ]  # F1 is in the 帮助 menu
        table = read_only_table([tr("按键"), tr("作用")])
        fill_table(table, rows)
        table.verticalHeader().hide()
        self.table = table
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 520)


class AboutDialog(QDialog):
    """关于: the version, the database in use, where data and log are, the licence."""

    def __init__(self, facts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(tr("关于"))
        self.facts = dict(facts)
        text = QLabel()
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = text
        self._render()
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def set_fact(self, key: str, value: str) -> None:
        self.facts[key] = value
        self._render()

    def _render(self) -> None:
        lines = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in self.facts.items()
        )
        self.text.setText(
            f"<h3>{tr('热线工单桌面助手')}</h3><table cellpadding='3'>{lines}</table>"
        )
        self.text.setMinimumWidth(460)
        self.adjustSize()  # a longer line read later (the database) gets its room


def focused_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeModalWidget() or app.activeWindow()
