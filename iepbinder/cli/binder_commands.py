"""Commands about the binder as a whole: demo, import and check."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from iepbinder.cli.main import EXIT_FAILED, EXIT_OK, LaunchGui
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import binder_folder, database_url, open_binder_for
from iepbinder.config.paths import BINDER_ENV, default_demo_binder_path
from iepbinder.domain.language import N_, t


def register(tree: CommandTree) -> None:
    """Add ``demo``, ``import`` and ``check``."""
    demo_parser = tree.commands.add_parser(
        "demo", parents=[tree.common], help="create a demo binder and open it"
    )
    demo_parser.add_argument("--no-gui", action="store_true", help="create the demo binder only")
    demo_parser.set_defaults(handler=demo)
    importer = tree.commands.add_parser(
        "import",
        parents=[tree.common],
        help="file school emails and documents (files or folders) for a child, "
        "or import a binder JSON file into an empty binder",
    )
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.set_defaults(handler=import_files)
    checker = tree.commands.add_parser(
        "check", parents=[tree.common], help="check the binder's integrity"
    )
    checker.add_argument(
        "--remove-unused",
        action="store_true",
        help="also delete stored originals that no document uses (left by a stopped import)",
    )
    checker.set_defaults(handler=check)


def demo(args: argparse.Namespace, output: Output) -> int | LaunchGui:
    """Create the demo binder (or reuse it) and open the window unless --no-gui."""
    from iepbinder.services.binder_services import open_services

    url = database_url(args)
    explicit = getattr(args, "binder", None) or os.environ.get(BINDER_ENV, "").strip()
    folder = binder_folder(args) if explicit else default_demo_binder_path()
    opened = open_services(url=url, create=True) if url else open_services(folder, create=True)
    with opened as services:
        made = services.demo.ensure_demo()
        where = services.location
    text = (
        N_("Created demo binder at {where}")
        if made
        else N_("Using the existing demo binder at {where}")
    )
    output.result(t(text, where=where), binder=where, created=made)
    if getattr(args, "no_gui", False):
        return EXIT_OK
    return LaunchGui(None if url else folder, demo=True, database_url=url)


def import_files(args: argparse.Namespace, output: Output) -> int:
    """Import binder JSON files and documents; report each file; exit 1 if any failed."""
    from iepbinder.services.documents import payloads_for_paths

    paths = [Path(raw).expanduser() for raw in args.paths]
    report: list[dict[str, object]] = []
    with open_binder_for(args, write=True, create=True) as services:
        documents: list[Path] = []
        for path in paths:
            if path.suffix.lower() == ".json" and path.is_file():
                report.append(dict(services.binder_file.import_path(path).as_dict()))
            elif not path.exists():
                failure: dict[str, object] = {
                    "path": str(path), "status": "failed",
                    "message": f"{path} does not exist; check the name and the folder.",
                }  # fmt: skip
                report.append(failure)
            else:
                documents.append(path)
        if documents:
            child = services.children.choose_child(getattr(args, "child", None))
            outcome = services.documents.import_payloads(child.id, payloads_for_paths(documents))
            report.extend(item.as_dict() for item in outcome.outcomes)
    failed = [entry for entry in report if entry["status"] == "failed"]
    lines = [f"{entry['path']}: {entry['status']} \u2013 {entry['message']}" for entry in report]
    if failed:
        output.failure(
            t(
                "{failed} of {count} file(s) could not be imported:",
                failed=len(failed),
                count=len(report),
            )
            + "\n"
            + "\n".join(lines),  # fmt: skip
            files=report,
        )
        return EXIT_FAILED
    output.result("\n".join(lines), files=report)
    return EXIT_OK


def check(args: argparse.Namespace, output: Output) -> int:
    """Check the binder without changing it; exit 0 when it is sound."""
    remove = bool(getattr(args, "remove_unused", False))
    with open_binder_for(args, write=remove) as services:
        report = services.checks.check()
        removed = services.checks.remove_unused_originals() if remove and report.unused else 0
    if removed:
        output.note(t("Removed {n} stored original(s) that no document used.", n=removed))
    elif report.unused:
        output.note(
            t(
                "{n} stored original(s) are not used by any document (an import was stopped "
                "half-way); they harm nothing. `iepbinder check --remove-unused` deletes them.",
                n=report.unused,
            )
        )
    if report.sound:
        output.result(
            t("The binder is sound. Checked: {checks}.", checks=", ".join(report.checks)),
            sound=True,
            checks=list(report.checks),
            problems=[],
            unused_originals=report.unused - removed,
        )
        return EXIT_OK
    output.failure(
        t("The binder has problems:") + "\n" + "\n".join(f"- {p}" for p in report.problems),
        sound=False,
        checks=list(report.checks),
        problems=list(report.problems),
        unused_originals=report.unused - removed,
    )
    return EXIT_FAILED
