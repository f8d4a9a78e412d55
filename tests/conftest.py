"""Shared fixtures. Development data lives in ../shared beside the checkout (never in the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"development data not found: {p} (set SITREP_SHARED to the shared/ folder)")
    return p


@pytest.fixture
def shared() -> Path:
    return shared_path()


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
