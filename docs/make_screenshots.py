"""Regenerate docs/screenshots from the demo binder: [--dark] [--language es] choose the look."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from iepbinder.gui.app import GuiApp, make_application  # noqa: E402
from iepbinder.gui.appearance import apply_appearance  # noqa: E402
from iepbinder.gui.i18n import install_translators  # noqa: E402
from iepbinder.gui.tasks import SyncRunner  # noqa: E402
from iepbinder.services.binder_services import open_services  # noqa: E402

TODAY = dt.date(2026, 11, 29)
SIZES = ((1280, 800), (1920, 1080))
TABS = (
    "today",
    "glance",
    "calendar",
    "progress",
    "documents",
)  # each tab is saved as <key>-<width>x<height>.png


DARK_TABS = ("today", "glance", "calendar", "documents")  # saved as dark-<key>-<size>.png


def main(dark: bool = False, language: str = "en") -> None:
    """Open the demo binder at each size and save the window as a PNG (es-*.png in Spanish)."""
    app = make_application()
    install_translators(language)
    if dark:
        apply_appearance(app, "dark")
    out = REPO / "docs" / "screenshots"
    prefix = ("dark-" if dark else "") + ("" if language == "en" else f"{language}-")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "demo"
        with open_services(folder, create=True, today=lambda: TODAY) as services:
            services.demo.ensure_demo()
        gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
        gui.open_folder(folder, create=False)
        for key in DARK_TABS if dark else TABS:
            gui.window.tabs.setCurrentWidget(gui.window.binder_tabs[key])
            for width, height in SIZES:
                gui.window.resize(width, height)
                gui.window.show()
                for _ in range(5):  # let the layouts settle at the new size
                    app.processEvents()
                if key == "documents":
                    show_the_email(app, gui)
                path = out / f"{prefix}{key}-{width}x{height}.png"
                gui.window.grab().save(str(path))
                print(path)
        for width, height in () if dark else SIZES:
            gui.window.resize(width, height)
            for _ in range(5):
                app.processEvents()
            for path in communication_shots(app, gui, out, f"{width}x{height}", prefix):
                print(path)
        gui.shutdown()
    if not dark and language == "en":
        copy_guide()


def copy_guide() -> None:
    """The program ships the user guide and its pictures in resources/guide: refresh that copy."""
    guide = (REPO / "docs" / "USER_GUIDE.md").read_text(encoding="utf-8")
    shipped = REPO / "resources" / "guide"
    (shipped / "USER_GUIDE.md").write_text(guide, encoding="utf-8")
    for name in re.findall(r"\((screenshots/[\w.-]+\.png)\)", guide):
        shutil.copyfile(REPO / "docs" / name, shipped / name)


def show_the_email(app: QApplication, gui: GuiApp) -> None:
    """Choose the demo's school email in the Documents tab, so its preview shows."""
    tab = gui.window.binder_tabs["documents"]
    model = tab.model  # type: ignore[attr-defined]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).kind.value == "email")
    tab.table.selectRow(row)  # type: ignore[attr-defined]
    for _ in range(5):
        app.processEvents()


def communication_shots(
    app: QApplication, gui: GuiApp, out: Path, size: str, prefix: str = ""
) -> list[Path]:
    """The Communication tab (log with an entry open, journal) and a letter being written."""
    window = gui.window
    tab = window.binder_tabs["communication"]
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.log)  # type: ignore[attr-defined]
    log = tab.log  # type: ignore[attr-defined]
    overdue = next(r for r in range(log.model.rowCount()) if log.model.row_at(r).needs_attention)
    log.table.selectRow(overdue)
    shots = [("communication", window), ("journal", window)]
    paths = []
    for name, widget in shots:
        if name == "journal":
            tab.pages.setCurrentWidget(tab.journal)  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        path = out / f"{prefix}{name}-{size}.png"
        widget.grab().save(str(path))
        paths.append(path)
    tab.pages.setCurrentWidget(tab.letters)  # type: ignore[attr-defined]
    tab.letters.new_letter()  # type: ignore[attr-defined]
    dialog = tab.letters.open_dialog  # type: ignore[attr-defined]
    dialog.template.setCurrentIndex(dialog.template.findData("accommodation_concern"))
    text = dialog.body.toPlainText().replace(  # a sentence that gets tone hints
        "Please reply by", "This has ALWAYS been a problem!\n\nPlease reply by"
    )
    dialog.body.setPlainText(text)
    dialog.body.check_tone()
    dialog.resize(window.width() - 80, window.height() - 80)
    for _ in range(5):
        app.processEvents()
    path = out / f"{prefix}letter-{size}.png"
    dialog.grab().save(str(path))
    paths.append(path)
    dialog._edited = False  # noqa: SLF001 - close without the "discard changes?" question
    dialog.close()
    window.tabs.setCurrentIndex(0)
    return paths


if __name__ == "__main__":
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
    main(dark="--dark" in sys.argv[1:], language=language)
