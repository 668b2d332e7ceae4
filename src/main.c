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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/article.h"
#include "whosaid/atomic.h"
#include "whosaid/export.h"
#include "whosaid/layout.h"
#include "whosaid/learn.h"
#include "whosaid/stats.h"
#include "whosaid/style.h"
#include "whosaid/theme.h"
#include "whosaid/xmalloc.h"
#include "options.h"
#include "signals.h"
#include "tui.h"
#include "usage.h"

#define EXIT_TROUBLE 1

static const char usage_line[] =
	"usage: whosaid [--export=text|json|html|ansi] [--width N] [--theme T]\n"
	"               [--format=auto|text|html|markdown] [--speaker NAME] [--source NAME]\n"
	"               [--stats] [--force] [--engine=rules|learned] [--model FILE]\n"
	"               [--offsets=bytes|chars|utf16] [--copy=auto|terminal|file|stdout]\n"
	"               [-o FILE|DIR/] [FILE...]\n";

/* A wrong command line: the message, the usage lines, exit 2. */
#define usage_error(...) usage_exit("whosaid", usage_line, __VA_ARGS__)

static void
print_help(void)
{
	fputs(usage_line, stdout);
	fputs("\n"
	      "Shows a news article with every claim coloured by who is credited for it:\n"
	      "the outlet that reported it and the person it comes from.\n"
	      "\n"
	      "With no FILE, or when FILE is -, reads standard input (once: - - is refused).\n"
	      "\n"
	      "  --export=FORMAT  write the article instead of opening the reader:\n"
	      "                   text (claims marked [N]...[/N], a key at the end),\n"
	      "                   json (the attributions), html or ansi\n"
	      "  --offsets=UNIT   what the JSON's offsets count: bytes (the default),\n"
	      "                   chars (code points, as Python slices) or utf16 (as\n"
	      "                   JavaScript slices)\n"
	      "  -o, --output=FILE  write the export to FILE (atomically; never onto an input;\n"
	      "                   - is standard output); without --export, in the format\n"
	      "                   FILE's name ends with: .txt, .json, .html or .htm, .ansi\n"
	      "  -o DIR/          one file per article: DIR/NAME.whosaid.html (.txt, .json, .ansi);\n"
	      "                   DIR is made if it is missing (not its parents)\n"
	      "  --width=N        reading column width (default: 80, or the terminal's if narrower)\n"
	      "  --theme=NAME|PATH  colour theme (see whosaid(1)); HTML without it:\n"
	      "                   light, dark where the browser prefers dark\n"
	      "  --format=FORMAT  read input as auto (default), text, html or markdown\n"
	      "  --speaker=NAME   only the claims of this person\n"
	      "  --source=NAME    only the claims reported by this outlet\n"
	      "  --stats          print outlets and speakers with claim counts over all\n"
	      "                   the articles (as JSON with --export=json)\n"
	      "  --force          open input that looks binary\n"
	      "  --engine=ENGINE  rules (the hand-written rules alone; the default) or\n"
	      "                   learned (the rules with the learned layer: more cues,\n"
	      "                   other bounds; the default when --model is given)\n"
	      "  --model=FILE     the learned layer's model (made by whosaid-train)\n"
	      "  --copy=WHERE     where the reader's y copies a claim and its credit:\n"
	      "                   terminal (the clipboard, by OSC 52; inside tmux, a tmux\n"
	      "                   buffer and the clipboard), file (appended to\n"
	      "                   $XDG_STATE_HOME/whosaid/copied.txt), stdout (printed\n"
	      "                   when the reader closes) or auto (the default: terminal,\n"
	      "                   or file where TERM is linux or vt*)\n"
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

static enum copy_target
parse_copy(const char *arg)
{
	static const struct { const char *name; enum copy_target to; } names[] = {
		{ "auto", COPY_AUTO }, { "terminal", COPY_TERMINAL },
		{ "file", COPY_FILE }, { "stdout", COPY_STDOUT },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(arg, names[i].name) == 0)
			return names[i].to;
	usage_error("unknown --copy target '%s' (auto, terminal, file, stdout)", arg);
	return COPY_AUTO;
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

static enum ws_offset_unit
parse_offsets(const char *arg)
{
	static const struct { const char *name; enum ws_offset_unit unit; } names[] = {
		{ "bytes", WS_OFFSETS_BYTES }, { "chars", WS_OFFSETS_CHARS },
		{ "utf16", WS_OFFSETS_UTF16 },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(arg, names[i].name) == 0)
			return names[i].unit;
	usage_error("unknown offset unit '%s' (bytes, chars, utf16)", arg);
	return WS_OFFSETS_BYTES;
}

static enum engine
parse_engine(const char *arg)
{
	if (strcmp(arg, "rules") == 0)
		return ENGINE_RULES;
	if (strcmp(arg, "learned") == 0)
		return ENGINE_LEARNED;
	usage_error("unknown engine '%s' (rules, learned)", arg);
	return ENGINE_DEFAULT;
}

/*
 * The word of the command line an unknown short option came in: getopt
 * stays on a word while it has letters left, so it is the current word,
 * or the one before when the letter was its last.
 */
static const char *
word_with_letter(int argc, char **argv, int letter)
{
	for (int i = optind; i >= optind - 1 && i > 0; i--)
		if (i < argc && argv[i][0] == '-' && argv[i][1] != '-' &&
		    strchr(argv[i] + 1, letter) != NULL)
			return argv[i];
	return NULL;
}

static void
unknown_option(int argc, char **argv)
{
	const char *word;

	if (optopt == 0 || (word = word_with_letter(argc, argv, optopt)) == NULL)
		usage_error("unknown option '%s'", argv[optind - 1]);
	if (word[2] == '\0')
		usage_error("unknown option '%s'", word);
	usage_error("unknown option '-%c' in '%s' (a file named so: ./%s)", optopt, word, word);
}

/* Whether -o names a directory: it ends with '/' or is one. */
static int
output_is_dir(const char *output)
{
	struct stat sb;
	size_t len;

	if (output == NULL)
		return 0;
	len = strlen(output);
	if (len > 0 && output[len - 1] == '/')
		return 1;
	return stat(output, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* -o without --export: the format its extension names (-o - and -o DIR/: text). */
static enum export_format
export_for_output(const char *output)
{
	static const struct { const char *ext; enum export_format fmt; } exts[] = {
		{ ".html", EXPORT_HTML }, { ".htm", EXPORT_HTML }, { ".json", EXPORT_JSON },
		{ ".ansi", EXPORT_ANSI }, { ".txt", EXPORT_TEXT },
	};
	const char *slash = strrchr(output, '/');
	const char *dot = strrchr(slash != NULL ? slash + 1 : output, '.');

	if (strcmp(output, "-") == 0 || output_is_dir(output))
		return EXPORT_TEXT;
	for (size_t i = 0; dot != NULL && i < sizeof exts / sizeof exts[0]; i++)
		if (strcasecmp(dot, exts[i].ext) == 0)
			return exts[i].fmt;
	usage_error("cannot tell the format of '%s' from its name: give --export=FORMAT "
		    "(or a name ending in .txt, .json, .html, .htm or .ansi)", output);
	return EXPORT_NONE;
}

/* Standard input can be read once: a second "-" is refused. */
static void
check_stdin_once(char *const *files, size_t nfiles)
{
	size_t dashes = 0;

	for (size_t i = 0; i < nfiles; i++)
		dashes += strcmp(files[i], "-") == 0;
	if (dashes > 1)
		usage_error("%s", "standard input (-) given twice: it can be read only once");
}

static void
parse_options(int argc, char **argv, struct options *opt)
{
	enum { OPT_EXPORT = 256, OPT_WIDTH, OPT_THEME, OPT_FORMAT, OPT_FORCE,
	       OPT_SPEAKER, OPT_SOURCE, OPT_STATS, OPT_ENGINE, OPT_MODEL, OPT_OFFSETS, OPT_COPY };
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
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "model", required_argument, NULL, OPT_MODEL },
		{ "offsets", required_argument, NULL, OPT_OFFSETS },
		{ "copy", required_argument, NULL, OPT_COPY },
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
		case OPT_ENGINE: opt->engine = parse_engine(optarg); break;
		case OPT_MODEL: opt->model = optarg; break;
		case OPT_OFFSETS: opt->offsets = parse_offsets(optarg); break;
		case OPT_COPY: opt->copy = parse_copy(optarg); break;
		case 'h': print_help(); exit(0);
		case 'V': printf("whosaid %s\n", PACKAGE_VERSION); exit(0);
		case ':': usage_error("option '%s' needs an argument", argv[optind - 1]); break;
		default: unknown_option(argc, argv); break;
		}
	}
	opt->files = argv + optind;
	opt->nfiles = (size_t)(argc - optind);
	if (opt->engine == ENGINE_RULES && opt->model != NULL)
		usage_error("%s", "--model needs the learned engine, not --engine=rules");
	check_stdin_once(opt->files, opt->nfiles);
	/* -o asks for an export; -o - is standard output. */
	if (opt->output != NULL && opt->export == EXPORT_NONE)
		opt->export = export_for_output(opt->output);
	if (opt->output != NULL && strcmp(opt->output, "-") == 0)
		opt->output = NULL;
	if (opt->stats && (opt->export == EXPORT_HTML || opt->export == EXPORT_ANSI))
		usage_error("--stats writes a table (--export=text) or JSON (--export=json), not %s",
			    opt->export == EXPORT_HTML ? "HTML" : "ANSI");
	if (opt->offsets != WS_OFFSETS_BYTES && (opt->export != EXPORT_JSON || opt->stats))
		usage_error("%s", "--offsets is for the offsets of --export=json");
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

/*
 * The --speaker and --source filters, as indices into one article's
 * analysis.  A name the article does not know gets an index no claim has
 * (npeople, noutlets), so that every claim is filtered out rather than
 * none; `matched` records that some article knew it.
 */
struct filter {
	size_t speaker, outlet;
};

static int speaker_matched, source_matched;

static struct filter
resolve_filter(const struct ws_article *art, const struct options *opt)
{
	const struct ws_analysis *an = art->an;
	struct filter f = { WS_NONE, WS_NONE };

	if (opt->speaker != NULL) {
		f.speaker = ws_find_speaker(an, opt->speaker);
		if (f.speaker == WS_NONE)
			f.speaker = an != NULL ? an->npeople : 0;
		else
			speaker_matched = 1;
	}
	if (opt->source != NULL) {
		f.outlet = ws_find_outlet(an, art->text->s, opt->source);
		if (f.outlet == WS_NONE)
			f.outlet = an != NULL ? an->noutlets : 0;
		else
			source_matched = 1;
	}
	return f;
}

/* After all articles: a filter that named nobody anywhere is worth a warning. */
static void
warn_unmatched_filters(const struct options *opt)
{
	if (opt->speaker != NULL && !speaker_matched)
		fprintf(stderr, "whosaid: warning: no speaker named '%s' in any article\n",
			opt->speaker);
	if (opt->source != NULL && !source_matched)
		fprintf(stderr, "whosaid: warning: no outlet named '%s' in any article\n",
			opt->source);
}

/*
 * The theme of the HTML and ANSI exports, opened once for all articles.
 * An HTML page without --theme has two: "light", and "dark" for the
 * readers whose browser prefers dark (export_dark); --theme wins over
 * the browser's preference, and the config file's theme is the
 * terminal's, not the page's.
 */
static struct ws_theme *export_theme, *export_dark;

/*
 * ANSI colours: 256, the theme's own RGB colours where COLORTERM says the
 * terminal has them (as less -R passes them on), or attributes only
 * under NO_COLOR.
 */
static int
ansi_depth(void)
{
	const char *no_color = getenv("NO_COLOR"), *colorterm = getenv("COLORTERM");

	if (no_color != NULL && no_color[0] != '\0')
		return WS_DEPTH_MONO;
	if (colorterm != NULL && (strcmp(colorterm, "truecolor") == 0 ||
				  strcmp(colorterm, "24bit") == 0))
		return WS_DEPTH_RGB;
	return WS_DEPTH_256;
}

/* The view of an article that --speaker and --source ask for. */
static void
filter_view(const struct ws_article *art, const struct options *opt, struct ws_view *view)
{
	struct filter f = resolve_filter(art, opt);

	ws_view_init(view);
	view->speaker = f.speaker;
	view->outlet = f.outlet;
}

static int
export_one(FILE *out, const struct ws_article *art, const struct options *opt,
	   struct ws_error *err)
{
	struct ws_view view;
	struct ws_json_options jo = { opt->offsets, &view };

	filter_view(art, opt, &view);
	switch (opt->export) {
	case EXPORT_JSON:
		return ws_export_json(out, art, &jo, err);
	case EXPORT_TEXT:
		return ws_export_text(out, art, &view, opt->width, err);
	case EXPORT_HTML:
		/* HTML dims the claims a filter leaves out. */
		return ws_export_html_schemes(out, art, &view, opt->width, export_theme,
					      export_dark, err);
	default:
		/* ANSI, like text and JSON, leaves them out. */
		view.leave_out = 1;
		return ws_export_ansi(out, art, &view, opt->width, export_theme, ansi_depth(),
				      err);
	}
}

/*
 * Open an article, analysed: every export shows or counts its claims
 * (plain text marks them and ends with their key).
 */
static int
open_for_options(const char *path, const struct options *opt, struct ws_lexicon *lex,
		 struct ws_article **art, struct ws_error *err)
{
	return ws_article_open(path, opt->format, opt->force ? WS_LOAD_FORCE : 0, lex, art, err);
}

/* export_theme (and export_dark) for the HTML and ANSI exports. */
static int
open_export_themes(const struct options *opt, struct ws_error *err)
{
	if (opt->export == EXPORT_HTML && opt->theme == NULL)
		return ws_theme_open("light", &export_theme, err) < 0 ? -1 :
		       ws_theme_open("dark", &export_dark, err);
	if (opt->export == EXPORT_HTML || opt->export == EXPORT_ANSI)
		return ws_theme_open(opt->theme, &export_theme, err);
	return 0;
}

/* open_for_options, saying why on stderr when it fails. */
static int
open_or_complain(const char *path, const struct options *opt, struct ws_lexicon *lex,
		 struct ws_article **art)
{
	struct ws_error err;

	if (open_for_options(path, opt, lex, art, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return -1;
	}
	return 0;
}

/* --stats: the claims of every article counted together, as a table or JSON. */
static int
run_stats(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_stats *st = ws_stats_new();
	struct ws_atomic atomic;
	struct ws_error err;
	FILE *out = stdout;
	int status = 0;

	for (size_t i = 0; i < opt->nfiles; i++) {
		struct ws_article *art = NULL;
		struct filter f;

		if (open_or_complain(opt->files[i], opt, lex, &art) < 0) {
			status = EXIT_TROUBLE;
			continue;
		}
		f = resolve_filter(art, opt);
		ws_stats_add(st, art->an, f.speaker, f.outlet);
		ws_article_free(art);
	}
	warn_unmatched_filters(opt);
	ws_stats_sort(st);
	if (opt->output != NULL) {
		if (ws_atomic_open(&atomic, opt->output, (const char *const *)opt->files,
				   opt->nfiles, &err) < 0)
			goto fail;
		out = atomic.fp;
	}
	if ((opt->export == EXPORT_JSON ? ws_stats_write_json(out, st, &err)
					: ws_stats_write_table(out, st, &err)) < 0) {
		if (opt->output != NULL)
			ws_atomic_abort(&atomic);
		goto fail;
	}
	if (opt->output != NULL && ws_atomic_commit(&atomic, &err) < 0)
		goto fail;
	ws_stats_free(st);
	return status;
fail:
	fprintf(stderr, "whosaid: %s\n", err.msg);
	ws_stats_free(st);
	return EXIT_TROUBLE;
}

/* The file an article is exported to in batch mode (ws_export_path). The caller frees it. */
static char *
batch_path(const char *dir, const char *input, enum export_format fmt)
{
	static const char *const ext[] = {
		[EXPORT_TEXT] = "txt", [EXPORT_JSON] = "json",
		[EXPORT_HTML] = "html", [EXPORT_ANSI] = "ansi",
	};

	return ws_export_path(input, dir, ext[fmt]);
}

/*
 * Every file of a batch checked before any is written: two articles
 * that would go to one file (a/story.txt and b/story.txt), and targets
 * atomic.h refuses (an input, a read-only file).  Says each on stderr.
 */
static int
batch_targets_ok(const struct options *opt, char *const *paths)
{
	struct ws_error err;
	int good = 1;

	for (size_t i = 0; i < opt->nfiles; i++) {
		size_t j = 0;

		while (j < i && strcmp(paths[j], paths[i]) != 0)
			j++;
		if (j < i) {
			fprintf(stderr, "whosaid: %s and %s would both be written to %s "
				"(nothing was written)\n", opt->files[j], opt->files[i], paths[i]);
			good = 0;
		} else if (ws_atomic_check(paths[i], (const char *const *)opt->files,
					   opt->nfiles, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			good = 0;
		}
	}
	return good;
}

/* The file of every article of a batch. */
static char **
batch_paths(const struct options *opt)
{
	char **paths = xcalloc(opt->nfiles, sizeof *paths);

	for (size_t i = 0; i < opt->nfiles; i++)
		paths[i] = batch_path(opt->output, opt->files[i], opt->export);
	return paths;
}

/* One article to its own file.  Messages of atomic.h name the file already. */
static int
export_to_file(const char *path, const char *input, const struct options *opt,
	       struct ws_lexicon *lex)
{
	struct ws_article *art = NULL;
	struct ws_atomic atomic;
	struct ws_error err;
	int rc = -1;

	if (open_or_complain(input, opt, lex, &art) < 0)
		return -1;
	if (ws_atomic_open(&atomic, path, (const char *const *)opt->files, opt->nfiles,
			   &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
	} else if (export_one(atomic.fp, art, opt, &err) < 0) {
		fprintf(stderr, "whosaid: %s: %s\n", path, err.msg);
		ws_atomic_abort(&atomic);
	} else if (ws_atomic_commit(&atomic, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
	} else {
		rc = 0;
	}
	ws_article_free(art);
	return rc;
}

/*
 * The directory of a batch: made when it is not there (not its parents:
 * a mistyped path is better told than made), one message rather than
 * one per article when it cannot be.
 */
static int
batch_dir_ok(const char *dir)
{
	struct stat sb;

	if (stat(dir, &sb) < 0) {
		if (errno != ENOENT) {
			fprintf(stderr, "whosaid: %s: %s\n", dir, strerror(errno));
			return 0;
		}
		if (mkdir(dir, 0777) < 0) {
			fprintf(stderr, "whosaid: cannot make the directory %s: %s\n", dir,
				strerror(errno));
			return 0;
		}
		return 1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		fprintf(stderr, "whosaid: %s: not a directory\n", dir);
		return 0;
	}
	return 1;
}

/*
 * -o DIR/: one file per article.  A clash or a refused target stops the
 * batch before anything is written; an article that fails to open or
 * write does not stop the others.
 */
static int
run_batch(const struct options *opt, struct ws_lexicon *lex)
{
	char **paths = batch_paths(opt);
	int status = 0;

	if (!batch_targets_ok(opt, paths) || !batch_dir_ok(opt->output)) {
		status = EXIT_TROUBLE;
	} else {
		for (size_t i = 0; i < opt->nfiles; i++)
			if (export_to_file(paths[i], opt->files[i], opt, lex) < 0)
				status = EXIT_TROUBLE;
	}
	for (size_t i = 0; i < opt->nfiles; i++)
		free(paths[i]);
	free(paths);
	return status;
}

/* -o FILE, opened for the first article read (see export_stream); NULL when refused (said). */
static FILE *
open_output(const struct options *opt, struct ws_atomic *atomic)
{
	struct ws_error err;

	if (ws_atomic_open(atomic, opt->output, (const char *const *)opt->files, opt->nfiles,
			   &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return NULL;
	}
	return atomic->fp;
}

/*
 * All the articles into one stream: standard output, or -o FILE, which is
 * checked first but opened only once the first article is read and
 * analysed, so that no temporary file waits on a slow input.
 */
static int
export_stream(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_atomic atomic = { 0 };
	struct ws_error err;
	FILE *out = opt->output == NULL ? stdout : NULL;
	int status = 0;

	if (opt->output != NULL && ws_atomic_check(opt->output, (const char *const *)opt->files,
						   opt->nfiles, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return EXIT_TROUBLE;
	}
	for (size_t i = 0; i < opt->nfiles && (out == NULL || !ferror(out)); i++) {
		struct ws_article *art = NULL;

		if (open_for_options(opt->files[i], opt, lex, &art, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			status = EXIT_TROUBLE;
			continue;
		}
		if (out == NULL && (out = open_output(opt, &atomic)) == NULL) {
			ws_article_free(art);
			return EXIT_TROUBLE;
		}
		if (export_one(out, art, opt, &err) < 0) {
			/* The exporters know a write failed, not where to. */
			fprintf(stderr, "whosaid: %s: %s\n",
				opt->output != NULL ? opt->output : "standard output", err.msg);
			status = EXIT_TROUBLE;
		}
		ws_article_free(art);
	}
	if (opt->output != NULL && out == NULL) {
		/* No article could be read: nothing was opened. */
	} else if (opt->output != NULL) {
		if (status != 0) {
			ws_atomic_abort(&atomic);
		} else if (ws_atomic_commit(&atomic, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			status = EXIT_TROUBLE;
		}
	} else if (ferror(stdout) && status != 0) {
		/* Said above. */
	} else if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "whosaid: cannot write to standard output: %s\n", strerror(errno));
		status = EXIT_TROUBLE;
	}
	return status;
}

/* A signal during an export: its temporary file goes, then the process dies by it. */
static void
on_export_signal(int sig)
{
	ws_atomic_remove_pending();
	signals_die(sig);
}

static int
run_export(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_error err;
	int status, to_dir = output_is_dir(opt->output);

	signals_catch(on_export_signal);
	/* Out of memory likewise: the temporary file goes before the message. */
	ws_set_oom_hook(ws_atomic_remove_pending);
	if (opt->stats)
		return run_stats(opt, lex);
	if (opt->export == EXPORT_HTML && opt->nfiles > 1 && !to_dir)
		usage_error("%s", "an HTML page holds one article: give -o DIR/ to export several");
	if (open_export_themes(opt, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return EXIT_TROUBLE;
	}
	status = to_dir ? run_batch(opt, lex) : export_stream(opt, lex);
	warn_unmatched_filters(opt);
	ws_theme_free(export_theme);
	ws_theme_free(export_dark);
	export_theme = export_dark = NULL;
	return status;
}

/* Standard input is a pipe or a socket that may be slow, not a file nor the terminal. */
static int
stdin_is_a_stream(void)
{
	struct stat st;

	return !isatty(STDIN_FILENO) && fstat(STDIN_FILENO, &st) == 0 && !S_ISREG(st.st_mode) &&
	       !S_ISBLK(st.st_mode);
}

static int
run_reader(const struct options *opt, struct ws_lexicon *lex)
{
	struct ws_article *art;
	struct ws_error err;
	int status;

	/* A pipe is shown as it arrives, however slowly. */
	if (strcmp(opt->files[0], "-") == 0 && stdin_is_a_stream())
		return tui_run_stdin(opt, lex);
	/* The reader shows the article first and analyses it once it is on screen. */
	if (ws_article_open_blocks(opt->files[0], opt->format, opt->force ? WS_LOAD_FORCE : 0,
				   &art, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return EXIT_TROUBLE;
	}
	status = tui_run(art, opt, lex);
	ws_article_free(art);
	return status;
}

/*
 * The learned layer's model, per --engine and --model: none for the
 * rules alone, the file given, else the built-in one.  *out stays NULL
 * when the default engine finds no model built in.
 */
static int
load_model(const struct options *opt, struct ws_model **out, struct ws_error *err)
{
	*out = NULL;
	if (opt->engine == ENGINE_RULES || (opt->engine == ENGINE_DEFAULT && opt->model == NULL))
		return 0;
	if (opt->model != NULL)
		return ws_model_load(opt->model, ws_learn_featset, out, err);
	if (ws_model_builtin(ws_learn_featset, out, err) < 0)
		return -1;
	if (*out == NULL && opt->engine == ENGINE_LEARNED)
		return ws_error_set(err, "no model is built in: give one with --model FILE");
	return 0;
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct ws_lexicon *lex = NULL;
	struct ws_model *model = NULL;
	struct ws_error err;
	int status, loaded;

	ws_alloc_init();
	parse_options(argc, argv, &opt);
	loaded = ws_lexicon_builtin(&lex, &err) < 0 ? -1 : ws_lexicon_load_user(lex, &err);
	if (loaded > 0)
		fprintf(stderr, "whosaid: warning: %s\n", err.msg);
	if (loaded < 0 || load_model(&opt, &model, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		ws_lexicon_free(lex);
		return EXIT_TROUBLE;
	}
	ws_lexicon_set_model(lex, model);
	if (opt.export == EXPORT_NONE && (opt.stats || !isatty(STDOUT_FILENO)))
		opt.export = EXPORT_TEXT;
	if (opt.export != EXPORT_NONE) {
		if (opt.width == 0)
			opt.width = default_width(STDOUT_FILENO);
		status = run_export(&opt, lex);
	} else {
		status = run_reader(&opt, lex);
	}
	ws_lexicon_free(lex);
	ws_model_free(model);
	return status;
}
