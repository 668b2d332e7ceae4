/*
 * A long block's marked copy made a part at a time (export_marks.h) and
 * laid out part by part (ws_layout_part()) gives the lines of the whole
 * marked copy laid out at once: whatever the part's size, the width
 * (marks broken across lines), and marks side by side at one offset.
 */
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
#include "whosaid/layout.h"
#include "export_fixture.h"
#include "export_marks.h"

/* One paragraph of our own: quotations back to back, reported speech, a long quotation. */
static char *
paragraph(size_t repeats)
{
	static const char *const pieces[] = {
		"\"A,\"\"B,\" he said. ",
		"Al Ruiz said \"a\". ",
		"\"The cranes are ready,\" said Tom Cole, who added that the pier would be rebuilt. ",
		"Officials said the ferry would run twice a day, according to a statement. ",
		"The harbour has twelve cranes and one tug. ",
	};
	size_t n = sizeof pieces / sizeof *pieces, len = 0;
	char *s = malloc(repeats * 100 + 1);

	assert_non_null(s);
	for (size_t r = 0; r < repeats; r++) {
		const char *p = pieces[r * 3 % n];

		memcpy(s + len, p, strlen(p));
		len += strlen(p);
	}
	s[len] = '\0';
	return s;
}

/* Each line of lay as its text (the runs' bytes, a joining space, a drawn hyphen). */
static void
print_text(FILE *fp, const struct ws_doc *doc, const struct ws_layout *lay)
{
	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *l = &lay->lines[i];

		fprintf(fp, "%d %d %u|", l->indent, l->cols, l->flags);
		for (size_t r = l->first_run; r < l->first_run + l->nruns; r++) {
			const struct ws_run *run = &lay->runs[r];

			if (run->flags & WS_RUN_JOIN)
				fputc(' ', fp);
			else
				fwrite(doc->text->s + run->start, 1, run->end - run->start, fp);
		}
		fputc('\n', fp);
	}
}

/* Block 0 marked whole and laid out at once. */
static char *
whole(const struct ws_article *art, int width)
{
	struct ws_block_claims bc;
	struct ws_marked m;
	struct ws_layout *lay = ws_layout_new(width);
	struct ws_error err;
	const uint32_t *claims;
	char *out = NULL;
	size_t size = 0, nclaims;
	FILE *fp = open_memstream(&out, &size);

	memset(&m, 0, sizeof m);
	ws_block_claims_build(art->doc, art->an, &bc);
	nclaims = ws_block_claims_of(&bc, 0, &claims);
	assert_true(ws_marked_block_of(&m, art, NULL, claims, nclaims, 0) > 0);
	assert_int_equal(ws_layout_block(lay, &m.doc, 0, NULL, 0, &err), 0);
	print_text(fp, &m.doc, lay);
	fclose(fp);
	ws_layout_free(lay);
	ws_marked_free(&m);
	ws_block_claims_free(&bc);
	return out;
}

/* Block 0 marked and laid out in parts of about `bytes`, as the text export does. */
static char *
in_parts(const struct ws_article *art, int width, size_t bytes, size_t *nparts)
{
	struct ws_claim_walk walk;
	struct ws_marked_parts p;
	struct ws_marked m;
	struct ws_layout *lay = ws_layout_new(width);
	struct ws_error err;
	const uint32_t *claims;
	char *out = NULL;
	size_t size = 0, want = bytes, nclaims;
	FILE *fp = open_memstream(&out, &size);
	int first = 1;

	memset(&m, 0, sizeof m);
	/* The claims as the text export walks them; whole() takes them from the index by block. */
	ws_claim_walk_init(&walk, art->an);
	nclaims = ws_claim_walk_block(&walk, ws_doc_block_span(art->doc, 0), &claims);
	assert_true(ws_marked_parts_begin(&p, art, NULL, claims, nclaims, 0) > 0);
	*nparts = 0;
	for (;;) {
		struct ws_layout_part part = { first, 0, 0, 0 };

		part.last = ws_marked_part(&m, &p, want);
		ws_layout_clear(lay);
		assert_int_equal(ws_layout_part(lay, &m.doc, 0, &part, &err), 0);
		print_text(fp, &m.doc, lay);
		/* Each part goes on from where the last one's kept lines end: never again from the same place. */
		assert_true(++*nparts < 100000);
		if (part.last)
			break;
		if (!part.progress) {
			want *= 2;
			continue;
		}
		ws_marked_parts_resume(&p, part.resume);
		first = 0;
		want = bytes;
	}
	fclose(fp);
	ws_marked_parts_end(&p);
	ws_layout_free(lay);
	ws_marked_free(&m);
	ws_claim_walk_free(&walk);
	return out;
}

