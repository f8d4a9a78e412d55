"""Bytes to text: UTF-8 first, then UTF-8 with BOM / UTF-16 with BOM / cp1252; binary junk refused."""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "check_text"]

# Share of characters that must be printable (or ordinary whitespace) for a decoded input to count
# as text (no C0/C1 control characters). Real news text scores > 0.999 (seeds and GVA: 1.0); random
# bytes that happen to decode as cp1252 score about 0.88, so 0.97 leaves room for a few strays.
MIN_PRINTABLE_RATIO = 0.97
# Characters inspected for the printable ratio (enough to judge, bounded cost on big files).
SAMPLE_CHARS = 20_000

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# C0 and C1 control characters (but tab and line breaks), and the replacement character
_NON_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{2,30})""", re.IGNORECASE)


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode ``data`` as text or raise ``ValueError`` naming the problem.

    HTML may declare its charset in a ``<meta>`` tag; it is tried first when it decodes cleanly.
    """
    if not data.strip():
        raise ValueError("empty file")
    for encoding in _candidates(data, html):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        check_text(text)
        return text
    raise ValueError("undecodable bytes: not UTF-8 or cp1252 text")


def _candidates(data: bytes, html: bool) -> list[str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return [encoding]
    if b"\x00" in data[:SAMPLE_CHARS]:
        raise ValueError("binary content (NUL bytes), not text")
    out = ["utf-8"]
    if html and (m := _META_CHARSET.search(data[:4096])):
        out.insert(0, m.group(1).decode("ascii").lower())
    return out + ["cp1252"]


def check_text(text: str) -> None:
    """Raise ``ValueError`` when decoded text is mostly control characters (binary junk)."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        raise ValueError("empty file")
    good = 1 - len(_NON_TEXT.findall(sample)) / len(sample)
    if good < MIN_PRINTABLE_RATIO:
        raise ValueError(f"binary content, not text ({good:.0%} printable characters)")
