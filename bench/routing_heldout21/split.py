"""Validate the twenty-first held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout21/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout21/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout21/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout20/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h21-NNN, a new seed, the new
folder heldout21/ (heldout/ .. heldout21/ files must be named by their full path; heldout20/ is now in
that list too), and the request languages: the six main ones plus Swedish "sv", Catalan "ca", Polish "pl",
Czech "cs" (new in this set) and one code-mixed English+German request "en+de". As in heldout20, ".opus",
".webm" and ".aac" voice notes are audio, ".webp" is an image, and upper-case extensions (".WAV", ".JPG",
".PNG") are compared in lower case. Multi-file plans are as in heldout7-20: one reading step per file in the
order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per file
the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+de" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or characters other than letters, digits, "_", ".", "/" and "-" (for example
"Call@Greenway Garden Centre(01632960481)_20270311104522.m4a", "Sprachmemo 004.m4a", "Opname (3).m4a",
"Nueva grabación 23.m4a", "Capture d’écran 2027-03-14 à 10.22.31.png", "WhatsApp Image 2027-03-15 at
18.02.11.jpeg") are written in double quotes in the requests (all paths are quoted by the same rule); the
check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout21/ (except make_fixtures.py) must be used by at least one row: read, attached,
named, or inside a searched folder, and must be smaller than 300 KB.

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
    "h21-024": "de", "h21-025": "es", "h21-026": "it", "h21-048": "de", "h21-049": "fr", "h21-050": "es",
    "h21-051": "it", "h21-052": "nl", "h21-053": "pt", "h21-070": "de", "h21-071": "fr", "h21-072": "es",
    "h21-073": "it", "h21-074": "nl", "h21-075": "pt", "h21-083": "de", "h21-084": "fr", "h21-085": "es",
    "h21-086": "it", "h21-087": "nl", "h21-097": "de", "h21-098": "de", "h21-099": "es", "h21-100": "fr",
    "h21-101": "it", "h21-102": "pt", "h21-110": "de", "h21-111": "de", "h21-112": "fr", "h21-113": "es",
    "h21-114": "it", "h21-115": "nl", "h21-116": "pt", "h21-124": "de", "h21-125": "fr", "h21-126": "es",
    "h21-127": "nl", "h21-135": "de", "h21-136": "es", "h21-137": "pt", "h21-138": "pl", "h21-145": "de",
    "h21-146": "fr", "h21-152": "de", "h21-153": "it", "h21-154": "nl", "h21-159": "de", "h21-160": "es",
    "h21-161": "pt", "h21-186": "de", "h21-187": "fr", "h21-188": "es", "h21-189": "es", "h21-190": "it",
    "h21-191": "it", "h21-192": "nl", "h21-193": "pt", "h21-194": "sv", "h21-195": "cs", "h21-200": "de",
    "h21-201": "fr", "h21-202": "es", "h21-203": "it", "h21-204": "nl", "h21-222": "de", "h21-223": "de",
    "h21-224": "fr", "h21-225": "es", "h21-226": "es", "h21-227": "it", "h21-228": "nl", "h21-229": "pt",
    "h21-230": "en+de", "h21-243": "de", "h21-244": "fr", "h21-245": "es", "h21-246": "es", "h21-247": "it",
    "h21-248": "nl", "h21-249": "pt", "h21-250": "ca",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20380216,
    n_dev=80,
    n_test=170,
    id_prefix="h21-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "cs", "en+de", "en+es",
                             "en+fr", "en+it", "en+nl", "en+pt"}),
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
                    "bench/routing_files/heldout21/"),
    new_dir="bench/routing_files/heldout21/",
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
