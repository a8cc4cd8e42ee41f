/* The output directory of a publish: writes only files whose content
 * changed, each atomically, remembers in a manifest beside the directory
 * ("<dir>.gavel-site", with its lock) which files it wrote (and from which
 * inputs), and removes the ones no longer produced. Files it did not write
 * are never touched. */
#ifndef GAVEL_PUBLISH_OUTDIR_H
#define GAVEL_PUBLISH_OUTDIR_H

#include <stdbool.h>
#include <stddef.h>

struct gv_err;
struct gv_outdir;

#define GV_OUTDIR_MANIFEST ".gavel-site"

struct gv_outdir_stats {
	int written, unchanged, removed;
};

/* Open (creating it) the directory and read its manifest (beside it, or
 * inside it where an earlier version left it). A directory that holds
 * files but is not a gavel site (no manifest listing a file there, no mark
 * of a publish that did not finish) is refused, with nothing written,
 * unless force (docs/safety.md, "Publishing into a directory"). */
int gv_outdir_open(const char *dir, bool force, struct gv_outdir **out, struct gv_err *err);

/* True when path was last written from inputs with this key and is still
 * there: the caller may skip making it, and then says so with keep. */
bool gv_outdir_fresh(struct gv_outdir *o, const char *path, const char *key);
void gv_outdir_keep(struct gv_outdir *o, const char *path, const char *key);
/* The bytes of path in the site, -1 when it is not a file there. */
long long gv_outdir_size(struct gv_outdir *o, const char *path);

/* When the old manifest lists files under prefix ("search/t/"), all made
 * from inputs with this key and all still there: keep them all and say
 * true. Else keep none. */
bool gv_outdir_keep_under(struct gv_outdir *o, const char *prefix, const char *key);

/* Make path hold data (made from inputs named by key, "" if none). */
int gv_outdir_put(struct gv_outdir *o, const char *path, const char *key, const void *data,
		  size_t len, struct gv_err *err);
/* Make path a copy of the file src whose SHA-256 is sha256. */
int gv_outdir_copy(struct gv_outdir *o, const char *path, const char *sha256,
		   const char *src, struct gv_err *err);

/* At close, remove the files under prefix ("meetings/x/") that the old
 * manifest lists and this time did not produce, even without prune. */
void gv_outdir_prune_under(struct gv_outdir *o, const char *prefix);

/* Remove the files of the old manifest not produced this time (when
 * prune, else those under the prefixes of gv_outdir_prune_under), write
 * the manifest, report, and free o. */
int gv_outdir_close(struct gv_outdir *o, bool prune, struct gv_outdir_stats *st,
		    struct gv_err *err);

#endif
