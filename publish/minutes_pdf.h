/* The minutes as an accessible PDF (docs/formats.md, "PDF"): their markdown
 * typeset, each "Signed:" line of it a line to sign on. */
#ifndef GAVEL_PUBLISH_MINUTES_PDF_H
#define GAVEL_PUBLISH_MINUTES_PDF_H

struct gv_buf;
struct gv_err;
struct gv_minutes;

/* Append to out the PDF of md, the markdown of minutes mn (gv_minutes_md:
 * public or confidential as mn is). */
int gv_minutes_pdf(const struct gv_minutes *mn, const char *md, struct gv_buf *out,
		   struct gv_err *err);

/* The key of that PDF (gv_meeting_pdf_key, publish/package.h): it changes
 * when the minutes' markdown or the meeting's heading does. */
void gv_minutes_pdf_key(const struct gv_minutes *mn, const char *md, char out[65]);

#endif
