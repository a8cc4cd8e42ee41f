/* Attached PDF pages copied as they are (render/pdf_graft.h): a small
 * reader of PDF's object syntax (classic cross-reference tables, followed
 * through incremental updates), the copy of a page's objects renumbered,
 * and the incremental update that adds them to the package. Attachments
 * are input from anyone: every read is bounded, and anything unexpected
 * makes the reader give the PDF back to Poppler. */
#include "render/pdf_graft.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "base/buf.h"

#define MAX_DEPTH 64
#define MAX_PREV 64

struct span {
	size_t b, e; /* [b, e) in the document's bytes */
};

struct gpage {
	struct span res;  /* the resources' value (a dictionary or a reference) */
	int res_ref;      /* its object when a reference, else 0 */
	double box[4];
	int contents;     /* the one content stream's object */
};

struct gv_graft_src {
	char *d;
	size_t n;
	size_t *off;      /* off[num] + 1: where object num starts; 0 when free */
	int nobj;
	struct span trailer; /* the newest trailer's dictionary */
	size_t xref;      /* the newest cross-reference section */
	struct gpage *pages;
	int n_pages;
	int visits;       /* nodes of the page tree seen: a loop ends there */
};

/* ---- lexing ----------------------------------------------------------- */

static bool is_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

static bool is_delim(char c)
{
	return strchr("()<>[]{}/%", c) != NULL;
}

static size_t skip_ws(const struct gv_graft_src *s, size_t i)
{
	while (i < s->n) {
		if (is_ws(s->d[i]))
			i++;
		else if (s->d[i] == '%')
			while (i < s->n && s->d[i] != '\n' && s->d[i] != '\r')
				i++;
		else
			break;
	}
	return i;
}

/* The end of the regular token at i (a number, a keyword, a name's rest). */
static size_t token_end(const struct gv_graft_src *s, size_t i)
{
	while (i < s->n && !is_ws(s->d[i]) && !is_delim(s->d[i]))
		i++;
	return i;
}

static bool is_int(const struct gv_graft_src *s, size_t b, size_t e)
{
	if (b < e && (s->d[b] == '+' || s->d[b] == '-'))
		b++;
	if (b == e || e - b > 9)
		return false;
	for (; b < e; b++)
		if (s->d[b] < '0' || s->d[b] > '9')
			return false;
	return true;
}

static long to_long(const struct gv_graft_src *s, size_t b, size_t e)
{
	char tmp[24];
	size_t k = e - b < sizeof tmp - 1 ? e - b : sizeof tmp - 1;
	memcpy(tmp, s->d + b, k);
	tmp[k] = '\0';
	return strtol(tmp, NULL, 10);
}

/* At i a number: when it starts "N G R", the object N and *end after R. */
static int ref_at(const struct gv_graft_src *s, size_t i, size_t *end)
{
	size_t e1 = token_end(s, i);
	if (!is_int(s, i, e1) || s->d[i] == '-' || s->d[i] == '+')
		return 0;
	size_t g = skip_ws(s, e1);
	size_t e2 = token_end(s, g);
	if (g == e1 || !is_int(s, g, e2))
		return 0;
	size_t r = skip_ws(s, e2);
	if (r == e2 || r >= s->n || s->d[r] != 'R' || (r + 1 < s->n && !is_ws(s->d[r + 1]) &&
							    !is_delim(s->d[r + 1])))
		return 0;
	*end = r + 1;
	long num = to_long(s, i, e1);
	return num > 0 && num < s->nobj ? (int)num : -1;
}

/* The end of the literal string whose '(' is at i, 0 when unterminated. */
static size_t string_end(const struct gv_graft_src *s, size_t i)
{
	int depth = 0;
	for (; i < s->n; i++) {
		char c = s->d[i];
		if (c == '\\')
			i++;
		else if (c == '(')
			depth++;
		else if (c == ')' && --depth == 0)
			return i + 1;
	}
	return 0;
}

