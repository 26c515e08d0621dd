#!/usr/bin/env python3
"""Write the reference tables of `careers moves` and `careers path` (see careercli.importers.moves_tables).

Usage: .venv/bin/python tools/moves_tables.py ROME_DIR ONET_DIR [--out data/reference]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from careercli.errors import CareersError
    from careercli.importers.moves_tables import write_tables

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rome_dir", type=Path)
    parser.add_argument("onet_dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "reference")
    args = parser.parse_args()
    try:
        for path in write_tables(args.rome_dir, args.onet_dir, args.out):
            print(path)
    except CareersError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
