/* Extracting the article from web pages: what is kept, what is left out. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/article.h"
#include "whosaid/extract.h"

static struct ws_extract *
extract_n(const char *html, size_t len)
{
	struct ws_extract *ex = NULL;
	struct ws_error err = { "" };

	if (ws_extract_html(html, len, &ex, &err) < 0)
		fail_msg("extraction failed: %s", err.msg);
	assert_non_null(ex);
	assert_int_equal(strlen(ex->text), ex->len);
	return ex;
}

static struct ws_extract *
extract(const char *html)
{
	return extract_n(html, strlen(html));
}

static char *
read_page(const char *name, size_t *len)
{
	const char *dir = getenv("WS_SRCDIR");
	char path[4096];
	FILE *fp;
	char *buf;
	long n;

	snprintf(path, sizeof path, "%s/tests/pages/%s", dir ? dir : ".", name);
	fp = fopen(path, "rb");
	if (fp == NULL)
		fail_msg("cannot open %s", path);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static struct ws_extract *
extract_page(const char *name)
{
	size_t len;
	char *page = read_page(name, &len);
	struct ws_extract *ex = extract_n(page, len);

	free(page);
	return ex;
}

/* A page whose body is the given HTML, with nothing else in it. */
static struct ws_extract *
extract_body(const char *body)
{
	char *page = malloc(strlen(body) + 64);
	struct ws_extract *ex;

	assert_non_null(page);
	sprintf(page, "<html><body>%s</body></html>", body);
	ex = extract(page);
	free(page);
	return ex;
}

static void
assert_body(const char *body, const char *want)
{
	struct ws_extract *ex = extract_body(body);

	assert_string_equal(ex->text, want);
	ws_extract_free(ex);
}

/*
 * Word's HTML writes paragraphs as <o:p>: an element is known by its
 * name after the prefix, as libxml2's tree named it (extract_tree.c).
 */
static void
test_a_prefixed_tag_reads_as_its_local_name(void **state)
{
	(void)state;
	assert_body("<div>The port will reopen.<o:p>Its chair said so.</o:p>Ferries wait.</div>",
		    "The port will reopen.\n\nIts chair said so.\n\nFerries wait.\n");
	/* A name of no kind after the prefix is inline. */
	assert_body("<div>The port will reopen.<o:zz>Its chair said so.</o:zz>Ferries wait.</div>",
		    "The port will reopen.Its chair said so.Ferries wait.\n");
}

/*
 * Text outside <p> counts as a story's when one run of it is long: a
 * comment cuts the run in two, as it cuts libxml2's text node.  Here
 * the two halves are short, and the <p> beside them is the story; in
 * one run they are the story's first paragraph.
 */
static void
test_a_comment_cuts_a_run_of_text(void **state)
{
	(void)state;
	assert_body("<div>The ferry company said on Friday that night crossings would stop "
		    "<!-- ad slot --> until the engine room of its oldest vessel had been inspected.</div>"
		    "<div><p>The harbour master agreed.</p></div>",
		    "The harbour master agreed.\n");
	assert_body("<div>The ferry company said on Friday that night crossings would stop "
		    " until the engine room of its oldest vessel had been inspected.</div>"
		    "<div><p>The harbour master agreed.</p></div>",
		    "The ferry company said on Friday that night crossings would stop until the "
		    "engine room of its oldest vessel had been inspected.\n\n"
		    "The harbour master agreed.\n");
}

