"""Program entry points: the ``iepbinder`` command, and the console-less GUI launcher."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a command, or open the window when no command is given."""
    from iepbinder.cli import LaunchGui, RunSelfTest, run

    outcome = run(sys.argv[1:] if argv is None else argv)
    if isinstance(outcome, RunSelfTest):
        from iepbinder.gui.selftest import run_self_test

        return run_self_test()
    if isinstance(outcome, LaunchGui):
        from iepbinder.gui.app import run_gui

        return run_gui(outcome.binder, demo=outcome.demo, database_url=outcome.database_url)
    return outcome


def gui_main() -> int:
    """The double-click entry point (no console window on Windows)."""
    return main()
