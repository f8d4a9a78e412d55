"""Anchor names and link lists shared by the Markdown and HTML renderers."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from sitrep.report.model import Report, Statement, report_config

__all__ = ["event_anchor", "type_anchor", "linked_ids", "safe_url", "cut_note", "empty_text"]

_SAFE_ID = re.compile(r"[A-Za-z0-9_.-]{1,80}")


def event_anchor(event_id: str) -> str:
    """A fragment-safe anchor for an event (ids with other characters are hashed)."""
    if _SAFE_ID.fullmatch(event_id):
        return f"event-{event_id}"
    return "event-x" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:16]


def type_anchor(event_type: str) -> str:
    return "type-" + re.sub(r"[^a-z0-9]+", "-", event_type.lower()).strip("-")


def linked_ids(report: Report, statement: Statement) -> tuple[list[tuple[str, str, str]], int]:
    """(label, anchor, event id) for the statement's events in the appendix, and how many were cut."""
    known = sorted(
        (i for i in statement.event_ids if i in report.labels), key=lambda i: int(report.labels[i][1:])
    )
    limit = report_config().max_links_per_statement
    shown = [(report.labels[i], event_anchor(i), i) for i in known[:limit]]
    return shown, len(known) - len(shown)


def cut_note(cut: int) -> str:
    """What a statement says about the event links left out of it ("" when none were)."""
    return f" and {cut} more in the appendix" if cut else ""


def empty_text(section: str) -> str:
    """The sentence a report section shows when it has nothing to say."""
    return report_config().empty_sections[section]


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain web address (http/https), else None: never a script link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