/* A news site: navigation, cookie banner, share and related widgets, body over nested divs. */
static void
test_news_page_keeps_the_story_and_leaves_out_the_furniture(void **state)
{
	struct ws_extract *ex = extract_page("harbour-daily.html");

	(void)state;
	assert_string_equal(ex->text,
	    "Ferry operator pauses night crossings after engine fire\n"
	    "\n"
	    "By Marta Quill \xc2\xb7 2026-03-14\n"
	    "\n"
	    "The island ferry company suspended all night crossings on Friday after a fire "
	    "broke out in the engine room of its oldest vessel, the Gull\xc2\xa0Rock, shortly "
	    "before it was due to leave the harbour.\n"
	    "\n"
	    "\xe2\x80\x9cNobody was hurt, and the crew put the fire out within minutes,\xe2\x80\x9d "
	    "said Owen Taverner, the company\xe2\x80\x99s operations director. \xe2\x80\x9c"
	    "But we will not sail at night until the engineers have checked every ship.\xe2\x80\x9d\n"
	    "\n"
	    "About 300 passengers a night use the late service, according to figures from the "
	    "island council, which called the suspension \xe2\x80\x9c" "a serious blow\xe2\x80\x9d "
	    "to workers who commute from the mainland.\n"
	    "\n"
	    "> We were told the boat would not go, and then nobody told us anything for an hour.\n"
	    "\n"
	    "Passenger groups said the company had been warned about the age of its fleet. "
	    "The harbour master, Ines Coll, told reporters the vessel would stay in port for "
	    "at least a week.\n"
	    "An inquiry will follow.\n"
	    "\n"
	    "What happens next\n"
	    "\n"
	    "The company said daytime sailings would run as normal & that it would publish a "
	    "revised timetable on Monday.\n");
	assert_string_equal(ex->publisher, "The Harbour Daily");
	assert_string_equal(ex->title, "Ferry operator pauses night crossings after engine fire");
	assert_string_equal(ex->byline, "Marta Quill");
	assert_string_equal(ex->date, "2026-03-14");
	ws_extract_free(ex);
}

/* <article> cards of other stories do not win over the story's own <article>. */
static void
test_story_article_wins_over_teaser_articles(void **state)
{
	struct ws_extract *ex = extract_page("valley-courier.html");

	(void)state;
	assert_non_null(strstr(ex->text, "The county will close the old bridge"));
	assert_non_null(strstr(ex->text, "\"We cannot keep patching it,\" said"));
	assert_null(strstr(ex->text, "Library reopens"));
	assert_null(strstr(ex->text, "Reader comments"));
	assert_string_equal(ex->title, "County to close old river bridge for repairs");
	assert_string_equal(ex->publisher, "Valley Courier");
	assert_string_equal(ex->byline, "Sam Ortega and Lee Park");
	assert_string_equal(ex->date, "2026-02-03");
	/* the standfirst in the article's <header> is kept; the <h1> became the title */
	assert_non_null(strstr(ex->text, "\n\nDrivers face a 20-minute detour"));
	assert_null(strstr(ex->text + strlen(ex->title), "County to close old river bridge for repairs"));
	ws_extract_free(ex);
}

/* An old table layout: no <p>, paragraphs made of <br><br>, unclosed <font>. */
static void
test_old_table_layout_page_with_br_paragraphs(void **state)
{
	struct ws_extract *ex = extract_page("island-gazette.html");

	(void)state;
	assert_string_equal(ex->title, "Fishermen protest new quota");
	assert_non_null(strstr(ex->text, "Fishermen protest new quota\n\n"));
	assert_non_null(strstr(ex->text, "\n\nAbout forty boats stayed in port"));
	assert_non_null(strstr(ex->text, "\n\n\"The quota was set in an office"));
	assert_null(strstr(ex->text, "Home | Archive"));
	ws_extract_free(ex);
}

static void
test_main_is_used_when_there_is_no_article(void **state)
{
	(void)state;
	assert_body("<div class=menu><p>Home</p><p>World</p></div>"
	    "<main><p>The first paragraph of the story.</p><p>The second one.</p></main>"
	    "<div><p>Some other text outside main that is not part of it.</p></div>",
	    "The first paragraph of the story.\n\nThe second one.\n");
}

