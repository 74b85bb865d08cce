"""Where binders and resources live: platformdirs defaults with overrides, no import-time I/O."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "IEP Binder"
BINDER_ENV = "IEPBINDER_BINDER"
DATABASE_URL_ENV = "IEPBINDER_DATABASE_URL"
DEMO_FOLDER_NAME = "Demo binder"


def default_binder_path() -> Path:
    """The family's binder when neither ``--binder`` nor ``IEPBINDER_BINDER`` is given."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Binder"


def default_demo_binder_path() -> Path:
    """Where ``iepbinder demo`` keeps its demo binder, apart from the family's own."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEMO_FOLDER_NAME


def resolve_binder_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """The binder folder to use: ``--binder`` first, then the environment, then the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(BINDER_ENV, "").strip()
    if env_value:
        return Path(env_value).expanduser()
    return default_binder_path()


def resolve_database_url(cli_value: str | None) -> str | None:
    """A server binder's address: ``--database-url``, else ``IEPBINDER_DATABASE_URL``, else None."""
    if cli_value:
        return cli_value.strip()
    return os.environ.get(DATABASE_URL_ENV, "").strip() or None


def resources_dir() -> Path:
    """The ``resources/`` folder, from a frozen bundle, an installed wheel or a source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_root = Path(__file__).resolve().parents[1]
    for candidate in (package_root / "_resources", package_root.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The program's resources folder is missing; reinstall IEP Binder.")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
