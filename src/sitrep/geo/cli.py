"""``sitrep geoparse`` and ``sitrep gazetteer build|import``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer

__all__ = ["register"]

gazetteer_app = typer.Typer(no_args_is_help=True, help="Build or import the compiled gazetteer.")


@contextmanager
def progress_bar(label: str) -> Iterator[Any]:
    """A Rich progress bar on stderr, driven by ``progress(done, total, what)`` callbacks."""
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total or None, description=f"{label}: {what}")

        yield progress


def _settings(config: Optional[Path], **overrides: Any) -> Any:
    from sitrep.settings import Settings

    return Settings.load(config, **overrides)


def geoparse_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    fmt: str = typer.Option("jsonl", "--format", help="Output format (jsonl)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="A compiled gazetteer file."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with a [sitrep] table of settings."),
    places_only: bool = typer.Option(False, "--places-only", help="Leave out demonym mentions (\"Iraqi\")."),
) -> None:
    """Place mentions of the articles, one JSON line each (EVENTS.md "Toponyms out").

    Each line has a ``kind``: ``place``, or ``demonym`` for a people's name ("Iraqi") resolved to its
    country, reported apart from places (events never take a demonym as their place).
    """
    from sitrep.errors import InputError, SitrepError
    from sitrep.geo.gazetteer import Gazetteer, ensure_built
    from sitrep.geo.output import mention_records
    from sitrep.ingest import iter_inputs
    from sitrep.pipeline import Context, Pipeline
    from sitrep.types import Doc

    if fmt != "jsonl":
        typer.echo(f"error: unknown format {fmt!r} (jsonl)", err=True)
        raise typer.Exit(2)
    settings = _settings(config, gazetteer=str(gazetteer) if gazetteer else None)
    with progress_bar("gazetteer") as progress:
        gaz = Gazetteer.load(ensure_built(settings, progress))
    pipe = Pipeline(["sentences", "toponyms"], Context(settings, {"gazetteer": gaz}))
    failed = False
    try:
        for item in iter_inputs([str(p) for p in paths], settings):
            if isinstance(item, InputError):
                typer.echo(str(item), err=True)
                failed = True
                continue
            doc = pipe(Doc(item))
            for rec in mention_records(item.id, item.text, doc.toponyms or (), gaz, not places_only):
                typer.echo(json.dumps(rec, ensure_ascii=False))
    except SitrepError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    raise typer.Exit(1 if failed else 0)


@gazetteer_app.command("build")
def build_cmd(
    force: bool = typer.Option(False, "--force", help="Rebuild even if the compiled file exists."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with a [sitrep] table of settings."),
) -> None:
    """Compile the bundled gazetteer (GeoNames cities500, countries, divisions, curated aliases)."""
    from sitrep.geo.gazetteer import default_path, ensure_built

    settings = _settings(config)
    with progress_bar("gazetteer") as progress:
        path = ensure_built(settings.replace(gazetteer=None) if settings.gazetteer else settings, progress, force)
    typer.echo(str(path or default_path(settings)))


@gazetteer_app.command("import")
def import_cmd(
    dump: Path = typer.Argument(..., exists=True, help="GeoNames dump: allCountries.zip, IQ.zip or IQ.txt."),
    alternate_names: Optional[Path] = typer.Option(None, "--alternate-names", exists=True, help="alternateNames .zip/.txt."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write (default: <cache_dir>/gazetteer-<dump>.sqlite)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with a [sitrep] table of settings."),
) -> None:
    """Compile a GeoNames dump into a gazetteer file; use it with --gazetteer or the `gazetteer` setting."""
    from sitrep.geo.dump import import_dump

    settings = _settings(config)
    target = out or Path(settings.cache_dir).expanduser() / f"gazetteer-{dump.name.split('.')[0]}.sqlite"
    try:
        with progress_bar("import") as progress:
            path = import_dump(dump, target, alternate_names, progress)
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {dump}: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(str(path))


def register(app: typer.Typer) -> None:
    """Add ``geoparse`` and the ``gazetteer`` sub-app to the main CLI."""
    app.command("geoparse")(geoparse_cmd)
    app.add_typer(gazetteer_app, name="gazetteer")
