/*
 * The article inside a web page.
 *
 * libxml2's HTML parser reads the page and extract_tree.c builds a compact
 * tree of it (24 bytes a node: libxml2's own tree took 48 times the size
 * of a page of small elements); three walks over it follow, all
 * iterative so that a page nested 50,000 deep costs no stack:
 *
 * 1. survey: reads the metadata (meta tags, <title>, JSON-LD), marks the
 *    elements that are never article text (scripts, navigation, hidden
 *    elements...) and those whose class or id names boilerplate (cookie,
 *    share, related...), and counts the paragraph text under each element.
 * 2. score: drops the boilerplate that does not hold most of the page's
 *    paragraphs, counts paragraph and other text again, and picks the
 *    root: the <article> or <main> holding at least half the paragraph
 *    text, or else the element with the most paragraph text for the least
 *    other text.
 * 3. emit: writes the root's blocks, leaving out what was marked, blocks
 *    that are mostly links, and stock lines ("Advertisement").
 *
 * The parser's own error channel keeps a budget: libxml2 scans its whole
 * stack of open elements for every end tag that matches none, so a page
 * of thousands of unclosed tags followed by stray end tags would take
 * quadratic time.  Past the budget, parsing stops with an error.  It
 * also compares each attribute of an element with all those before it,
 * so a page is measured first: an element with more than
 * WS_EXTRACT_MAX_ATTRIBUTES attributes (80,000 took 14 s) is refused.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "whosaid/extract.h"
#include "whosaid/xmalloc.h"
#include "extract_int.h"
#include "extract_tree.h"
#include "jsonld.h"

#define META_MAX 300		/* bytes kept of a title, byline, outlet or date */
#define BYLINE_MAX 200		/* characters of paragraph text a byline element may hold */

/*
 * hnode.flags of an element, set by the survey.  The walks count its
 * paragraph text (characters in <p>, <li> or long runs) in hnode.para,
 * and its other text (links, short lines) in hnode.other.
 */
enum {
	F_SKIP = 1 << 0,	/* never article text: script, nav, hidden... */
	F_NEG = 1 << 1,		/* class/id names boilerplate, unless it holds the article */
	F_NEG_ALWAYS = 1 << 2,	/* class/id names boilerplate that never holds it (cookie) */
	F_BOILER = 1 << 3,	/* decided: boilerplate */
	F_BYLINE = 1 << 4,	/* class/id "byline": the byline, not body text */
	F_HEAD = 1 << 5,	/* <head>: read for metadata only */
	F_INFO = 1 << 6,	/* surveyed: the walks count and judge it */
	/* what its attributes add to its tag's kind (element_kind) */
	F_LINK = 1 << 7,	/* <a href> */
	F_ARTICLE_BODY = 1 << 8,	/* itemprop=articleBody */
	F_ROLE_MAIN = 1 << 9,	/* role=main */
};

/* The attributes the extraction reads, kept in the tree (htree_attr). */
enum {
	A_HREF, A_ITEMPROP, A_ROLE, A_HIDDEN, A_ARIA_HIDDEN, A_STYLE, A_CLASS,
	A_ID, A_CONTENT, A_PROPERTY, A_NAME, A_TYPE,
};
static const char *const kept_attrs[] = {
	"href", "itemprop", "role", "hidden", "aria-hidden", "style", "class",
	"id", "content", "property", "name", "type", NULL
};

/* What the page says about itself, best source first. */
struct page_meta {
	char *og_title, *ld_title, *title_tag;
	char *og_site, *ld_publisher;
	char *meta_author, *ld_author, *byline_text;
	char *meta_date, *ld_date;
};

struct page {
	xmlDoc *doc;		/* what libxml2 keeps of the page: its charset */
	struct htree tree;
	struct page_meta meta;
	size_t page_para;	/* paragraph text of the whole page (pass 1) */
	struct hnode *first_h1, *byline_node;
	struct hnode *best_article, *best_main, *best_dense;
	unsigned tag_html, tag_head, tag_body, tag_meta, tag_script, tag_style, tag_title;
	long best_dense_score;
	/* walk state */
	int in_head, in_p, in_li, in_a, in_time, in_pre, in_article, in_heading;
	int took_h1;		/* the root's first <h1> became the title */
	int dropped_title;	/* a heading repeating the title was dropped */
	char *title;		/* chosen before emission (when not the root's <h1>) */
	char *ld_body;		/* JSON-LD articleBody (owned), or NULL */
	size_t ld_body_len;
	struct xo out;
};

struct walker {
	int (*enter)(struct page *, struct hnode *);	/* 1: descend */
	void (*leave)(struct page *, struct hnode *);
};

/*
 * Visit the tree under top in document order without recursion: enter
 * every node, leave it after its children.
 */
static void
walk(struct page *pg, struct hnode *top, const struct walker *w)
{
	const struct htree *t = &pg->tree;
	struct hnode *n = top;

	if (n == NULL)
		return;
	for (;;) {
		if (w->enter(pg, n) && n->children != 0) {
			n = htree_node(t, n->children);
			continue;
		}
		for (;;) {
			if (w->leave != NULL)
				w->leave(pg, n);
			if (n == top)
				return;
			if (n->next != 0) {
				n = htree_node(t, n->next);
				break;
			}
			n = htree_node(t, n->parent);
		}
	}
}

/* An element the survey met, to count and judge; NULL for others. */
static struct hnode *
info(const struct page *pg, const struct hnode *n)
{
	(void)pg;
	if (n == NULL || n->type != HN_ELEMENT || !(n->flags & F_INFO))
		return NULL;
	return (struct hnode *)n;
}

static struct hnode *
parent(const struct page *pg, const struct hnode *n)
{
	return htree_node(&pg->tree, n->parent);
}

