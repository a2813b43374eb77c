"""Validate the fifth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout5/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout5/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout5/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Modelled on bench/routing_heldout4/split.py (same checks, same algorithm), with these changes:
80 dev / 170 test rows out of 250, ids h5-NNN, a new seed, the new folder heldout5/, a `speak` group
(one speak step with literal text that is quoted from the request), and a fixture file inside a folder
that some row searches counts as used.

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). With one
random.Random(SEED): within each group the rows, sorted by id, are shuffled and the first k go to dev.
Then dev/test pairs from the same group are swapped (pairs drawn from the same generator) whenever the
swap lowers the imbalance, until every style, every plan shape (see plan()) and every request
language has a dev count within 1 of its proportional share n * 80 / 250. So the group counts are
exact and dev and test have the same mix of styles, plan shapes and languages.

NON_ENGLISH records the language of each `non_english` request (the row format has no language field;
"en+es" etc. are code-mixed requests); it is used for the balance and the README counts, and checked
against the style.

Paths with spaces ("New Recording 14.m4a", "Bildschirmfoto 2025-11-05 um 14.22.31.png", "Screenshot
2025-11-09 at 10.04.57.png") are written in double quotes in the requests; the check that every typed
fixture path exists reads quoted paths whole. Every file of bench/routing_files/heldout5/ (except
make_fixtures.py) must be used by at least one row: read, attached, named, or inside a searched folder.

The checks, the split and the command line are shared with the other held-out sets in
bench/routing_sets.py; this file declares the set's conventions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # run as a script: make bench/ importable
    sys.path.insert(0, str(ROOT))

from bench import routing_sets as rs  # noqa: E402

NON_ENGLISH = {
    "h5-022": "de", "h5-023": "de", "h5-024": "de", "h5-025": "fr", "h5-026": "fr", "h5-027": "fr",
    "h5-028": "es", "h5-029": "es", "h5-030": "es", "h5-031": "it", "h5-032": "it", "h5-033": "nl",
    "h5-034": "nl", "h5-035": "pt", "h5-036": "en+es", "h5-062": "de", "h5-063": "de", "h5-064": "fr",
    "h5-065": "fr", "h5-066": "es", "h5-067": "es", "h5-068": "it", "h5-069": "it", "h5-070": "nl",
    "h5-071": "pt", "h5-072": "en+fr", "h5-094": "de", "h5-095": "fr", "h5-096": "es", "h5-097": "it",
    "h5-098": "nl", "h5-099": "pt", "h5-100": "en+nl", "h5-113": "de", "h5-114": "fr", "h5-115": "es",
    "h5-116": "it", "h5-117": "pt", "h5-118": "en+it", "h5-159": "de", "h5-160": "de", "h5-161": "de",
    "h5-162": "fr", "h5-163": "fr", "h5-164": "fr", "h5-165": "es", "h5-166": "es", "h5-167": "es",
    "h5-168": "it", "h5-169": "it", "h5-170": "it", "h5-171": "nl", "h5-172": "pt", "h5-173": "en+de",
    "h5-203": "de", "h5-204": "de", "h5-205": "fr", "h5-206": "fr", "h5-207": "es", "h5-208": "es",
    "h5-209": "it", "h5-210": "it", "h5-211": "nl", "h5-219": "de", "h5-220": "it", "h5-221": "pt",
    "h5-235": "fr", "h5-250": "es",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20270111,
    n_dev=80,
    n_test=170,
    id_prefix="h5-",
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
                    "bench/routing_files/heldout5/"),
    new_dir="bench/routing_files/heldout5/",
    folders_count_as_used=True,
    quoted_paths=True,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
