/*
 * A page's element tree, compact, built from libxml2's SAX events.
 * Private to src/extract_html.c.
 *
 * libxml2's own tree costs two nodes of 120 bytes (and a malloc each)
 * for `<p>a</p>`: a page of small elements took 48 times its size.  A
 * node here is 24 bytes, and text lives in one pool.  The tree is the
 * one libxml2's SAX2 handlers would build, as far as the extraction can
 * tell: the same elements under the same parents (an element that opens
 * with none open goes under the root when the root is the document's
 * first child, and is left out otherwise, as it lies outside the root),
 * adjacent text (or CDATA) in one node unless a comment or processing
 * instruction lies between, text with no element open dropped.  It
 * keeps only what the extraction reads: elements by tag (an index the
 * caller's lookup gives), the attributes it asks for, text, and the
 * CDATA of elements it asks for (JSON-LD scripts).
 */
#ifndef WHOSAID_EXTRACT_TREE_H
#define WHOSAID_EXTRACT_TREE_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/HTMLparser.h>

enum hnode_type {
	HN_ELEMENT,
	HN_TEXT,
	HN_CDATA,
};

/* Node indices are 32-bit (a page is at most WS_EXTRACT_MAX_HTML); 0 is none. */
struct hnode {
	uint32_t parent, next, children;
	union {
		struct {		/* an element: the walks' counters */
			uint32_t para, other;
		};
		struct {		/* text or CDATA: in the tree's pool */
			uint32_t text, len;
		};
	};
	unsigned type : 2;		/* enum hnode_type */
	unsigned tag : 8;		/* the caller's tag index; 0: a tag it does not know */
	unsigned attrs : 1;		/* has attributes in htree.attrs */
	unsigned cdata : 1;		/* keeps its CDATA (htree_spec.keeps_cdata) */
	unsigned flags : 16;		/* the caller's, zero when built */
};

/* An attribute asked for: which (an index into htree_spec.attrs), and its value. */
struct hattr {
	uint32_t node;
	uint32_t value;			/* offset of its NUL-terminated value in the pool */
	uint8_t which;
};

struct htree;

/* What to keep. */
struct htree_spec {
	/* The tag index of an element's local name (lower case); 0 to keep only its place. */
	unsigned (*tag)(const char *name);
	/* Attributes to keep (lower case), NULL-terminated; at most 255. */
	const char *const *attrs;
	/* Does an element (its tag and attributes set) keep its CDATA? */
	int (*keeps_cdata)(const struct htree *tree, const struct hnode *n);
};

struct htree {
	struct hnode *nodes;		/* nodes[0] is unused (index 0: none); owned */
	size_t n, cap;
	uint32_t root;			/* the document's root element, 0 when none */
	char *pool;			/* text, CDATA and attribute values; owned */
	size_t pool_len, pool_cap;
	struct hattr *attrs;		/* sorted by node; owned */
	size_t nattrs, attrs_cap;
	/* building */
	const struct htree_spec *spec;
	uint32_t *open;			/* the open elements (0: one left out); owned */
	uint32_t *last;			/* the last child of each open element */
	size_t depth, open_cap;
	uint32_t root_last;		/* the root's last child, once it is closed */
	int misc_first;			/* a comment or PI came before the root */
	void *user;			/* the caller's, for its own SAX handlers (errors) */
};

/*
 * Point the SAX handlers of ctxt (an HTML parser context) that build a
 * tree at `tree`, built to spec, and ctxt->_private at tree.  `tree` is
 * zeroed here but for `user`; the caller frees it with htree_free()
 * whatever the parse does.  Out of memory is ws_out_of_memory().
 * nodes_guess sizes the node array at first (a count of '<' is close).
 */
void htree_attach(htmlParserCtxtPtr ctxt, struct htree *tree,
		  const struct htree_spec *spec, size_t nodes_guess);

/* Free what the tree holds (not the struct itself). */
void htree_free(struct htree *tree);

/* A node by index, NULL for 0. */
static inline struct hnode *
htree_node(const struct htree *tree, uint32_t i)
{
	return i == 0 ? NULL : &tree->nodes[i];
}

/* A node's index. */
static inline uint32_t
htree_index(const struct htree *tree, const struct hnode *n)
{
	return n == NULL ? 0 : (uint32_t)(n - tree->nodes);
}

/* Text or CDATA of a node, NUL-terminated. */
static inline const char *
htree_text(const struct htree *tree, const struct hnode *n)
{
	return tree->pool + n->text;
}

/* The value of attribute `which` (htree_spec.attrs) of an element, NULL if absent. */
const char *htree_attr(const struct htree *tree, const struct hnode *n, unsigned which);

#endif
