/* Markdown typeset into the PDF: the text goes through the same safe
 * renderer as on the site (render/markdown.h), and the few tags discount
 * writes with raw HTML off are read back into paragraphs, lists and tables
 * (docs/formats.md, "PDF"). Every other tag is ignored; its text stays. */
#include "render/pdf.h"
#include "render/pdf_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "render/pdf_libs.h"

enum tok_kind { T_EOF, T_OPEN, T_CLOSE, T_TEXT };

struct tok {
	enum tok_kind kind;
	char name[12];    /* tags: lowercase name */
	const char *text; /* T_TEXT: raw (entities not decoded) */
	size_t len;
	const char *attrs; /* T_OPEN: what follows the name up to '>' */
	size_t attrs_len;
};

struct walk {
	struct gv_pdf *p;
	const char *s;
	size_t i, n;
	double indent;
	int list_depth;
	int outline_from;
};

static void next(struct walk *w, struct tok *t)
{
	memset(t, 0, sizeof *t);
	if (w->i >= w->n) {
		t->kind = T_EOF;
		return;
	}
	const char *s = w->s;
	if (s[w->i] != '<') {
		size_t j = w->i;
		while (j < w->n && s[j] != '<')
			j++;
		t->kind = T_TEXT;
		t->text = s + w->i;
		t->len = j - w->i;
		w->i = j;
		return;
	}
	size_t j = w->i + 1;
	t->kind = T_OPEN;
	if (j < w->n && s[j] == '/') {
		t->kind = T_CLOSE;
		j++;
	}
	size_t k = 0;
	while (j < w->n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
			    (s[j] >= '0' && s[j] <= '9'))) {
		if (k + 1 < sizeof t->name)
			t->name[k++] = (char)(s[j] | 0x20);
		j++;
	}
	t->attrs = s + j;
	while (j < w->n && s[j] != '>')
		j++;
	t->attrs_len = (size_t)(s + j - t->attrs);
	w->i = j < w->n ? j + 1 : j;
}

static void put_utf8(struct gv_buf *b, unsigned long c)
{
	char u[4];
	size_t n;
	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xC0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3F));
		u[2] = (char)(0x80 | (c >> 6 & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	gv_buf_add(b, u, n);
}

/* Pango breaks a long word into lines in time quadratic in its length (a
 * 50,000-character word took seconds): a word this long gets a zero-width
 * space, where a line may break, after every WORD_RUN bytes. */
#define WORD_RUN 60

static void put_byte(struct gv_buf *b, char c, size_t *run)
{
	bool space = c == ' ' || c == '\n' || c == '\t';
	if (!run) {
		gv_buf_putc(b, c);
		return;
	}
	if (!space && (c & 0xC0) != 0x80 && *run >= WORD_RUN) {
		gv_buf_puts(b, "\xE2\x80\x8B");
		*run = 0;
	}
	*run = space ? 0 : *run + 1;
	gv_buf_putc(b, c);
}

/* Text with the entities discount writes decoded; in flowing text a line
 * break is a space. breaks: long words get their zero-width spaces (text,
 * not a link's address). */
static void decode(struct gv_buf *b, const char *s, size_t n, bool keep_lines, bool breaks)
{
	size_t run_n = 0, *run = breaks ? &run_n : NULL;
	static const struct {
		const char *name;
		unsigned long c;
	} named[] = {{"amp", '&'},       {"lt", '<'},       {"gt", '>'},     {"quot", '"'},
		     {"apos", '\''},     {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
		     {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
		     {"hellip", 0x2026}};
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n' && !keep_lines) {
			put_byte(b, ' ', run);
			continue;
		}
		if (s[i] != '&') {
			put_byte(b, s[i], run);
			continue;
		}
		const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
		if (!semi) {
			put_byte(b, '&', run);
			continue;
		}
		const char *e = s + i + 1;
		size_t el = (size_t)(semi - e);
		unsigned long c = 0;
		if (el > 1 && e[0] == '#')
			c = (e[1] == 'x' || e[1] == 'X') ? strtoul(e + 2, NULL, 16)
							 : strtoul(e + 1, NULL, 10);
		else
			for (size_t k = 0; k < sizeof named / sizeof *named; k++)
				if (strlen(named[k].name) == el && !memcmp(named[k].name, e, el))
					c = named[k].c;
		if (!c || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
			put_byte(b, '&', run);
			continue;
		}
		if (run && *run >= WORD_RUN && c != ' ' && c != 0xA0) {
			gv_buf_puts(b, "\xE2\x80\x8B");
			*run = 0;
		}
		if (run)
			++*run;
		put_utf8(b, c);
		i = (size_t)(semi - s);
	}
}

/* The value of attribute name in a tag's attributes, decoded; caller frees. */
static char *attr(const struct tok *t, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = 0; i + nl + 2 <= t->attrs_len; i++) {
		const char *a = t->attrs + i;
		if (!memcmp(a, name, nl) && a[nl] == '=' && a[nl + 1] == '"' &&
		    (i == 0 || a[-1] == ' ')) {
			const char *v = a + nl + 2;
			const char *end = memchr(v, '"', t->attrs_len - i - nl - 2);
			if (!end)
				return NULL;
			struct gv_buf b = GV_BUF_INIT;
			decode(&b, v, (size_t)(end - v), false, false);
			return gv_buf_detach(&b);
		}
	}
	return NULL;
}

