/* UTF-8 text: validation, folding for matching, slugs, trimming. */
#ifndef GAVEL_TEXT_H
#define GAVEL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_buf;

/* True when s[0..n) is well-formed UTF-8 with no NUL byte. */
bool gv_utf8_valid(const char *s, size_t n);

/* Decode one code point at *p and advance *p; returns -1 (and skips one byte)
 * where no well-formed sequence starts: whatever gv_utf8_valid refuses,
 * overlong forms and surrogates included. */
int32_t gv_utf8_next(const char **p);

/* Append code point cp as UTF-8. */
void gv_utf8_put(struct gv_buf *b, int32_t cp);

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

/* The rule of every text field (docs/safety.md, "Text fields"): no C0
 * control character but TAB and LF, no DEL, no C1 control (U+0080 to
 * U+009F), no bidirectional embedding, override or isolate character
 * (U+202A to U+202E, U+2066 to U+2069). True when cp breaks it. */
bool gv_char_unsafe(int32_t cp);

/* The short name of a character gv_char_unsafe refuses or of a line break
 * ("ESC", "NEL", "RLO", "LS"); "" for any other. */
const char *gv_char_name(int32_t cp);

struct gv_err;
/* The one check of the characters of a text field, which every store of
 * text reaches: valid UTF-8, nothing gv_char_unsafe refuses, and, when
 * one_line, no tab or line break (LF, CR, U+2028, U+2029) either. A block
 * may hold CR only where a line ends (CRLF, which gv_trim_block makes LF).
 * Refused naming the field (what: "item title"), the character and, in a
 * block, its line. */
int gv_check_chars(const char *s, bool one_line, const char *what, struct gv_err *err);

/* Check a one-line user field: gv_check_chars, not empty after trimming, at
 * most max bytes. what names the field in errors. */
int gv_check_line(const char *s, const char *what, size_t max, struct gv_err *err);

/* A copy of s with every character gv_char_unsafe refuses made visible as
 * its JSON escape ("\u001b", "\u202e") and every byte that is not UTF-8 as
 * U+FFFD, so that stored text never reaches a terminal raw. A CR right
 * before LF stays: a line end of CSV or iCalendar. Caller frees. */
char *gv_visible(const char *s);

/* gv_visible for s[0..n) appended to b, for a stream that sees text in
 * pieces: unless `complete`, a character cut by the end of the piece (or
 * a CR that ends it, which may begin a CRLF) is left out, and the number of
 * its bytes (at most 3) returned, for the caller to give again at the start
 * of the next piece. */
size_t gv_visible_add(struct gv_buf *b, const char *s, size_t n, bool complete);

/* Replace every "[redact]...[/redact]" span by "[redacted]" (public copies;
 * docs/safety.md, "Redaction"). The markers are case-insensitive; a span
 * inside a span ends at the outer closing marker; an unclosed [redact]
 * hides the rest of the text. Caller frees. */
char *gv_redact(const char *s);
/* text with every passage that model redacts (a [redact] span's text,
 * found verbatim in text) put inside [redact] markers too: a copy of
 * earlier text hides what the current text hides. Caller frees. */
char *gv_redact_as(const char *text, const char *model);



/* A copy of a markdown block without leading blank lines, trailing
 * whitespace, or carriage returns before newlines. Caller frees. */
char *gv_trim_block(const char *s);

#endif
