"""`pii-scanner serve --config`: the console gets the sources as typed specs, checked by their kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import pii_scanner.web as web
from pii_scanner.cli.main import main
from pii_scanner.sources.specs import GraphSpec, PathsSpec
from tests.web.test_serve_hostile import free_port

GRAPH = (
    '[[sources]]\ntype = "graph"\nname = "exo"\nmailboxes = ["jens@firma.dk"]\nmove_folders = ["archive", "Sager"]\n'
)


def _serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> tuple[Any, dict[str, Any]]:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.setdefault("ran", True))
    monkeypatch.setattr(web, "create_app", lambda settings: seen.setdefault("settings", settings))
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(text, encoding="utf-8")
    args = ["serve", "--config", str(cfg), "--db", str(tmp_path / "i.sqlite"), "--secret-file", str(tmp_path / "s")]
    args += ["--port", str(free_port())]  # serve checks the address can be listened on
    return CliRunner().invoke(main, args), seen


def test_console_gets_typed_specs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    share = f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{tmp_path}"]\n'
    result, seen = _serve(monkeypatch, tmp_path, GRAPH + share)
    assert result.exit_code == 0, result.output
    settings = seen["settings"]
    assert isinstance(settings.sources["exo"], GraphSpec) and isinstance(settings.sources["share"], PathsSpec)
    graph = settings.graph_source("exo")
    assert graph is not None and graph.move_folders == ("archive", "Sager")
    assert settings.graph_source("share") is None and settings.graph_source("nope") is None


def test_bad_source_key_stops_the_console(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    result, seen = _serve(monkeypatch, tmp_path, GRAPH + 'move_folder = ["x"]\n')
    assert result.exit_code == 2 and "did you mean move_folders" in result.output
    assert "Traceback" not in result.output and "ran" not in seen
