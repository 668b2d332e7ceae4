#!/bin/sh
# Extraction of a generated 2 MB news page: the time the extractor alone
# takes (bench/extract_page, best CPU time of 5 runs), then the whole
# pipeline (src/whosaid --export=text, best CPU time of 3).  Run from the
# top of a built tree:
#     sh bench/extract.sh
set -eu
. bench/lib.sh
bench_setup extract 2
[ -x bench/extract_page ] || make -s bench/extract_page

# A page shaped like a news site's: scripts and navigation, then an
# article of paragraphs spread over nested divs, with inline adverts,
# related links and a sidebar, then comments; about 2 MB in all.
awk -v want="$want" 'BEGIN {
	print "<!doctype html><html><head><meta charset=utf-8><title>Long read | The Bench Gazette</title>";
	print "<meta property=\"og:site_name\" content=\"The Bench Gazette\">";
	print "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"A. Writer\"},\"datePublished\":\"2026-01-01\"}</script>";
	for (i = 0; i < 40; i++) print "<script>window.cfg" i " = {slot: \"top\", size: [728, 90], lazy: true};</script>";
	print "</head><body><div class=cookie-banner><p>We use cookies.</p></div>";
	print "<header><nav><ul>"; for (i = 0; i < 30; i++) print "<li><a href=/s" i ">Section " i "</a></li>"; print "</ul></nav></header>";
	print "<main><article><h1>A very long read about the harbour</h1><div class=body>";
	n = 0;
	while (n < want) {
		s = "<div class=chunk><div class=inner><p>The harbour board met on &ldquo;Tuesday&rdquo; and said, according to its chair, that the <a href=/pier>old pier</a> would stay shut until spring &amp; that repairs would cost more than planned.</p>";
		s = s "<p>\"We have no choice,\" said the chair, Ines Coll. <em>Critics</em> disagreed.<br>Others did not.</p>";
		s = s "<blockquote><p>It is a scandal, said one fisherman.</p></blockquote></div>";
		s = s "<div class=\"ad-slot advert\"><span>Advertisement</span></div>";
		s = s "<aside class=related><ul><li><a href=/a>Related story one</a></li><li><a href=/b>Related two</a></li></ul></aside></div>\n";
		printf "%s", s; n += length(s);
	}
	print "</div></article><section class=comments><p>First comment on the story.</p></section></main>";
	print "<footer><p>All rights reserved.</p></footer></body></html>";
}' >"$tmp/page.html"

echo "page: $(wc -c <"$tmp/page.html") bytes"
printf 'extraction alone: '
bench/extract_page "$tmp/page.html" html 5
echo "whosaid --export=text (extract, segment, analyse, lay out): $(best_of "$whosaid" --export=text "$tmp/page.html") s CPU"
