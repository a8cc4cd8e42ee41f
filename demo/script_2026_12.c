/* The Regular Meeting of Council of December 8, 2026, still to come: the
 * first regular meeting of the 2026-2030 term, with the 2027 budget, the
 * seniors' fares motion, and bargaining with CUPE in closed session. */
#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-12-08-council"

static const char food_bank_delegation[] =
	"Carol Bouchard and Kevin Tran of the Kestrel Falls Food Bank will report on "
	"demand this year and the Winter Appeal:\n"
	"\n"
	"- 412 households served in October 2026, up 18% from October 2025;\n"
	"- one in three clients is a child;\n"
	"- the Winter Appeal goal is $60,000 and 25,000 lb of food by January 15.\n"
	"\n"
	"They will ask Council to place collection bins at the Town Hall, the Memorial "
	"Arena and the Carnegie Library.\n";

static const char library_delegation[] =
	"Eleanor Fitzgerald, Chair of the Friends of the Carnegie Library, will present "
	"the Friends’ campaign to restore the sandstone front steps of the 1911 library "
	"building, designated under the Ontario Heritage Act, and ask the Town to match "
	"donations up to $40,000 in 2027.\n";

static const char mayor_priorities[] =
	"Mayor Côté will present the priorities of the 2026-2030 term of Council, "
	"sworn in at the Inaugural Meeting on November 17, 2026:\n"
	"\n"
	"1. Housing people can afford, inside the existing urban boundary.\n"
	"2. Roads, bridges and pipes in good repair, paid for without surprises.\n"
	"3. A healthy Kestrel River and a riverside trail from end to end.\n"
	"4. A downtown that is busy all year.\n";

static const char accessibility_report[] =
	"The Accessibility Advisory Committee reviewed the site plans of 212 Queen "
	"Street East and of the Millrace Bridge walkway, audited the Memorial Arena, "
	"and advised on the accessible voting options of the October 26 municipal "
	"election (telephone and internet voting, and an accessible voting station at "
	"Town Hall).\n";

static const char meeting_schedule[] =
	"Council meets on the second Tuesday of the month at 7:00 p.m., and the Planning "
	"Committee on the fourth Tuesday at 6:00 p.m., except in July and August.\n"
	"\n"
	"| Month | Council | Planning Committee |\n"
	"|---|---|---|\n"
	"| January | 12 | 26 |\n"
	"| February | 9 (budget: 2) | 23 |\n"
	"| March | 9 | 23 |\n"
	"| April | 13 | 27 |\n"
	"| May | 11 | 25 |\n"
	"| June | 8 | 22 |\n"
	"| July | 13 | — |\n"
	"| August | 10 | — |\n"
	"| September | 14 | 28 |\n"
	"| October | 12 | 26 |\n"
	"| November | 9 | 23 |\n"
	"| December | 14 | — |\n";

static const char tree_collection[] =
	"Christmas trees are collected at the curb on January 6 and 7, 2027. Remove "
	"all decorations, lights and bags; trees are chipped for mulch in Millrace "
	"Park.\n";

static const char budget_report[] =
	"#### Purpose\n"
	"\n"
	"To adopt the 2027 operating and capital budgets, as reviewed by Council at "
	"the budget workshops of October 20 and November 3, 2026.\n"
	"\n"
	"#### The levy\n"
	"\n"
	"| | 2026 | 2027 | Change |\n"
	"|---|---:|---:|---:|\n"
	"| Operating expenditures | $16,480,000 | $17,215,000 | 4.5% |\n"
	"| Non-tax revenue | $4,960,000 | $5,190,000 | 4.6% |\n"
	"| Transfer to capital reserves | $1,420,000 | $1,560,000 | 9.9% |\n"
	"| **Municipal levy** | **$12,940,000** | **$13,585,000** | **5.0%** |\n"
	"\n"
	"After assessment growth of 1.1%, the tax rate rises 3.8%: $110 a year on a "
	"home assessed at $310,000, the Town’s median.\n"
	"\n"
	"#### Main changes\n"
	"\n"
	"- Two additional full-time firefighters (Station 1), from July 1, 2027.\n"
	"- Early Saturday ice at the Memorial Arena (Report REC-2026-09).\n"
	"- Naturalization of four parks (Report PW-2026-26).\n"
	"- Insurance premiums up 11%.\n"
	"\n"
	"#### Capital\n"
	"\n"
	"The 2027 capital budget is $6.8 million, 85% of it for roads, bridges, water "
	"and wastewater. The projects are listed in the attached schedule.\n";

