"""Binder-wide settings: the [CONFIG] choices of DOMAIN.md, stored as JSON values."""

from __future__ import annotations

from typing import Any

from iepbinder.db.models import BinderSetting
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import ServiceContext


class SettingsService:
    """Read and write one binder's settings."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when the setting was never changed."""
        with self._context.session_factory() as session:
            row = session.get(BinderSetting, key)
            return default if row is None else row.value

    def put(self, key: str, value: Any) -> Changes:
        """Store a value (any JSON-compatible data)."""
        with self._context.session_factory.begin() as session:
            row = session.get(BinderSetting, key)
            if row is None:
                session.add(BinderSetting(key=key, value=value))
            else:
                row.value = value
        return Changes.of(Area.SETTINGS)
