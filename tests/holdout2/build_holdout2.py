#!/usr/bin/env python3
"""Write the second held-out mail corpus (tests/holdout2/*.eml and labels.yaml) from src/*.py.

Like tests/holdout/build_holdout.py it reuses the first corpus's machinery instead of copying
it: the MIME/iCalendar/label builders of tests/corpus/source/lib.py and the label renderer and
text extractor of tests/corpus/build_corpus.py, so all three corpora share one format.

`python tests/holdout2/build_holdout2.py` rewrites every generated file; `--check` writes
nothing and fails if a file on disk differs from what the sources produce or a label is
inconsistent; `--stats` prints the counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
sys.path.insert(0, str(HERE))

import build_corpus  # noqa: E402  (the first corpus's writer; importing it registers its messages)
import heldout  # noqa: E402
from source.lib import CORPUS  # noqa: E402

# The first corpus registered itself into lib's shared list while build_corpus was imported.
# This corpus is separate: drop those entries before our sources register theirs.
CORPUS.clear()

from src import americas, apac, dach, iberia_france, negatives, north  # noqa: E402,F401

# The first corpus's four languages, the hold-out's three, and Polish.
LANGUAGES = set(build_corpus.LANGUAGES) | {"nl", "it", "pt", "pl"}
MONTHS = (4, 5, 6)  # April to June 2026
PERIOD = "April-June 2026"

HEADER = """\
# Expected answers for every message in this directory (the SECOND HELD-OUT corpus). GENERATED
# by build_holdout2.py from src/*.py: edit the label next to its message there and rebuild.
# Same format and conventions as tests/corpus/labels.yaml (see tests/corpus/README.md); the
# differences and judgement calls are listed in README.md here. Strings are double-quoted;
# dates and datetimes are ISO 8601 strings; null means "not stated / not applicable".
"""


if __name__ == "__main__":
    corpus = heldout.HeldOut(HERE, HEADER, frozenset(LANGUAGES), MONTHS, PERIOD)
    raise SystemExit(heldout.main(corpus, list(CORPUS), __doc__))
