"""One running window per user and database: a second launch hands over to it.

The first instance listens on a local socket (a named pipe on Windows) whose
name comes from the system user and the database; a second launch connects,
says what it was asked for ("show", or "open NUMBER") and exits, so one
poller runs and alerts are not raised twice.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = "show"
OPEN = "open "


def instance_name(database_url: str, user: str | None = None) -> str:
    """The socket's name: short, safe on every platform, one per user and database."""
    who = user or getpass.getuser()
    digest = hashlib.sha256(f"{who}\n{database_url}".encode()).hexdigest()[:20]
    return f"hotline-desk-{digest}"


class SingleInstance(QObject):
    """``message`` carries what a later launch asked for."""

    message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def hand_over(self, request: str, timeout_ms: int = 1500) -> bool:
        """Tells a running instance ``request``; False when none is running."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write((request + "\n").encode())
        socket.flush()  # usually writes it all at once
        delivered = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return delivered

    def listen(self) -> bool:
        """Becomes the running instance. A socket left by a crashed one is removed
        first (``hand_over`` found nobody behind it)."""
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        """Reads each caller's one line at once: a second launch writes it right
        after connecting, so this waits a moment at most, and no socket outlives
        the call (nothing is left to a later signal)."""
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            while not socket.canReadLine() and socket.waitForReadyRead(1000):
                pass
            line = bytes(socket.readLine().data()).decode(errors="replace").strip()
            socket.abort()
            socket.deleteLater()
            if line:
                self.message.emit(line)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
