#include "publish/site.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_md.h"
#include "agenda/agenda_view.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/minutes.h"
#include "store/settings.h"
#include "store/workspace.h"

/* Bump when the pages change shape, so every page is made again. */
#define SITE_FORMAT "gavel-site-1"

static void replace_redacted(char **s)
{
	if (!*s)
		return;
	char *r = gv_redact(*s);
	free(*s);
	*s = r;
}

static void drop_content(struct gv_item *it)
{
	free(it->body);
	it->body = gv_strdup("");
	free(it->recommendation);
	it->recommendation = gv_strdup("");
	for (size_t k = 0; k < it->n_attachments; k++) {
		free(it->attachments[k].name);
		free(it->attachments[k].sha256);
		free(it->attachments[k].media_type);
	}
	free(it->attachments);
	it->attachments = NULL;
	it->n_attachments = 0;
}

/* Items come in reading order, so a closed item's sub-items follow it with
 * a greater depth. */
static void make_public(struct gv_agenda *a)
{
	int closed_depth = 0;
	for (size_t i = 0; i < a->n; i++) {
		struct gv_item *it = &a->items[i];
		if (closed_depth && it->depth <= closed_depth)
			closed_depth = 0;
		if (!closed_depth && gv_item_is_private(it))
			closed_depth = it->depth;
		replace_redacted(&it->title);
		if (closed_depth) {
			drop_content(it);
			continue;
		}
		replace_redacted(&it->body);
		replace_redacted(&it->recommendation);
	}
}

/* What every page of a meeting is made from: the site's format and
 * settings, and the meeting. */
static void key_start(struct gv_buf *b, const struct gv_site *s, const struct gv_site_meeting *sm)
{
	gv_buf_printf(b, "%s\n%s\n%s\n", SITE_FORMAT, s->municipality, s->base_url);
	struct gv_json j;
	gv_json_init(&j, b, false);
	gv_meeting_json(&j, &sm->m);
	gv_buf_putc(b, '\n');
}

static void meeting_key(struct gv_site *s, struct gv_site_meeting *sm)
{
	struct gv_buf b = GV_BUF_INIT;
	key_start(&b, s, sm);
	gv_agenda_md_write(&b, &sm->m, &sm->agenda, true);
	for (size_t i = 0; i < sm->agenda.n; i++)
		for (size_t k = 0; k < sm->agenda.items[i].n_attachments; k++)
			gv_buf_printf(&b, "%s\n", sm->agenda.items[i].attachments[k].sha256);
	struct gv_err ignored;
	gv_chapters_write(sm->chapters, "webvtt", &b, &ignored);
	gv_sha256_hex(b.data, b.len, sm->key);
	gv_buf_free(&b);
}

/* The minutes pages: the public markdown says all the HTML does, but for
 * the link to the approving meeting, which depends on that meeting. */
static void minutes_key(struct gv_site *s, struct gv_site_meeting *sm)
{
	struct gv_buf b = GV_BUF_INIT;
	key_start(&b, s, sm);
	char *href = gv_site_approval_href(s, sm);
	gv_buf_printf(&b, "%s\n%s", href ? href : "", sm->minutes_md);
	gv_sha256_hex(b.data, b.len, sm->minutes_key);
	free(href);
	gv_buf_free(&b);
}

static const struct gv_chapters no_chapters;

/* The meeting's minutes, kept when it has any; its chapters come with them. */
static int load_minutes(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_err *err)
{
	struct gv_minutes *mn = gv_calloc(1, sizeof *mn);
	if (gv_minutes_load(ws, sm->m.slug, mn, err)) {
		free(mn);
		return err->code;
	}
	if (!gv_minutes_exist(mn)) {
		gv_minutes_clear(mn);
		free(mn);
		return 0;
	}
	sm->minutes = mn;
	sm->chapters = &mn->chapters;
	struct gv_buf b = GV_BUF_INIT;
	gv_minutes_md(&b, mn, true);
	sm->minutes_md = gv_buf_detach(&b);
	sm->minutes_at = mn->log.state.adjourned_at;
	for (size_t i = 0; !mn->log.state.adjourned_at && i < mn->log.n; i++)
		if (mn->log.ev[i].at > sm->minutes_at)
			sm->minutes_at = mn->log.ev[i].at;
	if (!sm->minutes_at)
		sm->minutes_at = sm->m.starts_at;
	return 0;
}

