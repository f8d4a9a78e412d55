"""Hand-made articles and events for report, export and API tests (written for these tests).

Two weeks in three countries: the "current" week 2024-03-11..17 and the "previous" week
2024-03-04..10, with a territory change, a disputed claim, a claimed killing, an event without
coordinates and text that needs escaping.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sitrep.store import Store, open_store
from sitrep.types import Article, Event, SourceRef

CURRENT = ("2024-03-11", "2024-03-17")
PREVIOUS = ("2024-03-04", "2024-03-10")


@dataclass(frozen=True)
class Story:
    """One article: its outlet, date, URL and the sentences it states, each for one event key."""

    article_id: str
    source: str
    published: str
    url: str | None
    sentences: tuple[tuple[str, str], ...]  # (event key, sentence)


STORIES = (
    Story(
        "north-wire-01",
        "North Wire",
        "2024-03-06",
        "https://north.example/a1",
        (
            ("raid-maiduguri", "Gunmen raided a market on the edge of Maiduguri and killed four traders."),
            ("protest-kano", "Hundreds of students marched through Kano to demand safer roads."),
        ),
    ),
    Story(
        "north-wire-02",
        "North Wire",
        "2024-03-13",
        "https://north.example/a2",
        (
            ("bama-retaken", "Soldiers retook the town of Bama after a day of fighting with insurgents."),
            ("ambush-gwoza", "An ambush near Gwoza left 23 soldiers dead, the army said."),
        ),
    ),
    Story(
        "sahel-daily-07",
        "Sahel Daily",
        "2024-03-14",
        "https://sahel.example/news?id=7&lang=en",
        (
            (
                "ambush-gwoza",
                "Insurgents say they killed more than 30 soldiers near Gwoza; the army puts the toll at 23.",
            ),
            (
                "mopti-drone",
                "A drone strike hit a wedding party near Mopti <script>alert(1)</script> & killed 12 people.",
            ),
        ),
    ),
    Story(
        "delta-post-3",
        "Delta Post",
        "2024-03-15",
        "javascript:alert(2)",
        (
            (
                "kidal-seized",
                "A rebel coalition said it had seized Kidal from the army, which denies losing the town.",
            ),
            (
                "unplaced-arrests",
                "Police arrested *eleven* people | accused of planning attacks, at an undisclosed place.",
            ),
        ),
    ),
    Story(
        "river-news-9",
        "River News",
        "2024-03-16",
        None,
        (("mosul-ied", "A roadside bomb struck a patrol west of Mosul, killing two police officers."),),
    ),
)

# event key -> the coded fields (dates, types, places, actors, counts, claims)
CODING: dict[str, dict] = {
    "raid-maiduguri": dict(
        event_date="2024-03-05",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Unidentified Armed Group (Nigeria)",
        inter1=8,
        actor2="Civilians (Nigeria)",
        inter2=7,
        country="Nigeria",
        admin1="Borno",
        location="Maiduguri",
        latitude=11.8464,
        longitude=13.1603,
        fatalities=4,
        claim_status="reported",
    ),
    "protest-kano": dict(
        event_date="2024-03-06",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Nigeria)",
        inter1=6,
        actor2=None,
        inter2=None,
        country="Nigeria",
        admin1="Kano",
        location="Kano",
        latitude=12.0001,
        longitude=8.5167,
        fatalities=0,
        claim_status="reported",
    ),
    "bama-retaken": dict(
        event_date="2024-03-12",
        event_type="Battles",
        sub_event_type="Government regains territory",
        actor1="Military Forces of Nigeria",
        inter1=1,
        actor2="Islamic State West Africa Province",
        inter2=2,
        country="Nigeria",
        admin1="Borno",
        location="Bama",
        latitude=11.5221,
        longitude=13.6856,
        fatalities=None,
        claim_status="reported",
    ),
    "ambush-gwoza": dict(
        event_date="2024-03-13",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Islamic State West Africa Province",
        inter1=2,
        actor2="Military Forces of Nigeria",
        inter2=1,
        country="Nigeria",
        admin1="Borno",
        location="Gwoza",
        latitude=11.0864,
        longitude=13.6908,
        fatalities=23,
        fatalities_low=23,
        fatalities_high=30,
        claim_status="disputed",
        claimed_by="Islamic State West Africa Province",
    ),
    "mopti-drone": dict(
        event_date="2024-03-14",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of Mali",
        inter1=1,
        actor2="Civilians (Mali)",
        inter2=7,
        country="Mali",
        admin1="Mopti",
        location="Mopti",
        latitude=14.4843,
        longitude=-4.1828,
        fatalities=12,
        claim_status="reported",
    ),
    "kidal-seized": dict(
        event_date="2024-03-15",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Permanent Strategic Framework",
        inter1=2,
        actor2="Military Forces of Mali",
        inter2=1,
        country="Mali",
        admin1="Kidal",
        location="Kidal",
        latitude=18.4411,
        longitude=1.4078,
        fatalities=None,
        claim_status="claimed",
        claimed_by="Permanent Strategic Framework",
    ),
    "unplaced-arrests": dict(
        event_date="2024-03-15",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1="Police Forces of Mali",
        inter1=1,
        actor2="Civilians (Mali)",
        inter2=7,
        country="Mali",
        admin1=None,
        location="Mali",
        latitude=None,
        longitude=None,
        geo_precision=3,
        fatalities=None,
        claim_status="reported",
    ),
    "mosul-ied": dict(
        event_date="2024-03-16",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Iraq)",
        inter1=8,
        actor2="Police Forces of Iraq",
        inter2=1,
        country="Iraq",
        admin1="Nineveh",
        location="Mosul",
        latitude=36.335,
        longitude=43.1189,
        fatalities=2,
        claim_status="reported",
    ),
}


def article_text(story: Story) -> str:
    return "\n".join(sentence for _, sentence in story.sentences) + "\n"


def article_of(story: Story) -> Article:
    from datetime import date

    text = article_text(story)
    return Article(
        id=story.article_id,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Report from {story.source}",
        url=story.url,
        source=story.source,
        published=date.fromisoformat(story.published),
    )


def _source(story: Story, key: str) -> SourceRef:
    text = article_text(story)
    sentence = dict(story.sentences)[key]
    start = text.index(sentence)
    return SourceRef(
        story.article_id, story.source, story.url, story.published, sentence, start, start + len(sentence)
    )


def event_for(key: str) -> Event:
    """The event ``key`` with a source per article that states it."""
    sources = tuple(_source(s, key) for s in STORIES if key in dict(s.sentences))
    fields = {
        "actor2": None,
        "inter2": None,
        "admin1": None,
        "geo_precision": 1,
        "geonameid": None,
        "fatalities_low": None,
        "fatalities_high": None,
        "claimed_by": None,
        **CODING[key],
    }
    if fields["fatalities"] is not None and fields["fatalities_low"] is None:
        fields["fatalities_low"] = fields["fatalities_high"] = fields["fatalities"]
    notes = f"On {fields['event_date']}, {sources[0].evidence}"
    return Event(
        event_id=f"ev_{key}",
        time_precision=1,
        sources=sources,
        notes=notes,
        corroboration=len(sources),
        confidence=0.8,
        date_earliest=fields["event_date"],
        date_latest=fields["event_date"],
        reasons={"date": "hand-coded for the test"},
        **fields,
    )


def all_events() -> list[Event]:
    return [event_for(k) for k in CODING]


def build_store(path: Path) -> Store:
    """A SQLite store holding every story; each event is written with the last article reporting it."""
    store = open_store(path)
    last_story = {k: [s.article_id for s in STORIES if k in dict(s.sentences)][-1] for k in CODING}
    for story in STORIES:
        events = [event_for(k) for k, owner in last_story.items() if owner == story.article_id]
        store.write_article(article_of(story), None, events)
    return store


def cli_app(register) -> "typer.Typer":
    """A Typer app like sitrep's, holding the commands ``register`` adds."""
    import typer

    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """sitrep."""

    return app


def sample_db(tmp_path_factory, name: str) -> Path:
    """A SQLite store of the sample events, in a fresh temporary folder."""
    path = tmp_path_factory.mktemp(name) / "events.db"
    build_store(path).close()
    return path
