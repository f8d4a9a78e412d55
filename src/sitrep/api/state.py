"""What one app instance holds: the store, its settings, and the locks and caches of its workers."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sitrep.api.settings import ApiSettings

from fastapi import Request

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.store import Store

__all__ = ["AppState", "app_state"]


@dataclass
class AppState:
    store: Store
    settings: ApiSettings
    # one writer at a time: merging reads candidates then writes, which must not interleave
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # the pipeline is built once, on first use, and its stages are not assumed thread-safe
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)
    pipelines: dict[tuple[str, ...], Any] = field(default_factory=dict)

    def pipeline(self, names: tuple[str, ...]) -> Any:
        """A cached ``Pipeline`` of the named stages (call with ``pipeline_lock`` held)."""
        if names not in self.pipelines:
            from sitrep.pipeline import Context, Pipeline

            self.pipelines[names] = Pipeline(names, Context(self.settings.pipeline))
        return self.pipelines[names]


async def app_state(request: Request) -> AppState:
    """FastAPI dependency: the state of the app serving this request (async: no thread hop)."""
    return request.app.state.sitrep
