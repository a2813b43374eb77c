"""Validate the seventh held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout7/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout7/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout7/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout6/split.py (same checks, same split procedure), with these changes:
ids h7-NNN, a new seed, the new folder heldout7/ (heldout6/ and heldout7/ files must be named by their
full path), and multi-file plans that end in speech: a `multi_file` (or two-file `attachments`) plan
is one reading step per file in the order the files are mentioned or attached, optionally followed by
`speak("$N.text")` steps, one per file the user wants to hear, in the same order. plan() names such
plans "N independent steps + M speak".

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

Paths with spaces (the new "WhatsApp Ptt 2025-11-29 at 21.14.03.ogg", and heldout6's "Voice 003.m4a",
"Screen Shot 2025-11-16 at 8.03.12 PM.png", "wallpaper (2).jpg", "WhatsApp Image 2025-11-17 at
09.12.44.jpeg") are written in double quotes in the requests; the check that every typed fixture path
exists reads quoted paths whole. Every file of bench/routing_files/heldout7/ (except make_fixtures.py)
must be used by at least one row: read, attached, named, or inside a searched folder, and must be
smaller than 300 KB.

The checks, the split and the command line are shared with the other held-out sets in
bench/routing_sets.py; this file declares the set's conventions, and its own multi-file check and plan().
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
    "h7-009": "de", "h7-010": "de", "h7-011": "fr", "h7-012": "es", "h7-013": "it", "h7-014": "pt",
    "h7-015": "nl", "h7-016": "en+es", "h7-027": "fr", "h7-028": "it", "h7-029": "de", "h7-037": "de",
    "h7-038": "fr", "h7-039": "fr", "h7-040": "es", "h7-041": "es", "h7-042": "it", "h7-043": "it",
    "h7-044": "pt", "h7-045": "nl", "h7-046": "en+it", "h7-057": "de", "h7-058": "es", "h7-059": "pt",
    "h7-069": "de", "h7-070": "fr", "h7-071": "es", "h7-072": "it", "h7-073": "nl", "h7-074": "pt",
    "h7-081": "en+fr", "h7-088": "de", "h7-089": "fr", "h7-090": "es", "h7-091": "it", "h7-092": "nl",
    "h7-101": "it", "h7-102": "de", "h7-103": "fr", "h7-104": "es", "h7-110": "pt", "h7-114": "de",
    "h7-115": "fr", "h7-116": "nl", "h7-119": "es", "h7-124": "de", "h7-125": "fr", "h7-126": "es",
    "h7-127": "it", "h7-128": "pt", "h7-133": "nl", "h7-137": "de", "h7-138": "fr", "h7-139": "es",
    "h7-140": "it", "h7-147": "de", "h7-148": "fr", "h7-149": "pt", "h7-155": "es", "h7-156": "it",
    "h7-161": "de", "h7-162": "fr", "h7-164": "en+de", "h7-188": "de", "h7-189": "fr", "h7-190": "es",
    "h7-191": "it", "h7-192": "pt", "h7-193": "nl", "h7-194": "de", "h7-195": "fr", "h7-203": "es",
    "h7-204": "de", "h7-205": "it", "h7-206": "fr", "h7-210": "pt", "h7-216": "de", "h7-217": "es",
    "h7-218": "fr", "h7-221": "it", "h7-224": "nl", "h7-225": "pt", "h7-228": "de", "h7-230": "es",
    "h7-240": "de", "h7-241": "fr", "h7-242": "es", "h7-243": "it", "h7-244": "pt", "h7-245": "nl",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20271202,
    n_dev=80,
    n_test=170,
    id_prefix="h7-",
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
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/"),
    new_dir="bench/routing_files/heldout7/",
    folders_count_as_used=True,
    max_fixture_bytes=300_000,
    quoted_paths=True,
    audio_ext=rs.AUDIO_EXT | {".opus", ".webm", ".aac"},
    image_ext=rs.IMAGE_EXT | {".webp"},
    langs=rs.LANGS | {"pl"},
    file_name=re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", re.I),
    hash_order=True,
    plan=rs.plan_with_speech,
    check_files=rs.check_files_with_speech,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
