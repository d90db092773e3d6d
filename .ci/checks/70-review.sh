#!/usr/bin/env bash
# tandem review in a real browser (Debian's chromium, headless, driven by Selenium
# through chromium-driver): the served page on the sample (keyboard, doubtful filter,
# accept, merge, realign pending, Save, then the saved JSON's statuses and merged
# link), a screenshot to out/review/review.png (copied to docs/review.png for the
# README), and the --html page's DOM, which must hold every sentence of both sides
# and reference no http(s) URL. The driver script is review/drive-review.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
DE=Samples/putin-kim-summit.de.txt
EN=Samples/putin-kim-summit.en.txt
OUT=out/review
fail() { echo "FAIL: $*"; exit 1; }

missing=""
for p in chromium chromium-driver python3-venv; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "70-review: installing$missing (apt-get)"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check selenium
mkdir -p "$OUT" docs
rm -f "$OUT/reviewed.json"

# Served mode: a free port, the URL on the first line of standard output.
"$TANDEM" review "$DE" "$EN" --source-lang de --target-lang en --port 0 -o "$OUT/reviewed.json" \
  > "$work/server.out" 2> "$work/server.err" &
server=$!
for _ in $(seq 1 600); do
  url=$(head -1 "$work/server.out")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.err"; fail "tandem review exited before serving"; }
  sleep 0.2
done
[ -n "$url" ] || fail "tandem review printed no URL"
case $url in http://127.0.0.1:*) ;; *) fail "the server is not on 127.0.0.1: $url" ;; esac
"$work/venv/bin/python" .ci/checks/review/drive-review.py served "$url" "$OUT/reviewed.json" "$OUT/review.png"
kill -INT "$server"
for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
kill -0 "$server" 2>/dev/null && fail "tandem review did not stop on SIGINT"
server=""
cp "$OUT/review.png" docs/review.png
"$TANDEM" review "$OUT/reviewed.json" --source-lang de --target-lang en --html "$work/reread.html" \
  || fail "tandem review cannot read back the saved JSON"

# Static mode: one page, rendered by chromium; compared with what tandem align writes.
"$TANDEM" review "$DE" "$EN" --source-lang de --target-lang en --html "$OUT/page.html"
"$TANDEM" align "$DE" "$EN" --source-lang de --target-lang en -o "$work/aligned.json"
chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$PWD/$OUT/page.html" > "$work/dom.html" 2>/dev/null
"$work/venv/bin/python" .ci/checks/review/drive-review.py static "$work/dom.html" "$work/aligned.json"
grep -qE 'https?://' "$OUT/page.html" && fail "page.html references an http(s) URL"
echo "PASS: tandem review (served and --html) in headless chromium"
