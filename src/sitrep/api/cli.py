"""``sitrep serve``: the JSON API and the dashboard over one event store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

__all__ = ["register", "serve"]

DEFAULT_TOKEN_ENV = "SITREP_API_TOKEN"
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(
    db: str = typer.Option("sitrep.db", "--db", help="SQLite file, or a postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (localhost by default)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    token_env: str = typer.Option(DEFAULT_TOKEN_ENV, "--token-env",
                                  help="Environment variable holding the bearer token for writes; unset = read-only."),
    tile_url: Optional[str] = typer.Option(None, "--tile-url",
                                           help="Map tiles for online users, e.g. https://host/{z}/{x}/{y}.png."),
    cors_origin: Optional[list[str]] = typer.Option(None, "--cors-origin", help="Allow this origin (repeatable); off by default."),
    max_body_mb: float = typer.Option(10.0, "--max-body-mb", help="Largest request body accepted."),
    pipeline_needs_token: bool = typer.Option(False, "--pipeline-needs-token",
                                              help="Also require the token for /api/extract and /api/geoparse."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with a \\[sitrep] table of settings."),
) -> None:
    """Serve the API at /api and the dashboard at / (reads need nothing; writes need the token)."""
    from sitrep.api.app import create_app
    from sitrep.api.server import serve as run_server
    from sitrep.api.settings import ApiSettings
    from sitrep.errors import SitrepError
    from sitrep.settings import Settings
    from sitrep.store import open_store

    token = os.environ.get(token_env) or None
    try:
        pipeline = Settings.load(config, db=db)
        settings = ApiSettings(token=token, pipeline=pipeline, tile_url=tile_url,
                               cors_origins=tuple(cors_origin or ()), max_body_bytes=int(max_body_mb * 1_000_000),
                               open_pipeline=not pipeline_needs_token)
        store = open_store(pipeline.db)
    except SitrepError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    _notice(settings.writable, token_env, host)
    run_server(create_app(store, settings), host=host, port=port)


def _notice(writable: bool, token_env: str, host: str) -> None:
    mode = "writes need the bearer token" if writable else f"read-only (set {token_env} to accept writes)"
    typer.echo(f"sitrep serve: {mode}", err=True)
    if host not in _LOCAL_HOSTS:
        typer.echo(f"sitrep serve: listening on {host}, reachable from other machines", err=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
