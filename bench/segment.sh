# Load and segmentation speed and memory, on inputs built from the
# project's examples: a 10 MB article, the same as one single line, and
# a 5 MB paragraph inside one unclosed quotation.  Run from the top of a
# built tree: bash bench/segment.sh
set -eu
driver=bench/segment_text
[ -x "$driver" ] || make -s "$driver"
. bench/lib.sh
bench_setup segment 10
bench_articles
tr '\n' ' ' <"$tmp/articles.txt" >"$tmp/one-line.txt"
{ printf 'He said \342\200\234'; head -c 5000000 "$tmp/one-line.txt"; } >"$tmp/unclosed.txt"

for f in articles one-line unclosed; do
	printf '%-10s ' "$f:"
	if command -v /usr/bin/time >/dev/null 2>&1; then
		/usr/bin/time -f '%M' -o "$tmp/rss" "$driver" "$tmp/$f.txt" 3 | tr -d '\n'
		kb=$(cat "$tmp/rss")
		in=$(wc -c <"$tmp/$f.txt")
		awk -v kb="$kb" -v size="$in" 'BEGIN { printf "; peak RSS %.1f MB (%.2fx the input)\n", kb / 1024, kb * 1024 / size }'
	else
		"$driver" "$tmp/$f.txt" 3
	fi
done
