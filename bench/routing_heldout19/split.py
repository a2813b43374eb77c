"""Validate the nineteenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout19/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout19/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout19/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout18/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h19-NNN, a new seed, the new
folder heldout19/ (heldout/ .. heldout19/ files must be named by their full path; heldout18/ is now in
that list too). As in heldout18, ".opus", ".webm" and ".aac" voice notes are audio, ".webp" is an image,
upper-case extensions (".MP3", ".JPG") are compared in lower case, and the request languages are the six
main ones plus Swedish "sv", Catalan "ca", Polish "pl", Romanian "ro" and one code-mixed English+Spanish
request "en+es". Multi-file plans are as in heldout7-18: one reading step per file in the order the files
are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per file the user wants
to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+es" is a code-mixed request);
it is used for the balance and the README counts, and checked against the style.

Paths with spaces or other characters other than letters, digits, "_", ".", "/" and "-" ("Voice 012.m4a",
"Nouvel enregistrement 6.m4a", "Nieuwe opname 3.m4a", "Nova gravação 9.m4a", "Voce 004.m4a",
"Screenshot 2026-12-01 at 10.15.22.png", "WhatsApp Image 2026-12-01 at 18.22.37.jpeg",
"Adobe Scan 02 Dec 2026.jpg", "Captura de pantalla 2026-12-01 a las 9.41.03.png",
"Schermata 2026-12-02 alle 16.20.33.png", "Bildschirmfoto 2026-12-03 um 07.55.10.png",
"Captura de ecrã 2026-12-02 221530.png") are written in double quotes in the requests (all paths are
quoted by the same rule); the check that every typed fixture path exists reads quoted paths whole. Every
file of bench/routing_files/heldout19/ (except make_fixtures.py) must be used by at least one row: read,
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
    "h19-024": "de", "h19-025": "es", "h19-026": "it", "h19-048": "de", "h19-049": "fr", "h19-050": "es",
    "h19-051": "it", "h19-052": "nl", "h19-053": "pt", "h19-070": "de", "h19-071": "fr", "h19-072": "es",
    "h19-073": "it", "h19-074": "nl", "h19-075": "pt", "h19-083": "de", "h19-084": "fr", "h19-085": "es",
    "h19-086": "it", "h19-087": "nl", "h19-097": "de", "h19-098": "de", "h19-099": "es", "h19-100": "fr",
    "h19-101": "it", "h19-102": "nl", "h19-111": "de", "h19-112": "de", "h19-113": "es", "h19-114": "fr",
    "h19-115": "it", "h19-116": "pt", "h19-124": "de", "h19-125": "es", "h19-126": "pt", "h19-127": "sv",
    "h19-135": "de", "h19-136": "fr", "h19-137": "it", "h19-138": "nl", "h19-144": "de", "h19-145": "es",
    "h19-146": "pt", "h19-152": "de", "h19-153": "it", "h19-154": "es", "h19-159": "de", "h19-160": "fr",
    "h19-161": "nl", "h19-172": "de", "h19-173": "fr", "h19-174": "es", "h19-175": "it", "h19-176": "nl",
    "h19-177": "pt", "h19-178": "pl", "h19-179": "ro", "h19-189": "es", "h19-190": "it", "h19-200": "de",
    "h19-201": "fr", "h19-202": "es", "h19-203": "nl", "h19-204": "pt", "h19-222": "de", "h19-223": "de",
    "h19-224": "fr", "h19-225": "es", "h19-226": "es", "h19-227": "it", "h19-228": "nl", "h19-229": "pt",
    "h19-230": "en+es", "h19-243": "de", "h19-244": "fr", "h19-245": "es", "h19-246": "it", "h19-247": "nl",
    "h19-248": "es", "h19-249": "pt", "h19-250": "ca",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20360914,
    n_dev=80,
    n_test=170,
    id_prefix="h19-",
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
                    "bench/routing_files/heldout17/", "bench/routing_files/heldout18/",
                    "bench/routing_files/heldout19/"),
    new_dir="bench/routing_files/heldout19/",
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
