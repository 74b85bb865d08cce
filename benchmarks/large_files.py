"""The files of the large benchmark binder: school emails (.eml) with PDF attachments, and notes.

Everything is deterministic: the same scale gives byte-for-byte the same files (the email
boundaries are fixed and the PDFs are written with reportlab's invariant mode), so the
binder's stored originals and their hashes are the same on every run.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from benchmarks.bench_documents import NAMES, sentence

DOMAIN = "riverside-usd.example.org"
PARENT = "Ana Rodríguez <ana.rodriguez@example.com>"


def address(name: str) -> str:
    """The school address of a team member: 'karen@riverside-usd.example.org'."""
    return f"{name.split()[0].lower()}@{DOMAIN}"


def small_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with a title and some lines of text (the same bytes on every run)."""
    target = io.BytesIO()
    canvas = Canvas(target, pagesize=LETTER, invariant=True)
    canvas.setTitle(title)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 720, title)
    canvas.setFont("Helvetica", 10)
    for number, line in enumerate(lines):
        canvas.drawString(72, 690 - 14 * number, line[:95])
    canvas.showPage()
    canvas.save()
    return target.getvalue()


def email_bytes(rng: random.Random, number: int, day: dt.date, attach: bool) -> bytes:
    """One school email as the mail program saves it, with a data sheet PDF when ``attach``."""
    message = EmailMessage()
    name = NAMES[number % len(NAMES)]
    message["From"] = f"{name} <{address(name)}>"
    message["To"] = PARENT
    message["Subject"] = f"{sentence(rng, 5)[:-1]} ({number})"
    message["Date"] = f"{day.strftime('%a, %d %b %Y')} 15:{number % 60:02d}:00 -0800"
    message["Message-ID"] = f"<large-{number}@{DOMAIN}>"
    message.set_content("\n\n".join(sentence(rng, 40) for _ in range(4)))
    if attach:
        lines = [sentence(rng, 12) for _ in range(20)]
        pdf = small_pdf(f"Data sheet {number} ({day.isoformat()})", lines)
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=f"data sheet {number}.pdf"
        )
        message.set_boundary(f"===============large-{number:05d}==")
    return message.as_bytes(policy=SMTP)


def write_emails(folder: Path, count: int, first: dt.date, last: dt.date, seed: int) -> list[Path]:
    """``count`` emails spread from ``first`` to ``last``; every other one has an attachment."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    span = max(1, (last - first).days)
    paths = []
    for number in range(count):
        day = first + dt.timedelta(days=number * span // max(1, count))
        path = folder / f"email-{seed}-{number:05d}.eml"
        path.write_bytes(email_bytes(rng, number, day, attach=number % 2 == 0))
        paths.append(path)
    return paths


def write_other_files(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` other documents: half scanned-letter PDFs, half typed notes (.txt)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        if number % 2 == 0:
            path = folder / f"letter-{seed}-{number:05d}.pdf"
            lines = [sentence(rng, 12) for _ in range(30)]
            path.write_bytes(small_pdf(f"Letter from school {seed}-{number}", lines))
        else:
            path = folder / f"note-{seed}-{number:05d}.txt"
            text = "\n\n".join(sentence(rng, rng.randint(30, 80)) for _ in range(3))
            path.write_text(f"Note {seed}-{number}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths
