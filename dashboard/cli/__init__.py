"""``python -m dashboard SUBCOMMAND``: one module per subcommand, each with ``register``.

A subcommand module defines ``register(subparsers)`` that adds its parser and sets
``func`` (called with the parsed args, returns an exit code). Errors become messages
here, at the edge; the package itself raises.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

# subcommand modules, in the order `--help` lists them
SUBCOMMANDS = ["extract", "ingest", "feeds", "events", "export", "gazetteer", "bench", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Turn news articles about attacks into sourced, geocoded records.")
    parser.add_argument("--version", action="version", version=f"dashboard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            mod = importlib.import_module(f"dashboard.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"dashboard.cli.{name}":
                continue  # not written yet
            raise
        mod.register(sub)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the edge: a message, not a traceback
        from ..errors import DashboardError
        if isinstance(e, DashboardError):
            print(f"error: {e}", file=sys.stderr)
            return 1
        raise
