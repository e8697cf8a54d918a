"""``python -m worker.taxonomy places [PATH]``: rebuild the gazetteer file (places.tsv)."""

from __future__ import annotations

import sys

from worker.taxonomy.gazetteer import main

if __name__ == "__main__":
    if sys.argv[1:2] != ["places"]:
        sys.exit("usage: python -m worker.taxonomy places [PATH]")
    sys.exit(main(sys.argv[2:]))
