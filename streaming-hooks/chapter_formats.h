/* Chapter markers written in the forms video platforms and players read
 * (docs/formats.md, "Chapters" and one section a format). */
#ifndef GAVEL_CHAPTER_FORMATS_H
#define GAVEL_CHAPTER_FORMATS_H

#include "live/chapters.h"

struct gv_buf;
struct gv_err;

/* format: youtube, webvtt, ffmetadata, podcast, matroska. YouTube needs
 * three chapters of at least ten seconds (shorter ones merge into the one
 * before): fewer is refused, saying why. */
int gv_chapters_write(const struct gv_chapters *c, const char *format, struct gv_buf *out,
		      struct gv_err *err);

#endif
