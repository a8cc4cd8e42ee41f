/* One row per member vote of every recorded vote (RFC 4180: CRLF, fields
 * quoted when they hold a comma, quote or line break). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "publish/export.h"
#include "publish/vote_record.h"

static void field(struct gv_buf *b, const char *s, bool last)
{
	s = s ? s : "";
	if (strpbrk(s, ",\"\r\n")) {
		gv_buf_putc(b, '"');
		for (; *s; s++) {
			if (*s == '"')
				gv_buf_putc(b, '"');
			gv_buf_putc(b, *s);
		}
		gv_buf_putc(b, '"');
	} else {
		gv_buf_puts(b, s);
	}
	gv_buf_puts(b, last ? "\r\n" : ",");
}

void gv_part_csv(struct gv_buf *out, const struct gv_pub_meeting *pm)
{
	for (size_t k = 0; k < pm->n_motions; k++) {
		const struct gv_pub_motion *m = &pm->motions[k];
		for (size_t v = 0; v < m->n_votes; v++) {
			field(out, pm->slug, false);
			field(out, pm->date, false);
			field(out, m->item, false);
			field(out, m->item_title, false);
			field(out, m->key, false);
			field(out, m->resolution, false);
			field(out, m->votes[v].member, false);
			field(out, gv_pub_vote_words(&m->votes[v]), false);
			field(out, m->result, true);
		}
	}
}

void gv_csv_header(struct gv_buf *out)
{
	gv_buf_puts(out, "meeting,date,item,item_title,motion,resolution,member,vote,result\r\n");
}

void gv_export_votes_csv(const struct gv_vote_record *r, struct gv_buf *out)
{
	gv_csv_header(out);
	for (size_t i = 0; i < r->n; i++)
		gv_part_csv(out, &r->meetings[i]);
}
