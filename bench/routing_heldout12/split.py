"""Validate the twelfth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout12/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout12/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout12/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout11/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h12-NNN, a new seed, the new
folder heldout12/ (heldout/ .. heldout12/ files must be named by their full path; heldout11/ is now in
that list too), and its own request languages (besides the six main ones: Swedish "sv", Danish "da",
Polish "pl" and one code-mixed English+French request "en+fr"). Multi-file plans are as in heldout7-11:
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

NON_ENGLISH records the language of each `non_english` request ("en+fr" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("New Recording 14.m4a", "Voice 003.m4a", "Nota vocale 3.m4a",
"WhatsApp Ptt 2026-02-05 at 18.22.41.ogg", "Screenshot 2026-02-08 at 10.02.37.png",
"CamScanner 02-11-2026 09.14.jpg") are written in double quotes in the requests; the check that every
typed fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout12/ (except
make_fixtures.py) must be used by at least one row: read, attached, named, or inside a searched folder,
and must be smaller than 300 KB.

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
    "h12-021": "de", "h12-022": "fr", "h12-023": "es", "h12-024": "it", "h12-025": "nl", "h12-026": "pt",
    "h12-048": "de", "h12-049": "fr", "h12-050": "es", "h12-051": "it", "h12-052": "nl", "h12-053": "pt",
    "h12-070": "de", "h12-071": "fr", "h12-072": "es", "h12-073": "it", "h12-074": "nl", "h12-075": "pt",
    "h12-083": "de", "h12-084": "fr", "h12-085": "es", "h12-086": "it", "h12-087": "nl", "h12-098": "de",
    "h12-099": "fr", "h12-100": "es", "h12-101": "it", "h12-102": "pt", "h12-112": "de", "h12-113": "fr",
    "h12-114": "es", "h12-115": "nl", "h12-116": "pt", "h12-124": "de", "h12-125": "it", "h12-126": "nl",
    "h12-127": "da", "h12-135": "de", "h12-136": "fr", "h12-137": "es", "h12-138": "nl", "h12-144": "it",
    "h12-145": "pt", "h12-146": "de", "h12-152": "es", "h12-153": "it", "h12-154": "de", "h12-159": "fr",
    "h12-160": "nl", "h12-161": "es", "h12-173": "de", "h12-174": "fr", "h12-175": "es", "h12-176": "it",
    "h12-177": "nl", "h12-178": "sv", "h12-188": "pt", "h12-191": "pl", "h12-195": "es", "h12-200": "de",
    "h12-201": "fr", "h12-202": "es", "h12-203": "it", "h12-204": "nl", "h12-217": "en+fr", "h12-221": "de",
    "h12-222": "es", "h12-223": "it", "h12-224": "fr", "h12-228": "de", "h12-229": "nl", "h12-230": "pt",
    "h12-238": "de", "h12-239": "fr", "h12-240": "es", "h12-241": "it", "h12-245": "nl", "h12-246": "pt",
    "h12-249": "de",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20290214,
    n_dev=80,
    n_test=170,
    id_prefix="h12-",
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
                    "bench/routing_files/heldout12/"),
    new_dir="bench/routing_files/heldout12/",
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
