/* A member's private annotations on agenda items (docs/serve.md,
 * "Annotations"): read and written only for that member, through gavel
 * serve; never in record/, confidential/, the site, exports or search. */
#ifndef GAVEL_ANNOTATION_H
#define GAVEL_ANNOTATION_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

#define GV_ANNOTATION_MAX 4000 /* bytes of one annotation */

struct gv_annotation {
	int64_t meeting_id;
	int64_t item_id;
	char *text;
	int64_t updated_at;
};

/* Set member's annotation on item to text; "" removes it. */
int gv_annotation_set(struct gv_ws *ws, int64_t member_id, int64_t item_id, const char *text,
		      struct gv_err *err);
/* member's annotations, of meeting_id only unless 0, by meeting date then
 * item; free with gv_annotations_free. */
int gv_annotation_list(struct gv_ws *ws, int64_t member_id, int64_t meeting_id,
		       struct gv_annotation **out, size_t *n, struct gv_err *err);
void gv_annotations_free(struct gv_annotation *a, size_t n);

#endif
