"""Validate the twenty-second held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout22/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout22/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout22/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout21/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h22-NNN, a new seed, the new
folder heldout22/ (heldout/ .. heldout22/ files must be named by their full path; heldout21/ is now in
that list too), and the request languages: the six main ones plus Swedish "sv", Polish "pl", Danish "da"
and Romanian "ro" (one request each), and one code-mixed English+French request "en+fr". As in heldout21,
".opus", ".webm" and ".aac" voice notes are audio, ".webp" is an image, and upper-case extensions (".WAV",
".MP3", ".JPG", ".PNG") are compared in lower case. Multi-file plans are as in heldout7-21: one reading step
per file in the order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps,
one per file the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+fr" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or characters other than letters, digits, "_", ".", "/" and "-" (for example
"Call recording Swift Removals_270601_093014.m4a", "Neue Aufnahme 7.m4a", "Enregistrement (4).m4a",
"Nova gravação 9.m4a", "WhatsApp Audio 2027-06-14 at 20.41.07.ogg", "Adobe Scan 08 Jun 2027.jpg") are
written in double quotes in the requests (all paths are quoted by the same rule); the check that every
typed fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout22/ (except
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
    "h22-024": "de", "h22-025": "es", "h22-026": "it", "h22-048": "de", "h22-049": "fr", "h22-050": "es",
    "h22-051": "it", "h22-052": "nl", "h22-053": "pt", "h22-070": "de", "h22-071": "fr", "h22-072": "es",
    "h22-073": "it", "h22-074": "nl", "h22-075": "pt", "h22-083": "de", "h22-084": "fr", "h22-085": "es",
    "h22-086": "it", "h22-087": "nl", "h22-098": "de", "h22-099": "fr", "h22-100": "es", "h22-101": "it",
    "h22-102": "pt", "h22-112": "de", "h22-113": "de", "h22-114": "nl", "h22-115": "pt", "h22-116": "es",
    "h22-124": "de", "h22-125": "fr", "h22-126": "it", "h22-127": "sv", "h22-135": "de", "h22-136": "fr",
    "h22-137": "es", "h22-138": "pt", "h22-144": "de", "h22-145": "nl", "h22-146": "es", "h22-151": "de",
    "h22-152": "fr", "h22-153": "nl", "h22-154": "pt", "h22-158": "de", "h22-159": "de", "h22-160": "es",
    "h22-161": "it", "h22-181": "de", "h22-182": "fr", "h22-183": "es", "h22-184": "es", "h22-185": "it",
    "h22-186": "it", "h22-187": "nl", "h22-188": "pt", "h22-189": "da", "h22-190": "ro", "h22-200": "de",
    "h22-201": "fr", "h22-202": "es", "h22-203": "it", "h22-204": "nl", "h22-217": "de", "h22-218": "fr",
    "h22-219": "es", "h22-220": "it", "h22-221": "nl", "h22-222": "pt", "h22-223": "en+fr", "h22-228": "de",
    "h22-230": "es", "h22-233": "pt", "h22-235": "es", "h22-238": "de", "h22-239": "pl", "h22-241": "nl",
    "h22-243": "it", "h22-244": "fr", "h22-246": "es",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20390311,
    n_dev=80,
    n_test=170,
    id_prefix="h22-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "cs", "da", "en+de",
                             "en+es", "en+fr", "en+it", "en+nl", "en+pt"}),
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
                    "bench/routing_files/heldout21/", "bench/routing_files/heldout22/"),
    new_dir="bench/routing_files/heldout22/",
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