static int
in_list(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/* The value of an attribute (A_*) without copying it, or NULL. */
static const char *
attr(const struct page *pg, const struct hnode *n, unsigned which)
{
	return htree_attr(&pg->tree, n, which);
}

/* node_info.kind: what an element is, looked up once. */
enum {
	K_BLOCK = 1 << 0,	/* ends the block before and after it */
	K_CONTAINER = 1 << 1,	/* may hold a story's paragraphs */
	K_NEVER = 1 << 2,	/* never article text */
	K_P = 1 << 3,
	K_LI = 1 << 4,
	K_A = 1 << 5,
	K_LINK = 1 << 6,	/* <a href> */
	K_HEADING = 1 << 7,
	K_H1 = 1 << 8,
	K_ARTICLE = 1 << 9,	/* <article>, itemprop=articleBody */
	K_MAIN = 1 << 10,	/* <main>, role=main */
	K_QUOTE = 1 << 11,	/* <blockquote> */
	K_Q = 1 << 12,
	K_BR = 1 << 13,
	K_HEADER = 1 << 14,
	K_FORM = 1 << 15,
	K_TIME = 1 << 16,
	K_PRE = 1 << 17,
};

#define B K_BLOCK
#define C (K_BLOCK | K_CONTAINER)
#define N K_NEVER
#define H (K_BLOCK | K_HEADING)

/* Sorted by name, for bsearch. */
static const struct tag {
	const char *name;
	unsigned kind;
} tags[] = {
	{ "a", K_A }, { "address", B }, { "article", C | K_ARTICLE }, { "aside", N },
	{ "audio", N }, { "base", N }, { "blockquote", B | K_QUOTE }, { "body", C },
	{ "br", K_BR }, { "button", N }, { "canvas", N }, { "caption", B },
	{ "center", C }, { "datalist", N }, { "dd", B }, { "details", B },
	{ "dialog", N }, { "div", C }, { "dl", B }, { "dt", B }, { "embed", N },
	{ "fieldset", B }, { "figcaption", B }, { "figure", B }, { "footer", N },
	{ "form", B | K_FORM }, { "h1", H | K_H1 }, { "h2", H }, { "h3", H },
	{ "h4", H }, { "h5", H }, { "h6", H }, { "header", B | K_HEADER },
	{ "hgroup", B }, { "hr", B }, { "html", B }, { "iframe", N }, { "input", N },
	{ "label", N }, { "legend", B }, { "li", B | K_LI }, { "link", N },
	{ "main", C | K_MAIN }, { "map", N }, { "math", N }, { "menu", N },
	{ "meta", N }, { "nav", N }, { "noscript", N }, { "object", N }, { "ol", B },
	{ "option", N }, { "p", B | K_P }, { "pre", B | K_PRE }, { "q", K_Q }, { "script", N },
	{ "section", C }, { "select", N }, { "source", N }, { "style", N },
	{ "summary", B }, { "svg", N }, { "table", B }, { "tbody", B }, { "td", C },
	{ "template", N }, { "textarea", N }, { "tfoot", B }, { "th", B },
	{ "thead", B }, { "time", K_TIME }, { "title", N }, { "tr", B }, { "track", N }, { "ul", B },
	{ "video", N },
};

#undef B
#undef C
#undef N
#undef H

/* The kind of an element whose flags (F_LINK...) say what its attributes add. */
static unsigned
kind_of(const struct hnode *n, unsigned flags)
{
	unsigned kind = n->tag >= 1 && n->tag <= sizeof tags / sizeof tags[0] ?
	    tags[n->tag - 1].kind : 0;

	if (flags & F_LINK)
		kind |= K_LINK;
	if (flags & F_ARTICLE_BODY)
		kind |= K_ARTICLE | K_CONTAINER;
	if (flags & F_ROLE_MAIN)
		kind |= K_MAIN | K_CONTAINER;
	return kind;
}

/* The kind of an element the survey met. */
static unsigned
surveyed_kind(const struct hnode *me)
{
	return kind_of(me, me->flags);
}

#define NTAGS (sizeof tags / sizeof tags[0])
/* hnode.tag: 1 + an index into tags[], TAG_HEAD, or 0 for a tag of no kind. */
#define TAG_HEAD (NTAGS + 1)
_Static_assert(TAG_HEAD < 256, "a tag index fits hnode.tag");

static int
tag_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag *)elem)->name);
}

/* htree_spec.tag: the tag index of an element's name. */
static unsigned
tag_index(const char *name)
{
	const struct tag *t = bsearch(name, tags, NTAGS, sizeof tags[0], tag_cmp);

	if (t != NULL)
		return (unsigned)(t - tags) + 1;
	return strcmp(name, "head") == 0 ? TAG_HEAD : 0;
}

/* Is n the element of tag index `tag`? */
static int
is(const struct hnode *n, unsigned tag)
{
	return n->type == HN_ELEMENT && n->tag == tag;
}

/* What an element is, from its tag and attributes; the survey keeps the latter's part in flags. */
static unsigned
element_kind(const struct page *pg, const struct hnode *n, unsigned *flags)
{
	unsigned kind = n->tag >= 1 && n->tag <= NTAGS ? tags[n->tag - 1].kind : 0;
	const char *v;

	if ((kind & K_A) && attr(pg, n, A_HREF) != NULL)
		*flags |= F_LINK;
	if ((v = attr(pg, n, A_ITEMPROP)) != NULL && strcasecmp(v, "articleBody") == 0)
		*flags |= F_ARTICLE_BODY;
	if ((v = attr(pg, n, A_ROLE)) != NULL && strcasecmp(v, "main") == 0)
		*flags |= F_ROLE_MAIN;
	return kind_of(n, *flags);
}

static const char *const chrome_roles[] = {
	"navigation", "banner", "contentinfo", "complementary", "search",
	"dialog", "alertdialog", "menu", "menubar", "toolbar", NULL
};

