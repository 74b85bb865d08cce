"""Benchmark: importing 500 emails with attachments, and searching 3,000 documents.

Run: python -m benchmarks.bench_documents (from the repository root). With
IEPBINDER_BENCH_DATABASE_URL set to an empty PostgreSQL database, the search is measured on
a server copy of the same binder too.

Targets (issue 5): the import is reported as a ratio to a floor measured in the same run;
a search over 3,000 documents answers in under 30 ms.

- import floor: for the same 500 files, what any importer must do at least: read each
  file, parse it with the standard library's email package (policy=default) and decode its
  attachment, SHA-256 the file and the attachment, and copy both into a folder;
- search floor: the same full-text match with the bare sqlite3 driver (rowids only, best 50),
  with no snippets, no highlighting and no rows for the list.
"""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from email.policy import default as default_policy
from pathlib import Path

from iepbinder.domain.records import ChildData, ContactData
from iepbinder.domain.search_terms import fts5_query, search_words
from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.document_dto import ImportPayload

EMAILS = 500
DOCUMENTS = 3000
SEARCH_TARGET_MS = 30.0
QUERIES = ("speech", "reading fluency", "make-up sessions", "Okafor", "behavior plan",
           "evaluation consent", "accommodation test", "progress report writing")  # fmt: skip
_SCHOOL_WORDS = (
    "speech reading fluency writing math behavior session sessions missed make-up provider "
    "therapist goal goals progress report data sheet probe baseline accommodation extended "
    "time test quiz classroom teacher counselor evaluation consent meeting notice annual "
    "review plan services minutes weekly schedule absent substitute schedule parent request "
    "follow-up letter district school principal resource room group individual assessment "
    "occupational therapy handwriting vocabulary comprehension decoding phonics spelling "
    "conference transition break card chart homework"
)
WORDS = tuple(_SCHOOL_WORDS.split())
NAMES = ("Karen Liu", "James Okafor", "Priya Shah", "Daniel Brooks", "Elena Marsh")
_SYLLABLES = ("ba", "ker", "lo", "min", "tes", "ra", "vu", "den", "sa", "pol", "ni", "gar",
              "fe", "tor", "shi", "mun", "que", "dal", "wen", "bro")  # fmt: skip
# Everyday words a school text is mostly made of (4,000 made-up ones, used unevenly, as real
# words are), so each school word is in some documents, not in all of them.
FILLER = tuple(a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES[:10])
TODAY = dt.date(2026, 11, 29)
# An empty PostgreSQL database to measure the server's search too (optional).
SERVER_ENV = "IEPBINDER_BENCH_DATABASE_URL"


def ms(seconds: float) -> float:
    """Seconds as milliseconds."""
    return seconds * 1000.0


def _word(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(WORDS + tuple(NAMES))
    return FILLER[min(int(rng.paretovariate(1.1)) - 1, len(FILLER) - 1)]


def sentence(rng: random.Random, length: int) -> str:
    """Everyday words with school words among them, in a random order."""
    return " ".join(_word(rng) for _ in range(length)).capitalize() + "."


def make_emails(folder: Path) -> list[Path]:
    """500 school emails, each with a 20-40 KB PDF-like attachment."""
    rng = random.Random(5)
    folder.mkdir(parents=True)
    paths = []
    for number in range(EMAILS):
        message = EmailMessage()
        name = NAMES[number % len(NAMES)]
        message["From"] = f"{name} <{name.split()[0].lower()}@riverside-usd.example.org>"
        message["To"] = "Ana Rodríguez <ana.rodriguez@example.com>"
        message["Subject"] = f"{sentence(rng, 5)[:-1]} ({number})"
        day = dt.date(2024, 9, 1) + dt.timedelta(days=number * 2 % 800)
        message["Date"] = f"{day.strftime('%a, %d %b %Y')} 15:{number % 60:02d}:00 -0800"
        message["Message-ID"] = f"<bench-{number}@riverside-usd.example.org>"
        message.set_content("\n\n".join(sentence(rng, 40) for _ in range(6)))
        attachment = b"%PDF-1.4\n" + os.urandom(rng.randint(20_000, 40_000)) + b"\n%%EOF\n"
        message.add_attachment(attachment, maintype="application", subtype="pdf",
                               filename=f"data sheet {number}.pdf")  # fmt: skip
        path = folder / f"email-{number:03d}.eml"
        path.write_bytes(message.as_bytes(policy=SMTP))
        paths.append(path)
    return paths


def import_floor(paths: list[Path], target: Path) -> float:
    """Read, parse (stdlib), hash and copy each file and its attachment."""
    target.mkdir()
    start = time.perf_counter()
    for path in paths:
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=default_policy)
        digest = hashlib.sha256(raw).hexdigest()
        (target / digest).write_bytes(raw)
        for part in message.iter_attachments():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                (target / hashlib.sha256(data).hexdigest()).write_bytes(data)
        message.get_body(preferencelist=("plain",))
    return time.perf_counter() - start


def new_binder(folder: Path) -> tuple[BinderServices, int]:
    """A binder with Maya and her team's addresses."""
    services = open_services(folder, create=True, today=lambda: TODAY)
    child = services.children.add_child(ChildData("Maya", "Rodríguez")).row
    for name in NAMES:
        address = f"{name.split()[0].lower()}@riverside-usd.example.org"
        services.team.add_contact(ContactData(name, "", address))
    return services, child.id


