"""Validate the eighteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout18/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout18/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout18/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout17/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h18-NNN, a new seed, the new
folder heldout18/ (heldout/ .. heldout18/ files must be named by their full path; heldout17/ is now in
that list too), ".opus" and ".aac" voice notes and upper-case extensions (".WAV", ".MP3", ".PNG", ".JPG";
extensions are compared in lower case), and its own request languages (besides the six main ones:
Swedish "sv", Catalan "ca", Polish "pl", Romanian "ro" and one code-mixed English+Spanish request
"en+es"). Multi-file plans are as in heldout7-17: one reading step per file in the order the files are
mentioned or attached, optionally followed by `speak("$N.text")` steps, one per file the user wants to
hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or other characters other than letters, digits, "_", ".", "/" and "-" ("Recording (14).m4a",
"New Recording 23.m4a", "Neue Aufnahme 8.m4a", "Nuova registrazione 12.m4a", "Nueva grabación 4.m4a",
"Mijn opname 17.m4a", "Screenshot 2026-11-24 102251.png", "Screen Shot 2026-11-25 at 7.41.09 PM.png",
"Captura de tela 2026-11-26 153012.png", "Capture d’écran 2026-11-27 à 08.30.12.png",
"Schermafbeelding 2026-11-28 om 12.04.55.png", "CamScanner 12-01-2026 14.33.jpg") are written in double
quotes in the requests (all paths are quoted by the same rule); the check that every typed fixture path
exists reads quoted paths whole. Every file of bench/routing_files/heldout18/ (except make_fixtures.py) must
be used by at least one row: read, attached, named, or inside a searched folder, and must be smaller than
300 KB.

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
    "h18-024": "de", "h18-025": "es", "h18-026": "it", "h18-048": "de", "h18-049": "fr", "h18-050": "es",
    "h18-051": "it", "h18-052": "nl", "h18-053": "pt", "h18-070": "de", "h18-071": "fr", "h18-072": "es",
    "h18-073": "it", "h18-074": "nl", "h18-075": "pt", "h18-083": "de", "h18-084": "fr", "h18-085": "es",
    "h18-086": "it", "h18-087": "nl", "h18-097": "de", "h18-098": "de", "h18-099": "es", "h18-100": "fr",
    "h18-101": "it", "h18-102": "pt", "h18-112": "de", "h18-113": "es", "h18-114": "fr", "h18-115": "nl",
    "h18-116": "it", "h18-124": "de", "h18-125": "es", "h18-126": "pt", "h18-127": "sv", "h18-135": "de",
    "h18-136": "fr", "h18-137": "it", "h18-138": "nl", "h18-144": "de", "h18-145": "es", "h18-146": "pt",
    "h18-151": "de", "h18-152": "fr", "h18-153": "it", "h18-154": "es", "h18-159": "de", "h18-160": "de",
    "h18-161": "nl", "h18-186": "de", "h18-187": "fr", "h18-188": "es", "h18-189": "it", "h18-190": "nl",
    "h18-191": "pt", "h18-192": "pl", "h18-193": "ro", "h18-194": "es", "h18-195": "it", "h18-200": "de",
    "h18-201": "fr", "h18-202": "es", "h18-203": "nl", "h18-204": "pt", "h18-222": "de", "h18-223": "es",
    "h18-224": "de", "h18-225": "fr", "h18-226": "es", "h18-227": "it", "h18-228": "nl", "h18-229": "pt",
    "h18-230": "en+es", "h18-243": "de", "h18-244": "fr", "h18-245": "es", "h18-246": "it", "h18-247": "nl",
    "h18-248": "es", "h18-249": "pt", "h18-250": "ca",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20350823,
    n_dev=80,
    n_test=170,
    id_prefix="h18-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "en+de", "en+es", "en+fr",
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
                    "bench/routing_files/heldout17/", "bench/routing_files/heldout18/"),
    new_dir="bench/routing_files/heldout18/",
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
