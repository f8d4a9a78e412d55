"""The quantities stage's lazy view (``sitrep.events.quantity_view``) gives what the eager stage gave:
all of ``find_quantities`` when iterated, and for any spans exactly the counts an event's reader
found by filtering the whole list; ``fatalities_for`` reads the same toll through it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.counts import fatalities_for, find_quantities
from sitrep.events.quantity_view import QuantityView, quantities_near
from sitrep.pipeline import Pipeline
from sitrep.types import Article, Doc

_SENTENCES = [
    "Gunmen killed 12 villagers in Djugu on Monday.",
    "At least 40 detainees and three gendarmes were killed when RSF fighters stormed the prison.",
    "The death toll rose to 27 on Sunday, officials in Mogadishu said.",
    "Two soldiers were injured in the shelling of Kherson.",
    "No one was hurt, police in Port-au-Prince said.",
    "A herder was found dead near Mopti.",
    "Protesters marched through Lahore on Friday.",
    "The Sudan Doctors Network put the toll at 24.",
    "Hundreds of families were displaced from villages around Cabo Delgado.",
    "Militants abducted 15 students from a school in Zamfara.",
    "The weather was calm in Sana'a.",
]


def _text(parts: list[int]) -> str:
    return " ".join(_SENTENCES[i] for i in parts)


_SPLIT = Pipeline(["sentences"])


def _sentences(text: str):
    return _SPLIT(Doc(Article("s", text, "h"))).sentences


def test_iterating_the_view_gives_every_count_in_order():
    text = _text(list(range(len(_SENTENCES))))
    sents = _sentences(text)
    view = QuantityView(text, sents)
    assert tuple(view) == find_quantities(text, sents)
    assert len(view) == len(find_quantities(text, sents)) > 5
    assert view == find_quantities(text, sents)
    assert view[0] == find_quantities(text, sents)[0]


def test_a_span_reads_only_the_sentences_it_overlaps():
    text = _text([0, 6, 3])
    sents = _sentences(text)
    view = QuantityView(text, sents)
    near = view.near([(sents[2].start + 2, sents[2].start + 5)])
    assert [(q.kind, q.value) for q in near] == [("injured", 2)]
    assert set(view._read) == {2}  # the sentences of the killing and the march were not read


def test_the_view_survives_a_trip_to_another_process():
    import pickle

    text = _text([8, 9, 1])
    sents = _sentences(text)
    view = QuantityView(text, sents)
    view.near([(0, 5)])  # partly read before the trip
    copy = pickle.loads(pickle.dumps(view))
    assert tuple(copy) == find_quantities(text, sents)
    assert [q.kind for q in copy.near([(sents[1].start, sents[1].start + 1)])] == ["abducted"]


def test_a_text_without_sentences_is_read_whole():
    text = "Gunmen killed 12 villagers in Djugu."
    view = QuantityView(text, ())
    assert view.near([(0, 3)]) == find_quantities(text, ())
    assert [(q.kind, q.value) for q in view] == [("killed", 12)]


def test_counts_given_as_a_tuple_are_passed_whole():
    qs = find_quantities("Gunmen killed 12 villagers.", ())
    assert quantities_near(qs, [(0, 1)]) is qs


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, len(_SENTENCES) - 1), min_size=1, max_size=7),
    st.lists(st.tuples(st.integers(0, 700), st.integers(0, 200)), min_size=1, max_size=4),
)
def test_the_view_near_spans_equals_the_eager_filter(parts, raw):
    text = _text(parts)
    sents = _sentences(text)
    eager = find_quantities(text, sents)
    spans = [(min(s, len(text)), min(s + w, len(text))) for s, w in raw]
    overlapping = [x for x in sents if any(x.start < e and s < x.end for s, e in spans)]
    expected = tuple(q for q in eager if any(x.start <= q.start and q.end <= x.end for x in overlapping))
    assert QuantityView(text, sents).near(spans) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, len(_SENTENCES) - 1), min_size=1, max_size=7),
    st.integers(0, 6),
    st.integers(1, 3),
)
def test_a_toll_read_through_the_view_equals_the_eager_one(parts, first, n):
    text = _text(parts)
    sents = _sentences(text)
    first = min(first, len(sents) - 1)
    spans = [(s.start, s.end) for s in sents[first : first + n]]
    base = Doc(Article("q", text, "h"), sentences=sents)
    eager = fatalities_for(Doc(base.article, sentences=sents, quantities=find_quantities(text, sents)), spans)
    lazy = fatalities_for(Doc(base.article, sentences=sents, quantities=QuantityView(text, sents)), spans)
    assert lazy == eager
