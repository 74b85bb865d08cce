"""Originals travel with a binder moved to a server and back, verified by their fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from iepbinder.services.binder_services import BinderServices, open_services
from tests.unit.test_cli import iepbinder


def test_originals_move_to_the_server_and_back(
    local_demo_services: BinderServices, postgres_url: str, tmp_path: Path
) -> None:
    folder = local_demo_services.folder
    child = local_demo_services.children.choose_child(None)
    titles = [row.title for row in local_demo_services.documents.list_documents(child.id)]
    assert len(titles) == 3  # the demo's IEP, progress report and email
    local_demo_services.close()
    up = iepbinder("transfer", "--to", postgres_url, "--json", "--binder", str(folder))
    assert up.returncode == 0, up.stderr
    assert json.loads(up.stdout)["originals"] == 3
    with open_services(url=postgres_url) as server:
        assert server.checks.check().problems == ()  # every original is in the database
        row = server.documents.list_documents(child.id)[0]
        assert server.documents.stored_path(row.id) is None
        assert server.documents.original(row.id)[0] == "IEP annual review.pdf"
    back = tmp_path / "back"
    down = iepbinder("transfer", "--to", str(back), "--database-url", postgres_url)
    assert down.returncode == 0, down.stderr
    with open_services(back) as local:
        assert [r.title for r in local.documents.list_documents(child.id)] == titles
        check = local.checks.check()
        assert check.problems == () and check.unused == 0
