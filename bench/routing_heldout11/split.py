"""Validate the eleventh held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout11/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout11/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout11/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout10/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h11-NNN, a new seed, the new
folder heldout11/ (heldout6/ .. heldout11/ files must be named by their full path; heldout10/ is now in
that list too), and its own request languages (besides the six main ones: Polish "pl", Swedish "sv" and
one code-mixed English+Spanish request "en+es"). Multi-file plans are as in heldout7-10: one reading
step per file in the order the files are mentioned or attached, optionally followed by
`speak("$N.text")` steps, one per file the user wants to hear, in the same order; plan() names them
"N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("Recording (7).m4a", "Screenshot 2026-01-06 at 21.14.09.png") are written in double
quotes in the requests; the check that every typed fixture path exists reads quoted paths whole.
Every file of bench/routing_files/heldout11/ (except make_fixtures.py) must be used by at least one
row: read, attached, named, or inside a searched folder, and must be smaller than 300 KB.

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
    "h11-021": "de", "h11-022": "fr", "h11-023": "es", "h11-024": "it", "h11-025": "nl", "h11-026": "pt",
    "h11-048": "pt", "h11-049": "de", "h11-050": "fr", "h11-051": "es", "h11-052": "it", "h11-053": "nl",
    "h11-070": "de", "h11-071": "fr", "h11-072": "es", "h11-073": "it", "h11-074": "nl", "h11-075": "pt",
    "h11-083": "de", "h11-084": "fr", "h11-085": "es", "h11-086": "it", "h11-087": "nl", "h11-097": "pl",
    "h11-098": "de", "h11-099": "fr", "h11-100": "es", "h11-101": "it", "h11-102": "nl", "h11-113": "de",
    "h11-114": "es", "h11-115": "it", "h11-116": "pt", "h11-124": "de", "h11-125": "fr", "h11-126": "nl",
    "h11-127": "en+es", "h11-135": "de", "h11-136": "fr", "h11-137": "es", "h11-138": "it", "h11-144": "de",
    "h11-145": "nl", "h11-146": "pt", "h11-150": "sv", "h11-152": "es", "h11-153": "it", "h11-154": "fr",
    "h11-159": "de", "h11-160": "nl", "h11-161": "pt", "h11-173": "de", "h11-174": "fr", "h11-175": "it",
    "h11-176": "es", "h11-186": "de", "h11-193": "nl", "h11-194": "pt", "h11-195": "pl", "h11-200": "de",
    "h11-201": "fr", "h11-202": "es", "h11-203": "it", "h11-204": "pt", "h11-219": "de", "h11-220": "fr",
    "h11-221": "es", "h11-222": "it", "h11-223": "nl", "h11-224": "pt", "h11-229": "de", "h11-230": "es",
    "h11-237": "sv", "h11-238": "de", "h11-239": "fr", "h11-240": "es", "h11-241": "it", "h11-245": "pt",
    "h11-246": "nl", "h11-249": "de",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20281203,
    n_dev=80,
    n_test=170,
    id_prefix="h11-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "en+de", "en+es", "en+fr", "en+it",
                             "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/", "bench/routing_files/heldout11/"),
    new_dir="bench/routing_files/heldout11/",
    folders_count_as_used=True,
    max_fixture_bytes=300_000,
    quoted_paths=True,
    audio_ext=rs.AUDIO_EXT | {".opus", ".webm", ".aac"},
    image_ext=rs.IMAGE_EXT | {".webp"},
    langs=rs.LANGS | {"pl", "sv"},
    file_name=re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", re.I),
    hash_order=True,
    plan=rs.plan_with_speech,
    check_files=rs.check_files_with_speech_and_language,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
