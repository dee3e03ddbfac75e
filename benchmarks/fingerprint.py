"""Check that a change leaves newsclean's output unchanged on every eval page.

Usage::

    python benchmarks/fingerprint.py --save before      # on the old code
    python benchmarks/fingerprint.py --check before     # on the new code: lists pages that differ

Runs ``clean_text`` on every ``dump_bs4`` input and ``clean_html`` on every ``html`` input of both
sets and keeps, per page, a hash of ``Article.to_dict()`` and of the rule ids ``explain`` gives.
Only page ids and hashes are written (``benchmarks/results/NAME.fingerprint.json``), never page
text. Meant for speed work, where the output must not move at all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from bench import DEFAULT_EVAL_DIR, MODES, REPO, RESULTS_DIR, SETS, load_pages

sys.path.insert(0, str(REPO / "src"))

import newsclean


def fingerprints(eval_dir: Path, limit: int | None) -> dict[str, str]:
    """``{"<set>/<mode>/<page id>": hash}`` for every page of both sets in both modes."""
    result = {}
    for set_name in SETS:
        for mode in MODES:
            for page in load_pages(eval_dir, set_name, mode, limit=limit):
                steps = newsclean.explain(page.input, url=page.url)
                digest = hashlib.sha256()
                digest.update(json.dumps(steps.article.to_dict(), sort_keys=True).encode())
                digest.update(" ".join(step.rule for step in steps.blocks).encode())
                result[f"{set_name}/{mode}/{page.id}"] = digest.hexdigest()[:16]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="NAME", help="write the fingerprints under this name")
    group.add_argument("--check", metavar="NAME", help="compare with fingerprints saved earlier")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(f"no eval data at {args.eval_dir}; nothing to fingerprint", file=sys.stderr)
        return 0
    now = fingerprints(args.eval_dir, args.limit)
    if args.save:
        path = RESULTS_DIR / f"{args.save}.fingerprint.json"
        path.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} pages -> {path}")
        return 0
    before = json.loads((RESULTS_DIR / f"{args.check}.fingerprint.json").read_text(encoding="utf-8"))
    keys = now.keys() if args.limit else before.keys() | now.keys()
    changed = sorted(key for key in keys if before.get(key) != now.get(key))
    for key in changed:
        print("changed", key)
    print(f"{len(now)} pages, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
