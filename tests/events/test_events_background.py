"""Background clauses, the trigger's object as the event place, the losing side of a taking of
ground, short claimant names: hand-written sentences from several conflicts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitrep.events.claims import claim_for
from sitrep.events.modality import background_clause, is_aggregate
from sitrep.events.stage import extract_events
from sitrep.events.typing import classify_sentence
from sitrep.geo.eventplace import event_place
from sitrep.nlp.sentences import blank_english, split_sentences
from sitrep.settings import Settings
from sitrep.types import Actor, Article, Doc, Place, Sentence, TimeRef, Toponym

NLP = blank_english(Settings())


def _town(name: str, cc: str, country: str, gid: int, lat: float = 10.0, lon: float = 10.0) -> Place:
    return Place(name, lat, lon, country, cc, None, gid, "P", "PPL")


PLACES = {
    "Kidal": _town("Kidal", "ML", "Mali", 1, 18.4, 1.4),
    "Gao": _town("Gao", "ML", "Mali", 2, 16.3, -0.0),
    "Bunia": _town("Bunia", "CD", "DR Congo", 3, 1.6, 30.3),
    "Djugu": _town("Djugu", "CD", "DR Congo", 4, 1.9, 30.5),
    "Raqqa": _town("Raqqa", "SY", "Syria", 5, 35.9, 39.0),
    "Tabqa": _town("Tabqa", "SY", "Syria", 6, 35.8, 38.5),
    "Lashio": _town("Lashio", "MM", "Myanmar", 7, 22.9, 97.8),
    "Hsenwi": _town("Hsenwi", "MM", "Myanmar", 8, 23.3, 97.9),
    "Ituri": Place("Ituri", 1.5, 29.9, "DR Congo", "CD", "Ituri", 9, "A", "ADM1"),
}


def _at(text: str, word: str) -> int:
    return text.index(word)


# ----- background clauses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("The group has grown bolder since it seized Kidal, the northern capital, and now taxes trade.", "seized", True),
        ("The group has grown bolder since it seized Kidal, the northern capital, and now taxes trade.", "taxes", False),
        ("A week after overrunning Raqqa, jihadists stormed the dam at Tabqa on Friday.", "overrunning", True),
        ("A week after overrunning Raqqa, jihadists stormed the dam at Tabqa on Friday.", "stormed", False),
        ("Residents fled Djugu, which the militia had burned in March, and camped near Bunia.", "burned", True),
        ("Residents fled Djugu, which the militia had burned in March, and camped near Bunia.", "camped", False),
        ("Before shelling Hsenwi, the army had warned residents to leave.", "shelling", True),
        ("A trader who had recently moved from Lashio was shot dead in Hsenwi on Monday.", "shot", False),
        ("The following morning youths blocked the road to Gao.", "blocked", False),
        ("Fighters attacked an army post near Gao on Sunday.", "attacked", False),
    ],
)
def test_background_clause_covers_only_its_own_clause(text: str, word: str, inside: bool) -> None:
    assert (background_clause(text, _at(text, word)) is not None) is inside


def test_background_clause_ends_at_the_punctuation_after_the_trigger() -> None:
    text = "Rebels have held Bunia since they captured it, officials said."
    lo, hi = background_clause(text, _at(text, "captured"))
    assert text[lo:hi] == "since they captured it"


def test_main_clause_trigger_beats_a_trigger_of_a_preceding_background_clause() -> None:
    text = "A day after seizing Kidal, separatist fighters attacked an army post near Gao on Sunday."
    typed = classify_sentence(text, places=((_at(text, "Kidal"), _at(text, "Kidal") + 5),))
    assert typed is not None and typed.trigger.startswith("attack")
    assert "recalled" not in typed.modality.flags


def test_a_sentence_with_only_a_background_trigger_is_flagged_recalled() -> None:
    text = "The militia has expanded its reach across Ituri since it overran Bunia, aid workers say."
    typed = classify_sentence(text, places=((_at(text, "Bunia"), _at(text, "Bunia") + 5),))
    assert typed is None or "recalled" in typed.modality.flags


def test_aggregate_sentences_are_recognised() -> None:
    assert is_aggregate("The insurgency has killed thousands of people since 2009.")
    assert not is_aggregate("Gunmen killed nine people in Gao on Monday.")


# ----- whole articles --------------------------------------------------------------------------


def _doc(text: str, times: tuple[TimeRef, ...] = (), actors: tuple[Actor, ...] = ()) -> Doc:
    art = Article("bg", text, "h", title=text.split("\n")[0], published=date(2021, 5, 12))
    names = "|".join(sorted(PLACES, key=len, reverse=True))
    tops = tuple(Toponym(m.start(), m.end(), m.group(), PLACES[m.group()]) for m in re.finditer(rf"\b(?:{names})\b", text))
    return Doc(art, sentences=split_sentences(text, NLP), toponyms=tops, times=times, quantities=(), actors=actors)


def test_an_undated_background_taking_makes_no_event_of_its_own() -> None:
    text = (
        "Aid groups warn of hunger in Ituri\n"
        "The militia has used radio broadcasts to spread fear since it overran Bunia, the provincial capital, "
        "and has threatened to march south."
    )
    drafts = extract_events(_doc(text))
    assert not any(d.sub_event_type.endswith("territory") for d in drafts)


def test_a_background_clause_with_its_own_date_keeps_its_event() -> None:
    text = "Lashio quiet\nThe army has tightened checkpoints since rebels captured Hsenwi on 3 May."
    i = text.index("3 May")
    when = TimeRef(i, i + 5, "3 May", date(2021, 5, 3), 1, reason="explicit date")
    drafts = extract_events(_doc(text, times=(when,)))
    taken = [d for d in drafts if d.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and taken[0].place is not None and taken[0].place.name == "Hsenwi"


def test_the_place_is_the_main_clause_object_not_the_background_town() -> None:
    text = (
        "Jihadists take Tabqa\n"
        "A day after capturing Raqqa, jihadist fighters advanced west on Tuesday and seized Tabqa, "
        "a town on the Euphrates, residents said."
    )
    drafts = extract_events(_doc(text))
    taken = [d for d in drafts if d.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(d.place is not None and d.place.name == "Tabqa" for d in taken)


def test_event_place_prefers_the_trigger_object_over_an_earlier_town() -> None:
    text = "Residents of Lashio said the army shelled Hsenwi overnight."
    doc = _doc(text)
    start = _at(text, "shelled")
    place, precision, reason = event_place(doc, [(0, len(text))], [(start, start + len("shelled"))])
    assert (place.name, precision) == ("Hsenwi", 1) and "object" in reason
    # without the trigger, the first town named wins as before
    assert event_place(doc, [(0, len(text))])[0].name == "Lashio"


def test_event_place_skips_a_town_of_a_background_clause() -> None:
    text = "Since seizing Kidal, the rebels have moved on Gao."
    doc = _doc(text)
    place, _, _ = event_place(doc, [(0, len(text))])
    assert place.name == "Gao"


def test_an_agent_of_the_taking_side_is_not_the_side_that_lost_ground() -> None:
    text = (
        "Rebels take Hsenwi\n"
        "Ethnic insurgents led by the Ta'ang National Liberation Army seized Hsenwi on Tuesday, residents said."
    )
    i = text.index("insurgents")
    j = text.index("Ta'ang National Liberation Army")
    actors = (
        Actor("Unidentified Armed Group (Myanmar)", 3, i, i + 10, "insurgents"),
        Actor("TNLA: Ta'ang National Liberation Army", 2, j, j + 31, "Ta'ang National Liberation Army"),
    )
    drafts = extract_events(_doc(text, actors=actors))
    taken = [d for d in drafts if d.sub_event_type == "Non-state actor overtakes territory"]
    assert taken
    for d in taken:
        assert d.actor2 is None or d.actor2.inter not in (2, 3, 4), d.reasons["actors"]


def test_a_conflicts_overall_toll_is_not_the_events_toll() -> None:
    text = (
        "Schoolgirls abducted in Djugu\n"
        "Gunmen abducted 40 schoolgirls from a boarding school in Djugu on Monday, residents said.\n"
        "The conflict in Ituri has killed thousands of people since 2017."
    )
    drafts = extract_events(_doc(text))
    assert drafts and all(d.fatalities is None for d in drafts if d.sub_event_type.startswith("Abduction"))


# ----- claimants -------------------------------------------------------------------------------


def _claim_doc(text: str) -> Doc:
    return Doc(Article("c", text, "h"), sentences=(Sentence(0, len(text), text),))


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Mali's junta dissolved the electoral commission on Monday after months of delay and said it had arrested two ministers.", "Mali's junta"),
        ("Colombian troops destroyed a cocaine laboratory in Narino and said they had detained six guerrillas.", "Colombian troops"),
        ("The regional police chief said gunmen had killed four herders.", "regional police chief"),
    ],
)
def test_claimed_by_is_a_short_name_not_a_clause(text: str, by: str) -> None:
    claim = claim_for(_claim_doc(text), [(0, len(text))])
    assert claim.claimed_by is not None
    assert len(claim.claimed_by.split()) <= 4, claim.claimed_by
    assert by.lower() in claim.claimed_by.lower() or claim.claimed_by.lower() in by.lower(), claim.claimed_by


@pytest.mark.parametrize(
    "text",
    [
        "Peshmerga forces reinforced their lines around disputed areas near the city on Tuesday.",
        "Troops moved into the contested region of Abyei on Friday, officials said.",
    ],
)
def test_an_attributive_participle_is_no_dispute(text: str) -> None:
    assert claim_for(_claim_doc(text), [(0, len(text))]).status == "reported"


def test_a_disputed_account_stays_disputed() -> None:
    text = "The army said it killed 20 fighters, a figure that was disputed by the rebels."
    assert claim_for(_claim_doc(text), [(0, len(text))]).status == "disputed"


def test_a_town_inside_a_longer_name_is_no_object() -> None:
    text = "Residents of Lashio said police fired at the Hsenwi Trading Company depot on Monday."
    doc = _doc(text)
    start = _at(text, "fired")
    place, _, reason = event_place(doc, [(0, len(text))], [(start, start + 5)])
    assert place is not None and "object" not in reason
