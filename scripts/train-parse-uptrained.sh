#!/usr/bin/env bash
# npm run train:parse:uptrained — the uptrained parser of models/parse/README.md ("Trials: uptraining"), from ../shared/data:
#   1. the teacher: a globally trained beam parser (seed 17, width 16, max-violation, 8 epochs);
#   2. its automatic trees of unlabelled news text of training splits only (auto-trees.ts), at width 8;
#   3. the greedy students: seeds 17 and 18 trained on the treebanks plus 22,800 automatic trees an epoch
#      (uptraining), their mean with weights below 2 dropped, written to OUT (default: PARSE_WORK/uptrained).
# Not the shipped model (npm run train:parse makes that): see the README for why it is not shipped yet.
# Intermediate files go to PARSE_WORK (default: a folder under the system's temporary directory), outside the
# repository: the automatic trees hold third-party text and must never be committed. Tag caches are kept there too,
# so a second run skips the taggers. About 2 hours on 2 cores.
# STEP=student skips steps 1–2 when PARSE_WORK already holds auto.conllu. OUT=DIR writes the model there.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${PARSE_WORK:-${TMPDIR:-/tmp}/parley-train-parse}
OUT=${OUT:-$WORK/uptrained}
mkdir -p "$WORK/cache"
node_run() { nice -n 10 node "$@"; }
if [ "${STEP:-all}" != student ]; then
  SEEDS=17 BEAM=16 BEAM_UPDATE=max PARSER_EPOCHS=8 TAGS_CACHE="$WORK/cache" node_run dist/train/parse/train.js --out "$WORK/teacher"
  node_run dist/train/parse/auto-trees.js --model "$WORK/teacher" --out "$WORK/auto.conllu" --beam 8
fi
[ -s "$WORK/auto.conllu" ] || { echo "train-parse: $WORK/auto.conllu is missing; run without STEP=student" >&2; exit 2; }
SEEDS=17,18 EXTRA_TREES="$WORK/auto.conllu" EXTRA_TREES_SENTENCES=22800 MEAN_MIN_WEIGHT=2 TAGS_CACHE="$WORK/cache" \
  node_run dist/train/parse/train.js --out "$OUT"
