"""One running window per user and database: a second launch hands over to it.

The first instance listens on a local socket (a named pipe on Windows) whose
name comes from the system user and the database; a second launch connects,
says what it was asked for ("show", or "open NUMBER") and exits, so one
poller runs and alerts are not raised twice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from hotline_desk.handover import OPEN, SHOW, instance_name

__all__ = ["OPEN", "SHOW", "SingleInstance", "instance_name"]


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
