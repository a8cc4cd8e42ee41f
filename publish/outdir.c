#include "publish/outdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "base/lockfile.h"

struct entry {
	char *path;
	char *key;
};

struct entries {
	struct entry *v;
	size_t n;
};

struct gv_outdir {
	char *dir;
	char *book;           /* the manifest beside the directory: "<dir>.gavel-site" */
	int lock;             /* held from open to close */
	struct entries old;   /* sorted by path */
	pthread_mutex_t mutex;  /* threads make meetings at once: over what follows */
	struct entries now;   /* produced this time */
	struct gv_outdir_stats st;
	char **prune_under;   /* prefixes whose stale files go even without prune */
	size_t n_prune_under;
};


static void entries_add(struct entries *e, const char *path, const char *key)
{
	*GV_PUSH(e->v, e->n) = (struct entry){gv_strdup(path), gv_strdup(key)};
}

static void entries_free(struct entries *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->v[i].path);
		free(e->v[i].key);
	}
	free(e->v);
}

/* Count path in as produced, and as written or unchanged. */
static void produced(struct gv_outdir *o, const char *path, const char *key, int *count)
{
	pthread_mutex_lock(&o->mutex);
	entries_add(&o->now, path, key);
	(*count)++;
	pthread_mutex_unlock(&o->mutex);
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->path, ((const struct entry *)b)->path);
}

static struct entry *entries_find(struct entries *e, const char *path)
{
	struct entry k = {(char *)path, NULL};
	return e->n ? bsearch(&k, e->v, e->n, sizeof *e->v, by_path) : NULL;
}

/* Manifest lines: "<key> <path>", key "-" when there is none. */
static void manifest_parse(struct entries *e, char *text)
{
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *sp = strchr(line, ' ');
		if (!sp)
			continue;
		*sp = '\0';
		entries_add(e, sp + 1, strcmp(line, "-") ? line : "");
	}
	if (e->n)
		qsort(e->v, e->n, sizeof *e->v, by_path);
}

static void outdir_free(struct gv_outdir *o);

/* "page.html.tmp.1234": a temporary file of gv_file_replace. */
static bool is_temporary(const char *name)
{
	const char *t = strstr(name, ".tmp.");
	if (!t || !t[5])
		return false;
	for (t += 5; *t; t++)
		if (*t < '0' || *t > '9')
			return false;
	return true;
}

static int sweep_one(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	if (type == FTW_F && is_temporary(path + f->base))
		unlink(path);
	return 0;
}

/* The bookkeeping of a site sits beside it, not among the files a town
 * uploads (docs/safety.md, "Publishing into a directory"): "/srv/www" has
 * "/srv/www.gavel-site" (the manifest), its ".lock" and, while a publish
 * runs, its ".unfinished". NULL for the root directory. */
static char *book_path(const char *dir)
{
	char *abs = gv_path_absolute(dir);
	size_t n = strlen(abs);
	while (n > 1 && abs[n - 1] == '/')
		abs[--n] = '\0';
	char *book = n > 1 ? gv_asprintf("%s" GV_OUTDIR_MANIFEST, abs) : NULL;
	free(abs);
	return book;
}

/* Is book + suffix there, and, for the manifest, the bookkeeping of dir
 * as it is: some file it lists is there. A directory removed and made
 * again with other files is not taken for the site; one copied or moved
 * with its manifest still is. */
static bool book_exists(const char *book, const char *suffix, const char *dir)
{
	char *p = gv_asprintf("%s%s", book, suffix), *text = NULL;
	bool there = gv_exists(p);
	if (there && !*suffix && !gv_file_read(p, 64u << 20, "site manifest", &text, NULL, NULL)) {
		struct entries e = {0};
		manifest_parse(&e, text);
		there = false;
		for (size_t i = 0; !there && i < e.n; i++) {
			char *f = gv_path_join(dir, e.v[i].path);
			there = gv_exists(f);
			free(f);
		}
		entries_free(&e);
		free(text);
	}
	free(p);
	return there;
}

/* Does dir hold files although gavel never published there? What gavel
 * writes first (the lock, the mark of a publish that did not finish) and
 * last (the manifest) says it did; inside the directory, where versions
 * before 2026-12 kept them, they say so too. */
