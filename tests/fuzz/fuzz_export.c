/* Open-data exports (CSV of member votes, Popolo, Open Civic Data) of a
 * public record made of the input. The exports that read the workspace
 * (bodies, members, agendas, the base URL) get a fixed one, made once in a
 * temporary directory and removed at exit.
 *
 * Lines, tab-separated, after a one-letter kind:
 *   M TITLE STREAM-URL LOCATION MINUTES-FROM-START CANCELLED BODY    a meeting
 *   m NUMBER ITEM ITEM-TITLE TEXT MOVER SECONDER RESULT COUNTED YES NO ABSTAIN
 *     RECORDED RESOLUTION THRESHOLD AMENDS                            its motion
 *   v MEMBER-ID NAME OPTION INTEREST                                  a vote on it
 *   t ITEM SECONDS                                                    an item taken up
 * Strings are kept only when gavel would have accepted them; "\n" in a
 * motion's text is a line break. The CSV reads back to the same rows and
 * fields; both JSON documents are valid JSON. */
#include "fuzz.h"

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "publish/export.h"
#include "publish/vote_record.h"
#include "store/repo.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <ftw.h>
#include <unistd.h>

#define MAX_MEETINGS 4
#define MAX_MOTIONS 16
#define MAX_VOTES 16
#define MAX_TAKEN 16

