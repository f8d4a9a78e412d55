"""Migrations and schema.py describe the same database."""

from __future__ import annotations

import sqlalchemy as sa


def test_migrated_database_matches_the_declared_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sitrep.store.schema import metadata

    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    # expression indexes (lower(col)) are not compared reliably by autogenerate on SQLite
    real = [d for d in diffs if not (d[0] in ("add_index", "remove_index") and "lower" in str(d[1]))]
    assert real == [], real


def test_reopening_a_store_keeps_its_rows(tmp_path):
    from sitrep.store import open_store
    from conftest import build_article, build_event

    s = open_store(tmp_path / "m.db")
    s.write_article(build_article(), None, [build_event()])
    s.close()
    again = open_store(tmp_path / "m.db")
    assert again.count_events() == 1
    with again.engine.connect() as conn:
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar() == "0003"


def _database_at(path, revision: str) -> None:
    """A SQLite database migrated only up to ``revision``, as an older sitrep left it."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    engine = sa.create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sitrep.store") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def _tables_and_article_columns(path) -> tuple[set[str], set[str]]:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        found = sa.inspect(conn)
        out = set(found.get_table_names()), {c["name"] for c in found.get_columns("articles")}
    engine.dispose()
    return out


def test_a_store_made_at_0001_is_upgraded_in_place(tmp_path):
    from sitrep.store import open_store
    from conftest import build_article, build_event

    _database_at(tmp_path / "old.db", "0001")
    assert "event_persons" not in _tables_and_article_columns(tmp_path / "old.db")[0]
    s = open_store(tmp_path / "old.db")
    s.write_article(build_article(), None, [build_event()])
    with s.engine.connect() as conn:
        assert "event_persons" in sa.inspect(conn).get_table_names()
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar() == "0003"
    assert s.count_events() == 1


def test_a_store_made_at_0002_gains_the_country_hint_and_keeps_its_rows(tmp_path):
    from dataclasses import replace

    from sitrep.store import open_store
    from conftest import build_article, build_event

    _database_at(tmp_path / "v2.db", "0002")
    assert "country" not in _tables_and_article_columns(tmp_path / "v2.db")[1]
    s = open_store(tmp_path / "v2.db")
    art = replace(build_article(), country="NG")
    s.write_article(art, None, [build_event()])
    assert s.get_article(art.id).article.country == "NG"
    with s.engine.connect() as conn:
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar() == "0003"
