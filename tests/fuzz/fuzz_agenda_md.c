/* `gavel agenda import`: markdown agendas from outside (hand-written or
 * edited in record/). A parsed agenda has items the importer can store (the
 * first at the top level, none deeper than one below the item before), and
 * it round-trips: written out as `agenda show --format md` writes it, it
 * reads back to the same items. The public form is written too. */
#include "fuzz.h"

#include "agenda/agenda_md.h"
#include "agenda/agenda_public.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"

/* The agenda the importer would store: ids in reading order, parents and
 * positions from the depths, numbered as gavel numbers them. Its texts are
 * the items' own, or copies (own) that gv_agenda_free frees. */
static void to_agenda(const struct gv_md_item *items, size_t n, bool own, struct gv_agenda *a)
{
	char *(*text)(const char *) = own ? gv_strdup : NULL;
	a->meeting_id = 1;
	a->n = n;
	a->items = calloc(n ? n : 1, sizeof *a->items);
	int64_t parents[GV_ITEM_MAX_DEPTH + 1] = {0};
	int positions[GV_ITEM_MAX_DEPTH + 1] = {0};
	bool closed[GV_ITEM_MAX_DEPTH + 1] = {false};
	for (size_t i = 0; i < n; i++) {
		struct gv_item *it = &a->items[i];
		int d = items[i].depth;
		positions[d] = (i && items[i - 1].depth < d) ? 1 : positions[d] + 1;
		it->id = (int64_t)i + 1;
		it->parent_id = d > 1 ? parents[d - 1] : 0;
		it->position = positions[d];
		it->depth = d;
		it->title = text ? text(items[i].title) : items[i].title;
		it->body = text ? text(items[i].body) : items[i].body;
		it->recommendation = text ? text(items[i].recommendation) : items[i].recommendation;
		it->consent = items[i].consent;
		it->closed_clause = text ? text(items[i].closed) : items[i].closed;
		it->public_title = text ? text(items[i].public_title) : items[i].public_title;
		it->under_closed = d > 1 && closed[d - 1];
		closed[d] = it->closed_clause || it->under_closed;
		parents[d] = it->id;
	}
	gv_agenda_number(a->items, n);
}

static const char *or_null(const char *s)
{
	return s ? s : "(null)";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int once;
	if (!once++)
		gv_tz_use("America/Toronto", NULL);
	char *text = fz_cstr(data, size);
	struct gv_md_item *items = NULL, *again = NULL;
	size_t n = 0, n2 = 0;
	struct gv_err err = {0};
	if (gv_agenda_md_parse(text, &items, &n, &err)) {
		FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
		free(text);
		return 0;
	}
	FZ_CHECK(n > 0 && items[0].depth == 1, text);
	for (size_t i = 0; i < n; i++) {
		FZ_CHECK(items[i].depth >= 1 && items[i].depth <= GV_ITEM_MAX_DEPTH, text);
		FZ_CHECK(!i || items[i].depth <= items[i - 1].depth + 1, text);
		FZ_CHECK(items[i].title && items[i].body && items[i].recommendation, text);
		FZ_CHECK(!items[i].closed || gv_clause_nature(items[i].closed), text);
	}
	struct gv_agenda a, public_a;
	to_agenda(items, n, false, &a);
	to_agenda(items, n, true, &public_a);
	gv_agenda_make_public(&public_a);
	struct gv_meeting m = {.id = 1, .body_name = "Council", .slug = "2026-12-01-council",
			       .title = "Regular Council Meeting", .starts_at = 1796169600,
			       .location = "Council Chambers", .lang = "en"};
	struct gv_buf md = GV_BUF_INIT, pub = GV_BUF_INIT;
	gv_agenda_md_write(&md, &m, &a);
	gv_agenda_md_write(&pub, &m, &public_a);
	for (size_t i = 0; i < n; i++)
		FZ_CHECK(!gv_item_is_private(&public_a.items[i]) ||
			 (!*public_a.items[i].body && !*public_a.items[i].recommendation),
			 gv_buf_str(&pub));
	const char *written = gv_buf_str(&md);
	if (gv_agenda_md_parse(written, &again, &n2, &err))
		FZ_CHECK(!"the written agenda reads back", err.msg);
	FZ_CHECK(n2 == n, written);
	for (size_t i = 0; i < n; i++) {
		FZ_CHECK(again[i].depth == items[i].depth, written);
		FZ_CHECK(!strcmp(again[i].title, items[i].title), written);
		FZ_CHECK(!strcmp(again[i].body, items[i].body), written);
		FZ_CHECK(!strcmp(again[i].recommendation, items[i].recommendation), written);
		FZ_CHECK(again[i].consent == items[i].consent, written);
		FZ_CHECK(!strcmp(or_null(again[i].closed), or_null(items[i].closed)), written);
		FZ_CHECK(!strcmp(or_null(again[i].public_title), or_null(items[i].public_title)),
			 written);
	}
	gv_md_items_free(again, n2);
	gv_buf_free(&md);
	gv_buf_free(&pub);
	free(a.items);
	gv_agenda_free(&public_a);
	gv_md_items_free(items, n);
	free(text);
	return 0;
}