static void
test_densest_paragraphs_are_the_story_without_article_or_main(void **state)
{
	(void)state;
	assert_body("<div id=top><a href=/>Home</a> <a href=/w>World</a> <a href=/b>Business</a></div>"
	    "<div class=wrap><div class=left>"
	    "<div><p>The council voted on Tuesday to keep the night market open until "
	    "midnight through the summer months.</p></div>"
	    "<div><p>Stallholders had asked for the change after a busy spring, the "
	    "market's organiser said.</p></div></div>"
	    "<div class=right><a href=/x>Weather</a><a href=/y>Puzzles</a><a href=/z>Podcasts</a>"
	    "<a href=/q>Crossword and other games for the whole family</a></div></div>",
	    "The council voted on Tuesday to keep the night market open until midnight "
	    "through the summer months.\n\n"
	    "Stallholders had asked for the change after a busy spring, the market's "
	    "organiser said.\n");
}

static void
test_cookie_share_related_newsletter_and_comments_are_left_out(void **state)
{
	(void)state;
	assert_body("<article>"
	    "<div class=\"cookie-notice\"><p>We use cookies on this site to make it work.</p></div>"
	    "<p>Only this paragraph is the story, and it is long enough to count.</p>"
	    "<div class=share-bar><p>Share this</p></div>"
	    "<div class=\"related-stories\"><p>Another story about something else.</p></div>"
	    "<div id=newsletter><p>Sign up for our newsletter today.</p></div>"
	    "<section class=comments><p>What a great article this was.</p></section>"
	    "<div class=\"social-links\"><p>Follow us everywhere.</p></div>"
	    "<figure><figcaption>A pier. <span class=image-credit>Photo: Wire Agency</span>"
	    "</figcaption></figure><p class=\"visually-hidden\">Opens in a new window</p>"
	    "</article>",
	    "Only this paragraph is the story, and it is long enough to count.\n\nA pier.\n");
}

static void
test_scripts_styles_forms_and_hidden_elements_are_left_out(void **state)
{
	(void)state;
	assert_body("<p>Kept.</p><script>var x = \"<p>no</p>\";</script><style>p{color:red}</style>"
	    "<noscript><p>Enable JavaScript</p></noscript><template><p>tpl</p></template>"
	    "<p hidden>hidden</p><p aria-hidden=\"true\">aria</p><p style=\"color: red; display : none\">css</p>"
	    "<nav><p>nav</p></nav><aside><p>aside</p></aside><footer><p>footer</p></footer>"
	    "<header><p>site header</p></header><form><input value=x><p>form</p></form>"
	    "<!-- <p>comment</p> --><p>Also kept.</p>",
	    "Kept.\n\nAlso kept.\n");
}

/* A class word like "sidebar" on the element holding the story does not drop the story. */
static void
test_boilerplate_word_on_the_story_container_keeps_the_story(void **state)
{
	(void)state;
	assert_body("<div class=\"layout with-sidebar\"><p>The story has its first paragraph here.</p>"
	    "<p>And a second paragraph follows it.</p><div class=sidebar><p>Ad.</p></div></div>",
	    "The story has its first paragraph here.\n\nAnd a second paragraph follows it.\n");
	assert_body("<form id=aspnetForm><div><p>A whole page inside one form, as some sites do.</p>"
	    "</div></form>",
	    "A whole page inside one form, as some sites do.\n");
}

static void
test_link_lists_and_stock_lines_inside_the_story_are_dropped(void **state)
{
	(void)state;
	assert_body("<article><p>First paragraph of the story, which is long.</p>"
	    "<ul><li><a href=/1>Another story</a></li><li><a href=/2>And another</a></li></ul>"
	    "<p>Advertisement</p><p>Read more: <a href=/3>a story about the harbour fees</a></p>"
	    "<p>A paragraph with <a href=/4>a link</a> in it stays.</p></article>",
	    "First paragraph of the story, which is long.\n\n"
	    "A paragraph with a link in it stays.\n");
}

static void
test_a_block_that_is_only_a_time_stamp_is_dropped(void **state)
{
	(void)state;
	assert_body("<article><div class=meta><time datetime=2026-01-02>Updated 2 January 2026, "
	    "10:14</time></div><p>Work began <time>on Monday</time> at the pier.</p></article>",
	    "Work began on Monday at the pier.\n");
}

