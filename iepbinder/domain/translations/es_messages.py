"""Spanish for messages made by domain and services: alerts, deadlines, Today, errors."""

from __future__ import annotations

MESSAGES: dict[str, str] = {}