/* Words of a class or id that mark boilerplate. */
static const char *const boiler_words[] = {
	"ad", "ads", "adslot", "adunit", "advert", "advertisement", "advertising",
	"share", "shares", "sharing", "sharebar", "social", "related",
	"promo", "promos", "promotion", "sponsor", "sponsored", "sidebar",
	"comment", "comments", "subscribe", "subscription", "breadcrumb",
	"breadcrumbs", "outbrain", "taboola", "recirc", "recirculation",
	"recommended", "recommendations", "trending", "popular", "mostread",
	"nav", "navbar", "navigation", "menu", "masthead", "footer", "widget",
	"tags", "toolbar", "disqus", "credit", "credits", "hidden", NULL
};

/* Words that never name a container of the article. */
static const char *const boiler_always[] = {
	"cookie", "cookies", "consent", "gdpr", "onetrust", "cmp", "didomi",
	"newsletter", "newsletters", "modal", "popup", NULL
};

/*
 * Flags from the words of a class or id: split on anything that is not
 * a letter or digit, compared lower-cased.
 */
static unsigned
word_flags(const char *v)
{
	unsigned flags = 0;
	char word[32];

	while (v != NULL && *v != '\0') {
		size_t n = 0;

		while (*v != '\0' && !((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
		    (*v >= '0' && *v <= '9')))
			v++;
		while ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
		    (*v >= '0' && *v <= '9')) {
			if (n < sizeof word - 1)
				word[n++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v);
			v++;
		}
		word[n] = '\0';
		if (n == 0)
			continue;
		if (in_list(word, boiler_always))
			flags |= F_NEG_ALWAYS;
		else if (in_list(word, boiler_words))
			flags |= F_NEG;
		else if (strcmp(word, "byline") == 0 || strcmp(word, "author") == 0 ||
		    strcmp(word, "authors") == 0)
			flags |= F_BYLINE;
	}
	return flags;
}

static int
hidden(const struct page *pg, const struct hnode *n)
{
	const char *v;
	char style[64];
	size_t k = 0;

	if (attr(pg, n, A_HIDDEN) != NULL)
		return 1;
	if ((v = attr(pg, n, A_ARIA_HIDDEN)) != NULL && strcasecmp(v, "true") == 0)
		return 1;
	if ((v = attr(pg, n, A_STYLE)) == NULL)
		return 0;
	/* "display : none" and "display:none" alike */
	for (; *v != '\0'; v++) {
		if (*v == ' ' || *v == '\t' || *v == '\n')
			continue;
		style[k++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v);
		if (k == sizeof style - 1)
			break;
		style[k] = '\0';
		if (strstr(style, "display:none") != NULL ||
		    strstr(style, "visibility:hidden") != NULL)
			return 1;
		if (*v == ';')
			k = 0;
	}
	return 0;
}

static unsigned
element_flags(const struct page *pg, const struct hnode *n, unsigned kind)
{
	const char *role;
	unsigned flags = 0;

	if (n->tag == TAG_HEAD)
		return F_HEAD | F_SKIP;
	if (n->tag == pg->tag_html || n->tag == pg->tag_body)
		return 0;
	if ((kind & K_NEVER) || hidden(pg, n))
		flags |= F_SKIP;
	if ((kind & K_HEADER) && !pg->in_article)
		flags |= F_SKIP;
	if ((role = attr(pg, n, A_ROLE)) != NULL && in_list(role, chrome_roles))
		flags |= F_SKIP;
	/* Some sites wrap the whole page in one <form>: judge it by its text. */
	if (kind & K_FORM)
		flags |= F_NEG;
	flags |= word_flags(attr(pg, n, A_CLASS)) | word_flags(attr(pg, n, A_ID));
	if ((flags & F_BYLINE) && (flags & (F_NEG | F_NEG_ALWAYS)))
		flags &= ~(unsigned)F_BYLINE;
	return flags;
}

/* Characters that are not white space. */
static size_t
count_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
		    (c & 0xc0) != 0x80)
			n++;
	}
	return n;
}

/* Entering (+1) or leaving (-1) an element that changes how its text counts. */
static void
count_in(struct page *pg, unsigned kind, int step)
{
	pg->in_p += step * ((kind & K_P) != 0);
	pg->in_li += step * ((kind & K_LI) != 0);
	pg->in_a += step * ((kind & K_LINK) != 0);
	pg->in_heading += step * ((kind & K_HEADING) != 0);
}

/* Text outside <p> counts as paragraph text when it is this long. */
#define LONG_TEXT 80

static void
count_text(struct page *pg, const struct hnode *n)
{
	struct hnode *up = info(pg, parent(pg, n));
	size_t k;

	/* Headings count for neither: they sit between the paragraphs of a story. */
	if (up == NULL || pg->in_head || pg->in_heading)
		return;
	k = count_chars(htree_text(&pg->tree, n));
	if (!pg->in_a && (pg->in_p || pg->in_li || k >= LONG_TEXT))
		up->para += k;
	else
		up->other += k;
}

/* Text of an element, at most max bytes, for metadata. */
static char *
gather_text(const struct page *pg, const struct hnode *top, size_t max)
{
	const struct htree *t = &pg->tree;
	const struct hnode *n = htree_node(t, top->children);
	struct xo o;
	char *s;

	xo_init(&o);
	while (n != NULL && o.len < max) {
		if (n->type == HN_TEXT)
			xo_text(&o, htree_text(t, n), strlen(htree_text(t, n)), 0);
		if (n->type == HN_ELEMENT && n->children != 0 &&
		    !is(n, pg->tag_script) && !is(n, pg->tag_style)) {
			n = htree_node(t, n->children);
			continue;
		}
		while (n != top && n->next == 0)
			n = parent(pg, n);
		if (n == top)
			break;
		n = htree_node(t, n->next);
	}
	s = xo_clean(o.s, o.len, max);
	xo_free(&o);
	return s;
}

static void
set_once(char **slot, const char *s, size_t n)
{
	if (*slot == NULL && s != NULL)
		*slot = xo_clean(s, n, META_MAX);
}

