/* A meeting's agenda: its sections, how many items each holds, their texts,
 * and the lines that enter it. */
#include "bench/gen-archive/plan.h"

#include "bench/gen-archive/gen.h"
#include "bench/gen-archive/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char land_acknowledgement[] =
	"We acknowledge that the Township of Larchmere is situated on the traditional "
	"territory of the Anishinaabe peoples, on lands covered by the Williams Treaties, and "
	"we recognize our shared responsibility to care for this land and its waters.\n";
static const char disclosure_reminder[] =
	"Members who have a direct or indirect pecuniary interest in a matter on this agenda "
	"must disclose it and its general nature before the matter is considered, and take "
	"no part in the discussion or vote (*Municipal Conflict of Interest Act*, s. 5).\n";

static const enum section_kind council_sections[] = {
	SEC_CALL,     SEC_LAND,    SEC_DISCLOSURE, SEC_AGENDA,  SEC_MINUTES,
	SEC_DELEGATIONS, SEC_PRESENTATIONS, SEC_CONSENT, SEC_REPORTS, SEC_LETTERS,
	SEC_BYLAWS,   SEC_NOTICES, SEC_CLOSED,     SEC_CONFIRM, SEC_ADJOURN,
};
static const enum section_kind committee_sections[] = {
	SEC_CALL,    SEC_DISCLOSURE, SEC_AGENDA,  SEC_MINUTES, SEC_DELEGATIONS,
	SEC_REPORTS, SEC_INFO,       SEC_LETTERS, SEC_CLOSED,  SEC_ADJOURN,
};

static const char *section_title(enum section_kind k, int body)
{
	switch (k) {
	case SEC_CALL: return "Call to Order";
	case SEC_LAND: return "Land Acknowledgement";
	case SEC_DISCLOSURE: return "Disclosure of Pecuniary Interest";
	case SEC_AGENDA: return "Adoption of the Agenda";
	case SEC_MINUTES: return "Adoption of Minutes";
	case SEC_DELEGATIONS:
		return body == BODY_PLANNING ? "Public Meetings under the Planning Act"
					     : "Delegations";
	case SEC_PRESENTATIONS: return "Presentations";
	case SEC_CONSENT: return "Consent Agenda";
	case SEC_REPORTS:
		return body == BODY_COUNCIL ? "Staff and Committee Reports" : "Reports for Decision";
	case SEC_INFO: return "Reports for Information";
	case SEC_LETTERS: return "Correspondence";
	case SEC_BYLAWS: return "By-laws";
	case SEC_NOTICES: return "Notices of Motion";
	case SEC_CLOSED: return "Closed Session";
	case SEC_CONFIRM: return "Confirmatory By-law";
	case SEC_ADJOURN: return "Adjournment";
	}
	return "";
}

static struct plan_section *section(struct plan *p, enum section_kind k)
{
	for (size_t i = 0; i < p->n_sections; i++)
		if (p->sections[i].kind == k)
			return &p->sections[i];
	return NULL;
}

/* How many items each section gets: 30 to 60 in all, sections included. */
static void allocate(struct plan *p, int *count)
{
	struct rng *r = &p->rng;
	bool council = p->body == &town_bodies[BODY_COUNCIL];
	int total = rng_range(r, 30, 60);
	int subs = total - (int)p->n_sections;
	int fixed = 0;
#define SET(kind, n) (fixed += count[kind] = (n))
	SET(SEC_MINUTES, p->prev_slug ? 1 : 0);
	SET(SEC_DELEGATIONS, rng_range(r, 0, council ? 3 : 4));
	if (section(p, SEC_CLOSED))
		SET(SEC_CLOSED, rng_range(r, 1, 2));
	if (council) {
		SET(SEC_CONFIRM, 1);
		SET(SEC_PRESENTATIONS, rng_range(r, 0, 2));
		SET(SEC_NOTICES, rng_range(r, 0, 2));
	}
	int rest = subs - fixed < 4 ? 4 : subs - fixed;
	if (council) {
		SET(SEC_CONSENT, 1 + rest * 35 / 100);
		SET(SEC_REPORTS, 1 + rest * 30 / 100);
		SET(SEC_LETTERS, 1 + rest * 12 / 100);
		count[SEC_BYLAWS] = rest - count[SEC_CONSENT] - count[SEC_REPORTS] -
				    count[SEC_LETTERS] + 3;
	} else {
		SET(SEC_REPORTS, 1 + rest * 40 / 100);
		SET(SEC_INFO, 1 + rest * 35 / 100);
		count[SEC_LETTERS] = rest - count[SEC_REPORTS] - count[SEC_INFO] + 2;
	}
#undef SET
}

