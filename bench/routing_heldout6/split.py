"""Validate the sixth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout6/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout6/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout6/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Modelled on bench/routing_heldout5/split.py (same checks), with these changes: 80 dev / 170 test rows
out of 250, ids h6-NNN, a new seed, the new folder heldout6/, more audio containers (.opus, .webm,
.aac) and a .webp image, Polish ("pl") as a recording language, a size limit (300 KB) for the new
fixture files, and a split that starts from a hash of the seed and the row id instead of a shuffle.

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

Paths with spaces ("Voice 003.m4a", "Capture d’écran 2025-11-13 à 09.41.07.png", "Screen Shot
2025-11-16 at 8.03.12 PM.png", "wallpaper (2).jpg", "WhatsApp Image 2025-11-17 at 09.12.44.jpeg") are
written in double quotes in the requests; the check that every typed fixture path exists reads quoted
paths whole. Every file of bench/routing_files/heldout6/ (except make_fixtures.py) must be used by at
least one row: read, attached, named, or inside a searched folder, and must be smaller than 300 KB.

The checks, the split and the command line are shared with the other held-out sets in
bench/routing_sets.py; this file declares the set's conventions.
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
    "h6-019": "de", "h6-020": "de", "h6-021": "fr", "h6-022": "fr", "h6-023": "es", "h6-024": "es",
    "h6-025": "it", "h6-026": "it", "h6-027": "nl", "h6-028": "pt", "h6-029": "pt", "h6-030": "en+es",
    "h6-031": "de", "h6-055": "de", "h6-056": "de", "h6-057": "fr", "h6-058": "fr", "h6-059": "es",
    "h6-060": "es", "h6-061": "it", "h6-062": "it", "h6-063": "nl", "h6-064": "pt", "h6-065": "pt",
    "h6-066": "en+fr", "h6-087": "de", "h6-088": "fr", "h6-089": "es", "h6-090": "it", "h6-091": "nl",
    "h6-092": "pt", "h6-093": "en+nl", "h6-094": "es", "h6-106": "de", "h6-107": "fr", "h6-108": "es",
    "h6-109": "it", "h6-110": "nl", "h6-121": "de", "h6-122": "fr", "h6-123": "it", "h6-124": "pt",
    "h6-131": "es", "h6-132": "nl", "h6-133": "en+de", "h6-141": "de", "h6-142": "fr", "h6-143": "it",
    "h6-144": "es", "h6-152": "de", "h6-153": "fr", "h6-154": "pt", "h6-160": "es", "h6-161": "it",
    "h6-162": "nl", "h6-166": "it", "h6-167": "es", "h6-171": "de", "h6-172": "fr", "h6-186": "de",
    "h6-187": "fr", "h6-188": "es", "h6-189": "it", "h6-190": "nl", "h6-191": "pt", "h6-192": "de",
    "h6-193": "es", "h6-202": "fr", "h6-210": "it", "h6-216": "de", "h6-217": "fr", "h6-218": "es",
    "h6-219": "nl", "h6-230": "de", "h6-231": "es", "h6-232": "it", "h6-246": "de", "h6-247": "fr",
    "h6-248": "it", "h6-249": "pt",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20270306,
    n_dev=80,
    n_test=170,
    id_prefix="h6-",
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
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/"),
    new_dir="bench/routing_files/heldout6/",
    folders_count_as_used=True,
    max_fixture_bytes=300_000,
    quoted_paths=True,
    audio_ext=rs.AUDIO_EXT | {".opus", ".webm", ".aac"},
    image_ext=rs.IMAGE_EXT | {".webp"},
    langs=rs.LANGS | {"pl"},
    file_name=re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", re.I),
    hash_order=True,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
