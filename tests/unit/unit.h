/* Shared set-up for the cmocka unit tests: cmocka's headers and a real
 * workspace in a temporary directory. */
#ifndef GAVEL_UNIT_H
#define GAVEL_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/clock.h"
#include "base/err.h"
#include "store/repo.h"
#include "store/workspace.h"

/* The libraries that write PDFs (render/pdf_libs.h: Pango, fontconfig,
 * GLib...) keep caches for the life of the process: not leaks of gavel's. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig\nleak:libpango\nleak:libglib\nleak:libgobject\n"
	       "leak:libharfbuzz\nleak:libcairo\nleak:libpoppler\n";
}

/* "<new temporary directory>/ws", where no workspace is yet (caller frees);
 * unit_ws_free removes the temporary directory. */
static inline char *unit_ws_dir(void)
{
	char tmpl[] = "/tmp/gavel-unit-XXXXXX";
	char *dir = mkdtemp(tmpl);
	assert_non_null(dir);
	char *ws_dir = NULL;
	assert_true(asprintf(&ws_dir, "%s/ws", dir) > 0);
	gv_repo_global_init();
	return ws_dir;
}

/* A fresh workspace in a temporary directory (Toronto time). */
static inline struct gv_ws *unit_ws_new(void)
{
	char *ws_dir = unit_ws_dir();
	struct gv_err err = {0};
	struct gv_ws_init_opts o = {"Town of Testville", "America/Toronto", NULL};
	assert_int_equal(gv_ws_init(ws_dir, &o, &err), 0);
	struct gv_ws *ws = NULL;
	assert_int_equal(gv_ws_open(ws_dir, &ws, &err), 0);
	free(ws_dir);
	return ws;
}

/* Close the workspace and remove its directory. */
static inline void unit_ws_free(struct gv_ws *ws)
{
	char *cmd = NULL;
	/* ws->dir is <tmpdir>/ws: remove the temporary directory around it */
	assert_true(asprintf(&cmd, "rm -rf \"$(dirname '%s')\"", ws->dir) > 0);
	gv_ws_close(ws);
	int rc = system(cmd);
	free(cmd);
	assert_int_equal(rc, 0);
}

#endif