/* The end of the value at i (after white space), 0 when malformed. */
static size_t value_end(const struct gv_graft_src *s, size_t i, int depth)
{
	i = skip_ws(s, i);
	if (i >= s->n || depth > MAX_DEPTH)
		return 0;
	char c = s->d[i];
	if (c == '(')
		return string_end(s, i);
	if (c == '<' && i + 1 < s->n && s->d[i + 1] == '<') {
		for (i += 2;;) {
			i = skip_ws(s, i);
			if (i + 1 < s->n && s->d[i] == '>' && s->d[i + 1] == '>')
				return i + 2;
			if (i >= s->n || s->d[i] != '/')
				return 0;
			i = token_end(s, i + 1);
			if (!(i = value_end(s, i, depth + 1)))
				return 0;
		}
	}
	if (c == '<') {
		const char *gt = memchr(s->d + i, '>', s->n - i);
		return gt ? (size_t)(gt - s->d) + 1 : 0;
	}
	if (c == '[') {
		for (i++;;) {
			i = skip_ws(s, i);
			if (i < s->n && s->d[i] == ']')
				return i + 1;
			if (!(i = value_end(s, i, depth + 1)))
				return 0;
		}
	}
	if (c == '/')
		return token_end(s, i + 1);
	if (is_delim(c))
		return 0;
	size_t end;
	if (ref_at(s, i, &end))
		return end;
	return token_end(s, i);
}

/* The value of key (as "/Name") in the dictionary at v, {0, 0} if none. */
static struct span dict_get(const struct gv_graft_src *s, struct span v, const char *key)
{
	size_t i = skip_ws(s, v.b), kl = strlen(key);
	if (i + 1 >= v.e || s->d[i] != '<' || s->d[i + 1] != '<')
		return (struct span){0, 0};
	for (i += 2;;) {
		i = skip_ws(s, i);
		if (i >= v.e || s->d[i] != '/')
			return (struct span){0, 0};
		size_t ke = token_end(s, i + 1);
		size_t ve = value_end(s, ke, 0);
		if (!ve || ve > v.e)
			return (struct span){0, 0};
		if (ke - i == kl && !memcmp(s->d + i, key, kl))
			return (struct span){skip_ws(s, ke), ve};
		i = ve;
	}
}

static bool span_is(const struct gv_graft_src *s, struct span v, const char *word)
{
	size_t l = strlen(word);
	return v.e - v.b == l && !memcmp(s->d + v.b, word, l);
}

/* ---- objects ---------------------------------------------------------- */

/* Object num's value, and in *stream where its stream's data starts (0 if
 * it has none). */
static bool object(const struct gv_graft_src *s, int num, struct span *v, size_t *stream)
{
	if (num <= 0 || num >= s->nobj || !s->off[num])
		return false;
	size_t i = s->off[num] - 1, e = token_end(s, i);
	if (!is_int(s, i, e) || to_long(s, i, e) != num)
		return false;
	i = token_end(s, skip_ws(s, e));
	i = skip_ws(s, i);
	if (i + 3 > s->n || memcmp(s->d + i, "obj", 3))
		return false;
	v->b = skip_ws(s, i + 3);
	if (!(v->e = value_end(s, v->b, 0)))
		return false;
	size_t k = skip_ws(s, v->e);
	*stream = 0;
	if (k + 6 <= s->n && !memcmp(s->d + k, "stream", 6)) {
		k += 6;
		if (k < s->n && s->d[k] == '\r')
			k++;
		if (k < s->n && s->d[k] == '\n')
			k++;
		*stream = k;
	}
	return true;
}

/* A value, following a reference to what it names. */
static bool resolve(const struct gv_graft_src *s, struct span v, struct span *out)
{
	size_t end;
	int r = v.b < v.e ? ref_at(s, v.b, &end) : 0;
	size_t st;
	if (r < 0)
		return false;
	if (!r) {
		*out = v;
		return v.b < v.e;
	}
	return object(s, r, out, &st);
}

static bool number(const struct gv_graft_src *s, struct span v, double *x)
{
	struct span r;
	if (!resolve(s, v, &r))
		return false;
	char tmp[40];
	size_t k = r.e - r.b;
	if (!k || k >= sizeof tmp)
		return false;
	memcpy(tmp, s->d + r.b, k);
	tmp[k] = '\0';
	char *end;
	*x = strtod(tmp, &end);
	return *end == '\0';
}

