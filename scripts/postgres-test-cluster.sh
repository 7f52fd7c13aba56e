#!/usr/bin/env bash
# Runs a command (the tests) with a throwaway PostgreSQL cluster: installs Debian's `postgresql` when it is missing,
# creates a cluster in a temporary folder (initdb as the unprivileged `postgres` user when run as root), starts it on a
# free 127.0.0.1 port, exports its admin connection string as REPORTING_TEST_POSTGRES, runs the command and always
# stops the cluster and removes the folder afterwards (trap: also on failure, Ctrl-C or kill).
#
# Where that is impossible (no PostgreSQL and no root or apt-get, initdb or start failing) the command still runs, with
# REPORTING_TEST_POSTGRES_UNAVAILABLE saying why: the PostgreSQL tests then show as skipped with that reason.
# A REPORTING_TEST_POSTGRES already set (a server of your own) is used as it is, and no cluster is made.
#
# Usage: scripts/postgres-test-cluster.sh COMMAND [ARGS...]
set -uo pipefail

say() { echo "postgres-test-cluster: $*" >&2; }

if [ $# -eq 0 ]; then
    say "usage: $0 COMMAND [ARGS...]"; exit 2
fi

if [ -n "${REPORTING_TEST_POSTGRES:-}" ]; then
    say "using the server in REPORTING_TEST_POSTGRES"
    "$@"; exit $?
fi

unavailable() {
    export REPORTING_TEST_POSTGRES_UNAVAILABLE="$1"
    say "PostgreSQL not available: $1; the PostgreSQL tests are skipped"
}

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres() {
    local sudo
    if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
        unavailable "PostgreSQL is not installed, and this user is not root (no sudo) to install it"; return 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        unavailable "PostgreSQL is not installed, and there is no apt-get to install it"; return 1
    fi
    say "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    local log=/tmp/postgres-test-cluster-install.log
    if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends postgresql >"$log" 2>&1; then
        # A fresh machine has no package lists yet.
        "${sudo[@]}" apt-get update -q >>"$log" 2>&1
        if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends postgresql >>"$log" 2>&1; then
            unavailable "apt-get install postgresql failed (see $log)"; return 1
        fi
    fi
}

# A port nothing listens on now; pg_ctl start is retried on another one should it be taken meanwhile.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

folder=""
bin=""
as_owner=()
cleanup() {
    if [ -n "$folder" ] && [ -d "$folder" ]; then
        if [ -f "$folder/data/postmaster.pid" ]; then
            "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        fi
        rm -rf "$folder"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_cluster() {
    bin=$(bin_dir)
    if [ -z "$bin" ]; then
        install_postgres || return 1
        bin=$(bin_dir)
        [ -n "$bin" ] || { unavailable "postgresql installed, but no /usr/lib/postgresql/*/bin"; return 1; }
    fi

    # initdb refuses to run as root: as root the cluster belongs to the unprivileged `postgres` user.
    local owner
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres 2>/dev/null \
            || { unavailable "no unprivileged 'postgres' user to run the cluster as"; return 1; }
        command -v runuser >/dev/null 2>&1 || { unavailable "no runuser to start the cluster as 'postgres'"; return 1; }
        owner=postgres
        as_owner=(runuser -u postgres --)
    fi

    folder=$(mktemp -d "${TMPDIR:-/tmp}/reporting-postgres.XXXXXX") || { unavailable "cannot create a temporary folder"; return 1; }
    chmod 755 "$folder"
    local password
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    (umask 077; printf '%s\n' "$password" >"$folder/password")
    chown -R "$owner" "$folder"

    if ! "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U postgres --pwfile="$folder/password" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1; then
        unavailable "initdb failed: $(tail -n 3 "$folder/initdb.log" | tr '\n' ' ')"; return 1
    fi
    rm -f "$folder/password"
    # Throwaway data: durability off for speed (the tests stop the program, never the server); room for the tests'
    # parallel connection pools, one per test database.
    cat >>"$folder/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$folder'
max_connections = 400
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    local port tries
    for tries in 1 2 3 4 5; do
        port=$(free_port) || { unavailable "no free local port"; return 1; }
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -o "-p $port" -l "$folder/server.log" -w -t 60 start >/dev/null 2>&1; then
            export REPORTING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
            unset REPORTING_TEST_POSTGRES_UNAVAILABLE
            say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port (cluster in $folder, stopped and removed at the end)"
            return 0
        fi
        say "start on port $port failed (try $tries): $(tail -n 2 "$folder/server.log" 2>/dev/null | tr '\n' ' ')"
    done
    unavailable "the cluster did not start (see the log above)"
    return 1
}

start_cluster || true
"$@"
