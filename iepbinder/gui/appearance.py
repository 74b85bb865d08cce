"""Program-wide preferences (language, light or dark, text size): stored, read and applied."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

LANGUAGE_KEY = "ui/language"  # "system" | "en" | "es"; the translator is loaded from it at start
APPEARANCE_KEY = "ui/appearance"  # "system" | "light" | "dark"
TEXT_SIZE_KEY = "ui/text_size"  # "system" | "larger"
LANGUAGES = ("system", "en", "es")
APPEARANCES = ("system", "light", "dark")
TEXT_SIZES = ("system", "larger")
LARGER_TEXT = 1.25  # "Larger" text is a quarter bigger than the system's own size

_SYSTEM_FONT = "iepbinder_system_font"  # application properties remembering the system's choice
_SYSTEM_STYLE = "iepbinder_system_style"


@dataclass(frozen=True)
class Preferences:
    """What the person chose in Edit > Preferences."""

    language: str = "system"
    appearance: str = "system"
    text_size: str = "system"


def _choice(settings: QSettings, key: str, allowed: tuple[str, ...]) -> str:
    value = str(settings.value(key, allowed[0]))
    return value if value in allowed else allowed[0]


def load_preferences() -> Preferences:
    """The stored preferences (anything unknown falls back to the system's choice)."""
    settings = QSettings()
    return Preferences(
        language=_choice(settings, LANGUAGE_KEY, LANGUAGES),
        appearance=_choice(settings, APPEARANCE_KEY, APPEARANCES),
        text_size=_choice(settings, TEXT_SIZE_KEY, TEXT_SIZES),
    )


def save_preferences(preferences: Preferences) -> None:
    """Store the preferences for this and the next start."""
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.setValue(APPEARANCE_KEY, preferences.appearance)
    settings.setValue(TEXT_SIZE_KEY, preferences.text_size)
    settings.sync()


def apply_preferences(app: QApplication, preferences: Preferences) -> None:
    """Apply the look and the text size now (the language is applied at start)."""
    apply_appearance(app, preferences.appearance)
    apply_text_size(app, preferences.text_size)


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Light, dark or the system's scheme; our own palette where the system cannot switch."""
    if app.property(_SYSTEM_STYLE) is None:
        app.setProperty(_SYSTEM_STYLE, app.style().name())
    hints = QGuiApplication.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(appearance)
    _restore_system_look(app)
    if wanted is None:
        hints.unsetColorScheme()
        return
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted:
        return
    # This platform cannot switch schemes (some Linux desktops, the offscreen platform): use
    # the Fusion style, which follows the palette we give it.
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if wanted == Qt.ColorScheme.Dark else light_palette(app))


def _restore_system_look(app: QApplication) -> None:
    style = str(app.property(_SYSTEM_STYLE) or "")
    if style and app.style().name().lower() != style.lower():
        app.setStyle(QStyleFactory.create(style))
    app.setPalette(QPalette())  # an empty palette: the platform's own colours again


def light_palette(app: QApplication) -> QPalette:
    """The Fusion style's light colours."""
    return app.style().standardPalette()


def dark_palette() -> QPalette:
    """Calm dark colours with text at a contrast of at least 7:1 on its background."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#ececec",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#ececec",
        QPalette.ColorRole.Button: "#363636",
        QPalette.ColorRole.ButtonText: "#ececec",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#f2a7a7",
        QPalette.ColorRole.PlaceholderText: "#a8a8a8",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#ececec",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Accent: "#3d6fb6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window's text is lighter than its background (a dark scheme)."""
    shown = palette if palette is not None else QApplication.palette()
    text = shown.color(QPalette.ColorRole.WindowText).lightnessF()
    return text > shown.color(QPalette.ColorRole.Window).lightnessF()


def apply_text_size(app: QApplication, text_size: str) -> None:
    """The system's font size, or a quarter larger."""
    stored = app.property(_SYSTEM_FONT)
    if not isinstance(stored, QFont):
        stored = QFont(app.font())
        app.setProperty(_SYSTEM_FONT, stored)
    font = QFont(stored)
    if text_size == "larger":
        font.setPointSizeF(stored.pointSizeF() * LARGER_TEXT)
    app.setFont(font)


def readable_on_dark(colour: str) -> str:
    """A chart or mark colour made light enough to read on a dark background."""
    shown = QColor(colour)
    if shown.lightnessF() >= 0.65:
        return colour
    hue = max(shown.hslHueF(), 0.0)  # -1 for greys
    return QColor.fromHslF(hue, shown.hslSaturationF(), 0.72).name()


def shown_colour(colour: str, palette: QPalette | None = None) -> str:
    """The colour as drawn now: itself in a light scheme, lightened in a dark one."""
    return readable_on_dark(colour) if is_dark(palette) else colour


def tinted_icon(svg: Path, colour: QColor) -> QIcon:
    """A one-colour SVG icon drawn in the given colour (its own dark grey is replaced).

    Drawn once per icon and colour: every date box shows the same calendar icon.
    """
    key = (svg, colour.name())
    icon = _TINTED.get(key)
    if icon is None:
        icon = _TINTED[key] = _drawn_icon(svg, colour)
    return icon


_TINTED: dict[tuple[Path, str], QIcon] = {}


def _drawn_icon(svg: Path, colour: QColor) -> QIcon:
    text = svg.read_text(encoding="utf-8").replace("#4a4a4a", colour.name())
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
