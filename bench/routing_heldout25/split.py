"""Validate the twenty-fifth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout25/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout25/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout25/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout22/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h25-NNN, a new seed, the new
folder heldout25/ (heldout/ .. heldout22/ and heldout25/ files must be named by their full path), and the
request languages: the six main ones plus Norwegian "no", Turkish "tr", Greek "el" and Hungarian "hu" (one
request each), and one code-mixed English+Spanish request "en+es". As in heldout22, ".opus", ".webm" and
".aac" voice notes are audio, ".webp" is an image, and upper-case extensions (".WAV", ".MP3", ".JPG",
".PNG") are compared in lower case. Multi-file plans are as in heldout7-22: one reading step per file in the
order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per file
the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or characters other than letters, digits, "_", ".", "/" and "-" (for example
"Voice 012.m4a", "Marieke(0687154320)_20280419093512.mp3", "Nueva grabación 5.m4a",
"2028-03-29 10-15-22 Brightsmile Dental.m4a", "CamScanner 03-23-2028 14.05.jpg", "Image from iOS.jpg")
are written in double quotes in the requests (all paths are quoted by the same rule); the check that every
typed fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout25/ (except
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
    "h25-024": "de", "h25-025": "es", "h25-026": "it", "h25-048": "de", "h25-049": "fr", "h25-050": "es",
    "h25-051": "it", "h25-052": "nl", "h25-053": "pt", "h25-070": "de", "h25-071": "fr", "h25-072": "es",
    "h25-073": "it", "h25-074": "nl", "h25-075": "pt", "h25-083": "de", "h25-084": "fr", "h25-085": "es",
    "h25-086": "it", "h25-087": "nl", "h25-098": "de", "h25-099": "fr", "h25-100": "es", "h25-101": "it",
    "h25-102": "pt", "h25-112": "de", "h25-113": "de", "h25-114": "nl", "h25-115": "pt", "h25-116": "es",
    "h25-124": "de", "h25-125": "fr", "h25-126": "it", "h25-127": "no", "h25-135": "de", "h25-136": "fr",
    "h25-137": "es", "h25-138": "pt", "h25-144": "de", "h25-145": "nl", "h25-146": "es", "h25-151": "de",
    "h25-152": "fr", "h25-153": "nl", "h25-154": "pt", "h25-158": "de", "h25-159": "de", "h25-160": "es",
    "h25-161": "it", "h25-181": "de", "h25-182": "fr", "h25-183": "es", "h25-184": "es", "h25-185": "it",
    "h25-186": "it", "h25-187": "nl", "h25-188": "pt", "h25-189": "el", "h25-190": "hu", "h25-200": "de",
    "h25-201": "fr", "h25-202": "es", "h25-203": "it", "h25-204": "nl", "h25-217": "de", "h25-218": "fr",
    "h25-219": "es", "h25-220": "it", "h25-221": "nl", "h25-222": "pt", "h25-223": "en+es", "h25-228": "de",
    "h25-230": "es", "h25-233": "pt", "h25-235": "es", "h25-238": "de", "h25-239": "tr", "h25-241": "nl",
    "h25-243": "it", "h25-244": "fr", "h25-246": "es",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20400427,
    n_dev=80,
    n_test=170,
    id_prefix="h25-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "cs", "da", "no", "tr",
                             "el", "hu", "en+de", "en+es", "en+fr", "en+it", "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/", "bench/routing_files/heldout11/",
                    "bench/routing_files/heldout12/",
                    "bench/routing_files/heldout13/", "bench/routing_files/heldout14/",
                    "bench/routing_files/heldout15/", "bench/routing_files/heldout16/",
                    "bench/routing_files/heldout17/", "bench/routing_files/heldout18/",
                    "bench/routing_files/heldout19/", "bench/routing_files/heldout20/",
                    "bench/routing_files/heldout21/", "bench/routing_files/heldout22/",
                    "bench/routing_files/heldout25/"),
    new_dir="bench/routing_files/heldout25/",
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
