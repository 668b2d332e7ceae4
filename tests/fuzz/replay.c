/*
 * replay: runs a fuzz target over saved inputs without libFuzzer, so that
 * make check replays the seeds and every input that once broke a target.
 *
 *	replay_TARGET FILE|DIR...
 *
 * Each input is in a buffer of exactly its size, so that the sanitizers
 * see a read past its end.  A broken promise aborts.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int replayed;

static void
replay_file(const char *path)
{
	size_t len;
	char *input = fuzz_read_file(path, &len);

	fprintf(stderr, "replay: %s\n", path);
	LLVMFuzzerTestOneInput((const uint8_t *)input, len);
	free(input);
	replayed++;
}

static void
replay_path(const char *path)
{
	struct stat st;
	struct dirent **names;
	int n;

	if (stat(path, &st) < 0) {
		perror(path);
		exit(1);
	}
	if (!S_ISDIR(st.st_mode)) {
		replay_file(path);
		return;
	}
	if ((n = scandir(path, &names, NULL, alphasort)) < 0) {
		perror(path);
		exit(1);
	}
	for (int i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			char sub[4096];

			snprintf(sub, sizeof sub, "%s/%s", path, names[i]->d_name);
			replay_path(sub);
		}
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		replay_path(argv[i]);
	printf("replayed %d inputs\n", replayed);
	return 0;
}
