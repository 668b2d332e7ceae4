/*
 * segment: blocks, lines, sentences and tokens of an article.
 *
 * Every span is a byte range [start, end) into text->s (see text.h).
 * Everything is found in time linear in the length of the text.
 *
 * Blocks.  Lines are split at LF; white space at both ends of a line is
 * not part of it.  Runs of non-blank lines separated by blank lines are
 * paragraphs (hard-wrapped lines join into one), and runs of lines that
 * start with '>' are block quotes (a quote line next to a text line starts
 * a new block).  A text with no blank line between two lines of text has
 * a paragraph per line, and then no title and no headings.  Otherwise:
 *  - the title is the first block when it is a single line that reads as
 *    a headline: at most 200 characters and 30 words, not ending in
 *    . , ; : or an ellipsis (closing quotes and brackets aside; a full
 *    stop is allowed in Title Case), not starting in lower case, and
 *    followed by another block;
 *  - a heading is a later single-line block, at most 70 characters and
 *    10 words, ending in none of . , ; : ? ! or a dash (‘More Time’,
 *    Lowest Points), not starting in lower case or with "By " (a
 *    byline), and not the last block.
 * A block's lines are the spans of its source lines without the white
 * space around them and without '>' markers: the layout joins them with
 * one space.
 *
 * Sentences never cross a block; the span of one that runs over several
 * lines includes what lies between them (a line end, indentation, '>'
 * markers), so draw from the lines.  A sentence ends after . ? ! … (and
 * runs of them: "?!", "...") with the closing quotes and brackets right
 * after it (.” .’ .) ."), when white space follows and the next token
 * does not start in lower case ("“Why?” he asked." is one sentence).  A
 * full stop after a title before a name (Mr. Mrs. Ms. Dr. Sen. Sens. Rep.
 * Gov. Gen. Lt. ...) never ends one; after Jan.-Dec., Sept., No. and the
 * like it does not before a number ("Jan. 5", "No. 3"); after other
 * abbreviations (Inc. Corp. Jr. St., states: Calif. Va.) and dotted ones
 * (U.S. U.K. a.m. p.m.) it ends one only before a word that usually
 * starts a sentence ("The", "He", "According"...) or an opening quote;
 * after an initial (J. K. Rowling) only before such a word.  Decimals and
 * times (3.5, 9:30) are single tokens, so never a stop.  CJK full stops
 * (。！？) end a sentence with no space after them.  A sentence ends after
 * WS_SENTENCE_MAX_TOKENS tokens whatever follows: the analysis keeps
 * ~100 bytes per token of the sentence at work, so a block of text
 * without a stop (a list, a wall of punctuation) cannot make it grow
 * with the input.
 *
 * Tokens are words and single punctuation marks or symbols (white space
 * is not a token), from libunistring's word breaks (UAX #29): "don’t",
 * "U.S" (the final stop is its own token), "3.5", "👨‍👩‍👧" and "🇯🇵" are
 * single tokens.  Straight quotes and ’ get their role from their
 * neighbours and from the quotes still open in the block.
 */
#ifndef WHOSAID_SEGMENT_H
#define WHOSAID_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "whosaid/error.h"
#include "whosaid/lexicon.h"
#include "whosaid/search.h"
#include "whosaid/text.h"

/* Far above the longest sentence of the corpora (PolNeAR: ~200 tokens). */
#define WS_SENTENCE_MAX_TOKENS 1024

/*
 * A span of a text: bytes [start, end).  Texts are at most
 * WS_TEXT_MAX_BYTES (128 MiB), so 32 bits hold any offset, and the
 * records a doc and an analysis have many of (lines, blocks, sentences,
 * claims) stay small.  Beware of arithmetic on the fields that may go
 * below 0 ("start - 1"): do it in size_t.
 */
struct ws_span {
	uint32_t start;
	uint32_t end;
};

/* For ws_search (search.h) over an array of spans: does the span end by byte off? */
static inline int
ws_span_ends_by(const void *sp, size_t off)
{
	return ((const struct ws_span *)sp)->end <= off;
}

enum ws_block_kind {
	WS_BLOCK_TITLE,
	WS_BLOCK_HEADING,
	WS_BLOCK_PARAGRAPH,
	WS_BLOCK_QUOTE,
};

/*
 * A block as the doc's readers see it, made by ws_doc_block(): the doc
 * stores 9 bytes a block (its span, its kind) and derives the rest from
 * its lines and tokens, for there is a block every 200 bytes or so of
 * news but one every 3 bytes in a text of one-letter paragraphs, and
 * peak memory is held under 8 times the input (issue 17).
 */
