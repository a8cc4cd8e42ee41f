/* Links into the recording of a meeting: the minutes and the agenda package
 * link each item to its moment in the video. */
#ifndef GAVEL_RENDER_WATCH_H
#define GAVEL_RENDER_WATCH_H

#include <stdint.h>

struct gv_buf;

/* A link to offset_ms into the recording at url: YouTube's t= parameter for
 * YouTube addresses, a #t= media fragment for others. Caller frees. */
char *gv_video_link(const char *url, int64_t offset_ms);

/* "Watch 9.1 Road repairs in the recording (from 0:09:00)", the words of a
 * link to item `number` `title`'s moment offset_ms into the recording: each
 * item's link names it, so a list of links reads (WCAG 2.4.4). The title is
 * written as markdown link text (brackets escaped). */
void gv_watch_words(struct gv_buf *b, const char *number, const char *title, int64_t offset_ms);
/* A paragraph linking to offset_ms into the recording at stream_url (an
 * http(s) URL; YouTube t=, else a #t= media fragment), its words naming
 * the item. */
void gv_html_watch_link(struct gv_buf *b, const char *stream_url, const char *number,
			const char *title, int64_t offset_ms);

#endif
