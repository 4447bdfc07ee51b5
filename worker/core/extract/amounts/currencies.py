"""Currency symbols and names, read from packages: ISO 4217 codes and names from pycountry,
English symbols and singular and plural names from babel's CLDR data, a territory's currency
from CLDR too. Built once per process (about 0.3 s: 124 English locales read), loaded offline.

A symbol or name can fit several currencies ('$', 'dollars', 'pounds'): the story's country
settles it when its currency is among them, else CLDR's root English reading ('$' is USD,
'£' and 'pounds' GBP); a name no reading settles ('francs' in a story from nowhere) has no code.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError, localedata
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies

from worker.core.extract.amounts.lexicon import CROWN_NAMES, CROWN_WORDS, DEFAULT_LOCALE, EXTRA_SYMBOLS, \
    SYMBOL_LOCALE_PREFIX


@dataclass(frozen=True)
class Currencies:
    symbols: dict[str, frozenset[str]]  # '$' -> {'USD', 'AUD', ...}; 'A$' -> {'AUD'}
    names: dict[str, frozenset[str]]  # lower case: 'euros' -> {'EUR'}; 'dollars' -> {'USD', ...}
    defaults: dict[str, str]  # symbol or name -> the root English reading, when it has one
    codes: frozenset[str]  # ISO 4217 codes in use

    def code(self, written: str, country: str | None) -> str | None:
        """The ISO 4217 code a symbol, name or code means in a story from ``country``."""
        key = written if written in self.symbols else " ".join(written.lower().split())
        if written.upper() in self.codes and written.isupper():
            return written.upper()
        fits = self.symbols.get(key) or self.names.get(key) or frozenset()
        if len(fits) == 1:
            return next(iter(fits))
        if country:
            local = [c for c in _territory(country) if c in fits]
            if local:
                return local[0]
        return self.defaults.get(key)


@lru_cache(maxsize=256)
def _territory(country: str) -> tuple[str, ...]:
    try:
        return tuple(get_territory_currencies(country))
    except Exception:  # an unknown territory code reads as no currency, never an error
        return ()


def _names_of(code: str, locale: Locale) -> list[str]:
    """'US Dollar', 'US dollars', 'dollar', 'dollars' (and pycountry's 'Pound Sterling')."""
    full = [locale.currencies.get(code, ""), get_currency_name(code, count=2, locale=locale)]
    iso = pycountry.currencies.get(alpha_3=code)
    if iso is not None:
        full.append(iso.name)
    out = [n.lower() for n in full if n and n != code]
    # ... and their last word or two ('francs', 'cfa francs' of 'West African CFA francs').
    return out + [" ".join(n.split()[-k:]) for n in out for k in (1, 2) if len(n.split()) > k]


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    codes = frozenset(c.alpha_3 for c in pycountry.currencies)
    root = Locale.parse(DEFAULT_LOCALE)
    symbols: dict[str, set[str]] = defaultdict(set)
    for ident in localedata.locale_identifiers():
        if ident == SYMBOL_LOCALE_PREFIX or ident.startswith(SYMBOL_LOCALE_PREFIX + "_"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                # Letters-only symbols ('R', 'K', 'kr') read as words in English text: left out.
                if code in codes and symbol != code and not symbol.isalpha():
                    symbols[symbol].add(code)
    for symbol, extra in EXTRA_SYMBOLS.items():
        symbols[symbol].update(extra)
    names: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        for name in _names_of(code, root):
            names[name].add(code)
        # 'Danish crowns', and 'crowns' alone, which the story's country settles.
        words = root.currencies.get(code, "").lower().split()
        if words and words[-1] in CROWN_NAMES:
            for crown in CROWN_WORDS:
                names[crown].add(code)
                if len(words) > 1:
                    names[f"{words[0]} {crown}"].add(code)
    defaults: dict[str, str] = {}
    for code, symbol in root.currency_symbols.items():
        if code in codes and symbol != code:
            defaults.setdefault(symbol, code)
            # The currency whose root symbol is one sign ('$' USD, '£' GBP) is what its bare
            # name means too ('dollars', 'pounds'); 'A$' does not make 'dollars' Australian.
            if len(symbol) == 1:
                for name in _names_of(code, root):
                    defaults.setdefault(name, code)
    for symbol, extra in EXTRA_SYMBOLS.items():
        defaults.setdefault(symbol, extra[0])
    return Currencies(symbols={k: frozenset(v) for k, v in symbols.items()},
                      names={k: frozenset(v) for k, v in names.items()}, defaults=defaults, codes=codes)


_SHORTEST_WORD = 4   # 'za' of 'shilingi za Kenya' is a joiner
_ENGLISH = "en"


@lru_cache(maxsize=256)
def local_names(country: str) -> dict[str, str]:
    """The country's own plural name for its currency, lower case -> code: wire copy from
    Brazil writes 'reais' and from Mozambique 'meticais', which CLDR's English calls 'reals' and
    'meticals'. Read per country when a story needs it (all territories at once take seconds)."""
    currency = next(iter(_territory(country)), None)
    if currency is None:
        return {}
    out: dict[str, str] = {}
    # English names are in the table already; an English adjective ('South', 'Indian') after
    # a number is a count of people ('2,000 Indian troops'), never money.
    for language in (lang for lang in get_official_languages(country) if lang != _ENGLISH):
        try:
            locale = Locale.parse(f"{language}_{country}")
        except (UnknownLocaleError, ValueError):
            continue
        words = get_currency_name(currency, count=2, locale=locale).split()
        # 'Reais brasileiros', 'shilingi za Kenya': the name's words, each on its own, but not a
        # capitalised name inside it (a country) nor a short joiner.
        for i, word in enumerate(words):
            if word.isalpha() and len(word) >= _SHORTEST_WORD and (i == 0 or word.islower()) \
                    and word.lower() != currency.lower():
                out[word.lower()] = currency
    return out
