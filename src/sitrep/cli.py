"""The ``sitrep`` command line. Heavy modules are imported inside the commands."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from sitrep.errors import SitrepError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="sitrep: news articles in, ACLED-style conflict events out, offline.",
)

# Modules that add their own commands with ``register(app)``.
COMMAND_MODULES = ("sitrep.geo.cli", "sitrep.export.cli", "sitrep.report.cli", "sitrep.api.cli")

DbOption = typer.Option("sitrep.db", "--db", help="SQLite file, or a postgresql:// URL.")
ConfigOption = typer.Option(None, "--config", help="TOML file with a \\[sitrep] table of settings.")


def _settings(config: Optional[Path], **overrides: Any) -> Any:
    from sitrep.settings import Settings

    return Settings.load(config, **overrides)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _fail(exc: SitrepError) -> None:
    _err(f"error: {exc}")
    raise typer.Exit(2)


@app.command()
def run(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles (.txt, .html, .jsonl, .csv, feeds, WARC)."),
    db: str = DbOption,
    workers: int = typer.Option(0, "--workers", "-j", help="Extraction processes (0 = all cores)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run extraction on a Dask cluster: a scheduler address, or 'local'."),
    config: Optional[Path] = ConfigOption,
    country: Optional[str] = typer.Option(
        None, "--country", help="The country the inputs cover (name or ISO code, e.g. Nigeria or NG), for "
        "inputs that do not say: a strong hint for places and actors."),
) -> None:
    """The main job: ingest, extract, merge, store, then summarise what was found."""
    from sitrep.ingest.build import parse_country
    from sitrep.runner import run as run_job
    from sitrep.store import open_store

    try:
        country = parse_country(country) if country else None
    except ValueError as exc:
        _err(f"error: --country: {exc}")
        raise typer.Exit(2) from None
    try:
        settings = _settings(config, db=db, workers=workers)
        store = open_store(settings.db)
        _prepare_gazetteer(settings)
        executor = _dask_executor(dask) if dask else None
        with _progress("extracting") as advance:
            summary = run_job([str(p) for p in paths], store, settings, executor, advance, country=country)
    except SitrepError as exc:
        _fail(exc)
    _print_summary(summary, store)
    if executor is not None:
        executor.close()
    raise typer.Exit(0 if summary.ok else 1)


def _prepare_gazetteer(settings: Any) -> None:
    """Compile the bundled gazetteer before the first job, with a progress bar (once per cache)."""
    from sitrep.geo.gazetteer import default_path, ensure_built

    if settings.gazetteer or default_path(settings).exists():
        return
    from sitrep.geo.cli import progress_bar

    with progress_bar("building the gazetteer (first run only)") as progress:
        ensure_built(settings, progress)


def _dask_executor(address: str) -> Any:
    from sitrep.runner.dask import DaskExecutor

    return DaskExecutor(None if address == "local" else address)


class _progress:
    """A Rich progress bar on stderr; shown only when the job outlasts a second."""

    def __init__(self, label: str):
        from rich.progress import Progress

        self.label = label
        self.bar = Progress(transient=True, console=_stderr_console())
        self.task = None

    def __enter__(self) -> Any:
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=None)
        return lambda n: self.bar.advance(self.task, n)

    def __exit__(self, *exc: Any) -> None:
        self.bar.stop()


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _print_summary(summary: Any, store: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    for e in summary.errors:
        _err(f"error: {e}")
    for e in summary.skipped:
        _err(f"skipped: {e.source}: {e.problem.removeprefix('skipped: ')}")
    console = Console()
    t = Table(title="sitrep run", show_header=False)
    rows = [
        ("inputs read", summary.inputs), ("new articles", summary.articles_new),
        ("unchanged (already stored)", summary.articles_unchanged), ("copies of other articles", summary.duplicates),
        ("bad inputs", len(summary.errors)), ("skipped inputs", len(summary.skipped)),
        ("events created", len(summary.events_created)), ("events updated by new reports", len(set(summary.events_updated))),
        ("events in store", store.count_events()), ("database", store.url),
    ]
    for k, v in rows:
        t.add_row(k, str(v))
    console.print(t)
    if summary.articles_undated:
        _undated_note(summary.articles_undated, "new ")
    _print_top_events(console, store)


def _print_top_events(console: Any, store: Any, n: int = 10) -> None:
    from rich.table import Table

    page = store.query_events(sort="event_date", descending=True, limit=n)
    if not page.events:
        return
    t = Table(title=f"latest {len(page.events)} events")
    for col, width in (("date", 10), ("type", 22), ("location", 16), ("actor1", 22), ("deaths", 6), ("claim", 8), ("src", 3)):
        t.add_column(col, no_wrap=True, overflow="ellipsis", max_width=width)
    for e in page.events:
        place = e.location if e.location == e.country else f"{e.location}, {e.country}".strip(", ")
        t.add_row(e.event_date, e.sub_event_type, place, e.actor1,
                  "" if e.fatalities is None else str(e.fatalities), e.claim_status, str(len(e.sources)))
    console.print(t)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl or csv."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Stateless: articles in, event records (EVENTS.md) out on stdout; no database."""
    from sitrep.errors import InputError
    from sitrep.ingest import iter_inputs
    from sitrep.runner import extract_articles

    if format not in ("jsonl", "csv"):
        _fail(SitrepError(f"--format {format!r}: choose jsonl or csv"))
    try:
        settings = _settings(config)
        _prepare_gazetteer(settings)
        items = list(iter_inputs([str(p) for p in paths], settings))
        bad = [i for i in items if isinstance(i, InputError)]
        events = extract_articles([i for i in items if not isinstance(i, InputError)], settings)
    except SitrepError as exc:
        _fail(exc)
    for e in bad:
        _err(("skipped: " if e.problem.startswith("skipped") else "error: ") + str(e))
    undated = sum(1 for i in items if not isinstance(i, InputError) and i.published is None)
    if undated:
        _undated_note(undated)
    _write_events(events, format)
    raise typer.Exit(1 if any(not e.problem.startswith("skipped") for e in bad) else 0)


