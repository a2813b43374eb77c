"""Validate the seventeenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout17/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout17/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout17/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout16/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h17-NNN, a new seed, the new
folder heldout17/ (heldout/ .. heldout17/ files must be named by their full path; heldout16/ is now in
that list too), ".ogg" voice notes (already an audio extension), and its own request languages (besides
the six main ones: Norwegian Bokmål "nb", Danish "da", Polish "pl", Turkish "tr" and one code-mixed
English+German request "en+de"). Multi-file plans are as in heldout7-16: one reading step per file in the
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

Paths with spaces or other characters other than letters, digits, "_", ".", "/" and "-" ("Voice 003.m4a",
"Nouvel enregistrement 5.m4a", "Nieuwe opname 3.m4a", "Nova gravação 7.m4a",
"WhatsApp Ptt 2026-07-05 at 12.31.08.ogg", "Call recording Mamma_260704_101522.m4a",
"Screenshot 2026-07-02 at 14.07.33.png", "Bildschirmfoto 2026-07-05 um 09.14.22.png",
"Schermata 2026-07-06 alle 11.02.45.png", "Captura de pantalla 2026-07-07 a las 20.15.09.png",
"WhatsApp Image 2026-07-10 at 09.12.47.jpeg") are written in double quotes in the requests (all paths are
quoted by the same rule); the check that every typed fixture path exists reads quoted paths whole. Every
file of bench/routing_files/heldout17/ (except make_fixtures.py) must be used by at least one row: read,
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
    "h17-021": "de", "h17-022": "es", "h17-023": "it", "h17-048": "de", "h17-049": "fr", "h17-050": "es",
    "h17-051": "it", "h17-052": "nl", "h17-053": "pt", "h17-069": "de", "h17-070": "fr", "h17-071": "es",
    "h17-072": "it", "h17-073": "nl", "h17-074": "pt", "h17-082": "de", "h17-083": "fr", "h17-084": "es",
    "h17-085": "it", "h17-086": "nl", "h17-098": "de", "h17-099": "de", "h17-100": "es", "h17-101": "it",
    "h17-102": "pt", "h17-112": "de", "h17-113": "de", "h17-114": "fr", "h17-115": "es", "h17-116": "nl",
    "h17-124": "de", "h17-125": "fr", "h17-126": "it", "h17-127": "pt", "h17-135": "de", "h17-136": "es",
    "h17-137": "it", "h17-138": "nl", "h17-144": "de", "h17-145": "fr", "h17-146": "es", "h17-151": "de",
    "h17-152": "fr", "h17-153": "it", "h17-154": "pt", "h17-158": "de", "h17-159": "es", "h17-160": "nl",
    "h17-161": "nb", "h17-172": "de", "h17-173": "fr", "h17-174": "es", "h17-175": "it", "h17-176": "nl",
    "h17-177": "pt", "h17-178": "pl", "h17-179": "tr", "h17-189": "es", "h17-192": "it", "h17-200": "de",
    "h17-201": "fr", "h17-202": "es", "h17-203": "nl", "h17-204": "pt", "h17-216": "de", "h17-217": "fr",
    "h17-218": "es", "h17-219": "it", "h17-220": "nl", "h17-221": "pt", "h17-222": "en+de", "h17-226": "de",
    "h17-227": "es", "h17-238": "de", "h17-239": "fr", "h17-240": "es", "h17-241": "it", "h17-243": "es",
    "h17-245": "pt", "h17-246": "nl", "h17-248": "da",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20340719,
    n_dev=80,
    n_test=170,
    id_prefix="h17-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "nb", "da", "pl", "tr", "en+de", "en+es", "en+fr",
                             "en+it", "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/", "bench/routing_files/heldout11/",
                    "bench/routing_files/heldout12/",
                    "bench/routing_files/heldout13/", "bench/routing_files/heldout14/",
                    "bench/routing_files/heldout15/", "bench/routing_files/heldout16/",
                    "bench/routing_files/heldout17/"),
    new_dir="bench/routing_files/heldout17/",
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
