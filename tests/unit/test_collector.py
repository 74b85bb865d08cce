"""The cycle collector's pause around PDF layouts: what a layout leaves alive joins the frozen."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from iepbinder.export.collector import paused_collector
from iepbinder.services.binder_services import BinderServices

YOUNG_LIMIT = gc.get_threshold()[0]  # a young generation past this is collected at once


@pytest.fixture
def frozen_program() -> Iterator[None]:
    """The program as the window runs it: its long-lived objects frozen, thawed afterwards."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _kept_objects() -> list[list[int]]:
    return [[number] for number in range(5000)]  # 5,000 tracked lists, alive afterwards


@pytest.mark.usefixtures("frozen_program")
def test_a_layouts_leftovers_join_the_frozen_objects() -> None:
    before = gc.get_freeze_count()
    with paused_collector(lasting=True):
        kept = _kept_objects()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)
    assert gc.get_count()[0] < YOUNG_LIMIT  # nothing left for one long young collection


@pytest.mark.usefixtures("frozen_program")
def test_a_layout_inside_a_longer_pause_freezes_when_the_last_pause_ends() -> None:
    before = gc.get_freeze_count()
    with paused_collector():
        with paused_collector(lasting=True):
            kept = _kept_objects()
        assert gc.get_freeze_count() == before and not gc.isenabled()
        more = _kept_objects()
    assert gc.get_freeze_count() >= before + len(kept) + len(more)
    assert gc.isenabled()


@pytest.mark.usefixtures("frozen_program")
def test_a_pause_that_is_no_layout_freezes_nothing() -> None:
    before = gc.get_freeze_count()
    with paused_collector():  # an import or the ledger: what it leaves may soon be garbage
        kept = _kept_objects()
    assert gc.get_freeze_count() == before
    assert len(kept) == 5000 and gc.isenabled()


def test_a_program_that_froze_nothing_resumes_as_before() -> None:
    gc.unfreeze()  # the command line and the tests keep nothing frozen
    with paused_collector(lasting=True):
        kept = _kept_objects()
    assert gc.get_freeze_count() == 0
    assert len(kept) == 5000 and gc.isenabled()


def test_a_failed_layout_freezes_nothing_and_resumes_the_collector(frozen_program: None) -> None:
    before = gc.get_freeze_count()
    with pytest.raises(ValueError), paused_collector(lasting=True):
        kept = _kept_objects()
        raise ValueError("a layout that failed")
    assert gc.get_freeze_count() == before and len(kept) == 5000
    assert gc.isenabled()
    with paused_collector(lasting=False):
        pass
    assert gc.isenabled()


def test_the_log_pdf_is_the_same_with_its_leftovers_frozen(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0].id
    gc.unfreeze()
    plain = demo_services.commlog_export.log_pdf(child)
    gc.collect()
    gc.freeze()
    try:
        frozen = demo_services.commlog_export.log_pdf(child)
        assert gc.get_count()[0] < YOUNG_LIMIT
    finally:
        gc.unfreeze()
    assert frozen.page_count == plain.page_count == len(PdfReader(io.BytesIO(frozen.content)).pages)
    assert frozen.content == plain.content
