/*
 * A page's element tree from libxml2's SAX events (extract_tree.h).
 *
 * The handlers replace those of libxml2's SAX2 tree builder and follow
 * them step for step where the extraction can tell the difference:
 * xmlSAX2StartElement (the local name after a prefix, the parent),
 * xmlSAX2Text (adjacent text in one node), xmlSAX2Comment and
 * xmlSAX2ProcessingInstruction (a node between two texts, or before the
 * root).  libxml2's HTML parser itself never looks at the tree it
 * builds but to tell ignorable blanks (areBlanks), and with blanks kept
 * (the default) both answers send them as text alike.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parserInternals.h>

#include "whosaid/xmalloc.h"
#include "extract_tree.h"

_Static_assert(sizeof(struct hnode) == 24, "a page node is 24 bytes (extract_tree.h)");

/* On an open element's last child: a comment or PI came after it. */
#define AFTER_MISC ((uint32_t)1 << 31)

/*
 * Grow an array to hold `need` elements by half again what it holds, not
 * twice: the node array is the largest of a page of small elements, and
 * the address space reserved counts against a bound.
 */
static void
grow(void *arrp, size_t *cap, size_t need, size_t size)
{
	void **arr = arrp;
	size_t ncap = *cap;

	if (need <= ncap)
		return;
	if (ncap < 16)
		ncap = 16;
	while (ncap < need)
		ncap += ncap / 2;
	*arr = xreallocarray(*arr, ncap, size);
	*cap = ncap;
}

/* Copy n bytes and a NUL to the pool; their offset. */
static uint32_t
pool_add(struct htree *t, const char *s, size_t n)
{
	size_t at = t->pool_len;

	grow(&t->pool, &t->pool_cap, at + n + 1, 1);
	memcpy(t->pool + at, s, n);
	t->pool[at + n] = '\0';
	t->pool_len = at + n + 1;
	return (uint32_t)at;
}

static uint32_t
new_node(struct htree *t, enum hnode_type type)
{
	struct hnode *n;

	grow(&t->nodes, &t->cap, t->n + 1, sizeof *t->nodes);
	n = &t->nodes[t->n];
	memset(n, 0, sizeof *n);
	n->type = type;
	return (uint32_t)t->n++;
}

/* Link node i as the last child of `parent`, whose last child is *last. */
static void
append(struct htree *t, uint32_t parent, uint32_t *last, uint32_t i)
{
	uint32_t prev = *last & ~AFTER_MISC;

	t->nodes[i].parent = parent;
	if (prev != 0)
		t->nodes[prev].next = i;
	else
		t->nodes[parent].children = i;
	*last = i;
}

static void
push(struct htree *t, uint32_t i)
{
	if (t->depth == t->open_cap) {
		grow(&t->open, &t->open_cap, t->depth + 1, sizeof *t->open);
		t->last = xreallocarray(t->last, t->open_cap, sizeof *t->last);
	}
	t->open[t->depth] = i;
	t->last[t->depth++] = 0;
}

/*
 * The parent of an element that opens now, as xmlSAX2StartElement picks
 * it, and where its last child is: the open element; with none open, the
 * root when the root is the document's first child (no DOCTYPE, comment
 * or PI before it); else none (0): the first such element is the root,
 * the others lie outside it.
 */
static uint32_t
parent_of_new(struct htree *t, htmlParserCtxtPtr ctxt, uint32_t **last)
{
	if (t->depth > 0) {
		*last = &t->last[t->depth - 1];
		return t->open[t->depth - 1];
	}
	*last = &t->root_last;
	if (t->root != 0 && !t->misc_first && ctxt->myDoc->intSubset == NULL)
		return t->root;
	return 0;
}

/* Keep the attributes the spec asks for (a missing value is ""). */
static void
keep_attrs(struct htree *t, uint32_t i, const xmlChar **atts)
{
	const char *const *names = t->spec->attrs;

	for (size_t a = 0; atts != NULL && atts[a] != NULL; a += 2) {
		for (unsigned w = 0; names[w] != NULL; w++) {
			const char *v = atts[a + 1] != NULL ? (const char *)atts[a + 1] : "";

			if (strcasecmp((const char *)atts[a], names[w]) != 0 ||
			    htree_attr(t, &t->nodes[i], w) != NULL)
				continue;
			grow(&t->attrs, &t->attrs_cap, t->nattrs + 1, sizeof *t->attrs);
			t->attrs[t->nattrs].node = i;
			t->attrs[t->nattrs].which = (uint8_t)w;
			t->attrs[t->nattrs].value = pool_add(t, v, strlen(v));
			t->nattrs++;
			t->nodes[i].attrs = 1;
		}
	}
}

/* The tag index of a name, after its prefix as xmlSplitQName() splits it. */
static unsigned
tag_of(struct htree *t, htmlParserCtxtPtr ctxt, const xmlChar *name)
{
	xmlChar *prefix = NULL, *local;
	unsigned tag;

	if (strchr((const char *)name, ':') == NULL)
		return t->spec->tag((const char *)name);
	if ((local = xmlSplitQName(ctxt, name, &prefix)) == NULL)
		ws_out_of_memory();
	tag = t->spec->tag((const char *)local);
	xmlFree(local);
	xmlFree(prefix);
	return tag;
}