def measure_import(work: Path) -> tuple[float, float]:
    """Seconds for the program's import and for the floor, on the same 500 files."""
    paths = make_emails(work / "mail")
    floor = import_floor(paths, work / "floor")
    services, child_id = new_binder(work / "import-binder")
    try:
        start = time.perf_counter()
        report = services.documents.import_paths(child_id, paths)
        took = time.perf_counter() - start
    finally:
        services.close()
    assert len(report.imported) == EMAILS, report.summary()
    return took, floor


def fill_for_search(folder: Path) -> tuple[BinderServices, int]:
    """3,000 text documents of school words (about 1-3 KB each), filed through the service."""
    rng = random.Random(3)
    services, child_id = new_binder(folder)
    payloads = []
    for number in range(DOCUMENTS):
        text = "\n\n".join(sentence(rng, rng.randint(30, 80)) for _ in range(rng.randint(2, 5)))
        payloads.append(ImportPayload(f"note {number:04d}.txt", text.encode()))
    for start in range(0, DOCUMENTS, 500):
        services.documents.import_payloads(child_id, payloads[start : start + 500])
    return services, child_id


def search_floor(db_file: Path, query: str) -> float:
    """The bare full-text match with sqlite3: best 50 rowids, nothing else."""
    connection = sqlite3.connect(db_file)
    try:
        start = time.perf_counter()
        connection.execute(
            "SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY rank "
            "LIMIT 50",
            (fts5_query(search_words(query)),),
        ).fetchall()
        return time.perf_counter() - start
    finally:
        connection.close()


def measure_search(work: Path) -> tuple[list[float], list[float], dict[str, int]]:
    """Milliseconds per search (every query, 7 rounds) and per floor; hits per query."""
    services, child_id = fill_for_search(work / "search-binder")
    try:
        for query in QUERIES:  # warm up: the first query opens files and fills caches
            services.documents.search(child_id, query)
        times, floors, hits = [], [], {}
        for _round in range(7):
            for query in QUERIES:
                start = time.perf_counter()
                results = services.documents.search(child_id, query)
                times.append(ms(time.perf_counter() - start))
                floors.append(ms(search_floor(services.folder / "binder.sqlite3", query)))
                hits[query] = len(results)
    finally:
        services.close()
    return times, floors, hits


def measure_server_search(folder: Path, url: str) -> tuple[list[float], list[float]]:
    """The same searches on a PostgreSQL copy of the search binder (an empty database at url)."""
    from sqlalchemy import text

    from iepbinder.domain.search_terms import tsquery_text
    from iepbinder.services.transfer import transfer_binder

    with (
        open_services(folder, today=lambda: TODAY) as source,
        open_services(url=url, create=True, today=lambda: TODAY) as server,
    ):
        transfer_binder(source, server)
        child_id = server.children.choose_child(None).id
        for query in QUERIES:
            server.documents.search(child_id, query)
        floor_sql = text(
            "SELECT document_id FROM document_text, to_tsquery('simple', :q) q "
            "WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC LIMIT 50"
        )
        times, floors = [], []
        with server.binder.engine.connect() as connection:
            for _round in range(7):
                for query in QUERIES:
                    start = time.perf_counter()
                    server.documents.search(child_id, query)
                    times.append(ms(time.perf_counter() - start))
                    start = time.perf_counter()
                    connection.execute(floor_sql, {"q": tsquery_text(search_words(query))}).all()
                    floors.append(ms(time.perf_counter() - start))
    return times, floors


def main() -> None:
    """Print the figures for PERFORMANCE.md."""
    print(f"Machine: {platform.platform()}, {os.cpu_count()} CPUs; Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}")  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="iepbinder-bench-"))
    try:
        took, floor = measure_import(work)
        print(f"Import {EMAILS} emails with attachments: {took:.2f} s; floor (stdlib parse + "
              f"SHA-256 + copy) {floor:.2f} s; ratio {took / floor:.1f}; "
              f"{ms(took) / EMAILS:.1f} ms per email")  # fmt: skip
        times, floors, hits = measure_search(work)
        median, worst = statistics.median(times), max(times)
        floor_median = statistics.median(floors)
        verdict = "met" if worst < SEARCH_TARGET_MS else "NOT met"
        print(f"Search {DOCUMENTS:,} documents ({len(times)} searches): median {median:.1f} ms, "
              f"worst {worst:.1f} ms; floor median {floor_median:.2f} ms; ratio "
              f"{median / floor_median:.1f}; target {SEARCH_TARGET_MS:.0f} ms (worst): "
              f"{verdict}")  # fmt: skip
        found = ", ".join(f"{query!r} {count}" for query, count in hits.items())
        print(f"Hits per query (best 50 shown): {found}")
        url = os.environ.get(SERVER_ENV, "").strip()
        if url:
            times, floors = measure_server_search(work / "search-binder", url)
            median, worst = statistics.median(times), max(times)
            print(f"Search on PostgreSQL: median {median:.1f} ms, worst {worst:.1f} ms; "
                  f"floor median {statistics.median(floors):.2f} ms")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
