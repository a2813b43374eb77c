"""Validate the fifteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout15/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout15/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout15/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout14/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h15-NNN, a new seed, the new
folder heldout15/ (heldout/ .. heldout15/ files must be named by their full path; heldout14/ is now in
that list too), and its own request languages (besides the six main ones: Swedish "sv", Danish "da",
Polish "pl", Czech "cs" and one code-mixed English+French request "en+fr"). Multi-file plans are as in
heldout7-14: one reading step per file in the order the files are mentioned or attached, optionally
followed by `speak("$N.text")` steps, one per file the user wants to hear, in the same order; plan()
names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+fr" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("Voice 012.m4a", "Call recording Mum_260507_181204.m4a", "Nouvel enregistrement 5.m4a",
"Nieuwe opname 7.m4a", "Nova gravação 3.m4a", "Screenshot 2026-05-03 at 14.22.10.png",
"Screenshot (14).png", "WhatsApp Image 2026-05-06 at 20.11.43.jpeg") are written in double quotes in
the requests; the check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout15/ (except make_fixtures.py) must be used by at least one row: read,
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
    "h15-024": "de", "h15-025": "es", "h15-026": "it", "h15-048": "de", "h15-049": "fr", "h15-050": "es",
    "h15-051": "it", "h15-052": "nl", "h15-053": "pt", "h15-070": "de", "h15-071": "fr", "h15-072": "es",
    "h15-073": "it", "h15-074": "nl", "h15-075": "pt", "h15-083": "de", "h15-084": "fr", "h15-085": "es",
    "h15-086": "it", "h15-087": "nl", "h15-097": "de", "h15-098": "de", "h15-099": "es", "h15-100": "fr",
    "h15-101": "it", "h15-102": "pt", "h15-111": "de", "h15-112": "de", "h15-113": "fr", "h15-114": "es",
    "h15-115": "nl", "h15-116": "sv", "h15-124": "de", "h15-125": "es", "h15-126": "it", "h15-127": "nl",
    "h15-135": "de", "h15-136": "fr", "h15-137": "es", "h15-138": "pt", "h15-144": "de", "h15-145": "es",
    "h15-146": "it", "h15-152": "de", "h15-153": "nl", "h15-154": "fr", "h15-159": "de", "h15-160": "it",
    "h15-161": "pt", "h15-172": "de", "h15-173": "fr", "h15-174": "es", "h15-175": "it", "h15-176": "nl",
    "h15-177": "pt", "h15-178": "pl", "h15-179": "cs", "h15-189": "es", "h15-192": "it", "h15-200": "de",
    "h15-201": "fr", "h15-202": "es", "h15-203": "nl", "h15-204": "pt", "h15-212": "en+fr", "h15-213": "de",
    "h15-214": "fr", "h15-215": "es", "h15-216": "it", "h15-217": "nl", "h15-218": "pt", "h15-228": "de",
    "h15-229": "es", "h15-237": "da", "h15-238": "fr", "h15-239": "es", "h15-240": "it", "h15-241": "pt",
    "h15-245": "nl", "h15-246": "de", "h15-249": "es",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20320515,
    n_dev=80,
    n_test=170,
    id_prefix="h15-",
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
                    "bench/routing_files/heldout15/"),
    new_dir="bench/routing_files/heldout15/",
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
