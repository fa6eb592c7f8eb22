"""设置 → 办公室数据库…: the connection tested before it is kept, the password
in the keyring only (never in the settings), a wrong one refused."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from hotline_desk.gui.settings.connection_dialog import (
    KEYS,
    ConnectionDialog,
    office_url,
    saved_server,
)


class MemoryKeyring(KeyringBackend):
    """The OS keyring, for a test: a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def keyring_in_memory():
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.mark.postgres
def test_the_office_server_is_tested_then_kept_with_its_password_in_the_keyring(
    qtbot, postgres_url, tmp_path, keyring_in_memory, settle
):
    url = make_url(postgres_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or "localhost")
    dialog.port.setText(str(url.port or 5432))
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText("wrong-password")
    dialog.save()
    settle(dialog)
    assert "连接" in dialog.error.text() and "wrong-password" not in dialog.error.text()
    assert saved_server(settings) is None and not keyring_in_memory.kept  # nothing kept
    dialog.password.setText(url.password or "")
    dialog.save()
    settle(dialog)
    assert "PostgreSQL" in dialog.result_label.text()
    settings.sync()
    # The settings hold the server, never the password (CI's user and password are alike).
    assert sorted(settings.allKeys()) == sorted(KEYS)
    assert "password" not in (tmp_path / "settings.ini").read_text(encoding="utf-8").lower()
    assert list(keyring_in_memory.kept.values()) == [url.password]
    assert make_url(office_url(settings)).password == url.password  # the next start's URL
    dialog.use_local()
    assert office_url(settings) is None


def test_a_bad_port_is_refused_with_what_was_expected(qtbot, tmp_path, keyring_in_memory, settle):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("server")
    dialog.port.setText("99999")
    dialog.user.setText("hotline")
    dialog.test()
    settle(dialog)
    assert "1–65535" in dialog.error.text()
