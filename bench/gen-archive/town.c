#include "bench/gen-archive/town.h"

#include "bench/gen-archive/gen.h"

#include "agenda/member.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct town_body town_bodies[N_BODIES] = {
	{"Council", "council", "Regular Meeting of Council", "Council", 7, 4, 19, 0, true},
	{"Planning Committee", "planning-committee", "Planning Committee",
	 "the Planning Committee recommend that Council", 5, 3, 13, 30, false},
	{"Finance and Audit Committee", "finance-and-audit-committee",
	 "Finance and Audit Committee", "the Finance and Audit Committee recommend that Council",
	 5, 3, 9, 30, false},
};

/* The seats of Council: the mayor and the deputy mayor, elected at large,
 * and a councillor for each of five wards. */
enum { SEAT_MAYOR, SEAT_DEPUTY, SEAT_WARD1, N_SEATS = SEAT_WARD1 + 5 };

/* Who held each seat: before the election of 2006 (in office since before
 * the archive's records), then after each election. Each election the
 * deputy mayor leaves, a councillor is elected deputy mayor and a newcomer
 * takes the ward; some years another councillor leaves too. Mayor Côté and
 * Councillor Ó Briain sit throughout (the archive's texts name them). */
static const char *const councils[TOWN_ELECTIONS + 1][N_SEATS] = {
	{"Hélène Côté", "Nadia Petrenko", "Gordon Fraser", "Siobhán Ó Briain", "Louise Boucher",
	 "Kwame Mensah", "Jean-Guy Tremblay"},
	/* 2006 */
	{"Hélène Côté", "Kwame Mensah", "Gordon Fraser", "Siobhán Ó Briain", "Daniel Kowalczyk",
	 "Ingrid Halvorsen", "Jean-Guy Tremblay"},
	/* 2010 */
	{"Hélène Côté", "Gordon Fraser", "Marc-André Bélanger", "Siobhán Ó Briain",
	 "Daniel Kowalczyk", "Arthur Macdonald", "Jean-Guy Tremblay"},
	/* 2014 */
	{"Hélène Côté", "Jean-Guy Tremblay", "Marc-André Bélanger", "Siobhán Ó Briain",
	 "Daniel Kowalczyk", "Arthur Macdonald", "Fatima Hussein"},
	/* 2018 */
	{"Hélène Côté", "Arthur Macdonald", "Marc-André Bélanger", "Siobhán Ó Briain",
	 "Daniel Kowalczyk", "Zoë Lindqvist", "Rosalie Thibodeau"},
	/* 2022 */
	{"Hélène Côté", "Marc-André Bélanger", "Priya Raman", "Siobhán Ó Briain",
	 "Daniel Kowalczyk", "Zoë Lindqvist", "Émile Gauthier"},
};

/* The seats whose holders sit on each body, the mayor first. */
static const int body_seats[N_BODIES][TOWN_MAX_MEMBERS] = {
	{SEAT_MAYOR, SEAT_DEPUTY, SEAT_WARD1, SEAT_WARD1 + 1, SEAT_WARD1 + 2, SEAT_WARD1 + 3,
	 SEAT_WARD1 + 4},
	{SEAT_MAYOR, SEAT_WARD1, SEAT_WARD1 + 1, SEAT_WARD1 + 3, SEAT_WARD1 + 4},
	{SEAT_MAYOR, SEAT_DEPUTY, SEAT_WARD1, SEAT_WARD1 + 2, SEAT_WARD1 + 3},
};

/* The committees a seat's holder sits on, as `member add --body` takes
 * them; NULL: none. */
static const char *seat_bodies(int seat)
{
	bool on[N_BODIES] = {false};
	for (int b = BODY_PLANNING; b < N_BODIES; b++)
		for (int i = 0; i < town_bodies[b].seats; i++)
			on[b] |= body_seats[b][i] == seat;
	if (on[BODY_PLANNING] && on[BODY_FINANCE])
		return "'Planning Committee,Finance and Audit Committee'";
	if (on[BODY_PLANNING])
		return "'Planning Committee'";
	return on[BODY_FINANCE] ? "'Finance and Audit Committee'" : NULL;
}

