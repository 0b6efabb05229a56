#!/usr/bin/env bash
# Proves the project's own lint rules fire: lints lint/fixtures/*.ts with the project's biome.json (copied verbatim,
# with its GritQL plugins) and compares the diagnostics with the `// expect: <diagnostic>` markers in the fixtures.
# The fixtures stay out of the linted paths, so `biome check` on the tree never sees them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
biome="$root/node_modules/.bin/biome"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/lint" "$work/src"
cp "$root/biome.json" "$work/"
cp "$root"/lint/*.grit "$work/lint/"
cp "$root"/lint/fixtures/*.ts "$work/src/"

# Expected: "file:line diagnostic" for each marker; actual: the same from Biome's GitHub reporter.
(cd "$work/src" && grep -Ho --line-number -E '// expect: [A-Za-z/]+' ./*.ts) \
  | sed -E 's#^\./([^:]+):([0-9]+):// expect: (.*)$#src/\1:\2 \3#' | sort >"$work/expected"
(cd "$work" && "$biome" lint --vcs-enabled=false --reporter=github --max-diagnostics=none src 2>/dev/null || true) \
  | sed -nE 's#^::[a-z]+ title=([^,]+),file=([^,]+),line=([0-9]+),.*$#\2:\3 \1#p' \
  | sed -E "s#^$work/##" | sort >"$work/actual"

if ! diff -u "$work/expected" "$work/actual" >"$work/diff"; then
  echo "lint/check-rules.sh: the lint rules do not report what lint/fixtures expects (- expected, + reported):" >&2
  tail -n +3 "$work/diff" | grep -E '^[-+]' >&2
  exit 1
fi
echo "lint rules: $(wc -l <"$work/expected") expected diagnostics reported on lint/fixtures"
