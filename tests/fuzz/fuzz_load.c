/*
 * fuzz_load: load, segment and analyse arbitrary bytes.
 *
 * Checks what segment.h and analyze.h promise about the spans: every one
 * lies inside the text, blocks and sentences come in order without
 * overlapping, a sentence stays in its block, tokens are in order, claims
 * are sorted and point at people and outlets that exist.
 */
#include "config.h"

#include <inttypes.h>
#include <stdlib.h>

#include "fuzz.h"

static void
check_span(const struct ws_text *text, struct ws_span sp, const char *what, size_t i)
{
	if (sp.start > sp.end || sp.end > text->len)
		fuzz_fail("%s %zu spans [%" PRIu32 ", %" PRIu32 ") in a text of %zu bytes", what, i,
			  sp.start, sp.end, text->len);
}

static void
check_doc(const struct ws_doc *doc)
{
	const struct ws_text *text = doc->text;
	size_t prev_end = 0;

	if (text->s[text->len] != '\0')
		fuzz_fail("the clean text is not NUL-terminated");
	for (size_t i = 0; i < text->len;) {
		uint32_t cp;
		size_t n = fuzz_utf8((const unsigned char *)text->s + i, text->len - i, &cp);

		if (n == 0)
			fuzz_fail("the clean text is not valid UTF-8 at byte %zu", i);
		i += n;
	}
	size_t lines = 0, sentences = 0;

	for (size_t b = 0; b < doc->nblocks; b++) {
		const struct ws_block bl = ws_doc_block(doc, b);

		check_span(text, bl.span, "block", b);
		if (bl.span.start < prev_end)
			fuzz_fail("block %zu starts before the end of the one before", b);
		prev_end = bl.span.end;
		if (bl.nlines == 0 || bl.first_sentence + bl.nsentences > doc->nsentences)
			fuzz_fail("block %zu has no line, or sentences that do not exist", b);
		lines += bl.nlines;
		sentences += bl.nsentences;
		for (size_t l = 0; l < bl.nlines; l++) {
			struct ws_span line = ws_block_line(doc, &bl, l);

			check_span(text, line, "line", l);
			if (line.start < bl.span.start || line.end > bl.span.end ||
			    (l == 0 && line.start != bl.span.start) ||
			    (l + 1 == bl.nlines && line.end != bl.span.end))
				fuzz_fail("line %zu of block %zu does not fit its block", l, b);
		}
		for (size_t s = bl.first_sentence; s < bl.first_sentence + bl.nsentences; s++)
			if (ws_sentence_block(doc, s) != b)
				fuzz_fail("sentence %zu of block %zu is said to be in block %zu", s, b,
					  ws_sentence_block(doc, s));
	}
	if (lines != doc->nlines || sentences != doc->nsentences)
		fuzz_fail("the blocks hold %zu lines and %zu sentences of %zu and %zu", lines, sentences,
			  doc->nlines, doc->nsentences);
	prev_end = 0;
	for (size_t s = 0; s < doc->nsentences; s++) {
		const struct ws_sentence se = ws_doc_sentence(doc, s);
		struct ws_span sp, bsp;

		if (se.block >= doc->nblocks)
			fuzz_fail("sentence %zu is in block %zu of %zu", s, (size_t)se.block, doc->nblocks);
		if (se.ntokens == 0 || se.first_token + se.ntokens > doc->ntokens)
			fuzz_fail("sentence %zu has no token, or tokens that do not exist", s);
		sp = ws_sentence_span(doc, s);
		check_span(text, sp, "sentence", s);
		if (sp.start < prev_end)
			fuzz_fail("sentence %zu overlaps the one before", s);
		prev_end = sp.end;
		bsp = ws_doc_block_span(doc, se.block);
		if (sp.start < bsp.start || sp.end > bsp.end)
			fuzz_fail("sentence %zu crosses its block", s);
	}
	prev_end = 0;
	for (size_t t = 0; t < doc->ntokens; t++) {
		check_span(text, ws_token_span(&doc->tokens[t]), "token", t);
		if (ws_token_start(&doc->tokens[t]) < prev_end || ws_token_len(&doc->tokens[t]) == 0)
			fuzz_fail("token %zu is empty or overlaps the one before", t);
		prev_end = ws_token_end(&doc->tokens[t]);
	}
}

static void
check_analysis(const struct ws_text *text, const struct ws_analysis *an)
{
	size_t prev_start = 0;

	for (size_t c = 0; c < an->nclaims; c++) {
		const struct ws_claim *cl = &an->claims[c];

		check_span(text, cl->content, "claim", c);
		check_span(text, cl->cue, "cue of claim", c);
		check_span(text, cl->by, "'by' of claim", c);
		if (cl->content.start < prev_start)
			fuzz_fail("claims are not sorted by start (claim %zu)", c);
		prev_start = cl->content.start;
		if ((cl->speaker != WS_NONE && cl->speaker >= an->npeople) ||
		    (cl->outlet != WS_NONE && cl->outlet >= an->noutlets))
			fuzz_fail("claim %zu credits a person or outlet that does not exist", c);
	}
	for (size_t p = 0; p < an->npeople; p++) {
		if (an->people[p].id == NULL || an->people[p].name == NULL)
			fuzz_fail("person %zu has no id or name", p);
		for (size_t m = 0; m < an->people[p].nmentions; m++)
			check_span(text, an->people[p].mentions[m], "mention of a person", m);
	}
	for (size_t o = 0; o < an->noutlets; o++) {
		if (an->outlets[o].id == NULL || an->outlets[o].name == NULL)
			fuzz_fail("outlet %zu has no id or name", o);
		for (size_t m = 0; m < an->outlets[o].nmentions; m++)
			check_span(text, an->outlets[o].mentions[m], "mention of an outlet", m);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_article *art = fuzz_article(data, size, 1);

	if (art == NULL)
		return 0;
	for (size_t i = 0; i + 1 < art->text->nedits; i++)
		if (art->text->edits[i].s_off > art->text->edits[i + 1].s_off)
			fuzz_fail("the offset map is not sorted");
	for (size_t off = 0, prev = 0; off <= art->text->len; off += 1 + off / 8) {
		size_t in = ws_text_input_offset(art->text, off);

		if (in > art->text->input_len || in < prev)
			fuzz_fail("offset %zu maps to %zu: outside the input or backwards", off, in);
		prev = in;
	}
	check_doc(art->doc);
	check_analysis(art->text, art->an);
	ws_article_free(art);
	return 0;
}
