"""Validate the thirteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout13/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout13/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout13/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout12/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h13-NNN, a new seed, the new
folder heldout13/ (heldout/ .. heldout13/ files must be named by their full path; heldout12/ is now in
that list too), and its own request languages (besides the six main ones: Swedish "sv", Danish "da",
Polish "pl" and one code-mixed English+German request "en+de"). Multi-file plans are as in heldout7-12:
one reading step per file in the order the files are mentioned or attached, optionally followed by
`speak("$N.text")` steps, one per file the user wants to hear, in the same order; plan() names them
"N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+de" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("Hollybush Lane 4.m4a", "Call recording +441632960812_260307_184512.m4a",
"Neue Aufnahme 12.m4a", "Voix 005.m4a", "Screenshot 2026-03-05 at 21.47.10.png",
"WhatsApp Image 2026-03-09 at 12.30.55.jpeg") are written in double quotes in the requests; the check
that every typed fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout13/
(except make_fixtures.py) must be used by at least one row: read, attached, named, or inside a searched
folder, and must be smaller than 300 KB.

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
    "h13-013": "pt", "h13-022": "de", "h13-023": "fr", "h13-024": "es", "h13-025": "it", "h13-026": "nl",
    "h13-048": "de", "h13-049": "fr", "h13-050": "es", "h13-051": "it", "h13-052": "nl", "h13-053": "pt",
    "h13-069": "pt", "h13-071": "de", "h13-072": "fr", "h13-073": "es", "h13-074": "it", "h13-075": "nl",
    "h13-081": "pt", "h13-083": "de", "h13-084": "fr", "h13-085": "es", "h13-086": "it", "h13-087": "nl",
    "h13-096": "pt", "h13-098": "de", "h13-099": "de", "h13-100": "fr", "h13-101": "es", "h13-102": "it",
    "h13-112": "de", "h13-113": "fr", "h13-114": "es", "h13-115": "nl", "h13-116": "pt", "h13-125": "de",
    "h13-126": "it", "h13-127": "nl", "h13-135": "de", "h13-136": "fr", "h13-137": "es", "h13-138": "pt",
    "h13-144": "es", "h13-145": "it", "h13-146": "nl", "h13-152": "de", "h13-153": "sv", "h13-159": "es",
    "h13-160": "de", "h13-181": "de", "h13-182": "fr", "h13-183": "es", "h13-184": "es", "h13-185": "it",
    "h13-186": "nl", "h13-187": "pt", "h13-188": "pl", "h13-189": "da", "h13-190": "es", "h13-200": "nl",
    "h13-201": "de", "h13-202": "fr", "h13-203": "es", "h13-204": "it", "h13-218": "de", "h13-219": "es",
    "h13-220": "it", "h13-221": "nl", "h13-222": "pt", "h13-223": "en+de", "h13-228": "fr", "h13-229": "it",
    "h13-238": "de", "h13-239": "fr", "h13-240": "es", "h13-241": "nl", "h13-243": "it", "h13-246": "pt",
    "h13-249": "de",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20300317,
    n_dev=80,
    n_test=170,
    id_prefix="h13-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "en+de", "en+es", "en+fr",
                             "en+it", "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/", "bench/routing_files/heldout11/",
                    "bench/routing_files/heldout12/",
                    "bench/routing_files/heldout13/"),
    new_dir="bench/routing_files/heldout13/",
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