struct ws_block {
	struct ws_span span;		/* from the first line's start to the last line's end */
	enum ws_block_kind kind;
	uint32_t nlines;		/* lines: read them with ws_block_line() */
	uint32_t first_sentence, nsentences;	/* none for a block of no token */
	uint32_t first_line_;		/* private: into the doc's lines, with two or more */
};

/*
 * A sentence as the doc's readers see it, made by ws_doc_sentence(): the
 * doc stores 4 bytes a sentence (its first token), and its span is its
 * tokens' (ws_sentence_span()).  A sentence has at least one token.
 */
struct ws_sentence {
	uint32_t block;
	uint32_t first_token, ntokens;	/* into ws_doc.tokens */
};

/* ws_token.flags */
enum {
	WS_TOK_WORD = 1 << 0,		/* letters or digits */
	WS_TOK_CAP = 1 << 1,		/* starts with an upper-case letter */
	WS_TOK_ALLCAPS = 1 << 2,	/* two or more letters, all upper case */
	WS_TOK_NUMBER = 1 << 3,		/* starts with a digit */
	WS_TOK_PUNCT = 1 << 4,		/* a punctuation mark or symbol */
	WS_TOK_OPEN_QUOTE = 1 << 5,	/* opens a quotation: “ ‘ « and " ' when opening */
	WS_TOK_CLOSE_QUOTE = 1 << 6,	/* closes one: ” ’ » and " ' when closing */
	WS_TOK_SINGLE_QUOTE = 1 << 7,	/* with OPEN/CLOSE_QUOTE: a single quotation mark */
	WS_TOK_APOSTROPHE = 1 << 8,	/* a ’ or ' token that is no quotation mark:
					   parents’ (when no ‘ is open), ’90s, ’em;
					   inside a word (don’t) it is part of the word */
	WS_TOK_LINE_START = 1 << 9,	/* first token of a source line */
};

/*
 * A token is 6 bytes: an article has a token every five bytes or so, so
 * the token array is the largest of the doc (a wall of "a" "a" … has
 * three every four bytes).  It holds its start in 27 bits (any offset
 * below WS_TEXT_MAX_BYTES), its length in 11 and its 10 bits of WS_TOK_
 * flags: the segmenter cuts a longer run of word characters or of one
 * mark (a 5 MB line of letters) into tokens of at most WS_TOKEN_MAX_LEN
 * bytes, at character boundaries.  A word of news is far shorter.
 *
 * The layout is private: only the segmenter writes it (through
 * ws_token_make() and its own builder), and everyone reads a token
 * through the accessors below, as tmux keeps its packed grid cells
 * behind grid_get_cell().  The packing can then change (a wider length,
 * more flags) without touching a rule.  A 32-bit word holds the start
 * and the five low flags (a word, capitals, a number, a mark), a 16-bit
 * one the five high flags (quotation marks, a line's start) and the
 * length: the start and the length are each a load and a mask or a
 * shift, and ws_token_is() with constant flags reads one word.
 */
#define WS_TOKEN_START_BITS 27
#define WS_TOKEN_LEN_BITS 11
#define WS_TOKEN_MAX_LEN ((1u << WS_TOKEN_LEN_BITS) - 1)
#define WS_TOKEN_FLAG_BITS 10
#define WS_TOKEN_LOW_FLAGS_ (32 - WS_TOKEN_START_BITS)	/* flags in the 32-bit word */
#define WS_TOKEN_HIGH_MASK_ ((1u << (16 - WS_TOKEN_LEN_BITS)) - 1)	/* flags in the 16-bit one */

struct ws_token {
	uint16_t packed_[3];	/* private: read through the accessors below */
};

/* A token of len bytes (at most WS_TOKEN_MAX_LEN) from byte start, with the WS_TOK_ flags. */
static inline struct ws_token
ws_token_make(size_t start, size_t len, unsigned flags)
{
	struct ws_token tok;
	uint32_t word = (uint32_t)start | (uint32_t)flags << WS_TOKEN_START_BITS;

	memcpy(tok.packed_, &word, sizeof word);
	tok.packed_[2] = (uint16_t)(len << (16 - WS_TOKEN_LEN_BITS) | flags >> WS_TOKEN_LOW_FLAGS_);
	return tok;
}

/* private: the 32-bit word (the start, the low flags). */
static inline uint32_t
ws_token_word_(const struct ws_token *tok)
{
	uint32_t word;

	memcpy(&word, tok->packed_, sizeof word);
	return word;
}