static void
test_block_quotes_become_lines_starting_with_a_marker(void **state)
{
	(void)state;
	assert_body("<p>Before.</p><blockquote><p>First quoted paragraph.</p>"
	    "<p>Second, with<br>a break.</p><blockquote>Nested.</blockquote></blockquote><p>After.</p>",
	    "Before.\n\n> First quoted paragraph.\n\n> Second, with\n> a break.\n\n> > Nested.\n\nAfter.\n");
}

static void
test_br_breaks_a_line_and_two_br_break_the_paragraph(void **state)
{
	(void)state;
	assert_body("<p>One<br>two<br/><br>three<br></p>", "One\ntwo\n\nthree\n");
}

static void
test_line_ends_in_pre_break_lines_and_blank_lines_break_paragraphs(void **state)
{
	(void)state;
	assert_body("<pre>HARBOUR NOTES\n\nThe ferry left late.  The crew\nsaid the engine was fine.\n\n\n"
	    "Tides are high.\n</pre>",
	    "HARBOUR NOTES\n\nThe ferry left late. The crew\nsaid the engine was fine.\n\n"
	    "Tides are high.\n");
}

static void
test_headings_paragraphs_and_list_items_are_blocks(void **state)
{
	(void)state;
	assert_body("<article><h2>Background</h2><div>Loose text in a div.<p>A paragraph.</p>"
	    "<ul><li>An item that is a full sentence.</li><li>Another item.</li></ul></div>"
	    "<table><tr><td>cell one</td><td>cell two</td></tr></table></article>",
	    "Background\n\nLoose text in a div.\n\nA paragraph.\n\n"
	    "An item that is a full sentence.\n\nAnother item.\n\ncell one\n\ncell two\n");
}

static void
test_entities_are_decoded_and_white_space_collapsed(void **state)
{
	(void)state;
	assert_body("<p>  Fish &amp; chips\n\t cost &pound;5 &#8212; &#x201C;cheap&#x201D;, "
	    "&notanentity; &#xD800; &#99999999; &  \n </p>",
	    "Fish & chips cost \xc2\xa3" "5 \xe2\x80\x94 \xe2\x80\x9c" "cheap\xe2\x80\x9d, "
	    "&notanentity; &\n");
}

static void
test_q_elements_get_quotation_marks(void **state)
{
	(void)state;
	assert_body("<p>She said <q>it will open</q> on time.</p>",
	    "She said \xe2\x80\x9cit will open\xe2\x80\x9d on time.\n");
}

static void
test_unclosed_tags_and_wrong_nesting_are_recovered(void **state)
{
	(void)state;
	assert_body("<p>First <b>bold <i>both</b> italic</i> end.<p>Second <div>inside</span> div"
	    "<p>Third</div></div></div></p></p><p>Fourth, with an <a href=x>unclosed link",
	    "First bold both italic end.\n\nSecond\n\ninside div\n\nThird\n\nFourth, with an unclosed link\n");
}

static void
test_meta_charset_is_ignored_for_utf8_input(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<html><head><meta charset=\"iso-8859-1\"></head>"
	    "<body><p>Caf\xc3\xa9 au lait</p></body></html>");
	assert_string_equal(ex->text, "Caf\xc3\xa9 au lait\n");
	ws_extract_free(ex);
}

static struct ws_extract *
extract_declared(const char *bytes)
{
	struct ws_extract *ex = NULL;
	struct ws_error err = { "" };

	if (ws_extract_html_declared(bytes, strlen(bytes), &ex, &err) < 0)
		fail_msg("extraction failed: %s", err.msg);
	return ex;
}

static void
test_a_page_in_a_declared_legacy_charset_is_decoded(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract_declared("<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=windows-1252\"><p>Caf\xe9 \x93quoted\x94</p>");
	assert_non_null(ex);
	assert_string_equal(ex->text, "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\n");
	ws_extract_free(ex);
	/* a page that says Latin-1 means windows-1252, as browsers read it */
	ex = extract_declared("<meta charset=ISO-8859-1><p>\x93" "Caf\xe9\x94</p>");
	assert_non_null(ex);
	assert_string_equal(ex->text, "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d\n");
	ws_extract_free(ex);
	ex = extract_declared("<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>");
	assert_non_null(ex);
	assert_string_equal(ex->text, "\xe6\x97\xa5\xe6\x9c\xac\n");
	ws_extract_free(ex);
}