static const char capital_csv[] =
	"project,department,cost,reserves,grants,debt\n"
	"Queen Street watermain replacement,Water,2100000,600000,1500000,0\n"
	"Millrace Bridge rehabilitation (completion),Roads,420000,120000,300000,0\n"
	"Lakeshore Road resurfacing,Roads,1350000,350000,1000000,0\n"
	"Wastewater treatment plant upgrade phase 2,Wastewater,1900000,400000,0,1500000\n"
	"Pumper truck replacement,Fire,780000,780000,0,0\n"
	"Riverside trail extension,Parks,250000,50000,200000,0\n";

static const char naturalization_report[] =
	"Council asked on October 13, 2026 for a plan to reduce mowing and add native "
	"plantings in municipal parks. Staff propose to naturalize parts of four parks "
	"in 2027:\n"
	"\n"
	"| Park | Area | Cost |\n"
	"|---|---:|---:|\n"
	"| Millrace Park (riverbank) | 0.6 ha | $9,500 |\n"
	"| Veterans’ Park (east slope) | 0.2 ha | $4,800 |\n"
	"| Maple Ridge Park | 0.4 ha | $7,200 |\n"
	"| Lakeshore Parkette | 0.1 ha | $2,900 |\n"
	"\n"
	"Mowing less saves about $6,000 a year from 2028. Signs will explain the "
	"change to park users.\n";

static const char ice_report[] =
	"Opening the Memorial Arena at 6:00 a.m. on Saturdays from November to March "
	"needs an operator for two extra hours a week (20 weeks, $5,600). Ice rental "
	"at the minor sport rate brings in $6,800, so the change costs the Town "
	"nothing.\n";

static const char seniors_fares_motion[] =
	"Notice of this motion was given on November 10, 2026.\n"
	"\n"
	"Moved by Councillor Nguyễn, seconded by Councillor McKinnon.\n"
	"\n"
	"Riders aged 65 and over took 9,800 trips on the Kestrel Link in 2025, paying "
	"$14,700 in fares.\n";

static const char sidewalk_notice[] =
	"Councillor Okafor has given notice that he will move at the Regular Meeting of "
	"Council on January 12, 2027 that the sidewalk on the south side of Lakeshore "
	"Road be cleared of snow within 24 hours, like school routes.\n";

static const char bargaining[] =
	"#### Confidential report of the Chief Administrative Officer\n"
	"\n"
	"The collective agreement with CUPE Local 4120 (outside workers, 38 members) "
	"expires on December 31, 2026. Bargaining began on November 2.\n"
	"\n"
	"- The union proposes 4.5%, 4.0% and 3.5% over three years, and a boot "
	"allowance of $300.\n"
	"- [redact]Staff seek a mandate of up to 3.25% a year over three years, with "
	"flexibility on the boot allowance.[/redact]\n"
	"- The next bargaining dates are December 10 and 11, 2026.\n";

