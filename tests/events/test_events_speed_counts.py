"""The quantities stage's sentence gates skip only work that finds nothing: every pattern a gate
skips cannot match the sentence, so the gated reading equals the ungated one."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import counts
from sitrep.events.counts import (
    _KILL_WORD,
    _WORD,
    _groups,
    _kind_of,
    _mark,
    _patterns,
    _sentence_quantities,
    _singular_needs,
    _singular_verb,
    _singulars,
    _spans_overlap,
    _subset,
    _zero_quantities,
    may_hold_number,
    required_literals,
)
from conftest import shared_path

PIECES = [
    "at least", "40", "1,700", "forty-two", "Five", "FIVE", "dozens of", "a dozen", "several", "some",
    "one", "someone", "often", "people", "soldiers", "civilians", "police officers", "a man", "the woman",
    "He", "Smith,", "were", "was", "killed", "Killed", "KILLED", "wounded", "injured", "died", "dead",
    "shot", "fatally shot", "shot and killed", "murdered", "stabbed to death", "the death toll", "rose to",
    "bodies of", "left", "leaving", "no one was hurt", "No one was killed", "there were no casualties",
    "without loss of life", "nobody", "casualties", "including", "2016", "in 2014",
    "\u017foldiers", "k\u0131ll", "\u0130njured", "\u212ailled", "who", "has", "shooting death",
    ",", ".", "(", ")", "-", "and", "in", "the", "on Monday",
]
sentences = st.lists(st.sampled_from(PIECES), max_size=18).map(" ".join)


def _reference(text: str, base: int) -> list:
    """The stage as it was before the gates: every pattern tried (the predicate and noun gates it
    always had kept), the singular patterns all tried once a kill word or predicate shows."""
    p = _patterns()
    found = _zero_quantities(text, base)
    words = frozenset(_WORD.findall(text.lower()))
    has_pred = not p.pred_words.isdisjoint(words)
    gated = {id(p.subject): has_pred, id(p.noun): not p.noun_words.isdisjoint(words)}
    rules = [(p.toll, "killed", "death toll"), (p.bodies, "killed", "bodies found"),
             (p.label, "killed", "casualty table line"),
             (p.subject, None, "victims + predicate"), (p.verb, None, "verb + victims"),
             (p.left, None, "left ... dead"), (p.noun, None, "count + noun"),
             (p.to_death, "killed", "verb + victims + to death")]
    for rx, kind, how in rules:
        if not gated.get(id(rx), True):
            continue
        for m in rx.finditer(text):
            if rx is p.bodies and counts._killing_of_not_the_event(text, m):
                continue
            table = "nouns" if rx is p.noun else "verbs" if rx is p.verb else "predicates"
            k = kind or _kind_of(m.group("pred"), table)
            singular_verb = rx is p.subject and _singular_verb(m.group("aux")) and "," not in m.group("list")
            for q in _groups(text, m, base, k, how):
                if singular_verb and q.value > 1:
                    continue
                if not _spans_overlap(q, found) and not _subset(text, q.start - base):
                    q = _mark(text, q, base)
                    found.append(q if rx is not p.toll else counts.replace(q, who=q.who or "death toll"))
    if has_pred or _KILL_WORD.search(text):
        found.extend(_singulars(text, base, found))
    return sorted(found, key=lambda q: q.start)


@settings(max_examples=400, deadline=None)
@given(sentences)
def test_gated_sentence_reading_equals_ungated(text):
    assert _sentence_quantities(text, 7) == _reference(text, 7)


@settings(max_examples=400, deadline=None)
@given(sentences)
def test_each_gate_is_necessary(text):
    p = _patterns()
    number = re.compile(p.number, re.IGNORECASE)
    if number.search(text):
        assert may_hold_number(text)
    if p.zero.search(text):
        assert counts._may_say_zero(text.lower()) or not counts._CASE_ODD.isdisjoint(text)
    words = frozenset(_WORD.findall(text.lower()))
    if counts._CASE_ODD.isdisjoint(text):
        for rx, needs in zip(p.singular, _singular_needs()):
            if rx.search(text):
                assert not needs.isdisjoint(words), rx.pattern[:60]
        first = counts._phrase_words()
        for rx, key in ((p.toll, "toll"), (p.bodies, "bodies"), (p.verb, "verbs"), (p.left, "left")):
            if rx.search(text):
                assert not first[key].isdisjoint(words), key


def test_number_hint_needs_a_whole_number_word():
    assert may_hold_number("Five people died")
    assert may_hold_number("in 2014")
    assert may_hold_number("dozens of homes")
    assert not may_hold_number("someone often phoned")  # "one", "ten" inside other words
    assert not may_hold_number("Police said the suspect fled")
    assert may_hold_number("ſome")  # an odd case-folding character: no verdict from lower-case text


def test_required_literals():
    assert required_literals("no one was (?:killed|hurt)") == frozenset({"no one was "})
    assert required_literals("(?:caused|left) no (?:deaths|injuries)") == frozenset({"deaths", "injuries"})
    lits = required_literals("there (?:were|was) no")
    assert lits and all(any(lit in m for lit in lits) for m in ("there were no", "there was no"))
    assert required_literals("(?:a|b)?c") == frozenset({"c"})
    assert required_literals("x*") is None
    assert required_literals("[ab]") is None


def test_zero_statements_are_still_read():
    found = _sentence_quantities("No one was killed in the attack, police said.", 0)
    assert [(q.kind, q.value) for q in found] == [("killed", 0)]


@pytest.mark.slow
def test_gated_equals_ungated_on_gva_sentences():
    import hashlib

    from sitrep.events.runner import EventRunner, text_article
    from sitrep.types import Doc

    path = shared_path("data", "gva-dev", "articles.jsonl")
    runner = EventRunner()
    stages = zip(runner.pipeline.specs, runner.pipeline._fns)
    split = next(fn for spec, (_, fn) in stages if spec.name == "sentences")
    checked = 0
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            rec = json.loads(line)
            text = rec.get("text") or ""
            doc = split(Doc(text_article(hashlib.sha1(text.encode()).hexdigest(), text)))
            for s in doc.sentences:
                assert _sentence_quantities(s.text, s.start) == _reference(s.text, s.start), s.text
                checked += 1
    assert checked > 1000
