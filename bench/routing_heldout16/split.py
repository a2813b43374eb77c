"""Validate the sixteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout16/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout16/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout16/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout15/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h16-NNN, a new seed, the new
folder heldout16/ (heldout/ .. heldout16/ files must be named by their full path; heldout15/ is now in
that list too), and its own request languages (besides the six main ones: Swedish "sv", Danish "da",
Polish "pl", Czech "cs" and one code-mixed English+Spanish request "en+es"). Multi-file plans are as in
heldout7-15: one reading step per file in the order the files are mentioned or attached, optionally
followed by `speak("$N.text")` steps, one per file the user wants to hear, in the same order; plan()
names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or other characters other than letters, digits, "_", ".", "/" and "-" ("Recording (3).m4a", "Neue Aufnahme 8.m4a",
"Nueva grabación 12.m4a", "Nuova registrazione 2.m4a", "Screen Shot 2026-06-02 at 9.41.55 AM.png",
"Capture d’écran 2026-06-04 à 10.12.33.png", "CamScanner 06-06-2026 11.20.jpg",
"Screenshot 2026-06-08 154301.png") are written in double quotes in the requests (all paths are quoted
by the same rule); the check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout16/ (except make_fixtures.py) must be used by at least one row: read,
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
    "h16-020": "de", "h16-021": "es", "h16-022": "it", "h16-045": "de", "h16-046": "fr", "h16-047": "es",
    "h16-048": "it", "h16-049": "nl", "h16-050": "pt", "h16-067": "de", "h16-068": "fr", "h16-069": "es",
    "h16-070": "it", "h16-071": "nl", "h16-072": "pt", "h16-082": "de", "h16-083": "fr", "h16-084": "es",
    "h16-085": "it", "h16-086": "nl", "h16-097": "de", "h16-098": "de", "h16-099": "es", "h16-100": "it",
    "h16-101": "pt", "h16-110": "de", "h16-111": "de", "h16-112": "fr", "h16-113": "es", "h16-114": "nl",
    "h16-122": "de", "h16-123": "fr", "h16-124": "it", "h16-125": "pt", "h16-134": "de", "h16-135": "es",
    "h16-136": "it", "h16-137": "nl", "h16-143": "de", "h16-144": "fr", "h16-145": "es", "h16-151": "de",
    "h16-152": "fr", "h16-153": "it", "h16-154": "pt", "h16-157": "de", "h16-158": "es", "h16-159": "nl",
    "h16-160": "sv", "h16-172": "de", "h16-173": "fr", "h16-174": "es", "h16-175": "it", "h16-176": "nl",
    "h16-177": "pt", "h16-178": "pl", "h16-179": "cs", "h16-189": "es", "h16-192": "it", "h16-200": "de",
    "h16-201": "fr", "h16-202": "es", "h16-203": "nl", "h16-204": "pt", "h16-218": "de", "h16-219": "fr",
    "h16-220": "es", "h16-221": "it", "h16-222": "nl", "h16-223": "pt", "h16-224": "en+es", "h16-226": "de",
    "h16-227": "es", "h16-238": "de", "h16-239": "fr", "h16-240": "es", "h16-241": "it", "h16-243": "es",
    "h16-245": "pt", "h16-246": "nl", "h16-249": "da",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20330612,
    n_dev=80,
    n_test=170,
    id_prefix="h16-",
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
                    "bench/routing_files/heldout13/", "bench/routing_files/heldout14/",
                    "bench/routing_files/heldout15/", "bench/routing_files/heldout16/"),
    new_dir="bench/routing_files/heldout16/",
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