static void
test_utf8_undeclared_or_undecodable_pages_are_left_to_the_utf8_reading(void **state)
{
	(void)state;
	assert_null(extract_declared("<meta charset=utf-8><p>Caf\xe9</p>"));
	assert_null(extract_declared("<p>Caf\xe9</p>"));
	assert_null(extract_declared(""));
	/* 0x81 is not a windows-1252 character */
	assert_null(extract_declared("<meta charset=windows-1252><p>Caf\xe9 \x81 more</p>"));
}

static void
test_nul_bytes_do_not_cut_the_page(void **state)
{
	static const char page[] = "<p>before\0after</p><p>next paragraph</p>";
	struct ws_extract *ex;

	(void)state;
	ex = extract_n(page, sizeof page - 1);
	assert_non_null(strstr(ex->text, "next paragraph"));
	ws_extract_free(ex);
}

static void
test_empty_and_textless_pages_give_empty_text(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("");
	assert_int_equal(ex->len, 0);
	ws_extract_free(ex);
	ex = extract("<html><body><script>x()</script><nav><a href=/>Home</a></nav></body></html>");
	assert_int_equal(ex->len, 0);
	ws_extract_free(ex);
	ex = extract("   \n ");
	assert_int_equal(ex->len, 0);
	ws_extract_free(ex);
}

/* Metadata */

static void
test_title_falls_back_to_the_title_element_without_the_outlet(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<html><head><title>Tide tables change | Coast News</title>"
	    "<meta property=og:site_name content=\"Coast News\"></head>"
	    "<body><p>The tide tables change next week.</p></body></html>");
	assert_string_equal(ex->title, "Tide tables change");
	assert_string_equal(ex->publisher, "Coast News");
	assert_string_equal(ex->text, "Tide tables change\n\nThe tide tables change next week.\n");
	ws_extract_free(ex);
}

static void
test_og_title_is_the_title_and_its_heading_is_not_repeated(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<html><head><meta property=\"og:title\" content=\"Bridge closes\"></head>"
	    "<body><div><h2>Bridge closes</h2><p>The bridge closes on Monday for repairs.</p></div>"
	    "</body></html>");
	assert_string_equal(ex->text, "Bridge closes\n\nThe bridge closes on Monday for repairs.\n");
	ws_extract_free(ex);
}

static void
test_jsonld_graph_gives_publisher_authors_and_date(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<html><head><script type=\"application/ld+json\">"
	    "{\"@context\":\"https://schema.org\",\"@graph\":["
	    "{\"@type\":\"WebSite\",\"url\":\"https://x.example\"},"
	    "{\"@type\":[\"NewsMediaOrganization\"],\"@id\":\"#org\",\"name\":\"North \\u00c9cho\"},"
	    "{\"@type\":\"NewsArticle\",\"headline\":\"Snow \\\"closes\\\" pass\","
	    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\",\"affiliation\":{\"name\":\"Uni\"}},"
	    "{\"@type\":\"Person\",\"name\":\"Bo Li\"},\"Cy Dee\"],"
	    "\"dateCreated\":\"2025-12-01\",\"datePublished\":\"2025-12-02T08:00:00Z\","
	    "\"publisher\":{\"@id\":\"#org\"}}]}"
	    "</script></head><body><p>Snow closed the pass overnight.</p></body></html>");
	assert_string_equal(ex->publisher, "North \xc3\x89" "cho");
	assert_string_equal(ex->byline, "Ana Ruiz, Bo Li and Cy Dee");
	assert_string_equal(ex->date, "2025-12-02");
	assert_string_equal(ex->title, "Snow \"closes\" pass");
	assert_string_equal(ex->text, "Snow \"closes\" pass\n\nBy Ana Ruiz, Bo Li and Cy Dee \xc2\xb7 "
	    "2025-12-02\n\nSnow closed the pass overnight.\n");
	ws_extract_free(ex);
}

