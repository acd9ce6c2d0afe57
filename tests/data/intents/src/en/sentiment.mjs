import { e, C, K, X, P, G, Q } from './h.mjs';
export default [
// ---------- quality_problem (often with complaint) ----------
e('ticket', 'Dashboard shows wrong revenue', `Since yesterday the Revenue dashboard shows about double the real figure. Our Stripe total for March is 84,210 EUR but Hoshi says 168,420 EUR. Looks like every transaction is being counted twice.`, [Q('Looks like every transaction is being counted twice.')]),
e('ticket', 'Error 500 when saving a dashboard', `Every time I try to save a dashboard with more than 8 widgets I get "Error 500 - something went wrong". Smaller dashboards save fine. Browser: Firefox 126, workspace: marrow-street.`, [Q('Every time I try to save a dashboard with more than 8 widgets I get "Error 500 - something went wrong".')]),
e('chat', null, `hey the app is crashing when i open the funnels tab
like the whole tab goes white
tried chrome and edge same thing`, [Q('the app is crashing when i open the funnels tab')]),
e('review', null, `The mug arrived with a big crack down the side. Packaging was just a thin paper bag. Disappointed.`, [Q('The mug arrived with a big crack down the side.'), P('Packaging was just a thin paper bag. Disappointed.')]),
e('ticket', 'Desk lamp missing power adapter', `Hi, our desk lamp (order #HL-30417) arrived without the power adapter. The box was sealed so I don't think it was taken out. Can you send one?`, [Q('our desk lamp (order #HL-30417) arrived without the power adapter')]),
e('social', null, `@HoshiLabs is down again? Getting 502s on every dashboard for the last 40 minutes`, [Q('Getting 502s on every dashboard for the last 40 minutes')]),
e('survey_comment', null, `Reports take forever to load. Like 30 seconds for a simple table.`, [Q('Reports take forever to load.')]),
e('ticket', 'Scheduled report sent at wrong time', `Our weekly report is scheduled for Monday 08:00 Europe/Berlin but it has been arriving at 02:00 since the clocks changed. Looks like a timezone/DST bug.`, [Q("it has been arriving at 02:00 since the clocks changed")]),
e('chat', null, `the csv export is missing the last 3 days of data
checked twice, the dashboard shows them but the file doesnt`, [Q('the csv export is missing the last 3 days of data')]),
e('review', null, `The planisphere is lovely to look at but the star labels are printed slightly off from the actual positions, Vega is a good 5mm away from where it should be. For the price I expected better.`, [Q('the star labels are printed slightly off from the actual positions'), P('For the price I expected better.'), G('The planisphere is lovely to look at')]),
e('ticket', 'Login loop', `I can't log in. After entering my password and 2FA code it just sends me back to the login page. Cleared cookies, tried incognito, same result.`, [Q('After entering my password and 2FA code it just sends me back to the login page.')]),
e('mail', 'Data discrepancy - urgent', `Hello support,

We've found a serious discrepancy. The "Active users" metric for last week shows 12,400 in the dashboard but 9,870 when we run the same query through the API. Our board deck goes out on Friday and we don't know which number to trust. Can someone look into this today please?

Thanks,
Liam Kowalczyk
Vantage Loop`, [Q('The "Active users" metric for last week shows 12,400 in the dashboard but 9,870 when we run the same query through the API.')]),
e('ticket', 'Invoice amount wrong', `Our invoice INV-90211 charges us for 22 seats but we only have 14 active users and reduced the seat count in February. Please correct it.`, [Q('Our invoice INV-90211 charges us for 22 seats but we only have 14 active users')]),
e('chat', null, `the ios app keeps logging me out every few mins
super annoying when im on the train checking numbers`, [Q('the ios app keeps logging me out every few mins'), P('super annoying')]),
e('review', null, `Charts don't render at all in Safari. Have to switch to Chrome every time. Please fix.`, [Q("Charts don't render at all in Safari.")]),
e('ticket', 'Webhook duplicates', `Our alert webhook is firing 3-4 times for the same event. The payloads are identical including the event ID. It started after the maintenance window on Sunday.`, [Q('Our alert webhook is firing 3-4 times for the same event.')]),
e('social', null, `Ordered the @HoshiLabs lamp, the dimmer switch stopped working after 2 days. Lovely design though.`, [Q('the dimmer switch stopped working after 2 days'), G('Lovely design though.')]),
e('survey_comment', null, `Filters reset every time I switch tabs. Very frustrating.`, [Q('Filters reset every time I switch tabs.'), P('Very frustrating.')]),
e('ticket', 'Slack integration stopped posting', `Our Slack integration stopped posting daily summaries on the 14th. Reconnecting it shows success but nothing arrives in the channel.`, [Q('Our Slack integration stopped posting daily summaries on the 14th.')]),
e('mail', 'Re: Ticket #60112 - still happening', `Hi Jakob,

> Please try clearing your browser cache and let us know if the issue persists.

I did, and it persists. The retention chart still shows 0% for every cohort after week 2, which is obviously wrong because our app has thousands of returning users. This is the third time I've been asked to clear my cache. Please escalate to engineering.

Regards,
Natalia`, [Q('The retention chart still shows 0% for every cohort after week 2'), P("This is the third time I've been asked to clear my cache.")]),
e('chat', null, `why is everything so slow today? dashboards taking 1 min+`, [Q('dashboards taking 1 min+')]),
e('ticket', 'Mug handle came off', `The handle came off my Hoshi Labs mug the second time I used it. Hot coffee everywhere. Not great.`, [Q('The handle came off my Hoshi Labs mug the second time I used it.'), P('Not great.')]),
e('review', null, `Since the last update the Android app crashes on startup on my Pixel 7. Uninstalled and reinstalled, same thing.`, [Q('the Android app crashes on startup on my Pixel 7')]),
e('ticket', 'SAML SSO error', `Users can't sign in via SSO since this morning. Okta shows the assertion is sent, Hoshi shows "Invalid audience". Nothing changed on our side.`, [Q(`Hoshi shows "Invalid audience"`)]),
e('ticket', 'Duplicate events in funnel', `Funnel step 2 shows more users than step 1, which should be impossible. It seems like page_view events are being ingested twice from our JS snippet.`, [Q('Funnel step 2 shows more users than step 1, which should be impossible.')]),
e('survey_comment', null, `The numbers don't match Google Analytics at all and nobody could explain why.`, [Q("The numbers don't match Google Analytics at all"), P('nobody could explain why')]),
e('chat', null, `getting "quota exceeded" but we're only at 40% of our events according to the usage page??`, [Q(`getting "quota exceeded" but we're only at 40% of our events according to the usage page??`)]),
e('ticket', 'PDF export cut off', `When I export a dashboard to PDF the right-hand column is cut off. It happens with both A4 and Letter. Screenshot attached.`, [Q('When I export a dashboard to PDF the right-hand column is cut off.')]),
e('mail', 'Wrong planisphere shipped', `Hello,

I ordered the Southern Hemisphere planisphere (order 30988) because I live in Melbourne, but the one that arrived is the Northern Hemisphere version. Could you arrange an exchange?

Thanks,
Chloe`, [Q('the one that arrived is the Northern Hemisphere version')]),
e('social', null, `Hoshi Labs status page says "all systems operational" while our dashboards have been blank for an hour. cool cool cool`, [Q('our dashboards have been blank for an hour'), P('cool cool cool')]),
e('ticket', 'Query timeout', `Queries over 90 days time out after 60 seconds with "Query execution exceeded limit". This used to work fine last month on the same plan.`, [Q('Queries over 90 days time out after 60 seconds')]),
e('review', null, `Lamp flickers constantly on the lowest brightness setting. Returned it.`, [Q('Lamp flickers constantly on the lowest brightness setting.')]),
e('chat', null, `hi, two of my team got the invite email but the link says expired immediately. we sent it 5 min ago`, [Q('the link says expired immediately')]),
e('ticket', 'Charged twice this month', `We were charged twice for April: two payments of $590 on the 1st. Please refund the duplicate. This is the second time this has happened.`, [Q('We were charged twice for April'), P('This is the second time this has happened.')]),

// ---------- complaint (no defect) ----------
e('survey_comment', null, `Support takes three days to reply to anything. Not acceptable for what we pay.`, [P('Support takes three days to reply to anything.')]),
e('review', null, `The product is OK but the pricing is ridiculous for small teams. $49 per seat for basic dashboards?`, [P('the pricing is ridiculous for small teams')]),
e('ticket', 'Unannounced price increase', `Our card was charged 25% more this month and we never received any notice of a price change. I find that unprofessional. Please explain.`, [P('we never received any notice of a price change. I find that unprofessional.')]),
e('chat', null, `i've been waiting 45 minutes in this chat
hello??`, [P("i've been waiting 45 minutes in this chat")]),
e('social', null, `Why does @HoshiLabs hide the export button behind the Business plan? Paying for data I can't take out is annoying.`, [P("Paying for data I can't take out is annoying.")]),
e('mail', 'Account manager', `Hi,

This is the fourth account manager we've been assigned in a year. Each time we have to explain our setup from scratch, and commitments made by the previous person are forgotten. I'd like to understand who is actually responsible for our account going forward.

Regards,
Desmond`, [P("This is the fourth account manager we've been assigned in a year.")]),
e('survey_comment', null, `The new navigation is confusing. Took me ten minutes to find the saved reports.`, [P('The new navigation is confusing.')]),
e('ticket', 'Onboarding call cancelled twice', `Our onboarding call has been rescheduled by your side twice now, with less than an hour's notice each time. We've blocked the whole team's calendar for it. Please get this sorted.`, [P("Our onboarding call has been rescheduled by your side twice now, with less than an hour's notice each time.")]),
e('review', null, `Documentation is years out of date. Half the screenshots show an interface that no longer exists.`, [P('Documentation is years out of date.')]),
e('chat', null, `your sales guy keeps emailing me about upgrading, 5 emails this week. please make it stop`, [P('your sales guy keeps emailing me about upgrading, 5 emails this week.')]),
e('survey_comment', null, `meh. does the job but feels expensive and support answers are copy paste`, [P('feels expensive and support answers are copy paste')]),
e('ticket', 'Feature removed', `The "compare to previous period" toggle was removed from line charts in the last release. We used it every day. Removing features without warning is really frustrating.`, [P('Removing features without warning is really frustrating.')]),
e('social', null, `The @HoshiLabs mug is fine but $38 for a mug is a bit much, even a nice one.`, [P('$38 for a mug is a bit much')]),
e('mail', 'Billing contact', `Hello,

For the third time: please send invoices to ap@saltmarsh.example, not to me personally. I've updated it in the billing settings and told two of your colleagues, yet the invoices still come to my inbox.

Thanks,
Viktor`, [P('For the third time: please send invoices to ap@saltmarsh.example, not to me personally.')]),
e('survey_comment', null, `Too many emails from you. Marketing newsletters weekly is too much.`, [P('Too many emails from you.')]),
e('chat', null, `the answer i got yesterday was wrong and now my reports are messed up because I followed it. not happy`, [P('the answer i got yesterday was wrong'), Q('now my reports are messed up')]),
e('review', null, `Shipping took 5 weeks for a desk lamp. No tracking updates. Lamp is fine.`, [P('Shipping took 5 weeks for a desk lamp.')]),

// ---------- praise ----------
e('survey_comment', null, `Love the new cohort view, saves me hours every week!`, [G('Love the new cohort view, saves me hours every week!')]),
e('review', null, `Best analytics tool we've used. Setup took an afternoon and the team actually looks at the dashboards now.`, [G("Best analytics tool we've used.")]),
e('chat', null, `that fixed it!! thank you so much, you're a star`, [G("thank you so much, you're a star")]),
e('social', null, `Shoutout to @HoshiLabs support, had a weird data issue at 11pm and Kenji sorted it in 20 minutes.`, [G('Shoutout to @HoshiLabs support')]),
e('mail', 'Thank you', `Hi Amara,

I just wanted to say thank you for the help last week with the migration of our tracking plan. The whole thing went far smoother than we expected, and the team is really impressed. We'll be sure to mention it to your manager.

Warm regards,
Elif`, [G('I just wanted to say thank you for the help last week with the migration of our tracking plan.')]),
e('review', null, `The planisphere is beautiful. Bought it for my daughter and she's been out stargazing every clear night.`, [G('The planisphere is beautiful.')]),
e('survey_comment', null, `10 - it just works.`, [G('it just works')]),
e('ticket', 'Thanks for the quick fix', `Just confirming the alert issue is resolved on our side. Thanks for the quick turnaround, much appreciated.`, [G('Thanks for the quick turnaround, much appreciated.')]),
e('social', null, `Honestly the cleanest dashboard builder I've tried. Great work @HoshiLabs`, [G("Honestly the cleanest dashboard builder I've tried.")]),
e('chat', null, `omg the new SQL editor autocomplete is so good`, [G('the new SQL editor autocomplete is so good')]),
e('review', null, `Sturdy mug, keeps coffee warm, and the star map print hasn't faded after months in the dishwasher. Love it.`, [G('Love it.')]),
e('survey_comment', null, `Great support, friendly and knowledgeable. Keep it up.`, [G('Great support, friendly and knowledgeable.')]),
e('mail', 'Re: Onboarding recap', `Hi Ben,

> Attached are the slides and recording from today's onboarding session.

Thanks, received. The session was excellent, probably the most useful vendor onboarding we've had. Everyone left knowing exactly how to build their first dashboard.

Cheers,
Isla`, [G("The session was excellent, probably the most useful vendor onboarding we've had.")]),
e('review', null, `We've been customers for three years and Hoshi keeps getting better. The funnel builder is a joy.`, [G('Hoshi keeps getting better.')]),
e('social', null, `The desk lamp from @HoshiLabs is the best thing on my desk. Warm light, tiny footprint.`, [G('The desk lamp from @HoshiLabs is the best thing on my desk.')]),
e('survey_comment', null, `very happy with the product, easy for non technical people`, [G('very happy with the product')]),
e('chat', null, `perfect, that's exactly what I needed. great help`, [G('great help')]),
e('ticket', 'Kudos to Mateo', `Not a support request, just wanted to say that Mateo from your team went way above and beyond on our data import last week. Please pass on our thanks.`, [G('Mateo from your team went way above and beyond on our data import last week')]),
e('review', null, `Five stars. Intuitive, fast, and the scheduled reports are a lifesaver.`, [G('Intuitive, fast, and the scheduled reports are a lifesaver.')]),
e('survey_comment', null, `The weekly digest is the one email I actually read. Nice job.`, [G('The weekly digest is the one email I actually read.')]),
e('social', null, `Been using @HoshiLabs for our indie game's telemetry and it's been fantastic. Free tier is generous too.`, [G("it's been fantastic")]),
e('mail', 'Quarterly review', `Hi Gwen,

Thanks for putting together the quarterly review. Overall we're very satisfied: uptime has been excellent, the new retention reports are used by every product manager, and your team's responsiveness has been great. The only small request is more flexible date pickers, but that's minor.

Best,
Aurelio`, [G("Overall we're very satisfied")]),
e('review', null, `Good value. Not flashy, but reliable and the support team knows their stuff.`, [G('reliable and the support team knows their stuff')]),
e('chat', null, `wow that was fast. thanks!!`, [G('thanks!!')]),
e('survey_comment', null, `Improved a lot this year, especially speed. Thank you.`, [G('Improved a lot this year, especially speed.')]),
e('ticket', 'Feedback on new dashboards', `Hi team, the redesigned dashboards look great and our execs finally use them without asking me for screenshots. One small thing: the date picker doesn't remember the last selection. Would be nice to have.`, [G('the redesigned dashboards look great')]),
];
