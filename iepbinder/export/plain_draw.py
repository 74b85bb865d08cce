"""A plain left-aligned paragraph written to the page as reportlab's own drawing writes it.

reportlab draws each paragraph through a general machine (a saved graphics state, a text
object, colour and font setters, alignment and justification, underlines and links), about a
third of a long table's time. A table cell of left-aligned plain text in an embedded font
writes the same few PDF operators every time; this writes them directly: the same bytes,
so the same page. Anything else is left to reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont

_NO_SHRINK = -1e-8  # reportlab's test for a line drawn without squeezed word spaces


def draw_plain(paragraph: Any, canvas: Any, x: float, y: float) -> bool:
    """Draw ``paragraph`` (wrapped, one plain fragment) at ``x, y`` if it is simple enough.

    Returns False, having written nothing, when reportlab must draw it.
    """
    bl_para = getattr(paragraph, "blPara", None)
    if bl_para is None or bl_para.kind != 0 or not bl_para.lines:
        return False
    style, colour = paragraph.style, bl_para.textColor
    font = getFont(bl_para.fontName)
    if (
        style.alignment != TA_LEFT or style.backColor
        or (style.borderWidth and style.borderColor) or paragraph.bulletText
        or style.firstLineIndent or hasattr(paragraph, "_offsets")
        or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")
        or bl_para.us_lines or bl_para.link or getattr(paragraph, "_showBoundary", False)
        or not isinstance(colour, Color) or isinstance(colour, CMYKColor)
        or not font._dynamicFont or not canvas.bottomup or canvas._enforceColorSpace
        or not rl_config.paraFontSizeHeightOffset
    ):  # fmt: skip
        return False
    alpha = colour.alpha
    if alpha is not None and canvas._extgstate.getValue("ca") != alpha:
        return False
    document = canvas._doc
    if alpha is not None:
        document.ensureMinPdfVersion("transparency")
    size, leading = bl_para.fontSize, style.leading
    shown, subset = [], -1
    for space, words in bl_para.lines:  # reportlab's _leftDrawParaLine, line by line
        text = " ".join(words)
        line, subset = _shown(font, document, canvas, text, size, leading, subset)
        spaces = len(words) + text.count("\xa0") - 1
        if space > _NO_SHRINK or spaces <= 0:
            shown.append(f"{line} T*")
        else:  # a line a little too long: its word spaces squeezed
            shown += (f"{fp_str(space / float(spaces))} Tw", f"{line} T*", f"{fp_str(0)} Tw")
    origin = fp_str(style.leftIndent, paragraph.height - size)
    canvas._code += (
        "q",  # Flowable.drawOn: saveState, translate
        f"{fp_str(1, 0, 0, 1, x, y)} cm",
        "q",  # Paragraph.drawPara: saveState, fill colour, a text object of its lines
        f"{fp_str((colour.red, colour.green, colour.blue))} rg",
        f"BT 1 0 0 1 {origin} Tm {' '.join(shown)} ET",
        "Q",
        "Q",
    )
    return True


def _shown(
    font: Any, document: Any, canvas: Any, text: str, size: float, leading: float, subset: int
) -> tuple[str, int]:
    """The operators that show ``text`` after font subset ``subset``, and the last subset.

    Each run of one subset is shown with its font set first when it changes. Remembered per
    document and font (a packet repeats the same cells thousands of times): once a text has
    been shown, its characters have their places in the subsets for good.
    """
    state = font.state.get(document)
    remembered = vars(state).setdefault("iepbinder_shown", {}) if state is not None else {}
    key = (text, size, leading, subset)
    found: tuple[str, int] | None = remembered.get(key)
    if found is None:
        setting = f"{fp_str(size)} Tf {fp_str(leading)} TL"
        parts = []
        for chunk_subset, chunk in font.splitString(text, document):
            if chunk_subset != subset:
                parts.append(f"{font.getSubsetInternalName(chunk_subset, document)} {setting}")
                subset = chunk_subset
            parts.append(f"({canvas._escape(chunk)}) Tj")
        found = remembered[key] = (" ".join(parts), subset)
    return found
