# Writes a hostile article to $TMPD/hostile.txt (sourced by the export tests):
# markup and script injection, escape sequences, C1 and bidi controls and
# bytes that are not UTF-8, in the title, the body, a quotation and a name.
printf '%s\n' \
	'<script>alert(1)</script> Mayor & Council Clash' \
	'' \
	'The council said the budget was </style><b>final</b> and "onmouseover=alert(2) x=" was &amp; fine.' \
	'' >"$TMPD/hostile.txt"
printf 'Escapes: \033[31mred\033[0m, a title \033]0;pwned\007, C1 \302\233 and bidi \342\200\256txet.\n\n' \
	>>"$TMPD/hostile.txt"
printf 'Bad bytes: \377\376 and a lone \300 here.\n\n' >>"$TMPD/hostile.txt"
printf '%s\n' \
	'“<img src=x onerror=alert(3)> is what we found,” said Jane Roe, the city auditor, according to Reuters.' \
	'' \
	'> A block quote with <a href="javascript:alert(4)">a link</a> in it.' >>"$TMPD/hostile.txt"
