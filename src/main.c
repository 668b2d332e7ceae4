/*
 * whosaid: a terminal reader for news articles that shows who said what.
 *
 * main parses the command line and hands each article either to an
 * exporter (--export, or when standard output is not a terminal) or to
 * the interactive reader.  It is the only place that decides to exit.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "whosaid/article.h"
#include "whosaid/atomic.h"
#include "whosaid/export.h"
#include "whosaid/layout.h"
#include "options.h"
#include "tui.h"

#define EXIT_TROUBLE 1
#define EXIT_USAGE 2

static const char usage_line[] =
	"usage: whosaid [--export=text|json|html|ansi] [--width N] [--theme T]\n"
	"               [--format=auto|text|html|markdown] [--force] [-o FILE] [FILE...]\n";

static void usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

static void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("whosaid: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fputs(usage_line, stderr);
	exit(EXIT_USAGE);
}

static void
print_help(void)
{
	fputs(usage_line, stdout);
	fputs("\n"
	      "Shows a news article with every claim coloured by who is credited for it:\n"
	      "the outlet that reported it and the person it comes from.\n"
	      "\n"
	      "With no FILE, or when FILE is -, reads standard input.\n"
	      "\n"
	      "  --export=FORMAT  write the article instead of opening the reader:\n"
	      "                   text, json (the attributions), html or ansi\n"
	      "  -o, --output=FILE  write the export to FILE (atomically; never onto an input)\n"
	      "  --width=N        reading column width (default: 80, or the terminal's if narrower)\n"
	      "  --theme=NAME|PATH  colour theme (see whosaid(1))\n"
	      "  --format=FORMAT  read input as auto (default), text, html or markdown\n"
	      "  --speaker=NAME   only the claims of this person\n"
	      "  --source=NAME    only the claims reported by this outlet\n"
	      "  --stats          print outlets and speakers with claim counts\n"
	      "  --force          open input that looks binary\n"
	      "  -h, --help       show this help and exit\n"
	      "  -V, --version    show the version and exit\n"
	      "\n"
	      "When standard output is not a terminal, whosaid prints the article as\n"
	      "text (--export=text).  Exit status: 0 on success, 1 on trouble, 2 for a\n"
	      "wrong command line.\n", stdout);
}

static int
parse_width(const char *arg)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' ||
	    n < WS_LAYOUT_MIN_WIDTH || n > WS_LAYOUT_MAX_WIDTH)
		usage_error("--width takes a number from 1 to 1000, not '%s'", arg);
	return (int)n;
}

static enum export_format
parse_export(const char *arg)
{
	static const struct { const char *name; enum export_format fmt; } names[] = {
		{ "text", EXPORT_TEXT }, { "json", EXPORT_JSON },
		{ "html", EXPORT_HTML }, { "ansi", EXPORT_ANSI },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(arg, names[i].name) == 0)
			return names[i].fmt;
	usage_error("unknown export format '%s' (text, json, html, ansi)", arg);
	return EXPORT_NONE;
}

static enum ws_format
parse_format(const char *arg)
{
	static const struct { const char *name; enum ws_format fmt; } names[] = {
		{ "auto", WS_FORMAT_AUTO }, { "text", WS_FORMAT_TEXT },
		{ "html", WS_FORMAT_HTML }, { "markdown", WS_FORMAT_MARKDOWN },
		{ "md", WS_FORMAT_MARKDOWN },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(arg, names[i].name) == 0)
			return names[i].fmt;
	usage_error("unknown input format '%s' (auto, text, html, markdown)", arg);
	return WS_FORMAT_AUTO;
}

static void
parse_options(int argc, char **argv, struct options *opt)
{
	enum { OPT_EXPORT = 256, OPT_WIDTH, OPT_THEME, OPT_FORMAT, OPT_FORCE,
	       OPT_SPEAKER, OPT_SOURCE, OPT_STATS };
	static const struct option longopts[] = {
		{ "export", required_argument, NULL, OPT_EXPORT },
		{ "output", required_argument, NULL, 'o' },
		{ "width", required_argument, NULL, OPT_WIDTH },
		{ "theme", required_argument, NULL, OPT_THEME },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "speaker", required_argument, NULL, OPT_SPEAKER },
		{ "source", required_argument, NULL, OPT_SOURCE },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static char dash[] = "-";
	static char *stdin_only[] = { dash };
	int c;

	memset(opt, 0, sizeof *opt);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_EXPORT: opt->export = parse_export(optarg); break;
		case 'o': opt->output = optarg; break;
		case OPT_WIDTH: opt->width = parse_width(optarg); break;
		case OPT_THEME: opt->theme = optarg; break;
		case OPT_FORMAT: opt->format = parse_format(optarg); break;
		case OPT_SPEAKER: opt->speaker = optarg; break;
		case OPT_SOURCE: opt->source = optarg; break;
		case OPT_STATS: opt->stats = 1; break;
		case OPT_FORCE: opt->force = 1; break;
		case 'h': print_help(); exit(0);
		case 'V': printf("whosaid %s\n", PACKAGE_VERSION); exit(0);
		case ':': usage_error("option '%s' needs an argument", argv[optind - 1]); break;
		default: usage_error("unknown option '%s'", argv[optind - 1]); break;
		}
	}
	opt->files = argv + optind;
	opt->nfiles = (size_t)(argc - optind);
	if (opt->nfiles == 0) {
		if (isatty(STDIN_FILENO))
			usage_error("%s", "no article given, and nothing piped on standard input");
		opt->files = stdin_only;
		opt->nfiles = 1;
	}
}

/* The reading column when none was asked for: 80, or the terminal's width if narrower. */
static int
default_width(int fd)
{
	struct winsize ws;

	if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_col < 80)
		return ws.ws_col;
	return 80;
}

