# Sourced by scripts that need Java 21+: exports JAVA_HOME pointing at one, or exits with a message.
# Order: $JAVA_HOME when it is 21+, then the Temurin JDK this project's machines carry, then any 21+ JDK under /usr/lib/jvm.
socialmap_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
socialmap_select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(socialmap_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "No JDK 21 or newer found: set JAVA_HOME to one (Tycho 5 and the Eclipse bundles need Java 21+)." >&2
  exit 1
}
socialmap_select_jdk
