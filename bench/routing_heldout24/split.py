"""Validate the twenty-fourth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout24/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout24/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout24/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout22/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h24-NNN, a new seed, the new
folder heldout24/ (heldout/ .. heldout22/ and heldout24/ files must be named by their full path), and the
request languages: the six main ones plus Catalan "ca", Czech "cs", Finnish "fi" and Hungarian "hu" (one
request each), and one code-mixed English+Spanish request "en+es". As in heldout22, ".opus", ".webm" and
".aac" voice notes are audio, ".webp" is an image, and upper-case extensions (".WAV", ".MP3", ".JPG",
".PNG") are compared in lower case. Multi-file plans are as in heldout7-22: one reading step per file in
the order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per
file the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

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
"Voice 003.m4a", "Nueva grabación 3.m4a", "Call@Kingsmead Surgery(01632960418)_20280104101530.m4a",
"Capture d’écran 2028-01-10 à 08.41.22.png", "Photo 05-01-2028, 14 03 55.jpg") are written in double
quotes in the requests (all paths are quoted by the same rule); the check that every typed fixture path
exists reads quoted paths whole. Every file of bench/routing_files/heldout24/ (except make_fixtures.py)
must be used by at least one row: read, attached, named, or inside a searched folder, and must be smaller
than 300 KB.

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
    "h24-020": "de", "h24-021": "es", "h24-022": "it", "h24-045": "de", "h24-046": "fr", "h24-047": "es",
    "h24-048": "it", "h24-049": "nl", "h24-050": "pt", "h24-067": "de", "h24-068": "fr", "h24-069": "es",
    "h24-070": "it", "h24-071": "nl", "h24-072": "pt", "h24-083": "de", "h24-084": "fr", "h24-085": "es",
    "h24-086": "it", "h24-087": "nl", "h24-096": "de", "h24-097": "de", "h24-098": "fr", "h24-099": "es",
    "h24-100": "it", "h24-101": "pt", "h24-102": "nl", "h24-110": "de", "h24-111": "de", "h24-112": "es",
    "h24-113": "pt", "h24-114": "ca", "h24-115": "fr", "h24-116": "nl", "h24-123": "de", "h24-124": "es",
    "h24-125": "it", "h24-126": "pt", "h24-127": "fr", "h24-134": "de", "h24-135": "de", "h24-136": "es",
    "h24-137": "nl", "h24-138": "pt", "h24-143": "de", "h24-144": "de", "h24-145": "it", "h24-146": "es",
    "h24-154": "fr", "h24-181": "de", "h24-182": "fr", "h24-183": "es", "h24-184": "es", "h24-185": "it",
    "h24-186": "it", "h24-187": "nl", "h24-188": "pt", "h24-189": "fi", "h24-190": "hu", "h24-200": "de",
    "h24-201": "fr", "h24-202": "es", "h24-203": "it", "h24-204": "nl", "h24-218": "de", "h24-219": "fr",
    "h24-220": "es", "h24-221": "it", "h24-222": "nl", "h24-223": "pt", "h24-224": "en+es", "h24-226": "es",
    "h24-230": "de", "h24-233": "es", "h24-235": "it", "h24-237": "de", "h24-238": "cs", "h24-241": "nl",
    "h24-243": "fr", "h24-244": "pt", "h24-250": "es",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20411207,
    n_dev=80,
    n_test=170,
    id_prefix="h24-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "cs", "da", "en+de", "fi", "hu",
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
                    "bench/routing_files/heldout21/", "bench/routing_files/heldout22/",
                    "bench/routing_files/heldout24/"),
    new_dir="bench/routing_files/heldout24/",
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
