/**
 * Realistic article texts written for the dedup tests (fictional events, own wording).
 * Not a test file itself: imported by the tests.
 */

/** A news-agency story about a dock strike. */
export const WIRE_STRIKE = `Dockworkers at the port of Aldmere walked off the job early on Tuesday, halting container traffic at the country's second-busiest harbour for the first time in eleven years. The stoppage was called by the Maritime and Transport Workers Union after talks over a new three-year pay agreement collapsed late on Monday night.

Union secretary Mirela Vostrakova told reporters at the gates that members had rejected an offer of a 3.5 percent annual raise, saying it did not keep pace with rents in the city. The port authority said 14 vessels were waiting at anchor by midday and that refrigerated cargo was being diverted to the smaller terminal at Kessing Bay.

A spokesman for the operator, Harbourline Logistics, said the company remained open to further talks but described the walkout as premature. Freight forwarders warned that a strike lasting more than a few days would delay deliveries of fuel, grain and car parts to inland markets.

The transport ministry said it was monitoring the situation and urged both sides to return to mediation. The last major strike at Aldmere, in 2014, lasted nine days and cost exporters an estimated 40 million euros. Union leaders said pickets would remain in place until a revised offer was tabled.`;

/** A local paper's own intro and analysis around the agency story. */
export const LOCAL_INTRO = `For the family-run bakery on Quay Street, the first sign of trouble was a half-empty delivery van. Owner Tomas Rellick said his flour supplier had phoned before dawn to warn that two shipments stuck in the harbour would not arrive this week. Across the Lower Docks district, shopkeepers, hauliers and cafe owners who depend on port traffic spent the day trying to work out how long the dispute might last. Here is what the news agency reported from the port on Tuesday:`;

export const LOCAL_ANALYSIS = `Local economists say the timing could hardly be worse. The harvest export season usually peaks in the next three weeks, and warehouses on the ring road are already close to capacity.

Councillor Ana Breitmoser, who represents the docks ward, said she had asked the mayor to convene an emergency meeting with the union and the operator before the weekend. "Nobody in this neighbourhood wants to take sides, but everybody here pays for a long strike," she said.

Haulage firms contacted by this newspaper said they had already cancelled around a third of their bookings for Wednesday. Some drivers were sent to the northern ports instead, a round trip that adds almost six hours. Readers affected by delays can share their experiences with our newsroom through the contact form on our website.`;

/** Another outlet's own report on the same strike: same facts, its own words. */
export const OTHER_STRIKE_REPORT = `Container ships were left idling off Aldmere on Tuesday after port employees began their first strike since 2014. By noon, harbour officials counted 14 vessels at anchor, and perishable goods had been rerouted to Kessing Bay, a smaller terminal further up the coast.

The walkout followed the breakdown of negotiations on Monday evening between Harbourline Logistics, which runs the terminals, and the Maritime and Transport Workers Union. Management had proposed raising wages by 3.5 percent a year over three years. Mirela Vostrakova, who leads the union, said the figure ignored how quickly housing costs had risen in Aldmere and that her members would not accept it.

Harbourline called the action hasty and said its door was still open. Shipping agents expect knock-on delays for fuel, grain and automotive components heading inland if the dispute drags on beyond the weekend. Officials at the transport ministry called for mediation to resume.

When dockers last stopped work in Aldmere, the strike ran for nine days and exporters lost around 40 million euros, according to industry estimates at the time.`;

/** An article about a wildfire, used for exact and near copies. */
export const WILDFIRE = `Firefighters battled through the night to contain a wildfire that forced the evacuation of four hill villages north of Castoria on Saturday, officials said. The blaze started in dry scrubland near the village of Palia Vrisi shortly after 2 p.m. and was driven south-east by gusts of up to 70 kilometres per hour.

Around 1,200 residents were moved to a sports hall and two schools in Castoria, where volunteers handed out water, blankets and hot meals. Regional governor Elena Markopoulou said no deaths had been reported, but three firefighters were treated in hospital for smoke inhalation and one for a leg injury.

"The wind turned twice in the afternoon, and that is what made this fire so dangerous," the head of the regional fire service, Stavros Ioannidis, told a briefing on Sunday morning. He said 230 firefighters, 60 vehicles and six water-bombing aircraft were deployed, with two more planes expected from neighbouring regions.

The fire burned an estimated 1,800 hectares of pine forest and farmland, according to the first satellite assessment. Several barns and at least two houses were destroyed on the edge of Ano Kastri. Power was cut to about 3,000 homes as a precaution while crews worked near the lines.

Meteorologists warned that temperatures would stay above 35 degrees Celsius until Wednesday, with little chance of rain. Authorities banned all outdoor burning in the region and closed two mountain roads to traffic. Residents of the evacuated villages were told they might be allowed home on Monday if the wind eased.`;

/** The wildfire article as another outlet ran it: a few words changed and one sentence added. */
export const WILDFIRE_EDITED = `Firefighters battled through the night to contain a wildfire that forced the evacuation of four mountain villages north of Castoria on Saturday, officials said. The blaze started in dry scrubland near the village of Palia Vrisi shortly after 2 p.m. and was driven south-east by gusts of up to 70 kilometres per hour.

About 1,200 residents were moved to a sports hall and two schools in Castoria, where volunteers handed out water, blankets and hot meals. Regional governor Elena Markopoulou said no deaths had been reported, but three firefighters were treated in hospital for smoke inhalation and one for a leg injury.

"The wind turned twice in the afternoon, and that is what made this fire so dangerous," the head of the regional fire service, Stavros Ioannidis, told a briefing on Sunday morning. He said 230 firefighters, 60 vehicles and six water-bombing aircraft were deployed, with two more planes expected from neighbouring regions.

The fire burned an estimated 1,800 hectares of pine forest and farmland, according to the first satellite assessment. Several barns and at least two houses were destroyed on the edge of Ano Kastri. Power was cut to about 3,000 homes as a precaution while crews worked near the lines. The cause of the fire is under investigation.

Meteorologists warned that temperatures would stay above 35 degrees Celsius until Wednesday, with little chance of rain. Authorities banned all outdoor burning in the region and closed two mountain roads to traffic. Residents of the evacuated villages were told they could be allowed home on Monday if the wind eased.`;

/** Two short briefs that differ by one word: too short for a near link. */
export const BRIEF_A = `The city council approved the new bus timetable on Thursday. Services on routes 4 and 9 will run every ten minutes during the morning peak from next month.`;
export const BRIEF_B = `The city council approved the new bus timetable on Wednesday. Services on routes 4 and 9 will run every ten minutes during the morning peak from next month.`;

/** Rewrites ASCII quotes, apostrophes and hyphens typographically and reflows whitespace. */
export function typographicCopy(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => ((open = !open) ? '\u201D' : '\u201C'))
    .replace(/'/g, '\u2019')
    .replace(/(\w)-(\w)/g, '$1\u2011$2')
    .replace(/\. /g, '.  ')
    .replace(/\n\n/g, '\n \n\t');
}
