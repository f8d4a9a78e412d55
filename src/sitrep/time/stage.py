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

    def run(doc: Doc) -> Doc:
        return replace(doc, times=find_times(doc.article.text, doc.article.published, doc.sentences))

    return run