/* A token's first byte. */
static inline uint32_t
ws_token_start(const struct ws_token *tok)
{
	return ws_token_word_(tok) & ((1u << WS_TOKEN_START_BITS) - 1);
}

/* A token's length in bytes. */
static inline size_t
ws_token_len(const struct ws_token *tok)
{
	return (size_t)(tok->packed_[2] >> (16 - WS_TOKEN_LEN_BITS));
}

/* The byte after a token. */
static inline size_t
ws_token_end(const struct ws_token *tok)
{
	return (size_t)ws_token_start(tok) + ws_token_len(tok);
}

/* A token's WS_TOK_ flags. */
static inline unsigned
ws_token_flags(const struct ws_token *tok)
{
	return ws_token_word_(tok) >> WS_TOKEN_START_BITS |
	    (unsigned)(tok->packed_[2] & WS_TOKEN_HIGH_MASK_) << WS_TOKEN_LOW_FLAGS_;
}

/* Has a token any of the WS_TOK_ flags `flags`? (Each word tested apart.) */
static inline int
ws_token_is(const struct ws_token *tok, unsigned flags)
{
	return ((ws_token_word_(tok) >> WS_TOKEN_START_BITS & flags) |
		(tok->packed_[2] & flags >> WS_TOKEN_LOW_FLAGS_ & WS_TOKEN_HIGH_MASK_)) != 0;
}

/* A token's span as a ws_span. */
static inline struct ws_span
ws_token_span(const struct ws_token *tok)
{
	struct ws_span sp = { ws_token_start(tok), (uint32_t)ws_token_end(tok) };

	return sp;
}

/* For ws_search (search.h): does the token end by byte off? */
static inline int
ws_token_ends_by(const void *tok, size_t off)
{
	return ws_token_end(tok) <= off;
}

/*
 * The first of n tokens in text order that ends after byte off (n if
 * none), for the doc's tokens or a sentence's.
 */
static inline size_t
ws_token_ending_after(const struct ws_token *tok, size_t n, size_t off)
{
	return ws_search(tok, n, sizeof *tok, off, ws_token_ends_by);
}

/* private: a block's bits beside its span: its kind, and whether it keeps lines. */
#define WS_BLOCK_KIND_MASK_ 3u
#define WS_BLOCK_LINES_ 4u		/* two lines or more, kept in the doc's lines */

/*
 * All arrays are owned by the doc and sorted by position.  Blocks,
 * lines and sentences are read through the functions below: a block's
 * lines are stored only when it has two or more (one line is the
 * block's span), and a sentence is its first token.
 */
struct ws_doc {
	const struct ws_text *text;	/* borrowed: must outlive the doc */
	size_t nblocks;
	size_t nlines;			/* of all blocks */
	size_t nsentences;
	struct ws_token *tokens;
	size_t ntokens;
	struct ws_span *blocks_;	/* private: the blocks' spans */
	uint8_t *block_bits_;		/* private: their kinds and WS_BLOCK_LINES_ */
	struct ws_span *lines_;		/* private: of the blocks of two lines or more */
	size_t nlines_;			/* private */
	uint32_t *sentences_;		/* private: first tokens, then ntokens */
};

/* Block i's span, from its first line's start to its last line's end. */
static inline struct ws_span
ws_doc_block_span(const struct ws_doc *doc, size_t i)
{
	return doc->blocks_[i];
}

/* Block i's kind. */
static inline enum ws_block_kind
ws_doc_block_kind(const struct ws_doc *doc, size_t i)
{
	return (enum ws_block_kind)(doc->block_bits_[i] & WS_BLOCK_KIND_MASK_);
}

/* The first block that ends after byte off (doc->nblocks if none). */
size_t ws_doc_block_ending_after(const struct ws_doc *doc, size_t off);

/* The number of blocks that start by byte off. */
size_t ws_doc_blocks_starting_by(const struct ws_doc *doc, size_t off);

/*
 * The same two, searched from block `from` as ws_search_from() does: a
 * caller asking of offsets near one another searches little.
 */
size_t ws_doc_block_ending_after_from(const struct ws_doc *doc, size_t off, size_t from);
size_t ws_doc_blocks_starting_by_from(const struct ws_doc *doc, size_t off, size_t from);

/* Block i, its lines and sentences found (a binary search each). */
struct ws_block ws_doc_block(const struct ws_doc *doc, size_t i);