/* Add name to seat, from `from` (NULL: since always). */
static void add_to_seat(struct gen *g, const char *name, int seat, const char *from)
{
	static const char *const roles[] = {"mayor", "deputy-mayor", "councillor"};
	const char *bodies = seat_bodies(seat);
	char ward[16] = "";
	if (seat >= SEAT_WARD1)
		snprintf(ward, sizeof ward, " --ward %d", seat - SEAT_WARD1 + 1);
	gen_run(g, NULL, "member add %s --role %s%s%s%s%s%s", gen_q(g, name),
		roles[seat < SEAT_WARD1 ? seat : SEAT_WARD1], ward, bodies ? " --body " : "",
		bodies ? bodies : "", from ? " --from " : "", from ? from : "");
}

void town_election(struct gen *g, int year)
{
	int k = (year - TOWN_FIRST_ELECTION) / 4 + 1;
	if (year < TOWN_FIRST_ELECTION || (year - TOWN_FIRST_ELECTION) % 4 || k > TOWN_ELECTIONS)
		gen_die("no election in %d", year);
	const char *const *before = councils[k - 1], *const *after = councils[k];
	char day[24];
	snprintf(day, sizeof day, "%04d-11-15", year);
	/* The old term of everyone who leaves a seat ends first, so that one
	 * elected to another seat can begin a new term the same day. */
	for (int s = 0; s < N_SEATS; s++)
		if (strcmp(before[s], after[s]))
			gen_run(g, NULL, "member retire %s --on %s", gen_q(g, before[s]), day);
	for (int s = 0; s < N_SEATS; s++)
		if (strcmp(before[s], after[s]))
			add_to_seat(g, after[s], s, day);
}

size_t town_members(int body, struct town_date d, const char **out)
{
	int k = 0;
	while (k < TOWN_ELECTIONS &&
	       (d.y > TOWN_FIRST_ELECTION + 4 * k ||
		(d.y == TOWN_FIRST_ELECTION + 4 * k && (d.m > 11 || (d.m == 11 && d.d >= 15)))))
		k++;
	size_t n = (size_t)town_bodies[body].seats;
	for (size_t i = 0; i < n; i++)
		out[i] = gv_surname(councils[k][body_seats[body][i]]);
	return n;
}

void town_setup(struct gen *g)
{
	gen_run(g, NULL, "config clerk.name 'Margaret Oyelaran'");
	gen_run(g, NULL, "config clerk.email clerk@larchmere.example");
	gen_run(g, NULL, "config stream.url https://video.larchmere.example/council");
	gen_run(g, NULL, "config publish.base-url https://larchmere.example/council");
	/* The procedure by-law fixes each body's seats and quorum, whoever
	 * holds them. */
	gen_run(g, NULL, "body edit Council --seats %d --quorum %d", town_bodies[BODY_COUNCIL].seats,
		town_bodies[BODY_COUNCIL].quorum);
	for (int b = BODY_PLANNING; b < N_BODIES; b++)
		gen_run(g, NULL, "body add %s --seats %d --quorum %d", gen_q(g, town_bodies[b].name),
			town_bodies[b].seats, town_bodies[b].quorum);

	const char *F = "'Finance and Audit Committee'", *P = "'Planning Committee'";
	gen_run(g, NULL, "member add 'Margaret Oyelaran' --role clerk");
	gen_run(g, NULL, "member add 'Thomas Bergeron' --role staff");
	gen_run(g, NULL, "member add 'Anjali Deshpande' --role staff --body %s", F);
	gen_run(g, NULL, "member add %s --role staff", gen_q(g, "Kevin O’Donnell"));
	gen_run(g, NULL, "member add 'Lucía Fernández' --role staff --body %s", P);
	gen_run(g, NULL, "member add 'Naomi Whitehorse' --role staff");
	gen_run(g, NULL, "member add 'Robert Lalonde' --role staff");

	for (int s = 0; s < N_SEATS; s++)
		add_to_seat(g, councils[0][s], s, NULL);
	for (int y = TOWN_FIRST_ELECTION; y < TOWN_FIRST_ELECTION + 4 * TOWN_ELECTIONS; y += 4)
		if (y < g->first_year)
			town_election(g, y);
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
