# Sourced by scripts/dev and scripts/test: finds a JDK 21+ and makes sure PostgreSQL and Redis answer on
# localhost, starting them, or installing them with apt when missing and running as root.
set -euo pipefail

VIPGATE_DB_USER=${VIPGATE_DB_USER:-vipgate}
VIPGATE_DB_PASSWORD=${VIPGATE_DB_PASSWORD:-vipgate}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}

log() { printf '[vipgate] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }

# JAVA_HOME if it is 21+, else the newest JDK 21+ under /usr/lib/jvm, else `java` on the PATH.
find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      export JAVA_HOME="${candidate%/}"
      return 0
    fi
  done
  if command -v javac >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    return 0
  fi
  die "no JDK 21 or newer found: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME"
}

is_root() { [ "$(id -u)" -eq 0 ]; }

apt_install() {
  is_root || die "$* is missing and installing it needs root: install it, or run this as root"
  command -v apt-get >/dev/null || die "$* is missing and there is no apt-get to install it with"
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Headless Chromium and its driver for the dashboard's browser test. Optional: without them (and without root to install
# them) the test skips, saying why, and the rest of the suite runs.
ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    return
  fi
  if is_root && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 \
      || log "chromium could not be installed: the dashboard's browser test will skip"
  else
    log "chromium and chromedriver are missing (installing them needs root): the dashboard's browser test will skip"
  fi
}

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }

# psql as the cluster's superuser: over TCP when trust allows it, else through the postgres OS account.
pg_super() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  elif is_root && command -v runuser >/dev/null; then
    runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  else
    die "cannot reach PostgreSQL as its superuser to create the '$VIPGATE_DB_USER' role"
  fi
}

ensure_postgres() {
  command -v pg_ctlcluster >/dev/null || command -v pg_isready >/dev/null || apt_install postgresql
  if ! pg_ready; then
    command -v pg_ctlcluster >/dev/null || apt_install postgresql
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$version" ] || die "PostgreSQL is installed but has no cluster under /etc/postgresql"
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    pg_ready || die "PostgreSQL did not come up on $PG_HOST:$PG_PORT"
  fi
}

# The role the application and tests log in as, allowed to create the throwaway databases tests make.
ensure_database() {
  local db=$1
  pg_super -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$VIPGATE_DB_USER') THEN
        CREATE ROLE $VIPGATE_DB_USER LOGIN CREATEDB PASSWORD '$VIPGATE_DB_PASSWORD';
      END IF; END \$\$;"
  if [ "$(pg_super -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    log "creating database $db"
    pg_super -c "CREATE DATABASE $db OWNER $VIPGATE_DB_USER"
  fi
}

# A database of its own for this run, dropped when the script exits, and the VIPGATE_TEST_* variables the tests read:
# a run never meets another branch's migrations or data, and two runs on one machine do not meet each other.
use_test_database() {
  test_db="vipgate_test_$$"
  ensure_database "$test_db"
  trap 'pg_super -c "DROP DATABASE IF EXISTS $test_db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
  export VIPGATE_TEST_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$test_db"
  export VIPGATE_TEST_REACTIVE_URL="postgresql://$PG_HOST:$PG_PORT/$test_db"
  export VIPGATE_TEST_DB_USER="$VIPGATE_DB_USER" VIPGATE_TEST_DB_PASSWORD="$VIPGATE_DB_PASSWORD"
  export VIPGATE_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  # Redis is shared, so the run's keys get a prefix of their own (CACHE_VERSION), as its database has a name.
  export VIPGATE_TEST_CACHE_VERSION="t$$"
}

redis_ready() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

ensure_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis_ready; then
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    mkdir -p /tmp/vipgate-redis
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /tmp/vipgate-redis --logfile /tmp/vipgate-redis/redis.log
    for _ in $(seq 1 20); do redis_ready && break; sleep 0.5; done
    redis_ready || die "Redis did not come up on 127.0.0.1:$REDIS_PORT"
  fi
}

docker_available() { command -v docker >/dev/null && docker info >/dev/null 2>&1; }
