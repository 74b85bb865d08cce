"""Meeting packet and Today speed: python benchmarks/bench_packet.py.

Times, on the demo binder and on the 13-year binder of bench_ledger.py, the Today list, the
packet's data (gathering every section's DTOs) and the whole packet PDF. The floor, measured in
the same run, is reportlab alone writing the same number of pages with a line of text each: the
cost of making that many PDF pages at all.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from benchmarks.bench_ledger import TODAY as BIG_TODAY  # noqa: E402
from benchmarks.bench_ledger import best_of, build  # noqa: E402
from iepbinder.services.binder_services import BinderServices, open_services  # noqa: E402

DEMO_TODAY = dt.date(2026, 11, 29)
TARGET_MS = 3000.0


def floor_pages(count: int) -> float:
    """Milliseconds for reportlab alone to write ``count`` pages of one line each."""

    def write() -> bytes:
        target = io.BytesIO()
        canvas = Canvas(target)
        for number in range(count):
            canvas.drawString(72, 720, f"Page {number + 1}")
            canvas.showPage()
        canvas.save()
        return target.getvalue()

    return best_of(5, write)


Row = tuple[str, float, float]


def measure(name: str, services: BinderServices, meeting: dt.date) -> list[Row]:
    """Today, the packet's data and the packet PDF for the binder's first child."""
    child = services.children.list_children()[0].id
    pages = services.packets.packet_pdf(child, meeting).page_count
    floor = floor_pages(pages)
    return [
        (f"{name}: Today list", best_of(5, lambda: services.today.today(child)), floor),
        (f"{name}: packet data (every section)",
         best_of(5, lambda: services.packets.packet(child, meeting)), floor),  # fmt: skip
        (f"{name}: packet PDF, {pages} pages",
         best_of(5, lambda: services.packets.packet_pdf(child, meeting)), floor),  # fmt: skip
    ]


def main() -> None:
    """Build both binders, then print each figure with its floor and the ratio."""
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as temp:
        demo = open_services(Path(temp) / "demo", create=True, today=lambda: DEMO_TODAY)
        demo.demo.ensure_demo()
        rows += measure("demo binder", demo, dt.date(2026, 12, 8))
        demo.close()
        big, _child, total = build(Path(temp) / "big")
        print(f"built the 13-year binder: {total} sessions")
        rows += measure("13-year binder", big, BIG_TODAY + dt.timedelta(days=10))
        big.close()
    print(f"{'measurement':44} {'ms':>8} {'floor ms':>9} {'ratio':>7} {'target ms':>10}")
    for name, value, floor in rows:
        print(f"{name:44} {value:8.1f} {floor:9.2f} {value / floor:7.1f} {TARGET_MS:10.0f}")


if __name__ == "__main__":
    main()