static void
read_meta(struct page *pg, const struct hnode *n)
{
	struct page_meta *m = &pg->meta;
	const char *key, *v;

	if ((v = attr(pg, n, A_CONTENT)) == NULL)
		return;
	if ((key = attr(pg, n, A_PROPERTY)) == NULL && (key = attr(pg, n, A_NAME)) == NULL &&
	    (key = attr(pg, n, A_ITEMPROP)) == NULL)
		return;
	if (strcasecmp(key, "og:title") == 0)
		set_once(&m->og_title, v, strlen(v));
	else if (strcasecmp(key, "og:site_name") == 0)
		set_once(&m->og_site, v, strlen(v));
	else if (strcasecmp(key, "author") == 0 || strcasecmp(key, "byl") == 0 ||
	    strcasecmp(key, "dc.creator") == 0 || strcasecmp(key, "sailthru.author") == 0 ||
	    (strcasecmp(key, "article:author") == 0 && !xo_prefix(v, strlen(v), "http")))
		set_once(&m->meta_author, v, strlen(v));
	else if (strcasecmp(key, "article:published_time") == 0 ||
	    strcasecmp(key, "datepublished") == 0 || strcasecmp(key, "date") == 0 ||
	    strcasecmp(key, "dc.date") == 0 || strcasecmp(key, "pubdate") == 0 ||
	    strcasecmp(key, "publish-date") == 0)
		set_once(&m->meta_date, v, strlen(v));
}

/* htree_spec.keeps_cdata: a script of JSON-LD keeps its text. */
static int
is_jsonld(const struct htree *tree, const struct hnode *n)
{
	const char *type = htree_attr(tree, n, A_TYPE);

	return type != NULL && strcasecmp(type, "application/ld+json") == 0;
}

static void
read_jsonld(struct page *pg, const struct hnode *script)
{
	const struct htree *t = &pg->tree;
	struct page_meta *m = &pg->meta;
	struct jsonld ld;

	if (!is_jsonld(t, script))
		return;
	jsonld_init(&ld);
	for (const struct hnode *c = htree_node(t, script->children); c != NULL;
	     c = htree_node(t, c->next))
		if (c->type == HN_TEXT || c->type == HN_CDATA)
			jsonld_scan(&ld, htree_text(t, c), strlen(htree_text(t, c)));
	jsonld_finish(&ld);
	set_once(&m->ld_title, ld.headline, ld.headline ? strlen(ld.headline) : 0);
	set_once(&m->ld_publisher, ld.publisher, ld.publisher ? strlen(ld.publisher) : 0);
	set_once(&m->ld_author, ld.authors, ld.authors ? strlen(ld.authors) : 0);
	set_once(&m->ld_date, ld.date, ld.date ? strlen(ld.date) : 0);
	if (pg->ld_body == NULL && ld.body != NULL) {
		pg->ld_body = ld.body;
		pg->ld_body_len = ld.body_len;
		ld.body = NULL;
	}
	jsonld_free(&ld);
}

/* Pass 1: metadata, flags and the raw paragraph count. */
static int
survey_enter(struct page *pg, struct hnode *n)
{
	unsigned flags = 0, kind;

	if (n->type == HN_TEXT) {
		count_text(pg, n);
		return 0;
	}
	if (n->type != HN_ELEMENT)
		return 0;
	if (is(n, pg->tag_meta))
		read_meta(pg, n);
	else if (is(n, pg->tag_script))
		read_jsonld(pg, n);
	else if (is(n, pg->tag_title) && pg->meta.title_tag == NULL && pg->in_head)
		pg->meta.title_tag = gather_text(pg, n, META_MAX);
	kind = element_kind(pg, n, &flags);
	flags |= element_flags(pg, n, kind) | F_INFO;
	n->flags = flags & 0xffff;
	n->para = n->other = 0;
	count_in(pg, kind, 1);
	pg->in_article += (kind & K_ARTICLE) != 0;
	pg->in_head += (flags & F_HEAD) != 0;
	if ((kind & K_H1) && pg->first_h1 == NULL && !(flags & F_SKIP))
		pg->first_h1 = n;
	return (flags & F_HEAD) || !(flags & F_SKIP);
}

static void
survey_leave(struct page *pg, struct hnode *n)
{
	struct hnode *me = info(pg, n), *up;

	if (me == NULL)
		return;
	count_in(pg, surveyed_kind(me), -1);
	pg->in_article -= (surveyed_kind(me) & K_ARTICLE) != 0;
	pg->in_head -= (me->flags & F_HEAD) != 0;
	if ((up = info(pg, parent(pg, n))) != NULL) {
		up->para += me->para;
		up->other += me->other;
	}
}

/* Pass 2: boilerplate decided against the page's paragraph total. */

static int
score_enter(struct page *pg, struct hnode *n)
{
	struct hnode *me;

	if (n->type == HN_TEXT) {
		count_text(pg, n);
		return 0;
	}
	if ((me = info(pg, n)) == NULL)
		return 0;
	if ((me->flags & F_NEG_ALWAYS) ||
	    ((me->flags & F_NEG) && me->para * 2 < pg->page_para))
		me->flags |= F_BOILER;
	/* A "byline" holding paragraphs is more than a byline. */
	if ((me->flags & F_BYLINE) && me->para > BYLINE_MAX)
		me->flags &= ~(unsigned)F_BYLINE;
	me->para = me->other = 0;
	count_in(pg, surveyed_kind(me), 1);
	return !(me->flags & (F_SKIP | F_BOILER));
}

