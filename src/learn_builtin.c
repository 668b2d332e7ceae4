/*
 * The built-in model (learn.h): the bytes tools/gen-model.sh compiled
 * in, loaded without a copy.  In a file of its own so that only the
 * programs that ask for it carry its megabytes.
 */
#include "config.h"

#include "learn_int.h"

int
ws_model_builtin(uint32_t featset, struct ws_model **out, struct ws_error *err)
{
	*out = NULL;
	if (ws_model_builtin_size == 0)
		return 0;
	return ws_model_from_bytes(ws_model_builtin_bytes, ws_model_builtin_size,
				   "the built-in model", featset, out, err);
}