static bool is(const struct tok *t, const char *name)
{
	return !strcmp(t->name, name);
}

static bool is_inline(const struct tok *t)
{
	static const char *const tags[] = {"em", "i", "strong", "b", "code", "a", "br",
					   "del", "s", "sup", "sub", "span", "abbr", "kbd"};
	for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
		if (is(t, tags[k]))
			return true;
	return false;
}

static void add_attr(struct gv_pdf_para *para, PangoAttribute *a, size_t start)
{
	a->start_index = (guint)start;
	a->end_index = (guint)para->text.len;
	L(pango_attr_list_insert)(para->attrs, a);
}

/* Inline text into para until the closing tag `until` (consumed: true) or
 * a block tag (left for the caller). */
static bool inline_text(struct walk *w, struct gv_pdf_para *para, const char *until)
{
	struct {
		char name[12];
		size_t start;
		char *href;
	} open[16];
	int n_open = 0;
	bool closed = false;
	for (;;) {
		size_t at = w->i;
		struct tok t;
		next(w, &t);
		if (t.kind == T_TEXT) {
			/* the HTML's spaces before a paragraph's first word (a
			 * table cell's "<td> text") are no part of it: kept, they
			 * set the text in by a space, or, before a word wider than
			 * the column, left the first line empty */
			while (!para->mono && !para->text.len && t.len &&
			       (*t.text == ' ' || *t.text == '\n' || *t.text == '\t')) {
				t.text++;
				t.len--;
			}
			decode(&para->text, t.text, t.len, para->mono, true);
		} else if (t.kind == T_OPEN && is(&t, "br")) {
			gv_buf_putc(&para->text, '\n');
		} else if (t.kind == T_OPEN && is_inline(&t)) {
			if (n_open < 16) {
				memcpy(open[n_open].name, t.name, sizeof t.name);
				open[n_open].start = para->text.len;
				open[n_open].href = is(&t, "a") ? attr(&t, "href") : NULL;
			}
			n_open++;
		} else if (t.kind == T_CLOSE && is_inline(&t) && n_open > 0) {
			n_open--;
			if (n_open >= 16)
				continue;
			size_t s = open[n_open].start;
			const char *nm = open[n_open].name;
			if (!strcmp(nm, "em") || !strcmp(nm, "i"))
				add_attr(para, L(pango_attr_style_new)(PANGO_STYLE_ITALIC), s);
			else if (!strcmp(nm, "strong") || !strcmp(nm, "b"))
				add_attr(para, L(pango_attr_weight_new)(PANGO_WEIGHT_BOLD), s);
			else if (!strcmp(nm, "code") || !strcmp(nm, "kbd"))
				add_attr(para, L(pango_attr_family_new)("DejaVu Sans Mono"), s);
			else if (!strcmp(nm, "del") || !strcmp(nm, "s"))
				add_attr(para, L(pango_attr_strikethrough_new)(TRUE), s);
			else if (!strcmp(nm, "a") && open[n_open].href) {
				add_attr(para, L(pango_attr_underline_new)(PANGO_UNDERLINE_SINGLE), s);
				add_attr(para, L(pango_attr_foreground_new)(0x1a00, 0x4f00, 0x9c00), s);
				struct gv_pdf_link *k = GV_PUSH(para->links, para->n_links);
				k->start = (unsigned)s;
				k->end = (unsigned)para->text.len;
				k->uri = open[n_open].href;
				open[n_open].href = NULL;
			}
			free(open[n_open].href);
		} else if (t.kind == T_CLOSE && until && is(&t, until)) {
			closed = true;
			break;
		} else if (t.kind == T_EOF || is_inline(&t) == false) {
			if (t.kind != T_EOF)
				w->i = at;
			break;
		}
	}
	for (int k = 0; k < n_open && k < 16; k++)
		free(open[k].href);
	return closed;
}

