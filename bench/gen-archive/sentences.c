#include "bench/gen-archive/sentences.h"

#define SENTENCES(name, ...)                                                 \
	static const char *const name##_s[] = {__VA_ARGS__};                 \
	const struct sentences name = {name##_s, sizeof name##_s / sizeof *name##_s};

SENTENCES(sent_background,
	"Council last considered {thing} on {date}, when it directed staff to report back "
	"with options and costs.",
	"{facility} was built in {oldyear} and was last renovated in {lastyear}.",
	"The {year} capital budget includes {amount} for {thing}, funded from the {reserve}.",
	"Under the {act}, the Town must keep its records of {thing} current and make them "
	"available to the public.",
	"Staff met with representatives of {group} on {date} to discuss {thing}.",
	"A condition assessment completed by {consultant} in {lastyear} rated {asset} in "
	"{condition*} condition.",
	"Residents of Ward {ward} have raised {concern*} at several public meetings since "
	"{lastyear}.",
	"The {plan} identifies {thing} as a priority for the next {count} years.",
	"In {lastyear} the Town received {count} complaints about {concern*} on {road}.",
	"The previous agreement expired on {date} and has been extended month to month "
	"while staff prepared this report.",
	"Neighbouring municipalities have taken different approaches to {thing}, which "
	"are compared in Attachment 2.",
	"The matter was deferred at the meeting of {date} so that staff could answer "
	"questions from members.",
	"Growth in the north end has added {count} hundred households since the {plan} was "
	"approved.",
	"Provincial funding of {amount} was confirmed on {date}, on condition that the work "
	"is complete by the end of {nextyear}.")

SENTENCES(sent_analysis,
	"Staff considered {count} options, which are summarized below.",
	"The preferred option balances cost, service levels and the risk of deferring the "
	"work.",
	"Deferring {thing} by one year would add an estimated {percent} to its cost, based on "
	"recent tender prices.",
	"The work would be coordinated with {utility} so that the road is opened only once.",
	"{consultant} reviewed the proposal and found it consistent with the {plan} and "
	"the Provincial Planning Statement.",
	"Traffic counts taken on {road} in {month*} recorded an average of {count} hundred "
	"vehicles a day, with an 85th percentile speed {count} km/h above the posted limit.",
	"Of the {count} comparable municipalities surveyed, most charge a fee between {small} "
	"and {small} for the same service.",
	"The proposal would affect {count} properties, all of which were notified by mail.",
	"Staff do not recommend the lowest-cost option, because it would shorten the service "
	"life of {asset} by about {count} years.",
	"The design keeps the existing trees along {road} where the grading allows.",
	"Accessibility features meet or exceed the Design of Public Spaces Standards under "
	"the Accessibility for Ontarians with Disabilities Act, 2005.",
	"Operating costs would rise by about {cost} a year once {thing} is complete.",
	"The risk to the Town of doing nothing is rated high in the {plan}.",
	"A peer review by {consultant*} confirmed the engineer’s estimate within {percent}.",
	"Construction would take place between May and October to limit disruption to "
	"businesses on {road}.",
	"Staff will report back on the results after the first full year of operation.",
	"The approach follows the direction Council gave when it adopted the {plan}.",
	"Detours would follow {road*} and {road*}, with signs posted two weeks in advance.")

SENTENCES(sent_consultation,
	"Notice was published in the {paper} and on the Town’s website on {date}.",
	"{count} written submissions were received; they are summarized in Attachment 1.",
	"A public information centre was held at {facility} on {date}, attended by about "
	"{count}0 residents.",
	"The {group*} was consulted and supports the recommendation.",
	"Comments from {person*}, who lives on {road}, raised {concern*}; staff have responded "
	"in writing.",
	"The Accessibility Advisory Committee reviewed the proposal on {date}.",
	"{utility} and the conservation authority had no objection.")

SENTENCES(sent_financial,
	"The estimated cost of {cost} can be accommodated within the approved budget of "
	"{amount}.",
	"There is no impact on the {year} tax levy.",
	"The net impact is an increase of {percent} on the average residential tax bill, "
	"or about {small} a year.",
	"Funding would come from the {reserve}, whose balance at the end of {lastyear} was "
	"{amount}.",
	"Contingency of {percent} is included in the estimate.",
	"Annual operating costs of {cost} would be included in the {nextyear} operating "
	"budget.",
	"The project is eligible for {percent} funding under the {reserve*}.")

SENTENCES(sent_conclusion,
	"Staff recommend that Council approve the recommendation in this report.",
	"The recommendation supports the priorities of the {plan}.",
	"Staff will continue to monitor {thing} and report to Council as needed.",
	"Approving the recommendation allows the work to proceed this construction season.",
	"The {director} is available to answer questions.")

SENTENCES(sent_info,
	"This report is for information.",
	"Activity in {month*} was {percent} higher than in the same month of {lastyear}.",
	"The figures below are to the end of {month*} {year}.",
	"No action is required of Council.",
	"The results are in line with the {year} budget.",
	"Year-to-date revenue is {amount} against a budget of {amount}.",
	"Staff will provide the next update in the fall.",
	"The trend since {lastyear} is shown in the table below.",
	"{count} files were opened and {count} were closed during the period.")

SENTENCES(sent_letter,
	"The letter asks Council to support {thing}.",
	"It notes that {count} municipalities have already passed a similar resolution.",
	"The writer raises {concern*} on {road} and asks the Town to act before the summer.",
	"A copy was sent to the Member of Provincial Parliament and to the County.",
	"The organization invites members of Council to its annual meeting at {facility}.",
	"It thanks the Town for its support of {group*} in {lastyear}.")

SENTENCES(sent_delegation,
	"The delegation will speak about {thing} and its effect on residents of Ward {ward}.",
	"They ask Council to defer any decision until the neighbourhood has been consulted.",
	"They will present a petition signed by {count}0 residents.",
	"They ask the Town to waive the rental fees for {facility} for their event on {date}.",
	"The delegation supports the staff recommendation and will describe the benefits "
	"for local businesses.",
	"Photographs of {concern*} on {road} will be shown.")

SENTENCES(sent_closed,
	"A confidential appraisal by Whitcombe Valuations Inc. values the property at "
	"{amount}.",
	"The owner has asked {amount} and has indicated a willingness to negotiate.",
	"The Town Solicitor’s advice on the claim is attached as Confidential Appendix A.",
	"The employee concerned has been notified that the matter is before Council.",
	"Negotiations with the union resumed on {date}; the parties remain apart on wages.",
	"Staff seek direction on the Town’s position before the next round of discussions.")

SENTENCES(sent_note,
	"The {director} answered questions about the schedule and the detour.",
	"Members asked about {concern*}; staff will report back.",
	"Mayor Côté thanked staff and the residents who wrote in.",
	"Councillor Ó Briain asked that the report be shared with {group*}.",
	"The delegation answered questions about the petition.",
	"Members discussed the effect on the {year} budget before the vote.",
	"The Clerk read the recommendation aloud before the vote.")

SENTENCES(sent_whereas,
	"Whereas {thing} is a concern of residents across the Town;",
	"Whereas the {plan} commits the Town to act on {thing};",
	"Whereas residents of Ward {ward} have raised {concern*};",
	"Whereas {count} municipalities in Ontario have adopted similar measures;")
