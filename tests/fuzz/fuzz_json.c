/*
 * fuzz_json: the JSON export of arbitrary bytes is one line of strict
 * JSON whose offsets lie inside the input, and the analysis's work grows
 * with the input, not faster (issue 16): an input that makes the rules
 * look at tokens more than WORK_PER_BYTE_MAX times per byte is a failure,
 * as a crash is.  Ordinary prose costs ~4 per byte and the hardest
 * phrases of tests/test_linear.c ~130; a run of "reportedly" cost 1108
 * before its rule was bounded.
 */
#include "config.h"

#include "whosaid/export.h"
#include "fuzz.h"

#define WORK_PER_BYTE_MAX 500
#define WORK_FIXED 20000	/* what a few bytes may cost: a title, one sentence */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_article *art;
	struct fuzz_out out;
	struct ws_error err;

	if ((art = fuzz_article(data, size, 1)) == NULL)
		return 0;
	if (art->an != NULL && art->an->work > WORK_FIXED + WORK_PER_BYTE_MAX * size)
		fuzz_fail("superlinear analysis: %zu work for %zu bytes", art->an->work, size);
	if (ws_export_json(fuzz_out_open(&out), art, NULL, &err) < 0)
		fuzz_fail("JSON export failed: %s", err.msg);
	fuzz_out_close(&out);
	fuzz_check_json(out.buf, out.len, art->text->input_len);
	fuzz_out_free(&out);
	ws_article_free(art);
	return 0;
}
