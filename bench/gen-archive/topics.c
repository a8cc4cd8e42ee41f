#include "bench/gen-archive/topics.h"

static const struct topic council[] = {
	{DEPT_PW, "{road} Reconstruction — Detailed Design", "the reconstruction of {road}",
	 "approve the detailed design for the reconstruction of {road} and direct staff to "
	 "tender the work for construction in {nextyear}", EXTRA_BUDGET},
	{DEPT_PW, "Tender {code}-T — Rehabilitation of {asset} at {facility}",
	 "the rehabilitation of {asset} at {facility}",
	 "award the tender for the rehabilitation of {asset} at {facility} to {contractor} in "
	 "the amount of {cost}, excluding HST", EXTRA_TENDER},
	{DEPT_PW, "Winter Control Operations {year}–{nextyear}", "winter control on Town roads",
	 "approve the winter control service levels for {year}–{nextyear} as set out in this "
	 "report", EXTRA_NONE},
	{DEPT_PW, "Speed Limit Reduction on {road}", "a lower speed limit on {road}",
	 "reduce the speed limit on {road} to 40 km/h and amend the Traffic By-law "
	 "accordingly", EXTRA_NONE},
	{DEPT_PW, "Water Meter Replacement Program", "the replacement of residential water meters",
	 "approve a five-year program to replace residential water meters, funded from the "
	 "Water Reserve", EXTRA_BUDGET},
	{DEPT_PW, "Sidewalk Connectivity on {road}", "a new sidewalk on {road}",
	 "approve the construction of a sidewalk on the north side of {road} in {nextyear}",
	 EXTRA_BUDGET},
	{DEPT_CS, "{park} Playground Replacement", "the replacement of the playground in {park}",
	 "approve the replacement of the playground in {park} at a cost of {cost}, funded from "
	 "the Parkland Reserve Fund", EXTRA_TENDER},
	{DEPT_CS, "Arena Ice Resurfacer Replacement", "the replacement of the Zamboni at Harbour "
	 "Arena",
	 "approve the purchase of an electric ice resurfacer (Zamboni) for Harbour Arena from "
	 "the Fleet Reserve", EXTRA_TENDER},
	{DEPT_CS, "Community Grants — {year} Allocations", "the community grants program",
	 "approve the {year} community grant allocations listed in Schedule A", EXTRA_BUDGET},
	{DEPT_CS, "Library Strategic Plan {year}–{nextyear}", "the library’s strategic plan",
	 "endorse the Library Strategic Plan and its priorities for the next four years",
	 EXTRA_NONE},
	{DEPT_FIRE, "Fire Master Plan Update", "the update of the Fire Master Plan",
	 "adopt the updated Fire Master Plan and refer its capital recommendations to the "
	 "{nextyear} budget", EXTRA_NONE},
	{DEPT_FIRE, "Replacement of Pumper Truck 21", "the replacement of Pumper Truck 21",
	 "approve the purchase of a pumper truck from the Fleet Reserve at a cost of {cost}",
	 EXTRA_TENDER},
	{DEPT_CLK, "Short-Term Rental Licensing", "the licensing of short-term rentals",
	 "approve a licensing regime for short-term rental accommodation, with fees, fire "
	 "inspections and limits by zone, effective January 1, {nextyear}", EXTRA_NONE},
	{DEPT_CLK, "Procedure By-law Review", "the review of the Procedure By-law",
	 "adopt the amendments to the Procedure By-law recommended in this report",
	 EXTRA_NONE},
	{DEPT_CLK, "Municipal Election Procedures", "the procedures for the next municipal "
	 "election",
	 "approve internet and telephone voting for the next regular municipal election",
	 EXTRA_NONE},
	{DEPT_CAO, "Strategic Plan Progress", "progress on the Strategic Plan",
	 "receive the progress report on the Strategic Plan and confirm its priorities",
	 EXTRA_NONE},
	{DEPT_CAO, "Shared Services Agreement with the County", "a shared services agreement "
	 "with the County",
	 "authorize the Mayor and Clerk to sign a shared services agreement with the County for "
	 "building inspection and by-law enforcement", EXTRA_NONE},
};

static const struct topic planning[] = {
	{DEPT_PLN, "Zoning By-law Amendment — {count}{count} {road}",
	 "the rezoning of the lands on {road}",
	 "approve the zoning by-law amendment to permit townhouses on the lands on {road}, "
	 "subject to the conditions in Schedule B", EXTRA_NONE},
	{DEPT_PLN, "Official Plan Amendment — {road} Lands", "the official plan amendment for the "
	 "{road} lands",
	 "adopt the official plan amendment redesignating the {road} lands to Residential",
	 EXTRA_NONE},
	{DEPT_PLN, "Draft Plan of Subdivision — {park} Estates", "the draft plan of subdivision "
	 "near {park}",
	 "grant draft plan approval to the {park} Estates subdivision, subject to the conditions "
	 "in Schedule C", EXTRA_NONE},
	{DEPT_PLN, "Heritage Designation of the {road} Schoolhouse", "the heritage designation of "
	 "the schoolhouse on {road}",
	 "state its intention to designate the schoolhouse on {road} under Part IV of the Ontario "
	 "Heritage Act", EXTRA_NONE},
	{DEPT_PLN, "Site Plan Approval — {road} Commercial Plaza", "the site plan for a "
	 "commercial plaza on {road}",
	 "approve the site plan for the commercial plaza on {road}, subject to a site plan "
	 "agreement", EXTRA_NONE},
	{DEPT_PLN, "Community Improvement Plan — Façade Grants", "the façade improvement grants "
	 "downtown",
	 "approve façade improvement grants for the {count} applications in Schedule A",
	 EXTRA_BUDGET},
	{DEPT_PLN, "Minor Variance Appeal — {road}", "an appeal of a minor variance on {road}",
	 "direct the Town Solicitor to defend the Committee of Adjustment’s decision on {road} "
	 "at the Ontario Land Tribunal", EXTRA_NONE},
	{DEPT_PLN, "Additional Residential Units Policy", "second and third units in houses",
	 "approve the policy permitting up to three residential units on a serviced lot",
	 EXTRA_NONE},
};

