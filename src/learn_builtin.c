/*
 * The built-in model (learn.h): the bytes tools/gen-embed.sh compiled
 * in, loaded without a copy.  In a file of its own so that only the
 * programs that ask for it carry its megabytes.
 */
#include "config.h"

#include "learn_int.h"

int
ws_model_builtin(uint32_t featset, struct ws_model **out, struct ws_error *err)
{
	const struct ws_embedded *model = &ws_model_embedded[0];

	*out = NULL;
	if (model->name == NULL)
		return 0;
	return ws_model_from_bytes(model->bytes, model->size, "the built-in model", featset, out,
				   err);
}
