"""Program entry points: the ``iepbinder`` command, and the console-less GUI launcher."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a command, or open the window when no command is given."""
    args, language = split_language(sys.argv[1:] if argv is None else argv)
    if not args:  # the window on the usual binder: no need to build every command's parser
        from iepbinder.gui.start_costs import pause_for_start

        pause_for_start()  # before Qt is imported: the start's objects all live on
        from iepbinder.config.paths import resolve_database_url
        from iepbinder.gui.start import run_gui

        return run_gui(None, database_url=resolve_database_url(None), language=language)
    from iepbinder.cli import LaunchGui, RunSelfTest, run

    outcome = run(args)
    if isinstance(outcome, RunSelfTest):
        from iepbinder.gui.selftest import run_self_test

        return run_self_test()
    if isinstance(outcome, LaunchGui):
        from iepbinder.gui.start import run_gui

        return run_gui(
            outcome.binder, demo=outcome.demo, database_url=outcome.database_url, language=language
        )
    return outcome


def split_language(argv: list[str]) -> tuple[list[str], str | None]:
    """Take ``--language es`` (or ``--language=es``) out of the arguments: the window's language."""
    rest: list[str] = []
    language: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--language":
            language = next(items, None)
        elif item.startswith("--language="):
            language = item.partition("=")[2]
        else:
            rest.append(item)
    return rest, language


def gui_main() -> int:
    """The double-click entry point (no console window on Windows)."""
    return main()