static void
test_parts_lay_out_as_the_whole_marked_block(void **state)
{
	static const int widths[] = { 3, 4, 5, 7, 12, 40 };
	static const size_t sizes[] = { 16, 45, 300 };
	char *text = paragraph(160);
	struct ws_article *art;
	struct ws_error err;

	(void)state;
	assert_int_equal(ws_article_from_bytes("t.txt", text, strlen(text), WS_FORMAT_TEXT, 0, &art,
					       &err), 0);
	assert_int_equal(ws_article_analyze(art, NULL, &err), 0);
	assert_int_equal(art->doc->nblocks, 1);
	assert_true(art->an->nclaims > 100);
	for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++) {
		char *want = whole(art, widths[wi]);

		for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++) {
			size_t nparts;
			char *got = in_parts(art, widths[wi], sizes[si], &nparts);

			assert_string_equal(got, want);
			assert_true(nparts > strlen(text) / sizes[si] / 4);
			free(got);
		}
		free(want);
	}
	ws_article_free(art);
	free(text);
}

static void
assert_walked(struct ws_claim_walk *w, const struct ws_article *art, size_t b,
	      const uint32_t *want, size_t n)
{
	const uint32_t *got;

	assert_int_equal(ws_claim_walk_block(w, ws_doc_block_span(art->doc, b), &got), n);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(got[k], want[k]);
}

/*
 * Block after block, the claims whose content touches the block: one
 * whose content goes on over three paragraphs is in each, a claim whose
 * cue alone is in a block is not (its marks are its content's).
 */
static void
test_the_claims_of_each_block_are_walked_in_order(void **state)
{
	static const char *const people[] = { "Ana Ruiz", "Tom Cole", NULL };
	static const struct fixture_claim claims[] = {
		{ "the port would open", "said", "Ana Ruiz", WS_CLAIM_INDIRECT, 0, WS_NONE },
		{ "\u201cWe will go,\n\nand we will stay, Tom Cole told us that the tug is ready,\n\n"
		  "whatever", "added", "Ana Ruiz",
		  WS_CLAIM_DIRECT, 0, WS_NONE },
		{ "the tug is ready", "told", "Tom Cole", WS_CLAIM_INDIRECT, 1, WS_NONE },
		{ "cranes\n\nare", "noted", "Tom Cole", WS_CLAIM_INDIRECT, 1, WS_NONE },
	};
	static const uint32_t b0[] = { 0, 1 }, b1[] = { 1, 2 }, b2[] = { 1, 3 }, b3[] = { 3 };
	struct ws_article *art = fixture_article(
		"Ana Ruiz said the port would open, and added: \u201cWe will go,\n\n"
		"and we will stay, Tom Cole told us that the tug is ready,\n\n"
		"whatever it takes.\u201d He noted the cranes\n\nare old.\n",
		NULL, people, claims, 4);
	struct ws_claim_walk w;

	(void)state;
	assert_int_equal(art->doc->nblocks, 4);
	ws_claim_walk_init(&w, art->an);
	assert_walked(&w, art, 0, b0, 2);
	assert_walked(&w, art, 1, b1, 2);
	assert_walked(&w, art, 2, b2, 2);
	assert_walked(&w, art, 3, b3, 1);
	ws_claim_walk_free(&w);
	ws_claim_walk_init(&w, NULL);
	assert_walked(&w, art, 0, NULL, 0);
	ws_claim_walk_free(&w);
	fixture_free(art);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parts_lay_out_as_the_whole_marked_block),
		cmocka_unit_test(test_the_claims_of_each_block_are_walked_in_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
