import { e, C, K, X, P, G, Q } from './h.mjs';
export default [
// ---------- decided ----------
e('ticket', 'Cancel our subscription', `Hi,

Please cancel our Team plan subscription effective at the end of the current billing period. We've decided to stop using Hoshi Labs.

Thanks,
Marta Olsen
Brightwater Logistics`, [C('decided', 'Please cancel our Team plan subscription effective at the end of the current billing period')]),
e('chat', null, `hi
how do i cancel
actually just cancel it for me pls, we're done with it
account is j.ferris@quillandpine.example`, [C('decided', "actually just cancel it for me pls, we're done with it")]),
e('review', null, `Cancelled today after 14 months. Dashboards kept breaking every time they shipped an update and support just stopped answering my emails. 1 star.`, [C('decided', 'Cancelled today after 14 months.'), Q('Dashboards kept breaking every time they shipped an update'), P('support just stopped answering my emails')]),
e('survey_comment', null, `We're not renewing. Too expensive for what we actually use.`, [C('decided', "We're not renewing."), P('Too expensive for what we actually use.')]),
e('social', null, `Just closed our @HoshiLabs account. Moving the whole data team to Orbitly on Monday, wish us luck`, [C('decided', 'Just closed our @HoshiLabs account.'), K('high', 'Moving the whole data team to Orbitly on Monday', 'Orbitly')]),
e('ticket', 'Account deletion request', `Please delete our organisation account (org ID 44817) and all associated data. We have already exported everything we need. Kindly confirm in writing once the deletion is complete.`, [C('decided', 'Please delete our organisation account (org ID 44817) and all associated data.')]),
e('ticket', 'Non-renewal notice - Calder & Finch LLP', `Dear Hoshi Labs team,

This letter serves as formal notice that Calder & Finch LLP will not renew its Business plan agreement, which expires on 30 June. Please confirm receipt of this notice and let us know how to retrieve our archived reports before that date.

Regards,
Helen Achterberg
Operations Director`, [C('decided', 'This letter serves as formal notice that Calder & Finch LLP will not renew its Business plan agreement, which expires on 30 June.')]),
e('mail', 'Re: Renewal call follow-up', `Hi Priya,

Thanks for taking the time to speak with us on Tuesday, and for walking us through the new roadmap. I passed the notes on to the rest of the leadership group. Some of the upcoming features look genuinely interesting, especially the cohort builder. That said, after a long discussion we have decided to terminate the Enterprise agreement at the end of the current term. Our procurement team will send the official letter this week. We would appreciate your help with the data handover in the meantime. It has been a pleasure working with you personally.

Best,
Gideon Marsh
Head of Analytics, Tern Robotics`, [C('decided', 'after a long discussion we have decided to terminate the Enterprise agreement at the end of the current term')]),
e('ticket', 'cancel', `plz cancel my acount i dont use it anymore and you keep charging me every month`, [C('decided', 'plz cancel my acount'), P('you keep charging me every month')]),
e('review', null, `Uninstalled. Not worth $49 a month for a handful of charts.`, [C('decided', 'Uninstalled.'), P('Not worth $49 a month for a handful of charts.')]),
e('survey_comment', null, `Already switched to Kumo Analytics so I guess this is my last survey from you.`, [C('decided', 'Already switched to Kumo Analytics'), K('high', 'Already switched to Kumo Analytics', 'Kumo Analytics')]),
e('social', null, `Officially done with Hoshi Labs. Cancelled the sub this morning after the third outage this month.`, [C('decided', 'Cancelled the sub this morning'), Q('the third outage this month')]),
e('ticket', 'Cancel immediately + refund', `Cancel our subscription immediately and refund the unused part of the annual fee. The product has not done what your sales rep promised and I don't want to spend another minute on it.`, [C('decided', 'Cancel our subscription immediately and refund the unused part of the annual fee.'), P("The product has not done what your sales rep promised")]),
e('survey_comment', null, `I cancelled because my startup shut down. Nothing wrong with the product itself.`, [C('decided', 'I cancelled because my startup shut down.')]),
e('chat', null, `ok thanks for trying
then please close the account
no need to follow up`, [C('decided', 'then please close the account')]),
e('mail', 'Notice of termination', `To whom it may concern,

Pursuant to clause 11.2 of the Master Subscription Agreement dated 3 March 2023 between Hoshi Labs and Copperleaf Insurance Ltd, we hereby give notice of termination of the Agreement with effect from the end of the current subscription term.

Please direct any questions regarding this notice to legal@copperleaf-ins.example.

Yours faithfully,
R. Adeyemi
General Counsel`, [C('decided', 'we hereby give notice of termination of the Agreement with effect from the end of the current subscription term')]),
e('ticket', 'Cancellation - please confirm', `Account: Redfern Dental Group
Contact: Owen Price
Plan: Business (annual)

Thanks`, [C('decided', 'S:Cancellation - please confirm')]),
e('chat', null, `Hello, I'd like to cancel my Starter plan please. Card ending 4412. Do I need to do anything else?`, [C('decided', "I'd like to cancel my Starter plan please.")]),
e('review', null, `Used it for two years, it was fine, but our company got acquired and the parent company has its own BI stack. Cancelled last week. Support handled it quickly and politely, credit where due.`, [C('decided', 'Cancelled last week.'), G('Support handled it quickly and politely, credit where due.')]),
e('ticket', 'Turn off auto-renew', `Please switch off auto-renewal on account #20931. We will not be continuing with Hoshi Labs after the current term ends, so no renewal invoice should be issued.`, [C('decided', 'We will not be continuing with Hoshi Labs after the current term ends')]),
e('mail', 'Downgrade and close', `Hello,

We have moved our reporting in-house. Please downgrade us to the free tier today so we stop being billed, and then close the workspace completely once the export I requested yesterday has finished.

Kind regards,
Sunita Rao`, [C('decided', 'Please downgrade us to the free tier today so we stop being billed, and then close the workspace completely')]),
e('social', null, `Dear @HoshiLabs: I've unsubscribed. Three weeks waiting for a reply about a broken invoice is not acceptable for a paid product.`, [C('decided', "I've unsubscribed."), P('Three weeks waiting for a reply about a broken invoice is not acceptable for a paid product.')]),
e('survey_comment', null, `we left. price doubled at renewal with no warning`, [C('decided', 'we left.'), P('price doubled at renewal with no warning')]),
e('ticket', 'Please do not renew', `Hi team, please do not renew our subscription in April. Our budget for analytics tools has been cut to zero and we are consolidating everything onto DataNest, which the parent company already pays for.`, [C('decided', 'please do not renew our subscription in April'), K('high', 'we are consolidating everything onto DataNest', 'DataNest')]),

// ---------- planning ----------
e('mail', 'Annual contract', `Hi Jonas,

Just a heads-up so there are no surprises: we'll be cancelling once our annual contract ends in September. Until then we'll keep using it as normal.

Cheers,
Tom`, [C('planning', "we'll be cancelling once our annual contract ends in September")]),
e('chat', null, `Hi! We won't be needing the Team plan after March. Can you make sure it doesn't auto-renew? thx`, [C('planning', "We won't be needing the Team plan after March.")]),
e('ticket', 'Renewal quote not needed', `Please don't send us a renewal quote this year. Once the migration finishes next week we'll close the Hoshi account for good.`, [C('planning', "Once the migration finishes next week we'll close the Hoshi account for good.")]),
e('mail', 'Re: your invoice INV-88213', `Hi,

Thanks, invoice received and forwarded to accounts payable. Now that the grant-funded project has wrapped up, we'll be cancelling at the end of this billing cycle, so this should be the last one.

All the best,
Dr. Lena Hartmann
Ashgrove Research Institute`, [C('planning', "Now that the grant-funded project has wrapped up, we'll be cancelling at the end of this billing cycle")]),
e('ticket', 'Changes from January', `Hello, as of January we will no longer be using Hoshi Labs for our monthly reporting, as our finance team is taking it in-house. Could you tell me what we need to do on our side before then?`, [C('planning', 'as of January we will no longer be using Hoshi Labs for our monthly reporting')]),
e('chat', null, `fyi we're letting the subscription lapse in june
just want to confirm nothing gets auto charged after that`, [C('planning', "we're letting the subscription lapse in june")]),
e('survey_comment', null, `Good tool but we're moving everything to Fathom Metrics next quarter because that's what our new parent company uses.`, [C('planning', "we're moving everything to Fathom Metrics next quarter"), K('high', "we're moving everything to Fathom Metrics next quarter", 'Fathom Metrics')]),
e('mail', 'Data export', `Hi support,

Could you please send the full history of our events and dashboards in a format we can import elsewhere? CSV or Parquet would both be fine. We need it before the 28th.

Thanks,
Kai`, [C('planning', 'in a format we can import elsewhere')]),
e('ticket', 'Our contract', `Our contract is up on 31 May and we won't be renewing. Is there anything we need to sign?`, [C('planning', "Our contract is up on 31 May and we won't be renewing.")]),
e('chat', null, `hey so the board signed off on the budget cuts yesterday
that means hoshi goes at the end of this quarter
who do i talk to about the data`, [C('planning', 'that means hoshi goes at the end of this quarter')]),
e('mail', 'Offboarding timeline', `Hi Mireille,

As discussed, here is our timeline. We will finish the parallel run on Orbitly by 15 November. After that date we will stop sending events to Hoshi Labs and close the workspace on 30 November. Can you confirm that you will keep the data available for 30 days after closure, as described in the contract?

Thanks,
Bartholomew Igwe
Plumtree Games`, [C('planning', 'After that date we will stop sending events to Hoshi Labs and close the workspace on 30 November.'), K('high', 'We will finish the parallel run on Orbitly by 15 November.', 'Orbitly')]),
e('ticket', 'End of term', `We'd like to end our Business plan when the current term runs out on 12 August. Please make sure no renewal invoice is issued.`, [C('planning', "We'd like to end our Business plan when the current term runs out on 12 August.")]),
e('social', null, `Last month on @HoshiLabs for us. Contract ends on the 30th and we're not extending. It was a good run.`, [C('planning', "Contract ends on the 30th and we're not extending.")]),
e('survey_comment', null, `Since the project we bought it for is finished now, we'll be closing our account after this month.`, [C('planning', "we'll be closing our account after this month")]),
e('chat', null, `Quick one: we're going to cancel after the audit is done next Friday. Will we still be able to log in to download old reports after cancelling?`, [C('planning', "we're going to cancel after the audit is done next Friday")]),
e('ticket', 'Seats and plan from April', `Hi, from April we will be dropping Hoshi Labs altogether. The three remaining users can be removed then too. Please confirm the last invoice date.`, [C('planning', 'from April we will be dropping Hoshi Labs altogether')]),
e('mail', 'Wrapping up', `Hello Anjali,

The new data warehouse went live on Monday, so we now have everything we need there. Our plan is to keep Hoshi Labs until the end of the month for reference and then shut it down. I'd appreciate it if you could send over the offboarding checklist.

Regards,
Felix Nwosu`, [C('planning', 'Our plan is to keep Hoshi Labs until the end of the month for reference and then shut it down.')]),
e('chat', null, `we r closing the office in dec so the account can go too then. what do i need to do`, [C('planning', 'so the account can go too then')]),
e('review', null, `Decent product for small teams. We outgrew it and will be leaving when our annual plan renews in October. Reports are clear, but anything custom needs SQL.`, [C('planning', 'will be leaving when our annual plan renews in October')]),
e('ticket', 'Downgrade after renewal date', `When our renewal date passes on the 3rd, please move us down to the free plan. We'll be winding down our use of Hoshi Labs from then on and won't need paid features.`, [C('planning', "We'll be winding down our use of Hoshi Labs from then on")]),

// ---------- considering ----------
e('ticket', 'Export still broken', `The CSV export has been failing with a 500 error for nine days now. If the export bug isn't fixed by the end of the month we'll have to look elsewhere.`, [C('considering', "If the export bug isn't fixed by the end of the month we'll have to look elsewhere."), Q('The CSV export has been failing with a 500 error for nine days now.')]),
e('social', null, `Honestly thinking about cancelling Hoshi Labs. Price went up 30% and literally nothing changed.`, [C('considering', 'Honestly thinking about cancelling Hoshi Labs.'), P('Price went up 30% and literally nothing changed.')]),
e('mail', 'Upcoming renewal', `Hi Sam,

Our renewal is coming up in about six weeks. To be transparent with you, we are evaluating whether to renew at all. Usage has dropped since the reorganisation and only two teams still log in regularly. Could we set up a call to go through the options?

Best,
Noor`, [C('considering', 'we are evaluating whether to renew at all')]),
e('survey_comment', null, `is it still worth it for a 3 person team? seriously considering dropping it`, [C('considering', 'seriously considering dropping it')]),
e('ticket', 'Cost review', `Our CFO has asked every department to review its SaaS tools, and Hoshi Labs is on the shortlist to cut. Can you tell me what the cheapest plan would be that still keeps our scheduled reports?`, [C('considering', 'Hoshi Labs is on the shortlist to cut')]),
e('chat', null, `might not renew tbh
the new pricing doesnt make sense for us`, [C('considering', 'might not renew tbh'), P('the new pricing doesnt make sense for us')]),
e('survey_comment', null, `We're reconsidering our subscription after last week's outage. Nobody told us anything for six hours.`, [C('considering', "We're reconsidering our subscription"), Q("last week's outage"), P('Nobody told us anything for six hours.')]),
e('review', null, `Getting close to just cancelling and going back to spreadsheets. Every chart takes 20+ seconds to load.`, [C('considering', 'Getting close to just cancelling and going back to spreadsheets.'), Q('Every chart takes 20+ seconds to load.')]),
e('social', null, `not sure we'll stick around @HoshiLabs after this pricing change tbh`, [C('considering', "not sure we'll stick around @HoshiLabs after this pricing change")]),
e('mail', 'Feedback before renewal', `Hello,

I'd like to give some feedback before our renewal. The team is split on whether to keep Hoshi Labs after this year. The analysts love the query editor, but management finds the dashboards hard to read and keeps asking for exports to Excel. If there is anything on the roadmap for simpler executive views, it would help us make the case internally.

Thanks,
Yusuf Demir`, [C('considering', 'The team is split on whether to keep Hoshi Labs after this year.'), G('The analysts love the query editor')]),
e('ticket', 'Alerts not firing', `Hi, our threshold alerts have not fired once since the update on the 4th, even though the metric crossed the limit several times. We rely on these for on-call. Honestly, if we can't trust alerts there's no reason for us to keep paying for this. Please escalate.`, [Q('our threshold alerts have not fired once since the update on the 4th'), C('considering', "if we can't trust alerts there's no reason for us to keep paying for this")]),
e('chat', null, `third time this week the dashboard is blank
i'm starting to wonder why we pay for this
seriously thinking about pulling the plug`, [Q('third time this week the dashboard is blank'), C('considering', 'seriously thinking about pulling the plug')]),
e('survey_comment', null, `Score 3. We are looking at other options for next year. Nothing dramatic, it just feels overpriced now.`, [C('considering', 'We are looking at other options for next year.'), P('it just feels overpriced now')]),
e('ticket', 'Renewal pricing', `Your renewal quote is 40% higher than last year. At that price we would have to seriously consider whether we continue with Hoshi Labs. Is there any flexibility?`, [C('considering', 'At that price we would have to seriously consider whether we continue with Hoshi Labs.'), P('Your renewal quote is 40% higher than last year.')]),
e('mail', 'Re: Support ticket #55120', `Hi,

> We are still investigating the issue and will update you as soon as possible.

This is the same sentence I received a week ago. We have a client presentation on Thursday that depends on these numbers being correct. Frankly, my manager has started asking whether we should be looking at a different provider. I'd really like to avoid that, so please give me a real update.

Adaeze`, [C('considering', 'my manager has started asking whether we should be looking at a different provider'), K('low', 'my manager has started asking whether we should be looking at a different provider'), P('This is the same sentence I received a week ago.')]),
e('review', null, `Was great two years ago. Now it's bloated and slow and they keep moving features behind the Business plan. We're weighing up whether to leave.`, [C('considering', "We're weighing up whether to leave."), P('they keep moving features behind the Business plan'), Q("it's bloated and slow")]),
e('chat', null, `hmm ok. if the sso thing can't be done by Q2 we'll probably have to go somewhere else`, [C('considering', "if the sso thing can't be done by Q2 we'll probably have to go somewhere else")]),
e('survey_comment', null, `I'd cancel if I could get my team to agree. The reports are never what we need.`, [C('considering', "I'd cancel if I could get my team to agree."), P('The reports are never what we need.')]),
e('ticket', 'Is this still the right tool for us?', `Hi there,

We signed up two years ago when we were a 5-person startup. We're now 60 people, our data volume has gone up a lot, and the sampling on the Team plan has become a real limitation. Some of us think it's time to move off Hoshi Labs entirely rather than upgrade. Before we decide, could someone explain what changes on the Business plan?

Thanks,
Rosa Lindqvist`, [C('considering', "Some of us think it's time to move off Hoshi Labs entirely rather than upgrade."), X('low', 'could someone explain what changes on the Business plan?')]),
e('social', null, `Anyone else on @HoshiLabs ready to jump ship after the new seat pricing? asking for a friend (the friend is me)`, [C('considering', 'ready to jump ship after the new seat pricing')]),
e('mail', 'Concerns', `Dear Hoshi Labs,

We have been customers since 2021 and have generally been happy. Over the last quarter, however, the number of data discrepancies between your dashboards and our billing system has grown to the point where our finance team no longer trusts the figures. We have raised this in three tickets. Unless we see a clear plan to resolve it, we will need to reassess whether Hoshi Labs remains the right fit for us at renewal.

Sincerely,
Marguerite Okafor
Okafor Freight`, [Q('the number of data discrepancies between your dashboards and our billing system has grown'), C('considering', 'Unless we see a clear plan to resolve it, we will need to reassess whether Hoshi Labs remains the right fit for us at renewal.')]),
e('chat', null, `thinking of downgrading to free and just living with the limits tbh. do we keep our dashboards if we do that?`, [C('considering', 'thinking of downgrading to free and just living with the limits tbh')]),
e('review', null, `The mobile app logs me out every single day. Considering cancelling if the next update doesn't fix it.`, [Q('The mobile app logs me out every single day.'), C('considering', "Considering cancelling if the next update doesn't fix it.")]),
e('survey_comment', null, `Not sure we'll renew. Support is slow and the docs are out of date.`, [C('considering', "Not sure we'll renew."), P('Support is slow and the docs are out of date.')]),
e('ticket', 'Budget 2025', `We are finalising next year's budget. Hoshi Labs is currently marked as "under review" along with a few other tools. It would help if you could send a summary of our usage over the last 12 months so we can decide whether to keep it.`, [C('considering', 'Hoshi Labs is currently marked as "under review" along with a few other tools.')]),
e('chat', null, `Not gonna lie the last two updates made me want to quit using it. where did the old filter panel go??`, [C('considering', 'the last two updates made me want to quit using it'), P('where did the old filter panel go??')]),
e('mail', 'Honest feedback', `Hi Dana,

You asked for honest feedback, so here it is. The product does what we need maybe 70% of the time. The other 30% we end up exporting to spreadsheets. We have been talking internally about whether it is worth keeping the subscription at all. I'm not saying we'll leave, but I can't promise we'll renew either.

Thanks,
Pieter`, [C('considering', 'We have been talking internally about whether it is worth keeping the subscription at all.')]),
e('review', null, `3/5. If they don't bring back the old pricing for small teams I'm out at the end of the year.`, [C('considering', "If they don't bring back the old pricing for small teams I'm out at the end of the year.")]),
e('ticket', 'Data retention change', `I just read that raw event retention on Team is being cut from 24 to 6 months. That's a dealbreaker for us, we run year-over-year comparisons. We're going to have to think hard about staying.`, [P("That's a dealbreaker for us"), C('considering', "We're going to have to think hard about staying.")]),
e('survey_comment', null, `We're evaluating Kumo Analytics as a replacement. Hoshi is fine but Kumo is half the price.`, [C('considering', "We're evaluating Kumo Analytics as a replacement."), K('high', "We're evaluating Kumo Analytics as a replacement.", 'Kumo Analytics')]),
e('chat', null, `is there a way to pause the account instead? we might stop using it altogether, not decided yet`, [C('considering', 'we might stop using it altogether, not decided yet')]),

// ---------- asking ----------
e('ticket', 'Notice period', `Hello, what is the notice period for cancelling an annual Business plan? I couldn't find it in the terms on your website.`, [C('asking', 'what is the notice period for cancelling an annual Business plan?')]),
e('mail', 'Copy of our contract', `Hi,

Could you send me a copy of our current contract with Hoshi Labs? I need to check the termination terms before our next leadership meeting.

Thank you,
Greta Vos
Wren & Oak Interiors`, [C('asking', 'I need to check the termination terms before our next leadership meeting.')]),
e('chat', null, `how do i cancel my subscription`, [C('asking', 'how do i cancel my subscription')]),
e('ticket', 'Prorated refund?', `If we cancel in the middle of an annual term, do we get a prorated refund or do we pay until the end of the year?`, [C('asking', 'If we cancel in the middle of an annual term, do we get a prorated refund')]),
e('chat', null, `where is the button to close my account?? cant find it in settings anywhere`, [C('asking', 'where is the button to close my account??')]),
e('ticket', 'Auto-renewal question', `Does our contract renew automatically, and by what date would we need to tell you if we don't want it to renew?`, [C('asking', "by what date would we need to tell you if we don't want it to renew?")]),
e('survey_comment', null, `What happens to our data if we stop paying? Couldn't find this anywhere.`, [C('asking', 'What happens to our data if we stop paying?')]),
e('mail', 'Enterprise agreement - early termination', `Hello Lars,

Quick question from our legal team: is there an early termination fee under our Enterprise agreement, and if so how is it calculated? They are reviewing all vendor contracts this month.

Many thanks,
Ines Carvalho`, [C('asking', 'is there an early termination fee under our Enterprise agreement')]),
e('ticket', 'Downgrade to free', `Hi, if we stop paying for Team, can we drop to the free plan without losing our saved dashboards? Just want to understand the options.`, [C('asking', 'if we stop paying for Team, can we drop to the free plan without losing our saved dashboards?')]),
e('chat', null, `how many days notice do u need before the renewal to end the contract`, [C('asking', 'how many days notice do u need before the renewal to end the contract')]),
e('ticket', 'Deleting account - what gets removed?', `If I delete my Hoshi Labs account, is all of our event data removed immediately or is there a grace period? Asking before I do anything.`, [C('asking', 'If I delete my Hoshi Labs account, is all of our event data removed immediately or is there a grace period?')]),
e('social', null, `@HoshiLabs how do you actually cancel a monthly plan? Settings > Billing only shows "upgrade"`, [C('asking', 'how do you actually cancel a monthly plan?')]),
e('mail', 'Termination clause', `Hi,

Could you point me to the clause in our order form that covers termination for convenience? Our new COO wants to understand our options with all vendors.

Thanks,
Beatriz`, [C('asking', 'Could you point me to the clause in our order form that covers termination for convenience?')]),
e('chat', null, `Hello. If we cancel now, do we still have access until the end of the period we paid for?`, [C('asking', 'If we cancel now, do we still have access until the end of the period we paid for?')]),
e('ticket', 'Cancellation process', `Hi, could you explain the cancellation process for a Team plan paid by invoice? Do we need to send a signed letter or is an email enough?`, [C('asking', 'could you explain the cancellation process for a Team plan paid by invoice?')]),
e('survey_comment', null, `Would be nice to know how to end the subscription without having to email sales.`, [C('asking', 'how to end the subscription without having to email sales')]),
e('chat', null, `hi, before we renew i need to know: is the contract monthly or annual, and what's the minimum notice to leave?`, [C('asking', "what's the minimum notice to leave?")]),
e('ticket', 'Full data export', `What formats can we export our complete data in if we decide to leave Hoshi Labs? We'd like to understand the exit process before signing the renewal.`, [C('asking', 'What formats can we export our complete data in if we decide to leave Hoshi Labs?')]),
];