/* A stream's data: object num's, its length from /Length. */
static bool stream_data(const struct gv_graft_src *s, int num, struct span *dict, struct span *data)
{
	size_t st;
	double len;
	if (!object(s, num, dict, &st) || !st || !number(s, dict_get(s, *dict, "/Length"), &len) ||
	    len < 0 || len > (double)(s->n - st))
		return false;
	*data = (struct span){st, st + (size_t)len};
	size_t k = skip_ws(s, data->e);
	return k + 9 <= s->n && !memcmp(s->d + k, "endstream", 9);
}

/* ---- cross-reference tables ------------------------------------------- */

static bool read_xref(struct gv_graft_src *s)
{
	size_t k = s->n > 1024 ? s->n - 1024 : 0;
	const char *sx = NULL;
	for (const char *q; (q = memmem(s->d + k, s->n - k, "startxref", 9)); k = (size_t)(q - s->d) + 1)
		sx = q;
	if (!sx)
		return false;
	size_t i = skip_ws(s, (size_t)(sx - s->d) + 9);
	long first_at = to_long(s, i, token_end(s, i));
	size_t at = first_at > 0 ? (size_t)first_at : s->n;
	for (int round = 0; round < MAX_PREV; round++) {
		if (at >= s->n || s->n - at < 4 || memcmp(s->d + at, "xref", 4))
			return false;  /* a cross-reference stream: not read here */
		if (!round)
			s->xref = at;
		i = at + 4;
		for (;;) {
			i = skip_ws(s, i);
			if (i + 7 <= s->n && !memcmp(s->d + i, "trailer", 7))
				break;
			size_t e = token_end(s, i);
			if (!is_int(s, i, e))
				return false;
			long first = to_long(s, i, e);
			i = skip_ws(s, e);
			e = token_end(s, i);
			if (!is_int(s, i, e))
				return false;
			long count = to_long(s, i, e);
			i = e;
			if (first < 0 || count < 0)
				return false;
			for (long j = 0; j < count; j++) {
				size_t b = skip_ws(s, i), e1 = token_end(s, b);
				size_t g = skip_ws(s, e1), e2 = token_end(s, g);
				size_t t = skip_ws(s, e2);
				if (!is_int(s, b, e1) && e1 - b != 10)
					return false;
				if (t >= s->n || (s->d[t] != 'n' && s->d[t] != 'f'))
					return false;
				long num = first + j, o = strtol(s->d + b, NULL, 10);
				if (s->d[t] == 'n' && num > 0 && num < s->nobj && !s->off[num] && o >= 0 &&
				    (size_t)o < s->n)
					s->off[num] = (size_t)o + 1;
				i = t + 1;
			}
		}
		struct span tr = {skip_ws(s, i + 7), 0};
		if (!(tr.e = value_end(s, tr.b, 0)))
			return false;
		if (!round)
			s->trailer = tr;
		if (dict_get(s, tr, "/Encrypt").e || dict_get(s, tr, "/XRefStm").e)
			return false;
		struct span prev = dict_get(s, tr, "/Prev");
		if (!prev.e)
			return true;
		long prev_at = to_long(s, prev.b, prev.e);
		at = prev_at > 0 ? (size_t)prev_at : s->n;
	}
	return false;
}

/* ---- pages ------------------------------------------------------------ */

struct inherit {
	struct span res;
	double box[4];
	bool has_box;
};

static bool box_of(const struct gv_graft_src *s, struct span v, double box[4])
{
	struct span a;
	if (!resolve(s, v, &a) || s->d[a.b] != '[')
		return false;
	size_t i = a.b + 1;
	for (int k = 0; k < 4; k++) {
		size_t b = skip_ws(s, i), e = value_end(s, b, 0);
		if (!e || e > a.e || !number(s, (struct span){b, e}, &box[k]))
			return false;
		i = e;
	}
	return box[2] > box[0] && box[3] > box[1];
}

/* True when a page's annotations (none is fine) are all links: Poppler
 * prints the appearance of the others (a filled form, a signature's stamp,
 * a note), which a copy of the content stream alone would lose. */
static bool only_links(const struct gv_graft_src *s, struct span annots)
{
	struct span a, v;
	if (!annots.e)
		return true;
	if (!resolve(s, annots, &a) || s->d[a.b] != '[')
		return false;
	for (size_t i = skip_ws(s, a.b + 1); i < a.e && s->d[i] != ']'; i = skip_ws(s, i)) {
		size_t end = value_end(s, i, 0);
		if (!end || end > a.e || !resolve(s, (struct span){i, end}, &v) ||
		    !span_is(s, dict_get(s, v, "/Subtype"), "/Link"))
			return false;
		i = end;
	}
	return true;
}

