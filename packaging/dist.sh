#!/usr/bin/env bash
# mvn -B package -Pdist: the portable app image and the Debian package, from target/pilcrow.jar.
#   target/dist/image/pilcrow/          the app image: bin/pilcrow (jpackage's launcher), lib/app
#                                       (the jar, its AOT cache or class-data archive), lib/runtime
#   target/dist/pilcrow-VERSION-linux-x64.tar.gz   the same, to unpack anywhere
#   target/dist/pilcrow_VERSION_amd64.deb          installs it in /usr/lib/pilcrow, with
#                                       /usr/bin/pilcrow, the man page and bash, zsh, fish completions
# usage: packaging/dist.sh VERSION [FALLBACK-JDK]
# The runtime is made from the newest JDK of 19 or later found ($DIST_JDK, $JAVA_HOME,
# /usr/lib/jvm/*; 19 is where a class-data archive can be made in one folder and used from
# another), else from FALLBACK-JDK (the one running Maven), without an archive. From JDK 25 the
# image gets an AOT cache instead of the archive.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$1"
fallback="${2:-}"
out="$root/target/dist"
jar="$root/target/pilcrow.jar"
say() { echo "dist: $*" >&2; }
die() { say "$*"; exit 1; }
[ -f "$jar" ] || die "no $jar: run the package phase first"
for tool in fakeroot dpkg-deb script; do
  command -v "$tool" >/dev/null || die "$tool is needed (Debian: apt-get install fakeroot dpkg-dev util-linux)"
done

# --- which JDK: its feature version from its release file
feature_of() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
jdk="" best=0
for candidate in "${DIST_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && [ -x "$candidate/bin/jpackage" ] || continue
  f="$(feature_of "$candidate")"
  if [ "${f:-0}" -ge 19 ] && [ "$f" -gt "$best" ]; then jdk="$candidate" best="$f"; fi
done
archive=1
if [ -z "$jdk" ]; then
  jdk="$fallback" best="$(feature_of "$fallback")"; archive=0
  [ -x "$jdk/bin/jlink" ] || die "no JDK with jlink and jpackage found"
  say "no JDK 19 or later: the image gets no class-data archive (JDK $best cannot move one)"
fi
say "runtime from $jdk (JDK $best)"
rm -rf "$out"; mkdir -p "$out"

# --- modules: packaging/modules, checked against what jdeps finds in the jar today. The jar is
# unpacked first: picocli's module-info (META-INF/versions/9) would make jdeps read the whole jar
# as picocli's module.
modules="$(grep -v '^[#-]' "$root/packaging/modules" | grep . | paste -sd, -)"
left_out="$(sed -n 's/^-\([^ ]*\).*/\1/p' "$root/packaging/modules" | paste -sd, -)"
mkdir -p "$out/classes"
(cd "$out/classes" && "$jdk/bin/jar" xf "$jar" && find . -name module-info.class -delete)
found="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$out/classes")"
for module in ${found//,/ }; do
  case ",$modules,$left_out," in *",$module,"*) ;; *) die "jdeps finds $module, which packaging/modules does not list" ;; esac
done
rm -rf "$out/classes"

"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$out/runtime"

# --- the app image. JDK 24 and later warn when JLine loads its native library unless native
# access is granted; C1 only, as the launcher runs the reader (docs/performance.md).
options=(-XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off)
[ "$best" -ge 24 ] && options+=(--enable-native-access=ALL-UNNAMED)
# JDK 25 and later: an AOT cache (JEP 483, 514, 515) in place of the class-data archive. Its
# messages (a cache the JVM cannot use is skipped with one) are off, as the launcher has them.
aot=0
if [ "$archive" = 1 ] && [ "$best" -ge 25 ]; then aot=1; options+=("-Xlog:aot*=off"); fi
mkdir -p "$out/input"; cp -p "$jar" "$out/input/"
java_options=(); for o in "${options[@]}"; do java_options+=(--java-options "$o"); done
if [ "$aot" = 1 ]; then
  java_options+=(--java-options '-XX:AOTCache=$APPDIR/pilcrow.aot')
elif [ "$archive" = 1 ]; then
  java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/pilcrow.jsa')
fi
"$jdk/bin/jpackage" --type app-image --name pilcrow --app-version "$version" \
  --input "$out/input" --main-jar pilcrow.jar --main-class pilcrow.cli.Main \
  --runtime-image "$out/runtime" --dest "$out/image" "${java_options[@]}"
image="$out/image/pilcrow"
app="$image/lib/app"

