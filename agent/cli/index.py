"""``run_agent.py index PATH``: build or update the search_images index of a photo folder.

Embeds every new or changed image under PATH (progress bar with ETA), drops deleted ones and
commits in batches, so an interrupted run keeps everything already committed; re-run it to
continue.  The index lives in ``PATH/.mmagent_index/`` (see tools/image_index.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

HELP = 'index a photo folder for search_images'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="folder of photos to index (searched recursively)")
    parser.add_argument("--batch-size", type=int, default=16, help="images embedded and committed together")
    parser.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    parser.add_argument("--quantize", choices=["auto", "none", "int8"], help="override MMAGENT_VISION_QUANTIZE")
    parser.add_argument("--runtime", choices=["torch", "onnx"], help="override MMAGENT_VISION_RUNTIME")


def run(args: argparse.Namespace) -> int:
    from agent.cli.common import settings_from_args as _settings
    from agent.models import ModelStore
    from tools.base import ToolError
    from tools.clip_search import load_embedder
    from tools.errors import InputFileError, ModelNotInstalledError, UsageError
    from tools.image_index import ImageIndex

    settings = _settings(args)
    if args.threads:
        settings.vision_threads = args.threads
    if args.quantize:
        settings.vision_quantize = args.quantize
    if args.runtime:
        settings.vision_runtime = args.runtime
    if args.batch_size < 1:
        raise UsageError(f"--batch-size {args.batch_size}: must be 1 or more", "give --batch-size 16")
    if not args.path.strip() or "\x00" in args.path:
        raise UsageError(f"index {args.path!r}: not a folder name", "give a folder of photos")
    if os.path.exists(args.path) and not os.path.isdir(args.path):
        raise InputFileError(f"{args.path}: is a file, not a folder", "give the folder that holds the photos")
    if not os.path.isdir(args.path):
        raise InputFileError(f"{args.path}: folder not found", "give a folder of photos")
    if not os.access(args.path, os.R_OK | os.X_OK):
        raise InputFileError(f"{args.path}: folder cannot be read", "check the folder's permissions")
    try:
        emb = load_embedder(settings, ModelStore(settings))
    except ToolError as exc:
        raise ModelNotInstalledError(exc.message, exc.fix) from exc
    index = ImageIndex(args.path, settings, create=True)
    stats = index.update(emb.images, emb.model_id, batch_size=args.batch_size, progress=not args.json,
                         rebuild=args.rebuild)
    rate = stats.embedded / stats.embedded_seconds if stats.embedded_seconds else 0.0
    summary = {
        "folder": str(index.folder), "index": str(index.location), "total": stats.total,
        "added": stats.added, "changed": stats.changed, "touched": stats.touched, "deleted": stats.deleted,
        "unchanged": stats.unchanged, "skipped": stats.skipped, "seconds": round(stats.seconds, 2),
        "images_per_second": round(rate, 2),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"indexed {index.folder}: {stats.total} images ({stats.added} new, {stats.changed} changed, "
              f"{stats.deleted} deleted, {stats.unchanged + stats.touched} unchanged) in {stats.seconds:.1f}s"
              + (f", {rate:.1f} images/s" if stats.embedded else ""))
        print(f"index: {index.location}")
        for s in stats.skipped:
            print(f"skipped: {s}", file=sys.stderr)
    return 0
