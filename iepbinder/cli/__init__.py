"""The command line: the same services as the window, from a terminal."""

from __future__ import annotations

from iepbinder.cli.main import LaunchGui, RunSelfTest, run

__all__ = ["LaunchGui", "RunSelfTest", "run"]
