/* Links into the recording of a meeting: the minutes and the agenda package
 * link each item to its moment in the video. */
#ifndef GAVEL_RENDER_WATCH_H
#define GAVEL_RENDER_WATCH_H

#include <stdint.h>

struct gv_buf;

/* A link to offset_ms into the recording at url: YouTube's t= parameter for
 * YouTube addresses, a #t= media fragment for others. Caller frees. */
char *gv_video_link(const char *url, int64_t offset_ms);

/* "Watch this item in the recording (from 0:09:00)", the words of a link to
 * an item's moment offset_ms into the recording. */
void gv_watch_words(struct gv_buf *b, int64_t offset_ms);
/* A paragraph linking to offset_ms into the recording at stream_url (an
 * http(s) URL; YouTube t=, else a #t= media fragment). */
void gv_html_watch_link(struct gv_buf *b, const char *stream_url, int64_t offset_ms);

#endif
