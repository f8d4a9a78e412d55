"""The "times" stage: every date expression of the article, resolved against its publication date
(or the earlier day a "Posted:" stamp of the page gives: ``sitrep.time.eventdate.reference_times``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sitrep.pipeline import Context, stage
from sitrep.types import Doc

__all__ = ["make_times"]


@stage("times", requires=("sentences",), assigns=("times",))
def make_times(ctx: Context) -> Callable[[Doc], Doc]:
    from sitrep.time.eventdate import reference_times
    from sitrep.time.yearcue import year_hint

    def run(doc: Doc) -> Doc:
        a = doc.article
        hint = year_hint(a.text, a.url) if a.published is None else None
        return replace(doc, times=reference_times(a.text, a.published, doc.sentences, hint, a.url))

    return run
