/* Helpers shared by the fuzz targets: the input as a C string or as lines
 * of tab-separated fields, and checks that abort (libFuzzer and the replay
 * both count an abort as a failure) when an output breaks its format. */
#ifndef GAVEL_FUZZ_H
#define GAVEL_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a NUL-terminated string (a NUL byte inside ends it early,
 * as it would for the C string a caller passes). Caller frees. */
static inline char *fz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* An oracle failed: say which, with the offending output, and crash. */
static inline void fz_fail(const char *what, const char *file, int line, const char *out)
{
	fprintf(stderr, "fuzz check failed: %s (%s:%d)\n--- output\n%s\n---\n", what, file, line,
		out ? out : "(null)");
	abort();
}

#define FZ_CHECK(cond, out)                                          \
	do {                                                         \
		if (!(cond))                                         \
			fz_fail(#cond, __FILE__, __LINE__, (out)); \
	} while (0)

/* Lines of the input, each split into tab-separated fields. */
struct fz_lines {
	char *text;   /* the input, cut in place */
	char *next;   /* start of the next line, NULL at the end */
};

static inline void fz_lines_init(struct fz_lines *l, const uint8_t *data, size_t size)
{
	l->text = fz_cstr(data, size);
	l->next = l->text;
}

static inline void fz_lines_free(struct fz_lines *l)
{
	free(l->text);
}

/* The next line (without its newline), NULL at the end. Owned by l. */
static inline char *fz_line(struct fz_lines *l)
{
	char *s = l->next;
	if (!s || (!*s && s != l->text))
		return NULL;
	char *nl = strchr(s, '\n');
	if (nl) {
		*nl = '\0';
		l->next = nl + 1;
	} else {
		l->next = NULL;
	}
	return s;
}

/* Split line at tabs into at most max fields (the last keeps any further
 * tabs); missing fields are "". Returns how many the line had. */
static inline int fz_fields(char *line, char **f, int max)
{
	int n = 0;
	while (n < max) {
		f[n++] = line;
		char *tab = n < max ? strchr(line, '\t') : NULL;
		if (!tab)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	int had = n;
	while (n < max)
		f[n++] = "";
	return had;
}

/* The number in s clamped to [lo, hi]; lo when s holds none. */
static inline int64_t fz_num(const char *s, int64_t lo, int64_t hi)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (end == s || v < lo)
		return lo;
	return v > hi ? hi : v;
}

/* One of the n strings, by the number in s (NULL when s asks for index n). */
static inline const char *fz_pick(const char *s, const char *const *v, size_t n, bool or_null)
{
	int64_t i = fz_num(s, 0, (int64_t)(or_null ? n : n - 1));
	return (size_t)i < n ? v[i] : NULL;
}

/* Copy s with each "\n" (backslash, n) made a line break: fields are one
 * line of the input, the texts they stand for need not be. Caller frees. */
static inline char *fz_unescape(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	if (!out)
		abort();
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] == 'n') {
			*o++ = '\n';
			s++;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
	return out;
}

/* ---- a strict JSON reader (RFC 8259), for the writers' output ---- */

struct fz_json {
	const char *p, *end;
	int depth;
};

static bool fz_json_value(struct fz_json *j);

static inline void fz_json_ws(struct fz_json *j)
{
	while (j->p < j->end && strchr(" \t\r\n", *j->p) && *j->p)
		j->p++;
}

static inline bool fz_json_lit(struct fz_json *j, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, lit, n))
		return false;
	j->p += n;
	return true;
}

static inline bool fz_json_string(struct fz_json *j)
{
	if (j->p >= j->end || *j->p != '"')
		return false;
	for (j->p++; j->p < j->end; j->p++) {
		unsigned char c = (unsigned char)*j->p;
		if (c == '"') {
			j->p++;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c != '\\')
			continue;
		if (++j->p >= j->end)
			return false;
		if (*j->p == 'u') {
			for (int k = 0; k < 4; k++)
				if (++j->p >= j->end || !strchr("0123456789abcdefABCDEF", *j->p) ||
				    !*j->p)
					return false;
		} else if (!strchr("\"\\/bfnrt", *j->p) || !*j->p) {
			return false;
		}
	}
	return false;
}

static inline bool fz_json_number(struct fz_json *j)
{
	const char *s = j->p;
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end || *j->p < '0' || *j->p > '9')
		return false;
	if (*j->p == '0')
		j->p++;
	else
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	return j->p > s;
}

static inline bool fz_json_seq(struct fz_json *j, char close, bool object)
{
	j->p++;
	fz_json_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return true;
	}
	for (;;) {
		if (object) {
			if (!fz_json_string(j))
				return false;
			fz_json_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return false;
		}
		if (!fz_json_value(j))
			return false;
		fz_json_ws(j);
		if (j->p >= j->end)
			return false;
		char c = *j->p++;
		if (c == close)
			return true;
		if (c != ',')
			return false;
		fz_json_ws(j);
	}
}

static bool fz_json_value(struct fz_json *j)
{
	fz_json_ws(j);
	if (j->p >= j->end || ++j->depth > 64)
		return false;
	bool ok;
	switch (*j->p) {
	case '{': ok = fz_json_seq(j, '}', true); break;
	case '[': ok = fz_json_seq(j, ']', false); break;
	case '"': ok = fz_json_string(j); break;
	case 't': ok = fz_json_lit(j, "true"); break;
	case 'f': ok = fz_json_lit(j, "false"); break;
	case 'n': ok = fz_json_lit(j, "null"); break;
	default: ok = fz_json_number(j);
	}
	j->depth--;
	return ok;
}

/* True when s is one JSON document (surrounding white space allowed). */
static inline bool fz_json_valid(const char *s)
{
	struct fz_json j = {s, s + strlen(s), 0};
	if (!fz_json_value(&j))
		return false;
	fz_json_ws(&j);
	return j.p == j.end;
}

#endif