/* Line k of a block made by ws_doc_block() (k < bl->nlines). */
static inline struct ws_span
ws_block_line(const struct ws_doc *doc, const struct ws_block *bl, size_t k)
{
	return bl->nlines == 1 ? bl->span : doc->lines_[bl->first_line_ + k];
}

/* Sentence i's first token. */
static inline size_t
ws_sentence_first_token(const struct ws_doc *doc, size_t i)
{
	return doc->sentences_[i];
}

/* The number of tokens of sentence i (one or more). */
static inline size_t
ws_sentence_ntokens(const struct ws_doc *doc, size_t i)
{
	return (size_t)doc->sentences_[i + 1] - doc->sentences_[i];
}

/* The block of sentence i (a binary search). */
size_t ws_sentence_block(const struct ws_doc *doc, size_t i);

/* Sentence i, its block found. */
static inline struct ws_sentence
ws_doc_sentence(const struct ws_doc *doc, size_t i)
{
	struct ws_sentence se;

	se.block = (uint32_t)ws_sentence_block(doc, i);
	se.first_token = doc->sentences_[i];
	se.ntokens = doc->sentences_[i + 1] - doc->sentences_[i];
	return se;
}

/*
 * Segment a text.  The lexicon (borrowed) says which words a full stop
 * may follow without ending a sentence (ws_lexicon_abbreviation); NULL
 * takes the built-in one, made for the call.  The caller frees *out with
 * ws_doc_free().
 */
int ws_segment(const struct ws_text *text, const struct ws_lexicon *lex, struct ws_doc **out,
	       struct ws_error *err);

/*
 * Append a block of `kind` whose lines are lines[0..nlines) (one or
 * more, in order, after the doc's last block) to a doc built by hand
 * (xcalloc'd or zeroed, with no sentences or tokens: a test's, an
 * export's).  Free its arrays with ws_doc_free() or ws_doc_free_arrays().
 */
void ws_doc_add_block(struct ws_doc *doc, enum ws_block_kind kind, const struct ws_span *lines,
		      size_t nlines);

/* Bytes of the doc's arrays, as allocated to their counts (for the benches). */
size_t ws_doc_bytes(const struct ws_doc *doc);

/* Free what a doc owns, but not the doc (one built in place). */
void ws_doc_free_arrays(struct ws_doc *doc);

/*
 * Only the blocks and lines, which are all that plain text needs: the
 * doc has no sentences and no tokens, so it costs a fraction of the time
 * and memory.  The blocks and lines are those ws_segment() finds.
 */
int ws_segment_blocks(const struct ws_text *text, struct ws_doc **out,
		      struct ws_error *err);

void ws_doc_free(struct ws_doc *doc);

/* Sentence i's span: from its first token's start to its last token's end. */
static inline struct ws_span
ws_sentence_span(const struct ws_doc *doc, size_t i)
{
	struct ws_span sp;

	sp.start = ws_token_start(&doc->tokens[doc->sentences_[i]]);
	sp.end = (uint32_t)ws_token_end(&doc->tokens[doc->sentences_[i + 1] - 1]);
	return sp;
}

/* Sentence i's first byte. */
static inline uint32_t
ws_sentence_start(const struct ws_doc *doc, size_t i)
{
	return ws_token_start(&doc->tokens[doc->sentences_[i]]);
}

/* The byte after sentence i. */
static inline uint32_t
ws_sentence_end(const struct ws_doc *doc, size_t i)
{
	return (uint32_t)ws_token_end(&doc->tokens[doc->sentences_[i + 1] - 1]);
}

/*
 * The number of sentences that start by byte `off` (the index of the
 * first that starts after it), searched from sentence `from` as
 * ws_search_from() does.
 */
size_t ws_doc_sentences_starting_by(const struct ws_doc *doc, size_t off, size_t from);

/* The first sentence that ends after byte `off` (doc->nsentences if none). */
size_t ws_doc_sentence_ending_after(const struct ws_doc *doc, size_t off);

/*
 * Index of the sentence containing byte `off` (binary search), or
 * doc->nsentences when no sentence does (white space between them).
 */
size_t ws_doc_sentence_at(const struct ws_doc *doc, size_t off);

/*
 * The same, searched from *hint (as ws_doc_sentences_starting_by()
 * does), which becomes the number of sentences that start by off: a
 * caller asking of offsets that come nearly in order searches little.
 */
size_t ws_doc_sentence_at_from(const struct ws_doc *doc, size_t off, size_t *hint);

#endif
