"""Country names from CLDR, through babel, kept in a small file for the built-in languages.

Loading CLDR locale data costs about 1.2 MiB of memory per locale and the built-in
taxonomy reads 39, so ``countries.tsv`` beside this module holds the territory names of
those locales (``python -m worker.taxonomy data`` rebuilds it; a test fails when it has
drifted from babel). A taxonomy that lists another locale gets that one from babel.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

from worker.errors import TaxonomyError

__all__ = ["COUNTRY_NAMES", "build_names", "territories", "write_names"]

COUNTRY_NAMES = Path(__file__).with_name("countries.tsv")
_DEFAULT = Path(__file__).with_name("default.yaml")


def _from_babel(lang: str) -> dict[str, str]:
    try:
        names = Locale.parse(lang).territories
    except (ValueError, UnknownLocaleError) as e:
        raise TaxonomyError(f"taxonomy: unknown CLDR locale {lang!r} in languages") from e
    return {str(code): str(name) for code, name in names.items() if len(str(code)) == 2}


def build_names() -> dict[str, dict[str, str]]:
    """Locale -> ISO code -> name, for every locale the built-in taxonomy lists."""
    languages = yaml.safe_load(_DEFAULT.read_text(encoding="utf-8"))["languages"]
    return {lang: _from_babel(lang) for lang in languages}


def write_names(names: dict[str, dict[str, str]], path: Path = COUNTRY_NAMES) -> None:
    """Write the names file (tab-separated: locale, code, name)."""
    head = f"# CLDR territory names from babel=={metadata.version('babel')}; locale\tcode\tname\n"
    rows = [
        f"{lang}\t{code}\t{name}\n"
        for lang, by_code in names.items()
        for code, name in sorted(by_code.items())
    ]
    path.write_text(head + "".join(rows), encoding="utf-8")


@lru_cache(maxsize=1)
def _stored(path: Path = COUNTRY_NAMES) -> dict[str, dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, code, name = line.split("\t")
            names.setdefault(lang, {})[code] = name
    return names


@lru_cache(maxsize=64)
def territories(lang: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the country's name in the CLDR locale ``lang``."""
    stored = _stored()
    return stored[lang] if lang in stored else _from_babel(lang)