static void
test_broken_and_deep_jsonld_is_read_as_far_as_it_goes(void **state)
{
	size_t n = 200000, len = 0;
	char *page = malloc(2 * n + 400);
	struct ws_extract *ex;

	(void)state;
	assert_non_null(page);
	len += (size_t)sprintf(page, "<script type=application/ld+json>"
	    "{\"publisher\":{\"name\":\"Early Bird\"},\"x\":");
	memset(page + len, '[', n);
	len += n;
	len += (size_t)sprintf(page + len, "\"unterminated \\u12</script><p>Text.</p>");
	ex = extract_n(page, len);
	assert_string_equal(ex->publisher, "Early Bird");
	assert_string_equal(ex->text, "Text.\n");
	ws_extract_free(ex);
	free(page);
}

static void
test_jsonld_article_body_stands_in_for_a_page_drawn_by_scripts(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
	    "\"headline\":\"Tram line opens\",\"articleBody\":\"The new tram line opened on Monday."
	    "\\n\\n\\\"It is quicker,\\\" said a rider.\\nFares stay the same \\u2014 for now.\"}"
	    "</script></head><body><div id=root><p>Loading\u2026</p></div></body></html>");
	assert_string_equal(ex->text, "Tram line opens\n\nThe new tram line opened on Monday.\n\n"
	    "\"It is quicker,\" said a rider.\n\nFares stay the same \xe2\x80\x94 for now.\n");
	ws_extract_free(ex);
	/* a page whose own text is as long keeps it */
	ex = extract("<script type=application/ld+json>{\"articleBody\":\"Short.\"}</script>"
	    "<p>The page's own paragraph is longer than that.</p>");
	assert_string_equal(ex->text, "The page's own paragraph is longer than that.\n");
	ws_extract_free(ex);
}

static void
test_control_characters_never_reach_metadata(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract("<meta property=og:site_name content=\"Evil\x1b[31m\xc2\x9b News\">"
	    "<meta name=author content=\"By  Jo\tKay \">"
	    "<meta property=\"article:published_time\" content=\"yesterday\"><p>x</p>");
	assert_string_equal(ex->publisher, "Evil [31m News");
	assert_string_equal(ex->byline, "Jo Kay");
	assert_string_equal(ex->date, "yesterday");
	ws_extract_free(ex);
}

/* Byline and short author boxes ("byline", "author" classes) are not the story. */
static void
test_byline_element_gives_the_byline_and_leaves_the_body(void **state)
{
	(void)state;
	assert_body("<article><h1>Rail strike ends</h1><p class=byline>By Kim Ode</p>"
	    "<p>The rail strike ended on Sunday night after talks.</p></article>",
	    "Rail strike ends\n\nBy Kim Ode\n\nThe rail strike ended on Sunday night after talks.\n");
	assert_body("<article><h1>Rail strike ends</h1><div class=article-author><a href=/ko>Kim Ode"
	    "</a></div><p>The rail strike ended on Sunday night after talks.</p>"
	    "<div class=author-bio><p>Kim Ode has covered transport for the paper since 2019, "
	    "after ten years at a regional daily, and writes about railways, roads, ports and "
	    "the people who work on them.</p></div></article>",
	    "Rail strike ends\n\nBy Kim Ode\n\nThe rail strike ended on Sunday night after talks.\n");
}

/* Malformed and hostile pages */

static char *
repeat(const char *head, const char *unit, size_t n, const char *tail, size_t *len)
{
	size_t ul = strlen(unit), hl = strlen(head), tl = strlen(tail);
	char *s = malloc(hl + ul * n + tl + 1);

	assert_non_null(s);
	memcpy(s, head, hl);
	for (size_t i = 0; i < n; i++)
		memcpy(s + hl + i * ul, unit, ul);
	memcpy(s + hl + ul * n, tail, tl + 1);
	*len = hl + ul * n + tl;
	return s;
}

