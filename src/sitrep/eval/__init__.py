"""``sitrep eval``: score the pipeline on development data; the quality gate pins the scores.

Each evaluation set registers a function that takes the data root (the folder holding the
``data/``, ``seeds/`` and ``gold/`` of the development material) and returns named scores::

    @evaluation("lgl", needs=("data/lgl/lgl.xml",))
    def score_lgl(root: Path, limit: int | None = None) -> dict[str, float]:
        ...

Modules that define evaluations are listed in ``EVAL_MODULES`` and imported on demand.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Evaluation", "evaluation", "evaluations", "data_checksum", "EVAL_MODULES"]

# Modules holding @evaluation functions (imported by evaluations()).
EVAL_MODULES: tuple[str, ...] = (
    "sitrep.eval.seeds",
    "sitrep.eval.lgl",
    "sitrep.eval.tempeval",
    "sitrep.eval.gvdb",
    "sitrep.eval.case2021",
    "sitrep.eval.acled",
    "sitrep.eval.gva",
)

Scorer = Callable[..., dict[str, float]]


@dataclass(frozen=True)
class Evaluation:
    name: str
    fn: Scorer
    needs: tuple[str, ...]  # paths relative to the data root

    def available(self, root: Path) -> bool:
        return all((root / n).exists() for n in self.needs)

    def checksum(self, root: Path) -> str:
        return data_checksum(root / n for n in self.needs)


_EVALS: dict[str, Evaluation] = {}


def evaluation(name: str, *, needs: tuple[str, ...]) -> Callable[[Scorer], Scorer]:
    def register(fn: Scorer) -> Scorer:
        _EVALS[name] = Evaluation(name, fn, needs)
        return fn

    return register


def evaluations() -> dict[str, Evaluation]:
    for mod in EVAL_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise
    return dict(_EVALS)


def data_checksum(paths) -> str:
    """sha256 over the bytes of the files (folders: every file below, in sorted order)."""
    h = hashlib.sha256()
    for p in paths:
        p = Path(p)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]
