#!/bin/sh
# 为当前用户安装 Kehou 课后服务 WPS 加载项（Linux：统信 UOS、麒麟等）。
# Installs Kehou's WPS add-in for the current user: copies kehou_VERSION into WPS's jsaddons
# folder and adds Kehou's records to publish.xml and authwebsite.xml (the old ones replaced).
set -eu
VERSION="@VERSION@"
HERE=$(cd "$(dirname "$0")" && pwd)
SRC="$HERE/kehou_$VERSION"
DIR="$HOME/.local/share/Kingsoft/wps/jsaddons"
[ -d "$SRC" ] || { echo "找不到加载项文件夹：$SRC" >&2; exit 1; }
mkdir -p "$DIR"
for old in "$DIR"/kehou_*; do [ -d "$old" ] && rm -rf "$old"; done
cp -R "$SRC" "$DIR/"
URL="file://$DIR/kehou_$VERSION/"

# record FILE ROOT LINE: the list FILE with Kehou's LINE in it, written through a temporary file.
record() {
  file=$1 root=$2 line=$3
  [ -s "$file" ] || printf '<?xml version="1.0" encoding="UTF-8"?>\n<%s>\n</%s>\n' "$root" "$root" >"$file"
  sed "s#<$root[[:space:]]*/>#<$root>\\
</$root>#" "$file" | grep -v 'name="kehou"' | awk -v line="  $line" -v end="</$root>" '
    { lines[NR] = $0; if (index($0, end)) last = NR }
    END { for (i = 1; i <= NR; i++) { if (i == last) print line; print lines[i] } }
  ' >"$file.kehou-tmp"
  mv "$file.kehou-tmp" "$file"
}

record "$DIR/publish.xml" jsplugins "<jsplugin name=\"kehou\" type=\"et\" url=\"$URL\" version=\"$VERSION\" enable=\"enable\" install=\"null\" customDomain=\"\"/>"
record "$DIR/authwebsite.xml" websites "<website name=\"kehou\" url=\"$URL\" status=\"enable\"/>"
echo "已安装到 $DIR/kehou_$VERSION；请重新打开 WPS 表格，选项卡「课后服务」。"
