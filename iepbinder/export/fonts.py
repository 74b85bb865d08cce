"""Register the bundled DejaVu Sans family with reportlab once, so PDFs embed Unicode fonts."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iepbinder.config.paths import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (safe to call many times, from any thread) and return its name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            known = set(pdfmetrics.getRegisteredFontNames())
            for name, file_name in _FILES.items():
                if name not in known:
                    path = resource_path("fonts", file_name)
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            # The family mapping lets paragraph markup (<b>, <i>) pick the right face.
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY
