#include "bench/gen-archive/texts.h"

#include "bench/gen-archive/sentences.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void text_free(struct text *t)
{
	free(t->title);
	free(t->body);
	free(t->recommendation);
	memset(t, 0, sizeof *t);
}

static void para(struct prose *p, struct gv_buf *b, const struct sentences *s, int lo, int hi)
{
	prose_paragraph(p, b, s->s, s->n, rng_range(p->rng, lo, hi));
}

static void heading(struct gv_buf *b, const char *h)
{
	gv_buf_printf(b, "#### %s\n\n", h);
}

static void table_tender(struct prose *p, struct gv_buf *b)
{
	gv_buf_puts(b, "| Bidder | Bid (excluding HST) |\n|---|---:|\n");
	for (int i = rng_range(p->rng, 3, 6); i > 0; i--)
		prose_put(p, b, "| {contractor*} | {cost} |\n");
	gv_buf_putc(b, '\n');
}

static void table_budget(struct prose *p, struct gv_buf *b)
{
	gv_buf_printf(b, "| | %d | %d | %d |\n|---|---:|---:|---:|\n", p->year - 1, p->year,
		      p->year + 1);
	static const char *const rows[] = {"Salaries and benefits", "Materials and supplies",
					   "Contracted services", "Capital", "Revenue",
					   "Transfer to reserves"};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		if (rng_chance(p->rng, 70)) {
			gv_buf_printf(b, "| %s ", rows[i]);
			prose_put(p, b, "| {cost} | {cost} | {cost} |\n");
		}
	gv_buf_puts(b, "| **Total** ");
	prose_put(p, b, "| **{amount}** | **{amount}** | **{amount}** |\n\n");
}

static void table_rates(struct prose *p, struct gv_buf *b)
{
	gv_buf_printf(b, "| Charge | %d | %d | Change |\n|---|---:|---:|---:|\n", p->year,
		      p->year + 1);
	static const char *const rows[] = {"Water, per cubic metre", "Wastewater, per cubic metre",
					   "Monthly fixed charge", "Bulk water, per cubic metre"};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		gv_buf_printf(b, "| %s ", rows[i]);
		prose_put(p, b, "| {small} | {small} | {percent} |\n");
	}
	gv_buf_putc(b, '\n');
}

static void extra(struct prose *p, struct gv_buf *b, enum topic_extra e)
{
	if (e == EXTRA_TENDER)
		table_tender(p, b);
	else if (e == EXTRA_BUDGET)
		table_budget(p, b);
	else if (e == EXTRA_RATES)
		table_rates(p, b);
}

static void options(struct prose *p, struct gv_buf *b)
{
	static const char *const opts[] = {
		"Proceed as recommended in this report.",
		"Defer {thing} to {nextyear} and accept the higher cost.",
		"Reduce the scope of the work to stay within {cost}.",
		"Do nothing, and continue to monitor {asset}.",
		"Ask {consultant*} to review alternatives before a decision.",
	};
	int n = rng_range(p->rng, 2, 4);
	for (int i = 0; i < n; i++) {
		gv_buf_printf(b, "%d. ", i + 1);
		prose_put(p, b, opts[(size_t)i % (sizeof opts / sizeof *opts)]);
		gv_buf_putc(b, '\n');
	}
	gv_buf_putc(b, '\n');
}

static void bullets(struct prose *p, struct gv_buf *b)
{
	static const char *const items[] = {
		"{count} properties on {road*} are affected;",
		"the work would take about {count} weeks;",
		"{utility*} must relocate its plant first;",
		"the estimate includes engineering of {cost};",
		"residents of Ward {ward} were notified on {date};",
		"the {plan*} sets a target for {year};",
	};
	for (int n = rng_range(p->rng, 3, 5), i = 0; i < n; i++) {
		gv_buf_puts(b, "- ");
		prose_put(p, b, RNG_PICK(p->rng, items));
		gv_buf_putc(b, '\n');
	}
	gv_buf_putc(b, '\n');
}

static void sign(struct gv_buf *b, enum dept d)
{
	gv_buf_printf(b, "Prepared by: %s, %s  \nReviewed by: Thomas Bergeron, Chief "
			 "Administrative Officer\n",
		      dept_author(d), dept_director(d));
}

