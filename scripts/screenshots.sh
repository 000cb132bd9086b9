#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: one picture of each view of the web UI on the example articles,
# taken by the browser tests (a real headless Chromium: apt-get install chromium chromium-driver).
# Needs JAVA_HOME set to a JDK 21 or newer, as for ./mvnw.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
./mvnw -B -q -pl factline-app -am test \
  -Dtest=WebUiBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfactline.screenshots="$out"
ls -1 "$out"/*.png
