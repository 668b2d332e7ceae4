/*
 * The model file: its checksum, its checks, loading it from a file or
 * from bytes compiled into the program, and saving one.  The layout is
 * documented in learn.h.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/atomic.h"
#include "whosaid/xmalloc.h"
#include "learn_int.h"

static uint32_t
get_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t
get_le64(const uint8_t *p)
{
	return (uint64_t)get_le32(p) | (uint64_t)get_le32(p + 4) << 32;
}

void
ws_put_le32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

void
ws_put_le64(uint8_t *p, uint64_t v)
{
	ws_put_le32(p, (uint32_t)v);
	ws_put_le32(p + 4, (uint32_t)(v >> 32));
}

/*
 * Eight bytes at a time: h = (h ^ word) * P.  Both steps are bijections
 * of h (P is odd), so two inputs of the same length that differ in one
 * word reach different states at that word and stay different to the
 * end: a flipped byte is always caught, not just almost always.  The
 * length goes in last, so a truncation is caught as well.  The final mix
 * (a bijection too) spreads the last word's bits.
 */
uint64_t
ws_model_checksum(const void *bytes, size_t n)
{
	const uint64_t prime = 0x100000001b3ull;
	const uint8_t *p = bytes;
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i = 0;

	for (; i + 8 <= n; i += 8)
		h = (h ^ get_le64(p + i)) * prime;
	if (i < n) {
		uint8_t tail[8] = { 0 };

		memcpy(tail, p + i, n - i);
		h = (h ^ get_le64(tail)) * prime;
	}
	return ws_fmix64((h ^ (uint64_t)n) * prime);
}

static int
is_pow2(uint32_t v)
{
	return v != 0 && (v & (v - 1)) == 0;
}

/* The header's fields, checked one by one; the message says which failed. */
static int
check_header(const uint8_t *b, size_t n, const char *name, uint32_t featset,
	     struct ws_error *err)
{
	uint32_t version, set, nlabels, nbuckets;

	if (n < WS_MODEL_HEADER)
		return ws_error_set(err, "%s: not a whosaid model (too short)", name);
	if (memcmp(b, WS_MODEL_MAGIC, 8) != 0)
		return ws_error_set(err, "%s: not a whosaid model (bad magic)", name);
	version = get_le32(b + 8);
	set = get_le32(b + 12);
	nlabels = get_le32(b + 16);
	nbuckets = get_le32(b + 20);
	if (version != WS_MODEL_FORMAT)
		return ws_error_set(err, "%s: model format %u, this whosaid reads %u",
				    name, version, WS_MODEL_FORMAT);
	if (set != featset)
		return ws_error_set(err, "%s: model made for feature set %u, this whosaid computes %u",
				    name, set, featset);
	if (nlabels < 1 || nlabels > WS_LEARN_MAX_LABELS)
		return ws_error_set(err, "%s: bad label count %u", name, nlabels);
	if (!is_pow2(nbuckets) || nbuckets < WS_MODEL_MIN_BUCKETS ||
	    nbuckets > WS_MODEL_MAX_BUCKETS)
		return ws_error_set(err, "%s: bad bucket count %u", name, nbuckets);
	if (n != ws_model_size(nlabels, nbuckets))
		return ws_error_set(err, "%s: %zu bytes where the header says %zu (truncated?)",
				    name, n, ws_model_size(nlabels, nbuckets));
	if (get_le64(b + n - 8) != ws_model_checksum(b, n - 8))
		return ws_error_set(err, "%s: checksum mismatch (corrupt model)", name);
	return 0;
}