void text_report(struct prose *p, const struct topic *topic, int seq, int words, bool info,
		 const char *who, struct text *out)
{
	char code[32];
	snprintf(code, sizeof code, "%s-%d-%02d", dept_code(topic->dept), p->year, seq);
	p->code = code;
	p->director = dept_director(topic->dept);
	char *subject = prose_str(p, topic->subject), *thing = prose_str(p, topic->thing);
	p->subject = subject;
	p->thing = thing;
	out->title = gv_asprintf("Report %s: %s", code, subject);

	struct gv_buf b = GV_BUF_INIT;
	heading(&b, "Purpose");
	gv_buf_printf(&b, "To %s %s %s ", info ? "inform" : "seek the approval of", who,
		      info ? "about" : "for");
	prose_put(p, &b, "{thing}.\n\n");
	heading(&b, info ? "Discussion" : "Background");
	para(p, &b, info ? &sent_info : &sent_background, 3, 6);
	if (topic->extra != EXTRA_NONE && (info || rng_chance(p->rng, 60)))
		extra(p, &b, topic->extra);
	if (!info) {
		heading(&b, "Analysis");
		while (prose_words(gv_buf_str(&b)) + 160 < (size_t)words) {
			para(p, &b, &sent_analysis, 3, 7);
			if (rng_chance(p->rng, 15))
				bullets(p, &b);
		}
		if (rng_chance(p->rng, 50)) {
			heading(&b, "Consultation");
			para(p, &b, &sent_consultation, 2, 4);
		}
		if (rng_chance(p->rng, 35)) {
			heading(&b, "Alternatives");
			options(p, &b);
		}
	} else {
		while (prose_words(gv_buf_str(&b)) + 60 < (size_t)words)
			para(p, &b, &sent_info, 3, 6);
	}
	heading(&b, "Financial Impact");
	para(p, &b, &sent_financial, info ? 1 : 2, info ? 2 : 4);
	if (!info) {
		heading(&b, "Conclusion");
		para(p, &b, &sent_conclusion, 1, 3);
	}
	sign(&b, topic->dept);
	out->body = gv_buf_detach(&b);
	char *decision = prose_str(p, topic->decision);
	out->recommendation = gv_asprintf("That %s %s.", who, decision);
	free(decision);
	p->subject = p->thing = NULL;
	free(subject);
	free(thing);
}

void text_delegation(struct prose *p, struct text *out)
{
	static const char *const subjects[] = {
		"Traffic Calming on {road}", "Proposed Development on {road}",
		"Community Garden in {park}", "Summer Festival at {facility}",
		"Accessible Washrooms at {park}", "Flooding on {road}",
	};
	const char *subject = RNG_PICK(p->rng, subjects);
	char *thing = prose_str(p, subject);
	p->thing = thing;
	out->title = prose_str(p, "{person}, {group}, regarding ");
	char *full = gv_asprintf("%s%s", out->title, thing);
	free(out->title);
	out->title = full;
	struct gv_buf b = GV_BUF_INIT;
	prose_put(p, &b, "{person} and {person*} will appear on behalf of {group}.\n\n");
	para(p, &b, &sent_delegation, 2, 4);
	prose_put(p, &b, "Delegate contact: [redact]{person}, 705-555-0{count}{count}, "
			 "{count} Quillfeather Lane[/redact]\n");
	out->body = gv_buf_detach(&b);
	out->recommendation = gv_strdup("That the delegation be received with thanks.");
	p->thing = NULL;
	free(thing);
}

void text_presentation(struct prose *p, struct text *out)
{
	static const char *const titles[] = {
		"Long Service Recognition — Larchmere Fire Department",
		"{group} — {year} Annual Report",
		"Mayor’s Volunteer Award — {person}",
		"Larchmere Public Library — Summer Reading Club Results",
		"Ontario Provincial Police — Quarterly Detachment Report",
	};
	out->title = prose_str(p, RNG_PICK(p->rng, titles));
	out->body = prose_str(p, "{person*} will make the presentation; it runs about ten "
				 "minutes.\n");
}

