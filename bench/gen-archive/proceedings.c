/* A meeting as the clerk entered it from the console: the roll call with
 * regrets and a late arrival, every item taken up, motions with amendments,
 * deferrals, recorded votes, declarations of interest, a closed session and
 * a recess, each line with the time it happened. */
#include "bench/gen-archive/plan.h"

#include "bench/gen-archive/gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MEMBERS 8
#define LAST_MINUTE (23 * 60 + 30)

struct proc {
	struct gen *g;
	struct plan *p;
	struct rng *r;
	int t;                        /* minutes since midnight */
	int motions;                  /* moved so far */
	bool present[MAX_MEMBERS];
	int late, leaver;             /* member indexes, -1: none */
	int declared;                 /* member with an interest, -1: none */
	const char *declared_item;    /* the item they declared it on */
	const char *item;             /* the item being dealt with */
};

static const char *at(struct proc *pc)
{
	static char buf[16];
	snprintf(buf, sizeof buf, "%02d:%02d", pc->t / 60, pc->t % 60);
	return buf;
}

static void tick(struct proc *pc, int lo, int hi)
{
	pc->t += rng_range(pc->r, lo, hi);
	if (pc->t > LAST_MINUTE)
		pc->t = LAST_MINUTE;
}

static const char *name(struct proc *pc, int i)
{
	return pc->p->members[i];
}

static int n_members(struct proc *pc)
{
	return (int)pc->p->n_members;
}

static bool qualified(struct proc *pc, int i)
{
	return pc->present[i] &&
	       !(i == pc->declared && pc->item && !strcmp(pc->item, pc->declared_item));
}

/* A present, qualified member other than `not`. */
static int someone(struct proc *pc, int not)
{
	int n = n_members(pc), start = rng_range(pc->r, 0, n - 1);
	for (int k = 0; k < n; k++) {
		int i = (start + k) % n;
		if (i != not && qualified(pc, i))
			return i;
	}
	gen_die("%s: nobody left to move or second at %s", pc->p->slug, at(pc));
}

#define LIVE(pc, input, fmt, ...) gen_run((pc)->g, input, "live %s " fmt, (pc)->p->slug, __VA_ARGS__)

static void take(struct proc *pc, const char *number)
{
	pc->item = number;
	LIVE(pc, NULL, "take %s --at %s", number, at(pc));
	pc->g->events++;
}

/* Move text (extra: more options) and return its number. */
static int move(struct proc *pc, const char *text, const char *extra)
{
	tick(pc, 0, 2);
	int mover = someone(pc, -1), seconder = someone(pc, mover);
	LIVE(pc, NULL, "move %s --mover %s --seconder %s%s --at %s", gen_q(pc->g, text),
	     gen_q(pc->g, name(pc, mover)), gen_q(pc->g, name(pc, seconder)), extra, at(pc));
	pc->g->events++;
	return ++pc->motions;
}

static void vote_hands(struct proc *pc, int k, bool carried)
{
	tick(pc, 0, 1);
	LIVE(pc, NULL, "vote %d --%s --at %s", k, carried ? "carried" : "lost", at(pc));
	pc->g->events++;
}

/* A recorded vote: every qualified member named; lost when `lose`. */
static void vote_recorded(struct proc *pc, int k, bool lose)
{
	struct gv_buf yes = GV_BUF_INIT, no = GV_BUF_INIT, abstain = GV_BUF_INIT;
	int voters = 0;
	for (int i = 0; i < n_members(pc); i++)
		voters += qualified(pc, i);
	int n_no = lose ? voters / 2 + 1 : rng_range(pc->r, 0, (voters - 1) / 2);
	bool abstains = !lose && rng_chance(pc->r, 10) && voters - n_no > n_no + 2;
	int n = n_members(pc), start = rng_range(pc->r, 0, n - 1);
	for (int j = 0; j < n; j++) {
		int i = (start + j) % n;
		if (!qualified(pc, i))
			continue;
		struct gv_buf *b = n_no-- > 0 ? &no : abstains ? (abstains = false, &abstain) : &yes;
		if (b->len)
			gv_buf_putc(b, ',');
		gv_buf_puts(b, name(pc, i));
	}
	tick(pc, 1, 3);
	char *opts = gv_asprintf("%s%s%s%s", no.len ? " --no " : "", no.len ? gen_q(pc->g, no.data) : "",
				 abstain.len ? " --abstain " : "",
				 abstain.len ? gen_q(pc->g, abstain.data) : "");
	LIVE(pc, NULL, "vote %d --recorded --yes %s%s --at %s", k, gen_q(pc->g, gv_buf_str(&yes)),
	     opts, at(pc));
	pc->g->events++;
	free(opts);
	gv_buf_free(&yes);
	gv_buf_free(&no);
	gv_buf_free(&abstain);
}

