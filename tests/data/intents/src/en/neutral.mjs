import { e } from './h.mjs';
const n = (channel, subject, text) => e(channel, subject, text, [], null);
export default [
n('ticket', 'Password reset', `Hi, I didn't receive the password reset email. Checked spam too. My login is f.brandt@tallisbikes.example.`),
n('chat', null, `hi how do i change the timezone for my workspace`),
n('ticket', 'Invoice for February', `Could you send us a copy of the February invoice? Our accountant can't find it in the billing portal.`),
n('mail', 'VAT number', `Hello,

Please add our VAT number, NL859412377B01, to our account so that it appears on future invoices.

Kind regards,
Femke de Graaf`),
n('ticket', 'DPA request', `Our legal team needs a signed copy of your Data Processing Agreement for our records. Can you send it over?`),
n('chat', null, `where do i find the tracking snippet for a new website`),
n('ticket', 'SSO setup with Okta', `We're setting up SSO with Okta. Which attributes do you expect in the SAML assertion for first and last name?`),
n('chat', null, `is there a keyboard shortcut to duplicate a widget?`),
n('ticket', 'API pagination', `What is the maximum page size for the /v2/events endpoint? The docs mention a cursor but not a limit.`),
n('survey_comment', null, `No comment.`),
n('survey_comment', null, `n/a`),
n('chat', null, `can i share a dashboard with someone outside the company without giving them a login?`),
n('ticket', 'Change account owner', `Our account owner is going on parental leave for six months. Can we make Lena Fischer the account owner in the meantime?`),
n('mail', 'Purchase order number on invoices', `Hi,

From next month, please include our PO number 7700-2291 on every invoice. Our accounts payable system rejects invoices without it.

Thanks,
Gordon`),
n('ticket', 'Export to Google Sheets', `Is there a native way to sync a table to Google Sheets every morning, or do we need to use the API?`),
n('chat', null, `what does "unique users (approx)" mean on the overview? is it hyperloglog?`),
n('review', null, `Bought the planisphere as a gift. Haven't given it yet so can't say much, box looks nice.`),
n('social', null, `Anyone going to the @HoshiLabs meetup in Lisbon next week? Would be nice to compare notes on funnel setups.`),
n('ticket', 'Custom domain for shared dashboards', `Can we serve public dashboards from our own subdomain, e.g. stats.wrenandoak.example?`),
n('chat', null, `hey, can you remind me which plan we're on? just need it for a form`),
n('ticket', 'W-9 form', `Our finance department requests a W-9 form for vendor onboarding. Could you provide one?`),
n('mail', 'Training session', `Hello Farid,

Could we schedule a one-hour training session for our new analysts in the week of 9 September? Any afternoon works, Central European Time.

Thanks,
Ottilie`),
n('ticket', 'Event naming', `Is there a recommended naming convention for events? We're about to instrument our new checkout and want to get it right from the start.`),
n('chat', null, `how long do you keep raw events on the team plan?`),
n('survey_comment', null, `Fine.`),
n('ticket', 'Two-factor authentication', `How do I enforce 2FA for all users in our workspace?`),
n('chat', null, `can i set a dashboard as the default home page for everyone?`),
n('mail', 'Security contact', `Hello,

Please update our security contact to security@pellucidhealth.example. This is the address that should receive incident notifications.

Regards,
IT Operations`),
n('ticket', 'Shipping address for lamp order', `I'd like to change the shipping address for order #HL-31220 (desk lamp) before it ships. New address: 5 Mill Road, Cambridge CB1 2AB.`),
n('review', null, `Mug arrived on time and as pictured. Standard size.`),
n('chat', null, `where are the release notes`),
n('ticket', 'IP allowlist', `Do you publish a list of IP addresses your scheduled exports come from? We need to allowlist them on our SFTP server.`),
n('social', null, `Writing a blog post about how we instrumented our onboarding flow with @HoshiLabs events. Any tips on what readers usually want to see?`),
n('ticket', 'Bank details changed?', `We received an email saying your bank details have changed. Can you confirm this is genuine before we update our records?`),
n('chat', null, `can i rename a workspace? we rebranded`),
n('mail', 'Meeting notes', `Hi Sofia,

Thanks for the meeting today. Summary of action items: (1) you'll send the updated tracking plan template, (2) we'll instrument the new signup events by the 15th, (3) we reconvene on the 22nd to review the first data.

Best,
Haruto`),
n('ticket', 'Roles and permissions', `What's the difference between the Editor and Analyst roles? We want some people to build dashboards but not change data sources.`),
n('survey_comment', null, `Would be useful to have more templates for e-commerce.`),
n('chat', null, `do you have a status page?`),
n('ticket', 'Embedding dashboards', `We'd like to embed a dashboard in our internal admin tool. Is iframe embedding supported, and does it respect user permissions?`),
n('mail', 'Receipt', `Hi,

Could you resend the receipt for the card payment on 3 April? I need it for my expense report.

Thanks,
Priyanka`),
n('ticket', 'Data region', `In which region is our data stored? We signed up in 2021 and I can't see it in the settings.`),
n('chat', null, `how do i make a funnel where the steps can happen in any order?`),
n('review', null, `Desk lamp is bright enough for reading. The cable is about 1.5m long, FYI for anyone wondering.`),
n('ticket', 'Accessibility statement', `Do you have an accessibility conformance report (VPAT) for the web app? Our public sector client is asking.`),
n('social', null, `Any @HoshiLabs users know if you can annotate charts with release dates? Would love to mark deploys.`),
n('chat', null, `whats the difference between a cohort and a segment in hoshi`),
n('ticket', 'Change billing currency', `Is it possible to be invoiced in EUR instead of USD from the next billing period?`),
n('mail', 'Out of office', `Thank you for your email. I am out of the office until 2 September with limited access to email. For urgent matters please contact analytics@harbourline.example.

Patrick Quigley`),
n('chat', null, `is there an api endpoint to list all dashboards?`),
n('ticket', 'Bot traffic', `How can we filter out traffic from our own uptime monitor? It shows up as thousands of sessions from the same user agent.`),
n('survey_comment', null, `Using it mostly for weekly reporting. Nothing to add.`),
n('ticket', 'Test events', `What's the best way to send test events from our staging environment without polluting production data?`),
n('chat', null, `can i schedule a report to go out on the last working day of each month?`),
n('mail', 'Case study request', `Hi Dana,

Our marketing team saw your customer stories page. Is there a process for being featured? We'd be happy to talk about how we use the product for our membership analytics.

Best,
Pieter`),
n('ticket', 'Mobile SDK version', `Which version of the iOS SDK supports privacy manifests? We need to update before the App Store deadline.`),
n('chat', null, `can dashboards auto refresh? like every 5 min on a tv in the office`),
n('review', null, `Planisphere instructions are clear. Took me a minute to figure out the date wheel but it makes sense.`),
n('ticket', 'Translated interface', `Is the interface available in German? Some of our warehouse managers prefer it.`),
n('social', null, `Finally set up our first real funnel in @HoshiLabs. Now to figure out what the numbers mean.`),
n('chat', null, `how do I merge two user profiles that are the same person?`),
n('ticket', 'Audit log', `Where can I see who changed a dashboard? Someone edited our KPI board and we want to know what changed.`),
n('mail', 'Address for contracts', `Hello,

Please note that signed contracts should now be sent to our new registered office: Saltmarsh Ventures Ltd, 2 Quay Street, Bristol BS1 4DB.

Thank you,
Company Secretary`),
n('chat', null, `what's the max number of steps in a funnel`),
n('ticket', 'Onboarding checklist', `We just signed up. Is there an onboarding checklist or a recommended order for setting things up?`),
n('survey_comment', null, `6. Still learning how to use it.`),
n('ticket', 'Custom events from backend', `Can we send server-side events with a timestamp in the past, e.g. for importing orders from last year?`),
n('chat', null, `do you support SCIM or only SAML?`),
n('mail', 'Conference sponsorship', `Dear Hoshi Labs team,

We are organising the Northern Data Summit in Leeds this November and wondered whether you would be interested in sponsoring a session or exhibiting. Our prospectus is attached.

Best regards,
Events Team`),
n('ticket', 'Webhook signature', `How do we verify the signature on alert webhooks? Which header contains it and what's the algorithm?`),
n('chat', null, `how do i export a chart as png`),
n('review', null, `Ordered the mug and the lamp together, both came in one box.`),
n('ticket', 'Sandbox workspace', `Does our Business plan include a sandbox workspace for testing tracking changes?`),
n('social', null, `Question for analytics folks: do you track feature usage per account or per user? We're setting this up in @HoshiLabs now.`),
n('chat', null, `where do i change my email address`),
n('ticket', 'Holiday support hours', `What are your support hours over the Christmas period? We have a product launch on 27 December.`),
n('survey_comment', null, `I mostly use the mobile app to glance at numbers on the go.`),
n('mail', 'Referral', `Hi,

A friend of mine runs a small bakery chain and asked what we use for analytics. Is there a referral link I can share with her?

Cheers,
Dora`),
];
