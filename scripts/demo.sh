#!/usr/bin/env bash
# Fresh machine → graph: set up, ingest corpus/, validate, show a query and a provenance lookup.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export KG_STORE=${KG_STORE:-data/kg}
.venv/bin/kg ingest corpus/
.venv/bin/kg validate
echo
echo "== Every DAU figure for 微信小程序, by period, with its source (examples/dau_wechat_miniprogram.rq)"
.venv/bin/kg query @examples/dau_wechat_miniprogram.rq
claim=$(.venv/bin/kg query @examples/dau_wechat_miniprogram.rq --format csv | sed -n 2p | cut -d, -f1)
echo
echo "== Where does the first of these numbers come from? (kg provenance $claim)"
.venv/bin/kg provenance "$claim"