static bool blank(const struct gv_pdf_para *para)
{
	for (size_t i = 0; i < para->text.len; i++)
		if (para->text.data[i] != ' ' && para->text.data[i] != '\n')
			return false;
	return true;
}

/* Drop the spaces that line breaks in the HTML left at both ends. */
static void trim(struct gv_pdf_para *para)
{
	while (para->text.len && (para->text.data[para->text.len - 1] == ' ' ||
				  para->text.data[para->text.len - 1] == '\n'))
		para->text.data[--para->text.len] = 0;
}

static void blocks(struct walk *w, const char *until);

/* Where a block starts: 18 points in for each list or quote it is in, up
 * to ten, so that a list nested deeper still leaves its text most of the
 * page's width (docs/formats.md, "PDF: the file"). */
#define MAX_INDENT (10 * 18.0)

static double indent(const struct walk *w)
{
	return w->indent < MAX_INDENT ? w->indent : MAX_INDENT;
}

static void draw_para(struct walk *w, struct gv_pdf_para *para, const char *tag, double size,
		      bool bold, const char *label)
{
	trim(para);
	if (!blank(para)) {
		gv_pdf_para_draw(w->p, para, tag, size, bold, indent(w), label);
		gv_pdf_space(w->p, 5);
	}
	gv_pdf_para_free(para);
}

static void list(struct walk *w, bool ordered)
{
	gv_pdf_tag_begin(w->p, "L");
	w->list_depth++;
	int count = 0;
	for (;;) {
		struct tok t;
		next(w, &t);
		if (t.kind == T_EOF || (t.kind == T_CLOSE && (is(&t, "ul") || is(&t, "ol"))))
			break;
		if (t.kind != T_OPEN || !is(&t, "li"))
			continue;
		char label[16];
		if (ordered)
			snprintf(label, sizeof label, "%d.", ++count);
		else
			snprintf(label, sizeof label, "%s", w->list_depth % 2 ? "•" : "◦");
		gv_pdf_tag_begin(w->p, "LI");
		struct gv_pdf_para para;
		gv_pdf_para_init(&para);
		/* A loose list's item opens with <p>: its first paragraph. */
		size_t at = w->i;
		struct tok first;
		next(w, &first);
		while (first.kind == T_TEXT && first.len == strspn(first.text, " \n")) {
			at = w->i;
			next(w, &first);
		}
		bool item_done = false;
		if (first.kind == T_OPEN && is(&first, "p")) {
			inline_text(w, &para, "p");
		} else {
			w->i = at;
			item_done = inline_text(w, &para, "li");
		}
		trim(&para);
		gv_pdf_para_draw(w->p, &para, "LBody", 10, false, indent(w), label);
		gv_pdf_para_free(&para);
		gv_pdf_space(w->p, 2);
		w->indent += 18;
		if (!item_done)
			blocks(w, "li");
		w->indent -= 18;
		gv_pdf_tag_end(w->p);
	}
	w->list_depth--;
	gv_pdf_tag_end(w->p);
	gv_pdf_space(w->p, 4);
}

