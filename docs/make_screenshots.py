"""Regenerate docs/screenshots from the demo binder: python docs/make_screenshots.py."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from iepbinder.gui.app import GuiApp, make_application  # noqa: E402
from iepbinder.gui.tasks import SyncRunner  # noqa: E402
from iepbinder.services.binder_services import open_services  # noqa: E402

TODAY = dt.date(2026, 11, 29)
SIZES = ((1280, 800), (1920, 1080))
TABS = ("today", "glance", "calendar", "progress")  # each tab is saved as <key>-<width>x<height>.png


def main() -> None:
    """Open the demo binder at each size and save the window as a PNG."""
    app = make_application()
    out = REPO / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "demo"
        with open_services(folder, create=True, today=lambda: TODAY) as services:
            services.demo.ensure_demo()
        gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
        gui.open_folder(folder, create=False)
        for key in TABS:
            gui.window.tabs.setCurrentWidget(gui.window.binder_tabs[key])
            for width, height in SIZES:
                gui.window.resize(width, height)
                gui.window.show()
                for _ in range(5):  # let the layouts settle at the new size
                    app.processEvents()
                path = out / f"{key}-{width}x{height}.png"
                gui.window.grab().save(str(path))
                print(path)
        gui.shutdown()


if __name__ == "__main__":
    main()
