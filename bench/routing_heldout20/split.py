"""Validate the twentieth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout20/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout20/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout20/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout19/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h20-NNN, a new seed, the new
folder heldout20/ (heldout/ .. heldout20/ files must be named by their full path; heldout19/ is now in
that list too). As in heldout19, ".opus", ".webm" and ".aac" voice notes are audio, ".webp" is an image,
upper-case extensions (".WAV", ".JPG", ".PNG") are compared in lower case, and the request languages are the
six main ones plus Swedish "sv", Catalan "ca", Polish "pl", Romanian "ro" and one code-mixed English+Spanish
request "en+es". Multi-file plans are as in heldout7-19: one reading step per file in the order the files
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

Paths with spaces or other characters other than letters, digits, "_", ".", "/" and "-" ("New Recording
41.m4a", "Neue Aufnahme 12.m4a", "Enregistrement (7).m4a", "WhatsApp Ptt 2026-12-02 at 19.41.08.ogg",
"Gravação de voz 003.m4a", "Nuova registrazione 15.m4a", "Call recording Hartwell
Insurance_261202_143215.m4a", "CamScanner 12-01-2026 09.12.jpg", "WhatsApp Bild 2026-12-02 um
08.14.22.jpeg", "Captura de pantalla (42).png", "Documento digitalizado 2.jpg", "Screenshot 2026-12-02
174809.png") are written in double quotes in the requests (all paths are quoted by the same rule); the
check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout20/ (except make_fixtures.py) must be used by at least one row: read, attached,
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
    "h20-024": "de", "h20-025": "es", "h20-026": "it", "h20-048": "de", "h20-049": "fr", "h20-050": "es",
    "h20-051": "it", "h20-052": "nl", "h20-053": "pt", "h20-070": "de", "h20-071": "fr", "h20-072": "es",
    "h20-073": "it", "h20-074": "nl", "h20-075": "pt", "h20-083": "de", "h20-084": "fr", "h20-085": "es",
    "h20-086": "it", "h20-087": "nl", "h20-097": "de", "h20-098": "de", "h20-099": "fr", "h20-100": "es",
    "h20-101": "it", "h20-102": "pt", "h20-111": "de", "h20-112": "de", "h20-113": "es", "h20-114": "it",
    "h20-115": "nl", "h20-116": "fr", "h20-124": "de", "h20-125": "es", "h20-126": "nl", "h20-127": "pt",
    "h20-135": "de", "h20-136": "fr", "h20-137": "it", "h20-138": "sv", "h20-144": "de", "h20-145": "es",
    "h20-146": "pt", "h20-152": "de", "h20-153": "es", "h20-154": "nl", "h20-159": "de", "h20-160": "fr",
    "h20-161": "it", "h20-172": "de", "h20-173": "fr", "h20-174": "es", "h20-175": "it", "h20-176": "nl",
    "h20-177": "pt", "h20-178": "pl", "h20-179": "ro", "h20-189": "es", "h20-192": "it", "h20-200": "de",
    "h20-201": "fr", "h20-202": "es", "h20-203": "nl", "h20-204": "pt", "h20-222": "de", "h20-223": "de",
    "h20-224": "fr", "h20-225": "es", "h20-226": "es", "h20-227": "it", "h20-228": "nl", "h20-229": "pt",
    "h20-230": "en+es", "h20-243": "de", "h20-244": "fr", "h20-245": "es", "h20-246": "es", "h20-247": "it",
    "h20-248": "nl", "h20-249": "pt", "h20-250": "ca",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20371027,
    n_dev=80,
    n_test=170,
    id_prefix="h20-",
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
                    "bench/routing_files/heldout19/", "bench/routing_files/heldout20/"),
    new_dir="bench/routing_files/heldout20/",
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
