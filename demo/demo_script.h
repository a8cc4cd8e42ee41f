/* The demo as data: gavel command lines, exactly as a clerk would type them
 * after "gavel", grouped in scenes and run in order by demo.c through the
 * same command table as the CLI (gv_cmd_split, gv_cmd_run). The script is
 * the Town of Kestrel Falls, Ontario: its council and staff, three regular
 * meetings of Council of the 2022-2026 term, the inaugural meeting of the
 * council that took office on November 15, 2026, and the upcoming meeting of
 * December 8, 2026.
 *
 * To extend the demo, add lines; never add code that writes to the
 * workspace directly, so the demo keeps exercising the real commands. */
#ifndef GAVEL_DEMO_SCRIPT_H
#define GAVEL_DEMO_SCRIPT_H

struct demo_line {
	/* The command line, quoted like a shell's ('...' keeps an apostrophe
	 * out of the way: titles use the typographic ’ instead). A word
	 * "{tmp}/NAME" is a file in a scratch directory outside the workspace. */
	const char *cmd;
	/* What the command reads: written to {tmp}/NAME when the line names
	 * one (for `agenda attach`), else its standard input (for "-"). NULL:
	 * nothing. */
	const char *input;
};

/* Lines entered at one moment: the clock (GAVEL_NOW) reads `at` while they
 * run, so dates in the database and in the git history never depend on the
 * day the demo is made. */
struct demo_scene {
	const char *at;                /* ISO 8601 with offset */
	const struct demo_line *lines; /* ends with {NULL}; NULL: no lines yet */
};

struct demo_meeting {
	/* Scheduled ahead: `meeting new` and the standing sections, run right
	 * after the agenda of the meeting before it, so that that meeting can
	 * defer business to this one (`live M move ... --defer K --until M2`).
	 * {NULL}: the agenda scene schedules the meeting. */
	struct demo_scene schedule;
	/* Schedule the meeting (unless scheduled ahead), build its agenda and
	 * publish it. */
	struct demo_scene agenda;
	/* A revised agenda: its changes and `agenda publish` again (revision
	 * 2 on the site); {NULL} for none. */
	struct demo_scene revised;
	/* The meeting: `live M start`, `live M attend ...`, `live M move ...`
	 * lines, each with --at for the moment it happened, in scenes whose
	 * time is when the clerk entered them (never before they happened).
	 * Ends with {NULL}; NULL for a meeting still to come. */
	const struct demo_scene *live;
	/* Afterwards: the link to the recording, then `minutes M note ...`
	 * and `minutes M save`. The approval of M's minutes belongs to the
	 * next meeting's scenes, where the motion that adopts them is moved. */
	struct demo_scene minutes;
};

/* Texts every council agenda carries (script_texts.c). */
extern const char demo_land_acknowledgement[];
extern const char demo_disclosure_reminder[];

/* The lines that fill the standing sections of the ontario-regular
 * template on a new agenda of Council meeting M; run them before any item
 * is added, while the sections still have their template numbers. */
#define DEMO_STANDING_SECTIONS(M)                                                         \
	{"agenda edit " M " 2 --body-file -", demo_land_acknowledgement},                 \
	{"agenda edit " M " 3 --body-file -", demo_disclosure_reminder},                  \
	{"agenda edit " M " 4 --recommendation 'That the agenda be adopted as circulated.'", \
	 NULL},                                                                           \
	{"agenda edit " M " 8 --recommendation 'That the items on the Consent Agenda be "    \
	 "approved as recommended in each report.'",                                       \
	 NULL},                                                                           \
	{"agenda edit " M " 15 --recommendation 'That Council adjourn.'", NULL}

/* First line of the script: its refusal (a workspace is already there) is
 * the user's to read, unlike any other line's failure. */
extern const char demo_init[];
/* The settings, the Planning Committee, council and staff. */
extern const struct demo_scene demo_setup;
extern const struct demo_scene demo_publish;
/* The meetings in the order they happen. */
extern const struct demo_meeting *const demo_meetings[];

/* Call fn on each scene in the order the demo runs them after init: the
 * setup; for each meeting its agenda, its revised agenda, the next
 * meeting's schedule, its live scenes and its minutes; then the website.
 * A nonzero return of fn stops there and is returned (demo.c). */
int demo_each_scene(int (*fn)(const struct demo_scene *s, void *arg), void *arg);

#endif
