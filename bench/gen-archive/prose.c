#include "bench/gen-archive/prose.h"

#include "bench/gen-archive/vocab.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

void prose_start(struct prose *p, struct rng *r, int year, int month)
{
	*p = (struct prose){.rng = r, .year = year, .month = month};
}

static const char *fixed_pick(struct prose *p, const struct vocab *v)
{
	for (size_t i = 0; i < p->n_fixed; i++)
		if (p->fixed_list[i] == v)
			return p->fixed_word[i];
	const char *w = rng_pick(p->rng, v->words, v->n);
	if (p->n_fixed < PROSE_FIXED_MAX) {
		p->fixed_list[p->n_fixed] = v;
		p->fixed_word[p->n_fixed++] = w;
	}
	return w;
}

/* Dollars with thousands separators: "$1,284,600". */
static void dollars(struct gv_buf *out, long v)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%ld", v);
	gv_buf_putc(out, '$');
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			gv_buf_putc(out, ',');
		gv_buf_putc(out, digits[i]);
	}
}

static bool is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && !strncmp(name, want, len);
}

/* Fill slot name[0..len) into out; false when there is no such slot. */
static bool fill(struct prose *p, struct gv_buf *out, const char *name, size_t len)
{
	struct rng *r = p->rng;
	bool fresh = len && name[len - 1] == '*';
	const struct vocab *v = vocab_find(name, fresh ? len - 1 : len);
	if (v) {
		gv_buf_puts(out, fresh ? rng_pick(r, v->words, v->n) : fixed_pick(p, v));
	} else if (is(name, len, "year")) {
		gv_buf_printf(out, "%d", p->year);
	} else if (is(name, len, "nextyear")) {
		gv_buf_printf(out, "%d", p->year + 1);
	} else if (is(name, len, "lastyear")) {
		gv_buf_printf(out, "%d", p->year - rng_range(r, 1, 5));
	} else if (is(name, len, "oldyear")) {
		gv_buf_printf(out, "%d", rng_range(r, 1952, 1998));
	} else if (is(name, len, "date")) {
		int m = p->month > 1 ? rng_range(r, 1, p->month - 1) : 1;
		gv_buf_printf(out, "%s %d, %d", vocab_month(m), rng_range(r, 1, 28),
			      p->month > 1 ? p->year : p->year - 1);
	} else if (is(name, len, "amount")) {
		dollars(out, rng_range(r, 25, 490) * 10000L);
	} else if (is(name, len, "cost")) {
		dollars(out, rng_range(r, 12, 480) * 1000L + rng_range(r, 0, 9) * 100L);
	} else if (is(name, len, "small")) {
		dollars(out, rng_range(r, 8, 240));
	} else if (is(name, len, "percent")) {
		gv_buf_printf(out, "%d.%d%%", rng_range(r, 1, 18), rng_range(r, 0, 9));
	} else if (is(name, len, "count")) {
		gv_buf_printf(out, "%d", rng_range(r, 3, 14));
	} else if (is(name, len, "ward")) {
		if (!p->ward)
			p->ward = rng_range(r, 1, 5);
		gv_buf_printf(out, "%d", p->ward);
	} else if (is(name, len, "subject") && p->subject) {
		prose_put(p, out, p->subject);
	} else if (is(name, len, "thing") && p->thing) {
		prose_put(p, out, p->thing);
	} else if (is(name, len, "director")) {
		prose_put(p, out, p->director ? p->director : "Chief Administrative Officer");
	} else if (is(name, len, "code") && p->code) {
		gv_buf_puts(out, p->code);
	} else {
		return false;
	}
	return true;
}

void prose_put(struct prose *p, struct gv_buf *out, const char *tmpl)
{
	for (const char *s = tmpl; *s;) {
		const char *open = strchr(s, '{');
		const char *close = open ? strchr(open, '}') : NULL;
		if (!close) {
			gv_buf_puts(out, s);
			return;
		}
		gv_buf_add(out, s, (size_t)(open - s));
		if (!fill(p, out, open + 1, (size_t)(close - open - 1)))
			gv_buf_add(out, open, (size_t)(close - open + 1));
		s = close + 1;
	}
}

char *prose_str(struct prose *p, const char *tmpl)
{
	struct gv_buf b = GV_BUF_INIT;
	prose_put(p, &b, tmpl);
	return gv_buf_detach(&b);
}

void prose_paragraph(struct prose *p, struct gv_buf *out, const char *const *sentences,
		     size_t n_sentences, int n)
{
	size_t last = n_sentences;
	for (int i = 0; i < n; i++) {
		size_t k = rng_next(p->rng) % n_sentences;
		if (k == last)
			k = (k + 1) % n_sentences;
		last = k;
		if (i)
			gv_buf_putc(out, ' ');
		prose_put(p, out, sentences[k]);
	}
	gv_buf_puts(out, "\n\n");
}

size_t prose_words(const char *s)
{
	size_t n = 0;
	bool in = false;
	for (; *s; s++) {
		bool space = *s == ' ' || *s == '\n' || *s == '\t';
		if (!space && !in)
			n++;
		in = !space;
	}
	return n;
}
