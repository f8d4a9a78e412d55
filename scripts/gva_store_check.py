"""B-cubed on GVA dev through the production path: `sitrep run` into a store, then read it back.

    sitrep run ../shared/data/gva-dev/articles.jsonl --db /tmp/gva.db
    python scripts/gva_store_check.py /tmp/gva.db [../shared]

Each article is placed in the stored event citing it that has the most sources (the incident the
outlets agree it reports); an article with no event stays alone. `sitrep eval gva` scores the
in-memory merge with its own main-event rule; this checks that the store's incremental merging
(candidates from its window, lat/lon and persons indexes) does as well.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sitrep.eval.gva import bcubed, gold_clusters, largest_cited, load_gva


def store_clusters(db: Path, articles: list[str]) -> dict[str, object]:
    con = sqlite3.connect(db)
    rows = con.execute(
        "select s.event_id, s.article_id, n.sources from event_sources s join"
        " (select event_id, count(*) as sources from event_sources group by event_id) n using (event_id)"
    ).fetchall()
    con.close()
    return largest_cited(rows, articles)


def main(db: str, shared: str = "../shared") -> None:
    incidents, _ = load_gva(Path(shared))
    gold = gold_clusters(incidents)
    print(bcubed(store_clusters(Path(db), sorted(gold)), gold))


if __name__ == "__main__":
    main(*sys.argv[1:])
