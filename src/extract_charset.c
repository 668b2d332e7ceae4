/*
 * extract_charset: the charset a page declares, read as the WHATWG
 * Encoding Standard says browsers read it (https://encoding.spec.whatwg.org/,
 * "Encodings" and "get an encoding").  A declared label names one of the
 * standard's encodings, whatever its case and surrounding white space; a
 * label it does not list (IBM037, an EBCDIC page, or a typo) is no
 * declaration at all, so that a page is never decoded as garbage by a
 * converter a browser would not use.  As the <meta> prescan says, a page
 * that declares UTF-16 was read as ASCII to find that out, so it means
 * UTF-8, and x-user-defined means windows-1252.  The labels of the
 * standard's "replacement" encoding (ISO-2022-KR, HZ...), which a browser
 * decodes to a single U+FFFD so that no escape sequence can hide markup,
 * are read as no declaration too: the loader's repaired UTF-8 lets no
 * escape sequence act either.
 *
 * The table is the standard's, an encoding and its labels a row, with the
 * name iconv (through libxml2) decodes it by: the standard's Big5,
 * Shift_JIS and EUC-KR are the Windows code pages of those names.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"

struct encoding {
	const char *decoder;	/* iconv's name; NULL: read as UTF-8 */
	const char *labels;	/* the standard's labels, space-separated */
};

static const struct encoding encodings[] = {
	{ NULL, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8" },
	{ "IBM866", "866 cp866 csibm866 ibm866" },
	{ "ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
	  "iso_8859-2:1987 l2 latin2" },
	{ "ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 "
	  "iso_8859-3:1988 l3 latin3" },
	{ "ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
	  "iso_8859-4:1988 l4 latin4" },
	{ "ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 "
	  "iso_8859-5 iso_8859-5:1988" },
	{ "ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 "
	  "iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 "
	  "iso_8859-6:1987" },
	{ "ISO-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 "
	  "iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek" },
	{ "ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 "
	  "iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual "
	  "csiso88598i iso-8859-8-i logical" },
	{ "ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6" },
	{ "ISO-8859-13", "iso-8859-13 iso8859-13 iso885913" },
	{ "ISO-8859-14", "iso-8859-14 iso8859-14 iso885914" },
	{ "ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9" },
	{ "ISO-8859-16", "iso-8859-16" },
	{ "KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r" },
	{ "KOI8-U", "koi8-ru koi8-u" },
	{ "MACINTOSH", "csmacintosh mac macintosh x-mac-roman" },
	{ "WINDOWS-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874" },
	{ "WINDOWS-1250", "cp1250 windows-1250 x-cp1250" },
	{ "WINDOWS-1251", "cp1251 windows-1251 x-cp1251" },
	{ "WINDOWS-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 "
	  "iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii "
	  "windows-1252 x-cp1252 x-user-defined" },
	{ "WINDOWS-1253", "cp1253 windows-1253 x-cp1253" },
	{ "WINDOWS-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 "
	  "iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254" },
	{ "WINDOWS-1255", "cp1255 windows-1255 x-cp1255" },
	{ "WINDOWS-1256", "cp1256 windows-1256 x-cp1256" },
	{ "WINDOWS-1257", "cp1257 windows-1257 x-cp1257" },
	{ "WINDOWS-1258", "cp1258 windows-1258 x-cp1258" },
	{ "MAC-CYRILLIC", "x-mac-cyrillic x-mac-ukrainian" },
	{ "GBK", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk" },
	{ "GB18030", "gb18030" },
	{ "BIG5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
	{ "EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp" },
	{ "ISO-2022-JP", "csiso2022jp iso-2022-jp" },
	{ "CP932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis" },
	{ "CP949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 "
	  "ks_c_5601-1989 ksc5601 ksc_5601 windows-949" },
	/* Declared in a page read as ASCII: UTF-8 (the <meta> prescan). */
	{ NULL, "unicodefffe utf-16be csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff "
	  "utf-16 utf-16le" },
	/* The replacement encoding: no declaration (see above). */
	{ NULL, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement" },
};

/* Whether the space-separated `labels` hold label[0, len), ignoring ASCII case. */
static int
has_label(const char *labels, const char *label, size_t len)
{
	const char *p = labels;

	while (*p != '\0') {
		size_t n = strcspn(p, " ");

		if (n == len && strncasecmp(p, label, len) == 0)
			return 1;
		p += n + (p[n] == ' ');
	}
	return 0;
}

const char *
ws_charset_decoder(const char *label)
{
	static const char space[] = "\t\n\f\r ";
	size_t len;

	if (label == NULL)
		return NULL;
	label += strspn(label, space);
	len = strlen(label);
	while (len > 0 && strchr(space, label[len - 1]) != NULL)
		len--;
	for (size_t i = 0; i < sizeof encodings / sizeof encodings[0]; i++)
		if (has_label(encodings[i].labels, label, len))
			return encodings[i].decoder;
	return NULL;
}