static void
test_50000_deep_nesting_is_extracted(void **state)
{
	size_t n = 50000, l1, l2;
	char *open = repeat("<html><body>", "<div>", n, "<p>Deep down, a sentence.</p>", &l1);
	char *close = repeat("", "</div>", n, "<p>Back on top.</p></body></html>", &l2);
	char *page = malloc(l1 + l2 + 1);
	struct ws_extract *ex;

	(void)state;
	assert_non_null(page);
	memcpy(page, open, l1);
	memcpy(page + l1, close, l2 + 1);
	ex = extract_n(page, l1 + l2);
	assert_string_equal(ex->text, "Deep down, a sentence.\n\nBack on top.\n");
	ws_extract_free(ex);
	free(open);
	free(close);
	free(page);

	/* unclosed: 50,000 open <span> and <blockquote> never closed */
	page = repeat("<p>Start.</p>", "<span><blockquote>", n, "end", &l1);
	ex = extract_n(page, l1);
	assert_non_null(strstr(ex->text, "Start."));
	ws_extract_free(ex);
	free(page);
}

/* Thousands of open tags, then stray end tags: libxml2 would scan its stack for each. */
static void
test_stray_end_tags_under_deep_nesting_fail_fast_with_a_message(void **state)
{
	size_t n = 50000, l1, l2;
	char *open = repeat("<p>x", "<span>", n, "hi", &l1);
	char *close = repeat("", "</b>", n, "", &l2);
	char *page = malloc(l1 + l2 + 1);
	struct ws_extract *ex = NULL;
	struct ws_error err = { "" };

	(void)state;
	assert_non_null(page);
	memcpy(page, open, l1);
	memcpy(page + l1, close, l2 + 1);
	assert_int_equal(ws_extract_html(page, l1 + l2, &ex, &err), -1);
	assert_null(ex);
	assert_non_null(strstr(err.msg, "too malformed"));
	assert_null(strchr(err.msg, '\n'));
	free(open);
	free(close);
	free(page);
}

static void
test_30_mb_page_is_extracted(void **state)
{
	static const char para[] = "<div class=chunk><p>The harbour board met again today and "
	    "said, once more, that the &ldquo;old pier&rdquo; would stay shut until the spring.</p>"
	    "<a href=/more>More</a></div>\n";
	size_t n = (30u << 20) / (sizeof para - 1) + 1, len;
	char *page = repeat("<!doctype html><html><head><title>Long page</title></head>"
	    "<body><nav><a href=/>Home</a></nav><article><h1>A very long story</h1>",
	    para, n, "</article></body></html>", &len);
	struct ws_extract *ex;
	size_t count = 0;

	(void)state;
	assert_true(len >= 30u << 20);
	ex = extract_n(page, len);
	assert_string_equal(ex->title, "A very long story");
	for (const char *p = ex->text, *end = ex->text + ex->len;
	    (p = memmem(p, (size_t)(end - p), "old pier", 8)) != NULL; p++)
		count++;
	assert_int_equal(count, n);
	assert_null(strstr(ex->text, "More"));
	ws_extract_free(ex);
	free(page);
}

/* Format detection (src/article.c) */

static void
test_format_is_known_by_extension(void **state)
{
	(void)state;
	assert_int_equal(ws_format_detect("a/story.html", "plain", 5), WS_FORMAT_HTML);
	assert_int_equal(ws_format_detect("STORY.HTM", "plain", 5), WS_FORMAT_HTML);
	assert_int_equal(ws_format_detect("s.xhtml", "", 0), WS_FORMAT_HTML);
	assert_int_equal(ws_format_detect("notes.md", "<html>", 6), WS_FORMAT_MARKDOWN);
	assert_int_equal(ws_format_detect("notes.markdown", "", 0), WS_FORMAT_MARKDOWN);
	assert_int_equal(ws_format_detect("dir.html/story.txt", "plain", 5), WS_FORMAT_TEXT);
	assert_int_equal(ws_format_detect("story.txt", "plain", 5), WS_FORMAT_TEXT);
}