static const struct demo_line agenda[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-12-08 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),
	{"agenda add " M " Motions --after 11", NULL},

	{"agenda add " M " 'Regular Meeting of Council — November 10, 2026' --under 5 "
	 "--recommendation 'That the minutes of the Regular Meeting of Council held on "
	 "November 10, 2026 be adopted as circulated.'",
	 NULL},
	{"agenda add " M " 'Inaugural Meeting of Council — November 17, 2026' --under 5 "
	 "--recommendation 'That the minutes of the Inaugural Meeting of Council held on "
	 "November 17, 2026 be adopted as circulated.'",
	 NULL},

	{"agenda add " M " 'Kestrel Falls Food Bank — Winter Appeal' --under 6 --body-file - "
	 "--recommendation 'That the delegation be received, and that collection bins be "
	 "placed in municipal buildings until January 15, 2027.'",
	 food_bank_delegation},
	{"agenda add " M " 'Friends of the Carnegie Library — Restoring the Front Steps' "
	 "--under 6 --body-file - --recommendation 'That the delegation be received and "
	 "the request referred to the 2028 budget.'",
	 library_delegation},

	{"agenda add " M " 'Mayor Côté — Priorities for the 2026-2030 Term of Council' "
	 "--under 7 --body-file -",
	 mayor_priorities},

	{"agenda add " M " 'Accessibility Advisory Committee — 2026 Annual Report' --under 8 "
	 "--consent --body-file - --recommendation 'That the annual report be received for "
	 "information.'",
	 accessibility_report},
	{"agenda add " M " 'Report CLK-2026-06: 2027 Council and Committee Meeting "
	 "Schedule' --under 8 --consent --body-file - --recommendation 'That Council "
	 "approve the 2027 meeting schedule.'",
	 meeting_schedule},
	{"agenda add " M " 'Report PW-2026-27: Christmas Tree Collection, January 2027' "
	 "--under 8 --consent --body-file - --recommendation 'That Report PW-2026-27 be "
	 "received for information.'",
	 tree_collection},
	{"agenda add " M " 'Kestrel Falls Public Library Board — 2027 Budget Request' "
	 "--under 8 --consent --recommendation 'That the request be received and "
	 "considered with the 2027 budget.'",
	 NULL},

	{"agenda add " M " 'Report FIN-2026-15: 2027 Operating and Capital Budgets' "
	 "--under 9 --body-file - --recommendation 'That Council adopt the 2027 operating "
	 "budget with a municipal levy of $13,585,000 and the 2027 capital budget of "
	 "$6,800,000, and pass By-law 2026-054.'",
	 budget_report},
	{"agenda attach " M " 9.1 {tmp}/2027-capital-budget.csv", capital_csv},
	{"agenda add " M " 'Report PW-2026-26: Pollinator-Friendly Parks — Naturalization "
	 "Plan' --under 9 --body-file - --recommendation 'That Council approve the "
	 "naturalization of the four parks listed in Report PW-2026-26 in 2027.'",
	 naturalization_report},
	{"agenda add " M " 'Report REC-2026-09: Early Saturday Ice at the Memorial Arena' "
	 "--under 9 --body-file - --recommendation 'That the Memorial Arena open at "
	 "6:00 a.m. on Saturdays from January to March 2027 and from November 2027.'",
	 ice_report},

	{"agenda add " M " 'Ministry of Municipal Affairs and Housing — Building Faster "
	 "Fund, 2026 Allocation' --under 10 --recommendation 'That the correspondence be "
	 "received for information.'",
	 NULL},
	{"agenda add " M " 'Township of Alder Creek — Thank You for Broadband Support' "
	 "--under 10 --recommendation 'That the correspondence be received for "
	 "information.'",
	 NULL},

	/* the numbers of the by-laws to come are reserved as the agenda is
	 * made; their readings are December's */
	{"bylaw reserve --title 'A by-law to adopt the 2027 operating and capital budgets'",
	 NULL},
	{"bylaw reserve --title 'A by-law to levy interim taxes for 2027'", NULL},
	{"bylaw reserve --title 'A by-law to authorize temporary borrowing to meet current "
	 "expenditures in 2027'",
	 NULL},
	{"bylaw reserve --title 'A by-law to appoint members of Council to boards and "
	 "committees for the 2026-2030 term'",
	 NULL},
	{"bylaw reserve --title 'A by-law to confirm the proceedings of Council at its meeting "
	 "of December 8, 2026'",
	 NULL},
	{"agenda add " M " 'By-law 2026-054, a by-law to adopt the 2027 operating and "
	 "capital budgets' --under 11 --bylaw 2026-054",
	 NULL},
	{"agenda add " M " 'By-law 2026-055, a by-law to levy interim taxes for 2027' "
	 "--under 11 --bylaw 2026-055",
	 NULL},
	{"agenda add " M " 'By-law 2026-056, a by-law to authorize temporary borrowing to "
	 "meet current expenditures in 2027' --under 11 --bylaw 2026-056",
	 NULL},
	{"agenda add " M " 'By-law 2026-057, a by-law to appoint members of Council to "
	 "boards and committees for the 2026-2030 term' --under 11 --bylaw 2026-057",
	 NULL},
	{"agenda edit " M " 11 --recommendation 'That By-laws 2026-054 to 2026-057 be read "
	 "a first, second and third time and finally passed.'",
	 NULL},

	/* The motion of which notice was given on November 10 came onto the
	 * agenda under Notices of Motion when the meeting was made (the
	 * inaugural meeting, with no section for motions, was passed over): the
	 * clerk moves it under Motions and names it (docs/bylaws.md, "Notices of
	 * motion"). */
	{"agenda move " M " 13.1 --under 12", NULL},
	{"agenda edit " M " 12.1 --title 'Councillor Nguyễn — Free Kestrel Link Fares for "
	 "Seniors' --body-file - --recommendation 'That riders aged 65 and over ride the "
	 "Kestrel Link free of charge from January 1, 2027, and that the fares forgone be "
	 "funded from the Transit Reserve in 2027.'",
	 seniors_fares_motion},

	{"agenda add " M " 'Councillor Okafor — Winter Sidewalk Maintenance on Lakeshore "
	 "Road' --under 13 --mover Okafor --body-file - --recommendation 'That the sidewalk "
	 "on the south side of Lakeshore Road be cleared of snow within 24 hours of a "
	 "snowfall, as school routes are.'",
	 sidewalk_notice},

	{"agenda edit " M " 14 --recommendation 'That Council move into closed session "
	 "under section 239(2)(d) of the Municipal Act, 2001 to consider labour relations "
	 "and employee negotiations.'",
	 NULL},
	{"agenda add " M " 'Labour relations and employee negotiations — CUPE Local 4120 "
	 "collective bargaining' --under 14 --closed '239(2)(d)' --body-file - "
	 "--recommendation 'That staff bargain within the mandate given in closed "
	 "session.'",
	 bargaining},

	{"agenda add " M " 'By-law 2026-058, a by-law to confirm the proceedings of Council "
	 "at its meeting of December 8, 2026' --under 15 --recommendation 'That By-law "
	 "2026-058 be read a first, second and third time and finally passed.' --bylaw 2026-058",
	 NULL},

	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* The next morning the curling club asked to speak: the clerk published a
 * revised agenda with the delegation added. */
static const struct demo_line revised[] = {
	{"agenda add " M " 'Kestrel Falls Curling Club — Repairs to the Rink Roof' --under 6 "
	 "--body-file - --recommendation 'That the delegation be received and referred to "
	 "the 2027 budget deliberations.'",
	 "The club will ask Council to share the cost of repairing the roof of the "
	 "curling rink at the Memorial Arena before the 2027 season.\n"},
	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* The agenda went out almost three weeks early, so that residents could
 * read the budget before Council adopts it. */
const struct demo_meeting demo_december = {
	.agenda = {"2026-11-19T16:00:00-05:00", agenda},
	.revised = {"2026-11-20T09:30:00-05:00", revised},
	.minutes = {"2026-12-09T10:00:00-05:00", NULL},
};
