"""An exclusive lock on ``binder.lock`` held while one program has a binder open for writing."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "binder.lock"


class LockHeldError(Exception):
    """Raised when another process holds the lock; ``holder`` describes it for people."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe_holder(lock_path: Path) -> str:
    try:
        info = json.loads(lock_path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    host = info.get("host") or "this computer"
    pid = info.get("pid")
    since = info.get("since")
    parts = [f"process {pid}" if pid else "another process", f"on {host}"]
    if since:
        parts.append(f"since {since}")
    return " ".join(parts)


class BinderLock:
    """Holds ``binder.lock`` until ``release()``; the operating system frees it if we crash."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self, since: str) -> None:
        """Take the lock or raise LockHeldError naming who holds it."""
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+", encoding="utf-8")
        if not _try_lock(handle):
            handle.close()
            raise LockHeldError(_describe_holder(self.path))
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since}))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock (idempotent)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None
