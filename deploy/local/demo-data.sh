#!/usr/bin/env bash
# Loads the demo data into the running local stack through its APIs (./quads up runs this).
# Idempotent: a second run finds the cycle and the quads already there and changes nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLASSES=$ROOT/system-tests/target/classes
if [[ ! -f $CLASSES/scot/quads/system/DemoData.class || ! -d $ROOT/system-tests/target/lib ]]; then
  "$ROOT/mvnw" -B -q -DskipTests -pl system-tests package >/dev/null
fi
exec java -cp "$CLASSES:$ROOT/system-tests/target/lib/*" scot.quads.system.DemoData \
  "$ROOT/rubric-service/src/main/resources/seed/demo-framework.json" \
  "$ROOT/rubric-service/src/main/resources/seed/demo-framework-per-indicator.json"
