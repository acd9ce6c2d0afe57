import { e, C, K, X, P, G, Q } from './h.mjs';
const L = (lk) => (channel, subject, text, labels = []) => e(channel, subject, text, labels, lk);
const tp = L('third_party'), oo = L('other_object'), ng = L('negated'), hy = L('hypothetical_other'), ht = L('how_to_for_product');
export default [
// ---------- third_party ----------
tp('ticket', 'Chart of cancelled subscriptions', `How do I build a chart of our customers who cancelled their subscription last month? We send a "subscription_cancelled" event from our backend with the plan name as a property.`),
tp('chat', null, `one of our clients cancelled their order yesterday and the revenue dashboard still counts it
how do we exclude refunds?`),
tp('mail', 'Churn alert', `Hi,

Our customer churn went up to 6% in Q2, which worries our leadership. We'd like to set up an alert in Hoshi Labs that pings the account team whenever a customer cancels their plan or downgrades. Could you point me to the right documentation?

Thanks,
Ingrid`),
tp('ticket', 'Former colleague', `Jordan Blake (jordan.blake@okaforfreight.example) left the company last Friday. He was the only admin on our workspace. How do we transfer admin rights to me?`),
tp('survey_comment', null, `The churn dashboard helped us spot which of our own customers were about to cancel. Great feature.`, [G('Great feature.')]),
tp('social', null, `Our biggest customer just told us they're not renewing. Time to dig into the Hoshi funnels and find out where we lost them.`),
tp('chat', null, `my colleague Sam set up our account but he quit last month
how do i become the admin`),
tp('ticket', 'Cancellation events not arriving', `Our customers' cancellations coming in through the Stripe webhook haven't shown up in Hoshi since Tuesday. Other Stripe events (payments, refunds) still arrive normally.`, [Q("Our customers' cancellations coming in through the Stripe webhook haven't shown up in Hoshi since Tuesday.")]),
tp('mail', 'Retention analysis help', `Hello,

We run a meal-kit subscription business. Lately a lot of our subscribers are leaving us for a cheaper competitor, and we want to understand at which point in their journey they decide to cancel. We have the events in Hoshi Labs already but I'm not sure how to set up the path analysis backwards from the cancellation event. Could someone from your solutions team help us set it up? We're happy to jump on a call.

Best,
Paulina
Cobalt Kitchen`),
tp('review', null, `Great for tracking why our users churn. The cancel reason breakdown completely changed how we run our retention campaigns.`, [G('Great for tracking why our users churn.')]),
tp('ticket', 'Partner terminated', `Our reseller partner Meridian Tutors terminated their agreement with us last month. Please help us move their dashboards to our archive folder so the sales team no longer sees them.`),
tp('chat', null, `our intern is leaving on friday, can i move her dashboards to my account before she's deactivated?`),
tp('survey_comment', null, `The subscription analytics template is useful, but I wish it separated customers who downgrade from customers who cancel outright.`),
tp('mail', 'Billing contact update', `Hi,

Dana Whitfield from our operations team has left Cobalt Kitchen. Please update the billing contact on our account to me (accounts@cobaltkitchen.example).

Thank you,
Rhys`),
tp('social', null, `Watching your own users cancel in real time on the Hoshi Labs live view is brutal but very educational.`),
tp('ticket', 'GDPR deletion for an end user', `One of our app users (user ID 8812) has asked us to delete their account and all their data under GDPR. How do we purge their events from Hoshi Labs?`),
tp('chat', null, `how do i track when our users switch to a competitor? we ask in the exit survey and send it as a property`),
tp('ticket', 'Remove client data source', `Our client Lindqvist Studio has decided to end their contract with us, so we need to remove their data source and the three dashboards built on it from our workspace.`),

// ---------- other_object ----------
oo('ticket', 'Duplicate charge', `Please cancel the duplicate charge of $240 from 2 May. Our card was billed twice for the same invoice.`, [Q('Our card was billed twice for the same invoice.')]),
oo('chat', null, `can you cancel my lamp order? ordered the wrong colour, want the walnut one instead`),
oo('ticket', 'Cancel tomorrow\'s QBR', `Hi Nadia, please cancel tomorrow's quarterly business review, our VP is out sick. We'll send some new times later this week.`),
oo('ticket', 'Remove one seat', `Please remove the seat for Alex Moreno, who left us last week. The rest of the team stays on the Team plan as before.`),
oo('chat', null, `how do i delete a dashboard? made a test one and cant get rid of it`),
oo('ticket', 'End add-on trial', `We'd like to end the Warehouse Sync add-on trial early, it's not what we need. We're keeping our Business plan as is.`),
oo('mail', 'Intern accounts', `Hello,

The summer placements for our three interns ended on Friday. Please delete their user accounts (lucy.t@, omar.h@ and wen.z@ashgrove.example). Their dashboards can be deleted as well.

Thanks,
Moira`),
oo('ticket', 'PO raised in error', `Please cancel purchase order 4500190; it was raised in error by our procurement system. A corrected PO for the same amount will follow.`),
oo('chat', null, `I want to cancel the invitation I just sent, typo in the email address`),
oo('ticket', 'Unsubscribe', `Please unsubscribe me from the marketing newsletter. I still want to receive product update and incident emails.`),
oo('chat', null, `can u terminate all my active sessions? left my laptop on the train`),
oo('review', null, `Returned the mug because it didn't fit our coffee machine. Refund was processed within two days, no questions asked.`, [G('Refund was processed within two days, no questions asked.')]),
oo('ticket', 'Delete legacy data source', `We'd like to delete the "legacy_web" data source and all its events. We stopped using that tracking setup in 2022.`),
oo('mail', 'On-site training', `Hi Farid,

Please cancel the on-site training booked for 12 June. We'll do the remote version instead since half the team is travelling.

Regards,
Ottilie`),
oo('chat', null, `pls close ticket #55102, it's resolved on our end`),
oo('ticket', 'Slack digest for #sales', `We're stopping the daily Slack digest for the #sales channel because it's too noisy. Please keep the one for #product running.`),
oo('ticket', 'Revoke API key', `Please revoke the API key ending in 9f2a. It was accidentally committed to a public repository.`),
oo('chat', null, `we're dropping the EU test workspace we made last month, can you delete it? main workspace stays as is`),

// ---------- negated ----------
ng('ticket', 'Billing address', `We're not cancelling, don't worry! We just need to update our billing address to: 14 Harrow Lane, Bristol BS1 4QA.`),
ng('survey_comment', null, `No plans to switch, we're very happy with it.`, [G("we're very happy with it")]),
ng('chat', null, `haha no we're not leaving
just need the invoice for march`),
ng('mail', 'Seat count', `Hi Carmen,

To be clear, we are not looking at other providers. We simply want to reduce our seat count from 20 to 18 at renewal because two roles were merged.

Thanks,
Anders`),
ng('ticket', 'Renewal invoice address', `We have no intention of cancelling. Please send the renewal invoice to our new accounts payable address, ap@juniperrow.example.`),
ng('review', null, `Four years in and I've never once considered switching away. Solid, boring in the best way.`, [G('Solid, boring in the best way.')]),
ng('chat', null, `no no we're definitely renewing, I just wanted to check the date`),
ng('social', null, `People keep asking if we'll move off @HoshiLabs after the price change. The answer is no.`),
ng('ticket', 'Do NOT close our account', `We received an email saying our account will be closed due to inactivity. We do NOT want it closed, please keep it active. We use it every quarter for reporting.`),
ng('survey_comment', null, `wouldn't dream of going back to spreadsheets`, [G("wouldn't dream of going back to spreadsheets")]),
ng('mail', 'Decision', `Hi Lukas,

A quick update: we won't be moving to Orbitly after all. The team looked at it and decided to stay with Hoshi Labs. Let's talk about the renewal next week.

Best,
Greta`),
ng('chat', null, `i'm not trying to cancel, i just want to pause the alert emails for two weeks while I'm on leave`),
ng('ticket', 'Unexpected plan change', `We are not planning to downgrade, but the billing page says our plan will change to Starter on the 1st. We didn't request this. Please fix.`, [Q('the billing page says our plan will change to Starter on the 1st. We didn\'t request this.')]),
ng('survey_comment', null, `Not leaving anytime soon. Just wish the mobile app was better.`, [P('Just wish the mobile app was better.')]),
ng('review', null, `Never had a reason to cancel in four years. Does what it says.`, [G('Does what it says.')]),
ng('chat', null, `nope, no plans to change provider. just matching invoice numbers for our auditors`),
ng('mail', 'Letter sent in error', `Dear Hoshi Labs,

Please disregard the letter titled "Notice of termination" that you received from our office yesterday. It was generated in error by our contract management system. We are NOT terminating our agreement with you.

Apologies for the confusion,
Legal Department, Pellucid Health`),
ng('social', null, `Not switching. The Kumo demo was nice but Hoshi does everything we need.`),

// ---------- hypothetical_other ----------
hy('ticket', 'Question for our internal wiki', `If a customer wanted to cancel their subscription, where would they do it? I'm writing up our internal wiki page on vendor management and want to describe each vendor's process.`),
hy('chat', null, `just curious, what happens to the data if someone cancels? writing up our internal data retention policy`),
hy('ticket', 'Vendor risk assessment', `For our ISO 27001 vendor risk assessment: what is your process when a customer terminates their agreement, and how is customer data returned or destroyed?`),
hy('survey_comment', null, `The cancellation flow could be clearer for people who want to leave. Not me, just noticed it while browsing settings.`),
hy('mail', 'Security questionnaire', `Hello,

Our security team is completing the annual vendor questionnaire. One question asks: in the event that any customer terminates, how long is their data retained and in what format can it be exported? A short written answer is fine.

Thanks,
Tomasz`),
hy('social', null, `PSA for anyone who wants to cancel a SaaS plan: check the renewal date and notice period FIRST. Learned this with a different vendor.`),
hy('ticket', 'Exit plan documentation', `Our regulator requires an exit plan for every critical vendor. Could you describe, in principle, how a customer would migrate off Hoshi Labs? This is purely a compliance exercise; we have no plans to leave.`),
hy('chat', null, `hypothetically if a team moved to a different tool could they take the dashboard definitions as json? asking for a conference talk about portability`),
hy('review', null, `For anyone thinking of switching from DataNest to Hoshi: the import tool works well and took us about an hour.`, [G('the import tool works well')]),
hy('ticket', 'Help center wording', `We're writing training material for our resellers. Your help center says "customers who cancel keep read access for 30 days". Does that apply to all plans, including Team?`),
hy('mail', 'Due diligence', `Dear Sir or Madam,

As part of our procurement due diligence, please describe the termination and data return provisions that apply to customers generally under your standard terms.

Kind regards,
Procurement, Skyline Co-ops`),
hy('survey_comment', null, `I'd guess people who leave do it because of price. Not me though.`),
hy('social', null, `Thread: questions to ask any SaaS vendor about cancellation terms before you sign. 1/ What is the notice period?`),
hy('ticket', 'Business continuity', `If Hoshi Labs itself were to shut down, how would customers get their data back? This is for our business continuity plan.`),
hy('chat', null, `if a customer on a monthly plan cancels mid-month is the invoice prorated? asking because I'm building a billing FAQ for our reseller clients`),
hy('mail', 'Investor question', `Hi,

Our investors asked a general question about vendor lock-in: how easy would it be for a typical customer to move from one analytics provider to another? Any material you have on data portability would help.

Thanks,
Marisol`),
hy('chat', null, `what's the process if somebody wants to delete their whole workspace? asking for the onboarding guide we're writing for our franchisees`),

// ---------- how_to_for_product ----------
ht('ticket', 'Cancel a scheduled export', `How do I cancel a scheduled export? I set one up to run every night and it's no longer needed.`),
ht('chat', null, `how do i end a session in the live view? it keeps running`),
ht('chat', null, `how can I stop a running query? been going for 10 minutes`),
ht('ticket', 'Unsubscribe a user from the digest', `How do I unsubscribe one user from the weekly digest without affecting the others?`),
ht('chat', null, `how do i delete a cohort`),
ht('ticket', 'Queued report', `Is there a way to cancel a report that's already queued? I picked the wrong date range and it'll take an hour.`),
ht('ticket', 'Terminate API token', `How do I terminate an API token that a contractor used? I don't see a revoke option in the settings page.`),
ht('chat', null, `how do i close the onboarding checklist thing? its taking half the screen`),
ht('ticket', 'Stop tracking an event', `How can I stop tracking a specific event (button_hover) without deleting its history?`),
ht('chat', null, `how do i leave a shared workspace a client invited me to? project's over and i don't need their data anymore`),
ht('chat', null, `how do I cancel a pending invite`),
ht('ticket', 'Remove data source connection', `What's the right way to disconnect a data source? We replaced our Postgres read replica and the old connection is failing.`),
ht('chat', null, `How do I end an A/B test early in Experiments? The variant is clearly losing.`),
ht('survey_comment', null, `Took me ages to figure out how to switch off the sample data. Should be one click.`, [P('Took me ages to figure out how to switch off the sample data.')]),
ht('ticket', 'Move dashboards between workspaces', `How do I move dashboards from our staging workspace to production?`),
ht('chat', null, `how do i downgrade a user from admin to viewer?`),
ht('ticket', 'Undo project deletion', `How do I cancel the scheduled deletion of a project? I deleted it by mistake this morning.`),
ht('chat', null, `can I pause an alert for the weekend and have it resume monday?`),
];