static bool foreign_files(const char *dir, const char *book)
{
	DIR *d = opendir(dir);
	if (!d)
		return false;
	bool ours = book_exists(book, "", dir) || book_exists(book, ".unfinished", dir), other = false;
	for (struct dirent *e; (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (!strcmp(e->d_name, GV_OUTDIR_MANIFEST) ||
		    !strcmp(e->d_name, GV_OUTDIR_MANIFEST ".unfinished"))
			ours = true;
		else if (strcmp(e->d_name, GV_OUTDIR_MANIFEST ".lock"))
			other = true;
	}
	closedir(d);
	return other && !ours;
}

/* The bookkeeping files an earlier version kept inside dir: gone once the
 * manifest beside it is written. */
static void remove_inner_book(const char *dir)
{
	static const char *const names[] = {GV_OUTDIR_MANIFEST, GV_OUTDIR_MANIFEST ".unfinished",
					    GV_OUTDIR_MANIFEST ".lock"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char *p = gv_path_join(dir, names[i]);
		unlink(p);
		free(p);
	}
}

/* The checks before anything is made: real is where dir resolves. */
static int may_open(const char *dir, const char *real, const char *book, bool force,
		    struct gv_err *err)
{
	if (gv_exists(real) && !gv_is_dir(real))
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a directory", dir);
	if (!book)
		return gv_err_set(err, GV_EREFUSED, "cannot publish into the root directory");
	if (!force && foreign_files(real, book))
		return gv_err_set(err, GV_EREFUSED,
				  "'%s' is not empty and is not a gavel site (there is no %s "
				  "beside it): publish into a new or empty directory, or add "
				  "--force to write the site among its files",
				  dir, book);
	return 0;
}

int gv_outdir_open(const char *given, bool force, struct gv_outdir **out, struct gv_err *err)
{
	/* everything below works on the directory the path resolves to: the
	 * one "www/x/.." names is www, before x is made as after */
	char *dir = gv_path_absolute(given), *book = book_path(dir);
	int refused = may_open(given, dir, book, force, err);
	if (refused) {
		free(dir);
		free(book);
		return refused;
	}
	int rc = gv_mkdirs(dir, 0755, err);
	if (!rc && access(dir, W_OK) != 0)
		rc = gv_err_set(err, GV_EREFUSED, "cannot write in '%s': %s", given,
				strerror(errno));
	/* One publish at a time in a directory; holding the lock, temporary
	 * files are those of a publish that was killed. */
	char *lock_path = gv_asprintf("%s.lock", book);
	int lock = -1;
	if (!rc)
		rc = gv_lockfile_take(lock_path, 30000, given, &lock, err);
	free(lock_path);
	if (rc) {
		free(dir);
		free(book);
		return rc;
	}
	/* A publish that did not finish leaves its mark (and may have left
	 * temporary files); looking for them costs a walk of the whole site. */
	char *mark = gv_asprintf("%s.unfinished", book);
	char *inner_mark = gv_path_join(dir, GV_OUTDIR_MANIFEST ".unfinished");
	if (gv_exists(mark) || gv_exists(inner_mark))
		nftw(dir, sweep_one, 16, FTW_PHYS);
	int fd = open(mark, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd >= 0)
		close(fd);
	free(mark);
	free(inner_mark);
	struct gv_outdir *o = gv_calloc(1, sizeof *o);
	pthread_mutex_init(&o->mutex, NULL);
	o->lock = lock;
	o->dir = dir;
	o->book = book;
	/* a manifest of another directory once there is no manifest at all */
	char *inner = gv_path_join(dir, GV_OUTDIR_MANIFEST);
	const char *mpath = book_exists(book, "", dir) ? book : inner;
	char *text = NULL;
	if (gv_exists(mpath) &&
	    (rc = gv_file_read(mpath, 64u << 20, "site manifest", &text, NULL, err))) {
		free(inner);
		outdir_free(o);
		return rc;
	}
	free(inner);
	if (text)
		manifest_parse(&o->old, text);
	free(text);
	*out = o;
	return 0;
}

static bool safe_path(const char *p)
{
	return *p && *p != '/' && !strstr(p, "..") && !strchr(p, '\\');
}

/* The first directory of path (under dir) that is a symbolic link, or NULL:
 * gavel never writes or removes through a link planted inside the site. */
static char *link_inside(const char *dir, const char *path)
{
	char *full = gv_path_join(dir, path);
	size_t root = strlen(dir);
	for (char *s = strchr(full + root + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISLNK(st.st_mode))
			return full;
		*s = '/';
	}
	free(full);
	return NULL;
}

static char *full_path(struct gv_outdir *o, const char *path)
{
	return gv_path_join(o->dir, path);
}

bool gv_outdir_fresh(struct gv_outdir *o, const char *path, const char *key)
{
	struct entry *e = entries_find(&o->old, path);
	if (!e || !*key || strcmp(e->key, key))
		return false;
	char *full = full_path(o, path);
	bool there = gv_exists(full);
	free(full);
	return there;
}

void gv_outdir_keep(struct gv_outdir *o, const char *path, const char *key)
{
	produced(o, path, key, &o->st.unchanged);
}

long long gv_outdir_size(struct gv_outdir *o, const char *path)
{
	char *full = full_path(o, path);
	struct stat st;
	long long n = stat(full, &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
	free(full);
	return n;
}

bool gv_outdir_keep_under(struct gv_outdir *o, const char *prefix, const char *key)
{
	size_t n = strlen(prefix), lo = 0, hi = o->old.n;
	while (lo < hi) {   /* the first path not before prefix */
		size_t mid = (lo + hi) / 2;
		if (strcmp(o->old.v[mid].path, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < o->old.n && !strncmp(o->old.v[end].path, prefix, n))
		end++;
	if (end == lo || !*key)
		return false;
	for (size_t i = lo; i < end; i++)
		if (!gv_outdir_fresh(o, o->old.v[i].path, key))
			return false;
	for (size_t i = lo; i < end; i++)
		gv_outdir_keep(o, o->old.v[i].path, key);
	return true;
}

static bool same_content(const char *full, const void *data, size_t len)
{
	struct stat st;
	if (stat(full, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size != len)
		return false;
	char *old = NULL;
	size_t n = 0;
	if (gv_file_read(full, len + 1, "page", &old, &n, NULL))
		return false;
	bool same = n == len && memcmp(old, data, len) == 0;
	free(old);
	return same;
}

int gv_outdir_put(struct gv_outdir *o, const char *path, const char *key, const void *data,
		  size_t len, struct gv_err *err)
{
	if (!safe_path(path))
		return gv_err_set(err, GV_EREFUSED, "refusing to write outside the site: '%s'", path);
	char *link = link_inside(o->dir, path);
	if (link) {
		int refused = gv_err_set(err, GV_EREFUSED,
					 "'%s' is a symbolic link; gavel does not write through "
					 "links inside the site",
					 link);
		free(link);
		return refused;
	}
	char *full = full_path(o, path);
	int rc = 0;
	if (same_content(full, data, len)) {
		produced(o, path, key, &o->st.unchanged);
	} else {
		char *slash = strrchr(full, '/');
		*slash = '\0';
		rc = gv_mkdirs(full, 0755, err);
		*slash = '/';
		if (!rc)
			rc = gv_file_replace(full, data, len, 0644, err);
		if (!rc)
			produced(o, path, key, &o->st.written);
	}
	free(full);
	return rc;
}

int gv_outdir_copy(struct gv_outdir *o, const char *path, const char *sha256, const char *src,
		   struct gv_err *err)
{
	if (gv_outdir_fresh(o, path, sha256)) {
		gv_outdir_keep(o, path, sha256);
		return 0;
	}
	char *data = NULL;
	size_t len = 0;
	int rc = gv_file_read(src, 1u << 30, "attachment", &data, &len, err);
	if (rc)
		return rc;
	rc = gv_outdir_put(o, path, sha256, data, len, err);
	free(data);
	return rc;
}

/* Remove path and then its parent directories while they are empty. */
static void remove_with_parents(const char *dir, const char *path)
{
	char *link = link_inside(dir, path);
	if (link) {
		free(link);
		return;
	}
	char *full = gv_path_join(dir, path);
	if (unlink(full) == 0) {
		size_t root = strlen(dir);
		for (char *s = strrchr(full, '/'); s && (size_t)(s - full) > root;
		     s = strrchr(full, '/')) {
			*s = '\0';
			if (rmdir(full) != 0)
				break;
		}
	}
	free(full);
}

static int manifest_write(struct gv_outdir *o, struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	for (size_t i = 0; i < o->now.n; i++)
		gv_buf_printf(&b, "%s %s\n", *o->now.v[i].key ? o->now.v[i].key : "-",
			      o->now.v[i].path);
	int rc = gv_file_write_atomic(o->book, gv_buf_str(&b), b.len, 0644, err);
	gv_buf_free(&b);
	if (!rc)
		remove_inner_book(o->dir);
	return rc;
}

void gv_outdir_prune_under(struct gv_outdir *o, const char *prefix)
{
	*GV_PUSH(o->prune_under, o->n_prune_under) = gv_strdup(prefix);
}

static bool prunable(const struct gv_outdir *o, bool prune, const char *path)
{
	for (size_t i = 0; !prune && i < o->n_prune_under; i++)
		prune = !strncmp(path, o->prune_under[i], strlen(o->prune_under[i]));
	return prune;
}

static void outdir_free(struct gv_outdir *o)
{
	for (size_t i = 0; i < o->n_prune_under; i++)
		free(o->prune_under[i]);
	free(o->prune_under);
	pthread_mutex_destroy(&o->mutex);
	gv_lockfile_release(o->lock);
	entries_free(&o->old);
	entries_free(&o->now);
	free(o->dir);
	free(o->book);
	free(o);
}

int gv_outdir_close(struct gv_outdir *o, bool prune, struct gv_outdir_stats *st,
		    struct gv_err *err)
{
	if (o->now.n)
		qsort(o->now.v, o->now.n, sizeof *o->now.v, by_path);
	struct entries kept = {0};
	for (size_t i = 0; i < o->old.n; i++) {
		struct entry *e = &o->old.v[i];
		if (entries_find(&o->now, e->path))
			continue;
		if (prunable(o, prune, e->path)) {
			remove_with_parents(o->dir, e->path);
			o->st.removed++;
		} else {
			entries_add(&kept, e->path, e->key);
		}
	}
	for (size_t i = 0; i < kept.n; i++)
		entries_add(&o->now, kept.v[i].path, kept.v[i].key);
	entries_free(&kept);
	if (o->now.n)
		qsort(o->now.v, o->now.n, sizeof *o->now.v, by_path);
	int rc = manifest_write(o, err);
	if (!rc) {
		char *mark = gv_asprintf("%s.unfinished", o->book);
		unlink(mark);
		free(mark);
	}
	if (st)
		*st = o->st;
	outdir_free(o);
	return rc;
}
