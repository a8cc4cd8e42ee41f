/* A Pango context on a Cairo PDF surface that writes nothing, for the unit
 * tests of render/pdf*.c: cmocka's group setup and teardown. */
#ifndef GAVEL_TESTS_UNIT_PDF_FIXTURE_H
#define GAVEL_TESTS_UNIT_PDF_FIXTURE_H

#include "base/buf.h"
#include "base/err.h"
#include "render/pdf_libs.h"

struct fixture {
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoContext *ctx;
};

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int len)
{
	(void)closure, (void)data, (void)len;
	return CAIRO_STATUS_SUCCESS;
}

static int setup(void **state)
{
	struct gv_err err = {0};
	if (gv_pdf_libs_load(&err))
		return -1;
	struct fixture *f = gv_calloc(1, sizeof *f);
	f->surf = L(cairo_pdf_surface_create_for_stream)(discard, NULL, 612, 792);
	f->cr = L(cairo_create)(f->surf);
	f->ctx = L(pango_cairo_create_context)(f->cr);
	L(pango_context_set_round_glyph_positions)(f->ctx, false);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	L(g_object_unref)(f->ctx);
	L(cairo_destroy)(f->cr);
	L(cairo_surface_destroy)(f->surf);
	free(f);
	return 0;
}

#endif
