"""The change fingerprint that tells a window another program changed the binder."""

from __future__ import annotations

from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.trash import ItemKind


def test_fingerprint_changes_with_every_kind_of_save(services: BinderServices) -> None:
    probe = services.probe
    empty = probe.fingerprint()
    assert empty == probe.fingerprint()  # reading changes nothing
    assert ("child", "None", 0) in empty
    child = services.children.add_child(ChildData("Ana")).row
    added = probe.fingerprint()
    assert added != empty
    services.children.update_child(child.id, child.version, ChildData("Ana", "Ruiz"))
    edited = probe.fingerprint()
    assert edited != added
    services.trash.move_to_trash(ItemKind.CHILD, child.id)
    trashed = probe.fingerprint()
    assert trashed != edited
    services.trash.restore(ItemKind.CHILD, child.id)
    assert probe.fingerprint() != trashed