static void
score_leave(struct page *pg, struct hnode *n)
{
	struct hnode *me = info(pg, n), *up;
	long score;

	if (me == NULL)
		return;
	count_in(pg, surveyed_kind(me), -1);
	if (me->flags & (F_SKIP | F_BOILER))
		return;
	if ((up = info(pg, parent(pg, n))) != NULL) {
		up->para += me->para;
		up->other += me->other;
	}
	if (surveyed_kind(me) & K_ARTICLE) {
		if (pg->best_article == NULL || me->para > info(pg, pg->best_article)->para)
			pg->best_article = n;
	} else if (surveyed_kind(me) & K_MAIN) {
		if (pg->best_main == NULL || me->para > info(pg, pg->best_main)->para)
			pg->best_main = n;
	}
	/*
	 * Containers compete, not paragraphs.  Children are left before
	 * their parent: on a tie the inner one wins.
	 */
	score = (long)me->para - (long)me->other;
	if (me->para > 0 && (surveyed_kind(me) & K_CONTAINER) &&
	    (pg->best_dense == NULL || score > pg->best_dense_score)) {
		pg->best_dense = n;
		pg->best_dense_score = score;
	}
}

static struct hnode *
choose_root(struct page *pg, struct hnode *body)
{
	size_t total = info(pg, body) != NULL ? info(pg, body)->para : 0;

	if (pg->best_article != NULL && info(pg, pg->best_article)->para > 0 &&
	    info(pg, pg->best_article)->para * 2 >= total)
		return pg->best_article;
	/* What lies outside <main> is rarely the story: a quarter will do. */
	if (pg->best_main != NULL && info(pg, pg->best_main)->para > 0 &&
	    info(pg, pg->best_main)->para * 4 >= total)
		return pg->best_main;
	if (pg->best_dense != NULL && pg->best_dense_score > 0)
		return pg->best_dense;
	return body;
}

/* Lines that are page furniture even inside the article. */
static const char *const stock_lines[] = {
	"advertisement", "advert", "ad", "sponsored", "share", "share this",
	"share this article", "share this story", "skip advertisement",
	"story continues below advertisement", "continue reading", "read more",
	"by", NULL
};

static unsigned
inside(const struct page *pg)
{
	return (pg->in_a > 0 ? XO_LINK : 0) | (pg->in_time > 0 ? XO_TIME : 0);
}

static int
stock_line(const char *s, size_t n)
{
	char low[40];

	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	low[n] = '\0';
	return in_list(low, stock_lines);
}

static int
same_text(const char *a, size_t n, const char *b)
{
	return b != NULL && strlen(b) == n && memcmp(a, b, n) == 0;
}

/*
 * End a block of the body, keeping it only if it is text: not mostly
 * links, not a stock line, not the title again.  The root's first <h1>
 * becomes the title when no better one was set aside.
 */
static void
end_block(struct page *pg, int h1)
{
	struct xo *o = &pg->out;
	const char *s;
	size_t n;

	if (!o->in_block)
		return;
	s = xo_block(o, &n);
	/* Mostly links, only a time stamp, or page furniture. */
	if (o->link_chars * 10 >= o->chars * 6 || o->time_chars == o->chars ||
	    stock_line(s, n)) {
		xo_drop_block(o);
		return;
	}
	if (h1 && !pg->took_h1 && pg->title == NULL) {
		pg->title = xo_clean(s, n, META_MAX);
		pg->took_h1 = 1;
		xo_drop_block(o);
		return;
	}
	if (pg->in_heading && !pg->dropped_title && same_text(s, n, pg->title)) {
		pg->dropped_title = 1;
		xo_drop_block(o);
		return;
	}
	xo_end_block(o);
}

/*
 * Text of the body.  Inside <pre> (articles served as plain text) a line
 * end is a <br>, so that a blank line still ends a paragraph.
 */
static void
emit_text(struct page *pg, const char *s)
{
	const char *nl;

	if (pg->in_pre > 0) {
		while ((nl = strchr(s, '\n')) != NULL) {
			xo_text(&pg->out, s, (size_t)(nl - s), inside(pg));
			xo_break(&pg->out);
			s = nl + 1;
		}
	}
	xo_text(&pg->out, s, strlen(s), inside(pg));
}

static int
emit_enter(struct page *pg, struct hnode *n)
{
	struct hnode *me;
	unsigned k;

	if (n->type == HN_TEXT) {
		emit_text(pg, htree_text(&pg->tree, n));
		return 0;
	}
	if ((me = info(pg, n)) == NULL)
		return 0;
	if ((me->flags & F_BYLINE) && pg->byline_node == NULL)
		pg->byline_node = n;
	if (me->flags & (F_SKIP | F_BOILER | F_BYLINE))
		return 0;
	k = surveyed_kind(me);
	if (k & K_BLOCK)
		end_block(pg, 0);
	if (k & K_BR)
		xo_break(&pg->out);
	else if (k & K_Q)
		xo_text(&pg->out, "\xe2\x80\x9c", 3, inside(pg));
	else if (k & K_QUOTE)
		pg->out.quote++;
	pg->in_a += (k & K_LINK) != 0;
	pg->in_time += (k & K_TIME) != 0;
	pg->in_pre += (k & K_PRE) != 0;
	pg->in_heading += (k & K_HEADING) != 0;
	return 1;
}

static void
emit_leave(struct page *pg, struct hnode *n)
{
	struct hnode *me = info(pg, n);
	unsigned k;

	if (me == NULL || (me->flags & (F_SKIP | F_BOILER | F_BYLINE)))
		return;
	k = surveyed_kind(me);
	if (k & K_Q)
		xo_text(&pg->out, "\xe2\x80\x9d", 3, inside(pg));
	if (k & K_BLOCK)
		end_block(pg, (k & K_H1) != 0);
	pg->in_a -= (k & K_LINK) != 0;
	pg->in_time -= (k & K_TIME) != 0;
	pg->in_pre -= (k & K_PRE) != 0;
	pg->in_heading -= (k & K_HEADING) != 0;
	if (k & K_QUOTE)
		pg->out.quote--;
}

static const struct walker survey = { survey_enter, survey_leave };
static const struct walker score = { score_enter, score_leave };
static const struct walker emit = { emit_enter, emit_leave };

