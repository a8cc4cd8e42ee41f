/* The libraries that typeset PDF (Cairo, Pango, Poppler, GLib), loaded on
 * first use: linked into gavel they tripled the start-up of every command
 * (78 shared libraries instead of 24; docs/performance.md, "Agenda
 * package"), and most commands never write a PDF. Only render/pdf*.c call
 * them, each through L(name). */
#ifndef GAVEL_RENDER_PDF_LIBS_H
#define GAVEL_RENDER_PDF_LIBS_H

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <hb-ot.h>
#include <libdeflate.h>
#include <pango/pangocairo.h>
#include <poppler.h>

struct gv_err;

/* Those the typesetter calls, and a few only the unit tests do, to
 * compare with Pango's layout and HarfBuzz's reading of a font. */
#define GV_PDF_SYMS(X) \
	X(cairo_create) \
	X(cairo_destroy) \
	X(cairo_font_options_create) \
	X(cairo_font_options_destroy) \
	X(cairo_font_options_set_hint_metrics) \
	X(cairo_font_options_set_hint_style) \
	X(cairo_pdf_surface_create_for_stream) \
	X(cairo_pdf_surface_set_size) \
	X(cairo_show_page) \
	X(cairo_surface_destroy) \
	X(cairo_surface_finish) \
	X(cairo_surface_status) \
	X(g_bytes_new_static) \
	X(g_bytes_unref) \
	X(g_list_free) \
	X(g_list_length) \
	X(g_object_ref) \
	X(g_object_unref) \
	X(g_slist_free) \
	X(g_slist_length) \
	X(g_unichar_ismark) \
	X(hb_blob_create) \
	X(hb_blob_destroy) \
	X(hb_blob_get_data) \
	X(hb_face_create) \
	X(hb_face_destroy) \
	X(hb_face_get_glyph_count) \
	X(hb_face_reference) \
	X(hb_face_reference_table) \
	X(hb_font_create) \
	X(hb_font_destroy) \
	X(hb_font_get_face) \
	X(hb_font_get_glyph_extents) \
	X(hb_font_get_glyph_h_advance) \
	X(hb_font_get_nominal_glyph) \
	X(hb_ot_name_get_utf8) \
	X(libdeflate_alloc_compressor) \
	X(libdeflate_free_compressor) \
	X(libdeflate_zlib_compress) \
	X(libdeflate_zlib_compress_bound) \
	X(pango_attr_family_new) \
	X(pango_attr_font_features_new) \
	X(pango_attr_foreground_new) \
	X(pango_attr_iterator_destroy) \
	X(pango_attr_iterator_get_attrs) \
	X(pango_attr_iterator_get_font) \
	X(pango_attr_iterator_next) \
	X(pango_attr_iterator_range) \
	X(pango_attr_list_change) \
	X(pango_attr_list_get_iterator) \
	X(pango_attr_list_insert) \
	X(pango_attr_list_new) \
	X(pango_attr_list_unref) \
	X(pango_attr_strikethrough_new) \
	X(pango_attr_style_new) \
	X(pango_attr_underline_new) \
	X(pango_attr_weight_new) \
	X(pango_attribute_destroy) \
	X(pango_attribute_equal) \
	X(pango_cairo_context_set_font_options) \
	X(pango_cairo_font_map_get_default) \
	X(pango_context_get_base_dir) \
	X(pango_context_get_font_description) \
	X(pango_context_get_language) \
	X(pango_context_get_metrics) \
	X(pango_context_load_font) \
	X(pango_context_load_fontset) \
	X(pango_context_set_font_description) \
	X(pango_context_set_round_glyph_positions) \
	X(pango_font_describe_with_absolute_size) \
	X(pango_font_description_copy) \
	X(pango_font_description_copy_static) \
	X(pango_font_description_equal) \
	X(pango_font_description_free) \
	X(pango_font_description_get_size) \
	X(pango_font_description_new) \
	X(pango_font_description_set_absolute_size) \
	X(pango_font_description_set_family) \
	X(pango_font_description_set_style) \
	X(pango_font_description_set_weight) \
	X(pango_font_get_glyph_extents) \
	X(pango_font_get_hb_font) \
	X(pango_font_get_metrics) \
	X(pango_font_map_create_context) \
	X(pango_font_metrics_get_ascent) \
	X(pango_font_metrics_get_descent) \
	X(pango_font_metrics_get_strikethrough_position) \
	X(pango_font_metrics_get_strikethrough_thickness) \
	X(pango_font_metrics_get_underline_position) \
	X(pango_font_metrics_get_underline_thickness) \
	X(pango_font_metrics_unref) \
	X(pango_fontset_get_font) \
	X(pango_glyph_item_get_logical_widths) \
	X(pango_glyph_string_extents) \
	X(pango_glyph_string_free) \
	X(pango_glyph_string_get_width) \
	X(pango_glyph_string_new) \
	X(pango_glyph_string_set_size) \
	X(pango_item_free) \
	X(pango_item_new) \
	X(pango_itemize) \
	X(pango_language_from_string) \
	X(pango_language_get_default) \
	X(pango_language_includes_script) \
	X(pango_layout_get_extents) \
	X(pango_layout_get_lines_readonly) \
	X(pango_layout_new) \
	X(pango_layout_set_font_description) \
	X(pango_layout_set_text) \
	X(pango_layout_set_width) \
	X(pango_layout_set_wrap) \
	X(pango_script_get_sample_language) \
	X(pango_shape_with_flags)

/* Poppler's, loaded only when an attached PDF is read (gv_pdf_poppler_load):
 * it and the 18 libraries only it needs cost a minutes PDF a sixth of its
 * page faults (docs/performance.md, "Gavel's own pages"). */
#define GV_PDF_POPPLER_SYMS(X) \
	X(poppler_document_get_n_pages) \
	X(poppler_document_get_page) \
	X(poppler_document_new_from_bytes) \
	X(poppler_page_get_size) \
	X(poppler_page_render_for_printing)

struct gv_pdf_libs {
#define GV_PDF_SYM_PTR(name) __typeof__(name) *name;
	GV_PDF_SYMS(GV_PDF_SYM_PTR)
	GV_PDF_POPPLER_SYMS(GV_PDF_SYM_PTR)
#undef GV_PDF_SYM_PTR
};

extern struct gv_pdf_libs gv_pdf_lib;

/* Load the libraries once (thread-safe); refused, naming the library or
 * function, when one is missing. */
int gv_pdf_libs_load(struct gv_err *err);
/* The same for Poppler, after gv_pdf_libs_load. */
int gv_pdf_poppler_load(struct gv_err *err);

#define L(name) (gv_pdf_lib.name)

#endif
