#!/usr/bin/env bash
# Proves that `npm ci --omit=dev && npm run build` works on a clean clone: every package the build
# needs is in "dependencies", not "devDependencies". It checks the committed HEAD, as a deploy would.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clone="$(mktemp -d "${TMPDIR:-/tmp}/atlas-prod-install-XXXXXX")"
trap 'rm -rf "$clone"' EXIT

git clone --quiet --no-hardlinks "$root" "$clone"
cd "$clone"
npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error
npm run build --silent > build.log 2>&1 || { cat build.log; echo "npm run build failed after a production-only install" >&2; exit 1; }
test -f _site/index.html && test -f _site/pagefind/pagefind.js && test -f _site/assets/js/app.js
echo "production-only install and build: OK ($(find _site -name '*.html' | wc -l) pages)"
