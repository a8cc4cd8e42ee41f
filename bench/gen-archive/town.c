#include "bench/gen-archive/town.h"

#include "bench/gen-archive/gen.h"

#include <stdlib.h>

static const char *const council[] = {"Côté",   "Bélanger",  "Raman",   "Ó Briain",
				      "Kowalczyk", "Lindqvist", "Gauthier"};
static const char *const planning[] = {"Côté", "Raman", "Ó Briain", "Lindqvist", "Gauthier"};
static const char *const finance[] = {"Côté", "Bélanger", "Raman", "Kowalczyk", "Lindqvist"};

const struct town_body town_bodies[N_BODIES] = {
	{"Council", "council", "Regular Meeting of Council", "Council", council, 7, 4, 19, 0,
	 true},
	{"Planning Committee", "planning-committee", "Planning Committee",
	 "the Planning Committee recommend that Council", planning, 5, 3, 13, 30, false},
	{"Finance and Audit Committee", "finance-and-audit-committee",
	 "Finance and Audit Committee", "the Finance and Audit Committee recommend that Council",
	 finance, 5, 3, 9, 30, false},
};

void town_setup(struct gen *g)
{
	gen_run(g, NULL, "config clerk.name 'Margaret Oyelaran'");
	gen_run(g, NULL, "config clerk.email clerk@larchmere.example");
	gen_run(g, NULL, "config stream.url https://video.larchmere.example/council");
	gen_run(g, NULL, "config publish.base-url https://larchmere.example/council");
	gen_run(g, NULL, "body add 'Planning Committee'");
	gen_run(g, NULL, "body add 'Finance and Audit Committee'");

	const char *P = "'Planning Committee'", *F = "'Finance and Audit Committee'";
	gen_run(g, NULL, "member add 'Hélène Côté' --role mayor --body %s,%s", P, F);
	gen_run(g, NULL, "member add 'Marc-André Bélanger' --role deputy-mayor --body %s", F);
	gen_run(g, NULL, "member add 'Priya Raman' --role councillor --ward 1 --body %s,%s", P, F);
	gen_run(g, NULL, "member add 'Siobhán Ó Briain' --role councillor --ward 2 --body %s", P);
	gen_run(g, NULL, "member add 'Daniel Kowalczyk' --role councillor --ward 3 --body %s", F);
	gen_run(g, NULL, "member add 'Zoë Lindqvist' --role councillor --ward 4 --body %s,%s", P,
		F);
	gen_run(g, NULL, "member add 'Émile Gauthier' --role councillor --ward 5 --body %s", P);

	gen_run(g, NULL, "member add 'Margaret Oyelaran' --role clerk");
	gen_run(g, NULL, "member add 'Thomas Bergeron' --role staff");
	gen_run(g, NULL, "member add 'Anjali Deshpande' --role staff --body %s", F);
	gen_run(g, NULL, "member add %s --role staff", gen_q(g, "Kevin O’Donnell"));
	gen_run(g, NULL, "member add 'Lucía Fernández' --role staff --body %s", P);
	gen_run(g, NULL, "member add 'Naomi Whitehorse' --role staff");
	gen_run(g, NULL, "member add 'Robert Lalonde' --role staff");
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static struct town_date civil_from_days(long z, int body)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	return (struct town_date){(int)(yoe + era * 400 + (m <= 2)), m, d, body};
}

long town_days(struct town_date d)
{
	return days_from_civil(d.y, d.m, d.d);
}

struct town_date town_add_days(struct town_date d, int n)
{
	return civil_from_days(days_from_civil(d.y, d.m, d.d) + n, d.body);
}

/* The nth (1-based) weekday wd (0 Sunday) of the month. */
static struct town_date nth_weekday(int y, int m, int wd, int n, int body)
{
	long first = days_from_civil(y, m, 1);
	int first_wd = (int)((first % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
	int offset = (wd - first_wd + 7) % 7 + 7 * (n - 1);
	return civil_from_days(first + offset, body);
}

static int by_date(const void *a, const void *b)
{
	const struct town_date *x = a, *y = b;
	long dx = days_from_civil(x->y, x->m, x->d), dy = days_from_civil(y->y, y->m, y->d);
	return dx < dy ? -1 : dx > dy ? 1 : x->body - y->body;
}

size_t town_schedule(int y, struct town_date *out, size_t max)
{
	size_t n = 0;
#define ADD(date)                                                                          \
	do {                                                                               \
		if (n < max)                                                               \
			out[n++] = (date);                                                 \
	} while (0)
	for (int m = 1; m <= 12; m++) {
		/* Council: the second and fourth Tuesdays, once in July, August and December */
		ADD(nth_weekday(y, m, 2, 2, BODY_COUNCIL));
		if (m != 7 && m != 8 && m != 12)
			ADD(nth_weekday(y, m, 2, 4, BODY_COUNCIL));
		/* Planning: the first and third Mondays, except in winter and summer */
		if ((m >= 2 && m <= 6) || (m >= 9 && m <= 11)) {
			ADD(nth_weekday(y, m, 1, 1, BODY_PLANNING));
			ADD(nth_weekday(y, m, 1, 3, BODY_PLANNING));
		}
		/* Finance and Audit: the first Thursday but in August, and the
		 * third in the budget months */
		if (m != 8)
			ADD(nth_weekday(y, m, 4, 1, BODY_FINANCE));
		if (m == 10 || m == 11)
			ADD(nth_weekday(y, m, 4, 3, BODY_FINANCE));
	}
#undef ADD
	qsort(out, n, sizeof *out, by_date);
	return n;
}
