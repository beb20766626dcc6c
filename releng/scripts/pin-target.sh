#!/usr/bin/env bash
# Regenerates releng/org.socialmap.target/org.socialmap.target.target from roots.txt and wrap.bnd.
# Maven resolves the roots' dependency graph once, with every root's version forced on the whole
# graph (so open ranges in Eclipse and GLSP POMs resolve to the pinned versions, not to whatever
# Central has today); the result is written as explicit lists with includeDependencyDepth="none",
# so later builds never re-resolve a range. Jars of the [wrapped] section go to a location of
# their own, which turns them into bundles with wrap.bnd's instructions.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$here/.." && pwd)
target_dir="$here/org.socialmap.target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# roots.txt -> section<TAB>group:artifact:version, one root a line; and the excluded group:artifact
awk '
  /^[[:space:]]*(#|$)/ { next }
  /^\[.*\]$/ { section = substr($0, 2, length($0) - 2); next }
  /^!/ { next }
  { if (section != "bundles" && section != "wrapped") { print "roots.txt: root outside [bundles] or [wrapped]: " $0 > "/dev/stderr"; exit 1 }
    print section "\t" $0 }
' "$target_dir/roots.txt" > "$work/roots.tsv"
sed -n 's/^!//p' "$target_dir/roots.txt" > "$work/excluded.txt"
awk -F'\t' '$1 == "wrapped" { split($2, p, ":"); print p[1] ":" p[2] }' "$work/roots.tsv" > "$work/wrapped.txt"

dependency_elements() {
  cut -f2 "$work/roots.tsv" | while IFS=: read -r g a v; do
    echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
}
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>org.socialmap.releng</groupId><artifactId>pin-target</artifactId><version>1</version><packaging>pom</packaging>'
  echo '<dependencyManagement><dependencies>'
  dependency_elements
  echo '</dependencies></dependencyManagement>'
  echo '<dependencies>'
  dependency_elements
  echo '</dependencies></project>'
} > "$work/pom.xml"

"$repo_root/mvnw" -q -B -f "$work/pom.xml" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list \
  -DincludeScope=runtime -DoutputFile="$work/list.txt" -DoutputAbsoluteArtifactFilename=true

# group:artifact:version:path of every resolved jar, split into the excluded, wrapped and bundles
grep -E '^ +[^ :]+:[^ :]+:jar:' "$work/list.txt" | sed 's/^ *//; s/ -- .*//' | sort -u \
  | awk -F: '{ print $1 ":" $2 ":" $4 ":" $6 }' > "$work/resolved.txt"
awk -F: -v work="$work" '
  FILENAME == ARGV[1] { excluded[$0] = 1; next }
  FILENAME == ARGV[2] { wrapped[$0] = 1; next }
  ($1 ":" $2) in excluded { next }
  { print > (work "/" ((($1 ":" $2) in wrapped) ? "wrapped" : "bundles") "-resolved.txt") }
' "$work/excluded.txt" "$work/wrapped.txt" "$work/resolved.txt"
touch "$work/wrapped-resolved.txt" "$work/bundles-resolved.txt"

# A jar without an OSGi manifest in the bundles location would fail every build: say which, now.
missing=$(while IFS=: read -r g a v path; do
  unzip -p "$path" META-INF/MANIFEST.MF 2>/dev/null | grep '^Bundle-SymbolicName:' > /dev/null || echo "  $g:$a:$v"
done < "$work/bundles-resolved.txt")
if [ -n "$missing" ]; then
  echo "These jars have no OSGi manifest: add them to [wrapped] or drop them with '!group:artifact' in roots.txt:" >&2
  echo "$missing" >&2
  exit 1
fi

dependency_lines() {
  while IFS=: read -r g a v _path; do
    printf '        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>jar</type></dependency>\n' "$g" "$a" "$v"
  done < "$1"
}
{
  cat "$target_dir/target-header.xml"
  echo '    <location type="Maven" label="bundles" missingManifest="error" includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false">'
  echo '      <dependencies>'
  dependency_lines "$work/bundles-resolved.txt"
  echo '      </dependencies>'
  echo '    </location>'
  echo '    <location type="Maven" label="wrapped" missingManifest="generate" includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false">'
  echo '      <dependencies>'
  dependency_lines "$work/wrapped-resolved.txt"
  echo '      </dependencies>'
  echo '      <instructions><![CDATA['
  cat "$target_dir/wrap.bnd"
  echo ']]></instructions>'
  echo '    </location>'
  cat "$target_dir/target-footer.xml"
} > "$target_dir/org.socialmap.target.target"
echo "pinned $(wc -l < "$work/bundles-resolved.txt") bundles and $(wc -l < "$work/wrapped-resolved.txt") wrapped jars into $target_dir/org.socialmap.target.target"
