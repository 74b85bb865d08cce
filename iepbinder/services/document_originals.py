"""Write an import's originals into the binder folder ahead, on background threads.

Keeping an original durable costs two waits on the disk (the file, then its folder). They
are done on two background threads while the next files are read, and the batch waits for
them before the transaction that names the originals, so a committed record never names a
file that is not on disk. A write that failed here is simply tried again when the file is
saved, which then reports it as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from iepbinder.db.blobs import FolderBlobStore
from iepbinder.services.document_filing import FileDraft

WRITERS = 2


def originals(draft: FileDraft) -> Iterator[tuple[bytes, str]]:
    """(bytes, SHA-256) of every original a draft keeps: itself, inline pictures, children."""
    yield draft.data, draft.sha256
    for picture in draft.inline:
        yield picture.data, picture.sha256
    for child in draft.children:
        yield from originals(child)


class OriginalsAhead:
    """The originals of one import, written ahead of their batch's transaction."""

    def __init__(self, files_dir: Path | None) -> None:
        self.folder = FolderBlobStore(files_dir) if files_dir is not None else None
        self._pool: ThreadPoolExecutor | None = None
        self._writing: list[Future[str]] = []
        self._kept: dict[str, bool] = {}  # hash -> in the folder for good (before, or filed)

    def write(self, draft: FileDraft) -> None:
        """Start writing the draft's originals that are not in the folder yet."""
        if self.folder is None:
            return
        for data, digest in originals(draft):
            if digest in self._kept:
                continue
            self._kept[digest] = self.folder.exists(digest)
            if not self._kept[digest]:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(WRITERS, thread_name_prefix="originals")
                self._writing.append(self._pool.submit(self.folder.put, data, digest))

    def wait(self) -> None:
        """Return once every write started so far has ended (a failure is retried later)."""
        for future in self._writing:
            future.exception()
        self._writing = []

    def kept_before(self) -> set[str]:
        """The originals that were in the folder before this import, or that a file now names."""
        return {digest for digest, kept in self._kept.items() if kept}

    def keep(self, digests: set[str]) -> None:
        """These originals are named by filed records: never remove them."""
        self._kept.update(dict.fromkeys(digests, True))

    def close(self) -> None:
        """Wait for the writers and stop them."""
        self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
