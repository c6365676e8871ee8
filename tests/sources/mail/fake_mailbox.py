"""What the loopback fakes of Exchange (EWS) and Microsoft Graph share: messages with a version
counter, which their sync and delta tokens name, and the removals since each version."""

from __future__ import annotations

from typing import Any


class MessageLog:
    """Messages of a fake mail server; the class using it provides the three attributes."""

    messages: dict[str, dict[str, Any]]
    version: int
    removed: list[tuple[int, str, str]]  # (version, folder id, message id)

    def add(self, mid: str, folder: str, mime: bytes, sensitivity: int | str = 0, subject: str = "") -> None:
        self.version += 1
        self.messages[mid] = {
            "folder": folder,
            "mime": mime,
            "sens": sensitivity,
            "v": self.version,
            "subject": subject,
        }

    def remove(self, mid: str) -> None:
        self.version += 1
        self.removed.append((self.version, self.messages.pop(mid)["folder"], mid))
