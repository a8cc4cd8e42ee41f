/* The morning after a meeting: the clerk records that it adopted the
 * previous minutes (which locks them), links the recording, writes a few
 * notes and saves the minutes. */
#include "bench/gen-archive/plan.h"

#include "bench/gen-archive/gen.h"

#include <stdlib.h>

void plan_minutes(struct gen *g, struct plan *p)
{
	struct town_date next = town_add_days(p->date, 1);
	gen_clock(next.y, next.m, next.d, 10, 0);
	if (p->prev_slug && p->minutes_motion)
		gen_run(g, NULL, "minutes %s approve --at-meeting %s --motion %d", p->prev_slug,
			p->slug, p->minutes_motion);
	if (p->body->streamed)
		gen_run(g, NULL, "meeting edit %s --stream-url https://video.larchmere.example/%s",
			p->slug, p->slug);
	struct prose pr;
	int notes = 0;
	for (size_t i = 0; i < p->n_sections; i++) {
		const struct plan_section *s = &p->sections[i];
		if (s->kind != SEC_REPORTS && s->kind != SEC_DELEGATIONS)
			continue;
		for (size_t k = 0; k < s->n; k++) {
			if (!rng_chance(&p->rng, 15))
				continue;
			prose_start(&pr, &p->rng, p->date.y, p->date.m);
			char *note = text_note(&pr);
			gen_run(g, NULL, "minutes %s note %s %s", p->slug, s->items[k].number,
				gen_q(g, note));
			free(note);
			notes++;
		}
	}
	if (notes)
		gen_run(g, NULL, "minutes %s save --message %s", p->slug,
			gen_q(g, "The clerk’s notes on the discussion"));
}
