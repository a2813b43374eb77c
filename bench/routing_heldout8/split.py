"""Validate the eighth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout8/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout8/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout8/split.py --write ALL.jsonl   # (re)write dev/test from one full list

As bench/routing_heldout7/split.py (same checks, same split procedure), with these changes:
ids h8-NNN, a new seed, the new folder heldout8/ (heldout6/, heldout7/ and heldout8/ files must be
named by their full path), and one new check: a `language` arg needs an audio file (it is only ever
set on transcribe_audio). Multi-file plans are as in heldout7: one reading step per file in the
order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per
file the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250. So the split depends only on the
seed, the ids and the rows' group/style/plan/language; the group counts are exact, and dev and test
have the same mix of styles, plan shapes and languages.

NON_ENGLISH records the language of each `non_english` request (the row format has no language field;
"en+es" etc. are code-mixed requests); it is used for the balance and the README counts, and checked
against the style.

Paths with spaces (the new "Neue Aufnahme 5.m4a" and "WhatsApp Image 2025-12-01 at 13.05.22.jpeg",
and heldout7's "WhatsApp Ptt 2025-11-29 at 21.14.03.ogg") are written in double quotes in the
requests; the check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout8/ (except make_fixtures.py) must be used by at least one row: read,
attached, named, or inside a searched folder, and must be smaller than 300 KB.

The checks, the split and the command line are shared with the other held-out sets in
bench/routing_sets.py; this file declares the set's conventions and its one extra check.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # run as a script: make bench/ importable
    sys.path.insert(0, str(ROOT))

from bench import routing_sets as rs  # noqa: E402

NON_ENGLISH = {
    "h8-021": "de", "h8-022": "de", "h8-023": "fr", "h8-024": "fr", "h8-025": "es", "h8-026": "es",
    "h8-027": "it", "h8-028": "nl", "h8-029": "pt", "h8-030": "en+es", "h8-051": "de", "h8-052": "de",
    "h8-053": "fr", "h8-054": "fr", "h8-055": "es", "h8-056": "es", "h8-057": "it", "h8-058": "nl",
    "h8-059": "pt", "h8-060": "en+de", "h8-077": "de", "h8-078": "fr", "h8-079": "es", "h8-080": "it",
    "h8-081": "nl", "h8-082": "pt", "h8-091": "de", "h8-092": "fr", "h8-093": "es", "h8-094": "it",
    "h8-095": "nl", "h8-096": "pt", "h8-102": "de", "h8-103": "fr", "h8-104": "es", "h8-105": "it",
    "h8-106": "nl", "h8-116": "de", "h8-117": "fr", "h8-118": "es", "h8-119": "it", "h8-120": "pt",
    "h8-130": "de", "h8-131": "fr", "h8-132": "es", "h8-133": "it", "h8-134": "nl", "h8-141": "de",
    "h8-142": "fr", "h8-143": "es", "h8-144": "en+fr", "h8-151": "de", "h8-152": "fr", "h8-153": "it",
    "h8-154": "nl", "h8-159": "de", "h8-160": "es", "h8-161": "pt", "h8-162": "fr", "h8-166": "de",
    "h8-167": "es", "h8-172": "it", "h8-173": "fr", "h8-174": "nl", "h8-189": "de", "h8-190": "fr",
    "h8-191": "es", "h8-192": "pt", "h8-202": "es", "h8-206": "it", "h8-207": "nl", "h8-208": "fr",
    "h8-221": "de", "h8-222": "fr", "h8-223": "es", "h8-224": "it", "h8-225": "pt", "h8-228": "nl",
    "h8-229": "de", "h8-239": "de", "h8-240": "fr", "h8-241": "es", "h8-243": "it", "h8-245": "nl",
    "h8-246": "pt", "h8-249": "de",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20271203,
    n_dev=80,
    n_test=170,
    id_prefix="h8-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "en+de", "en+es", "en+fr", "en+it", "en+nl",
                             "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/"),
    new_dir="bench/routing_files/heldout8/",
    folders_count_as_used=True,
    max_fixture_bytes=300_000,
    quoted_paths=True,
    audio_ext=rs.AUDIO_EXT | {".opus", ".webm", ".aac"},
    image_ext=rs.IMAGE_EXT | {".webp"},
    langs=rs.LANGS | {"pl"},
    file_name=re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", re.I),
    hash_order=True,
    plan=rs.plan_with_speech,
    check_files=rs.check_files_with_speech_and_language,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
