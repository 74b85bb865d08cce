"""`iepbinder import` files documents and emails with a per-file report; `check` finds strays."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import open_services
from tests.email_samples import PDF_BYTES, school_email
from tests.unit.test_cli import iepbinder


def _binder(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "binder"
    with open_services(folder, create=True) as services:
        for name in names:
            services.children.add_child(ChildData(name))
    return folder


def test_import_files_and_folders_with_a_report_per_file(tmp_path: Path) -> None:
    binder = _binder(tmp_path, "Maya", "Leo")
    inbox = tmp_path / "inbox"
    (inbox / "older").mkdir(parents=True)
    (inbox / "update.eml").write_bytes(school_email(1))
    (inbox / "older" / "report.pdf").write_bytes(PDF_BYTES)
    (inbox / "older" / "empty.txt").write_bytes(b"")
    missing = tmp_path / "nowhere.pdf"
    result = iepbinder("import", str(inbox), str(missing), "--child", "Maya", "--json",
                       "--binder", str(binder))  # fmt: skip
    assert result.returncode == 1  # one file failed, so the command says so
    report = json.loads(result.stdout)
    assert report["ok"] is False
    by_name = {Path(item["path"]).name: item for item in report["files"]}
    assert by_name["nowhere.pdf"]["status"] == "failed"
    assert "does not exist" in by_name["nowhere.pdf"]["message"]
    assert by_name["empty.txt"]["message"] == (
        "empty.txt is empty (0 bytes), so there is nothing to keep."
    )
    # A folder's own files come first, then its sub-folders, each in name order.
    assert (by_name["update.eml"]["status"], by_name["update.eml"]["number"]) == ("imported", 1)
    assert by_name["update.eml"]["log_entry_id"] is not None
    assert (by_name["report.pdf"]["status"], by_name["report.pdf"]["number"]) == ("imported", 2)
    again = iepbinder("import", str(inbox / "update.eml"), "--child", "Maya",
                      "--binder", str(binder))  # fmt: skip
    assert again.returncode == 0  # a duplicate is not a failure
    assert "duplicate \u2013 Already in the binder" in again.stdout


def test_import_asks_which_child_when_there_are_several(tmp_path: Path) -> None:
    binder = _binder(tmp_path, "Maya", "Leo")
    mail = tmp_path / "a.eml"
    mail.write_bytes(school_email(1))
    result = iepbinder("import", str(mail), "--binder", str(binder))
    assert result.returncode == 1
    assert "several children (Maya, Leo)" in result.stderr


def test_check_counts_unused_originals_and_removes_them_when_asked(tmp_path: Path) -> None:
    binder = _binder(tmp_path, "Maya")
    stray = b"left by an import that was stopped"
    digest = hashlib.sha256(stray).hexdigest()
    path = binder / "files" / digest[:2] / digest
    path.parent.mkdir(parents=True)
    path.write_bytes(stray)
    checked = iepbinder("check", "--json", "--binder", str(binder))
    assert checked.returncode == 0
    assert json.loads(checked.stdout)["unused_originals"] == 1
    assert path.exists()  # nothing is removed without being asked
    removed = iepbinder("check", "--remove-unused", "--binder", str(binder))
    assert removed.returncode == 0
    assert "Removed 1 stored original(s)" in removed.stderr
    assert not path.exists()