static bool walk(struct gv_graft_src *s, int num, struct inherit in, int depth)
{
	struct span v;
	size_t st;
	if (depth > MAX_DEPTH || ++s->visits > s->nobj || !object(s, num, &v, &st))
		return false;
	struct span r = dict_get(s, v, "/Resources");
	if (r.e)
		in.res = r;
	struct span mb = dict_get(s, v, "/MediaBox"), cb = dict_get(s, v, "/CropBox");
	if (mb.e && !(in.has_box = box_of(s, mb, in.box)))
		return false;
	if (cb.e && !(in.has_box = box_of(s, cb, in.box)))
		return false;
	double rot = 0;
	struct span ro = dict_get(s, v, "/Rotate");
	if (ro.e && (!number(s, ro, &rot) || rot != 0))
		return false;
	struct span kids = dict_get(s, v, "/Kids");
	if (kids.e) {
		struct span a;
		if (!resolve(s, kids, &a) || s->d[a.b] != '[')
			return false;
		for (size_t i = skip_ws(s, a.b + 1); i < a.e && s->d[i] != ']'; i = skip_ws(s, i)) {
			size_t end;
			int kid = ref_at(s, i, &end);
			if (kid <= 0 || !walk(s, kid, in, depth + 1))
				return false;
			i = end;
		}
		return true;
	}
	if (!only_links(s, dict_get(s, v, "/Annots")))
		return false;
	struct span c = dict_get(s, v, "/Contents");
	size_t end;
	int contents = c.e ? ref_at(s, c.b, &end) : 0;
	if (!in.res.e || !in.has_box || contents <= 0)
		return false;  /* no resources, no box, or not one content stream */
	struct gpage *pg = GV_PUSH(s->pages, s->n_pages);
	pg->res = in.res;
	int rr = ref_at(s, in.res.b, &end);
	pg->res_ref = rr > 0 ? rr : 0;
	memcpy(pg->box, in.box, sizeof pg->box);
	pg->contents = contents;
	return true;
}

static struct gv_graft_src *src_read(char *d, size_t n)
{
	struct gv_graft_src *s = gv_calloc(1, sizeof *s);
	s->d = d;
	s->n = n;
	/* /Size bounds the objects; read from the last trailer after the tables */
	s->nobj = 0;
	const char *tr = NULL;
	for (size_t k = n > 4096 ? n - 4096 : 0; k < n;) {
		const char *q = memmem(d + k, n - k, "/Size", 5);
		if (!q)
			break;
		tr = q;
		k = (size_t)(q - d) + 1;
	}
	long size = tr ? strtol(tr + 5, NULL, 10) : 0;
	if (size <= 0 || (size_t)size > n) {
		free(s);
		return NULL;
	}
	s->nobj = (int)size;
	s->off = calloc((size_t)size, sizeof *s->off);
	struct span root_v, cat;
	size_t st, end;
	int root = 0, pages = 0;
	if (s->off && read_xref(s)) {
		root_v = dict_get(s, s->trailer, "/Root");
		root = root_v.e ? ref_at(s, root_v.b, &end) : 0;
	}
	if (root > 0 && object(s, root, &cat, &st)) {
		struct span pv = dict_get(s, cat, "/Pages");
		pages = pv.e ? ref_at(s, pv.b, &end) : 0;
	}
	if (pages <= 0 || !walk(s, pages, (struct inherit){0}, 0) || !s->n_pages) {
		free(s->off);
		free(s->pages);
		free(s);
		return NULL;
	}
	return s;
}

struct gv_graft_src *gv_graft_open(const char *data, size_t len)
{
	char *d = malloc(len + 1);
	if (!d)
		return NULL;
	memcpy(d, data, len);
	d[len] = '\0';
	struct gv_graft_src *s = src_read(d, len);
	if (!s)
		free(d);
	return s;
}

int gv_graft_pages(const struct gv_graft_src *s)
{
	return s->n_pages;
}