# --- the AOT cache (JDK 25 and later): made by one training run, the reader's, driven by keys in
# a pseudo-terminal (script) at 100x30: open a document, move, find, go back, quit. One cache
# serves every command, as jpackage's launcher has one set of options; the reader's first paint is
# what it is for. The keys wait for the reader to be up: typed earlier they meet a terminal still
# in line mode.
if [ "$aot" = 1 ]; then
  java="$image/lib/runtime/bin/java"
  (sleep 8; printf 'j\r'; sleep 1; printf 'jj}G'; sleep 0.5; printf '/the\r'; sleep 1; printf 'n'
   sleep 0.5; printf 'q'; sleep 0.5; printf 'q'; sleep 5) \
    | PILCROW_DATA_DIR="$out/training-data" TERM=xterm-256color SHELL=/bin/sh timeout 300 script -qfec \
      "stty cols 100 rows 30; exec $(printf '%q ' "$java" "${options[@]}" -XX:AOTCacheOutput="$app/pilcrow.aot" -cp "$app/pilcrow.jar" pilcrow.cli.Main)" \
      /dev/null >"$out/aot-training.log" 2>&1 || { cat "$out/aot-training.log" >&2; die "the AOT cache's training run failed"; }
  [ -s "$app/pilcrow.aot" ] || die "the AOT cache's training run made no cache"
  # /usr/bin/pilcrow picks a cache of their own for find and --version: all of a cache's classes
  # are loaded at start, and the reader's made --version no faster than no cache at all.
  for kind in find version; do
    case "$kind" in find) args=(find the) ;; version) args=(--version) ;; esac
    PILCROW_DATA_DIR="$out/training-data" "$java" "${options[@]}" -XX:AOTCacheOutput="$app/pilcrow-$kind.aot" \
      -cp "$app/pilcrow.jar" pilcrow.cli.Main "${args[@]}" >"$out/aot-training-$kind.log" 2>&1 </dev/null \
      && [ -s "$app/pilcrow-$kind.aot" ] || { cat "$out/aot-training-$kind.log" >&2; die "the $kind AOT cache's training failed"; }
  done
  rm -rf "$out/training-data"
  say "AOT caches: $(cd "$app" && du -ch -- *.aot | paste -sd' ')"
fi

