"""The interface in Spanish: every visible string of the window and its dialogs is translated."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from iepbinder.domain.types import PaperSize
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.accommodation_dialog import AccommodationDialog
from iepbinder.gui.dialogs.child_dialog import ChildDialog
from iepbinder.gui.dialogs.connect_dialog import ConnectDialog
from iepbinder.gui.dialogs.contacts_dialog import ContactsDialog
from iepbinder.gui.dialogs.goal_dialog import GoalDialog
from iepbinder.gui.dialogs.plan_dialog import PlanDialog
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.dialogs.team_member_dialog import TeamMemberDialog
from iepbinder.gui.i18n import (
    LANGUAGE_KEY,
    chosen_language,
    date_text,
    install_translators,
    remove_translators,
)
from iepbinder.gui.print_preview import PrintPreviewDialog
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 29)
Strings = dict[str, str]

# Strings that may stay the same in Spanish: product and proper names, codes, abbreviations.
SAME_IN_SPANISH = {
    "IEP Binder", "IEP", "IEP:", "PDF", "A4", "CSV", "JSON", "Fax", "IDEA", "ESY", "PostgreSQL",
    "California", "Texas", "Individual", "individual", "Regular", "Total",
    "Español",  # a language is named in its own words in every language
}  # fmt: skip
# Numbers, dates, minutes and percentages, file paths, web addresses, the window title.
NOT_WORDS = (
    r"^[\d\s.,:;/()%+=×x–-]*(min)?[\d\s.,:;/()%+=×x–-]*$",
    r"^/",
    r"https?://",
    r"^IEP Binder – ",
)
# ---- Made outside Qt (domain/, services/): translated by the non-Qt catalog
# ---- (iepbinder/domain/translations), so nothing of it is allowed to stay English. What is left
# ---- is stored data, kept as it was written:
FROM_NON_QT_CATALOG = (
    # Stored data: the subject of a letter the demo SENT ("2026-11-23 – Karen Liu, ... –
    # Accommodation in ..."), saved with the letter as it went out; a sent letter is not reworded.
    r"^\d{4}-\d{2}-\d{2} – [^–]+ – Accommodation in\b",
)
# ---- end of the non-Qt part.
# The demo binder's own records (what the parent typed: names, services, notes, the sample
# school email) are data.
DEMO_FILES = [
    *(ROOT / "iepbinder/services").glob("*demo*.py"),
    ROOT / "resources/samples/sample-email.eml",
]
DEMO_SOURCE = re.sub(  # split string literals joined again
    r'"\s+"', "", "".join(path.read_text("utf-8") for path in DEMO_FILES)
)


def _is_demo_data(text: str) -> bool:
    """Every part of the text (between dashes, colons and commas) is in the demo's source."""
    parts = [p.strip(" –") for p in re.split(r" – |: |, ", text.rstrip(".…"))]
    return all(
        part in DEMO_SOURCE
        or all(f'"{word}"' in DEMO_SOURCE for word in part.split())  # first and last name
        or not re.search(r"[A-Za-z]{2}", part)
        for part in parts
    )


