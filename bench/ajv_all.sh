#!/usr/bin/env bash
# Validates every JSON file under JSON_TREE/<schema name>/ (bench/yaml_to_json.py) against
# schemas/<schema name>.schema.json with ajv-cli (draft 7, ajv-formats for `format: date`,
# non-strict so that the `x-hok-ref` annotation is allowed): one ajv process per kind, as many
# at a time as there are cores. Schema validation only. Exit 1 if a file is invalid.
#   bench/ajv_all.sh JSON_TREE     (needs bench/.node from `npm install --prefix bench/.node ajv-cli ajv-formats`)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tree="$1"
export AJV="$here/.node/node_modules/.bin/ajv" FORMATS="$here/.node/node_modules/ajv-formats" SCHEMAS="$here/../schemas" TREE="$tree"
ls "$tree" | xargs -P "$(nproc)" -I{} sh -c \
  '"$AJV" validate --spec=draft7 --strict=false --errors=text -c "$FORMATS" -s "$SCHEMAS/{}.schema.json" -d "$TREE/{}/*.json" >/dev/null'
