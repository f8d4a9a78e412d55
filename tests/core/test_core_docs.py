"""Docs cover every command and every setting."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from sitrep.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented():
    doc = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in doc]
    assert not missing, f"docs/settings.md lacks: {missing}"


def test_every_command_is_in_the_readme():
    import typer.main

    from sitrep import cli

    cli._register_plugins()
    group = typer.main.get_command(cli.app)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = list(group.commands)
    assert {"run", "extract", "export", "articles", "eval"} <= set(names)
    missing = [n for n in names if f"sitrep {n}" not in readme]
    assert not missing, f"README lacks: {missing}"
