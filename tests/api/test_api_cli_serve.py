"""``sitrep serve``: registered on the CLI, light to import, and serving for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import typer
from typer.testing import CliRunner

from sitrep.api.cli import register
from sitrep.api.server import free_port

# Starting python + uvicorn + opening the store takes about 2 s here; allow for a busy machine.
START_S = 60


def test_register_adds_serve_with_its_options() -> None:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command, so typer keeps sub-command names
        pass

    out = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert out.exit_code == 0
    for opt in ("--db", "--host", "--port", "--token-env", "--tile-url"):
        assert opt in out.output


def test_bad_tile_url_exits_2(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:
        pass

    out = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--tile-url", "ftp://tiles/{z}"])
    assert out.exit_code == 2 and "tile URL" in out.output


def test_importing_the_cli_module_stays_light() -> None:
    code = "import sys, sitrep.api.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'sqlalchemy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _get(url: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.loads(resp.read())


def test_serve_runs_uvicorn_with_a_token_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MY_TOKEN": "a-long-enough-token"}
    code = "from sitrep.cli import main; main()"
    args = [sys.executable, "-c", code, "serve", "--db", str(tmp_path / "s.db"), "--port", str(port), "--token-env", "MY_TOKEN"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        meta = _wait_for(f"http://127.0.0.1:{port}/api/meta", proc)
        assert meta["writable"] is True
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/articles", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=5)
            raise AssertionError("a write without the token was accepted")
        except urllib.error.HTTPError as err:
            assert err.code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _wait_for(url: str, proc: subprocess.Popen) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"sitrep serve exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            return _get(url)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"sitrep serve did not answer on {url}")
