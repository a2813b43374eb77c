"""Validate the third held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout3/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout3/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout3/split.py --write ALL.jsonl   # (re)write dev/test from one full list

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 70 dev rows
are shared out over the groups by largest remainder (n * 70 / 240, ties by group name). With one
random.Random(SEED): within each group the rows, sorted by id, are shuffled and the first k go to dev.
Then dev/test pairs from the same group are swapped (pairs drawn from the same generator) whenever the
swap lowers the imbalance, until every style, every plan shape (see plan()) and every request
language has a dev count within 1 of its proportional share n * 70 / 240. So the group counts are
exact and dev and test have the same mix of styles, plan shapes and languages.

NON_ENGLISH records the language of each `non_english` request (the row format has no language field;
"en+es" etc. are code-mixed requests); it is used for the balance and the README counts, and checked
against the style.

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
    "h3-029": "de", "h3-030": "de", "h3-031": "de", "h3-032": "fr", "h3-033": "fr", "h3-034": "fr",
    "h3-035": "es", "h3-036": "es", "h3-037": "es", "h3-038": "it", "h3-039": "it", "h3-040": "it",
    "h3-041": "en+es", "h3-070": "de", "h3-071": "de", "h3-072": "de", "h3-073": "fr", "h3-074": "fr",
    "h3-075": "fr", "h3-076": "es", "h3-077": "es", "h3-078": "es", "h3-079": "it", "h3-080": "it",
    "h3-081": "it", "h3-082": "en+de", "h3-106": "de", "h3-107": "de", "h3-108": "fr", "h3-109": "fr",
    "h3-110": "es", "h3-111": "es", "h3-112": "it", "h3-113": "it", "h3-128": "de", "h3-129": "fr",
    "h3-130": "es", "h3-131": "it", "h3-132": "en+es", "h3-141": "de", "h3-146": "fr", "h3-147": "es",
    "h3-152": "it", "h3-159": "de", "h3-160": "en+it", "h3-164": "fr", "h3-167": "es", "h3-170": "it",
    "h3-197": "de", "h3-198": "de", "h3-199": "de", "h3-200": "fr", "h3-201": "fr", "h3-202": "fr",
    "h3-203": "es", "h3-204": "es", "h3-205": "es", "h3-206": "it", "h3-207": "it", "h3-208": "it",
    "h3-222": "de", "h3-223": "fr", "h3-239": "es", "h3-240": "it",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20261203,
    n_dev=70,
    n_test=170,
    id_prefix="h3-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "en+de", "en+es", "en+fr", "en+it"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/"),
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
