#include "base/files.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <mbedtls/sha256.h>
#include <mbedtls/version.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int gv_stream_read(FILE *f, size_t cap, const char *what, char **out, size_t *len,
		   struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > cap) {
			gv_buf_free(&b);
			return gv_err_set(err, GV_EREFUSED, "%s is larger than %zu KiB", what,
					  cap / 1024);
		}
		gv_buf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		gv_buf_free(&b);
		return gv_err_set(err, GV_EIO, "cannot read %s: %s", what, strerror(errno));
	}
	if (len)
		*len = b.len;
	*out = gv_buf_detach(&b);
	return 0;
}

int gv_file_read(const char *path, size_t cap, const char *what, char **out,
		 size_t *len, struct gv_err *err)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return gv_err_set(err, GV_EREFUSED, "cannot read %s '%s': %s", what, path,
				  strerror(errno));
	if (S_ISDIR(st.st_mode))
		return gv_err_set(err, GV_EREFUSED, "%s '%s' is a directory", what, path);
	if (!S_ISREG(st.st_mode))
		return gv_err_set(err, GV_EREFUSED, "%s '%s' is not a regular file", what, path);
	if ((size_t)st.st_size > cap)
		return gv_err_set(err, GV_EREFUSED, "%s '%s' is larger than %zu KiB", what,
				  path, cap / 1024);
	FILE *f = fopen(path, "rb");
	if (!f)
		return gv_err_set(err, GV_EREFUSED, "cannot read %s '%s': %s", what, path,
				  strerror(errno));
	int rc = gv_stream_read(f, cap, what, out, len, err);
	fclose(f);
	return rc;
}

int gv_text_read(const char *path, FILE *in, size_t cap, const char *what, char **out,
		 struct gv_err *err)
{
	size_t len = 0;
	bool from_in = !strcmp(path, "-");
	if (from_in && !in)
		return gv_err_set(err, GV_EUSAGE, "%s: '-' (standard input) cannot be read here",
				  what);
	int rc = from_in ? gv_stream_read(in, cap, what, out, &len, err)
			 : gv_file_read(path, cap, what, out, &len, err);
	if (rc)
		return rc;
	if (!gv_utf8_valid(*out, len)) {
		free(*out);
		*out = NULL;
		return gv_err_set(err, GV_EREFUSED, "%s is not UTF-8 text (or contains NUL bytes)",
				  what);
	}
	return 0;
}

static int fsync_dir(const char *path)
{
	char *copy = gv_strdup(path);
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY);
	free(copy);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

static int write_replace(const char *path, const void *data, size_t len, mode_t mode,
			 bool durable, struct gv_err *err)
{
	char *tmp = gv_asprintf("%s.tmp.%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
	if (fd < 0) {
		int e = errno;
		free(tmp);
		return gv_err_set(err, GV_EIO, "cannot write '%s': %s", path, strerror(e));
	}
	const char *p = data;
	size_t left = len;
	while (left) {
		ssize_t w = write(fd, p, left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		p += w;
		left -= (size_t)w;
	}
	if (durable && fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto fail;
	free(tmp);
	if (durable)
		fsync_dir(path);
	return 0;
fail:;
	int e = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return gv_err_set(err, GV_EIO, "cannot write '%s': %s", path, strerror(e));
}

int gv_file_write_atomic(const char *path, const void *data, size_t len, mode_t mode,
			 struct gv_err *err)
{
	return write_replace(path, data, len, mode, true, err);
}

int gv_file_replace(const char *path, const void *data, size_t len, mode_t mode,
		    struct gv_err *err)
{
	return write_replace(path, data, len, mode, false, err);
}

int gv_mkdirs(const char *path, mode_t mode, struct gv_err *err)
{
	char *p = gv_strdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, mode) != 0 && errno != EEXIST)
			goto fail;
		*s = '/';
	}
	if (mkdir(p, mode) != 0 && errno != EEXIST)
		goto fail;
	if (!gv_is_dir(p)) {
		errno = ENOTDIR;
		goto fail;
	}
	free(p);
	return 0;
fail:;
	int e = errno;
	int rc = gv_err_set(err, GV_EIO, "cannot create directory '%s': %s", p, strerror(e));
	free(p);
	return rc;
}

bool gv_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool gv_exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

bool gv_read_only_place(const char *path)
{
	char *dir = gv_strdup(path);
	char *slash = strrchr(dir, '/');
	if (!slash)
		strcpy(dir, ".");
	else if (slash == dir)
		dir[1] = '\0';
	else
		*slash = '\0';
	bool ro = access(dir, W_OK) != 0 && (errno == EROFS || errno == EACCES);
	free(dir);
	return ro;
}

char *gv_path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return gv_asprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* real (resolved) with the components of rest after it: "." and empty
 * ones dropped, ".." taking off the one before, as the kernel will once
 * they are made ("/srv/www" and "x/.." give "/srv/www"). */
static char *join_rest(const char *real, char *rest, bool *climbed)
{
	char *out = gv_malloc(strlen(real) + strlen(rest) + 2), *save = NULL;
	strcpy(out, real);
	for (char *c = strtok_r(rest, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		if (!strcmp(c, "."))
			continue;
		if (!strcmp(c, "..")) {
			char *slash = strrchr(out, '/');
			slash[slash == out] = '\0';
			*climbed = true;
			continue;
		}
		if (strcmp(out, "/"))
			strcat(out, "/");
		strcat(out, c);
	}
	return out;
}

char *gv_path_absolute(const char *path)
{
	bool climbed = false;
	/* room for "." when path is a single name, or empty */
	char *p = gv_malloc(strlen(path) + 2);
	strcpy(p, path);
	char *rest = NULL;
	char real[PATH_MAX];
	while (!realpath(p, real)) {
		char *slash = strrchr(p, '/');
		char *tail = gv_strdup(slash ? slash + 1 : p);
		char *joined = rest ? gv_path_join(tail, rest) : gv_strdup(tail);
		free(rest);
		free(tail);
		rest = joined;
		if (!slash) {
			strcpy(p, ".");
		} else if (slash == p) {
			p[1] = '\0';
		} else {
			*slash = '\0';
		}
		if (!strcmp(p, "/") && !realpath(p, real))
			break;
	}
	char *out = rest ? join_rest(real, rest, &climbed) : gv_strdup(real);
	free(rest);
	free(p);
	if (climbed) { /* what is below where ".." led back may exist: resolve that */
		char *again = gv_path_absolute(out);
		free(out);
		out = again;
	}
	return out;
}

bool gv_path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

void gv_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char sum[32];
#if MBEDTLS_VERSION_MAJOR >= 3
	mbedtls_sha256(data, len, sum, 0);
#else
	mbedtls_sha256_ret(data, len, sum, 0);
#endif
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", sum[i]);
}

void gv_size_human(long long bytes, char out[32])
{
	if (bytes < 1024)
		snprintf(out, 32, "%lld bytes", bytes);
	else if (bytes < 1024 * 1024)
		snprintf(out, 32, "%.0f KB", bytes / 1024.0);
	else
		snprintf(out, 32, "%.1f MB", bytes / (1024.0 * 1024.0));
}