/* "Headline | Outlet" loses " | Outlet". */
static void
strip_outlet(char *title, const char *outlet)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
		" \xc2\xb7 ", " :: ", NULL };
	size_t tl, ol;

	if (title == NULL || outlet == NULL)
		return;
	tl = strlen(title);
	ol = strlen(outlet);
	for (const char *const *sep = seps; *sep != NULL; sep++) {
		size_t sl = strlen(*sep);

		if (tl > ol + sl && strcasecmp(title + tl - ol, outlet) == 0 &&
		    memcmp(title + tl - ol - sl, *sep, sl) == 0) {
			title[tl - ol - sl] = '\0';
			return;
		}
	}
}

static char *
take(char **slot)
{
	char *s = *slot;

	*slot = NULL;
	return s;
}

static void
free_meta(struct page_meta *m)
{
	char **all[] = { &m->og_title, &m->ld_title, &m->title_tag, &m->og_site,
		&m->ld_publisher, &m->meta_author, &m->ld_author, &m->byline_text,
		&m->meta_date, &m->ld_date };

	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		free(*all[i]);
		*all[i] = NULL;
	}
}

/* The title, outlet, byline and date, best source first. */
static void
settle_meta(struct page *pg, struct ws_extract *ex)
{
	struct page_meta *m = &pg->meta;

	ex->publisher = m->og_site ? take(&m->og_site) : take(&m->ld_publisher);
	ex->date = m->meta_date ? take(&m->meta_date) : take(&m->ld_date);
	xo_short_date(ex->date);
}

/* After the emission, which meets the root's byline element if any. */
static void
settle_byline(struct page *pg, struct ws_extract *ex)
{
	struct page_meta *m = &pg->meta;

	if (m->ld_author != NULL)
		ex->byline = take(&m->ld_author);
	else if (m->meta_author != NULL)
		ex->byline = take(&m->meta_author);
	else if (pg->byline_node != NULL)
		ex->byline = gather_text(pg, pg->byline_node, META_MAX);
	xo_strip_by(ex->byline);
}

/* The title when the root has no <h1> of its own. */
static char *
fallback_title(struct page *pg)
{
	struct page_meta *m = &pg->meta;

	if (m->og_title != NULL)
		return take(&m->og_title);
	if (m->ld_title != NULL)
		return take(&m->ld_title);
	if (pg->first_h1 != NULL)
		return gather_text(pg, pg->first_h1, META_MAX);
	return take(&m->title_tag);
}

/* Does the root hold an <h1> that the emission will meet? */
static int
root_has_h1(struct page *pg, struct hnode *root)
{
	for (struct hnode *n = pg->first_h1; n != NULL; n = parent(pg, n)) {
		struct hnode *i = info(pg, n);

		if (i != NULL && (i->flags & (F_SKIP | F_BOILER | F_BYLINE)))
			return 0;
		if (n == root)
			return 1;
	}
	return 0;
}

struct parse_budget {
	size_t spent, limit;
	int exhausted;
	int conversion_failed;	/* the declared charset could not decode the page */
	int nomem;		/* libxml2 ran out of memory */
};

/*
 * libxml2's error channel (errors are never printed).  Every error costs
 * the depth of the stack of open elements, which bounds what the parser
 * spends scanning it for stray end tags.
 */
static void
parse_error(void *ctx, const char *msg, ...)
{
	htmlParserCtxtPtr ctxt = ctx;
	struct parse_budget *b = ((struct htree *)ctxt->_private)->user;

	(void)msg;
	b->spent += (size_t)(ctxt->nameNr > 0 ? ctxt->nameNr : 0) + 1;
	if (b->spent > b->limit && !b->exhausted) {
		b->exhausted = 1;
		xmlStopParser(ctxt);
	}
}

/*
 * libxml2's process-wide channel, which hears what no parser context
 * does: charset conversion failures, and memory refused to its buffers
 * (libxml2 has recorded which, as its last error, when it calls this).
 * Set only while parsing, so that nothing is printed.
 */
static void
generic_error(void *ctx, const char *msg, ...)
{
	struct parse_budget *b = ctx;
	const xmlError *last = xmlGetLastError();

	(void)msg;
	if (last != NULL && last->code == XML_ERR_NO_MEMORY)
		b->nomem = 1;
	else
		b->conversion_failed = 1;
}

/* The end of a quoted or unquoted attribute value at p, or of the name. */
static const char *
skip_attribute(const char *p, const char *end)
{
	const char *q;

	while (p < end && !strchr(" \t\n\f\r/>=", *p))
		p++;
	while (p < end && strchr(" \t\n\f\r", *p))
		p++;
	if (p == end || *p != '=')
		return p;
	for (p++; p < end && strchr(" \t\n\f\r", *p); p++)
		;
	if (p < end && (*p == '"' || *p == '\'')) {
		q = memchr(p + 1, *p, (size_t)(end - p - 1));
		return q != NULL ? q + 1 : end;
	}
	while (p < end && !strchr(" \t\n\f\r>", *p))
		p++;
	return p;
}

/*
 * Whether some element of the page has more than `max` attributes, read
 * as an HTML tokenizer does: from '<' and a letter to the '>' outside
 * quotes; comments and the raw text of <script> and <style> skipped.
 */
static int
crowded_element(const char *html, size_t len, size_t max)
{
	const char *p = html, *end = html + len, *q;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		const char *name = ++p;
		size_t n = 0;

		if ((size_t)(end - p) >= 3 && memcmp(p, "!--", 3) == 0) {
			q = memmem(p + 3, (size_t)(end - p - 3), "-->", 3);
			p = q != NULL ? q + 3 : end;
			continue;
		}
		if (p == end || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
			continue;
		while (p < end && !strchr(" \t\n\f\r/>", *p))
			p++;
		for (;;) {
			while (p < end && strchr(" \t\n\f\r/", *p))
				p++;
			if (p == end || *p == '>')
				break;
			if (++n > max)
				return 1;
			p = skip_attribute(p, end);
		}
		/* Raw text: nothing in it is a tag until its end tag. */
		if (p - name >= 6 && (strncasecmp(name, "script", 6) == 0 ||
				      strncasecmp(name, "style", 5) == 0)) {
			const char *close = strncasecmp(name, "style", 5) == 0 ? "</style" : "</script";

			for (q = p; (q = memchr(q, '<', (size_t)(end - q))) != NULL; q++)
				if ((size_t)(end - q) >= strlen(close) &&
				    strncasecmp(q, close, strlen(close)) == 0)
					break;
			p = q != NULL ? q : end;
		}
	}
	return 0;
}

