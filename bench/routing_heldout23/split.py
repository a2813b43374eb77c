"""Validate the twenty-third held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout23/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout23/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout23/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Adapted from bench/routing_heldout22/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h23-NNN, a new seed, the new
folder heldout23/ (heldout/ .. heldout23/ files must be named by their full path; heldout22/ is now in
that list too), and the request languages: the six main ones plus Norwegian Bokmal "nb", Turkish "tr",
Finnish "fi" and Greek "el" (one request each), and one code-mixed English+Spanish request "en+es". As in
heldout22, ".opus", ".webm" and ".aac" voice notes are audio, ".webp" is an image, and upper-case
extensions (".WAV", ".MP3", ".JPG") are compared in lower case. Multi-file plans are as in heldout7-22: one
reading step per file in the order the files are mentioned or attached, optionally followed by
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

Paths with spaces or characters other than letters, digits, "_", ".", "/" and "-" (for example
"Voice 014.m4a", "Schwanthalerstraße 2.m4a", "Rue du Pressoir.m4a", "Gravação_20271006_2114.m4a",
"Agriturismo Il Poggio(+390577123456)_20271007174210.mp3", "CamScanner 09-01-2027 18.22.jpg") are
written in double quotes in the requests (all paths are quoted by the same rule); the check that every
typed fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout23/ (except
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
    "h23-020": "de", "h23-021": "es", "h23-022": "it", "h23-045": "de", "h23-046": "fr", "h23-047": "es", "h23-048": "it",
    "h23-049": "nl", "h23-050": "pt", "h23-067": "de", "h23-068": "fr", "h23-069": "es", "h23-070": "it", "h23-071": "nl",
    "h23-072": "pt", "h23-082": "de", "h23-083": "fr", "h23-084": "es", "h23-085": "it", "h23-086": "nl", "h23-096": "de",
    "h23-097": "de", "h23-098": "fr", "h23-099": "es", "h23-100": "it", "h23-101": "pt", "h23-109": "de", "h23-110": "de",
    "h23-111": "fr", "h23-112": "es", "h23-113": "nl", "h23-114": "pt", "h23-122": "de", "h23-123": "es", "h23-124": "it",
    "h23-125": "nl", "h23-134": "de", "h23-135": "fr", "h23-136": "es", "h23-137": "pt", "h23-143": "de", "h23-144": "es",
    "h23-145": "nl", "h23-152": "de", "h23-153": "it", "h23-154": "pt", "h23-157": "de", "h23-158": "fr", "h23-159": "nb",
    "h23-181": "de", "h23-182": "fr", "h23-183": "it", "h23-184": "nl", "h23-185": "pt", "h23-186": "fi", "h23-187": "el",
    "h23-188": "es", "h23-189": "es", "h23-190": "it", "h23-200": "de", "h23-201": "fr", "h23-202": "es", "h23-203": "it",
    "h23-204": "nl", "h23-221": "de", "h23-222": "es", "h23-224": "de", "h23-225": "fr", "h23-226": "es", "h23-227": "it",
    "h23-228": "nl", "h23-229": "pt", "h23-230": "en+es", "h23-243": "de", "h23-244": "fr", "h23-245": "es", "h23-246": "es",
    "h23-247": "it", "h23-248": "nl", "h23-249": "pt", "h23-250": "tr",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20400419,
    n_dev=80,
    n_test=170,
    id_prefix="h23-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "sv", "ca", "pl", "ro", "cs", "da", "nb", "tr", "fi", "el", "en+de",
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
                    "bench/routing_files/heldout23/"),
    new_dir="bench/routing_files/heldout23/",
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
