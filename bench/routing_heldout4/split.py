"""Validate the fourth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout4/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout4/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout4/split.py --write ALL.jsonl   # (re)write dev/test from one full list

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

Paths with spaces (`download (3).png`, `WhatsApp Audio ... .ogg`) are written in double quotes in the
requests; the check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout4/ (except make_fixtures.py) must be used by at least one row.

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
    "h4-027": "de", "h4-028": "de", "h4-029": "de", "h4-030": "fr", "h4-031": "fr", "h4-032": "fr",
    "h4-033": "es", "h4-034": "es", "h4-035": "es", "h4-036": "it", "h4-037": "it", "h4-038": "it",
    "h4-039": "nl", "h4-040": "pt", "h4-067": "de", "h4-068": "de", "h4-069": "de", "h4-070": "fr",
    "h4-071": "fr", "h4-072": "fr", "h4-073": "es", "h4-074": "es", "h4-075": "es", "h4-076": "it",
    "h4-077": "it", "h4-078": "it", "h4-079": "pt", "h4-080": "en+es", "h4-107": "de", "h4-108": "fr",
    "h4-109": "es", "h4-110": "it", "h4-111": "nl", "h4-112": "en+de", "h4-127": "de", "h4-128": "fr",
    "h4-129": "es", "h4-130": "it", "h4-131": "pt", "h4-132": "en+fr", "h4-139": "de", "h4-140": "fr",
    "h4-141": "es", "h4-142": "it", "h4-147": "de", "h4-148": "it", "h4-152": "fr", "h4-153": "es",
    "h4-154": "nl", "h4-160": "de", "h4-161": "fr", "h4-166": "it", "h4-169": "es", "h4-203": "de",
    "h4-204": "de", "h4-205": "fr", "h4-206": "fr", "h4-207": "es", "h4-208": "es", "h4-209": "it",
    "h4-210": "it", "h4-224": "de", "h4-225": "fr", "h4-238": "es", "h4-239": "it",
}

CONVENTIONS = rs.SetConventions(
    here=HERE,
    seed=20261215,
    n_dev=70,
    n_test=170,
    id_prefix="h4-",
    groups=frozenset({"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments"}),
    styles=frozenset({"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative",
                      "polite", "non_english", "media_general", "irrelevant_file", "trap", "terse"}),
    non_english=NON_ENGLISH,
    request_langs=frozenset({"de", "fr", "es", "it", "nl", "pt", "en+de", "en+es", "en+fr", "en+it"}),
    # files in these sub-folders must be named by their full repo-relative path (or attached);
    # files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
    full_path_only=("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/"),
    new_dir="bench/routing_files/heldout4/",
    quoted_paths=True,
)


if __name__ == "__main__":
    sys.exit(rs.main(CONVENTIONS))
