#include "render/markdown.h"

#include <mkdio.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
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

/* Texts rendered before, with discount's HTML: a publish renders each
 * report for its item's page and again for the agenda package
 * (docs/performance.md, "Our own PDF writer"). Shared by the threads of a
 * publish; emptied when it holds more than MEMO_MAX bytes. */
#define MEMO_SLOTS 4096
#define MEMO_MAX (32u << 20)

struct memo {
	struct memo *next;
	uint64_t hash;
	char *md, *html;
	size_t md_len, html_len;
};

static struct memo *memo[MEMO_SLOTS];
static size_t memo_bytes;
static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t hash_of(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

/* discount's HTML of md into html; false when none is kept. */
static bool memo_get(uint64_t h, const char *md, size_t n, struct gv_buf *html)
{
	pthread_mutex_lock(&memo_lock);
	struct memo *m = memo[h % MEMO_SLOTS];
	while (m && !(m->hash == h && m->md_len == n && !memcmp(m->md, md, n)))
		m = m->next;
	if (m)
		gv_buf_add(html, m->html, m->html_len);
	pthread_mutex_unlock(&memo_lock);
	return m != NULL;
}

static void memo_put(uint64_t h, const char *md, size_t n, const char *html, size_t hn)
{
	pthread_mutex_lock(&memo_lock);
	if (memo_bytes + n + hn > MEMO_MAX) {
		for (size_t i = 0; i < MEMO_SLOTS; i++)
			while (memo[i]) {
				struct memo *m = memo[i];
				memo[i] = m->next;
				free(m->md);
				free(m->html);
				free(m);
			}
		memo_bytes = 0;
	}
	struct memo *m = gv_malloc(sizeof *m);
	*m = (struct memo){memo[h % MEMO_SLOTS], h, gv_strndup(md, n), gv_strndup(html, hn), n, hn};
	memo[h % MEMO_SLOTS] = m;
	memo_bytes += n + hn;
	pthread_mutex_unlock(&memo_lock);
}

/* discount's HTML of md (n bytes) into html. */
static int discount(const char *md, size_t n, struct gv_buf *html, struct gv_err *err)
{
	uint64_t h = hash_of(md, n);
	if (memo_get(h, md, n, html))
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
	char *out = NULL;
	int hlen = mkd_document(doc, &out);
	if (hlen > 0)
		gv_buf_add(html, out, (size_t)hlen);
	mkd_cleanup(doc);
	memo_put(h, md, n, gv_buf_str(html), html->len);
	return 0;
}

int gv_md_to_html(struct gv_buf *out, const char *md, int top_level, struct gv_err *err)
{
	size_t n = strlen(md);
	if (n > GV_MD_RENDER_MAX)
		return gv_err_set(err, GV_EREFUSED, "markdown text is %zu KiB, over the %d KiB limit",
				  n / 1024, GV_MD_RENDER_MAX / 1024);
	if (n == 0)
		return 0;
	struct gv_buf html = GV_BUF_INIT;
	int rc = discount(md, n, &html, err);
	if (!rc && html.len) {
		int hlen = (int)html.len, first = first_level(html.data, hlen);
		shift_headings(out, html.data, hlen, first && top_level ? top_level - first : 0);
		gv_buf_putc(out, '\n');
	}
	gv_buf_free(&html);
	return rc;
}
