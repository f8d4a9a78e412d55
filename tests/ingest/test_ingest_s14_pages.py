"""Realistic web pages (made up, in the styles of wire services and conflict outlets) become the story
with its metadata: no consent banners, appeals, related lists, paywall notices or player debris;
foreign-language and video pages are skipped with a reason. Pages live in ``pages_s14/``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.ingest.clean import furniture_kind
from sitrep.types import Article

PAGES = Path(__file__).parent / "pages_s14"

# page -> (title start, published, url start or None, source, words in the text, words never in it)
EXPECT = {
    "ap_sudan": (
        "Shelling kills 9",
        date(2024, 6, 14),
        "https://apnews.example/",
        "Associated Press",
        ["CAIRO (AP)", "Naivasha market"],
        ["Accept All Cookies", "Follow AP", "___", "Related Stories", "Morning Wire"],
    ),
    "reuters_ukraine": (
        "Russian drone attack",
        date(2024, 2, 20),
        "https://www.reuters.example/",
        "Reuters",
        ["KYIV, Feb 20 (Reuters)"],
        ["Reporting by", "Trust Principles", "Purchase Licensing", "Read Next"],
    ),
    "france24_afp_nigeria": (
        "Jihadists kill 11",
        date(2024, 1, 15),
        "https://www.france24.example/",
        "France 24",
        ["Kwalla village"],
        ["Read more", "freed 300 hostages", "(AFP)\n", "Advertising", "Daily newsletter"],
    ),
    "aljazeera_gaza": (
        "Israeli strike on Gaza",
        date(2024, 3, 5),
        "https://www.aljazeera.example/",
        "Al Jazeera",
        ["Nuseirat"],
        ["Source: Al Jazeera", "list 1 of 3", "Listen to this article", "I Accept"],
    ),
    "bbc_drc": (
        "DR Congo: M23",
        date(2024, 5, 1),
        "https://www.bbc.example/",
        "BBC",
        ["Rubaya", "Wazalendo"],
        ["Who are the M23", "Image source", "Top stories", "agree to cookies"],
    ),
    "anadolu_syria": (
        "PKK/YPG terrorists attack",
        date(2024, 8, 11),
        "https://www.aa.example/",
        "Anadolu Agency",
        ["Azaz"],
        ["contains only a portion", "Related news"],
    ),
    "newhumanitarian_burkina": (
        "In Burkina Faso's besieged",
        date(2024, 4, 9),
        "https://www.thenewhumanitarian.example/",
        "The New Humanitarian",
        ["26 March", "Djibo"],
        ["Read more", "DAWNS Digest", "Become a member", "Help us be", "Edited by"],
    ),
    "premiumtimes_zamfara": (
        "Bandits kill 15",
        date(2024, 2, 12),
        "https://www.premiumtimesng.example/",
        "Premium Times Nigeria",
        ["Kairu village"],
        [
            "Support PREMIUM TIMES",
            "TEXT AD",
            "worshippers in Kaduna",
            "Make a donation",
            "READ ALSO",
            "How long will this",
        ],
    ),
    "kyivindependent_zaporizhzhia": (
        "Russian missile strike",
        date(2024, 4, 6),
        "https://kyivindependent.example/",
        "The Kyiv Independent",
        ["Governor Ivan Fedorov"],
        ["Become a member", "Support independent journalism", "Ukraine Daily", "War\n"],
    ),
    "dawn_khyber": (
        "Three policemen martyred",
        date(2024, 3, 18),
        "https://www.dawn.example/",
        "DAWN.COM",
        ["LANDI KOTAL:"],
        ["Comments are closed", "Editor's picks"],
    ),
    "rappler_mindanao": (
        "Soldier, 4 suspected",
        date(2024, 1, 21),
        "https://www.rappler.example/",
        "RAPPLER",
        ["Piagapo"],
        ["AI generated", "How does this make you feel", "Add a comment"],
    ),
    "eltiempo_cauca": (
        "Dissident FARC faction",
        date(2024, 5, 20),
        "https://www.eltiempo.example/",
        "El Tiempo",
        ["Morales"],
        ["Also read", "suspends ceasefire", "JUSTICE DESK", "cookies"],
    ),
    "amp_somalia": (
        "Al-Shabaab attack",
        date(2024, 3, 15),
        "https://hornobserver.example/",
        "Horn Observer",
        ["car bomb"],
        ["Advertisement", "Leave a Comment", "Back to top", "Do you accept"],
    ),
    "metaonly_myanmar": (
        "Junta air strike",
        date(2024, 2, 27),
        "https://irrawaddymonitor.example/",
        "Irrawaddy Monitor",
        ["Let Yet Kone"],
        ["You may also like", "junta base in Kachin", "Fuel prices"],
    ),
    "jsonld_only_mali": (
        "Mali army says",
        date(2024, 7, 8),
        "https://sahelwire.example/",
        "Sahel Wire",
        ["Djenné"],
        ["Menu Search"],
    ),
    "dateline_only_ethiopia": (
        "Amhara fighting",
        date(2023, 10, 3),
        None,
        None,
        ["BAHIR DAR, Ethiopia", "Debre Markos"],
        ["Share this", "Loading"],
    ),
    "sahel_cp1252": (
        "Gunmen kill five at café in Burkina’s",
        date(2023, 11, 4),
        None,
        "Sahel Tribune",
        ["“They fired at the customers", "café’s owner"],
        ["Tous droits", "Accueil"],
    ),
    "llanos_latin1_nodecl": (
        "Colombia: ELN rebels",
        None,
        None,
        "Llanos Press",
        ["Señor Pérez", "México"],
        ["Inicio"],
    ),
    "paywall_stub": (
        "Militants storm army camp",
        date(2024, 6, 26),
        "https://sahelledger.example/",
        "The Sahel Ledger",
        ["Tassia"],
        ["Subscribe to continue", "subscribers only", "Already a subscriber"],
    ),
    "local_comments_manipur": (
        "Two killed as gunmen",
        date(2024, 1, 18),
        "https://neherald.example/",
        "Northeast Herald",
        ["Ningthoukhong"],
        ["When will this end", "Most Read", "Trending", "Load more comments"],
    ),
    "guardianish_sudan": (
        "Dozens killed as RSF",
        date(2024, 12, 2),
        "https://www.dailyledger.example/",
        "The Guardian",
        ["Zamzam camp"],
        ["Related:", "what is behind the war", "Most viewed", "Reuse this content", "happy"],
    ),
    "wordpress_kenya": (
        "Four police officers killed",
        date(2024, 8, 19),
        "https://nktribune.example/",
        "Northern Kenya Tribune",
        ["Elwak"],
        [
            "ALSO READ",
            "passenger bus in Lamu",
            "Share this",
            "Like Loading",
            "herders shot",
            "Leave a Reply",
            "Next post",
        ],
    ),
    "syndicated_india": (
        "Three jawans killed",
        date(2024, 9, 3),
        "https://nationaldaily.example/",
        "National Daily",
        ["Tarrem village"],
        ["Also Read", "torch vehicles", "syndicated feed", "Google News", "Track Latest News"],
    ),
    "ocha_flash_update": (
        "Mozambique: Cabo Delgado",
        date(2024, 2, 15),
        "https://reliefweb.example/",
        "ReliefWeb",
        ["Mazeze"],
        ["please contact", "Download Report"],
    ),
}


@pytest.fixture(scope="module")
def ingested() -> dict[str, Article | InputError]:
    out: dict[str, Article | InputError] = {}
    for item in iter_inputs([PAGES]):
        key = Path(item.source).stem if isinstance(item, InputError) else item.id
        out[key] = item
    return out


@pytest.mark.parametrize("page", sorted(EXPECT))
def test_page_is_the_story_with_its_metadata(ingested, page: str) -> None:
    title, published, url, source, present, absent = EXPECT[page]
    art = ingested[page]
    assert isinstance(art, Article), art
    assert art.title and art.title.startswith(title)
    if published is not None:
        assert art.published == published
    assert (art.url or "").startswith(url or "") and (url is not None or art.url is None)
    assert art.source == source
    assert art.language == "en"
    for words in present:
        assert words in art.text, words
    for words in absent:
        assert words not in art.text + "\n", words


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("french_mali", "skipped: language fr"),
        ("arabic_yemen", "skipped: language ar"),
        ("video_page", "skipped: a video page (og:type video.other)"),
        ("soft404", "skipped: not an article but a 'page not found' page"),
        ("consentwall", "skipped: not an article but a cookie consent wall"),
        ("captcha", "skipped: not an article but a bot check"),
        ("jsshell", "skipped: not an article but a JavaScript-only page"),
    ],
)
def test_junk_and_foreign_pages_are_skipped_with_a_reason(ingested, page: str, reason: str) -> None:
    err = ingested[page]
    assert isinstance(err, InputError) and err.problem.startswith(reason), err


def test_a_live_blog_is_read_entry_by_entry() -> None:
    # session 15 (helper 64): one article per entry, in page order (tests/ingest/test_ingest_s15_liveblog.py)
    arts = [x for x in iter_inputs([PAGES / "liveblog_israel_lebanon.html"]) if isinstance(x, Article)]
    assert [a.title for a in arts][:2] == ["Hezbollah says it fired rockets at Israeli post", "Drone strike kills Hezbollah commander"]
    assert "Metula" in arts[0].text and "Khirbet Selm" not in arts[0].text and "Khirbet Selm" in arts[1].text
    assert all(a.published == date(2024, 1, 9) and a.source == "World Desk" for a in arts)
    assert not any("Updated 2 minutes ago" in a.text or "Load more updates" in a.text for a in arts)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Ruiz in Bogota; Additional reporting by Tom Ng; Editing by Lisa Shumaker",
        "READ MORE: Army retakes town near Goma",
        "Read moreSoldiers killed in ambush",
        "Also read → Curfew imposed in Jos",
        "- Advertisement -",
        "Subscribe to continue reading",
        "Support independent journalism in Sudan today.",
        "0:00 / 2:41",
        "The post Militia clash in Ituri appeared first on Congo Daily.",
        "LIVE Updated 14 minutes ago",
        "Source: Al Jazeera and news agencies",
        "NEWS DESK",
        "(Reuters)",
        "Example Post © 2021 – Todos los derechos reservados",
    ],
)
def test_page_furniture_lines(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by local media suggested the toll was higher.",
        "Also reading from a statement, the spokesman said two soldiers died.",
        "Read more than 40 names at the vigil, organisers said.",
        "Related fighting spread to two other villages, residents said.",
        "Sources said 12 people were killed in the raid on Tuesday.",
        "Support for the militia has grown since the massacre, analysts say.",
    ],
)
def test_report_sentences_that_look_like_furniture_are_kept(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_report_quoting_a_junk_phrase_is_still_an_article(tmp_path: Path) -> None:
    para = (
        "<p>Hackers defaced the website of the electoral commission in Bamako on Sunday, and visitors"
        " saw only the words 'page not found' for most of the day, officials said. The commission said"
        " results from three regions would be published on paper instead.</p>"
    )
    more = "<p>Gunmen also attacked a polling station near Gao, killing two guards, the army said.</p>" * 4
    page = f"<html><head><title>Mali election site hacked</title></head><body><article><h1>Mali election site hacked</h1>{para}{more}</article></body></html>"
    (tmp_path / "hacked.html").write_text(page, encoding="utf-8")
    (art,) = list(iter_inputs([tmp_path]))
    assert isinstance(art, Article) and "page not found" in art.text
