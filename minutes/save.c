/* Saving the minutes to git: render both forms, say what changed since the
 * last version, commit each repository only when its minutes changed. */
#include "minutes/record.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "minutes/approval.h"
#include "minutes/minutes.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A heading-delimited part of the minutes: key is the item number of an
 * item heading ("7.2"), the heading text otherwise, "" before any heading. */
struct section {
	char key[128];
	const char *start;
	size_t len;
};

static size_t split(const char *text, struct section **out)
{
	size_t n = 0;
	*out = NULL;
	const char *p = text;
	while (*p) {
		size_t hashes = strspn(p, "#");
		/* the title (#) belongs to the heading section, key "" */
		bool heading = (p == text || p[-1] == '\n') && hashes > 1 && p[hashes] == ' ';
		if (heading || n == 0) {
			struct section *s = GV_PUSH(*out, n);
			s->start = p;
			if (heading) {
				const char *k = p + hashes + 1;
				size_t len = (*k >= '0' && *k <= '9') ? strcspn(k, " \n")
								      : strcspn(k, "\n");
				snprintf(s->key, sizeof s->key, "%.*s", (int)len, k);
			}
		}
		size_t line = strcspn(p, "\n");
		p += line + (p[line] == '\n');
		(*out)[n - 1].len = (size_t)(p - (*out)[n - 1].start);
	}
	return n;
}

static const struct section *find(const struct section *s, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s[i].key, key))
			return &s[i];
	return NULL;
}

static bool note_changed(const struct gv_minutes *m, const char *number)
{
	for (size_t i = 0; i < m->agenda.n; i++)
		if (!strcmp(m->agenda.items[i].number, number)) {
			const struct gv_note *note =
				gv_note_find(m->notes, m->n_notes, m->agenda.items[i].id);
			return note && note->unsaved;
		}
	return false;
}

static void add_part(struct gv_buf *b, const char *part)
{
	gv_buf_printf(b, "%s%s", b->len ? ", " : "", part);
}

/* "note on 7.2, 8.1, attendance": the sections that differ between the
 * saved text (NULL: none) and the new one. */
static char *summary(const struct gv_minutes *m, const char *old, const char *new_text)
{
	if (!old)
		return gv_strdup(m->log.state.adjourned_at ? "draft, as adjourned" : "draft");
	struct section *a, *b;
	size_t na = split(old, &a), nb = split(new_text, &b);
	struct gv_buf parts = GV_BUF_INIT;
	for (size_t i = 0; i < nb; i++) {
		const struct section *was = find(a, na, b[i].key);
		if (was && was->len == b[i].len && !memcmp(was->start, b[i].start, b[i].len))
			continue;
		if (!b[i].key[0]) {
			add_part(&parts, "heading");
		} else if (note_changed(m, b[i].key)) {
			char *s = gv_asprintf("note on %s", b[i].key);
			add_part(&parts, s);
			free(s);
		} else {
			char *label = gv_strdup(b[i].key);
			for (char *c = label; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			add_part(&parts, label);
			free(label);
		}
	}
	for (size_t i = 0; i < na; i++)
		if (!find(b, nb, a[i].key)) {
			char *s = gv_asprintf("removed %s", a[i].key);
			add_part(&parts, s);
			free(s);
		}
	free(a);
	free(b);
	if (!parts.len)
		add_part(&parts, "update");
	return gv_buf_detach(&parts);
}

/* Commit the minutes as m is (public or confidential) to one repository. */
static int commit_one(struct gv_ws *ws, const struct gv_minutes *m, const char *repo_name,
		      const char *subject, bool *committed, char *oid, struct gv_err *err)
{
	char *repo = gv_ws_path(ws, repo_name), *dir = gv_minutes_dir(&m->meeting);
	char *path = gv_asprintf("%s/minutes.md", dir), *old = NULL, *what = NULL, *msg = NULL;
	struct gv_buf md = GV_BUF_INIT;
	gv_minutes_md(&md, m);
	size_t old_len;
	int rc = gv_repo_read(repo, "main", path, &old, &old_len, err);
	if (rc == GV_ENOTFOUND) /* nothing committed yet */
		rc = 0;
	if (rc)
		goto out;
	what = subject ? gv_strdup(subject) : summary(m, old, gv_buf_str(&md));
	msg = gv_asprintf("Minutes of %s: %s\n", m->meeting.slug, what);
	struct gv_signature sig;
	gv_ws_signature(ws, gv_now(), &sig);
	struct gv_repo_file f = {path, gv_buf_str(&md), md.len};
	rc = gv_repo_commit(repo, &f, 1, msg, &sig, committed, oid, err);
out:
	gv_buf_free(&md);
	free(msg);
	free(what);
	free(old);
	free(path);
	free(dir);
	free(repo);
	return rc;
}

int gv_minutes_commit_to(struct gv_ws *ws, struct gv_minutes *m, const char *subject,
			 bool *committed, bool *confidential, char *oid, struct gv_err *err)
{
	bool secret;
	int rc = commit_one(ws, m, "confidential", subject, &secret, NULL, err);
	if (rc)
		return rc;
	if (confidential)
		*confidential = secret;
	gv_minutes_make_public(m);
	/* record/ is public and pushed: the message is redacted like every text
	 * of the public minutes (docs/safety.md, "Redaction"); confidential/
	 * keeps it whole. */
	char *public_subject = subject ? gv_redact(subject) : NULL;
	rc = commit_one(ws, m, "record", public_subject, committed, oid, err);
	free(public_subject);
	return rc;
}

int gv_minutes_commit(struct gv_ws *ws, struct gv_minutes *m, const char *subject,
		      bool *committed, char *oid, struct gv_err *err)
{
	return gv_minutes_commit_to(ws, m, subject, committed, NULL, oid, err);
}

int gv_minutes_save(struct gv_ws *ws, int64_t meeting_id, const char *message, bool *committed,
		    struct gv_err *err)
{
	bool confidential;
	return gv_minutes_save_to(ws, meeting_id, message, committed, &confidential, err);
}

int gv_minutes_save_to(struct gv_ws *ws, int64_t meeting_id, const char *message,
		       bool *committed, bool *confidential, struct gv_err *err)
{
	*committed = false;
	*confidential = false;
	int rc;
	if (message && (rc = gv_check_line(message, "message", GV_MINUTES_MESSAGE_MAX, err)))
		return rc;
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)meeting_id);
	if ((rc = gv_db_begin(ws->db, err)))
		return rc;
	struct gv_minutes m;
	rc = gv_minutes_locked(ws, meeting_id, err);
	if (!rc)
		rc = gv_minutes_load(ws, id, &m, err);
	if (rc) {
		gv_db_rollback(ws->db);
		return rc;
	}
	if ((rc = gv_minutes_commit_to(ws, &m, message, committed, confidential, NULL, err)) ||
	    (rc = gv_notes_mark_saved(ws->db, meeting_id, err)) ||
	    (rc = gv_db_commit(ws->db, err)))
		gv_db_rollback(ws->db);
	gv_minutes_clear(&m);
	return rc;
}
