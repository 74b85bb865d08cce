"""An exclusive lock on ``binder.lock`` held while one program has a binder open for writing."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

LOCK_NAME = "binder.lock"
# Beside the lock (its own file: a lock held on Windows cannot be read): the holder is closing.
# Its window is gone but it still keeps Today for the next start (gui/app.py), about a second
# here and longer on an old laptop; a program opened again at once waits for it instead of
# opening the binder read-only "because another window has it open".
CLOSING_NAME = "binder.closing"
CLOSING_WAIT_S = 15.0  # a holder that says it is closing but does not let go is reported after this
CLOSING_POLL_S = 0.05


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

    def acquire(self, since: str, pause: Callable[[float], None] = time.sleep) -> None:
        """Take the lock or raise LockHeldError naming who holds it.

        A holder that said it is closing (``mark_closing``) is waited for, up to
        CLOSING_WAIT_S, with ``pause`` between tries.
        """
        for _try in range(round(CLOSING_WAIT_S / CLOSING_POLL_S)):
            if self._take(since):
                return
            if not self._closing_marker.exists():
                break
            pause(CLOSING_POLL_S)
        raise LockHeldError(_describe_holder(self.path))

    def mark_closing(self) -> None:
        """Say that this holder is closing and will let go soon (only while it holds the lock).

        A courtesy to the next opener: a folder that refuses the marker does not stop the close.
        """
        if self._handle is not None:
            with contextlib.suppress(OSError):
                flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                with os.fdopen(
                    os.open(self._closing_marker, flags, 0o600), "w", encoding="utf-8"
                ) as handle:
                    handle.write(str(os.getpid()))

    @property
    def _closing_marker(self) -> Path:
        return self.path.parent / CLOSING_NAME

    def _take(self, since: str) -> bool:
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+", encoding="utf-8")
        if not _try_lock(handle):
            handle.close()
            return False
        self._closing_marker.unlink(missing_ok=True)  # left by a holder that crashed while closing
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since}))
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        """Let go of the lock (idempotent), then of the closing marker if this holder made it."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            with contextlib.suppress(OSError):  # the next holder may have taken it away already
                if self._closing_marker.read_text(encoding="utf-8") == str(os.getpid()):
                    self._closing_marker.unlink()

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None
