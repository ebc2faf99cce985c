"""Restore public saved news pages (with their true article text) into ``data/public-pages/``.

The pages are third-party text: they are never committed. This script restores them from a
pinned commit of a public benchmark repository into the git-ignored ``data/`` folder, where
``python -m dashboard bench web`` finds them:

- ``scrapinghub/article-extraction-benchmark`` (MIT): 181 pages of news and blog sites saved
  as HTML, each with the article body a person marked as the truth (``ground-truth.json``).

    python scripts/restore_public_pages.py                      # clones from GitHub
    python scripts/restore_public_pages.py --git /path/to/clone  # or reads a local clone/mirror

Only files of the pinned commit are read (``git show COMMIT:PATH``), so the set is the same
wherever it is restored.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {
    "scrapinghub": {"url": "https://github.com/scrapinghub/article-extraction-benchmark",
                    "commit": "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"},
}


def git(repo: Path, *args: str, binary: bool = False):
    out = subprocess.run(["git", "--git-dir" if (repo / "HEAD").is_file() else "-C", str(repo), *args],
                         capture_output=True, check=True)
    return out.stdout if binary else out.stdout.decode()


def restore(repo: Path, commit: str, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    truth = json.loads(git(repo, "show", f"{commit}:ground-truth.json"))
    names = [n for n in git(repo, "ls-tree", "-r", "--name-only", commit, "html/").split()
             if n.endswith(".html.gz")]
    kept = {}
    for name in names:
        key = Path(name).name[:-len(".html.gz")]
        if key not in truth:
            continue
        html = gzip.decompress(git(repo, "show", f"{commit}:{name}", binary=True))
        (dest / f"{key}.html").write_bytes(html)
        kept[key] = {"url": truth[key].get("url"), "text": truth[key].get("articleBody", "")}
    (dest / "truth.json").write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    (dest / "SOURCE").write_text(f"{SOURCES['scrapinghub']['url']} @ {commit}\n", encoding="utf-8")
    return len(kept)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--git", type=Path, help="a local clone or mirror of the repository")
    p.add_argument("--dest", type=Path, default=ROOT / "data" / "public-pages" / "scrapinghub")
    args = p.parse_args(argv)
    src = SOURCES["scrapinghub"]
    if args.git:
        n = restore(args.git, src["commit"], args.dest)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["git", "clone", "--quiet", "--filter=blob:none", src["url"], tmp], check=True)
            n = restore(Path(tmp), src["commit"], args.dest)
    print(f"restored {n} pages with their true text into {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
