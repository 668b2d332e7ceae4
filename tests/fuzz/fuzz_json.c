/*
 * fuzz_json: the JSON export of arbitrary bytes is one line of strict
 * JSON whose offsets lie inside the input (fuzz_article() checks that the
 * analysis's work stays linear).
 */
#include "config.h"

#include "whosaid/export.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_article *art;
	struct fuzz_out out;
	struct ws_error err;

	if ((art = fuzz_article(data, size, 1)) == NULL)
		return 0;
	if (ws_export_json(fuzz_out_open(&out), art, NULL, &err) < 0)
		fuzz_fail("JSON export failed: %s", err.msg);
	fuzz_out_close(&out);
	fuzz_check_json(out.buf, out.len, art->text->input_len);
	fuzz_out_free(&out);
	ws_article_free(art);
	return 0;
}
