"""Run the default pipeline over articles for evaluations and benchmarks.

While another engineer's stage cannot be built yet (module missing, service missing), it is left
out and the events stage runs on what the others gave; ``missing`` names what was left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from sitrep.errors import PipelineError
from sitrep.events.stage import extract_events, prepare
from sitrep.pipeline import DEFAULT_STAGES, Context, Pipeline
from sitrep.types import Article, Doc

__all__ = ["EventRunner", "best_draft", "text_article"]


@dataclass
class EventRunner:
    """The default stages that can be built, then event extraction."""

    ctx: Context = field(default_factory=Context)
    missing: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        names: list[str] = []
        for name in DEFAULT_STAGES:
            if name == "events":
                continue
            try:
                Pipeline(names + [name], self.ctx)
                names.append(name)
            except (PipelineError, ImportError) as exc:
                self.missing.append(f"{name}: {exc}")
        self.pipeline = Pipeline(names, self.ctx)
        prepare()

    def doc(self, article: Article) -> Doc:
        doc = self.pipeline(Doc(article))
        return replace(doc, events=extract_events(doc))

    def docs(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for a in articles:
            yield self.doc(a)


# News leads with its main event: the first draft within this much of the best confidence is
# the document's event (calibrated on CASE-2021 and ACLED notes, whose first sentence is the event).
LEAD_MARGIN = 0.1


def best_draft(doc: Doc):
    """The document's main draft: the first in text order among the ones its text states most
    strongly (confidence before the sub-type's reliability is blended in), or None."""
    from sitrep.events.confidence import evidence_strength

    drafts = doc.events or ()
    if not drafts:
        return None
    strength = {id(d): evidence_strength(d.confidence, d.sub_event_type) for d in drafts}
    top = max(strength.values())
    return min(
        (d for d in drafts if strength[id(d)] >= top - LEAD_MARGIN),
        key=lambda d: min(e.start for e in d.evidence),
    )


def text_article(article_id: str, text: str, published=None) -> Article:
    """A bare article for a snippet or a note (no title, source or URL)."""
    import hashlib

    return Article(article_id, text, hashlib.sha1(text.encode("utf-8")).hexdigest(), published=published)
