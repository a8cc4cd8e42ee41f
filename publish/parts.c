#include "publish/parts.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/files.h"
#include "publish/site.h"
#include "store/workspace.h"

#define CACHE_DIR "site-cache"
/* 5: appeals have vote events, regrets and electronic participation show on
 * member pages, and each meeting keeps its search index part
 * (docs/formats.md); 6: and its declarations of interest; 7: member
 * pages and Popolo votes say the title each member had at the meeting
 * (docs/people.md); 8: all of this and the PDFs among a meeting's files */
#define CACHE_MAGIC "gavel-parts 10\n"
#define HEADER_MAX 16384

void gv_parts_free(struct gv_parts *p)
{
	for (int k = 0; k < GV_PARTS; k++)
		gv_buf_free(&p->part[k]);
}

void gv_part_record(struct gv_buf *part, int64_t id, const struct gv_buf *bytes)
{
	if (!bytes->len)
		return;
	gv_buf_printf(part, "%" PRId64 " %zu\n", id, bytes->len);
	gv_buf_add(part, bytes->data, bytes->len);
}

bool gv_part_record_next(const char **p, const char *end, int64_t *id, const char **bytes,
			 size_t *len)
{
	const char *nl = *p < end ? memchr(*p, '\n', (size_t)(end - *p)) : NULL;
	long long i;
	size_t n;
	if (!nl || sscanf(*p, "%lld %zu", &i, &n) != 2 || n > (size_t)(end - nl - 1))
		return false;
	*id = i;
	*bytes = nl + 1;
	*len = n;
	*p = nl + 1 + n;
	return true;
}

static char *cache_path(struct gv_ws *ws, int64_t id)
{
	char rel[64];
	snprintf(rel, sizeof rel, CACHE_DIR "/%" PRId64, id);
	return gv_ws_path(ws, rel);
}

int gv_parts_save(struct gv_ws *ws, const struct gv_site_meeting *sm, const struct gv_parts *p,
		  struct gv_parts_index *ix, struct gv_err *err)
{
	const struct gv_approval *a = &sm->approval;
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, CACHE_MAGIC "key %s\nminutes %d %d %" PRId64 " %d %" PRId64 " %s %s\n",
		      sm->key, sm->has_minutes, a->approved, a->approved_at, a->motion,
		      sm->minutes_at, a->at_slug ? a->at_slug : "-",
		      *a->resolution ? a->resolution : "-");
	gv_buf_printf(&b, "approved-at %s\n", a->at_name ? a->at_name : "-");
	gv_buf_printf(&b, "not-held %d\n", sm->not_held);
	size_t off = 0;
	for (int k = 0; k < GV_PARTS; k++) {
		gv_sha256_hex(p->part[k].data ? p->part[k].data : "", p->part[k].len, ix->hash[k]);
		ix->off[k] = off;
		ix->len[k] = p->part[k].len;
		off += p->part[k].len;
		gv_buf_printf(&b, "part %zu %s\n", ix->len[k], ix->hash[k]);
	}
	gv_buf_puts(&b, "end\n");
	size_t header = b.len;
	for (int k = 0; k < GV_PARTS; k++) {
		ix->off[k] += header;
		gv_buf_add(&b, p->part[k].data, p->part[k].len);
	}
	char *dir = gv_ws_path(ws, CACHE_DIR);
	char *path = cache_path(ws, sm->m.id);
	int rc = gv_mkdirs(dir, 0700, err);
	/* A cache: a file lost to a crash is made again by the next publish. */
	if (!rc)
		rc = gv_file_replace(path, b.data, b.len, 0600, err);
	free(path);
	free(dir);
	gv_buf_free(&b);
	return rc;
}

