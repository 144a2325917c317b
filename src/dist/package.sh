#!/usr/bin/env bash
# Builds the installable app from the jars `mvn -Pdist package` prepared: a jlink'd Java runtime with JavaFX linked in
# as modules (so JavaFX never loads from the class path, and never warns "Unsupported JavaFX configuration"), a
# jpackage app image whose launcher carries the JVM options the app wants, a class-data-sharing archive of the app's
# start, and a .deb when dpkg-deb and fakeroot are there. Called by Maven (the dist profile); not part of `mvn verify`.
#
#   package.sh TARGET_DIR VERSION M2_REPO JAVAFX_VERSION JAVAFX_PLATFORM
set -euo pipefail
target=$1 version=$2 repo=$3 fx=$4 platform=$5
dist=$target/dist
number=${version%%-*}
rm -rf "$dist/input" "$dist/runtime" "$dist/Faultline" "$dist"/*.deb
mkdir -p "$dist/input"
cp "$target/faultline-$version.jar" "$dist/input/faultline.jar"
cp "$target/dist-lib/"*.jar "$dist/input/"

fxmods=
for m in base graphics controls; do
  fxmods+="$repo/org/openjfx/javafx-$m/$fx/javafx-$m-$fx-$platform.jar:"
done

# The JDK modules the jars use (jdeps), plus what jdeps cannot see: locale data for Chinese dates, the zip file
# system the built-in model is read through, and extra charsets for source texts.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --module-path "$fxmods" \
  --class-path "$(ls "$dist/input/"*.jar | grep -v /faultline.jar | tr '\n' ':')" "$dist/input/faultline.jar")
modules+=",javafx.base,javafx.graphics,javafx.controls,jdk.localedata,jdk.zipfs,jdk.charsets"
echo "jlink: $modules"
# --generate-cds-archive: the runtime ships a class-data-sharing archive of its own classes (JDK 17 jlink plugin).
jlink --module-path "$fxmods" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$dist/runtime"

# ControlsFX reaches into JavaFX internals; the same exports as the javafx-maven-plugin's run.
exports=(
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.inputmap=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
)
javaopts=()
for o in "${exports[@]}"; do javaopts+=(--java-options "$o"); done
# The app's own classes from a CDS archive made below; -Xshare:auto ignores it if it does not match.
javaopts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/faultline.jsa' --java-options -Xshare:auto)

jpackage --type app-image --name Faultline --app-version "$number" --vendor Faultline \
  --description "A timeline explorer whose every event is anchored to verbatim source passages" \
  --input "$dist/input" --main-jar faultline.jar --main-class dev.faultline.app.Main \
  --runtime-image "$dist/runtime" --dest "$dist" "${javaopts[@]}"

# The app's CDS archive: the classes a headless export loads (model loading, text folding, Jackson, ICU, the layout
# engine, the picture writers), dumped by the image's own runtime with the launcher's class path.
app=$dist/Faultline/lib/app
cp=$(grep '^app.classpath=' "$app/Faultline.cfg" | sed 's/^app.classpath=//; s#\$APPDIR#'"$app"'#g' | paste -sd: -)
"$dist/Faultline/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$app/faultline.jsa" "${exports[@]}" -cp "$cp" \
  dev.faultline.app.Main --export png --out "$dist/cds-warmup.png" >/dev/null
rm -f "$dist/cds-warmup.png"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --name Faultline --app-version "$number" --vendor Faultline \
    --app-image "$dist/Faultline" --dest "$dist" --linux-package-name faultline --linux-shortcut
else
  echo "no dpkg-deb or fakeroot: skipping the .deb (apt-get install dpkg-dev fakeroot)" >&2
fi
du -sh "$dist/Faultline" "$dist"/*.deb 2>/dev/null || true
