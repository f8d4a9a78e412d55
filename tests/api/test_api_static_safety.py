"""The dashboard's own code: no markup built from strings, nothing fetched from elsewhere."""

from __future__ import annotations

import re

from sitrep.web import STATIC_DIR

# Ways a script turns a string into markup or code; data must only ever become text nodes.
UNSAFE_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*[\"']on")


def test_scripts_never_turn_strings_into_markup() -> None:
    scripts = sorted(STATIC_DIR.glob("*.js"))
    assert len(scripts) >= 6
    for path in scripts:
        found = UNSAFE_SINKS.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name}: {found}"


def test_pages_load_only_local_assets_and_no_inline_script() -> None:
    for page in ("index.html", "docs.html"):
        html = (STATIC_DIR / page).read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", html), page
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"{page}: inline script"
        assert not re.search(r"\son[a-z]+=", html), f"{page}: inline event handler"
        for ref in re.findall(r"(?:src|href)=\"/static/([^\"]+)\"", html):
            assert (STATIC_DIR / ref).is_file(), ref


def test_module_imports_resolve_to_bundled_files() -> None:
    for path in STATIC_DIR.glob("*.js"):
        for ref in re.findall(r"from \"\./([^\"]+)\"", path.read_text(encoding="utf-8")):
            assert (STATIC_DIR / ref).is_file(), f"{path.name} imports missing {ref}"