/* "That ... ." with words added before the full stop. */
static char *amended(const char *text)
{
	size_t n = strlen(text);
	if (n && text[n - 1] == '.')
		n--;
	return gv_asprintf("%.*s, and that staff report on the results within one year.", (int)n,
			   text);
}

/* A report's recommendation: moved, and sometimes amended, deferred and
 * withdrawn, decided on a recorded vote, or lost. */
static void decide(struct proc *pc, const struct plan_item *it)
{
	const char *rec = it->text.recommendation;
	int k = move(pc, rec, "");
	int roll = rng_range(pc->r, 0, 99);
	tick(pc, 2, 12);
	if (roll < 8) {
		char *wording = amended(rec);
		char *extra = gv_asprintf(" --amends %d --replace-text %s", k, gen_q(pc->g, wording));
		int a = move(pc, "That the motion be amended to ask staff to report on the results "
				 "within one year.",
			     extra);
		vote_hands(pc, a, rng_chance(pc->r, 75));
		vote_hands(pc, k, true);
		free(extra);
		free(wording);
	} else if (roll < 11) {
		int d = move(pc, "That consideration of the report be deferred to the next meeting.",
			     " --procedural");
		tick(pc, 1, 4);
		LIVE(pc, NULL, "withdraw %d --at %s", d, at(pc));
		pc->g->events++;
		vote_hands(pc, k, true);
	} else if (roll < 30) {
		vote_recorded(pc, k, rng_chance(pc->r, 15));
	} else {
		vote_hands(pc, k, roll >= 34);
	}
}

static void call_to_order(struct proc *pc, const struct plan_section *s)
{
	struct rng *r = pc->r;
	int n = n_members(pc), quorum = pc->p->body->quorum;
	/* who is missing at the start: never so many that quorum is in doubt */
	int missing = rng_range(r, 0, n - quorum - 1 > 2 ? 2 : n - quorum - 1);
	struct gv_buf here = GV_BUF_INIT;
	for (int i = 0; i < n; i++)
		pc->present[i] = true;
	pc->late = pc->leaver = -1;
	for (int m = 0; m < missing; m++) {
		int i = rng_range(r, 1, n - 1);
		if (!pc->present[i])
			continue;
		pc->present[i] = false;
		if (pc->late < 0 && rng_chance(r, 40))
			pc->late = i;
	}
	if (pc->p->body->streamed)
		LIVE(pc, NULL, "stream --at %s", at(pc));
	for (int i = 0; i < n; i++)
		if (pc->present[i]) {
			if (here.len)
				gv_buf_putc(&here, ',');
			gv_buf_puts(&here, name(pc, i));
		}
	LIVE(pc, NULL, "attend %s --present --at %s", gen_q(pc->g, here.data), at(pc));
	for (int i = 0; i < n; i++)
		if (!pc->present[i] && i != pc->late)
			LIVE(pc, NULL, "attend %s --%s --at %s", gen_q(pc->g, name(pc, i)),
			     rng_chance(r, 85) ? "regrets" : "absent", at(pc));
	/* the roll call comes first: the call to order needs quorum */
	LIVE(pc, NULL, "start --at %s", at(pc));
	gv_buf_free(&here);
	pc->g->events += 3;
	take(pc, s->number);
}

static void arrive(struct proc *pc)
{
	LIVE(pc, NULL, "arrive %s --at %s", gen_q(pc->g, name(pc, pc->late)), at(pc));
	pc->present[pc->late] = true;
	pc->late = -1;
	pc->g->events++;
}

static void leave_early(struct proc *pc)
{
	int here = 0;
	for (int i = 0; i < n_members(pc); i++)
		here += pc->present[i];
	if (here - 1 <= pc->p->body->quorum || !rng_chance(pc->r, 15))
		return;
	int i = someone(pc, 0);
	LIVE(pc, NULL, "leave %s --at %s", gen_q(pc->g, name(pc, i)), at(pc));
	pc->present[i] = false;
	pc->g->events++;
}

static void disclosure(struct proc *pc, const struct plan_section *s)
{
	take(pc, s->number);
	pc->declared = -1;
	const struct plan_section *reports = NULL;
	for (size_t i = 0; i < pc->p->n_sections; i++)
		if (pc->p->sections[i].kind == SEC_REPORTS)
			reports = &pc->p->sections[i];
	if (!reports || !reports->n || !rng_chance(pc->r, 20))
		return;
	static const char *const reasons[] = {
		"owns property next to the lands", "a family member is employed by the applicant",
		"is a director of the organization", "a spouse owns a business on the street",
	};
	pc->declared = someone(pc, -1);
	pc->declared_item = reports->items[rng_next(pc->r) % reports->n].number;
	LIVE(pc, NULL, "declare %s --item %s --reason %s --at %s",
	     gen_q(pc->g, name(pc, pc->declared)), pc->declared_item,
	     gen_q(pc->g, RNG_PICK(pc->r, reasons)), at(pc));
	pc->g->events++;
}

