#!/usr/bin/env bash
# Regenerates the web UI's offline base map from npm (run by hand when upgrading; the build never downloads):
# world-atlas (ISC; country shapes of Natural Earth, public domain) and topojson-client (ISC), which the
# browser uses to turn the TopoJSON into GeoJSON.
set -euo pipefail
cd "$(dirname "$0")/.."
out=factline-app/src/main/resources/web
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
mkdir -p "$tmp/wa" "$tmp/tc"
tar xzf "$tmp/world-atlas-2.0.2.tgz" -C "$tmp/wa"
tar xzf "$tmp/topojson-client-3.1.0.tgz" -C "$tmp/tc"
cp "$tmp/wa/package/countries-50m.json" "$out/data/countries-50m.topo.json"
cp "$tmp/wa/package/LICENSE" "$out/data/world-atlas.LICENSE"
cp "$tmp/tc/package/dist/topojson-client.min.js" "$out/vendor/topojson-client.min.js"
cp "$tmp/tc/package/LICENSE" "$out/vendor/topojson-client.LICENSE"
echo "base map written to $out/data and $out/vendor"
