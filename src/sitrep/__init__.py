"""sitrep: news articles in, ACLED-style conflict events out, offline.

Importing this package is cheap; heavy modules load when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "open_store"]

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.store import Store
    from sitrep.types import Event


def extract(inputs: Any, **settings: Any) -> list["Event"]:
    """Articles in (paths, texts or ``Article`` records), merged event records out; no database."""
    from sitrep.api_python import extract as _extract

    return _extract(inputs, **settings)


def open_store(db: str = "sitrep.db") -> "Store":
    """Open (creating and migrating if needed) the event store at ``db``."""
    from sitrep.store import open_store as _open

    return _open(db)
