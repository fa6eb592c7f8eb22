"""The notice bar: what matters stays visible above the queue until dismissed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from hotline_desk.gui.qt.i18n import tr


class NoticeBar(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("noticeBar")
        self._said: dict[str, str] = {}  # what it says, by topic
        self._warning = False
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        close = QPushButton(tr("知道了"))
        close.clicked.connect(self.hide)
        self.action = QPushButton()  # what to do about it, when there is something
        self.action.hide()
        self.action.clicked.connect(self.hide)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(close)
        self.hide()

    def say(
        self,
        text: str,
        warning: bool = False,
        action: tuple[str, Callable[[], object]] | None = None,
        topic: str = "",
    ) -> None:
        """Shows ``text``; ``action`` adds a button that goes and does something
        about it. What is already said stays beside it (a reminder must not wipe
        out a warning); a newer word on the same ``topic`` replaces the older one."""
        if self.isHidden():
            self._said.clear()
            self._warning = False
        self._said.pop(topic or text, None)
        self._said[topic or text] = text
        self._warning = self._warning or warning
        if action is not None or not self.action.isVisible():
            with contextlib.suppress(RuntimeError, TypeError):
                self.action.clicked.disconnect()
            self.action.clicked.connect(self.hide)
            if action is not None:
                self.action.setText(action[0])
                self.action.clicked.connect(action[1])
            self.action.setVisible(action is not None)
        colours = ("#ffebee", "#ef9a9a") if self._warning else ("#e3f2fd", "#90caf9")
        self.setStyleSheet(
            f"#noticeBar {{ background: {colours[0]}; border: 1px solid {colours[1]}; }}"
        )
        self.text.setText("\n".join(list(self._said.values())[-3:]))
        self.show()
