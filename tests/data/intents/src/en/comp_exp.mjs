import { e, C, K, X, P, G, Q } from './h.mjs';
export default [
// ---------- competitor_switch ----------
e('ticket', 'Price match?', `Fathom Metrics quoted us 40% less for the same seat count. Can you match that?`, [K('low', 'Fathom Metrics quoted us 40% less for the same seat count.', 'Fathom Metrics')]),
e('chat', null, `hi. we started a DataNest trial today to see if it can replace hoshi for the marketing team
will let you know`, [K('high', 'we started a DataNest trial today to see if it can replace hoshi for the marketing team', 'DataNest'), C('considering', 'we started a DataNest trial today to see if it can replace hoshi for the marketing team')]),
e('review', null, `Switched from Hoshi Labs to Orbitly last spring and haven't looked back. Setup was easier and the pricing is simpler.`, [K('high', 'Switched from Hoshi Labs to Orbitly last spring', 'Orbitly'), C('decided', 'Switched from Hoshi Labs to Orbitly last spring')]),
e('social', null, `Comparing Kumo Analytics vs Hoshi Labs for our next contract. Kumo has native Salesforce sync, Hoshi has better funnels. Thoughts?`, [K('low', 'Comparing Kumo Analytics vs Hoshi Labs for our next contract.', 'Kumo Analytics'), C('considering', 'Comparing Kumo Analytics vs Hoshi Labs for our next contract.')]),
e('mail', 'Renewal paperwork', `Hi Colm,

Thanks for sending the renewal paperwork over. Before I can get it signed I need to mention something. Our procurement policy changed this year, and any contract above a certain value now needs at least one competing quote, so we've asked another provider for a proposal as well. I don't expect it to change much, but I wanted you to hear it from me. Could you also include the usage report we discussed?

Best regards,
Sigrid`, [K('low', "we've asked another provider for a proposal as well")]),
e('ticket', 'Migration and export', `We're migrating to ミライデータ because our parent company in Japan has standardised on it. Could you tell us how to export all dashboards and saved queries?`, [K('high', "We're migrating to ミライデータ because our parent company in Japan has standardised on it.", 'ミライデータ'), C('decided', "We're migrating to ミライデータ")]),
e('chat', null, `orbitly does this out of the box btw
just saying, my boss keeps bringing it up every time we hit this`, [K('low', 'orbitly does this out of the box btw', 'Orbitly')]),
e('survey_comment', null, `Kumo is cheaper and does 90% of what you do.`, [K('low', 'Kumo is cheaper and does 90% of what you do.', 'Kumo Analytics')]),
e('social', null, `Day 3 of our Fathom Metrics trial. So far the import from Hoshi Labs went smoothly, funnels look identical.`, [K('high', 'Day 3 of our Fathom Metrics trial.', 'Fathom Metrics'), C('considering', 'Day 3 of our Fathom Metrics trial.')]),
e('ticket', 'Workspace closure', `Our company has signed a contract with another provider, effective 1 July. Please close our workspace on that date and send the final invoice.`, [K('high', 'Our company has signed a contract with another provider, effective 1 July.'), C('planning', 'Please close our workspace on that date')]),
e('mail', 'Pricing', `Hi Meera,

I'll be straight with you. Orbitly has offered us the first year free if we move over before December. I'd honestly rather stay, because the team knows Hoshi and I don't want another migration. Is there anything you can do on price?

Thanks,
Ruben`, [K('low', 'Orbitly has offered us the first year free if we move over before December.', 'Orbitly'), C('considering', 'Orbitly has offered us the first year free if we move over before December.')]),
e('review', null, `We moved to DataNest in the end. The import tooling was the deciding factor.`, [K('high', 'We moved to DataNest in the end.', 'DataNest'), C('decided', 'We moved to DataNest in the end.')]),
e('chat', null, `does hoshi have anything like kumo's anomaly detection? we're looking at kumo mainly for that`, [K('low', "we're looking at kumo mainly for that", 'Kumo Analytics')]),
e('ticket', 'Vendor selection', `We are running a vendor selection between Hoshi Labs and Orbitly for our group-wide analytics contract. Please send your security questionnaire answers and reference customers by the 20th.`, [K('low', 'We are running a vendor selection between Hoshi Labs and Orbitly for our group-wide analytics contract.', 'Orbitly')]),
e('social', null, `Moved our product analytics off Hoshi onto Kumo Analytics this week. Half the price, same features.`, [K('high', 'Moved our product analytics off Hoshi onto Kumo Analytics this week.', 'Kumo Analytics'), C('decided', 'Moved our product analytics off Hoshi onto Kumo Analytics this week.')]),
e('survey_comment', null, `if ミライデータ adds English support we'll probably switch, they're much cheaper in Japan`, [K('low', "if ミライデータ adds English support we'll probably switch", 'ミライデータ'), C('considering', "if ミライデータ adds English support we'll probably switch")]),
e('chat', null, `we got a demo from datanest yesterday
tbh it looked slicker than yours`, [K('low', 'we got a demo from datanest yesterday', 'DataNest')]),
e('ticket', 'Feature comparison request', `Our procurement team has asked for a feature comparison between Hoshi Labs and Fathom Metrics before the renewal decision. Do you have a standard comparison document you can share?`, [K('low', 'Our procurement team has asked for a feature comparison between Hoshi Labs and Fathom Metrics before the renewal decision.', 'Fathom Metrics')]),
e('chat', null, `fyi we're parallel-running Orbitly next to you until the end of the month, then deciding which one stays`, [K('high', "we're parallel-running Orbitly next to you until the end of the month", 'Orbitly'), C('considering', 'then deciding which one stays')]),
e('mail', 'Planning for Q3', `Hello,

I wanted to give you early visibility on something. Our new head of data has a lot of experience with Kumo Analytics and wants to move the whole organisation onto it by Q3. The decision is made at the executive level, so there is not much I can do. I'd like to keep things friendly and make the transition smooth for both sides. Could we schedule time to discuss the export of our historical data?

Kind regards,
Tobias Brandt`, [K('high', 'wants to move the whole organisation onto it by Q3', 'Kumo Analytics'), C('planning', 'wants to move the whole organisation onto it by Q3')]),
e('social', null, `Fathom Metrics just launched a free tier... seriously tempted to move my side project over from Hoshi`, [K('low', 'seriously tempted to move my side project over from Hoshi', 'Fathom Metrics'), C('considering', 'seriously tempted to move my side project over from Hoshi')]),
e('ticket', 'Migration to DataNest - API rate limits', `We are exporting our historical data through the API ahead of our move to DataNest and keep hitting HTTP 429. Can the limit be raised temporarily for the next two weeks?`, [K('high', 'ahead of our move to DataNest', 'DataNest'), C('planning', 'ahead of our move to DataNest')]),
e('survey_comment', null, `Orbitly gives better value for the money. We keep comparing the two every time the invoice arrives.`, [K('low', 'Orbitly gives better value for the money.', 'Orbitly')]),
e('chat', null, `hey, our sales lead is pushing for another tool, something called Kumo. what's your advantage over them?`, [K('low', 'our sales lead is pushing for another tool, something called Kumo', 'Kumo Analytics')]),
e('review', null, `Compared with Fathom Metrics, Hoshi costs roughly twice as much for the same features. We'll be putting both side by side at renewal.`, [K('low', 'Compared with Fathom Metrics, Hoshi costs roughly twice as much for the same features.', 'Fathom Metrics'), C('considering', "We'll be putting both side by side at renewal."), P('Hoshi costs roughly twice as much for the same features')]),
e('mail', 'Remaining teams', `Hi,

A quick status update. We have already migrated the finance dashboards to another provider. The remaining teams will follow next month, after which we will not need our Hoshi Labs seats.

Regards,
Chidi`, [K('high', 'We have already migrated the finance dashboards to another provider.'), C('planning', 'after which we will not need our Hoshi Labs seats')]),
e('ticket', 'Osaka office pilot', `Just so you know, we're piloting ミライデータ at our Osaka office as a possible replacement. If it goes well, the other offices would follow.`, [K('high', "we're piloting ミライデータ at our Osaka office as a possible replacement", 'ミライデータ'), C('considering', 'If it goes well, the other offices would follow.')]),
e('social', null, `Hoshi vs Orbitly for a 10 person startup? Currently on Hoshi Starter and wondering if the grass is greener`, [K('low', 'Hoshi vs Orbitly for a 10 person startup?', 'Orbitly'), C('considering', 'wondering if the grass is greener')]),
e('chat', null, `DataNest is offering to migrate everything for us for free. do you do anything like that the other way round lol`, [K('low', 'DataNest is offering to migrate everything for us for free.', 'DataNest')]),
e('survey_comment', null, `We're switching to Orbitly. Their support actually answers.`, [K('high', "We're switching to Orbitly.", 'Orbitly'), C('decided', "We're switching to Orbitly."), P('Their support actually answers.')]),
e('mail', 'Outcome of tender HL-2024-07', `Dear Ms. Sato,

Thank you for participating in our tender for analytics services. Following evaluation, the contract has been awarded to Fathom Metrics. Our current agreement with Hoshi Labs will therefore end on its expiry date of 31 December.

We appreciate your cooperation over the past three years.

Yours sincerely,
Procurement Department
Harbourline Ferries`, [K('high', 'the contract has been awarded to Fathom Metrics', 'Fathom Metrics'), C('decided', 'Our current agreement with Hoshi Labs will therefore end on its expiry date of 31 December.')]),
e('ticket', 'Competing offer', `Kumo Analytics has offered to replicate our current setup for $300 a month less than we pay you. We need to respond to them by Friday. Is there anything you can offer?`, [K('low', 'Kumo Analytics has offered to replicate our current setup for $300 a month less than we pay you.', 'Kumo Analytics'), C('considering', 'We need to respond to them by Friday.')]),
e('chat', null, `quick q before we sign with orbitly: how long do you keep our data after we cancel?`, [K('high', 'before we sign with orbitly', 'Orbitly'), C('planning', 'how long do you keep our data after we cancel?')]),
e('social', null, `We ditched @HoshiLabs for Kumo Analytics last month. No regrets so far.`, [K('high', 'We ditched @HoshiLabs for Kumo Analytics last month.', 'Kumo Analytics'), C('decided', 'We ditched @HoshiLabs for Kumo Analytics last month.')]),
e('ticket', 'Pricing for comparison', `We're evaluating Fathom Metrics alongside renewing Hoshi Labs and need your price for 40 seats on Business so we can compare like for like.`, [K('low', "We're evaluating Fathom Metrics alongside renewing Hoshi Labs", 'Fathom Metrics')]),
e('review', null, `Good but pricey. A colleague showed me another tool that does the same for a third of the price and I'm tempted.`, [K('low', "A colleague showed me another tool that does the same for a third of the price and I'm tempted."), C('considering', "I'm tempted."), P('Good but pricey.')]),

// ---------- expansion ----------
e('ticket', 'Quote for 15 more seats', `Hi, can you send a quote for 15 more seats on our Team plan? We're onboarding a new analytics squad next month.`, [X('high', 'can you send a quote for 15 more seats on our Team plan?')]),
e('chat', null, `we'd like to upgrade from team to business this month
whats the process`, [X('high', "we'd like to upgrade from team to business this month")]),
e('ticket', 'Additional licences', `Please add 3 licences to our account and bill us on the next invoice. Users: a.kovac@tallisbikes.example, m.reyes@tallisbikes.example, j.osei@tallisbikes.example.`, [X('high', 'Please add 3 licences to our account and bill us on the next invoice.')]),
e('mail', 'Renewal term', `Hi Hana,

We're happy with how things have gone this year. For the renewal, we'd like to commit for three years instead of one. Could you prepare a quote with the multi-year discount you mentioned?

Thanks,
Oskar`, [X('high', "we'd like to commit for three years instead of one"), G("We're happy with how things have gone this year.")]),
e('ticket', 'Bulk order - planispheres', `We'd like to order 40 planispheres as year-end gifts for our clients. Could you send a bulk quote including engraving and delivery to Rotterdam?`, [X('high', "We'd like to order 40 planispheres as year-end gifts for our clients.")]),
e('chat', null, `need 5 more seats asap, new hires start monday
can i just add them in billing or do u have to do it`, [X('high', 'need 5 more seats asap')]),
e('mail', 'Enterprise', `Hello Dariusz,

I hope you had a good break. We've had a busy quarter: two acquisitions closed and our headcount has nearly doubled. IT has also mandated SSO for every tool we use, which is something only your Enterprise plan offers. With that in mind, we want to move from Business to Enterprise before the end of the month, so please send over the paperwork. Our security team will also need your latest SOC 2 report. Let me know if a call would be easier.

Best,
Annika Lund
Juniper Row Apparel`, [X('high', 'we want to move from Business to Enterprise before the end of the month, so please send over the paperwork')]),
e('ticket', 'Upgrade to Enterprise - quote request', `Organisation: Harbourline Ferries
Current plan: Business, 120 users
Contact: p.quigley@harbourline.example`, [X('high', 'S:Upgrade to Enterprise - quote request')]),
e('ticket', 'Warehouse Sync add-on', `Hi, we'd like to add the Warehouse Sync add-on to our Business subscription starting this month. Can you activate it and send an updated invoice?`, [X('high', "we'd like to add the Warehouse Sync add-on to our Business subscription starting this month")]),
e('chat', null, `can we add our Berlin office as a second workspace? send me the price and we'll sign today`, [X('high', 'can we add our Berlin office as a second workspace?')]),
e('survey_comment', null, `Love it. We're adding the support team next week.`, [G('Love it.'), X('high', "We're adding the support team next week.")]),
e('mail', 'Event quota', `Hi,

Could we raise our monthly event quota from 10M to 50M starting with the next billing cycle? Please let me know the new price and I'll get a PO raised.

Thanks,
Wei`, [X('high', 'Could we raise our monthly event quota from 10M to 50M starting with the next billing cycle?')]),
e('ticket', 'PO 4500219 - additional seats', `Please find attached purchase order 4500219 for 25 additional Business seats. Kindly activate them and invoice against the PO.`, [X('high', 'purchase order 4500219 for 25 additional Business seats')]),
e('social', null, `Just upgraded our @HoshiLabs workspace to Business. The cohort tools alone are worth it.`, [X('high', 'Just upgraded our @HoshiLabs workspace to Business.'), G('The cohort tools alone are worth it.')]),
e('chat', null, `how do i upgrade?? billing page only shows my current plan and no button`, [X('high', 'how do i upgrade??'), P('billing page only shows my current plan and no button')]),
e('ticket', 'Re-order desk lamps', `Hi, please ship 12 more desk lamps, same model and colour as our last order (invoice 7781). Delivery to our Leeds studio.`, [X('high', 'please ship 12 more desk lamps')]),
e('mail', 'Customer success team access', `Hi Joanna,

Our customer success team (18 people) would also like access to Hoshi Labs. Could you send an order form for adding them to our Enterprise contract?

Regards,
Marcus`, [X('high', 'Could you send an order form for adding them to our Enterprise contract?')]),
e('ticket', 'API tier', `We hit the API rate limit every day around 09:00 UTC. Please move us to the higher API tier and let us know the cost.`, [X('high', 'Please move us to the higher API tier')]),
e('chat', null, `yes go ahead with the 2-year renewal at the price you mentioned`, [X('high', 'go ahead with the 2-year renewal at the price you mentioned')]),
e('ticket', 'EU workspace', `For data residency reasons we need an additional EU-hosted workspace for our Frankfurt entity. How do we purchase one alongside our existing US workspace?`, [X('high', 'we need an additional EU-hosted workspace for our Frankfurt entity')]),
e('mail', 'Approved', `Hi Dariusz,

Good news: procurement has approved the upgrade to Enterprise. Please send the final contract for signature.

Annika`, [X('high', 'procurement has approved the upgrade to Enterprise. Please send the final contract for signature.')]),
e('ticket', 'Adding seats fails at checkout', `We tried to add 10 seats through the billing page but the checkout fails with "Payment method could not be verified" every time. The card works everywhere else. Please help, we need the seats this week.`, [X('high', 'We tried to add 10 seats through the billing page'), Q('the checkout fails with "Payment method could not be verified" every time')]),
e('chat', null, `we want to add a second team but the invite says plan limit reached
how do we buy more`, [X('high', 'how do we buy more')]),
e('mail', 'Dublin office', `Hello,

We are opening a Dublin office in Q3 and would like to extend our Hoshi Labs contract to cover the 25 people there. Please send a quote.

Kind regards,
Eoin Gallagher`, [X('high', 'would like to extend our Hoshi Labs contract to cover the 25 people there')]),
e('chat', null, `our marketing dept might want access too later this year, just flagging`, [X('low', 'our marketing dept might want access too later this year')]),
e('ticket', 'SSO add-on pricing', `Interested in the SSO add-on. Is there a price sheet somewhere? Not urgent.`, [X('low', 'Interested in the SSO add-on.')]),
e('ticket', 'Event cap', `We keep hitting the 10M events cap every month. What would it cost to go higher?`, [X('low', 'What would it cost to go higher?')]),
e('survey_comment', null, `Really useful. Would love to roll it out to our other two sites eventually.`, [G('Really useful.'), X('low', 'Would love to roll it out to our other two sites eventually.')]),
e('chat', null, `does business include anomaly detection? thinking about upgrading maybe next quarter`, [X('low', 'thinking about upgrading maybe next quarter')]),
e('review', null, `Solid analytics tool. I'd happily pay more for a version with custom roles and row-level permissions.`, [G('Solid analytics tool.'), X('low', "I'd happily pay more for a version with custom roles and row-level permissions.")]),
e('mail', 'Quarterly check-in', `Hi Sofia,

Thanks for the quarterly check-in deck. A few notes from our side. The weekly digest emails have been well received by the leadership team. We had one issue with the timezone on scheduled reports, which your team fixed quickly. We're also exploring whether our Singapore team could join next year, so it would be useful to understand how regional workspaces work. Otherwise, nothing urgent.

Best,
Haruto`, [X('low', "We're also exploring whether our Singapore team could join next year"), G('The weekly digest emails have been well received by the leadership team.')]),
e('ticket', 'Team vs Business pricing', `What's the price difference between Team and Business for 30 users? We're trying to plan next year's budget.`, [X('low', "What's the price difference between Team and Business for 30 users?")]),
e('social', null, `Hey @HoshiLabs any plans for an education discount? We'd love to put the whole faculty on it.`, [X('low', "We'd love to put the whole faculty on it.")]),
e('chat', null, `are there volume discounts above 100 seats? we might expand to the whole company`, [X('low', 'we might expand to the whole company')]),
e('survey_comment', null, `Great product. If the budget allows we'll add the finance team next year.`, [G('Great product.'), X('low', "If the budget allows we'll add the finance team next year.")]),
e('ticket', 'Corporate orders', `Is the planisphere available in larger quantities for corporate orders? We're considering it for our year-end gifts.`, [X('low', 'Is the planisphere available in larger quantities for corporate orders?')]),
e('mail', 'Renewal thoughts', `Hi Tariq,

No decisions yet on the renewal, but we'd be open to a longer term if the pricing works out. Maybe we can discuss when you're back from holiday.

Thanks,
Lorna`, [X('low', "we'd be open to a longer term if the pricing works out")]),
e('chat', null, `what does the data warehouse add-on cost roughly? not buying yet just curious`, [X('low', 'what does the data warehouse add-on cost roughly?')]),
e('ticket', 'Usage after launch', `Our event volume will roughly double after our product launch in May. What would the next tier up look like for us?`, [X('low', 'What would the next tier up look like for us?')]),
e('review', null, `Works great for our product team, and we're considering getting it for the sales org too.`, [G('Works great for our product team'), X('low', "we're considering getting it for the sales org too")]),
e('survey_comment', null, `Going to need more seats soon, the 10-seat cap on Team is getting tight.`, [X('low', 'Going to need more seats soon')]),
e('mail', 'Enterprise ballpark', `Hello,

Could you give us a ballpark figure for Enterprise with roughly 200 users? We're not requesting a formal quote yet, just trying to see if it fits next year's plan.

Thanks,
Rafaela`, [X('low', 'Could you give us a ballpark figure for Enterprise with roughly 200 users?')]),
e('chat', null, `is there a plan with more than 5 dashboards that isn't Business? might need it soon`, [X('low', "is there a plan with more than 5 dashboards that isn't Business?")]),
e('ticket', 'Plan between Team and Business?', `Do you offer anything between Team and Business? We'd need about 15 seats but don't need all the Business features.`, [X('low', "We'd need about 15 seats")]),
e('social', null, `The @HoshiLabs desk lamp is gorgeous. Thinking of getting one for every desk in the studio.`, [G('The @HoshiLabs desk lamp is gorgeous.'), X('low', 'Thinking of getting one for every desk in the studio.')]),
e('survey_comment', null, `Would upgrade to Business in a heartbeat if it had SCIM provisioning.`, [X('low', 'Would upgrade to Business in a heartbeat if it had SCIM provisioning.')]),
];