/* Parse the header in text (NUL-terminated); its length, 0 if bad. */
static size_t parse_header(const char *text, struct gv_site_meeting *sm, struct gv_parts_index *ix)
{
	const char *p = text;
	if (strncmp(p, CACHE_MAGIC, strlen(CACHE_MAGIC)))
		return 0;
	p += strlen(CACHE_MAGIC);
	int has, approved, motion, used = 0;
	int64_t approved_at, minutes_at;
	char slug[256], resolution[24];
	if (sscanf(p, "key %*64[0-9a-f]\nminutes %d %d %" SCNd64 " %d %" SCNd64 " %255s %23s\n%n",
		   &has, &approved, &approved_at, &motion, &minutes_at, slug, resolution,
		   &used) != 7 || !used)
		return 0;
	p += used;
	char at_name[512];
	used = 0;
	if (sscanf(p, "approved-at %511[^\n]\n%n", at_name, &used) != 1 || !used)
		return 0;
	p += used;
	int not_held;
	used = 0;
	if (sscanf(p, "not-held %d\n%n", &not_held, &used) != 1 || !used)
		return 0;
	p += used;
	size_t off = 0;
	for (int k = 0; k < GV_PARTS; k++) {
		used = 0;
		if (sscanf(p, "part %zu %64[0-9a-f]\n%n", &ix->len[k], ix->hash[k], &used) != 2 ||
		    !used)
			return 0;
		p += used;
		ix->off[k] = off;
		off += ix->len[k];
	}
	if (strncmp(p, "end\n", 4))
		return 0;
	p += 4;
	size_t header = (size_t)(p - text);
	for (int k = 0; k < GV_PARTS; k++)
		ix->off[k] += header;
	gv_approval_clear(&sm->approval);
	sm->has_minutes = has;
	sm->not_held = not_held;
	sm->approval.approved = approved;
	sm->approval.approved_at = approved_at;
	sm->approval.motion = motion;
	sm->approval.at_slug = strcmp(slug, "-") ? gv_strdup(slug) : NULL;
	sm->approval.at_name = strcmp(at_name, "-") ? gv_strdup(at_name) : NULL;
	snprintf(sm->approval.resolution, sizeof sm->approval.resolution, "%s",
		 strcmp(resolution, "-") ? resolution : "");
	sm->minutes_at = minutes_at;
	return header;
}

bool gv_parts_cached(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_parts_index *ix)
{
	char *path = cache_path(ws, sm->m.id);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return false;
	char *text = gv_malloc(HEADER_MAX + 1);
	ssize_t n = read(fd, text, HEADER_MAX);
	struct stat st;
	struct gv_parts_index found = {0};
	bool ok = n > 0 && fstat(fd, &st) == 0;
	if (ok) {
		text[n] = '\0';
		/* the key first: nothing is taken from parts made from other inputs */
		char key[128];
		snprintf(key, sizeof key, CACHE_MAGIC "key %s\n", sm->key);
		ok = !strncmp(text, key, strlen(key)) && parse_header(text, sm, &found) &&
		     (off_t)(found.off[GV_PARTS - 1] + found.len[GV_PARTS - 1]) == st.st_size;
	}
	size_t at = found.off[GV_PART_FILES], len = found.len[GV_PART_FILES];
	if (ok && at + len <= (size_t)n) {
		gv_buf_add(&found.files, text + at, len);
	} else if (ok && len) {
		ok = pread(fd, gv_buf_extend(&found.files, len), len, (off_t)at) == (ssize_t)len;
	}
	close(fd);
	free(text);
	if (ok)
		*ix = found;
	else
		gv_buf_free(&found.files);
	return ok;
}

int gv_parts_read(struct gv_ws *ws, const struct gv_site_meeting *sm,
		  const struct gv_parts_index *ix, enum gv_part k, struct gv_buf *out,
		  struct gv_err *err)
{
	if (!ix->len[k])
		return 0;
	char *path = cache_path(ws, sm->m.id);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int rc = 0;
	if (fd < 0) {
		rc = gv_err_set(err, GV_EIO, "cannot read %s: %s", path, strerror(errno));
	} else {
		char *at = gv_buf_extend(out, ix->len[k]);
		if (pread(fd, at, ix->len[k], (off_t)ix->off[k]) != (ssize_t)ix->len[k]) {
			out->len -= ix->len[k];
			out->data[out->len] = '\0';
			rc = gv_err_set(err, GV_EIO, "cannot read %s: it changed while publishing",
					path);
		}
		close(fd);
	}
	free(path);
	return rc;
}

static int by_value(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

void gv_parts_prune(struct gv_ws *ws, const struct gv_site *s)
{
	int64_t *ids = gv_calloc(s->n ? s->n : 1, sizeof *ids);
	for (size_t i = 0; i < s->n; i++)
		ids[i] = s->meetings[i].m.id;
	qsort(ids, s->n, sizeof *ids, by_value);
	char *dir = gv_ws_path(ws, CACHE_DIR);
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));) {
		char *end;
		int64_t id = strtoll(e->d_name, &end, 10);
		bool public = !*end && end != e->d_name && s->n &&
			      bsearch(&id, ids, s->n, sizeof *ids, by_value);
		if (!public && e->d_name[0] != '.') {
			char *path = gv_path_join(dir, e->d_name);
			unlink(path);
			free(path);
		}
	}
	if (d)
		closedir(d);
	free(dir);
	free(ids);
}
