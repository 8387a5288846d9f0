# Sourced by bench/run and the drills: the project's environment helpers, plus building the bench and the app.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
# shellcheck source=../scripts/lib/env.sh
. "$ROOT/scripts/lib/env.sh"

APP_JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
BENCH_JAR="$BENCH_DIR/target/vipgate-bench.jar"

# Builds the application (all modules, tests skipped) when its jar is missing or when BENCH_BUILD=1.
build_app() {
  if [ ! -f "$APP_JAR" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    log "building the application (./mvnw install -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q install -DskipTests)
  fi
}

# Copies the built application aside, so that a rebuild of bootstrap during the run cannot change what is measured.
SNAPSHOT_JAR="$BENCH_DIR/target/app-under-test/quarkus-run.jar"
snapshot_app() {
  rm -rf "$BENCH_DIR/target/app-under-test"
  mkdir -p "$BENCH_DIR/target"
  cp -a "$(dirname "$APP_JAR")" "$BENCH_DIR/target/app-under-test"
}

# Builds the bench module when its jar is missing or older than any of its sources.
build_bench() {
  if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$BENCH_DIR/src" "$BENCH_DIR/pom.xml" -newer "$BENCH_JAR" -print -quit)" ]; then
    log "building the bench (./mvnw -f bench/pom.xml package)"
    (cd "$ROOT" && ./mvnw -B -q -f bench/pom.xml package -DskipTests)
  fi
}

# Drops and recreates a database, so that every run starts from an empty schema that the app migrates.
fresh_database() {
  local db=$1
  pg_super -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  ensure_database "$db"
}

# Says what else is using the machine: numbers taken while tests run are pessimistic.
report_load() {
  log "load average: $(cut -d' ' -f1-3 /proc/loadavg); test JVMs running: $(pgrep -fc surefire || true)"
}

# The bench JVM's options. In an open loop the generator's own pauses count as latency, so it runs ZGC (sub-ms
# pauses; with ParallelGC its 10-40 ms young pauses and a 96 ms metaspace full GC showed up as the app's p99) and a
# metaspace sized so that it never triggers a full GC. Netty still uses sun.misc.Unsafe, which JDK 24+ warns about.
bench_jvm_options() {
  local options="${BENCH_JVM_OPTIONS:--XX:+UseZGC -Xms1g -Xmx1g -XX:MetaspaceSize=256m}"
  [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && options="$options --sun-misc-unsafe-memory-access=allow"
  echo "$options"
}