/* One motion for the section's items; one of them is sometimes held and
 * decided on its own. */
static void block(struct proc *pc, const struct plan_section *s)
{
	if (!s->n)
		return;
	take(pc, s->number);
	const struct plan_item *held = NULL;
	if ((s->kind == SEC_CONSENT || s->kind == SEC_INFO) && rng_chance(pc->r, 25)) {
		held = &s->items[rng_next(pc->r) % s->n];
		LIVE(pc, NULL, "hold %s --at %s", held->number, at(pc));
		pc->g->events++;
	}
	vote_hands(pc, move(pc, s->motion, ""), true);
	if (held) {
		take(pc, held->number);
		decide(pc, held);
	}
}

static void closed_session(struct proc *pc, const struct plan_section *s)
{
	if (!s->n)
		return;
	take(pc, s->number);
	char *to_close = gv_asprintf(" --to-close '%s'", s->items[0].clause);
	vote_hands(pc, move(pc, s->motion, to_close), true);
	free(to_close);
	LIVE(pc, NULL, "closed --clause '%s' --at %s", s->items[0].clause, at(pc));
	pc->g->events++;
	for (size_t i = 0; i < s->n; i++) {
		take(pc, s->items[i].number);
		tick(pc, 5, 20);
		if (rng_chance(pc->r, 50))
			vote_hands(pc, move(pc, "That staff proceed as directed in closed session.",
					    " --direction"),
				   true);
	}
	vote_hands(pc, move(pc, "That the meeting rise from closed session and report.",
			    " --procedural"),
		   true);
	LIVE(pc, NULL, "rise --at %s", at(pc));
	pc->g->events++;
	for (size_t i = 0; i < s->n; i++) {
		take(pc, s->items[i].number);
		vote_hands(pc, move(pc, s->items[i].text.recommendation, ""), true);
	}
}

static void section_proceedings(struct proc *pc, const struct plan_section *s)
{
	switch (s->kind) {
	case SEC_CALL: call_to_order(pc, s); break;
	case SEC_DISCLOSURE: disclosure(pc, s); break;
	case SEC_AGENDA:
	case SEC_ADJOURN:
		take(pc, s->number);
		vote_hands(pc, move(pc, s->motion, ""), true);
		break;
	case SEC_MINUTES:
	case SEC_CONFIRM:
	case SEC_DELEGATIONS:
		for (size_t i = 0; i < s->n; i++) {
			take(pc, s->items[i].number);
			tick(pc, 1, s->kind == SEC_DELEGATIONS ? 12 : 2);
			int k = move(pc, s->items[i].text.recommendation, "");
			vote_hands(pc, k, true);
			if (s->kind == SEC_MINUTES)
				pc->p->minutes_motion = k;
		}
		break;
	case SEC_PRESENTATIONS:
	case SEC_NOTICES:
		for (size_t i = 0; i < s->n; i++) {
			take(pc, s->items[i].number);
			tick(pc, 2, 8);
		}
		break;
	case SEC_CONSENT:
	case SEC_INFO:
	case SEC_LETTERS:
	case SEC_BYLAWS: block(pc, s); break;
	case SEC_REPORTS:
		for (size_t i = 0; i < s->n; i++) {
			if (pc->late >= 0 && i == s->n / 3)
				arrive(pc);
			take(pc, s->items[i].number);
			tick(pc, 1, 4);
			decide(pc, &s->items[i]);
			if (i == s->n / 2 && s->n > 6 && rng_chance(pc->r, 30)) {
				LIVE(pc, NULL, "recess --at %s", at(pc));
				tick(pc, 8, 15);
				LIVE(pc, NULL, "resume --at %s", at(pc));
				pc->g->events += 2;
			}
		}
		if (pc->late >= 0)
			arrive(pc);
		leave_early(pc);
		break;
	case SEC_CLOSED: closed_session(pc, s); break;
	default:
		take(pc, s->number);
		tick(pc, 0, 1);
		break;
	}
}

void plan_proceedings(struct gen *g, struct plan *p)
{
	struct proc pc = {.g = g, .p = p, .r = &p->rng, .declared = -1};
	pc.t = p->body->hour * 60 + p->body->minute;
	gen_clock(p->date.y, p->date.m, p->date.d, 23, 59);
	for (size_t i = 0; i < p->n_sections; i++)
		section_proceedings(&pc, &p->sections[i]);
	LIVE(&pc, NULL, "adjourn --at %s", at(&pc));
	g->events++;
}