int gv_site_load(struct gv_ws *ws, struct gv_site *s, struct gv_err *err)
{
	memset(s, 0, sizeof *s);
	s->ws = ws;
	s->municipality = gv_setting_get(ws->db, "municipality");
	s->base_url = gv_setting_get(ws->db, "publish.base-url");
	s->clerk_name = gv_setting_get(ws->db, "clerk.name");
	s->clerk_email = gv_setting_get(ws->db, "clerk.email");
	s->now = gv_now();
	struct gv_meeting *all = NULL;
	size_t n = 0;
	if (gv_meeting_list(ws, &all, &n, err))
		return err->code;
	s->meetings = gv_calloc(n ? n : 1, sizeof *s->meetings);
	for (size_t i = 0; i < n; i++) {
		if (!all[i].agenda_published_at) {
			gv_meeting_clear(&all[i]);
			continue;
		}
		struct gv_site_meeting *sm = &s->meetings[s->n++];
		sm->m = all[i];
		sm->chapters = &no_chapters;
		if (gv_agenda_load(ws, sm->m.id, &sm->agenda, err) || load_minutes(ws, sm, err)) {
			for (size_t k = i + 1; k < n; k++)
				gv_meeting_clear(&all[k]);
			free(all);
			gv_site_free(s);
			return err->code;
		}
		make_public(&sm->agenda);
		gv_meeting_date(&sm->m, sm->date);
		meeting_key(s, sm);
	}
	free(all);
	for (size_t i = 0; i < s->n; i++)
		if (s->meetings[i].minutes)
			minutes_key(s, &s->meetings[i]);
	return 0;
}

void gv_site_free(struct gv_site *s)
{
	for (size_t i = 0; i < s->n; i++) {
		gv_meeting_clear(&s->meetings[i].m);
		gv_agenda_free(&s->meetings[i].agenda);
		if (s->meetings[i].minutes)
			gv_minutes_clear(s->meetings[i].minutes);
		free(s->meetings[i].minutes);
		free(s->meetings[i].minutes_md);
	}
	free(s->meetings);
	free(s->municipality);
	free(s->base_url);
	free(s->clerk_name);
	free(s->clerk_email);
	memset(s, 0, sizeof *s);
}

int gv_site_find(struct gv_site *s, const char *ref, struct gv_site_meeting **out,
		 struct gv_err *err)
{
	struct gv_meeting m;
	if (gv_meeting_find(s->ws, ref, &m, err))
		return err->code;
	int64_t id = m.id;
	char *slug = gv_strdup(m.slug);
	gv_meeting_clear(&m);
	for (size_t i = 0; i < s->n; i++) {
		if (s->meetings[i].m.id == id) {
			*out = &s->meetings[i];
			free(slug);
			return 0;
		}
	}
	gv_err_set(err, GV_EREFUSED, "meeting %s is not public: publish its agenda first "
		   "(gavel agenda publish %s)", slug, slug);
	free(slug);
	return err->code;
}

void gv_site_meeting_dir(const struct gv_site_meeting *sm, char out[160])
{
	snprintf(out, 160, "meetings/%s/", sm->m.slug);
}

char *gv_site_approval_href(const struct gv_site *s, const struct gv_site_meeting *sm)
{
	const struct gv_approval *a = sm->minutes ? &sm->minutes->approval : NULL;
	if (!a || !a->approved || !a->at_slug)
		return NULL;
	for (size_t i = 0; i < s->n; i++) {
		const struct gv_site_meeting *at = &s->meetings[i];
		if (strcmp(at->m.slug, a->at_slug))
			continue;
		return at->minutes ? gv_asprintf("../%s/minutes.html#motion-%d", at->m.slug, a->motion)
				   : gv_asprintf("../%s/agenda.html", at->m.slug);
	}
	return NULL;
}

char *gv_site_attachment_name(const struct gv_item *it, const struct gv_attachment *att)
{
	const char *dot = strrchr(att->name, '.');
	char *stem = gv_strndup(att->name, dot && dot != att->name ? (size_t)(dot - att->name)
								     : strlen(att->name));
	char *slug = gv_slugify(stem);
	char *ext = dot && dot != att->name ? gv_slugify(dot + 1) : gv_strdup("");
	char *name = gv_asprintf("%s-%s%s%s", it->number, *slug ? slug : "file",
				 *ext ? "." : "", ext);
	free(stem);
	free(slug);
	free(ext);
	return name;
}
