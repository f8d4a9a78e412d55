"""One options object, built from defaults, an optional TOML config file and explicit overrides.

The library never reads the environment or the working directory on its own: the CLI passes the
config file and flags it was given.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError

__all__ = ["Settings", "default_cache_dir"]


def default_cache_dir() -> Path:
    """The per-user cache directory (XDG on Linux), where compiled knowledge is kept."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True)
class Settings:
    """Every tunable of sitrep, with its default. See docs/settings.md."""

    db: str = "sitrep.db"  # SQLite file, or a postgresql:// URL
    workers: int = 1  # processes used to extract; 0 = all cores
    cache_dir: str = field(default_factory=lambda: str(default_cache_dir()))
    gazetteer: str | None = None  # a compiled gazetteer file; None = the bundled one (built on first use)
    language: str = "en"  # the only language the pipeline handles for now
    min_confidence: float = 0.0  # events below this are dropped
    # Jaccard of word 5-shingles (MinHash estimate) above which an article is a copy of an earlier
    # one. Calibrated on GVA dev: same-story re-scrapes score 0.76-1.0, separate write-ups of one
    # incident at most 0.63, random pairs at most 0.04; 0.7 catches every copy with no false match.
    near_duplicate_threshold: float = 0.7
    max_article_chars: int = 2_000_000  # longer inputs are refused

    def replace(self, **overrides: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @classmethod
    def load(cls, config: str | Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the ``[sitrep]`` table of a TOML file, then explicit overrides."""
        settings = cls()
        if config is not None:
            try:
                data = tomllib.loads(Path(config).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{config}: cannot read config: {exc}") from exc
            settings = settings.replace(**data.get("sitrep", data))
        return settings.replace(**overrides)