static void table(struct walk *w)
{
	struct row {
		struct gv_pdf_para *cells;
		size_t n;
		bool header;
	} *rows = NULL;
	size_t n_rows = 0, n_cols = 0;
	for (;;) {
		struct tok t;
		next(w, &t);
		if (t.kind == T_EOF || (t.kind == T_CLOSE && is(&t, "table")))
			break;
		if (t.kind == T_OPEN && is(&t, "tr"))
			GV_PUSH(rows, n_rows);
		if (t.kind == T_OPEN && (is(&t, "th") || is(&t, "td")) && n_rows) {
			struct row *r = &rows[n_rows - 1];
			struct gv_pdf_para *c = GV_PUSH(r->cells, r->n);
			gv_pdf_para_init(c);
			r->header = r->header || is(&t, "th");
			inline_text(w, c, t.name);
			trim(c);
			if (r->n > n_cols)
				n_cols = r->n;
		}
	}
	struct gv_pdf_table tab = {.cells = gv_calloc(n_rows * n_cols + 1, sizeof *tab.cells),
				   .header = gv_calloc(n_rows + 1, sizeof *tab.header),
				   .n_rows = n_rows, .n_cols = n_cols};
	for (size_t r = 0; r < n_rows; r++) {
		tab.header[r] = rows[r].header;
		for (size_t c = 0; c < n_cols; c++) {
			if (c < rows[r].n)
				tab.cells[r * n_cols + c] = rows[r].cells[c];
			else
				gv_pdf_para_init(&tab.cells[r * n_cols + c]);
		}
		free(rows[r].cells);
	}
	free(rows);
	gv_pdf_table_draw(w->p, &tab, indent(w));
	for (size_t i = 0; i < n_rows * n_cols; i++)
		gv_pdf_para_free(&tab.cells[i]);
	free(tab.cells);
	free(tab.header);
}

/* Blocks until the closing tag `until` (consumed), or the end. */
static void blocks(struct walk *w, const char *until)
{
	for (;;) {
		size_t at = w->i;
		struct tok t;
		next(w, &t);
		if (t.kind == T_EOF)
			return;
		if (t.kind == T_CLOSE && until && is(&t, until))
			return;
		struct gv_pdf_para para;
		if (t.kind == T_OPEN && t.name[0] == 'h' && t.name[1] >= '1' && t.name[1] <= '6' &&
		    !t.name[2]) {
			int level = t.name[1] - '0';
			gv_pdf_space(w->p, 6);
			gv_pdf_para_init(&para);
			inline_text(w, &para, t.name);
			char tag[3] = {'H', t.name[1], 0};
			if (w->outline_from && level >= w->outline_from) {
				trim(&para);
				gv_pdf_keep(w->p, gv_pdf_heading_size(level) * 1.4 + 30);
				gv_pdf_outline(w->p, level - w->outline_from + 1,
					       gv_buf_str(&para.text));
			}
			draw_para(w, &para, tag, gv_pdf_heading_size(level), true, NULL);
		} else if (t.kind == T_OPEN && is(&t, "p")) {
			gv_pdf_para_init(&para);
			inline_text(w, &para, "p");
			draw_para(w, &para, "P", 10, false, NULL);
		} else if (t.kind == T_OPEN && is(&t, "pre")) {
			gv_pdf_para_init(&para);
			para.mono = true;
			inline_text(w, &para, "pre");
			draw_para(w, &para, "Code", 10, false, NULL);
		} else if (t.kind == T_OPEN && (is(&t, "ul") || is(&t, "ol"))) {
			list(w, is(&t, "ol"));
		} else if (t.kind == T_OPEN && is(&t, "table")) {
			table(w);
		} else if (t.kind == T_OPEN && is(&t, "blockquote")) {
			gv_pdf_tag_begin(w->p, "BlockQuote");
			w->indent += 18;
			blocks(w, "blockquote");
			w->indent -= 18;
			gv_pdf_tag_end(w->p);
		} else if (t.kind == T_TEXT || (t.kind == T_OPEN && is_inline(&t))) {
			/* text outside a paragraph: a tight list item's rest */
			w->i = at;
			gv_pdf_para_init(&para);
			inline_text(w, &para, NULL);
			if (w->i == at) { /* nothing taken: skip the token */
				next(w, &t);
				gv_pdf_para_free(&para);
				continue;
			}
			draw_para(w, &para, "P", 10, false, NULL);
		} else if (t.kind == T_CLOSE && (is(&t, "li") || is(&t, "ul") || is(&t, "ol"))) {
			/* a list's end seen from inside an item: the list handles it */
			w->i = at;
			return;
		}
	}
}

int gv_pdf_markdown(struct gv_pdf *p, const char *md, int top_level, int outline_from,
		    struct gv_err *err)
{
	size_t len;
	const char *html = gv_pdf_md_html(p, md, top_level, &len, err);
	if (!html)
		return err ? err->code : GV_EIO;
	struct walk w = {.p = p, .s = html, .n = len, .outline_from = outline_from};
	blocks(&w, NULL);
	return 0;
}