def _undated_note(n: int, new: str = "") -> None:
    _err(f"note: {n} {new}article(s) carry no publication date (none given, none found in a dateline, byline "
         "or URL): relative dates in them ('on Monday') cannot be placed, and an event nothing else dates is "
         "not recorded. Give 'published' in the folder's manifest.jsonl (one line per file) or in the corpus record.")


def _write_events(events: list[Any], format: str) -> None:
    if format == "jsonl":
        for e in events:
            sys.stdout.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")
        return
    from sitrep.export import write_events

    write_events(events, sys.stdout, "csv")


@app.command()
def articles(
    db: str = DbOption,
    limit: int = typer.Option(1000, "--limit", help="How many articles to list."),
) -> None:
    """What was ingested: articles (with copies marked) and bad or skipped inputs."""
    from rich.console import Console
    from rich.table import Table

    from sitrep.store import open_store

    try:
        store = open_store(db)
    except SitrepError as exc:
        _fail(exc)
    console = Console()
    t = Table(title=f"{store.count_articles()} articles")
    for col in ("id", "published", "source", "title", "events", "copy of"):
        t.add_column(col, overflow="fold")
    for a in store.list_articles(limit=limit):
        copy = f"{a.duplicate_of} ({a.duplicate_kind})" if a.duplicate_of else ""
        t.add_row(a.id, a.published or "", a.source or "", (a.title or "")[:60], str(a.n_events), copy)
    console.print(t)
    bad = store.inputs()
    if bad:
        t2 = Table(title="inputs not ingested")
        for col in ("input", "status", "problem"):
            t2.add_column(col, overflow="fold")
        for row in bad:
            t2.add_row(row["input"], row["status"], row["problem"])
        console.print(t2)


@app.command("eval")
def eval_cmd(
    names: Optional[list[str]] = typer.Argument(None, help="Evaluation sets to run (default: all available)."),
    data: Path = typer.Option(Path("../shared"), "--data", help="Folder holding data/, seeds/ and gold/."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N items of each set."),
    half: Optional[str] = typer.Option(None, "--half", help="Score only the even or odd half of each set's items (sets that can split)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="JSON floors; exit 1 if a score falls below its floor minus tolerance."),
    out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON to this file."),
) -> None:
    """Score the pipeline on development data (the quality gate)."""
    from sitrep.eval.gate import check_floors, run_evaluations

    results = run_evaluations(data, names or None, limit, half)
    for name, res in results.items():
        if res.get("skipped"):
            typer.echo(f"{name}: skipped ({res['skipped']})")
            continue
        typer.echo(f"{name} ({res['checksum']}, {res['seconds']:.1f}s)")
        for k, v in res["scores"].items():
            typer.echo(f"  {k:<40} {v:.4f}" if isinstance(v, float) else f"  {k:<40} {v}")
    if out:
        out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if baseline:
        problems = check_floors(results, json.loads(baseline.read_text(encoding="utf-8")))
        for p in problems:
            _err(f"gate: {p}")
        raise typer.Exit(1 if problems else 0)


def _register_plugins() -> None:
    for mod in COMMAND_MODULES:
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name and mod.startswith(exc.name):
                continue  # that part is not installed / not written yet
            raise
        module.register(app)


def main() -> None:
    _register_plugins()
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
