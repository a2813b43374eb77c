"""Validate the fourteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout14/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout14/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout14/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout13/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h14-NNN, a new seed, the new
folder heldout14/ (heldout/ .. heldout14/ files must be named by their full path; heldout13/ is now in
that list too), and its own request languages (besides the six main ones: Swedish "sv", Polish "pl",
Czech "cs" and one code-mixed English+Spanish request "en+es"). Multi-file plans are as in heldout7-13:
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

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("New Recording 27.m4a", "Recording (3).m4a", "Sprachmemo 004.m4a",
"WhatsApp Audio 2026-04-10 at 18.42.07.ogg", "Nueva grabación 8.m4a", "Registrazione 20260411091433.mp3",
"Screen Shot 2026-04-13 at 9.05.33 AM.png", "CamScanner 04-12-2026 10.15.jpg") are written in double
quotes in the requests; the check that every typed fixture path exists reads quoted paths whole. Every
file of bench/routing_files/heldout14/ (except make_fixtures.py) must be used by at least one row: read,
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
    "h14-011": "es", "h14-022": "de", "h14-023": "fr", "h14-024": "it", "h14-025": "nl", "h14-026": "pt",
    "h14-048": "de", "h14-049": "fr", "h14-050": "es", "h14-051": "it", "h14-052": "nl", "h14-053": "pt",
    "h14-070": "de", "h14-071": "fr", "h14-072": "es", "h14-073": "it", "h14-074": "nl", "h14-075": "pt",
    "h14-082": "de", "h14-083": "fr", "h14-084": "es", "h14-085": "it", "h14-086": "nl", "h14-087": "pt",
    "h14-096": "es", "h14-097": "it", "h14-098": "de", "h14-099": "fr", "h14-100": "nl", "h14-101": "pt",
    "h14-111": "de", "h14-112": "es", "h14-113": "it", "h14-114": "de", "h14-115": "pt", "h14-124": "de",
    "h14-126": "nl", "h14-134": "de", "h14-135": "es", "h14-136": "fr", "h14-143": "it", "h14-144": "fr",
    "h14-145": "es", "h14-150": "de", "h14-151": "sv", "h14-154": "pt", "h14-158": "de", "h14-159": "es",
    "h14-160": "nl", "h14-172": "de", "h14-173": "fr", "h14-174": "es", "h14-175": "it", "h14-176": "nl",
    "h14-177": "pt", "h14-178": "pl", "h14-179": "cs", "h14-189": "es", "h14-192": "es", "h14-200": "de",
    "h14-201": "fr", "h14-202": "es", "h14-203": "it", "h14-204": "nl", "h14-218": "fr", "h14-219": "es",
    "h14-220": "it", "h14-222": "nl", "h14-223": "pt", "h14-224": "en+es", "h14-228": "de", "h14-229": "it",
    "h14-238": "de", "h14-239": "fr", "h14-240": "es", "h14-241": "pt", "h14-243": "it", "h14-246": "de",
    "h14-248": "nl",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20310421,
    n_dev=80,
    n_test=170,
    id_prefix="h14-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "cs", "en+de", "en+es", "en+fr",
                             "en+it", "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/", "bench/routing_files/heldout11/",
                    "bench/routing_files/heldout12/",
                    "bench/routing_files/heldout13/", "bench/routing_files/heldout14/"),
    new_dir="bench/routing_files/heldout14/",
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
