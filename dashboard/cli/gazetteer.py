"""``python -m dashboard gazetteer add|list|remove``: GeoNames country packs.

    python -m dashboard gazetteer add UA SD BF        # download each country's GeoNames dump
    python -m dashboard gazetteer add ./BF.txt KE.zip # or read local dumps
    python -m dashboard gazetteer list
    python -m dashboard gazetteer remove SD

Each pack is compiled into the offline index at once (the next extract, ingest or app start
uses it). Data: GeoNames (https://www.geonames.org/), CC BY 4.0.
"""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("gazetteer", help="add, list or remove GeoNames country packs (villages, all units)",
                       description=__doc__.split("\n\n", 1)[0] + " Data: GeoNames, CC BY 4.0.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    add = verbs.add_parser("add", help="install packs: country codes (downloaded) or local XX.txt/XX.zip dumps")
    add.add_argument("items", nargs="+", metavar="CODE_OR_FILE")
    add.add_argument("--url", help="GeoNames export server (default $DASHBOARD_GEONAMES_URL or "
                                   "https://download.geonames.org/export/dump/)")
    verbs.add_parser("list", help="installed packs")
    rm = verbs.add_parser("remove", help="uninstall packs")
    rm.add_argument("codes", nargs="+", metavar="CODE")
    p.set_defaults(func=run, parser=p)


def _rebuild() -> None:
    from dashboard.gazetteer.build import load_or_build

    print("compiling the index ...", file=sys.stderr)
    load_or_build()


def run(args) -> int:
    from dashboard.gazetteer import packs

    if args.verb == "list":
        found = [packs.info(p) for p in packs.installed()]
        if not found:
            print(f"no GeoNames packs installed (in {packs.packs_dir()})")
        for i in found:
            print(f"{i.country}  {i.places:>8,} places  {i.units:>6,} units  added {i.added}  from {i.source}")
        return 0
    if args.verb == "add":
        failed = 0
        for item in args.items:
            try:
                i = packs.add(item, url=(args.url.rstrip("/") + "/") if args.url else None)
            except packs.PackError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(f"{i.country}: {i.places:,} places and {i.units:,} administrative units (GeoNames, CC BY 4.0)")
        if failed < len(args.items):
            _rebuild()
        return 1 if failed else 0
    if args.verb == "remove":
        failed = 0
        for code in args.codes:
            try:
                print(f"removed {packs.remove(code).stem}")
            except packs.PackError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed += 1
        if failed < len(args.codes):
            _rebuild()
        return 1 if failed else 0
    args.parser.print_help()
    return 2
