"""Modules loaded for good (an import's PDF reader) join the open binder's frozen objects."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepbinder.gui.long_lived import IMPORT_READERS, LongLivedObjects, load_lasting

MODULE = "iepbinder_test_lasting_module"
MADE = 5000  # tracked lists the module keeps


@pytest.fixture
def module_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module that keeps MADE lists alive once loaded, unloaded again afterwards."""
    source = f'"""Keeps lists."""\nKEPT = [[number] for number in range({MADE})]\n'
    (tmp_path / f"{MODULE}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield MODULE
    sys.modules.pop(MODULE, None)


def test_a_module_loaded_while_the_binder_is_frozen_joins_the_frozen(module_on_path: str) -> None:
    long_lived = LongLivedObjects()
    long_lived.freeze()
    try:
        before = gc.get_freeze_count()
        load_lasting((module_on_path,))
        assert len(sys.modules[module_on_path].KEPT) == MADE
        assert gc.get_freeze_count() >= before + MADE
        assert gc.get_count()[0] < gc.get_threshold()[0]  # no long young collection to come
        again = gc.get_freeze_count()
        load_lasting((module_on_path,))  # loaded already: nothing to do
        assert gc.get_freeze_count() == again
    finally:
        long_lived.thaw()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_with_nothing_frozen_a_module_is_only_loaded(module_on_path: str) -> None:
    gc.unfreeze()
    load_lasting((module_on_path,))
    assert len(sys.modules[module_on_path].KEPT) == MADE
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_the_import_readers_load() -> None:
    load_lasting(IMPORT_READERS)
    assert all(name in sys.modules for name in IMPORT_READERS)
