"""Turn what is dropped or pasted into files to import: files, folders, emails, Outlook messages.

Qt hands a drop over as QMimeData: local files and folders as URLs, a message dragged out of
some mail programs as raw ``message/rfc822`` bytes, and (on Windows) Outlook's virtual files
as ``FileGroupDescriptorW`` (the names) plus ``FileContents`` (the bytes of the first one).
Outlook keeps whole messages in a form Qt cannot read, so their contents often arrive empty;
then the person is told how to get them in another way, and nothing is guessed.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData

from iepbinder.domain.file_names import extension_of, safe_file_name
from iepbinder.services.document_dto import ImportPayload
from iepbinder.services.import_paths import payloads_for_paths

RFC822 = "message/rfc822"
OUTLOOK_NAMES = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
OUTLOOK_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'
EMAIL_EXTENSIONS = {".eml", ".msg"}
_DESCRIPTOR_SIZE = 592  # FILEDESCRIPTORW: flags, clsid, size, point, attributes, 3 times, size
_NAME_OFFSET = 72
_NAME_BYTES = 520  # WCHAR cFileName[MAX_PATH]
_SUBJECT = re.compile(rb"^subject:[ \t]*(.*)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class DropItems:
    """What a drop holds: payloads to import, and items that could not be taken (with why)."""

    payloads: list[ImportPayload]
    unavailable: list[tuple[str, str]]


@dataclass(frozen=True)
class DropGuess:
    """A quick count for the overlay, made while dragging (folders are not opened)."""

    emails: int = 0
    files: int = 0
    folders: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing that could be imported."""
        return not (self.emails or self.files or self.folders)


def tr(text: str) -> str:  # the name lupdate looks for
    return QCoreApplication.translate("Drops", text)


def outlook_names(raw: bytes) -> list[str]:
    """The file names in a FILEGROUPDESCRIPTORW: a count, then one 592-byte record each."""
    if len(raw) < 4:
        return []
    (count,) = struct.unpack_from("<I", raw, 0)
    names = []
    for index in range(min(count, (len(raw) - 4) // _DESCRIPTOR_SIZE)):
        start = 4 + index * _DESCRIPTOR_SIZE + _NAME_OFFSET
        name = raw[start : start + _NAME_BYTES].decode("utf-16-le", errors="replace")
        names.append(name.split("\x00", 1)[0])
    return names


def _local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def guess(mime: QMimeData) -> DropGuess:
    """How many emails, files and folders a drag carries (for 'Add 3 emails to ...')."""
    emails = files = 0
    folders: list[str] = []
    for path in _local_paths(mime):
        if path.is_dir():
            folders.append(path.name)
        elif extension_of(path.name) in EMAIL_EXTENSIONS:
            emails += 1
        else:
            files += 1
    if mime.hasFormat(RFC822):
        emails += 1
    if mime.hasFormat(OUTLOOK_NAMES):
        for name in outlook_names(bytes(mime.data(OUTLOOK_NAMES).data())):
            if extension_of(name) in EMAIL_EXTENSIONS:
                emails += 1
            else:
                files += 1
    return DropGuess(emails, files, tuple(folders))


def _rfc822_name(raw: bytes) -> str:
    match = _SUBJECT.search(raw[:16384])
    subject = match[1].decode("utf-8", errors="replace").strip() if match else ""
    return safe_file_name(f"{subject[:80]}.eml" if subject else "", "email.eml")


def _outlook(mime: QMimeData) -> DropItems:
    names = outlook_names(bytes(mime.data(OUTLOOK_NAMES).data()))
    contents = (
        bytes(mime.data(OUTLOOK_CONTENTS).data()) if mime.hasFormat(OUTLOOK_CONTENTS) else b""
    )
    payloads: list[ImportPayload] = []
    unavailable: list[tuple[str, str]] = []
    for index, raw_name in enumerate(names):
        name = safe_file_name(raw_name, f"outlook-item-{index + 1}.msg")
        if index == 0 and contents:
            payloads.append(ImportPayload(name, contents, origin=tr("dragged from Outlook")))
            continue
        reason = (
            tr(
                "{name}: Outlook did not hand this message over (Outlook gives only the first "
                "item of a drag, and whole messages only in a form that cannot be read here). "
                "Drag it to the desktop first and drop that file, or save it with File > Save As."
            )
            if index
            else tr(
                "{name}: Outlook handed over an empty message. Drag it to the desktop first and "
                "drop that file, or save it with File > Save As (Outlook message format)."
            )
        )
        unavailable.append((name, reason.format(name=name)))
    return DropItems(payloads, unavailable)


def items_of(mime: QMimeData) -> DropItems:
    """Everything in a drop or paste as payloads: files (folders walked), emails, Outlook items."""
    paths = _local_paths(mime)
    payloads = payloads_for_paths(paths) if paths else []
    unavailable: list[tuple[str, str]] = []
    if not paths and mime.hasFormat(RFC822):
        raw = bytes(mime.data(RFC822).data())
        payloads.append(ImportPayload(_rfc822_name(raw), raw, origin=tr("dropped email")))
    if not paths and mime.hasFormat(OUTLOOK_NAMES):
        outlook = _outlook(mime)
        payloads.extend(outlook.payloads)
        unavailable.extend(outlook.unavailable)
    return DropItems(payloads, unavailable)


def can_import(mime: QMimeData | None) -> bool:
    """True when the data carries files, an email or Outlook items."""
    if mime is None:
        return False
    return bool(_local_paths(mime)) or mime.hasFormat(RFC822) or mime.hasFormat(OUTLOOK_NAMES)


def describe(drop: DropGuess, child_name: str) -> str:
    """The overlay's sentence: 'Add 3 emails to Maya's binder'."""
    parts = []
    if drop.emails:
        parts.append(tr("1 email") if drop.emails == 1 else tr("{n} emails").format(n=drop.emails))
    if drop.files:
        parts.append(tr("1 file") if drop.files == 1 else tr("{n} files").format(n=drop.files))
    if len(drop.folders) == 1:
        parts.append(tr("the folder \u201c{name}\u201d").format(name=drop.folders[0]))
    elif drop.folders:
        parts.append(tr("{n} folders").format(n=len(drop.folders)))
    what = tr(" and ").join(parts) if parts else tr("these")
    if not child_name:
        return tr("Add {what} to the binder").format(what=what)
    return tr("Add {what} to {name}\u2019s binder").format(what=what, name=child_name)