static const char *const clauses[] = {"239(2)(b)", "239(2)(c)", "239(2)(d)",
				      "239(2)(e)", "239(2)(f)", "239(2)(k)"};

/* "the Regular Meeting of Council held on March 4, 2025" from a slug */
static char *minutes_title(const struct plan *p)
{
	int y, m, d;
	if (sscanf(p->prev_slug, "%d-%d-%d", &y, &m, &d) != 3)
		gen_die("bad slug %s", p->prev_slug);
	return gv_asprintf("Minutes of the %s held on %s %d, %d", p->body->title,
			   vocab_month(m), d, y);
}

static void item_text(struct gen *g, struct plan *p, struct plan_section *s,
		      struct plan_item *it, struct prose *pr)
{
	struct rng *r = &p->rng;
	int year = p->date.y, body = (int)(p->body - town_bodies);
	size_t n;
	switch (s->kind) {
	case SEC_MINUTES:
		it->text.title = minutes_title(p);
		it->text.recommendation = gv_asprintf("That the %s be adopted as circulated.",
						      it->text.title);
		break;
	case SEC_DELEGATIONS: text_delegation(pr, &it->text); break;
	case SEC_PRESENTATIONS: text_presentation(pr, &it->text); break;
	case SEC_CONSENT:
	case SEC_INFO: {
		const struct topic *t = topics_info(&n);
		t += rng_next(r) % n;
		text_report(pr, t, gen_report_seq(g, year, t->dept), rng_range(r, 200, 600), true,
			    p->body->who, &it->text);
		free(it->text.recommendation);
		it->text.recommendation = gv_strdup("That the report be received for information.");
		break;
	}
	case SEC_REPORTS: {
		const struct topic *t = topics_for(body, &n);
		t += rng_next(r) % n;
		text_report(pr, t, gen_report_seq(g, year, t->dept), rng_range(r, 400, 1500),
			    false, p->body->who, &it->text);
		break;
	}
	case SEC_LETTERS: text_correspondence(pr, &it->text); break;
	case SEC_BYLAWS: text_bylaw(pr, gen_bylaw_seq(g, year), &it->text); break;
	case SEC_NOTICES:
		it->mover = p->members[rng_range(r, 1, (int)p->n_members - 1)];
		text_notice(pr, it->mover, &it->text);
		break;
	case SEC_CLOSED:
		it->clause = RNG_PICK(r, clauses);
		text_closed(pr, it->clause, &it->text);
		break;
	case SEC_CONFIRM: {
		int k = gen_bylaw_seq(g, year);
		it->text.title = gv_asprintf("By-law %d-%03d, a by-law to confirm the proceedings of "
					     "Council at its meeting of %s %d, %d",
					     year, k, vocab_month(p->date.m), p->date.d, year);
		it->text.recommendation = gv_asprintf("That By-law %d-%03d be read a first, second "
						      "and third time and finally passed.",
						      year, k);
		break;
	}
	default: break;
	}
}

/* The motion that deals with the whole section at once, if any. */
static char *section_motion(const struct plan *p, const struct plan_section *s)
{
	bool council = p->body == &town_bodies[BODY_COUNCIL];
	switch (s->kind) {
	case SEC_AGENDA: return gv_strdup("That the agenda be adopted as circulated.");
	case SEC_CONSENT:
		return s->n ? gv_strdup("That the items on the Consent Agenda be approved as "
					"recommended in each report.")
			    : NULL;
	case SEC_INFO: return s->n ? gv_strdup("That the reports for information be received.") : NULL;
	case SEC_LETTERS: return s->n ? gv_strdup("That the correspondence be received.") : NULL;
	case SEC_BYLAWS: {
		if (!s->n)
			return NULL;
		const char *first = s->items[0].text.title, *last = s->items[s->n - 1].text.title;
		/* "By-law 2026-051, a by-law to ...": the number is 8 bytes */
		return gv_asprintf("That By-laws %.8s to %.8s be read a first, second and third "
				   "time and finally passed.",
				   first + 7, last + 7);
	}
	case SEC_CLOSED:
		return s->n ? gv_asprintf("That %s move into closed session under section %s of the "
					  "Municipal Act, 2001.",
					  council ? "Council" : "the Committee", s->items[0].clause)
			    : NULL;
	case SEC_ADJOURN:
		return gv_strdup(council ? "That Council adjourn." : "That the Committee adjourn.");
	default: return NULL;
	}
}

