# Turns theme files into C: the themes compiled into whosaid, so that it
# finds them without being installed.  Usage: awk -f builtin.awk FILE...
function cname(path,   n) {
	n = path
	sub(/.*\//, "", n)
	sub(/\.theme$/, "", n)
	return n
}
BEGIN {
	print "/* Generated from the files of themes/ by themes/builtin.awk: do not edit. */"
	print "#include \"config.h\""
	print "#include <stddef.h>"
	print "struct theme_builtin { const char *name; const char *text; };"
	print "extern const struct theme_builtin ws_theme_builtins[];"
	print "extern const char *const ws_theme_builtin_list[];"
	print "const struct theme_builtin ws_theme_builtins[] = {"
}
FNR == 1 {
	if (NR > 1)
		print "\t\"\" },"
	names[++n] = cname(FILENAME)
	printf "\t{ \"%s\",\n", names[n]
}
{
	line = $0
	gsub(/\\/, "\\\\", line)
	gsub(/"/, "\\\"", line)
	printf "\t\"%s\\n\"\n", line
}
END {
	if (NR > 0)
		print "\t\"\" },"
	print "\t{ NULL, NULL },"
	print "};"
	print "const char *const ws_theme_builtin_list[] = {"
	for (i = 1; i <= n; i++)
		printf "\t\"%s\",\n", names[i]
	print "\tNULL,"
	print "};"
}
