"""Errors at the boundary: a broken atlas is explained in a dialog, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fasciamap.ui import app as app_module

from ..atlas.bad_inputs import BAD_ART, BAD_DATA


def test_broken_data_file_shows_a_dialog_and_exits_cleanly(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    bad = tmp_path / "regions.json"
    bad.write_text('{"schema_version": 1, "layers": [}', "utf-8")
    monkeypatch.setenv("FASCIAMAP_DATA", str(bad))
    shown = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["details"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.run() == 2
    assert "cannot start" in shown["text"] and str(bad) in shown["details"] and "line 1" in shown["details"]
    assert "Traceback" not in capsys.readouterr().err


def test_unexpected_error_in_a_handler_is_reported_not_fatal(qapp, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.detailedText()))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        app_module.report_unexpected(RuntimeError, exc, exc.__traceback__)
    assert opened and "RuntimeError: boom" in opened[0]


@pytest.mark.parametrize("case", BAD_DATA + BAD_ART, ids=lambda c: c.name)
def test_every_family_of_bad_input_shows_a_dialog_and_exits_2(case, qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    data, art = case.make(tmp_path)
    if data is not None:
        monkeypatch.setenv("FASCIAMAP_DATA", str(data))
    if art is not None:
        monkeypatch.setenv("FASCIAMAP_ART_DIR", str(art))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    assert app_module.run() == 2
    assert shown and re.search(case.expect, shown[0]), shown
    err = capsys.readouterr().err
    assert "Traceback" not in err and re.search(case.expect, err)
