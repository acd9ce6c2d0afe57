import { e, C, K, X, P, G, Q } from './h.mjs';
const L = (lk) => (channel, subject, text, labels = []) => e(channel, subject, text, labels, lk);
const qu = L('quoted'), pr = L('past_resolved'), cm = L('competitor_mention_neutral'), xl = L('expansion_lookalike');
export default [
// ---------- quoted ----------
qu('mail', 'Re: Your payment method', `Hi,

> If you wish to cancel your subscription instead, simply reply to this email.

No need for that! I just wanted to update the card. New card has been added in the billing settings, please retry the payment.

Thanks,
Jasper`),
qu('mail', 'Re: Your subscription has been cancelled', `Hello,

> We're sorry to see you go. Your Hoshi Labs subscription has been cancelled and your workspace will be closed in 30 days.

I never asked for this! We want to keep our subscription. Please restore it immediately, the whole analytics team depends on it.

Martina Esposito
Tallis Bikes`, [Q('Your Hoshi Labs subscription has been cancelled'), P('I never asked for this!')]),
qu('ticket', 'Filter bug', `A colleague wrote in our Slack this morning: "we should just switch to Orbitly lol". He was joking, but the bug is real: date filters on shared dashboards ignore the workspace timezone. Can you take a look?`, [Q('date filters on shared dashboards ignore the workspace timezone')]),
qu('mail', 'Fwd: Kumo Analytics vs Hoshi Labs', `Hi,

Someone on our team forwarded me this blog post:

> Kumo Analytics vs Hoshi Labs: which one should you choose in 2025?

Is the table in that article accurate about your API limits? It says 100 requests per minute but our contract says 600.

Thanks,
Aliyu`),
qu('chat', null, `your email says "Your plan will be cancelled in 3 days unless you update your payment method"
i updated it yesterday, are we ok now?`),
qu('review', null, `Someone below wrote "cancel before it's too late". I disagree, support fixed my billing issue within a day and the product is solid.`, [G('support fixed my billing issue within a day and the product is solid')]),
qu('ticket', 'Customising the exit survey widget', `We show our own users this message when they close their account: "Sorry to see you go! Tell us why you're leaving." In the Hoshi survey widget the apostrophe shows up as &#39;. Can you fix the escaping?`, [Q('In the Hoshi survey widget the apostrophe shows up as &#39;.')]),
qu('mail', 'Question about this notice', `Hello,

-----Original Message-----
From: Hoshi Labs Billing <billing@hoshilabs.example>
Subject: Action required: your subscription will end

Your subscription will end on 14 March unless payment is received.
-----

Why did I receive this? Our invoice was paid on 2 March by bank transfer (reference HL-7712). Please check.

Regards,
Noemi`),
qu('chat', null, `my manager got an email supposedly from your sales team saying "upgrade to Business now for 20% off, offer ends tonight". he thinks it's phishing, is it legit?`),
qu('ticket', 'Text in exit survey', `Here's the text of the cancellation survey we show to our users: "Why are you cancelling your membership?" The text is cut off after 40 characters in the Hoshi widget on mobile.`, [Q('The text is cut off after 40 characters in the Hoshi widget on mobile.')]),
qu('review', null, `The app pops up "Don't leave yet!" every time I log out. Weird and a bit needy.`, [P('Weird and a bit needy.')]),
qu('chat', null, `Tom says "tell them we're cancelling" but he's joking, he's the one who built all our dashboards
anyway can you reset 2FA for tom@lindqviststudio.example`),
qu('mail', 'Fwd: customer email', `Hi support,

Forwarding an email from one of our own customers below so you can see the context.

-----Original Message-----
From: Ivo Petrov
Subject: Cancel my membership

Please cancel my membership with immediate effect.
-----

We want to record these in Hoshi as a "churn_request" event. Is there a way to send events by email, or does it have to be through the API?

Thanks,
Lea`),
qu('social', null, `"@HoshiLabs is the worst, cancel now" ... no? Sounds like you never read the docs. Works fine for us.`),
qu('mail', 'Re: Trial ending', `Hi,

> Your trial of the Anomaly Detection add-on ends tomorrow. Upgrade now to keep it.

Noted, thanks for the reminder. Could you also tell me where the anomaly settings are stored, so I can document what we tested?

Best,
Hamid`),
qu('ticket', 'Email template question', `Your renewal reminder email says "To avoid renewal, contact us 30 days before your renewal date." Our finance team asked me to confirm which date exactly counts as the renewal date for invoice purposes. We're renewing, it's just for the accounting calendar.`),
qu('chat', null, `our CEO's post on LinkedIn literally says "we'd never leave Hoshi Labs" haha. anyway, can you help me find last year's invoices?`),

// ---------- past_resolved ----------
pr('review', null, `We almost left last year, but the new dashboards changed our minds. Very glad we stayed.`, [G('Very glad we stayed.')]),
pr('survey_comment', null, `We tried Orbitly for a month in 2022 and came back. Much happier here.`, [G('Much happier here.')]),
pr('social', null, `I was ready to cancel @HoshiLabs after the March outage, but the way support handled it convinced me to stay. Respect.`, [G('the way support handled it convinced me to stay')]),
pr('mail', 'Thanks for the call', `Hi Hana,

Thanks for the call yesterday. I'll admit we were seriously considering cancelling when the prices went up, but after walking through the new usage-based options we're comfortable staying on our current plan.

Best,
Fergus`),
pr('chat', null, `hi again, last time I asked about cancelling it was a misunderstanding on our side, all good now
today I need help setting up SSO with Azure AD`),
pr('mail', 'Renewal paperwork', `Hello Tariq,

Back in January I mentioned that we were looking at Fathom Metrics. That evaluation has finished and we've decided to stay with Hoshi Labs. Could you send over the renewal paperwork on the same terms as last year?

Thanks,
Lorna`),
pr('review', null, `I'd threatened to leave over the broken export. It was fixed within a week and has worked perfectly since.`, [G('has worked perfectly since')]),
pr('survey_comment', null, `Was close to switching last year. Glad I didn't.`),
pr('social', null, `A year ago I posted that I was done with @HoshiLabs. Eating my words: the new version is excellent.`, [G('the new version is excellent')]),
pr('ticket', 'Restoring old dashboards', `We cancelled back in 2023 and have just signed up again. Is there any chance you still have our old dashboards and can restore them? The old workspace was called "saltmarsh-prod".`),
pr('chat', null, `we were gonna downgrade to free but the team vetoed it haha
anyway how do i add a filter to a shared dashboard`),
pr('mail', 'Data accuracy issue resolved', `Hi Gwen,

Last quarter I escalated the data accuracy problem and hinted that we might not renew. I wanted to close the loop: since the fix in May the numbers match our billing system exactly, and the finance team is satisfied.

Thanks to you and the engineers,
Aurelio`, [G('the finance team is satisfied')]),
pr('survey_comment', null, `Nearly churned in Q1 over billing confusion, but your finance team sorted it out quickly.`, [G('your finance team sorted it out quickly')]),
pr('review', null, `We left for DataNest in 2021 and came back in 2023. Hoshi is simply the better product now.`, [G('Hoshi is simply the better product now.')]),
pr('ticket', 'Withdrawing our cancellation', `Please disregard the cancellation notice we sent last week. After talking to the team we have decided to continue with Hoshi Labs on our current plan.`),
pr('chat', null, `lol my boss wanted to cancel back in the spring, now he's our biggest hoshi fan`),
pr('mail', 'Update', `Hi Sam,

When we spoke in March I said we might not renew. Things have changed since then: the new team lead uses Hoshi every day and the dashboards are now part of our weekly review. So please consider that concern withdrawn.

Cheers,
Noor`),

// ---------- competitor_mention_neutral ----------
cm('ticket', 'Import from DataNest', `Can Hoshi Labs read events from DataNest? Our engineering team uses DataNest as the warehouse connector, and we'd like to analyse those tables in Hoshi.`),
cm('chat', null, `we used Orbitly at my previous job, is there something like their path explorer in hoshi?`),
cm('ticket', 'Kumo Analytics integration', `Is there an integration with Kumo Analytics? Our data science team uses Kumo for forecasting and wants to push Hoshi cohorts into it every night.`),
cm('ticket', 'Bulk rename', `We migrated from Fathom Metrics to Hoshi three years ago and some old dashboards still have "fathom_" in their names. Is there a way to bulk rename them?`),
cm('social', null, `Great panel today with folks from Orbitly and Hoshi Labs on privacy-first analytics. Lots to think about.`),
cm('ticket', 'Sharing with a client', `Our client uses ミライデータ internally. Can we share a Hoshi Labs dashboard with them as a read-only link, without giving them a seat?`),
cm('review', null, `Previously used DataNest. Hoshi is much easier to set up and the docs are clearer.`, [G('Hoshi is much easier to set up and the docs are clearer.')]),
cm('chat', null, `does the orbitly importer keep user properties? we're moving our history from the old orbitly account into hoshi`),
cm('ticket', 'Excluding forwarded events', `Our marketing team forwards website events to Fathom Metrics for their own reporting. Can Hoshi exclude events that carry the "source=fathom_proxy" property so they don't double count?`),
cm('mail', 'New analyst', `Hi Amara,

Our new analyst, Ravi, joined us from Kumo Analytics last week and has some good ideas for our dashboards. Could we book a session with your solutions team for him?

Thanks,
Elif`),
cm('survey_comment', null, `Much better than Orbitly, which we used before.`, [G('Much better than Orbitly')]),
cm('ticket', 'Session definition', `Kumo Analytics, which our parent company uses, defines a session with a 30-minute inactivity timeout. What's the session definition in Hoshi, so we can explain the numbers in our group report?`),
cm('social', null, `Booth row at DataConf: Orbitly, DataNest and Hoshi Labs side by side. The Hoshi mug is the best swag of the day.`, [G('The Hoshi mug is the best swag of the day.')]),
cm('chat', null, `the csv i'm importing was exported from DataNest and the date column is in a weird format (dd.mm.yy). how do i map it?`),
cm('mail', 'Shared client', `Hello,

We are an implementation partner for Kumo Analytics, and one of our shared clients also uses Hoshi Labs for product analytics. The client has asked us to document how the two tools send data to their warehouse. Could you share the relevant technical docs?

Kind regards,
Benedikt`),
cm('ticket', 'Monthly summary for parent company', `Our parent company in Tokyo uses ミライデータ. We only need to export a monthly summary table for them as CSV. What's the easiest way to automate that?`),
cm('review', null, `Came over from Fathom Metrics two years ago and never looked back.`, [G('never looked back')]),
cm('chat', null, `orbitly's docs had a nice guide on event naming conventions, do you have something similar?`),

// ---------- expansion_lookalike ----------
xl('ticket', 'Pricing page inconsistency', `Your pricing page says Team is $49 per seat in the comparison table and $59 in the FAQ. Which one is correct? Just flagging the typo.`, [Q('Your pricing page says Team is $49 per seat in the comparison table and $59 in the FAQ.')]),
xl('ticket', 'Seat usage for audit', `For our software audit: we currently have 25 seats on the Team plan and 22 of them are assigned. Can you confirm that matches your records?`),
xl('chat', null, `can the table widget show more than 10 rows? i want all 50 on screen`),
xl('mail', 'Renewal contract', `Hi Joanna,

I need a bit more time to review the renewal contract before signing; our legal team is out until next week. Is it OK if we send it back on the 20th?

Thanks,
Marcus`),
xl('chat', null, `app says my android version is outdated and i need to upgrade the app. where do i get the latest apk? play store shows no update`),
xl('ticket', 'Invoice details', `Could you give us more detail on invoice INV-2231? Our finance team needs a breakdown per seat and per month.`),
xl('chat', null, `how do i add another chart to the same dashboard`),
xl('ticket', 'Filters on saved reports', `Is there a way to add more filters to a saved report? The editor only lets me add three.`),
xl('ticket', 'New office address', `Please add our new office address to future invoices: Level 4, 88 Queen Street, Auckland 1010.`),
xl('survey_comment', null, `Would like more space between bars on the bar chart, they look cramped.`),
xl('ticket', 'SQL editor availability', `Is the SQL editor already included in our Team plan, or is it a separate purchase? The docs aren't clear and I don't want to buy something we already have.`),
xl('chat', null, `how many seats do we have left?`),
xl('ticket', 'Upgrade banner on Enterprise', `The "Upgrade your plan" banner keeps appearing at the top of every page, even though we're already on Enterprise. Can you remove it?`, [Q('The "Upgrade your plan" banner keeps appearing at the top of every page, even though we\'re already on Enterprise.')]),
xl('social', null, `Added three new teammates to our @HoshiLabs workspace today, all on seats we already had. Onboarding took five minutes.`),
xl('ticket', 'Renewal invoice term', `Our renewal invoice shows a 2-year term but we signed for 1 year. Please reissue it with the correct term.`, [Q('Our renewal invoice shows a 2-year term but we signed for 1 year.')]),
xl('chat', null, `can i upgrade the browser extension to the latest version or does it auto update?`),
xl('ticket', 'Extend chart date range', `Is it possible to extend the date range beyond 12 months in line charts? We want to show a multi-year trend.`),
xl('survey_comment', null, `Please add a dark mode, my eyes hurt after a long day of dashboards.`),
];
