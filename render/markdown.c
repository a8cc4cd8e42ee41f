#include "render/markdown.h"

#include <mkdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "render/md_defuse.h"

#include <stdlib.h>

/* docs/formats.md, "Markdown rendering": only compile flags count; no TOC (gavel builds its
 * own from item ids, and body headings carry no ids that could collide). */
static const mkd_flag_t SAFE_FLAGS = MKD_NOHTML | MKD_SAFELINK | MKD_NOIMAGE | MKD_NO_EXT |
				     MKD_NOSTYLE | MKD_NODIVQUOTE | MKD_NOHEADER |
				     MKD_FENCEDCODE | MKD_NOPANTS;

void gv_md_init(void)
{
	mkd_initialize();
}

/* The smallest heading level discount wrote, 0 when none. */
static int first_level(const char *html, int len)
{
	int min = 0;
	for (int i = 0; i + 3 < len; i++) {
		if (html[i] == '<' && html[i + 1] == 'h' && html[i + 2] >= '1' &&
		    html[i + 2] <= '6' && (html[i + 3] == '>' || html[i + 3] == ' ')) {
			int l = html[i + 2] - '0';
			if (!min || l < min)
				min = l;
		}
	}
	return min;
}

/* With MKD_NOHTML every "<hN" or "</hN" in the output is discount's own,
 * so shifting the level is a plain rewrite of those tags. */
static void shift_headings(struct gv_buf *out, const char *html, int len, int shift)
{
	int i = 0;
	while (i < len) {
		int tag = (i + 3 < len && html[i] == '<' && html[i + 1] == 'h') ? 2
			  : (i + 4 < len && html[i] == '<' && html[i + 1] == '/' &&
			     html[i + 2] == 'h') ? 3 : 0;
		char c = tag ? html[i + tag] : 0;
		if (tag && c >= '1' && c <= '6' &&
		    (html[i + tag + 1] == '>' || html[i + tag + 1] == ' ')) {
			int l = c - '0' + shift;
			gv_buf_add(out, html + i, (size_t)tag);
			gv_buf_putc(out, (char)('0' + (l > 6 ? 6 : l < 1 ? 1 : l)));
			i += tag + 1;
			continue;
		}
		gv_buf_putc(out, html[i++]);
	}
}

int gv_md_to_html(struct gv_buf *out, const char *md, int top_level, struct gv_err *err)
{
	size_t n = strlen(md);
	if (n > GV_MD_RENDER_MAX)
		return gv_err_set(err, GV_EREFUSED, "markdown text is %zu KiB, over the %d KiB limit",
				  n / 1024, GV_MD_RENDER_MAX / 1024);
	if (n == 0)
		return 0;
	size_t len = 0;
	char *defused = gv_md_defuse(md, n, &len);
	MMIOT *doc = mkd_string(defused, (int)len, SAFE_FLAGS);
	free(defused); /* mkd_string keeps its own copy */
	if (!doc)
		return gv_err_set(err, GV_EIO, "markdown: cannot read the text");
	if (!mkd_compile(doc, SAFE_FLAGS)) {
		mkd_cleanup(doc);
		return gv_err_set(err, GV_EIO, "markdown: cannot compile the text");
	}
	char *html = NULL;
	int hlen = mkd_document(doc, &html);
	if (hlen > 0) {
		int first = first_level(html, hlen);
		shift_headings(out, html, hlen, first && top_level ? top_level - first : 0);
		gv_buf_putc(out, '\n');
	}
	mkd_cleanup(doc);
	return 0;
}
