"""The binder's services are made on first use: one each, shared by every thread."""

from __future__ import annotations

import threading
from pathlib import Path

from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.children import ChildService
from iepbinder.services.lazy_service import LazyService, made_services
from iepbinder.services.today import TodayService
from tests.conftest import TODAY


def test_no_service_is_made_until_it_is_used(tmp_path: Path) -> None:
    with open_services(tmp_path / "b", create=True, today=lambda: TODAY) as services:
        assert made_services(services) == {}
        children = services.children
        assert isinstance(children, ChildService)
        assert services.children is children  # made once, then a plain attribute
        assert made_services(services) == {"children": children}
        assert services.children.list_children() == []


def test_every_service_attribute_makes_its_service(tmp_path: Path) -> None:
    names = [name for name, value in vars(BinderServices).items() if isinstance(value, LazyService)]
    assert len(names) >= 35
    with open_services(tmp_path / "b", create=True, today=lambda: TODAY) as services:
        for name in names:
            made = getattr(services, name)
            assert type(made).__name__ == vars(BinderServices)[name].name
        assert set(made_services(services)) == set(names)


def test_threads_asking_at_once_get_the_same_service(tmp_path: Path) -> None:
    with open_services(tmp_path / "b", create=True, today=lambda: TODAY) as services:
        seen: list[TodayService] = []
        start = threading.Barrier(4)

        def ask() -> None:
            start.wait()
            seen.append(services.today)

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 4 and all(made is seen[0] for made in seen)
