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

# The coded fields of each event key (dates, types, places, actors, counts, claims), one row each.
CODING_FIELDS = (
    "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_high", "claim_status", "claimed_by",
)
_CODING_ROWS = (
    ('raid-maiduguri', '2024-03-05', 'Violence against civilians', 'Attack',
     'Unidentified Armed Group (Nigeria)', 8, 'Civilians (Nigeria)', 7, 'Nigeria', 'Borno', 'Maiduguri',
     11.8464, 13.1603, 1, 4, None, None, 'reported', None),
    ('protest-kano', '2024-03-06', 'Protests', 'Peaceful protest', 'Protesters (Nigeria)', 6, None, None,
     'Nigeria', 'Kano', 'Kano', 12.0001, 8.5167, 1, 0, None, None, 'reported', None),
    ('bama-retaken', '2024-03-12', 'Battles', 'Government regains territory', 'Military Forces of Nigeria',
     1, 'Islamic State West Africa Province', 2, 'Nigeria', 'Borno', 'Bama', 11.5221, 13.6856, 1, None,
     None, None, 'reported', None),
    ('ambush-gwoza', '2024-03-13', 'Battles', 'Armed clash', 'Islamic State West Africa Province', 2,
     'Military Forces of Nigeria', 1, 'Nigeria', 'Borno', 'Gwoza', 11.0864, 13.6908, 1, 23, 23, 30,
     'disputed', 'Islamic State West Africa Province'),
    ('mopti-drone', '2024-03-14', 'Explosions/Remote violence', 'Air/drone strike',
     'Military Forces of Mali', 1, 'Civilians (Mali)', 7, 'Mali', 'Mopti', 'Mopti', 14.4843, -4.1828, 1, 12,
     None, None, 'reported', None),
    ('kidal-seized', '2024-03-15', 'Battles', 'Non-state actor overtakes territory',
     'Permanent Strategic Framework', 2, 'Military Forces of Mali', 1, 'Mali', 'Kidal', 'Kidal', 18.4411,
     1.4078, 1, None, None, None, 'claimed', 'Permanent Strategic Framework'),
    ('unplaced-arrests', '2024-03-15', 'Strategic developments', 'Arrests', 'Police Forces of Mali', 1,
     'Civilians (Mali)', 7, 'Mali', None, 'Mali', None, None, 3, None, None, None, 'reported', None),
    ('mosul-ied', '2024-03-16', 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
     'Unidentified Armed Group (Iraq)', 8, 'Police Forces of Iraq', 1, 'Iraq', 'Nineveh', 'Mosul', 36.335,
     43.1189, 1, 2, None, None, 'reported', None),
)
CODING: dict[str, dict] = {row[0]: dict(zip(CODING_FIELDS, row[1:])) for row in _CODING_ROWS}


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
