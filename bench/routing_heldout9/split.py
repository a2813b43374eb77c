"""Validate the ninth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout9/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout9/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout9/split.py --write ALL.jsonl   # (re)write dev/test from one full list

As bench/routing_heldout8/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h9-NNN, a new seed, and the
new folder heldout9/ (heldout6/ .. heldout9/ files must be named by their full path). Multi-file plans
are as in heldout7/8: one reading step per file in the order the files are mentioned or attached,
optionally followed by `speak("$N.text")` steps, one per file the user wants to hear, in the same
order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+de" etc. are code-mixed
requests); it is used for the balance and the README counts, and checked against the style.

Paths with spaces (the new "Voice 012.m4a" and "Nouvel enregistrement 7.ogg") are written in double
quotes in the requests; the check that every typed fixture path exists reads quoted paths whole.
Every file of bench/routing_files/heldout9/ (except make_fixtures.py) must be used by at least one
row: read, attached, named, or inside a searched folder, and must be smaller than 300 KB.

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
    "h9-021": "de", "h9-022": "de", "h9-023": "fr", "h9-024": "fr", "h9-025": "es", "h9-026": "es",
    "h9-027": "it", "h9-028": "nl", "h9-029": "pt", "h9-030": "en+es", "h9-051": "de", "h9-052": "de",
    "h9-053": "fr", "h9-054": "fr", "h9-055": "es", "h9-056": "es", "h9-057": "it", "h9-058": "nl",
    "h9-059": "pt", "h9-060": "en+de", "h9-077": "de", "h9-078": "fr", "h9-079": "es", "h9-080": "it",
    "h9-081": "nl", "h9-082": "pt", "h9-091": "de", "h9-092": "fr", "h9-093": "es", "h9-094": "it",
    "h9-095": "nl", "h9-096": "pt", "h9-101": "de", "h9-102": "fr", "h9-103": "es", "h9-104": "it",
    "h9-105": "nl", "h9-106": "pt", "h9-116": "de", "h9-117": "fr", "h9-118": "es", "h9-119": "it",
    "h9-120": "pt", "h9-130": "de", "h9-131": "fr", "h9-132": "es", "h9-133": "nl", "h9-134": "it",
    "h9-141": "de", "h9-142": "es", "h9-143": "en+it", "h9-144": "nl", "h9-151": "de", "h9-152": "fr",
    "h9-153": "pt", "h9-154": "es", "h9-160": "de", "h9-161": "it", "h9-162": "nl", "h9-166": "fr",
    "h9-167": "de", "h9-172": "es", "h9-173": "it", "h9-174": "pt", "h9-205": "de", "h9-206": "fr",
    "h9-207": "es", "h9-208": "it", "h9-209": "nl", "h9-210": "pt", "h9-220": "de", "h9-221": "fr",
    "h9-222": "es", "h9-223": "it", "h9-224": "pt", "h9-225": "nl", "h9-228": "de", "h9-229": "fr",
    "h9-237": "de", "h9-238": "fr", "h9-239": "es", "h9-240": "it", "h9-241": "nl", "h9-243": "pt",
    "h9-245": "es", "h9-248": "de", "h9-250": "fr",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20271204,
    n_dev=80,
    n_test=170,
    id_prefix="h9-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "en+de", "en+es", "en+fr", "en+it", "en+nl",
                             "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/"),
    new_dir="bench/routing_files/heldout9/",
    folders_count_as_used=True,
    max_fixture_bytes=300_000,
    quoted_paths=True,
    audio_ext=rs.AUDIO_EXT | {".opus", ".webm", ".aac"},
    image_ext=rs.IMAGE_EXT | {".webp"},
    langs=rs.LANGS | {"pl"},
    file_name=re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", re.I),
    hash_order=True,
    plan=rs.plan_with_speech,
    check_files=rs.check_files_with_speech_and_language,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
