"""The quantities stage's output as a lazy per-document view: counts read sentence by sentence
when an event asks for them.

On the GVA dev articles about half of the quantities stage's work went to sentences that are no
event's evidence nor read by any of its rules (a count reader costs about 65 microseconds per
sentence). ``QuantityView`` reads a sentence only when a caller asks for the counts of a span that
overlaps it, and keeps what it read for the document's other events. Iterating it reads every
sentence and gives exactly what ``find_quantities`` gives, in the same order, so a caller that
wants every count of the article still gets them all.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence

from sitrep.types import Quantity, Sentence

__all__ = ["QuantityView", "quantities_near"]


class QuantityView(Sequence[Quantity]):
    """Every count of people of one document (``find_quantities(text, sentences)``), read on
    demand: ``near(spans)`` reads only the sentences the spans overlap."""

    def __init__(self, text: str, sentences: Sequence[Sentence]):
        self._text = text
        self._sentences = tuple(sentences)
        self._starts = [s.start for s in self._sentences]
        self._ends = [s.end for s in self._sentences]
        # bisection needs sentences in text order, none inside another (the sentences stage's)
        self._ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:])) and all(
            a <= b for a, b in zip(self._ends, self._ends[1:]))
        self._read: dict[int, tuple[Quantity, ...]] = {}  # sentence index -> its counts
        self._all: tuple[Quantity, ...] | None = None

    def near(self, spans: Iterable[tuple[int, int]]) -> tuple[Quantity, ...]:
        """The counts of the sentences overlapping any of ``spans``, in text order (everything when
        the document has no sentences: its text is then read as one)."""
        if not self._sentences:
            return tuple(self)
        wanted: set[int] = set()
        for s, e in spans:
            # the sentences x with x.start < e and s < x.end
            if self._ordered:
                wanted.update(range(bisect_right(self._ends, s), bisect_left(self._starts, e)))
            else:
                wanted.update(i for i, x in enumerate(self._sentences) if x.start < e and s < x.end)
        return tuple(q for i in sorted(wanted) for q in self._sentence(i))

    def within(self, sentence: Sentence) -> tuple[Quantity, ...]:
        """The counts inside ``sentence`` (a sentence of the document or a span of one)."""
        return tuple(q for q in self.near(((sentence.start, sentence.end),))
                     if sentence.start <= q.start and q.end <= sentence.end)

    def _sentence(self, i: int) -> tuple[Quantity, ...]:
        found = self._read.get(i)
        if found is None:
            from sitrep.events.counts import find_quantities

            found = self._read[i] = find_quantities(self._text, self._sentences[i : i + 1])
        return found

    def _everything(self) -> tuple[Quantity, ...]:
        if self._all is None:
            if self._sentences:
                self._all = tuple(q for i in range(len(self._sentences)) for q in self._sentence(i))
            else:
                from sitrep.events.counts import find_quantities

                self._all = find_quantities(self._text, ())
        return self._all

    def __iter__(self) -> Iterator[Quantity]:
        return iter(self._everything())

    def __len__(self) -> int:
        return len(self._everything())

    def __getitem__(self, index):  # type: ignore[override]
        return self._everything()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (QuantityView, tuple)):
            return self._everything() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._everything())

    def __repr__(self) -> str:
        return f"QuantityView({self._everything()!r})"


def quantities_near(quantities: Sequence[Quantity], spans: Sequence[tuple[int, int]]) -> Sequence[Quantity]:
    """What a reader of ``spans`` needs of a document's counts: a view reads only the sentences the
    spans overlap; a plain tuple (a document built by hand) is given whole."""
    return quantities.near(spans) if isinstance(quantities, QuantityView) else quantities
