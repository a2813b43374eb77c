"""Language names in requests ("the German recording") -> ISO codes.  Shared by routing and tools."""

from __future__ import annotations

import re

__all__ = ["LANGUAGES", "named_languages", "spoken_language"]

LANGUAGES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "spanish": "es",
    "español": "es", "italian": "it", "portuguese": "pt", "dutch": "nl", "russian": "ru", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "polish": "pl", "turkish": "tr", "arabic": "ar", "hindi": "hi",
    # German / French / Spanish adjective forms ("die deutsche Aufnahme", "l'audio anglais")
    "deutsche": "de", "deutschen": "de", "englisch": "en", "englische": "en", "englischen": "en",
    "französisch": "fr", "französische": "fr", "spanisch": "es", "spanische": "es", "italienisch": "it",
    "anglais": "en", "allemand": "de", "espagnol": "es", "inglés": "en", "alemán": "de", "francés": "fr",
    "italien": "it", "italienne": "it", "italiano": "it", "italiana": "it", "inglese": "en", "tedesco": "de",
    "francese": "fr", "spagnolo": "es", "italienische": "it", "italienischen": "it",
    # Dutch and Portuguese in the five request languages
    "néerlandais": "nl", "niederländisch": "nl", "niederländische": "nl", "holländisch": "nl", "neerlandés": "nl",
    "olandese": "nl", "nederlands": "nl", "portugais": "pt", "portugiesisch": "pt", "portugiesische": "pt",
    "portugués": "pt", "portoghese": "pt", "português": "pt", "portugues": "pt",
    # Dutch names ("het is een Italiaans college") and the remaining Portuguese / Dutch-request forms
    "engels": "en", "engelse": "en", "duits": "de", "duitse": "de", "franse": "fr",  # not "frans": a common first name
    "spaans": "es", "spaanse": "es", "italiaans": "it", "italiaanse": "it", "nederlandse": "nl",
    "portugees": "pt", "portugese": "pt", "inglês": "en", "alemão": "de", "francês": "fr", "espanhol": "es",
    "holandês": "nl", "neerlandês": "nl", "holandés": "nl",
    # Polish in the six request languages
    "polnisch": "pl", "polnische": "pl", "polonais": "pl", "polonaise": "pl", "polaco": "pl", "polaca": "pl",
    "polacco": "pl", "polacca": "pl", "pools": "pl", "poolse": "pl", "polonês": "pl", "polonesa": "pl",
}
_LANG_RE = re.compile(r"\b(" + "|".join(LANGUAGES) + r")\b", re.IGNORECASE)


def named_languages(request: str) -> set[str]:
    """The ISO codes of every language the request names."""
    return {LANGUAGES[m.lower()] for m in _LANG_RE.findall(request)}


def spoken_language(request: str) -> str | None:
    """The ISO code of a language the request names ("the German audio"), if exactly one."""
    found = named_languages(request)
    return found.pop() if len(found) == 1 else None
