#!/usr/bin/env bash
# Installs (Debian, as root) and starts what the real-service tests need:
#   - chromium + chromium-driver for the dashboard and report browser tests;
#   - a throwaway PostgreSQL server on 127.0.0.1:$SITREP_PG_PORT for the Postgres store tests.
# Writes the variables the tests read to /tmp/sitrep-test-services.env. Safe to run twice.
set -uo pipefail
ENV_FILE=/tmp/sitrep-test-services.env
PG_PORT=${SITREP_PG_PORT:-54329}
: > "$ENV_FILE"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "cannot install ${need[*]} (not root or no apt-get)"
  fi
fi

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$BIN" ] && [ -x "$BIN/initdb" ]; then
  DATA=/tmp/sitrep-pg-$PG_PORT
  RUN=""
  [ "$(id -u)" = 0 ] && RUN="runuser -u postgres --"
  if ! $RUN "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    rm -rf "$DATA"; mkdir -p "$DATA"; [ -n "$RUN" ] && chown postgres "$DATA"
    $RUN "$BIN/initdb" -D "$DATA" -A trust -U postgres >/dev/null
    $RUN "$BIN/pg_ctl" -D "$DATA" -l "$DATA/log" -w -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  echo "export SITREP_TEST_PG=postgresql://postgres@127.0.0.1:$PG_PORT/postgres" >> "$ENV_FILE"
  echo "postgres: running on 127.0.0.1:$PG_PORT"
else
  echo "postgres: not available; Postgres tests will skip"
fi
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null | head -n 1)"
fi
