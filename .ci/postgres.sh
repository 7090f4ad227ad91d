# A throwaway PostgreSQL for the tests: sourced by .ci/run (or by hand:
#   source .ci/postgres.sh && postgres_start; ...; postgres_stop).
# The cluster lives in a temporary folder, owned by an unprivileged user,
# and listens on a unix socket in that folder only (no TCP). postgres_start
# exports XIAOMI_DB_TEST_POSTGRES, a SQLAlchemy URL the tests use.

postgres_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

postgres_install() {
    # Debian's server packages, when the machine has none.
    postgres_bindir >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing the PostgreSQL server (Debian packages)" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    postgres_bindir >/dev/null
}

postgres_start() {
    local bindir
    bindir="$(postgres_bindir)" || { echo "PostgreSQL server not found: its tests will skip" >&2; return 1; }
    POSTGRES_DIR="$(mktemp -d "${TMPDIR:-/tmp}/xiaomi-pg.XXXXXX")"
    POSTGRES_BINDIR="$bindir"
    POSTGRES_OWNER="$(id -un)"
    # initdb refuses to run as root: run the cluster as the server's own user.
    if [ "$(id -u)" = 0 ]; then
        POSTGRES_OWNER=postgres
        id "$POSTGRES_OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$POSTGRES_OWNER"
        chown "$POSTGRES_OWNER" "$POSTGRES_DIR"
    fi
    chmod 700 "$POSTGRES_DIR"
    _postgres_as "$bindir/initdb" --pgdata="$POSTGRES_DIR/data" --username=xiaomi --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
        || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }
    _postgres_as "$bindir/pg_ctl" --pgdata="$POSTGRES_DIR/data" --log="$POSTGRES_DIR/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$POSTGRES_DIR' -c fsync=off" start >/dev/null \
        || { cat "$POSTGRES_DIR/server.log" >&2; return 1; }
    export XIAOMI_DB_TEST_POSTGRES="postgresql+psycopg://xiaomi@/postgres?host=$POSTGRES_DIR"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $POSTGRES_DIR" >&2
}

_postgres_as() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$POSTGRES_OWNER" -- "$@"; else "$@"; fi
}

postgres_stop() {
    [ -n "${POSTGRES_DIR:-}" ] || return 0
    if [ -f "$POSTGRES_DIR/data/postmaster.pid" ]; then
        _postgres_as "$POSTGRES_BINDIR/pg_ctl" --pgdata="$POSTGRES_DIR/data" --mode=fast --wait stop >/dev/null \
            || echo "could not stop the PostgreSQL server in $POSTGRES_DIR" >&2
    fi
    rm -rf "$POSTGRES_DIR"
    unset POSTGRES_DIR XIAOMI_DB_TEST_POSTGRES
    return 0
}
