"""The commands behind ``iepbinder COMMAND``; each returns an exit code (or asks for the window)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from iepbinder.cli.main import EXIT_FAILED, EXIT_OK, LaunchGui
from iepbinder.cli.output import Output
from iepbinder.config.paths import BINDER_ENV, default_demo_binder_path, resolve_binder_path
from iepbinder.domain.types import PaperSize


class CommandFailed(Exception):
    """The command could not do its work; the message says which input and why."""


def _binder_folder(args: argparse.Namespace) -> Path:
    return resolve_binder_path(getattr(args, "binder", None))


def _output_path(raw: str) -> Path:
    path = Path(raw).expanduser().absolute()
    if not path.parent.is_dir():
        raise CommandFailed(
            f"The folder {path.parent} does not exist, so {path.name} cannot be written there."
        )
    if path.is_dir():
        raise CommandFailed(f"{path} is a folder; give a file name for --out.")
    return path


def demo(args: argparse.Namespace, output: Output) -> int | LaunchGui:
    """Create the demo binder (or reuse it) and open the window unless --no-gui."""
    from iepbinder.services.binder_services import open_services

    explicit = getattr(args, "binder", None) or os.environ.get(BINDER_ENV, "").strip()
    folder = _binder_folder(args) if explicit else default_demo_binder_path()
    with open_services(folder, create=True) as services:
        made = services.demo.ensure_demo()
    verb = "Created" if made else "Using the existing"
    output.result(f"{verb} demo binder at {folder}", binder=str(folder), created=made)
    if getattr(args, "no_gui", False):
        return EXIT_OK
    return LaunchGui(folder, demo=True)


def export(args: argparse.Namespace, output: Output) -> int:
    """Write the at-a-glance PDF or the whole binder as JSON."""
    from iepbinder.services.binder_services import OpenMode, open_services

    target = _output_path(args.out)
    with open_services(_binder_folder(args), mode=OpenMode.READ) as services:
        if args.export_kind == "glance":
            child = services.children.choose_child(getattr(args, "child", None))
            paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
            pdf = services.pages.glance_pdf(child.id, paper=paper)
            services.pages.save(target, pdf.content)
            output.result(
                f"Wrote the IEP at a glance for {child.display_name} to {target} "
                f"({pdf.page_count} page{'s' if pdf.page_count != 1 else ''}).",
                file=str(target),
                child=child.display_name,
                pages=pdf.page_count,
            )
        else:
            content = services.binder_file.export_bytes()
            services.pages.save(target, content)
            output.result(
                f"Wrote the whole binder to {target}.", file=str(target), bytes=len(content)
            )
    return EXIT_OK


def import_files(args: argparse.Namespace, output: Output) -> int:
    """Import binder JSON files into the binder (creating it when missing); report each file."""
    from iepbinder.services.binder_services import open_services

    report: list[dict[str, str]] = []
    with open_services(_binder_folder(args), create=True) as services:
        for raw_path in args.paths:
            report.append(services.binder_file.import_path(Path(raw_path)).as_dict())
    failed = [entry for entry in report if entry["status"] != "imported"]
    lines = [f"{entry['path']}: {entry['status']} \u2013 {entry['message']}" for entry in report]
    if failed:
        output.failure(
            f"{len(failed)} of {len(report)} file(s) could not be imported:\n" + "\n".join(lines),
            files=report,
        )
        return EXIT_FAILED
    output.result("\n".join(lines), files=report)
    return EXIT_OK


def check(args: argparse.Namespace, output: Output) -> int:
    """Check the binder without changing it; exit 0 when it is sound."""
    from iepbinder.services.binder_services import OpenMode, open_services

    with open_services(_binder_folder(args), mode=OpenMode.READ) as services:
        report = services.checks.check()
    if report.sound:
        output.result(
            "The binder is sound. Checked: " + ", ".join(report.checks) + ".",
            sound=True,
            checks=list(report.checks),
            problems=[],
        )
        return EXIT_OK
    output.failure(
        "The binder has problems:\n" + "\n".join(f"- {problem}" for problem in report.problems),
        sound=False,
        checks=list(report.checks),
        problems=list(report.problems),
    )
    return EXIT_FAILED
