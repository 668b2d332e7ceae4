/*
 * fuzz: what the libFuzzer targets share.
 *
 * A target is a LLVMFuzzerTestOneInput() that runs part of the engine on
 * arbitrary bytes and checks the promises of its header on what comes
 * out; a broken promise is reported with fuzz_fail(), which aborts so
 * that libFuzzer keeps the input.  The same target is linked either with
 * libFuzzer (./configure --enable-fuzzing; make fuzz) or with replay.c,
 * which runs it over the seeds and the regression inputs in make check.
 */
#ifndef WHOSAID_FUZZ_H
#define WHOSAID_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "whosaid/article.h"
#include "whosaid/layout.h"
#include "whosaid/style.h"
#include "whosaid/theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Print "fuzz: MESSAGE" to stderr and abort. */
void fuzz_fail(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/*
 * An article made from bytes as plain text: loaded (forced, so binary
 * data gets through), segmented and, with `analyse`, analysed with the
 * built-in lexicons (else art->an is NULL).  NULL when the engine refuses
 * the bytes with an error, which is allowed; free with ws_article_free().
 * Fails when the analysis's work is more than a constant per byte (a
 * superlinear input, issue 16).
 */
struct ws_article *fuzz_article(const uint8_t *data, size_t size, int analyse);

/*
 * Fails unless the layout keeps the promises of layout.h for doc: lines
 * in order, each no wider than the width (unless it holds one cluster
 * that is wider by itself), its columns those that width.h gives its
 * runs, no run splitting a grapheme cluster, and the runs covering every
 * byte of each block in order, exactly once, but white space where a
 * line breaks.
 */
void fuzz_check_layout(const struct ws_doc *doc, const struct ws_layout *lay);

/*
 * A width from 1 to 500 taken from the first two bytes of the input,
 * which it consumes.
 */
int fuzz_take_width(const uint8_t **data, size_t *size);

/*
 * An article and a view as the reader shows it, for an export to style
 * and lay out at `width`: a view chosen by `knobs` (bit 0: the
 * fact-checker view, bit 1: the first claim selected, bit 2: a search
 * match on every "e").  Opening it checks that each block's styles
 * (ws_style_build_block) are the article's (ws_style_build) cut to the
 * block, as the exports that style a block at a time need.
 */
struct fuzz_view {
	struct ws_article *art;
	struct ws_view view;
	int width;
	struct ws_span *matches;
};
/* 0, or -1 when the engine refuses the bytes (allowed). */
int fuzz_view_open(struct fuzz_view *v, const uint8_t *data, size_t size, int width,
		   unsigned knobs);
void fuzz_view_close(struct fuzz_view *v);

/* A compiled-in theme (n modulo their number), or NULL for n == 0. */
const struct ws_theme *fuzz_theme(unsigned n);

/* The bytes of a file, in a buffer of exactly *len bytes (at least 1); exits 2 on error. */
char *fuzz_read_file(const char *path, size_t *len);

/* Output written to memory (open_memstream). */
struct fuzz_out {
	char *buf;
	size_t len;
	FILE *fp;
};
FILE *fuzz_out_open(struct fuzz_out *out);
/* Close the stream; buf is NUL-terminated until fuzz_out_free(). */
void fuzz_out_close(struct fuzz_out *out);
void fuzz_out_free(struct fuzz_out *out);

/*
 * Length of the UTF-8 sequence at p[0..n) and its code point in *cp, or 0
 * when it is not valid UTF-8 (overlong, surrogate, beyond U+10FFFF,
 * truncated).
 */
size_t fuzz_utf8(const unsigned char *p, size_t n, uint32_t *cp);

/*
 * Fails unless s[0..len) is one JSON object (RFC 8259, strictly: valid
 * UTF-8, no lone surrogate escapes) followed by one newline, whose
 * "start"/"end" numbers and "mentions" pairs are offsets from 0 to
 * input_len with start <= end.
 */
void fuzz_check_json(const char *s, size_t len, size_t input_len);

/*
 * Fails unless s[0..len) is valid UTF-8 that a terminal can show without
 * acting on it: no C0 control but newline, no DEL, no C1 control, no
 * bidi embedding, override or isolate.  With FUZZ_ALLOW_SGR, ESC may
 * start an SGR sequence (ESC [ digits and semicolons m) and nothing else;
 * with FUZZ_ALLOW_TAB, tabs may appear (HTML).
 */
enum {
	FUZZ_ALLOW_SGR = 1 << 0,
	FUZZ_ALLOW_TAB = 1 << 1,
};
void fuzz_check_terminal_safe(const char *s, size_t len, unsigned allow);

#endif
