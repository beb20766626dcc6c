#!/usr/bin/env bash
# Regenerates releng/org.socialmap.target/org.socialmap.target.target from roots.txt.
# Maven resolves the roots' dependency graph once (open ranges in Eclipse POMs resolve to
# whatever Central has today); the result is written as an explicit list with
# includeDependencyDepth="none", so later builds never re-resolve a range.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$here/.." && pwd)
target_dir="$here/org.socialmap.target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>org.socialmap.releng</groupId><artifactId>pin-target</artifactId><version>1</version><packaging>pom</packaging>'
  echo '<dependencies>'
  grep -v -e '^#' -e '^!' -e '^[[:space:]]*$' "$target_dir/roots.txt" | while IFS=: read -r g a v; do
    echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  echo '</dependencies></project>'
} > "$work/pom.xml"

"$repo_root/mvnw" -q -B -f "$work/pom.xml" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list \
  -DincludeScope=runtime -DoutputFile="$work/list.txt" -DoutputAbsoluteArtifactFilename=false

{
  cat "$target_dir/target-header.xml"
  sed -n 's/^!//p' "$target_dir/roots.txt" | sed 's/$/:/' > "$work/excluded.txt"
  grep -E '^ +[^ :]+:[^ :]+:jar:' "$work/list.txt" | sed 's/^ *//' | sort -u \
    | grep -v -F -f "$work/excluded.txt" \
    | while IFS=: read -r g a _type v _scope; do
        printf '        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>jar</type></dependency>\n' "$g" "$a" "$v"
      done
  cat "$target_dir/target-footer.xml"
} > "$target_dir/org.socialmap.target.target"
echo "pinned $(grep -c '<dependency>' "$target_dir/org.socialmap.target.target") artifacts into $target_dir/org.socialmap.target.target"