static void
test_format_is_known_by_content(void **state)
{
	static const char *const html[] = {
		"<!DOCTYPE html><html>", "\n\n  <html lang=en>", "<HTML>", "<head><title>",
		"<body>", "<!-- saved from url=(0042) -->\n<!doctype html>",
		"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
		"<html", NULL
	};
	static const char *const text[] = {
		"The <html> tag starts a page.", "<htmlish>", "<p>Just a paragraph</p>",
		"", "<!-- never closed <html>", "# A heading", NULL
	};

	(void)state;
	for (const char *const *s = html; *s != NULL; s++)
		assert_int_equal(ws_format_detect(NULL, *s, strlen(*s)), WS_FORMAT_HTML);
	for (const char *const *s = text; *s != NULL; s++)
		assert_int_equal(ws_format_detect("-x", *s, strlen(*s)), WS_FORMAT_TEXT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news_page_keeps_the_story_and_leaves_out_the_furniture),
		cmocka_unit_test(test_story_article_wins_over_teaser_articles),
		cmocka_unit_test(test_old_table_layout_page_with_br_paragraphs),
		cmocka_unit_test(test_main_is_used_when_there_is_no_article),
		cmocka_unit_test(test_densest_paragraphs_are_the_story_without_article_or_main),
		cmocka_unit_test(test_cookie_share_related_newsletter_and_comments_are_left_out),
		cmocka_unit_test(test_scripts_styles_forms_and_hidden_elements_are_left_out),
		cmocka_unit_test(test_boilerplate_word_on_the_story_container_keeps_the_story),
		cmocka_unit_test(test_link_lists_and_stock_lines_inside_the_story_are_dropped),
		cmocka_unit_test(test_a_block_that_is_only_a_time_stamp_is_dropped),
		cmocka_unit_test(test_block_quotes_become_lines_starting_with_a_marker),
		cmocka_unit_test(test_br_breaks_a_line_and_two_br_break_the_paragraph),
		cmocka_unit_test(test_line_ends_in_pre_break_lines_and_blank_lines_break_paragraphs),
		cmocka_unit_test(test_headings_paragraphs_and_list_items_are_blocks),
		cmocka_unit_test(test_entities_are_decoded_and_white_space_collapsed),
		cmocka_unit_test(test_q_elements_get_quotation_marks),
		cmocka_unit_test(test_unclosed_tags_and_wrong_nesting_are_recovered),
		cmocka_unit_test(test_meta_charset_is_ignored_for_utf8_input),
		cmocka_unit_test(test_a_page_in_a_declared_legacy_charset_is_decoded),
		cmocka_unit_test(test_utf8_undeclared_or_undecodable_pages_are_left_to_the_utf8_reading),
		cmocka_unit_test(test_nul_bytes_do_not_cut_the_page),
		cmocka_unit_test(test_empty_and_textless_pages_give_empty_text),
		cmocka_unit_test(test_title_falls_back_to_the_title_element_without_the_outlet),
		cmocka_unit_test(test_og_title_is_the_title_and_its_heading_is_not_repeated),
		cmocka_unit_test(test_jsonld_graph_gives_publisher_authors_and_date),
		cmocka_unit_test(test_broken_and_deep_jsonld_is_read_as_far_as_it_goes),
		cmocka_unit_test(test_jsonld_article_body_stands_in_for_a_page_drawn_by_scripts),
		cmocka_unit_test(test_control_characters_never_reach_metadata),
		cmocka_unit_test(test_byline_element_gives_the_byline_and_leaves_the_body),
		cmocka_unit_test(test_50000_deep_nesting_is_extracted),
		cmocka_unit_test(test_stray_end_tags_under_deep_nesting_fail_fast_with_a_message),
		cmocka_unit_test(test_30_mb_page_is_extracted),
		cmocka_unit_test(test_format_is_known_by_extension),
		cmocka_unit_test(test_format_is_known_by_content),
		cmocka_unit_test(test_a_prefixed_tag_reads_as_its_local_name),
		cmocka_unit_test(test_a_comment_cuts_a_run_of_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
