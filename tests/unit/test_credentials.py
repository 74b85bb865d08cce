"""Server addresses and passwords: never written anywhere but the system keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from iepbinder.config.credentials import (
    complete_url,
    forget_password,
    keyring_key,
    server_binder_name,
    store_password,
    stored_password,
    with_password,
    without_password,
)

URL = "postgresql+psycopg://ana%40home@db.example.org:5433/family"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory (this machine has no desktop keyring service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_addresses_with_and_without_password() -> None:
    full = with_password(URL, "p@ss:w/rd")
    assert full == "postgresql+psycopg://ana%40home:p%40ss%3Aw%2Frd@db.example.org:5433/family"
    assert without_password(full) == URL
    assert keyring_key(full) == "ana@home@db.example.org:5433/family"


def test_password_round_trip_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert complete_url(URL) == URL
    assert store_password(URL, "secret")
    assert memory_keyring.items == {("IEP Binder", "ana@home@db.example.org:5433/family"): "secret"}
    assert stored_password(with_password(URL, "other")) == "secret"
    assert complete_url(URL) == with_password(URL, "secret")
    forget_password(URL)
    assert stored_password(URL) is None


def test_no_keyring_means_not_remembered() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert store_password(URL, "secret") is False
        assert stored_password(URL) is None
        assert complete_url(URL) == URL
    finally:
        keyring.set_keyring(previous)


def test_a_server_binder_is_called_by_its_database_else_its_host() -> None:
    assert server_binder_name(URL) == "family"
    spaced = "postgresql+psycopg://ana:***@db.example.org/smith%20family?sslmode=require"
    assert server_binder_name(spaced) == "smith family"
    assert server_binder_name("postgresql+psycopg://ana@db.example.org") == "db.example.org"
