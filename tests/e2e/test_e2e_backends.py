"""The same job on the other backends gives the same events: a real local Dask cluster and a real
PostgreSQL server."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from sitrep.runner import LocalExecutor, extract_articles, run
from sitrep.settings import Settings


def _records(store):
    return sorted((e.to_record() for e in store.iter_events()), key=lambda r: r["event_id"])


@pytest.mark.dask
def test_dask_cluster_extracts_the_same_events_as_one_process():
    pytest.importorskip("dask.distributed")
    from sitrep.ingest import iter_inputs
    from sitrep.runner.dask import DaskExecutor

    articles = [a for a in iter_inputs([EXAMPLES]) if not isinstance(a, Exception)]
    local = extract_articles(articles, Settings(), LocalExecutor())
    ex = DaskExecutor(n_workers=2)
    try:
        assert len(ex.client.scheduler_info()["workers"]) == 2
        distributed = extract_articles(articles, Settings(), ex)
    finally:
        ex.close()
    assert local and [e.to_record() for e in distributed] == [e.to_record() for e in local]


@pytest.mark.postgres
def test_postgres_store_holds_what_sqlite_holds(store, tmp_path):
    if "postgresql" not in store.url:
        pytest.skip("this comparison runs on the PostgreSQL parameter")
    from sitrep.store import open_store

    lite = open_store(tmp_path / "ref.db")
    s1 = run([EXAMPLES], lite, Settings(), LocalExecutor())
    s2 = run([EXAMPLES], store, Settings(), LocalExecutor())
    assert s1.ok and s2.ok and s2.articles_new == s1.articles_new > 0
    assert _records(store) == _records(lite)
    again = run([EXAMPLES], store, Settings(), LocalExecutor())
    assert again.articles_new == 0 and again.articles_unchanged == s1.articles_new