def _plain(text: str) -> str:
    """The words a person sees: no mnemonic '&', no HTML tags, single spaces."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _needs_spanish(text: str) -> bool:
    if not re.search(r"[A-Za-z]{2}", text) or text in SAME_IN_SPANISH:
        return False
    patterns = (*NOT_WORDS, *FROM_NON_QT_CATALOG)
    return not any(re.search(pattern, text) for pattern in patterns) and not _is_demo_data(text)


# Table cells mix data with words of the interface: a cell counts as untranslated when it is a
# whole text of the catalog, or a date written the English way.
CATALOG = {
    _plain(message.findtext("source") or "")
    for message in ET.parse(ROOT / "resources/translations/iepbinder_es.ts")
    .getroot()
    .iter("message")
} - SAME_IN_SPANISH
ENGLISH_DATE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(, \d{4})?"


def _untranslated(key: str, text: str) -> bool:
    if ".cell" in key:
        known = text in CATALOG and not _is_demo_data(text)
        return known or re.fullmatch(ENGLISH_DATE, text) is not None
    return _needs_spanish(text)


def _texts_of(widget: QWidget) -> dict[str, str]:
    texts = {"tip": widget.toolTip(), "name": widget.accessibleName()}
    if widget.isWindow():
        texts["title"] = widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        texts["text"] = widget.text()
    if isinstance(widget, QGroupBox):
        texts["text"] = widget.title()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        texts["placeholder"] = widget.placeholderText()
    if isinstance(widget, QComboBox):
        texts.update({f"item{i}": widget.itemText(i) for i in range(widget.count())})
    if isinstance(widget, QTabWidget):
        texts.update({f"tab{i}": widget.tabText(i) for i in range(widget.count())})
    if isinstance(widget, QMenu):
        for i, action in enumerate(widget.actions()):
            texts[f"action{i}"], texts[f"action{i}-tip"] = action.text(), action.toolTip()
    header = getattr(widget, "horizontalHeader", None)
    if isinstance(widget, QAbstractItemView) and header is not None and widget.model() is not None:
        model = widget.model()
        for column in range(header().count()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            texts[f"header{column}"] = str(header or "")
            for row in range(min(model.rowCount(), 40)):  # cells: words made by the interface
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    texts[f"cell{row},{column},{role.value}"] = (
                        value if isinstance(value, str) else ""
                    )
    return texts


def visible_strings(root: QWidget, prefix: str) -> Strings:
    """Every text a person can see or hear in root and its children, keyed by place."""
    found: Strings = {}
    for number, widget in enumerate([root, *root.findChildren(QWidget)]):
        for what, text in _texts_of(widget).items():
            plain = _plain(text)
            if plain:
                found[f"{prefix}/{number}:{type(widget).__name__}.{what}"] = plain
    return found


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _window_strings(gui: GuiApp) -> Strings:
    window = gui.window
    for tab in window.binder_tabs.values():
        window.tabs.setCurrentWidget(tab)
        _settle()
    pages = window.binder_tabs["communication"].pages  # type: ignore[attr-defined]
    for page in range(pages.count()):
        pages.setCurrentIndex(page)
        _settle()
    return visible_strings(window, "window")


def _dialogs(gui: GuiApp, settings_file: Path) -> Iterator[tuple[str, QWidget]]:
    window, context = gui.window, gui.context
    assert context is not None

    def record(kind: Callable[..., QDialog], title: str) -> QDialog:
        return kind(
            window, title, runner=context.runner, save=lambda data: data, today=context.today
        )

    yield "child", record(ChildDialog, window.tr("Add your child"))
    yield "plan", record(PlanDialog, window.tr("Add an IEP"))
    yield "service", record(ServiceDialog, window.tr("Add a service"))
    yield "goal", record(GoalDialog, window.tr("Add a goal"))
    yield "accommodation", record(AccommodationDialog, window.tr("Add an accommodation"))
    yield "team member", record(TeamMemberDialog, window.tr("Add a team member"))
    assert window.undo is not None
    yield "contacts", ContactsDialog(window, context, window.undo)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    yield "connect", ConnectDialog(window, lambda *_args: "", settings)
    letters = window.binder_tabs["communication"].letters  # type: ignore[attr-defined]
    letters.new_letter()
    yield "letter", letters.open_dialog
    calendar = window.binder_tabs["calendar"]
    calendar.log_day(TODAY - dt.timedelta(days=4))  # type: ignore[attr-defined]
    yield "log day", calendar.open_dialog  # type: ignore[attr-defined]
    glance = window.binder_tabs["glance"]
    pdf = glance.render_pdf(PaperSize.LETTER)  # type: ignore[attr-defined]
    title = glance.page_title()  # type: ignore[attr-defined]
    runner = context.runner
    yield "print preview", PrintPreviewDialog(window, title, pdf, glance.render_pdf, runner)  # type: ignore[attr-defined]


def walk(folder: Path, language: str, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> Strings:
    """Open the demo binder in a language; the strings of every tab, page and main dialog."""
    translators = install_translators(language)
    boxes: list[QMessageBox] = []

    def about(parent: QWidget, title: str, text: str) -> None:
        boxes.append(QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent))

    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    try:
        gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
        qtbot.addWidget(gui.window)  # type: ignore[attr-defined]
        gui.open_folder(folder, create=False)
        gui.window.resize(1280, 800)
        gui.window.show()
        found = _window_strings(gui)
        for name, dialog in _dialogs(gui, folder.parent / f"{language}.ini"):
            _settle()
            found.update(visible_strings(dialog, name))
            dialog.setParent(None)
            dialog.deleteLater()
        gui.window.files.about()
        found.update(visible_strings(boxes[0], "about"))
        gui.shutdown()
    finally:
        remove_translators(translators)
    return found


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo binder, made once for this module."""
    folder = tmp_path_factory.mktemp("spanish") / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    return folder


def test_no_visible_string_of_the_window_and_its_dialogs_stays_english(
    demo_folder: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = walk(demo_folder, "en", qtbot, monkeypatch)
    spanish = walk(demo_folder, "es", qtbot, monkeypatch)
    assert sorted(set(english) - set(spanish)) == []  # no text went blank in Spanish
    common = set(spanish) & set(english)  # the same widget and property in both languages
    assert len(common) > 1000 and len(common) > 0.95 * len(spanish)
    dialogs = {key.split("/")[0] for key in spanish}
    assert {"child", "plan", "service", "goal", "contacts", "letter", "log day", "about"} <= dialogs
    same = {
        spanish[key]: key
        for key in sorted(common)
        if english[key] == spanish[key] and _untranslated(key, spanish[key])
    }
    listed = [f"{text}    ({where})" for text, where in sorted(same.items())]
    assert not same, f"{len(same)} strings are still English:\n" + "\n".join(listed)


def test_the_language_comes_from_the_command_line_then_preferences_then_the_system(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    system = "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
    assert chosen_language(None, settings) == system  # nothing saved: "system"
    settings.setValue(LANGUAGE_KEY, "es")
    assert chosen_language(None, settings) == "es"
    assert chosen_language("en", settings) == "en"  # --language en wins over Preferences
    settings.setValue(LANGUAGE_KEY, "system")
    assert chosen_language(None, settings) == system
    assert chosen_language("ES", settings) == "es"


def test_spanish_also_translates_qt_standard_buttons_and_names_dates_in_spanish(
    qtbot: object,
) -> None:
    translators = install_translators("es")
    try:
        assert len(translators) == 2  # Qt's own texts and ours
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        qtbot.addWidget(buttons)  # type: ignore[attr-defined]
        texts = {_plain(button.text()) for button in buttons.buttons()}
        assert texts == {"Cancelar", "Sí"}
        assert QCoreApplication.translate("MainWindow", "&Today") == "&Hoy"
        # self.tr() in a subclass asks with the subclass's name: found all the same.
        assert QCoreApplication.translate("ChildDialog", "&First name") == "&Nombre"
        assert date_text(TODAY) == "29 de noviembre de 2026"
        assert date_text(TODAY, "month_year") == "Noviembre de 2026"
    finally:
        remove_translators(translators)
    assert QCoreApplication.translate("MainWindow", "&Today") == "&Today"
    assert date_text(TODAY) == "November 29, 2026"
