/* UTF-8 text: validation, folding for matching, slugs, trimming. */
#ifndef GAVEL_TEXT_H
#define GAVEL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when s[0..n) is well-formed UTF-8 with no NUL byte. */
bool gv_utf8_valid(const char *s, size_t n);

/* Decode one code point at *p and advance *p; returns -1 (and skips one byte)
 * on a malformed sequence. */
int32_t gv_utf8_next(const char **p);

/* Number of code points (terminal columns for the scripts gavel expects). */
size_t gv_utf8_len(const char *s);

/* A copy of s lowercased with Latin diacritics removed ("Côté" -> "cote"),
 * for matching names and building slugs. Caller frees. */
char *gv_fold(const char *s);

/* "Regular Council — Comité" -> "regular-council-comite". Caller frees;
 * the result may be empty when s has no letters or digits. */
char *gv_slugify(const char *s);

/* A copy of s without leading and trailing whitespace. Caller frees. */
char *gv_trim(const char *s);

/* True if s contains a control character (C0, DEL or C1): not allowed in
 * one-line fields such as names and titles. */
bool gv_has_control(const char *s);

/* Check a one-line user field: valid UTF-8, no control characters, not
 * empty after trimming, at most max bytes. what names the field in errors. */
struct gv_err;
int gv_check_line(const char *s, const char *what, size_t max, struct gv_err *err);

/* Replace every "[redact]...[/redact]" span by "[redacted]" (public copies;
 * docs/safety.md, "Redaction"). The markers are case-insensitive; a span
 * inside a span ends at the outer closing marker; an unclosed [redact]
 * hides the rest of the text. Caller frees. */
char *gv_redact(const char *s);



/* A copy of a markdown block without leading blank lines, trailing
 * whitespace, or carriage returns before newlines. Caller frees. */
char *gv_trim_block(const char *s);

#endif
