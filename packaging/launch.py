"""The frozen program's entry point (PyInstaller runs this file)."""

from __future__ import annotations

from iepbinder.entry import main

raise SystemExit(main())
