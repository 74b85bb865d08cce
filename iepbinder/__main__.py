"""Run the program with ``python -m iepbinder``."""

from __future__ import annotations

from iepbinder.entry import main

raise SystemExit(main())
