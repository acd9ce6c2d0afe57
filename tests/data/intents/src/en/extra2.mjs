import { e } from './h.mjs';
const L = (lk) => (channel, subject, text) => e(channel, subject, text, [], lk);
const tp = L('third_party'), oo = L('other_object'), ng = L('negated'), hy = L('hypothetical_other'), ht = L('how_to_for_product');
const qu = L('quoted'), pr = L('past_resolved'), cm = L('competitor_mention_neutral'), xl = L('expansion_lookalike');
export default [
tp('social', null, `Our churn went down 2 points after we used @HoshiLabs cohorts to find the users most likely to cancel. Writing up the playbook now.`),
tp('review', null, `We use it to see which members are about to cancel their gym subscription. Does the job.`),
tp('mail', 'Account for our former CFO', `Hello,

Our former CFO, Mr. Hallström, retired at the end of June and his Hoshi Labs login should be closed. Please also remove him from the invoice recipients list. Nothing else changes on our side.

Best regards,
Office Manager, Wren & Oak Interiors`),
oo('social', null, `Had to cancel my @HoshiLabs lamp order because I moved house, they refunded the same day.`),
oo('chat', null, `can you delete the "Q3 draft" report? i don't have permission and it's confusing everyone`),
oo('ticket', 'Stop the nightly export to S3', `Please stop the nightly export to our old S3 bucket; we moved to a new bucket last week. Everything else stays as it is.`),
ng('review', null, `Read the complaints about the price change, but we're not going anywhere. It still saves us a day a week.`),
ng('chat', null, `not cancelling!! just need to swap the card on file, old one expired`),
ng('mail', 'Re: Are you still with us?', `Hi Meera,

Yes, we're still here and we have no plans to leave. Sorry for the slow reply, I was on leave. Let's schedule the usage review for next week.

Ruben`),
hy('social', null, `General question for SaaS buyers: how long a notice period do you usually accept before you can cancel a contract? Building a procurement checklist.`),
hy('review', null, `If you ever decide to leave, the export is at least straightforward, I checked during our security review.`),
hy('chat', null, `for our compliance doc: if a customer closes their account, do backups get deleted too or only the live data?`),
ht('social', null, `Took me far too long to find how to cancel a scheduled report in @HoshiLabs: it's under the clock icon, not in Settings. You're welcome.`),
ht('ticket', 'End impersonation session', `How do I end an impersonation session as an admin? I viewed the workspace as one of our users and can't get back to my own view.`),
ht('chat', null, `how do i unsubscribe a dashboard from the slack channel`),
qu('social', null, `Someone in a forum wrote "just switch to DataNest, Hoshi is dead". Hoshi shipped three features this month. Not dead.`),
qu('ticket', 'Meaning of this banner', `A yellow banner in the workspace says "Your contract ends in 30 days". We renewed last week (order form signed on the 4th). Does the banner update automatically?`),
qu('mail', 'Fwd: from our board member', `Hi Sam,

Forwarding a note from one of our board members, just for context:

> Should we be reconsidering our analytics vendors this year?

We already discussed this internally and the answer is that Hoshi stays. Could you send me a one-page summary of what we got out of it last year for the board pack?

Thanks,
Noor`),
pr('review', null, `Switched away for six months in 2022, came back. The grass wasn't greener.`),
pr('ticket', 'Reactivated account', `We reactivated our account after the pause last year. The old API keys don't work anymore; do we need to generate new ones?`),
pr('social', null, `Last year I said we'd drop @HoshiLabs if they didn't add SSO. They added it. We stayed.`),
cm('social', null, `Comparing how Orbitly and @HoshiLabs define "active user" for a blog post on metric definitions. Interesting differences.`),
cm('review', null, `We import our marketing site data from Fathom Metrics into Hoshi. Works fine with the CSV importer.`),
cm('chat', null, `our agency uses kumo analytics and sends us weekly PDFs, can i upload those numbers into a hoshi dashboard somehow?`),
xl('social', null, `The @HoshiLabs pricing page lists "unlimited dashboards" on Starter but the app stops me at 5. Which is it?`),
xl('review', null, `More colours for the mug please! The navy one is great but it doesn't match anything in my kitchen.`),
xl('chat', null, `how do i add more users to an existing team? we have free seats already`),
];
