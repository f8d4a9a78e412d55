"""Build a copy of ``src/`` with chosen modules compiled by Cython 3 in pure-Python mode (the
unchanged .py files, no .pyx), to measure what compiling would buy; see CYTHON.md for the result.

Nothing in the repository is touched: the copy goes to OUT (default /tmp/sitrep-cython/src), and
the benchmarks run against it with ``PYTHONPATH=OUT``::

    python benchmarks/cython_trial.py [--out DIR] [--modules geo/detect,events/typing,...]
    PYTHONPATH=/tmp/sitrep-cython/src python benchmarks/bench_instructions.py 40

Needs Cython 3 importable (``pip install --target DIR cython`` and ``PYTHONPATH=DIR`` will do) and a
C compiler. Annotations are ignored (``annotation_typing=False``), so a ``float`` annotation never
becomes a C double and the compiled code keeps Python's semantics; functions stay introspectable
(``binding=True``). The compiled copy's .so files sit next to their .py files and win the import.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The session-12 trial: every module with at least ~0.3% of the extraction's own Python time
# (cProfile, 100 GVA dev articles, warm), 37 in all.
TRIAL_MODULES = (
    "geo/detect geo/resolve geo/gazetteer geo/eventplace geo/coherence geo/landmarks geo/normalize "
    "geo/actor_votes geo/stage geo/sources geo/unknown_places geo/streets geo/features "
    "events/typing events/counts events/stage events/modality events/claims events/assemble "
    "events/grouping events/notes events/confidence events/lexicon "
    "time/eventdate time/lexicon time/finder time/attach time/stamps time/weekdays time/rules "
    "time/recalled actors/dictionary actors/roles actors/precheck actors/stage nlp/sentences textutil"
).split()

DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


def copy_sources(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(REPO / "src", out, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))


def build(out: Path, modules: list[str], jobs: int) -> None:
    from Cython.Build import cythonize
    from setuptools import Extension, setup

    extensions = [Extension("sitrep." + m.replace("/", "."), [f"sitrep/{m}.py"]) for m in modules]
    build_dir = out / "build"
    here = Path.cwd()
    try:
        os.chdir(out)
        setup(name="sitrep-cython-trial",
              ext_modules=cythonize(extensions, compiler_directives=DIRECTIVES, nthreads=jobs, quiet=True),
              script_args=["build_ext", "--inplace", "-j", str(jobs), "--build-temp", str(build_dir)])
    finally:
        os.chdir(here)
    shutil.rmtree(build_dir, ignore_errors=True)
    for m in modules:
        (out / "sitrep" / f"{m}.c").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/sitrep-cython/src"))
    parser.add_argument("--modules", default=",".join(TRIAL_MODULES), help="comma-separated, e.g. geo/detect")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    opts = parser.parse_args()
    modules = [m.strip() for m in opts.modules.split(",") if m.strip()]
    missing = [m for m in modules if not (REPO / "src" / "sitrep" / f"{m}.py").exists()]
    if missing:
        sys.exit(f"cython_trial: no such module: {', '.join(missing)}")
    copy_sources(opts.out)
    build(opts.out, modules, opts.jobs)
    compiled = sorted(p.relative_to(opts.out) for p in opts.out.rglob("*.so"))
    print(f"{len(compiled)} compiled modules in {opts.out}; run the benchmarks with PYTHONPATH={opts.out}")


if __name__ == "__main__":
    main()
