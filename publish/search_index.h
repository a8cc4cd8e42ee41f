/* The site's search index (docs/formats.md, "Search on the site"), made so
 * that a query loads a few hundred KB however large the archive:
 *
 * - search/index.js, the manifest: every public meeting (its id and number
 *   of documents, in site order) and every term shard (its prefix and size);
 * - search/t/PREFIX.js, the term shards: the folded terms that begin with
 *   PREFIX (the longest prefix the manifest names), each with the documents
 *   that hold it, and those that hold it in their title;
 * - search/d/MEETING-K.js, the documents of a meeting, GV_SEARCH_CHUNK at
 *   a time: url, number, title and the indexed text, loaded only for the
 *   results shown (snippets, and checking a phrase).
 *
 * A document is an agenda item, or what the public minutes say under one;
 * its id is the meeting's id and its place in the meeting, so a change to
 * one meeting rewrites its own document files and only the shards of the
 * terms whose documents changed. Terms are made by gv_search_tokens, which
 * search.js follows (gv_search_fold_js gives it gv_fold's table). The same
 * input gives the same bytes. */
#ifndef GAVEL_PUBLISH_SEARCH_INDEX_H
#define GAVEL_PUBLISH_SEARCH_INDEX_H

#include <stddef.h>
#include <stdint.h>

struct gv_buf;

#define GV_SEARCH_CHUNK 8           /* documents per search/d/ file */
#define GV_SEARCH_SHARD_MAX 16384   /* bytes a term shard grows to before it splits */
#define GV_SEARCH_TERM_MAX 64       /* longer tokens are not indexed */

/* Call fn for each term of text: folded (gv_fold), split at what is not a
 * letter or digit, combining marks dropped. */
void gv_search_tokens(const char *text, void (*fn)(void *arg, const char *term, size_t len),
		      void *arg);

/* A JSON object of every character gv_fold changes, to what it makes. */
void gv_search_fold_js(struct gv_buf *out);

/* The terms part of one meeting: its documents are added in order (local
 * ids 0, 1, ...), then written as "N\n" (the number of documents) and a
 * line per term, sorted: "TERM BITS[ TITLEBITS]\n". */
struct gv_search_terms;
struct gv_search_terms *gv_search_terms_new(void);
void gv_search_terms_add(struct gv_search_terms *t, const char *title, const char *text);
void gv_search_terms_write(struct gv_search_terms *t, struct gv_buf *out);
void gv_search_terms_free(struct gv_search_terms *t);

/* The site's index from every meeting's terms part, in site order. */
struct gv_search_index;
struct gv_search_index *gv_search_index_new(void);
/* False when part is not a terms part (a damaged cache). */
_Bool gv_search_index_add(struct gv_search_index *ix, int64_t meeting_id, const char *part,
			  size_t len);
/* Split the terms into shards; then there are n shards. */
size_t gv_search_index_finish(struct gv_search_index *ix);
/* Shard k: its path in the site and its script. */
void gv_search_index_shard(const struct gv_search_index *ix, size_t k, struct gv_buf *path,
			   struct gv_buf *out);
/* search/index.js. */
void gv_search_index_manifest(const struct gv_search_index *ix, struct gv_buf *out);
void gv_search_index_free(struct gv_search_index *ix);

/* The document files of a meeting from its documents part: a header line
 * (a JSON object: the meeting's folder, date and body), then a JSON array
 * per document. Chunk k goes to path (search/d/ID-K.js); returns the
 * number of chunks. */
size_t gv_search_doc_chunks(int64_t meeting_id, const char *part, size_t len, size_t k,
			    struct gv_buf *path, struct gv_buf *out);

#endif
