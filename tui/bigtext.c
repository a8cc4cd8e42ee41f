#include "tui/bigtext.h"

#include <stdlib.h>
#include <string.h>

/* Each glyph is TUI_BIG_ROWS rows of three cells; '#' is filled. */
static const struct {
	char c;
	const char *rows[TUI_BIG_ROWS];
} glyphs[] = {
	{'0', {"###", "# #", "# #", "# #", "###"}}, {'1', {" # ", "## ", " # ", " # ", "###"}},
	{'2', {"###", "  #", "###", "#  ", "###"}}, {'3', {"###", "  #", "###", "  #", "###"}},
	{'4', {"# #", "# #", "###", "  #", "  #"}}, {'5', {"###", "#  ", "###", "  #", "###"}},
	{'6', {"###", "#  ", "###", "# #", "###"}}, {'7', {"###", "  #", "  #", "  #", "  #"}},
	{'8', {"###", "# #", "###", "# #", "###"}}, {'9', {"###", "# #", "###", "  #", "###"}},
	{'.', {"   ", "   ", "   ", "   ", " # "}}, {'-', {"   ", "   ", "###", "   ", "   "}},
	{':', {"   ", " # ", "   ", " # ", "   "}}, {' ', {"   ", "   ", "   ", "   ", "   "}},
};

static int glyph(char c)
{
	for (size_t i = 0; i < sizeof glyphs / sizeof *glyphs; i++)
		if (glyphs[i].c == c)
			return (int)i;
	return -1;
}

int tui_big_width(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++)
		if (glyph(s[i]) < 0)
			return 0;
	return n ? (int)(n * 4 - 1) : 0; /* a blank column between glyphs */
}

void tui_big_put(int y, int x, const char *s, enum tui_role role)
{
	const char *block = MB_CUR_MAX > 1 ? "\u2588" : "#";
	for (int row = 0; row < TUI_BIG_ROWS; row++)
		for (size_t i = 0; s[i]; i++) {
			int g = glyph(s[i]);
			if (g < 0)
				continue;
			for (int col = 0; col < 3; col++)
				if (glyphs[g].rows[row][col] == '#')
					tui_put(y + row, x + (int)i * 4 + col, 1, block,
						(size_t)-1, role);
		}
}
