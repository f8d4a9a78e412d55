"""Instructions per article of the full extraction, counted by valgrind (callgrind): a figure that
does not move with the machine's load, for comparing two versions of the code on a shared machine
where timings swing by 10% and more (see bench_extract.py for articles/s).

The extraction of the first N articles of bench_extract's corpus runs inside ``itertools.starmap``;
valgrind starts with instrumentation off (imports, the gazetteer and the warm-up article are not
counted), ``callgrind_control -i on`` turns it on once the process is ready, and
``--toggle-collect=starmap_next`` counts only what runs inside the loop. Caches start cold, as in
one run. Needs Debian's valgrind (``apt-get install valgrind``); about a minute for N=40.

    .venv/bin/python benchmarks/bench_instructions.py [N]
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_N = 40
READY_TIMEOUT_S = 600

CHILD = """
import itertools, os, sys, time
from dataclasses import replace
sys.path.insert(0, {here!r})
import bench_extract as b
from sitrep.events.runner import EventRunner, text_article
from sitrep.events.stage import extract_events
from sitrep.types import Doc
_, rows = b.corpus({n})
runner = EventRunner()
runner.doc(text_article("warmup", rows[0][1], rows[0][2]))
stages = [fn for _, fn in runner.pipeline._fns] + [lambda d: replace(d, events=extract_events(d))]
def one(i, t, p):
    doc = Doc(text_article(i, t, p))
    for fn in stages:
        doc = fn(doc)
    return len(doc.events or ())
open({ready!r}, "w").close()
while not os.path.exists({go!r}):
    time.sleep(0.2)
print("events", sum(itertools.starmap(one, rows)))
"""


def main(n: int) -> None:
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("bench_instructions: valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        ready, go, out = Path(tmp, "ready"), Path(tmp, "go"), Path(tmp, "callgrind.out")
        script = Path(tmp, "child.py")
        script.write_text(CHILD.format(here=str(HERE), n=n, ready=str(ready), go=str(go)), encoding="utf-8")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--toggle-collect=starmap_next",
               f"--callgrind-out-file={out}", sys.executable, str(script)]
        env = dict(os.environ, PYTHONHASHSEED="0")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not ready.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                sys.exit("bench_instructions: the extraction process did not start:\n" + (proc.stderr.read() or ""))
            time.sleep(0.5)
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        go.touch()
        stdout, stderr = proc.communicate()
        counted = re.search(r"Collected : (\d+)", stderr)
        if proc.returncode != 0 or counted is None:
            sys.exit(f"bench_instructions: valgrind failed (exit {proc.returncode}):\n{stderr[-2000:]}")
        total = int(counted.group(1))
        print(f"articles: {n} ({stdout.strip()})")
        print(f"instructions per article: {total / n / 1e6:.2f} million")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N)