void text_correspondence(struct prose *p, struct text *out)
{
	static const char *const froms[] = {
		"Town of Harrowgate", "Kestrel Valley Conservation Authority",
		"Association of Municipalities of Ontario", "{group}", "{person}",
		"Ministry of Municipal Affairs and Housing", "County of Larch",
	};
	static const char *const about[] = {
		"Support for Rural Broadband", "Draft Budget and Municipal Levy",
		"Request for a Letter of Support", "Invitation to the Annual Meeting",
		"Concerns about {concern}", "Funding Announcement",
	};
	char *thing = prose_str(p, "{concern}");
	p->thing = thing;
	char *from = prose_str(p, RNG_PICK(p->rng, froms));
	char *what = prose_str(p, RNG_PICK(p->rng, about));
	out->title = gv_asprintf("%s — %s", from, what);
	free(from);
	free(what);
	struct gv_buf b = GV_BUF_INIT;
	para(p, &b, &sent_letter, 2, 5);
	out->body = gv_buf_detach(&b);
	p->thing = NULL;
	free(thing);
}

void text_notice(struct prose *p, const char *councillor, struct text *out)
{
	static const char *const subjects[] = {
		"Free Transit Fares for Seniors", "A Tree Canopy Target", "Pollinator Gardens in "
		"Town Parks", "Community Safety Zones near Schools", "A Youth Advisory Council",
		"Rural Internet Service",
	};
	const char *subject = RNG_PICK(p->rng, subjects);
	char *thing = gv_asprintf("%c%s", subject[0] - 'A' + 'a', subject + 1);
	p->thing = thing;
	out->title = gv_asprintf("Councillor %s — %s", councillor, subject);
	struct gv_buf b = GV_BUF_INIT;
	for (int i = rng_range(p->rng, 2, 3); i > 0; i--) {
		prose_paragraph(p, &b, sent_whereas.s, sent_whereas.n, 1);
	}
	prose_put(p, &b, "Therefore be it resolved that staff report by {month*} {nextyear} on "
			 "options for {thing}, with their costs.\n");
	out->body = gv_buf_detach(&b);
	p->thing = NULL;
	free(thing);
}

void text_closed(struct prose *p, const char *clause, struct text *out)
{
	static const struct {
		const char *clause, *title;
	} natures[] = {
		{"239(2)(b)", "Personal matters about an identifiable individual — {plan} "
			      "appointments"},
		{"239(2)(c)", "Proposed acquisition of land — Ward {ward}"},
		{"239(2)(d)", "Labour relations — collective bargaining"},
		{"239(2)(e)", "Litigation — claim concerning {road}"},
		{"239(2)(f)", "Advice subject to solicitor-client privilege — {act}"},
		{"239(2)(k)", "Negotiations — lease at {facility}"},
	};
	const char *title = natures[0].title;
	for (size_t i = 0; i < sizeof natures / sizeof *natures; i++)
		if (!strcmp(natures[i].clause, clause))
			title = natures[i].title;
	out->title = prose_str(p, title);
	struct gv_buf b = GV_BUF_INIT;
	para(p, &b, &sent_closed, 3, 5);
	out->body = gv_buf_detach(&b);
	out->recommendation = gv_strdup("That staff proceed as directed in closed session.");
}

void text_bylaw(struct prose *p, int number, struct text *out)
{
	static const char *const purposes[] = {
		"to amend Zoning By-law 2004-30 for lands on {road}",
		"to authorize an agreement with {contractor}",
		"to set the tax rates for {year}",
		"to regulate parking on {road}",
		"to appoint a Deputy Clerk",
		"to establish fees and charges for {nextyear}",
		"to dedicate lands as part of {road}",
		"to designate the schoolhouse on {road} under the Ontario Heritage Act",
		"to authorize the borrowing of {amount} for capital works",
	};
	char *purpose = prose_str(p, RNG_PICK(p->rng, purposes));
	out->title = gv_asprintf("By-law %d-%03d, a by-law %s", p->year, number, purpose);
	free(purpose);
}

char *text_note(struct prose *p)
{
	struct gv_buf b = GV_BUF_INIT;
	para(p, &b, &sent_note, 1, 3);
	while (b.len && b.data[b.len - 1] == '\n')
		b.data[--b.len] = '\0';
	return gv_buf_detach(&b);
}