static void plan_make(struct gen *g, struct plan *p)
{
	bool council = p->body == &town_bodies[BODY_COUNCIL];
	const enum section_kind *kinds = council ? council_sections : committee_sections;
	size_t n_kinds = council ? sizeof council_sections / sizeof *council_sections
				 : sizeof committee_sections / sizeof *committee_sections;
	bool closed = rng_chance(&p->rng, council ? 40 : 12);
	for (size_t i = 0; i < n_kinds; i++) {
		if (!council && kinds[i] == SEC_CLOSED && !closed)
			continue;
		struct plan_section *s = &p->sections[p->n_sections++];
		s->kind = kinds[i];
		s->title = section_title(kinds[i], (int)(p->body - town_bodies));
		snprintf(s->number, sizeof s->number, "%zu", p->n_sections);
	}
	int count[SEC_ADJOURN + 1] = {0};
	allocate(p, count);
	if (council && !closed)
		count[SEC_CLOSED] = 0;
	struct prose pr;
	for (size_t i = 0; i < p->n_sections; i++) {
		struct plan_section *s = &p->sections[i];
		s->n = (size_t)count[s->kind];
		s->items = gv_calloc(s->n ? s->n : 1, sizeof *s->items);
		for (size_t k = 0; k < s->n; k++) {
			struct plan_item *it = &s->items[k];
			snprintf(it->number, sizeof it->number, "%s.%d", s->number, (int)(k + 1) % 1000);
			prose_start(&pr, &p->rng, p->date.y, p->date.m);
			item_text(g, p, s, it, &pr);
		}
		s->motion = section_motion(p, s);
		p->n_items += 1 + s->n;
	}
}

static void enter_item(struct gen *g, struct plan *p, const struct plan_section *s,
		       const struct plan_item *it)
{
	char opts[160] = "";
	if (it->clause)
		snprintf(opts, sizeof opts, " --closed '%s'", it->clause);
	else if (s->kind == SEC_CONSENT || s->kind == SEC_INFO)
		strcpy(opts, " --consent");
	else if (it->mover) /* the notice the item gives (docs/bylaws.md) */
		snprintf(opts, sizeof opts, " --mover %s", gen_q(g, it->mover));
	const struct text *t = &it->text;
	gen_run(g, t->body, "agenda add %s %s --under %s%s%s%s%s", p->slug, gen_q(g, t->title),
		s->number, t->body ? " --body-file -" : "", t->recommendation ? " --recommendation " : "",
		t->recommendation ? gen_q(g, t->recommendation) : "", opts);
}

void plan_agenda(struct gen *g, struct plan *p, struct town_date date, const char *prev_slug)
{
	memset(p, 0, sizeof *p);
	p->date = date;
	p->body = &town_bodies[date.body];
	p->n_members = town_members(date.body, date, p->members);
	p->prev_slug = prev_slug;
	snprintf(p->slug, sizeof p->slug, "%04d-%02d-%02d-%s", date.y, date.m, date.d,
		 p->body->slug);
	rng_init(&p->rng, g->seed, p->slug);
	plan_make(g, p);

	bool council = p->body == &town_bodies[BODY_COUNCIL];
	gen_run(g, NULL, "meeting new --title %s --at '%04d-%02d-%02d %02d:%02d' --body %s "
			 "--location %s --template %s",
		gen_q(g, p->body->title), date.y, date.m, date.d, p->body->hour, p->body->minute,
		gen_q(g, p->body->name),
		gen_q(g, council ? "Council Chambers, Larchmere Town Hall"
				 : "Committee Room 2, Larchmere Town Hall"),
		council ? "ontario-regular" : "blank");
	for (size_t i = 0; i < p->n_sections; i++) {
		struct plan_section *s = &p->sections[i];
		if (!council)
			gen_run(g, NULL, "agenda add %s %s", p->slug, gen_q(g, s->title));
		if (s->kind == SEC_LAND)
			gen_run(g, land_acknowledgement, "agenda edit %s %s --body-file -", p->slug,
				s->number);
		if (s->kind == SEC_DISCLOSURE)
			gen_run(g, disclosure_reminder, "agenda edit %s %s --body-file -", p->slug,
				s->number);
	}
	for (size_t i = 0; i < p->n_sections; i++) {
		struct plan_section *s = &p->sections[i];
		for (size_t k = 0; k < s->n; k++)
			enter_item(g, p, s, &s->items[k]);
		if (s->motion && s->kind != SEC_CLOSED)
			gen_run(g, NULL, "agenda edit %s %s --recommendation %s", p->slug, s->number,
				gen_q(g, s->motion));
	}
	gen_run(g, NULL, "agenda publish %s", p->slug);
	g->items += (long)p->n_items;
}

void plan_free(struct plan *p)
{
	for (size_t i = 0; i < p->n_sections; i++) {
		struct plan_section *s = &p->sections[i];
		for (size_t k = 0; k < s->n; k++)
			text_free(&s->items[k].text);
		free(s->items);
		free(s->motion);
	}
	p->n_sections = 0;
}
