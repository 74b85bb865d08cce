"""The whole binder as versioned JSON: exact round trip, and bad files refused with the reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from iepbinder.importers.binder_json import BinderJsonError
from iepbinder.services.binder_file import BinderNotEmptyError
from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.trash import ItemKind
from tests.conftest import TODAY


def _empty_binder(folder: Path) -> BinderServices:
    return open_services(folder, create=True, today=lambda: TODAY)


def test_export_import_export_is_identical(demo_services: BinderServices, tmp_path: Path) -> None:
    child = demo_services.children.choose_child(None)
    plan = demo_services.plans.current_plan(child.id)
    assert plan is not None
    goal = demo_services.plans.list_goals(plan.id)[0]
    demo_services.trash.move_to_trash(ItemKind.GOAL, goal.id)  # the trash travels too
    first = demo_services.binder_file.export_bytes()
    with _empty_binder(tmp_path / "copy") as copy_services:
        copy_services.binder_file.import_bytes(first, "binder.json")
        second = copy_services.binder_file.export_bytes()
        assert [t.label for t in copy_services.trash.list_trash()] == [goal.data.text[:57] + "..."]
    assert second == first


def test_export_is_documented_and_versioned(demo_services: BinderServices) -> None:
    document = json.loads(demo_services.binder_file.export_bytes())
    assert document["format"] == "iepbinder.binder"
    assert document["format_version"] == 1
    assert set(document["tables"]) >= {"child", "iep", "service_mandate", "goal", "contact"}
    child = document["tables"]["child"][0]
    assert child["first_name"] == "Maya"
    assert child["date_of_birth"] == "2017-05-14"


def _broken(demo_services: BinderServices, change: Any) -> bytes:
    document = json.loads(demo_services.binder_file.export_bytes())
    change(document)
    return json.dumps(document).encode()


BAD_FILES = [
    (lambda d: d.update(format_version=2), "format version 2, a newer version"),
    (lambda d: d.update(format="something.else"), "is not an IEP Binder file"),
    (lambda d: d.pop("tables"), 'has no "tables" object'),
    (lambda d: d["tables"].update(child={"a": 1}), 'table "child" must be a list of objects'),
    (lambda d: d["tables"].update(pets=[]), "table(s) this program does not know: pets"),
    (lambda d: d["tables"]["child"][0].pop("first_name"), "missing field(s) first_name"),
    (lambda d: d["tables"]["child"][0].update(shoe_size=3), "unknown field(s) shoe_size"),
    (
        lambda d: d["tables"]["child"][0].update(date_of_birth="14/05/2017"),
        'field "date_of_birth": expected a date like 2026-03-14',
    ),
    (
        lambda d: d["tables"]["service_mandate"][0].update(period="FORTNIGHT"),
        'field "period": expected one of DAY, WEEK',
    ),
    (
        lambda d: d["tables"]["service_mandate"][0].update(minutes_per_session="thirty"),
        'field "minutes_per_session": expected a whole number',
    ),
    (
        lambda d: d["tables"]["goal"][0].update(text=None),
        'field "text": expected a value',
    ),
]


@pytest.mark.parametrize(("change", "reason"), BAD_FILES)
def test_bad_file_is_refused_with_its_reason_and_nothing_changes(
    demo_services: BinderServices, tmp_path: Path, change: Any, reason: str
) -> None:
    raw = _broken(demo_services, change)
    with _empty_binder(tmp_path / "target") as target:
        with pytest.raises(BinderJsonError) as caught:
            target.binder_file.import_bytes(raw, "family.json")
        assert reason in str(caught.value)
        assert target.children.list_children() == []
        assert all(
            rows == [] for rows in json.loads(target.binder_file.export_bytes())["tables"].values()
        )


def test_not_json_at_all_is_refused(services: BinderServices) -> None:
    with pytest.raises(BinderJsonError, match=r"not valid JSON \(line 1"):
        services.binder_file.import_bytes(b"{oops", "notes.json")
    with pytest.raises(BinderJsonError, match="not UTF-8"):
        services.binder_file.import_bytes(b"\xff\xfe\x00", "notes.json")


def test_a_half_valid_file_leaves_no_half_import(
    demo_services: BinderServices, tmp_path: Path
) -> None:
    document = json.loads(demo_services.binder_file.export_bytes())
    broken = copy.deepcopy(document)
    broken["tables"]["team_member"][0]["contact_id"] = 999  # points at no contact
    with _empty_binder(tmp_path / "target") as target:
        with pytest.raises(BinderJsonError, match="do not fit together.*Nothing was imported"):
            target.binder_file.import_bytes(json.dumps(broken).encode(), "broken.json")
        assert target.children.list_children() == []


def test_import_refuses_a_binder_that_already_has_data(demo_services: BinderServices) -> None:
    raw = demo_services.binder_file.export_bytes()
    with pytest.raises(BinderNotEmptyError, match="already holds data"):
        demo_services.binder_file.import_bytes(raw, "again.json")
    assert len(demo_services.children.list_children()) == 1