/* Fill a model from bytes already checked by check_header(). */
static void
read_model(struct ws_model *m, const uint8_t *b)
{
	uint32_t scale_bits = get_le32(b + 24);
	const uint8_t *t = b + WS_MODEL_HEADER;

	m->featset = get_le32(b + 12);
	m->nlabels = get_le32(b + 16);
	m->nbuckets = get_le32(b + 20);
	m->mask = m->nbuckets - 1;
	memcpy(&m->scale, &scale_bits, sizeof m->scale);
	for (size_t i = 0; i < (1u + m->nlabels) * m->nlabels; i++)
		m->trans[i] = (int16_t)(uint16_t)(t[2 * i] | t[2 * i + 1] << 8);
	m->weights = (const int8_t *)(b + ws_model_weights_at(m->nlabels));
	for (unsigned p = 0; p < 1 + 8; p++)
		for (unsigned l = 0; l < 8; l++)
			m->trans8[p * 8 + l] = (p > m->nlabels || l >= m->nlabels) ?
				WS_TAG8_NEVER : m->trans[p * m->nlabels + l];
	if (m->nlabels >= 2)
		for (uint32_t tmpl = 0; tmpl < WS_SMALL_TEMPLATES; tmpl++)
			for (uint32_t v = 0; v < WS_SMALL_VALUES; v++)
				m->small[tmpl * WS_SMALL_VALUES + v] =
					(int16_t)ws_model_bucket_margin(m, ws_feat_mix(tmpl, v));
}

int
ws_model_from_bytes(const void *bytes, size_t n, const char *name, uint32_t featset,
		    struct ws_model **out, struct ws_error *err)
{
	struct ws_model *m;

	*out = NULL;
	if (n > WS_MODEL_MAX_BYTES)
		return ws_error_set(err, "%s: %zu bytes, larger than any model (%u)",
				    name, n, WS_MODEL_MAX_BYTES);
	if (check_header(bytes, n, name, featset, err) < 0)
		return -1;
	m = xcalloc(1, sizeof *m);
	read_model(m, bytes);
	*out = m;
	return 0;
}

/* Read a whole file of at most WS_MODEL_MAX_BYTES into *buf. */
static int
read_file(const char *path, uint8_t **buf, size_t *n, struct ws_error *err)
{
	struct stat st;
	size_t got = 0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return ws_error_set(err, "cannot open %s: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0) {
		close(fd);
		return ws_error_set(err, "cannot read %s: %s", path, strerror(errno));
	}
	if (!S_ISREG(st.st_mode) || st.st_size > WS_MODEL_MAX_BYTES) {
		close(fd);
		return ws_error_set(err, "%s: not a whosaid model (%s)", path,
				    S_ISREG(st.st_mode) ? "too large" : "not a file");
	}
	*buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, *buf + got, (size_t)st.st_size - got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	*n = got;
	return 0;
}

int
ws_model_load(const char *path, uint32_t featset, struct ws_model **out,
	      struct ws_error *err)
{
	uint8_t *buf = NULL;
	size_t n = 0;

	*out = NULL;
	if (read_file(path, &buf, &n, err) < 0)
		return -1;
	if (ws_model_from_bytes(buf, n, path, featset, out, err) < 0) {
		free(buf);
		return -1;
	}
	(*out)->owned = buf;
	return 0;
}

void
ws_model_free(struct ws_model *model)
{
	if (model == NULL)
		return;
	free(model->owned);
	free(model);
}

unsigned
ws_model_nlabels(const struct ws_model *model)
{
	return model->nlabels;
}

unsigned
ws_model_nbuckets(const struct ws_model *model)
{
	return model->nbuckets;
}

float
ws_model_scale(const struct ws_model *model)
{
	return model->scale > 0 && model->scale < 1e9f ? model->scale : 1.0f;
}

uint32_t
ws_model_featset(const struct ws_model *model)
{
	return model->featset;
}

int
ws_model_save(const char *path, const uint8_t *bytes, size_t n, struct ws_error *err)
{
	struct ws_atomic a;

	if (ws_atomic_open(&a, path, NULL, 0, err) < 0)
		return -1;
	if (fwrite(bytes, 1, n, a.fp) != n) {
		ws_atomic_abort(&a);
		return ws_error_set(err, "cannot write %s: %s", path, strerror(errno));
	}
	return ws_atomic_commit(&a, err);
}