static const struct topic finance[] = {
	{DEPT_FIN, "{nextyear} Water and Wastewater Rates", "the water and wastewater rates for "
	 "{nextyear}",
	 "approve the {nextyear} water and wastewater rates in Schedule A, effective January 1, "
	 "{nextyear}", EXTRA_RATES},
	{DEPT_FIN, "{nextyear} Operating Budget — Draft", "the draft operating budget for "
	 "{nextyear}",
	 "refer the draft {nextyear} operating budget to the budget meetings of Council",
	 EXTRA_BUDGET},
	{DEPT_FIN, "{nextyear} Capital Budget and Ten-Year Forecast", "the capital budget",
	 "recommend the {nextyear} capital budget and the ten-year forecast to Council",
	 EXTRA_BUDGET},
	{DEPT_FIN, "Development Charges Background Study", "the development charges study",
	 "receive the development charges background study and schedule the statutory public "
	 "meeting", EXTRA_RATES},
	{DEPT_FIN, "Tax Arrears and Write-offs", "the write-off of uncollectible taxes",
	 "approve the write-off of {cost} of uncollectible property taxes", EXTRA_NONE},
	{DEPT_FIN, "Procurement Policy Review", "the review of the Procurement Policy",
	 "adopt the revised Procurement Policy, raising the threshold for formal tenders to "
	 "{cost}", EXTRA_NONE},
	{DEPT_FIN, "Reserve and Reserve Fund Policy", "the policy on reserves",
	 "adopt the Reserve and Reserve Fund Policy and its target balances", EXTRA_BUDGET},
	{DEPT_FIN, "Insurance Renewal", "the renewal of the Town’s insurance program",
	 "renew the Town’s insurance with its current broker at a premium of {cost}",
	 EXTRA_NONE},
	{DEPT_FIN, "Audit Findings Report", "the auditor’s findings for {lastyear}",
	 "receive the audit findings report and approve the consolidated financial statements",
	 EXTRA_NONE},
};

static const struct topic info[] = {
	{DEPT_PLN, "Building Permit Activity — {month*} {year}", "building permit activity",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_FIN, "Investment Report to {date}", "the Town’s investments",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_FIN, "Council Remuneration and Expenses", "the remuneration and expenses of members",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_PW, "Capital Projects Status Update", "the status of capital projects",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_PW, "Drinking Water Quality Annual Summary", "drinking water quality",
	 "receive the report for information", EXTRA_NONE},
	{DEPT_FIRE, "Fire Department Activity Report", "the fire department’s calls and "
	 "inspections",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_CS, "Recreation Programs Registration Update", "registration in recreation "
	 "programs",
	 "receive the report for information", EXTRA_BUDGET},
	{DEPT_CLK, "Freedom of Information Requests Summary", "requests under MFIPPA",
	 "receive the report for information", EXTRA_NONE},
	{DEPT_CAO, "Accessibility Plan Status", "progress on the Accessibility Plan",
	 "receive the report for information", EXTRA_NONE},
};

static const char *const codes[DEPT_COUNT] = {"PW", "FIN", "PLN", "CS", "FIRE", "CLK", "CAO"};
static const char *const directors[DEPT_COUNT] = {
	"Director of Public Works",
	"Treasurer",
	"Director of Planning",
	"Director of Community Services",
	"Fire Chief",
	"Clerk",
	"Chief Administrative Officer",
};
static const char *const authors[DEPT_COUNT] = {
	"Kevin O’Donnell", "Anjali Deshpande", "Lucía Fernández", "Naomi Whitehorse",
	"Robert Lalonde",  "Margaret Oyelaran", "Thomas Bergeron",
};

#define N(a) (sizeof a / sizeof *a)

const struct topic *topics_for(int body, size_t *n)
{
	if (body == 1) {
		*n = N(planning);
		return planning;
	}
	if (body == 2) {
		*n = N(finance);
		return finance;
	}
	*n = N(council);
	return council;
}

const struct topic *topics_info(size_t *n)
{
	*n = N(info);
	return info;
}

const char *dept_code(enum dept d)
{
	return codes[d];
}

const char *dept_director(enum dept d)
{
	return directors[d];
}

const char *dept_author(enum dept d)
{
	return authors[d];
}
