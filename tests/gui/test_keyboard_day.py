"""One ticket's whole life with the keyboard alone, through the real window:
新建 → 派单 (with the call to the unit) → 单位反馈 → 回访 → 提交市审核组 → 办结归档.

Every key goes to the widget that has the focus, as a person's would; the
state is checked after each step, and the keys beyond the typed text are
counted per step. The counts are quoted in docs/keyboard.md: a change that
makes a step need more keys fails here (KEYS_AT_MOST)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QPlainTextEdit

from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService

# The most keys each step may take beyond the text typed (measured, see docs/keyboard.md).
KEYS_AT_MOST = {
    "新建工单": 9,
    "派单并电话通知": 4,
    "单位反馈": 8,
    "回访": 6,
    "提交市审核组": 2,
    "办结归档": 2,
}


class Keyboard:
    """Keys to whatever has the focus; counts the keys that are not text."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.counts: dict[str, int] = {}
        self.step = ""

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, f"{self.step}: nothing has the focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)
            self.counts[self.step] = self.counts.get(self.step, 0) + 1
            self.qtbot.wait(10)

    def type(self, text: str) -> None:
        """Text, as a Chinese input method commits it (not counted): a commit
        to a text field, a key with that text to a list that searches by it,
        digits to a date field."""
        widget = self.focus()
        if isinstance(widget, QDateTimeEdit):
            self.qtbot.keyClicks(widget, text)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(widget, event)
        else:
            for char in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    )
        self.qtbot.wait(10)


def test_a_ticket_from_new_to_archived_by_keyboard(qtbot, sqlite_context, open_window, settle):
    generate(sqlite_context, 0)  # the demo office's units, no tickets
    window = settle(open_window(sqlite_context))
    window.activateWindow()
    window.table.setFocus()
    service = TicketService(sqlite_context)
    keys = Keyboard(qtbot)
    tab, enter = Qt.Key.Key_Tab, Qt.Key.Key_Return
    ctrl = Qt.KeyboardModifier.ControlModifier

    def settled() -> None:
        """A form closed: the window manager gives the main window its focus back
        (the offscreen platform has none, so the test does what it would)."""
        qtbot.wait(50)
        settle(window)
        active = QApplication.activeWindow()
        if active is None or not active.isVisible():
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    def state() -> str:
        return service.show("SZ-KEY-1").ticket.state.value

    keys.step = "新建工单"
    keys.press(Qt.Key.Key_N, ctrl)
    keys.type("SZ-KEY-1")  # the focus starts on 工单编号
    keys.press(tab)
    keys.type("求")  # 诉求类型: the first letter finds 求助
    keys.press(tab, times=3)  # past 受理时间 (now) and 时限规则 (the city's date) to 办理时限
    keys.type("202610091730")  # the city's 办理时限, as the ticket says
    keys.press(tab, times=2)  # past 工单标题
    keys.type("滨江路路灯不亮")
    keys.press(tab)  # Tab leaves 诉求内容
    keys.press(enter)  # 保存
    settled()
    assert state() == "received"

    keys.step = "派单并电话通知"
    keys.press(Qt.Key.Key_D, ctrl)
    keys.type("城市管理")  # any part of the unit's name: Tab takes the one found
    keys.press(tab, times=2)  # past 协办单位
    keys.type("已")  # 已通知（接通）
    keys.press(enter)
    settled()
    assert state() == "handling"

    keys.step = "单位反馈"
    keys.press(Qt.Key.Key_E, ctrl)
    keys.press(tab)  # past 答复参考范本
    keys.type("线路老化")
    keys.press(tab)
    keys.type("已更换线路，恢复照明")
    keys.press(tab)
    keys.type("已")  # 已处理
    keys.press(tab, times=2)  # past 下一步措施
    keys.type("《城市照明管理规定》第十条")
    keys.press(tab)
    keys.press(enter)
    settled()
    assert state() == "feedback"

    keys.step = "回访"
    keys.press(Qt.Key.Key_H, ctrl)
    keys.type("接")  # 接通
    for answer in ("是", "是", "无", "满"):  # told, true, misconduct 无, 满意
        keys.press(tab)
        keys.type(answer)
    keys.press(enter)
    settled()
    assert state() == "called_back"

    keys.step = "提交市审核组"
    keys.press(Qt.Key.Key_U, ctrl)
    keys.press(enter)  # 确定 is the default
    settled()
    assert state() == "submitted"

    keys.step = "办结归档"
    keys.press(Qt.Key.Key_G, ctrl)
    keys.press(enter)
    settled()
    assert state() == "archived"

    print("keys beyond the typed text:", keys.counts)
    for step, most in KEYS_AT_MOST.items():
        assert keys.counts[step] <= most, (step, keys.counts[step])