void gv_graft_box(const struct gv_graft_src *s, int i, double box[4])
{
	memcpy(box, s->pages[i].box, 4 * sizeof *box);
}

void gv_graft_close(struct gv_graft_src *s)
{
	if (!s)
		return;
	free(s->d);
	free(s->off);
	free(s->pages);
	free(s);
}

/* ---- copying ---------------------------------------------------------- */

struct xent {
	int num;
	size_t off;
};

struct update {
	struct gv_buf *out;
	size_t base;          /* where the package starts in out */
	int next;             /* the next free object number */
	struct xent *x;
	size_t nx;
};

static void xref_add(struct update *u, int num)
{
	*GV_PUSH(u->x, u->nx) = (struct xent){num, u->out->len - u->base};
}

/* One source's objects as copied into the package: old number to new. */
struct copier {
	const struct gv_graft_src *s;
	int *map;
	int *queue;
	size_t nq;
};

static int map_ref(struct copier *c, struct update *u, int old)
{
	if (!c->map[old]) {
		c->map[old] = u->next++;
		*GV_PUSH(c->queue, c->nq) = old;
	}
	return c->map[old];
}

/* The bytes of v with every reference renumbered (a dangling one is null). */
static void emit_value(struct copier *c, struct update *u, struct span v)
{
	const struct gv_graft_src *s = c->s;
	size_t i = v.b, from = v.b;
	while (i < v.e) {
		char ch = s->d[i];
		if (ch == '(') {
			size_t e = string_end(s, i);
			i = e && e <= v.e ? e : v.e;
		} else if (ch == '<' && i + 1 < v.e && s->d[i + 1] == '<') {
			i += 2;
		} else if (ch == '<') {
			const char *gt = memchr(s->d + i, '>', v.e - i);
			i = gt ? (size_t)(gt - s->d) + 1 : v.e;
		} else if ((ch >= '0' && ch <= '9') && (i == v.b || is_ws(s->d[i - 1]) ||
							 is_delim(s->d[i - 1]))) {
			size_t end;
			int r = ref_at(s, i, &end);
			if (r && end <= v.e) {
				gv_buf_add(u->out, s->d + from, i - from);
				if (r > 0 && s->off[r])
					gv_buf_printf(u->out, "%d 0 R", map_ref(c, u, r));
				else
					gv_buf_puts(u->out, "null");
				i = from = end;
			} else
				i = token_end(s, i);
		} else if (ch == '%') {
			while (i < v.e && s->d[i] != '\n' && s->d[i] != '\r')
				i++;
		} else if (!is_ws(ch) && !is_delim(ch))
			i = token_end(s, i);
		else
			i++;
	}
	gv_buf_add(u->out, s->d + from, v.e - from);
}

/* Copy the objects queued, and those they name, once each. */
static bool drain(struct copier *c, struct update *u)
{
	const struct gv_graft_src *s = c->s;
	for (size_t q = 0; q < c->nq; q++) {
		int old = c->queue[q];
		struct span v, data;
		size_t st;
		if (!object(s, old, &v, &st))
			return false;
		xref_add(u, c->map[old]);
		gv_buf_printf(u->out, "%d 0 obj\n", c->map[old]);
		if (st) {
			if (!stream_data(s, old, &v, &data))
				return false;
			emit_value(c, u, v);
			gv_buf_puts(u->out, "\nstream\n");
			gv_buf_add(u->out, s->d + data.b, data.e - data.b);
			gv_buf_puts(u->out, "\nendstream\nendobj\n");
		} else {
			emit_value(c, u, v);
			gv_buf_puts(u->out, "\nendobj\n");
		}
	}
	c->nq = 0;
	return true;
}

