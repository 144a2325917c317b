#!/usr/bin/env bash
# Cut assets/fonts/FaultlineCJK-Regular.otf: a renamed subset of Noto Sans CJK TC
# Regular (SIL OFL 1.1) covering Big5 level 1, GB2312, Latin-1, CJK and
# full-width punctuation, and every character of the project's own text
# (seeds/*.txt, assets/model/*.json, src/main/resources/**/*.properties,
# *.css and *.fxml, and src/main/java/**/*.java). Re-run it whenever that text
# changes.
#
# Needs: apt-get install --no-install-recommends fonts-noto-cjk fonttools
# Usage: bash assets/fonts/cut-subset.sh        (from anywhere)
# Knobs (environment):
#   NOTO_CJK_TTC   source collection   (default: Debian's NotoSansCJK-Regular.ttc)
#   HINTING=0      drop the CFF hints  (default keeps them: ~0.4 MB more, crisper small text)
#   FEATURES       OpenType layout features kept (default: kern,vert,vrt2)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
psname="NotoSansCJKtc-Regular"
out="$here/FaultlineCJK-Regular.otf"
features="${FEATURES:-kern,vert,vrt2}"
helper="$here/subset_chars.py"
copyright_file=/usr/share/doc/fonts-noto-cjk/copyright

if [[ ! -f "$src" ]]; then
    echo "cut-subset: $src not found;" \
         "run: apt-get install --no-install-recommends fonts-noto-cjk fonttools" >&2
    exit 1
fi

# A Python that has fontTools (pyenv's python3 may shadow Debian's).
py=""
for cand in /usr/bin/python3 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import fontTools.subset' 2>/dev/null; then
        py="$cand"; break
    fi
done
if [[ -z "$py" ]]; then
    echo "cut-subset: no python3 with fontTools;" \
         "run: apt-get install --no-install-recommends fonttools" >&2
    exit 1
fi

index="$("$py" "$helper" find-index --font "$src" --psname "$psname")"
echo "cut-subset: $src face #$index ($psname), fontTools $("$py" -c 'import fontTools; print(fontTools.version)')"
if command -v dpkg-query >/dev/null 2>&1; then
    echo "cut-subset: fonts-noto-cjk $(dpkg-query -W -f='${Version}' fonts-noto-cjk 2>/dev/null || echo '?')"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# 1. the character set
"$py" "$helper" charset --root "$root" --font "$src" --index "$index" --out "$tmp/unicodes.txt"

# 2. the subset
hint_opt=()
if [[ "${HINTING:-1}" == 0 ]]; then hint_opt=(--no-hinting); fi
"$py" -m fontTools.subset "$src" \
    --font-number="$index" \
    --unicodes-file="$tmp/unicodes.txt" \
    --layout-features="$features" \
    "${hint_opt[@]}" \
    --notdef-outline \
    --name-IDs='*' --name-languages='*' \
    --output-file="$tmp/FaultlineCJK-Regular.otf"

# 3. rename to "Faultline CJK" and verify names, cmap coverage and size
"$py" "$helper" finalize --font "$tmp/FaultlineCJK-Regular.otf" \
    --required "$tmp/unicodes.txt.required" --source "$src" --index "$index"

mv -f "$tmp/FaultlineCJK-Regular.otf" "$out"

# 4. the licence beside it
if [[ -f "$copyright_file" ]]; then
    "$py" "$helper" ofl --font "$src" --index "$index" \
        --copyright "$copyright_file" --out "$here/OFL.txt"
else
    echo "cut-subset: $copyright_file missing; OFL.txt left as it is" >&2
fi

echo "cut-subset: wrote $out ($(stat -c %s "$out") bytes)"
if command -v ttx >/dev/null 2>&1; then ttx -l "$out"; fi
