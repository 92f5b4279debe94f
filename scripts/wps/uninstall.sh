#!/bin/sh
# 为当前用户卸载 Kehou 课后服务 WPS 加载项（Linux）。
# Removes Kehou's folders from WPS's jsaddons folder and its records from publish.xml and
# authwebsite.xml; other add-ins' records are kept as they are.
set -eu
DIR="$HOME/.local/share/Kingsoft/wps/jsaddons"
for old in "$DIR"/kehou_*; do [ -d "$old" ] && rm -rf "$old"; done
for file in "$DIR/publish.xml" "$DIR/authwebsite.xml"; do
  [ -f "$file" ] || continue
  grep -v 'name="kehou"' "$file" >"$file.kehou-tmp" || true
  mv "$file.kehou-tmp" "$file"
done
echo "已卸载 Kehou WPS 加载项；请重新打开 WPS 表格。"