/* Page i of the source as a form XObject; its number. */
static int form(struct copier *c, struct update *u, int i)
{
	const struct gv_graft_src *s = c->s;
	const struct gpage *pg = &s->pages[i];
	struct span dict, data;
	if (!stream_data(s, pg->contents, &dict, &data))
		return 0;
	int num = u->next++;
	xref_add(u, num);
	gv_buf_printf(u->out, "%d 0 obj\n<< /Type /XObject /Subtype /Form /BBox [%g %g %g %g] /Resources ",
		      num, pg->box[0], pg->box[1], pg->box[2], pg->box[3]);
	emit_value(c, u, pg->res);
	const char *keys[] = {"/Filter", "/DecodeParms"};
	for (size_t k = 0; k < 2; k++) {
		struct span f = dict_get(s, dict, keys[k]);
		if (f.e) {
			gv_buf_printf(u->out, " %s ", keys[k]);
			emit_value(c, u, f);
		}
	}
	gv_buf_printf(u->out, " /Length %zu >>\nstream\n", data.e - data.b);
	gv_buf_add(u->out, s->d + data.b, data.e - data.b);
	gv_buf_puts(u->out, "\nendstream\nendobj\n");
	return drain(c, u) ? num : 0;
}

/* ---- the package's side ----------------------------------------------- */

static bool inflate_all(const char *in, size_t n, struct gv_buf *out)
{
	z_stream z = {0};
	if (inflateInit(&z) != Z_OK)
		return false;
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	char chunk[16384];
	int rc;
	do {
		z.next_out = (Bytef *)chunk;
		z.avail_out = sizeof chunk;
		rc = inflate(&z, Z_NO_FLUSH);
		gv_buf_add(out, chunk, sizeof chunk - z.avail_out);
	} while (rc == Z_OK);
	inflateEnd(&z);
	return rc == Z_STREAM_END;
}

/* Page target's content stream again, with the form drawn in its "Part". */
static bool content(const struct gv_graft_src *pkg, struct update *u, const struct gpage *pg,
		    const struct gv_graft_place *pl, int form_num)
{
	struct span dict, data;
	if (!stream_data(pkg, pg->contents, &dict, &data))
		return false;
	struct span f = dict_get(pkg, dict, "/Filter");
	struct gv_buf plain = GV_BUF_INIT;
	bool ok = true;
	if (!f.e)
		gv_buf_add(&plain, pkg->d + data.b, data.e - data.b);
	else
		ok = span_is(pkg, f, "/FlateDecode") && !dict_get(pkg, dict, "/DecodeParms").e &&
		     inflate_all(pkg->d + data.b, data.e - data.b, &plain);
	/* the page's last "Part" (the caption before it is text, which may
	 * spell anything), and the end of its marked content */
	const char *part = NULL;
	for (const char *q = plain.data; ok && plain.len && (q = memmem(q, plain.len - (size_t)(q - plain.data),
							   "/Part << /MCID ", 15)); q++)
		part = q;
	const char *emc = part ? memmem(part, plain.len - (size_t)(part - plain.data), "\nEMC", 4) : NULL;
	if (emc)
		emc++;
	if (!emc) {
		gv_buf_free(&plain);
		return false;
	}
	struct gv_buf s = GV_BUF_INIT;
	gv_buf_add(&s, plain.data, (size_t)(emc - plain.data));
	gv_buf_printf(&s, "q %.4f %.4f %.4f %.4f re W n %.6f %.6f %.6f %.6f %.4f %.4f cm"
		      " 0 g 0 G 1 w 0 J 0 j [] 0 d 10 M /GvGraft%d Do Q\n",
		      pl->clip[0], pl->clip[1], pl->clip[2], pl->clip[3], pl->m[0], pl->m[1], pl->m[2],
		      pl->m[3], pl->m[4], pl->m[5], form_num);
	gv_buf_add(&s, emc, plain.len - (size_t)(emc - plain.data));
	gv_buf_free(&plain);
	uLongf zl = compressBound((uLong)s.len);
	char *z = malloc(zl);
	ok = z && compress2((Bytef *)z, &zl, (const Bytef *)s.data, (uLong)s.len, 6) == Z_OK;
	if (ok) {
		xref_add(u, pg->contents);
		gv_buf_printf(u->out, "%d 0 obj\n<< /Length %lu /Filter /FlateDecode >>\nstream\n",
			      pg->contents, (unsigned long)zl);
		gv_buf_add(u->out, z, zl);
		gv_buf_puts(u->out, "\nendstream\nendobj\n");
	}
	free(z);
	gv_buf_free(&s);
	return ok;
}