static void
start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	htmlParserCtxtPtr ctxt = ctx;
	struct htree *t = ctxt->_private;
	uint32_t *last, parent, i;
	int root = 0;

	if (name == NULL || ctxt->myDoc == NULL)
		return;
	parent = parent_of_new(t, ctxt, &last);
	if (t->depth == 0 && t->root == 0)
		root = 1;
	else if (parent == 0) {		/* outside the root, or inside what is */
		push(t, 0);
		return;
	}
	i = new_node(t, HN_ELEMENT);
	t->nodes[i].tag = tag_of(t, ctxt, name) & 0xff;
	keep_attrs(t, i, atts);
	t->nodes[i].cdata = t->spec->keeps_cdata(t, &t->nodes[i]) != 0;
	if (root)
		t->root = i;
	else
		append(t, parent, last, i);
	push(t, i);
}

static void
end_element(void *ctx, const xmlChar *name)
{
	htmlParserCtxtPtr ctxt = ctx;
	struct htree *t = ctxt->_private;

	(void)name;
	if (t->depth == 0)
		return;
	t->depth--;
	if (t->depth == 0 && t->open[0] == t->root && t->root != 0)
		t->root_last = t->last[0];
}

/* Text or CDATA into the open element, after its last child or into it. */
static void
add_text(struct htree *t, const char *s, size_t n, enum hnode_type type)
{
	uint32_t parent, *last, prev, i;
	struct hnode *p;

	if (t->depth == 0 || (parent = t->open[t->depth - 1]) == 0)
		return;
	last = &t->last[t->depth - 1];
	prev = *last;
	if (prev != 0 && !(prev & AFTER_MISC) && t->nodes[prev].type == type) {
		p = &t->nodes[prev];
		if ((size_t)p->text + p->len + 1 != t->pool_len) {
			/* not at the pool's end: copy it there first */
			uint32_t at = pool_add(t, t->pool + p->text, p->len);

			p = &t->nodes[prev];
			p->text = at;
		}
		t->pool_len--;		/* its NUL */
		pool_add(t, s, n);
		t->nodes[prev].len += (uint32_t)n;
		return;
	}
	i = new_node(t, type);
	t->nodes[i].text = pool_add(t, s, n);
	t->nodes[i].len = (uint32_t)n;
	append(t, parent, last, i);
}

static void
characters(void *ctx, const xmlChar *ch, int len)
{
	htmlParserCtxtPtr ctxt = ctx;

	add_text(ctxt->_private, (const char *)ch, (size_t)len, HN_TEXT);
}

/*
 * CDATA (the content of <script> and <style>) is kept only where the
 * spec asks; elsewhere it is still a child that keeps texts apart.
 */
static void
cdata(void *ctx, const xmlChar *ch, int len)
{
	htmlParserCtxtPtr ctxt = ctx;
	struct htree *t = ctxt->_private;
	uint32_t top;

	if (t->depth == 0 || (top = t->open[t->depth - 1]) == 0)
		return;
	if (t->nodes[top].cdata)
		add_text(t, (const char *)ch, (size_t)len, HN_CDATA);
	else
		t->last[t->depth - 1] |= AFTER_MISC;
}

/* A comment or PI: a child between two texts, or a node before the root. */
static void
misc(htmlParserCtxtPtr ctxt)
{
	struct htree *t = ctxt->_private;

	if (t->depth > 0)
		t->last[t->depth - 1] |= AFTER_MISC;
	else if (t->root == 0)
		t->misc_first = 1;
}

static void
comment(void *ctx, const xmlChar *value)
{
	(void)value;
	misc(ctx);
}

static void
processing_instruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	misc(ctx);
}

void
htree_attach(htmlParserCtxtPtr ctxt, struct htree *tree, const struct htree_spec *spec,
	     size_t nodes_guess)
{
	void *user = tree->user;

	memset(tree, 0, sizeof *tree);
	tree->user = user;
	tree->spec = spec;
	tree->n = 1;		/* index 0 is none */
	/* The guess as it is: grow() would round it up by up to half. */
	tree->cap = nodes_guess + 1;
	tree->nodes = xreallocarray(NULL, tree->cap, sizeof *tree->nodes);
	ctxt->_private = tree;
	ctxt->sax->startElement = start_element;
	ctxt->sax->endElement = end_element;
	ctxt->sax->characters = characters;
	ctxt->sax->cdataBlock = cdata;
	ctxt->sax->comment = comment;
	ctxt->sax->processingInstruction = processing_instruction;
}

void
htree_free(struct htree *tree)
{
	free(tree->nodes);
	free(tree->pool);
	free(tree->attrs);
	free(tree->open);
	free(tree->last);
	memset(tree, 0, sizeof *tree);
}

static int
attr_node_cmp(const void *key, const void *elem)
{
	uint32_t node = *(const uint32_t *)key, other = ((const struct hattr *)elem)->node;

	return node < other ? -1 : node > other;
}

const char *
htree_attr(const struct htree *tree, const struct hnode *n, unsigned which)
{
	uint32_t i = htree_index(tree, n);
	const struct hattr *a;

	if (!n->attrs)
		return NULL;
	/* The node's records are together and the last ones while it is built. */
	a = bsearch(&i, tree->attrs, tree->nattrs, sizeof *a, attr_node_cmp);
	if (a == NULL)
		return NULL;
	while (a > tree->attrs && a[-1].node == i)
		a--;
	for (; a < tree->attrs + tree->nattrs && a->node == i; a++)
		if (a->which == which)
			return tree->pool + a->value;
	return NULL;
}
