"""Validate the tenth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout10/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout10/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout10/split.py --write ALL.jsonl   # (re)write dev/test from one full list

As bench/routing_heldout9/split.py (same checks, same split procedure, same extra check that a
`language` arg is only set on transcribe_audio), with these changes: ids h10-NNN, a new seed, the
new folder heldout10/ (heldout6/ .. heldout10/ files must be named by their full path), two more
request languages (Polish "pl" and Swedish "sv") and different code-mixed pairs. Multi-file plans
are as in heldout7/8/9: one reading step per file in the order the files are mentioned or attached,
optionally followed by `speak("$N.text")` steps, one per file the user wants to hear, in the same
order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250.

NON_ENGLISH records the language of each `non_english` request ("en+fr" etc. are code-mixed
requests); it is used for the balance and the README counts, and checked against the style.

Paths with spaces ("WhatsApp Ptt 2025-12-14 at 19.02.11.ogg", "New Recording 14.m4a",
"Captura de pantalla 2025-12-12 182241.png", and heldout9's "Voice 012.m4a") are written in double
quotes in the requests; the check that every typed fixture path exists reads quoted paths whole.
Every file of bench/routing_files/heldout10/ (except make_fixtures.py) must be used by at least one
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
    "h10-021": "de", "h10-022": "de", "h10-023": "fr", "h10-024": "fr", "h10-025": "es", "h10-026": "es",
    "h10-027": "it", "h10-028": "nl", "h10-029": "pt", "h10-030": "pl", "h10-051": "de", "h10-052": "de",
    "h10-053": "fr", "h10-054": "fr", "h10-055": "es", "h10-056": "es", "h10-057": "it", "h10-058": "nl",
    "h10-059": "pt", "h10-060": "en+fr", "h10-076": "de", "h10-077": "fr", "h10-078": "es", "h10-079": "it",
    "h10-080": "nl", "h10-081": "pt", "h10-082": "en+pt", "h10-091": "de", "h10-092": "fr", "h10-093": "es",
    "h10-094": "it", "h10-095": "nl", "h10-096": "sv", "h10-106": "de", "h10-107": "fr", "h10-108": "es",
    "h10-109": "it", "h10-110": "pl", "h10-120": "de", "h10-121": "fr", "h10-122": "es", "h10-123": "nl",
    "h10-124": "pt", "h10-131": "de", "h10-132": "it", "h10-133": "nl", "h10-134": "en+nl", "h10-141": "de",
    "h10-142": "fr", "h10-143": "es", "h10-144": "pt", "h10-150": "de", "h10-151": "it", "h10-152": "nl",
    "h10-157": "fr", "h10-158": "it", "h10-163": "es", "h10-164": "pt", "h10-194": "de", "h10-195": "fr",
    "h10-196": "es", "h10-197": "it", "h10-198": "nl", "h10-199": "pt", "h10-200": "pl", "h10-205": "de",
    "h10-206": "fr", "h10-207": "es", "h10-208": "it", "h10-209": "nl", "h10-210": "pt", "h10-224": "de",
    "h10-225": "de", "h10-226": "fr", "h10-227": "es", "h10-228": "it", "h10-229": "nl", "h10-230": "pt",
    "h10-242": "de", "h10-243": "de", "h10-244": "fr", "h10-245": "fr", "h10-246": "es", "h10-247": "es",
    "h10-248": "it", "h10-249": "pt", "h10-250": "sv",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20280117,
    n_dev=80,
    n_test=170,
    id_prefix="h10-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments",
                      "speak"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "en+de", "en+es", "en+fr", "en+it",
                             "en+nl", "en+pt"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                    "bench/routing_files/heldout5/", "bench/routing_files/heldout6/", "bench/routing_files/heldout7/",
                    "bench/routing_files/heldout8/", "bench/routing_files/heldout9/",
                    "bench/routing_files/heldout10/"),
    new_dir="bench/routing_files/heldout10/",
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