static struct gv_ws *ws;
static int64_t meeting_id;
static char tmp_dir[64];
static pid_t owner;

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void fixture_free(void)
{
	/* a replay's children share the fixture: only its maker removes it */
	if (getpid() != owner)
		return;
	gv_ws_close(ws);
	nftw(tmp_dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void must(int rc, const struct gv_err *err)
{
	if (rc) {
		fprintf(stderr, "fuzz_export fixture: %s\n", err->msg);
		abort();
	}
}

/* A Council of five with a clerk, and one meeting with an agenda. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *tmp = getenv("TMPDIR");
	snprintf(tmp_dir, sizeof tmp_dir, "%s/gavel-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmp_dir))
		abort();
	owner = getpid();
	atexit(fixture_free);
	gv_repo_global_init();
	char *dir = gv_asprintf("%s/ws", tmp_dir);
	struct gv_err err = {0};
	struct gv_ws_init_opts o = {"Town of Lakeview", "America/Toronto", NULL};
	must(gv_ws_init(dir, &o, &err), &err);
	must(gv_ws_open(dir, &ws, &err), &err);
	free(dir);
	static const char *const council[][2] = {
		{"Marie Côté", "mayor"},       {"Geneviève Tremblay", "deputy-mayor"},
		{"Ahmed Haddad", "councillor"}, {"Siobhán Ó Briain", "councillor"},
		{"Tom Wong", "councillor"},     {"Jane Doe", "clerk"},
	};
	for (size_t i = 0; i < sizeof council / sizeof *council; i++)
		must(gv_member_add(ws, council[i][0], council[i][1], NULL, NULL, NULL, &err), &err);
	struct gv_meeting_spec spec = {.title = "Regular Council Meeting",
				       .location = "Council Chambers"};
	must(gv_time_parse("2026-12-01 19:00", 0, &spec.starts_at, &err), &err);
	char *slug;
	must(gv_meeting_new(ws, &spec, &slug, &err), &err);
	struct gv_meeting m;
	must(gv_meeting_find(ws, slug, &m, &err), &err);
	meeting_id = m.id;
	gv_meeting_clear(&m);
	free(slug);
	struct gv_item_fields f = {.title = "Zoning amendment, 12 Main Street", .consent = 0};
	char number[32];
	must(gv_item_add(ws, meeting_id, &f, GV_PLACE_UNDER, "9", number, &err), &err);
	must(gv_setting_set(ws->db, "publish.base-url", "https://lakeview.example/council", &err),
	     &err);
	return 0;
}

/* s when gavel would store it as a one-line field, else NULL. Caller frees. */
static char *line_or_null(const char *s, size_t max)
{
	return *s && !gv_check_line(s, "field", max, NULL) ? strdup(s) : NULL;
}

static void add_meeting(struct gv_vote_record *r, char **f)
{
	if (r->n == MAX_MEETINGS)
		return;
	struct gv_pub_meeting *pm = &r->meetings[r->n++];
	pm->id = meeting_id;
	pm->title = line_or_null(f[0], 500);
	if (!pm->title)
		pm->title = strdup("Regular Council Meeting");
	char *s = gv_slugify(pm->title);
	pm->slug = gv_asprintf("2026-12-%02zu-%s", r->n, *s ? s : "council");
	free(s);
	pm->stream_url = gv_setting_def("stream.url")->check(f[1], NULL) || !*f[1] ? NULL
										 : strdup(f[1]);
	pm->location = line_or_null(f[2], 200);
	pm->starts_at = 1796169600 + 86400 * (int64_t)r->n;
	gv_time_format(pm->starts_at, "%Y-%m-%d", pm->date, sizeof pm->date);
	int64_t minutes = fz_num(f[3], -1, 600);
	pm->origin = minutes < 0 ? 0 : pm->starts_at + 60 * minutes;
	pm->cancelled = fz_num(f[4], 0, 1);
	bool council = fz_num(f[5], 0, 1) == 0;
	pm->body = strdup(council ? "Council" : "Planning Committee");
	pm->body_slug = strdup(council ? "council" : "planning-committee");
	pm->motions = calloc(MAX_MOTIONS, sizeof *pm->motions);
	pm->taken = calloc(MAX_TAKEN, sizeof *pm->taken);
}

static void add_motion(struct gv_pub_meeting *pm, char **f)
{
	static const char *const results[] = {"carried", "lost", "withdrawn"};
	static const char *const thresholds[] = {"majority", "two-thirds", "members-majority",
						 "members-two-thirds"};
	static const char *const kinds[] = {"substantive", "direction", "procedural"};
	if (pm->n_motions == MAX_MOTIONS)
		return;
	struct gv_pub_motion *m = &pm->motions[pm->n_motions++];
	m->number = (int)fz_num(f[0], 1, 999);
	if (!gv_check_line(f[1], "item", sizeof m->item - 1, NULL)) {
		snprintf(m->item, sizeof m->item, "%s", f[1]);
		m->item_title = line_or_null(f[2], 500);
	}
	char *text = fz_unescape(f[3]);
	m->text = gv_utf8_valid(text, strlen(text)) ? text : (free(text), strdup("That it pass."));
	m->mover_id = fz_num(f[4], 1, 6);
	m->mover = line_or_null(f[4], 200);
	m->seconder = line_or_null(f[5], 200);
	m->result = fz_pick(f[6], results, 3, true);
	m->counted = fz_num(f[7], 0, 1);
	m->yes = (int)fz_num(f[8], 0, 99);
	m->no = (int)fz_num(f[9], 0, 99);
	m->abstain = (int)fz_num(f[10], 0, 99);
	m->recorded = fz_num(f[11], 0, 1);
	if (!gv_check_line(f[12], "resolution", sizeof m->resolution - 1, NULL))
		snprintf(m->resolution, sizeof m->resolution, "%s", f[12]);
	m->threshold = strdup(fz_pick(f[13], thresholds, 4, false));
	m->amends = (int)fz_num(f[14], 0, m->number - 1);
	m->kind = fz_pick(f[15], kinds, 3, false);
	m->moved_at = pm->starts_at + 60 * (int64_t)pm->n_motions;
	m->decided_at = m->result ? m->moved_at + 30 : 0;
	m->votes = calloc(MAX_VOTES, sizeof *m->votes);
}

static void add_vote(struct gv_pub_motion *m, char **f)
{
	static const char *const options[] = {"yes", "no", "abstain", "absent", "not voting"};
	if (m->n_votes == MAX_VOTES)
		return;
	struct gv_pub_vote *v = &m->votes[m->n_votes++];
	v->member_id = fz_num(f[0], 1, 6);
	v->member = line_or_null(f[1], 200);
	v->option = fz_pick(f[2], options, 5, false);
	v->interest = !strcmp(v->option, "not voting") && fz_num(f[3], 0, 1);
}

static void add_taken(struct gv_pub_meeting *pm, char **f)
{
	if (pm->n_taken == MAX_TAKEN || gv_check_line(f[0], "item", 31, NULL))
		return;
	struct gv_pub_taken *t = &pm->taken[pm->n_taken++];
	snprintf(t->item, sizeof t->item, "%s", f[0]);
	t->at = (pm->origin ? pm->origin : pm->starts_at) + fz_num(f[1], -600, 36000);
}

/* RFC 4180 read back: one record of fields, *p advanced past it. */
static size_t csv_record(const char **p, char **fields, size_t max)
{
	size_t n = 0;
	for (;;) {
		struct gv_buf b = GV_BUF_INIT;
		gv_buf_add(&b, "", 0);
		if (**p == '"') {
			for ((*p)++; **p && !(**p == '"' && (*p)[1] != '"'); (*p)++) {
				if (**p == '"')
					(*p)++;
				gv_buf_putc(&b, **p);
			}
			FZ_CHECK(**p == '"', *p);
			(*p)++;
		} else {
			for (; **p && !strchr(",\r\n\"", **p); (*p)++)
				gv_buf_putc(&b, **p);
		}
		if (n < max)
			fields[n] = gv_buf_detach(&b);
		else
			gv_buf_free(&b);
		n++;
		if (**p == ',') {
			(*p)++;
			continue;
		}
		FZ_CHECK((*p)[0] == '\r' && (*p)[1] == '\n', *p);
		*p += 2;
		return n;
	}
}

static void check_csv(const char *csv, const struct gv_vote_record *r)
{
	const char *p = csv;
	char *f[9];
	FZ_CHECK(csv_record(&p, f, 9) == 9 && !strcmp(f[0], "meeting"), csv);
	for (int k = 0; k < 9; k++)
		free(f[k]);
	for (size_t i = 0; i < r->n; i++) {
		const struct gv_pub_meeting *pm = &r->meetings[i];
		for (size_t k = 0; k < pm->n_motions; k++) {
			const struct gv_pub_motion *m = &pm->motions[k];
			for (size_t v = 0; v < m->n_votes; v++) {
				FZ_CHECK(*p && csv_record(&p, f, 9) == 9, csv);
				FZ_CHECK(!strcmp(f[0], pm->slug) && !strcmp(f[2], m->item) &&
						 !strcmp(f[3], m->item_title ? m->item_title : "") &&
						 !strcmp(f[6], m->votes[v].member ? m->votes[v].member
										  : "") &&
						 !strcmp(f[7], gv_pub_vote_words(&m->votes[v])),
					 csv);
				for (int j = 0; j < 9; j++)
					free(f[j]);
			}
		}
	}
	FZ_CHECK(*p == '\0', p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_lines l;
	fz_lines_init(&l, data, size);
	struct gv_vote_record r = {calloc(MAX_MEETINGS, sizeof *r.meetings), 0};
	for (char *line; (line = fz_line(&l));) {
		char kind = line[0], *f[16];
		if (!kind || line[1] != '\t')
			continue;
		fz_fields(line + 2, f, 16);
		struct gv_pub_meeting *pm = r.n ? &r.meetings[r.n - 1] : NULL;
		struct gv_pub_motion *m = pm && pm->n_motions ? &pm->motions[pm->n_motions - 1] : NULL;
		if (kind == 'M')
			add_meeting(&r, f);
		else if (kind == 'm' && pm)
			add_motion(pm, f);
		else if (kind == 'v' && m)
			add_vote(m, f);
		else if (kind == 't' && pm)
			add_taken(pm, f);
	}
	struct gv_buf csv = GV_BUF_INIT, popolo = GV_BUF_INIT, ocd = GV_BUF_INIT;
	struct gv_err err = {0};
	gv_export_votes_csv(&r, &csv);
	check_csv(gv_buf_str(&csv), &r);
	FZ_CHECK(gv_export_popolo(ws, &r, &popolo, &err) == 0, err.msg);
	FZ_CHECK(fz_json_valid(gv_buf_str(&popolo)), gv_buf_str(&popolo));
	FZ_CHECK(gv_export_ocd(ws, &r, &ocd, &err) == 0, err.msg);
	FZ_CHECK(fz_json_valid(gv_buf_str(&ocd)), gv_buf_str(&ocd));
	gv_buf_free(&csv);
	gv_buf_free(&popolo);
	gv_buf_free(&ocd);
	gv_vote_record_free(&r);
	fz_lines_free(&l);
	return 0;
}