# --- the class-data archive (JDK 19 to 24): the classes that start-up loads in the reader (driven
# by keys in a pseudo-terminal), find, list, show and --version, dumped once for all of them.
if [ "$archive" = 1 ] && [ "$aot" = 0 ]; then
  java="$image/lib/runtime/bin/java"
  lists="$out/classlists"; mkdir -p "$lists"
  # The training runs and the dump take the launcher's options: an archive dumped without
  # --enable-native-access is used with the module graph rebuilt at every start ("Mismatched
  # values for property jdk.module.enable.native.access", -Xlog:cds).
  train() { local name="$1"; shift; "$java" "${options[@]}" -XX:DumpLoadedClassList="$lists/$name.lst" \
      -cp "$app/pilcrow.jar" pilcrow.cli.Main "$@" >/dev/null 2>&1 </dev/null || true; }
  docs="$out/training"; mkdir -p "$docs"
  printf 'Training\n\nA plain pilcrow paragraph.\n\nAnother, without it.\n' >"$docs/plain.txt"
  printf '# Training\n\nProse with *Pilcrow* in [a link](x).\n\n- a list\n' >"$docs/prose.md"
  train version --version
  train list list
  train show show 1 -p 1
  train find find -i pilcrow "$docs"
  train find-seeds find China
  # The reader: open the first document, move, find, go back, quit (keys typed ahead are read
  # once the reader is up). script(1) gives it a terminal.
  (sleep 2; printf '\rj}G/the\rnqq') | TERM=xterm-256color timeout 120 script -qfec \
    "$(printf '%q ' "$java" "${options[@]}" -XX:DumpLoadedClassList="$lists/reader.lst" -cp "$app/pilcrow.jar" pilcrow.cli.Main)" \
    /dev/null >/dev/null 2>&1 || say "the reader's training run did not end cleanly (the archive is made all the same)"
  # One list: the class names of every run (each run numbers its classes its own way, so the
  # lines with their ids cannot be merged), then the runs' @ lines (lambda proxies, lambda forms,
  # resolved constants), which name classes. Without the @ lines the lambdas were spun at every
  # start: the reader took 800 ms of CPU against 650 with them (bench/first-paint.sh, load 13).
  { cat "$lists"/*.lst | grep -v '^[#@]' | sed 's/ .*//' | sort -u
    cat "$lists"/*.lst | grep '^@' | awk '!seen[$0]++'; } >"$out/classes.lst"
  "$java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$out/classes.lst" -XX:SharedArchiveFile="$app/pilcrow.jsa" \
    -cp "$app/pilcrow.jar" >"$out/cds-dump.log" 2>&1 || { cat "$out/cds-dump.log" >&2; die "class-data archive failed"; }
  say "class-data archive: $(grep -vc "^@" "$out/classes.lst") classes"
fi
tar -C "$out/image" -czf "$out/pilcrow-$version-linux-x64.tar.gz" pilcrow

# --- the man page and completions, from the program's own model
share="$out/share"
"$image/lib/runtime/bin/java" -cp "$app/pilcrow.jar" pilcrow.cli.InstallFiles "$share"
gzip -9n "$share/man/man1/pilcrow.1"

# --- the Debian package: jpackage makes it from the image; what jpackage cannot place outside its
# install folder (/usr/bin/pilcrow, the man page, completions) is added to it, and it is built again.
"$jdk/bin/jpackage" --type deb --app-image "$image" --name pilcrow --app-version "$version" \
  --install-dir /usr/lib --dest "$out/jpackage" --linux-package-name pilcrow \
  --linux-deb-maintainer pilcrow@localhost --linux-app-category utils \
  --description "A terminal reader: a document library, a paragraph view, find and bookmarks." \
  --vendor pilcrow
deb="$(ls "$out"/jpackage/*.deb)"
tree="$out/deb"
dpkg-deb -R "$deb" "$tree"
mkdir -p "$tree/usr/bin" "$tree/usr/share"
# /usr/bin/pilcrow starts the packaged runtime itself, with the options jpackage's launcher reads
# from pilcrow.cfg: that launcher asks rpm and then dpkg which package owns it at every start
# (rpm -qf, dpkg -S, dpkg -L: three processes and a search of dpkg's database), which made the
# installed command paint 100-175 ms after the launcher from a clone at the same CPU time.
installed=/usr/lib/pilcrow
start_options=()
for o in "${options[@]}"; do start_options+=("$o"); done
[ "$archive" = 1 ] && [ "$aot" = 0 ] && start_options+=("-XX:SharedArchiveFile=$installed/lib/app/pilcrow.jsa")
{ printf '#!/bin/sh\n'
  printf '# pilcrow, installed: the packaged Java runtime started directly (see packaging/dist.sh).\n'
  printf '# The heap ceiling the launcher gives (./pilcrow): 1 GiB, serve 6 GiB; PILCROW_HEAP sets it.\n'
  printf '# The young generation at most 96 MiB but for serve, as the launcher has it for all but find\n'
  printf '# (its serial collector is left out: the find cache was trained with G1).\n'
  printf 'heap=1g young=-XX:MaxNewSize=96m\n[ "${1:-}" = serve ] && heap=6g young=\nheap="-Xmx${PILCROW_HEAP:-$heap}"\n'
  if [ "$aot" = 1 ]; then
    printf '# The AOT cache of the kind of run: find and --version have their own, the rest the reader%ss.\n' "'"
    printf 'cache=pilcrow\n'
    printf 'case "${1:-}" in\n  find) cache=pilcrow-find ;;\n  --version|-V) [ $# = 1 ] && cache=pilcrow-version ;;\nesac\n'
    printf 'exec %s"$heap" $young -XX:AOTCache=%s/lib/app/$cache.aot -cp %s pilcrow.cli.Main "$@"\n' \
      "$(printf '%q ' "$installed/lib/runtime/bin/java" "${start_options[@]}")" "$installed" "$installed/lib/app/pilcrow.jar"
  else
    printf 'exec %s"$heap" $young -cp %s pilcrow.cli.Main "$@"\n' "$(printf '%q ' "$installed/lib/runtime/bin/java" "${start_options[@]}")" \
      "$installed/lib/app/pilcrow.jar"
  fi
} >"$tree/usr/bin/pilcrow"
chmod 755 "$tree/usr/bin/pilcrow"
cp -r "$share"/. "$tree/usr/share/"
# jpackage copied the jar with a new time; the archive holds the one it was dumped with, and the
# JVM ignores an archive whose jar's time has changed (dpkg keeps the times in the package).
touch -r "$app/pilcrow.jar" "$tree/usr/lib/pilcrow/lib/app/pilcrow.jar"
sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" "$tree/DEBIAN/control"
if [ -f "$tree/DEBIAN/md5sums" ]; then
  (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
fi
# gzip: xz takes minutes over the runtime on two cores, for a package a fifth smaller
fakeroot dpkg-deb -Zgzip --build "$tree" "$out/" >/dev/null
rm -rf "$tree" "$out/jpackage" "$out/input" "$out/runtime" "$out/classlists" "$out/training"
say "built $(cd "$out" && ls -- *.deb *.tar.gz | paste -sd' ')"
