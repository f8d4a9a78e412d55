"""The "times" stage: every date expression of the article, resolved against its publication date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sitrep.pipeline import Context, stage
from sitrep.types import Doc

__all__ = ["make_times"]


@stage("times", requires=("sentences",), assigns=("times",))
def make_times(ctx: Context) -> Callable[[Doc], Doc]:
    from sitrep.time.finder import find_times
    from sitrep.time.yearcue import year_hint

    def run(doc: Doc) -> Doc:
        a = doc.article
        hint = year_hint(a.text, a.url) if a.published is None else None
        return replace(doc, times=find_times(a.text, a.published, doc.sentences, hint))

    return run