/* The page's resources again, naming its form. */
static bool resources(const struct gv_graft_src *pkg, struct update *u, const struct gpage *pg,
		      int form_num)
{
	struct span v;
	size_t st;
	if (!pg->res_ref || !object(pkg, pg->res_ref, &v, &st) || st)
		return false;
	struct span x = dict_get(pkg, v, "/XObject");
	size_t at;
	char entry[64];
	if (x.e) {
		if (pkg->d[x.b] != '<')
			return false;  /* a reference: render/pdf_file.c writes it in place */
		at = x.b + 2;
		snprintf(entry, sizeof entry, " /GvGraft%d %d 0 R ", form_num, form_num);
	} else {
		at = skip_ws(pkg, v.b) + 2;
		snprintf(entry, sizeof entry, " /XObject << /GvGraft%d %d 0 R >> ", form_num, form_num);
	}
	xref_add(u, pg->res_ref);
	gv_buf_printf(u->out, "%d 0 obj\n", pg->res_ref);
	gv_buf_add(u->out, pkg->d + v.b, at - v.b);
	gv_buf_puts(u->out, entry);
	gv_buf_add(u->out, pkg->d + at, v.e - at);
	gv_buf_puts(u->out, "\nendobj\n");
	return true;
}

static int xent_cmp(const void *a, const void *b)
{
	const struct xent *x = a, *y = b;
	return (x->num > y->num) - (x->num < y->num);
}

static bool finish(const struct gv_graft_src *pkg, struct update *u)
{
	qsort(u->x, u->nx, sizeof *u->x, xent_cmp);
	for (size_t i = 1; i < u->nx; i++)
		if (u->x[i].num == u->x[i - 1].num)
			return false;  /* a page's stream or resources twice */
	size_t xref = u->out->len - u->base;
	gv_buf_puts(u->out, "xref\n");
	for (size_t i = 0; i < u->nx;) {
		size_t j = i + 1;
		while (j < u->nx && u->x[j].num == u->x[j - 1].num + 1)
			j++;
		gv_buf_printf(u->out, "%d %zu\n", u->x[i].num, j - i);
		for (; i < j; i++)
			gv_buf_printf(u->out, "%010zu 00000 n \n", u->x[i].off);
	}
	gv_buf_printf(u->out, "trailer\n<< /Size %d", u->next);
	const char *keys[] = {"/Root", "/Info", "/ID"};
	for (size_t k = 0; k < 3; k++) {
		struct span v = dict_get(pkg, pkg->trailer, keys[k]);
		if (v.e) {
			gv_buf_printf(u->out, " %s ", keys[k]);
			gv_buf_add(u->out, pkg->d + v.b, v.e - v.b);
		}
	}
	gv_buf_printf(u->out, " /Prev %zu >>\nstartxref\n%zu\n%%%%EOF\n", pkg->xref, xref);
	return true;
}

int gv_graft_apply(struct gv_buf *out, size_t start, const struct gv_graft_place *pl, size_t n)
{
	if (!n)
		return 0;
	/* the package as written so far, read with the same reader */
	char *copy = malloc(out->len - start + 1);
	if (!copy)
		return -1;
	memcpy(copy, out->data + start, out->len - start);
	copy[out->len - start] = '\0';
	struct gv_graft_src *pkg = src_read(copy, out->len - start);
	if (!pkg) {
		free(copy);
		return -1;
	}
	size_t was = out->len;
	struct update u = {out, start, pkg->nobj, NULL, 0};
	gv_buf_putc(out, '\n');
	bool ok = true;
	struct copier c = {0};
	for (size_t i = 0; i < n && ok; i++) {
		if (pl[i].target < 1 || pl[i].target > pkg->n_pages) {
			ok = false;
			break;
		}
		if (c.s != pl[i].src) {  /* each source's objects are copied once */
			free(c.map);
			c = (struct copier){.s = pl[i].src, .queue = c.queue};
			c.map = gv_calloc((size_t)pl[i].src->nobj, sizeof *c.map);
		}
		int f = c.map ? form(&c, &u, pl[i].page) : 0;
		const struct gpage *pg = &pkg->pages[pl[i].target - 1];
		ok = f && content(pkg, &u, pg, &pl[i], f) && resources(pkg, &u, pg, f);
	}
	ok = ok && finish(pkg, &u);
	free(c.map);
	free(c.queue);
	free(u.x);
	gv_graft_close(pkg);
	if (!ok) {
		out->len = was;
		return -1;
	}
	return 0;
}
