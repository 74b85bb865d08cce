"""The command line in Spanish: chosen with --language or taken from the system language."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from iepbinder.cli.main import run
from iepbinder.domain.language import current_language
from iepbinder.services.binder_services import BinderServices


@pytest.fixture
def demo_folder(local_demo_services: BinderServices) -> Path:
    folder = local_demo_services.folder
    local_demo_services.close()
    return folder


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C")


def test_check_in_spanish_with_the_language_option(
    demo_folder: Path, english_system: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["check", "--binder", str(demo_folder), "--language", "es"]) == 0
    assert capsys.readouterr().out.startswith("La carpeta está en buen estado. Revisado: ")
    assert current_language() == "en"  # the command gives the language back


def test_today_speaks_the_system_language(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert run(["today", "--binder", str(demo_folder)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Hoy para Maya Rodríguez (")
    for heading in ("Atrasado", "Esta semana", "Alertas", "Próximamente", "Logros para celebrar"):
        assert f"\n{heading}:" in shown
    assert "Las fechas límite siguen Normas federales (IDEA): cada una es una posible" in shown
    assert "Overdue" not in shown and "Deadlines follow" not in shown
    # JSON keeps its English field names; the words inside follow the language.
    assert run(["today", "--json", "--binder", str(demo_folder)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["jurisdiction"] == "FEDERAL"
    annual = next(d for d in data["deadlines"] if d["rule_id"] == "T-ANNUAL")
    assert annual["title"] == "Revisión anual del IEP"


def test_log_export_and_list_in_spanish(
    demo_folder: Path, english_system: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "registro.csv"
    argv = ["export", "log", "--binder", str(demo_folder), "--out", str(target)]
    assert run([*argv, "--language", "es"]) == 0
    assert capsys.readouterr().out.startswith(
        "Se guardó el registro de comunicaciones de Maya Rodríguez en "
    )
    header = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert header[:3] == ["fecha", "hora", "medio"]
    assert run(["log", "list", "--binder", str(demo_folder), "--language", "es"]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert first_line.startswith("Maya Rodríguez: ") and first_line.endswith(" entradas.")
    # Without --language and with an English system, the same command speaks English.
    assert run(argv) == 0
    assert "Wrote the communication log of Maya Rodríguez to " in capsys.readouterr().out
    header = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert header[:3] == ["date", "time", "channel"]
