/* A stream that makes stored text safe to show: whatever is written to it
 * reaches the stream under it with every character no text field may hold
 * made visible (gv_visible_add), so that nothing written through it can
 * move a terminal's cursor, retitle its window or reorder its text. */
#ifndef GAVEL_VISIBLE_STREAM_H
#define GAVEL_VISIBLE_STREAM_H

#include <stdio.h>

/* A stream writing to `to` through gv_visible_add, buffered as `to` is
 * (line by line on a terminal). fclose flushes it, then `to`, and leaves
 * `to` open; it fails when writing to `to` failed. NULL when the stream
 * cannot be made (errno set). */
FILE *gv_visible_stream(FILE *to);

#endif
