/*
 * fuzz_ansi: the ANSI export of arbitrary bytes at an arbitrary width,
 * theme, colour depth and view.  It emits no control byte but its own SGR
 * sequences and newlines.
 */
#include "config.h"

#include "whosaid/export.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int depths[] = {
		WS_DEPTH_MONO, WS_DEPTH_8, WS_DEPTH_16, WS_DEPTH_256, WS_DEPTH_RGB,
	};
	struct fuzz_view v;
	struct fuzz_out out;
	struct ws_error err;
	unsigned knobs = 0;
	int width;

	width = fuzz_take_width(&data, &size);
	if (size > 0) {
		knobs = *data++;
		size--;
	}
	if (fuzz_view_open(&v, data, size, width, knobs) < 0)
		return 0;
	if (ws_export_ansi(fuzz_out_open(&out), v.art, &v.view, v.width,
			   fuzz_theme(knobs >> 3 & 7), depths[(knobs >> 6) % 5], &err) < 0)
		fuzz_fail("ANSI export failed: %s", err.msg);
	fuzz_out_close(&out);
	fuzz_check_terminal_safe(out.buf, out.len, FUZZ_ALLOW_SGR);
	fuzz_out_free(&out);
	fuzz_view_close(&v);
	return 0;
}
