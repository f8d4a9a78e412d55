"""Extraction on a Dask cluster (extra ``dask``): ``sitrep run --dask ADDRESS`` or ``--dask local``.

Only extraction is distributed; storing and merging stay in the calling process, so results and
event ids are the same as with the local executors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sitrep.errors import SitrepError

__all__ = ["DaskExecutor"]

# Futures in flight at once: bounds the memory the client holds for results not yet consumed.
MAX_IN_FLIGHT = 512


class DaskExecutor:
    """Maps over a Dask cluster; ``address=None`` starts a local cluster of worker processes."""

    def __init__(self, address: str | None = None, n_workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise SitrepError("the Dask runner needs the 'dask' extra: pip install 'sitrep[dask]'") from exc
        self.cluster = None
        if address is None:
            self.cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            address = self.cluster.scheduler_address
        try:
            self.client = Client(address, timeout="20s")
        except OSError as exc:
            raise SitrepError(f"dask scheduler {address}: cannot connect: {exc}") from exc

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        pending: list[Any] = []
        for item in items:
            pending.append(self.client.submit(fn, item, pure=False))
            if len(pending) >= MAX_IN_FLIGHT:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