static int
export_one(FILE *out, const struct ws_article *art, const struct options *opt,
	   struct ws_error *err)
{
	struct ws_layout *lay = NULL;
	int rc;

	switch (opt->export) {
	case EXPORT_JSON:
		return ws_export_json(out, art, err);
	case EXPORT_TEXT:
		if (ws_layout_doc(art->doc, NULL, 0, opt->width, &lay, err) < 0)
			return -1;
		rc = ws_export_text(out, art->doc, lay, err);
		ws_layout_free(lay);
		return rc;
	default:
		return ws_error_set(err, "this export format is not available yet");
	}
}

static int
run_export(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_atomic atomic;
	struct ws_error err;
	FILE *out = stdout;
	int status = 0;

	if (opt->output != NULL) {
		if (ws_atomic_open(&atomic, opt->output, (const char *const *)opt->files,
				   opt->nfiles, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			return EXIT_TROUBLE;
		}
		out = atomic.fp;
	}
	for (size_t i = 0; i < opt->nfiles; i++) {
		struct ws_article *art = NULL;

		if (ws_article_open(opt->files[i], opt->format, opt->force ? WS_LOAD_FORCE : 0,
				    lex, &art, &err) < 0 ||
		    export_one(out, art, opt, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			status = EXIT_TROUBLE;
		}
		ws_article_free(art);
	}
	if (opt->output != NULL) {
		if (status != 0) {
			ws_atomic_abort(&atomic);
		} else if (ws_atomic_commit(&atomic, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			status = EXIT_TROUBLE;
		}
	} else if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "whosaid: cannot write to standard output: %s\n", strerror(errno));
		status = EXIT_TROUBLE;
	}
	return status;
}

static int
run_reader(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_article *art;
	struct ws_error err;
	int status;

	if (ws_article_open(opt->files[0], opt->format, opt->force ? WS_LOAD_FORCE : 0,
			    lex, &art, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return EXIT_TROUBLE;
	}
	status = tui_run(art, opt);
	ws_article_free(art);
	return status;
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct ws_lexicon *lex;
	struct ws_error err;
	int status;

	parse_options(argc, argv, &opt);
	if (ws_lexicon_builtin(&lex, &err) < 0 || ws_lexicon_load_user(lex, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return EXIT_TROUBLE;
	}
	if (opt.export == EXPORT_NONE && !isatty(STDOUT_FILENO))
		opt.export = EXPORT_TEXT;
	if (opt.export != EXPORT_NONE) {
		if (opt.width == 0)
			opt.width = default_width(STDOUT_FILENO);
		status = run_export(&opt, lex);
	} else {
		status = run_reader(&opt, lex);
	}
	ws_lexicon_free(lex);
	return status;
}