static const struct htree_spec tree_spec = { tag_index, kept_attrs, is_jsonld };

/*
 * About the nodes of a page's tree: an element a '<' that opens a tag
 * (a letter follows), a text a '>' that no '<' follows at once (the tree
 * joins what the parser hands over in pieces).  A closing tag makes no
 * node: counting every '<' reserved a node too many an element.
 */
static size_t
count_nodes(const char *html, size_t len)
{
	const char *p, *end = html + len;
	size_t n = 0;

	for (p = html; (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))
			n++;
	for (p = html; (p = memchr(p, '>', (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && p[1] != '<')
			n++;
	return n;
}

/*
 * Parse a page into *tree (which the caller frees with htree_free()
 * whatever happens): as UTF-8 (encoding NULL, the loader's clean text),
 * in the given charset, or (encoding "") in the charset the page
 * declares.  *out is what libxml2 keeps of the document (its charset),
 * NULL when parsing failed.  *conversion_failed tells that a charset
 * could not decode it all.
 */
static int
parse(const char *html, size_t len, const char *encoding, struct htree *tree,
      xmlDoc **out, int *conversion_failed, struct ws_error *err)
{
	htmlParserCtxtPtr ctxt;
	struct parse_budget budget = { 0, 16 * len + ((size_t)1 << 24), 0, 0, 0 };
	xmlGenericErrorFunc old_error = xmlGenericError;
	void *old_context = xmlGenericErrorContext;
	xmlCharEncodingHandlerPtr handler = NULL;

	*out = NULL;
	if (len > WS_EXTRACT_MAX_HTML || len > INT32_MAX)
		return ws_error_set(err, "page too large to extract (%zu MiB; at most %zu MiB)",
		    len >> 20, WS_EXTRACT_MAX_HTML >> 20);
	if (crowded_element(html, len, WS_EXTRACT_MAX_ATTRIBUTES))
		return ws_error_set(err, "an element with over %d attributes: refused, as "
		    "libxml2 would take minutes (--format=text reads the page as text)",
		    WS_EXTRACT_MAX_ATTRIBUTES);
	/*
	 * libxml2 allocates on its own: where it says it ran out, so does
	 * whosaid (ws_out_of_memory).  Its channel is ours from here on.
	 */
	xmlSetGenericErrorFunc(&budget, generic_error);
	if ((ctxt = htmlCreateMemoryParserCtxt(html, (int)len)) == NULL)
		ws_out_of_memory();
	/*
	 * XML_PARSE_HUGE lifts the depth limit of 256 (the walks are
	 * iterative; the budget bounds the time).
	 */
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
	    HTML_PARSE_COMPACT | XML_PARSE_HUGE |
	    (encoding == NULL || *encoding != '\0' ? HTML_PARSE_IGNORE_ENC : 0));
	tree->user = &budget;
	/* The nodes counted, and a few the parser implies (html, head, body). */
	htree_attach(ctxt, tree, &tree_spec, count_nodes(html, len) + 64);
	ctxt->sax->error = parse_error;
	ctxt->sax->warning = parse_error;
	ctxt->sax->fatalError = parse_error;
	ctxt->vctxt.error = parse_error;
	ctxt->vctxt.warning = parse_error;
	if (encoding == NULL)
		xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	else if (*encoding != '\0' && (handler = xmlFindCharEncodingHandler(encoding)) != NULL)
		xmlSwitchToEncoding(ctxt, handler);
	htmlParseDocument(ctxt);
	xmlSetGenericErrorFunc(old_context, old_error);
	*conversion_failed = budget.conversion_failed;
	*out = ctxt->myDoc;
	ctxt->myDoc = NULL;
	if (ctxt->errNo == XML_ERR_NO_MEMORY || budget.nomem)
		ws_out_of_memory();
	htmlFreeParserCtxt(ctxt);
	tree->user = NULL;
	if (budget.exhausted) {
		xmlFreeDoc(*out);
		*out = NULL;
		htree_free(tree);
		return ws_error_set(err, "page too malformed to parse "
		    "(thousands of tags left open, then closed out of order)");
	}
	return 0;
}

/*
 * Pages drawn by scripts carry little text in their HTML and the whole
 * story in JSON-LD's articleBody: when the body found holds less than
 * half of it, the articleBody is the body, a paragraph per line.
 */
static void
prefer_ld_body(struct page *pg)
{
	const char *s = pg->ld_body, *end;

	if (s == NULL || pg->out.len * 2 >= pg->ld_body_len)
		return;
	end = s + pg->ld_body_len;
	xo_free(&pg->out);
	xo_init(&pg->out);
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl != NULL ? (size_t)(nl - s) : (size_t)(end - s);

		xo_text(&pg->out, s, n, 0);
		xo_end_block(&pg->out);
		s += n + (nl != NULL);
	}
}

static struct hnode *
find_body(struct page *pg, struct hnode *root)
{
	const struct htree *t = &pg->tree;

	if (root == NULL)
		return NULL;
	for (struct hnode *n = htree_node(t, root->children); n != NULL; n = htree_node(t, n->next))
		if (is(n, pg->tag_body))
			return n;
	return root;
}

static void
free_page(struct page *pg)
{
	free_meta(&pg->meta);
	free(pg->title);
	free(pg->ld_body);
	xo_free(&pg->out);
	htree_free(&pg->tree);
	xmlFreeDoc(pg->doc);
}

/*
 * Parse a page in the charset it declares, as the WHATWG Encoding
 * Standard reads the label (ws_charset_decoder): NULL *out when it
 * declares none, UTF-8 or what means UTF-8, or when that charset cannot
 * decode it.  libxml2 finds the declaration (the first parse, in
 * whatever it switched to); the page is then parsed again in the
 * standard's charset for that label.
 */
static int
parse_declared(const char *bytes, size_t len, struct htree *tree, xmlDoc **out,
	       struct ws_error *err)
{
	const char *charset;
	int failed;

	*out = NULL;
	if (len == 0 || parse(bytes, len, "", tree, out, &failed, err) < 0)
		return len == 0 ? 0 : -1;
	charset = *out != NULL ? ws_charset_decoder((const char *)(*out)->encoding) : NULL;
	xmlFreeDoc(*out);
	*out = NULL;
	htree_free(tree);
	if (charset == NULL)
		return 0;
	if (parse(bytes, len, charset, tree, out, &failed, err) < 0)
		return -1;
	if (failed) {
		xmlFreeDoc(*out);
		*out = NULL;
		htree_free(tree);
	}
	return 0;
}

static int extract(const char *html, size_t len, int declared, struct ws_extract **out,
		   struct ws_error *err);

/*
 * libxml2 takes a NUL for the end of the page and drops the rest without
 * a word.  A page that has them (read with --force) gets each as the
 * character reference &#xFFFD;, which reads the same in every charset a
 * page may declare: a NUL shows as U+FFFD, as the extracted text shows
 * one anywhere else (xo_text), and the page is read to its end.  *copy
 * is the page to parse, NULL when the page has no NUL; the caller frees it.
 */
static int
replace_nuls(const char *html, size_t *len, char **copy, struct ws_error *err)
{
	static const char ref[] = "&#xFFFD;";
	const char *p = html, *end = html + *len, *nul;
	size_t nuls = 0, grown;
	char *q;

	*copy = NULL;
	for (nul = memchr(p, '\0', *len); nul != NULL;
	     nul = memchr(nul + 1, '\0', (size_t)(end - nul - 1)))
		nuls++;
	if (nuls == 0)
		return 0;
	grown = *len + nuls * (sizeof ref - 2);
	if (grown > WS_EXTRACT_MAX_HTML)
		return ws_error_set(err, "page too large to extract (%zu MiB with its NULs "
		    "replaced; at most %zu MiB)", grown >> 20, WS_EXTRACT_MAX_HTML >> 20);
	q = *copy = xmalloc(grown);
	while ((nul = memchr(p, '\0', (size_t)(end - p))) != NULL) {
		memcpy(q, p, (size_t)(nul - p));
		q += nul - p;
		memcpy(q, ref, sizeof ref - 1);
		q += sizeof ref - 1;
		p = nul + 1;
	}
	memcpy(q, p, (size_t)(end - p));
	*len = grown;
	return 0;
}

/* extract() on the page with its NULs replaced (replace_nuls). */
static int
extract_without_nuls(const char *html, size_t len, int declared, struct ws_extract **out,
		     struct ws_error *err)
{
	char *copy;
	int rc;

	*out = NULL;
	if (replace_nuls(html, &len, &copy, err) < 0)
		return -1;
	rc = extract(copy != NULL ? copy : html, len, declared, out, err);
	free(copy);
	return rc;
}

int
ws_extract_html(const char *html, size_t len, struct ws_extract **out,
		struct ws_error *err)
{
	return extract_without_nuls(html, len, 0, out, err);
}

int
ws_extract_html_declared(const char *bytes, size_t len, struct ws_extract **out,
			 struct ws_error *err)
{
	return extract_without_nuls(bytes, len, 1, out, err);
}

static int
extract(const char *html, size_t len, int declared, struct ws_extract **out,
	struct ws_error *err)
{
	struct ws_extract *ex;
	struct page pg;
	struct hnode *top, *body, *root;
	int failed, rc;

	*out = NULL;
	memset(&pg, 0, sizeof pg);
	xo_init(&pg.out);
	pg.tag_html = tag_index("html");
	pg.tag_head = TAG_HEAD;
	pg.tag_body = tag_index("body");
	pg.tag_meta = tag_index("meta");
	pg.tag_script = tag_index("script");
	pg.tag_style = tag_index("style");
	pg.tag_title = tag_index("title");
	ex = xcalloc(1, sizeof *ex);
	if (declared) {
		rc = parse_declared(html, len, &pg.tree, &pg.doc, err);
		if (rc < 0 || pg.doc == NULL) {
			free_page(&pg);
			free(ex);
			return rc;	/* no declared charset: *out stays NULL */
		}
	} else if (len > 0 && parse(html, len, NULL, &pg.tree, &pg.doc, &failed, err) < 0) {
		free_page(&pg);
		free(ex);
		return -1;
	}
	top = pg.doc != NULL ? htree_node(&pg.tree, pg.tree.root) : NULL;
	walk(&pg, top, &survey);
	if ((body = find_body(&pg, top)) != NULL) {
		pg.page_para = info(&pg, body) != NULL ? info(&pg, body)->para : 0;
		pg.in_p = pg.in_li = pg.in_a = pg.in_heading = 0;
		walk(&pg, body, &score);
		root = choose_root(&pg, body);
		settle_meta(&pg, ex);
		if (!root_has_h1(&pg, root))
			pg.title = fallback_title(&pg);
		strip_outlet(pg.title, ex->publisher);
		pg.in_a = pg.in_time = pg.in_pre = pg.in_heading = 0;
		walk(&pg, root, &emit);
		end_block(&pg, 0);
		prefer_ld_body(&pg);
		if (pg.title == NULL)
			pg.title = fallback_title(&pg);
	} else {
		settle_meta(&pg, ex);
		pg.title = fallback_title(&pg);
		prefer_ld_body(&pg);
	}
	settle_byline(&pg, ex);
	ex->title = take(&pg.title);
	strip_outlet(ex->title, ex->publisher);
	xo_assemble(ex, &pg.out);
	free_page(&pg);
	*out = ex;
	return 0;
}
