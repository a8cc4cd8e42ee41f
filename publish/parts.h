/* What the site-wide files take from each meeting: its entries of the
 * search index, its Popolo motions and vote events, its rows of votes.csv
 * and of the member pages, its declarations of interest, and the list of its own files on the site.
 * They are made with the meeting's pages, kept between publishes in the
 * workspace's site-cache/ beside the key of the inputs they were made from,
 * and joined into the site-wide files. So a publish after one change loads
 * and renders one meeting, and remakes only the site-wide files one of
 * whose parts changed. The cache holds public text only. */
#ifndef GAVEL_PUBLISH_PARTS_H
#define GAVEL_PUBLISH_PARTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct gv_err;
struct gv_site_meeting;
struct gv_ws;

enum gv_part {
	GV_PART_FILES,        /* the meeting's files on the site: "KEY PATH" lines */
	GV_PART_SEARCH,       /* search documents: a header line, a JSON array a line */
	GV_PART_TERMS,        /* search terms: publish/search_index.h */
	GV_PART_MOTIONS,      /* Popolo motions: JSON objects at depth 2, each after a comma */
	GV_PART_VOTE_EVENTS,  /* Popolo vote events, the same */
	GV_PART_CSV,          /* rows of votes.csv */
	GV_PART_ATTENDANCE,   /* rows of the member pages, as records by member */
	GV_PART_VOTES,        /* the same */
	GV_PART_DECLARATIONS, /* its public declarations of interest (publish/page_declarations.c) */
	GV_PARTS
};

struct gv_parts {
	struct gv_buf part[GV_PARTS];
};
void gv_parts_free(struct gv_parts *p);

/* Records of a part: "<member id> <length>\n<bytes>". */
void gv_part_record(struct gv_buf *part, int64_t id, const struct gv_buf *bytes);
/* The next record at *p (before end); false at the end or on bad input. */
bool gv_part_record_next(const char **p, const char *end, int64_t *id, const char **bytes,
			 size_t *len);

/* A meeting's parts in the cache, and what the site says about its
 * minutes (so the index and the feed need not load them). */
struct gv_parts_index {
	char hash[GV_PARTS][65];
	size_t off[GV_PARTS], len[GV_PARTS];
	struct gv_buf files;  /* the FILES part, read with the index */
};

/* Save sm's parts (made from sm->key) and index them. */
int gv_parts_save(struct gv_ws *ws, const struct gv_site_meeting *sm, const struct gv_parts *p,
		  struct gv_parts_index *ix, struct gv_err *err);
/* Read the index of sm's cached parts with its FILES part, and what they
 * say of its minutes into sm; false when there are none, or none made from
 * sm->key. Free ix->files. */
bool gv_parts_cached(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_parts_index *ix);
/* Append part k of sm's cached parts to out. */
int gv_parts_read(struct gv_ws *ws, const struct gv_site_meeting *sm,
		  const struct gv_parts_index *ix, enum gv_part k, struct gv_buf *out,
		  struct gv_err *err);
/* Remove the cached parts of meetings that are no longer public. */
struct gv_site;
void gv_parts_prune(struct gv_ws *ws, const struct gv_site *s);

#endif
