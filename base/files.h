/* Files: bounded reads, atomic durable writes, directories, paths, SHA-256. */
#ifndef GAVEL_FILES_H
#define GAVEL_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

struct gv_err;

/* Read a whole regular file of at most cap bytes into *out (NUL-terminated,
 * caller frees). what names the file in errors ("body file"). */
int gv_file_read(const char *path, size_t cap, const char *what, char **out,
		 size_t *len, struct gv_err *err);
/* Read all of a stream (at most cap bytes). */
int gv_stream_read(FILE *f, size_t cap, const char *what, char **out, size_t *len,
		   struct gv_err *err);
/* Read markdown text: at most cap bytes, valid UTF-8, no NUL bytes. path "-"
 * reads `in`. */
int gv_text_read(const char *path, FILE *in, size_t cap, const char *what, char **out,
		 struct gv_err *err);

/* Write data to path through a temporary file in the same directory, fsync
 * and rename, so readers see the old or the new file, never a part. */
int gv_file_write_atomic(const char *path, const void *data, size_t len, mode_t mode,
			 struct gv_err *err);
/* The same without fsync: readers never see a part, but a power loss may
 * lose the write (for output that can be made again, like the site). */
int gv_file_replace(const char *path, const void *data, size_t len, mode_t mode,
		    struct gv_err *err);

/* mkdir -p with mode for the directories it creates. */
int gv_mkdirs(const char *path, mode_t mode, struct gv_err *err);
bool gv_is_dir(const char *path);
bool gv_exists(const char *path);
/* Can nothing be created in the directory holding path (a read-only file
 * system, or a directory this user may not write)? */
bool gv_read_only_place(const char *path);

/* path joined with name; caller frees. */
char *gv_path_join(const char *dir, const char *name);
/* The absolute path that path has, or would have once made: the part of it
 * that exists resolved as realpath does (symbolic links, "..", "."), the
 * rest appended as it will resolve once made ("x/.." adds nothing). Caller
 * frees. */
char *gv_path_absolute(const char *path);
/* Is path dir itself or below it? Both absolute, as gv_path_absolute makes
 * them: "/a/bc" is not within "/a/b". */
bool gv_path_within(const char *path, const char *dir);

/* SHA-256 of a buffer as 64 lowercase hex digits. */
void gv_sha256_hex(const void *data, size_t len, char out[65]);

/* "1.2 MB", "340 KB", "12 bytes" */
void gv_size_human(long long bytes, char out[32]);

#endif
