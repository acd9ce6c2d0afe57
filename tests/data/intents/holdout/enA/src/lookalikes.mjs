// Look-alikes: trigger words without churn / competitor / expansion intent. Written by hand.
import { complaint, praise, quality } from './h.mjs';

export const entries = [
  // ---------------- third_party ----------------
  {
    lookalike: 'third_party',
    channel: 'ticket',
    subject: 'Client cancelled their service contract',
    text: `Hi, one of our biggest clients, Harbourside Hotels, has cancelled their maintenance contract with us from next month. We need to remove their 14 sites and all the recurring visits from the schedule. Is there a bulk way to do it or do I have to go through each site one by one?`,
    labels: [],
  },
  {
    lookalike: 'third_party',
    channel: 'mail',
    subject: 'Admin access',
    text: `Hi Support,

Our previous office manager, Karen Holt, left the company at the end of January and she was the admin on our account. Nobody else can get into the billing settings now. Could you transfer admin rights to me? I'm happy to verify however you need.

Thanks,
Steph Marsh
Director, Marsh Electrical`,
    labels: [],
  },
  {
    lookalike: 'third_party',
    channel: 'chat',
    subject: null,
    text: `hi
our customer wants to cancel the boiler service booked for tomorrow, she's rebooking in 2 weeks
if i take it off the schedule will the app still text her the reminder tonight?`,
    labels: [],
  },
  {
    lookalike: 'third_party',
    channel: 'ticket',
    subject: 'Subcontractor switching to their own system',
    text: `One of the subcontractors we dispatch through Kestrel Desk, PJ Roofing, is switching to a different job system on their side and won't be accepting jobs through our portal link after the 14th. How do we mark them as inactive without losing the history of jobs they did for us?`,
    labels: [],
  },
  {
    lookalike: 'third_party',
    channel: 'survey_comment',
    subject: null,
    text: `My customers love the booking reminders - cancellations and no-shows have dropped by half since we turned them on.`,
    labels: [praise('My customers love the booking reminders')],
  },
  {
    lookalike: 'third_party',
    channel: 'mail',
    subject: 'Job sheets for one customer',
    text: `Hello,

One of our larger domestic customers has told us they are ending their annual service plan with us, and has asked for copies of every job sheet and gas safety certificate we've issued them since 2021. What's the quickest way to pull all of those out of Kestrel Desk as PDFs for a single customer?

Thanks,
Debbie
Admin, Lomas Heating`,
    labels: [],
  },
  {
    lookalike: 'third_party',
    channel: 'social',
    subject: null,
    text: `Shoutout to @KestrelDesk support - our lead dispatcher quit without notice on Friday and they had the new guy set up with access inside 20 minutes.`,
    labels: [praise('Shoutout to @KestrelDesk support')],
  },
  {
    lookalike: 'third_party',
    channel: 'mail',
    subject: 'App stuck on "sync pending"',
    text: `Hello,

We've had three technicians turn up at jobs this week with no job details because the app showed 'sync pending' all morning. The customers were mostly understanding, but one of them, a letting agent, has now put us on notice and says they'll take their properties elsewhere if it happens again. We need to know what's going on.

I've attached screenshots from two devices. Both are on the latest version.

Regards,
Ian Mercer
Operations Manager, Mercer Building Services`,
    labels: [quality("the app showed 'sync pending' all morning")],
  },

  // ---------------- other_object ----------------
  {
    lookalike: 'other_object',
    channel: 'ticket',
    subject: 'Please cancel duplicate charge',
    text: `Hi, we were charged twice for March, £348.00 on the 1st and again on the 2nd (card ending 0923). Please cancel the second payment or refund it.
Account: Brennan Landscapes`,
    labels: [quality('we were charged twice for March')],
  },
  {
    lookalike: 'other_object',
    channel: 'ticket',
    subject: 'Cancel order #HW-10482',
    text: `Please cancel our hardware order HW-10482 (3x rugged phone case). I ordered the wrong size for the new handsets and will re-order once I've double-checked the model numbers. Thanks, Lucy`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'mail',
    subject: 'Remove one seat',
    text: `Hi,

Daryl Hughes has left us, so please remove his seat from our subscription from this month. The rest of the team carries on as normal - we'll be on 17 seats instead of 18. Can you confirm the new monthly total?

Thanks,
Amira
Accounts, Tennant Plumbing`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'ticket',
    subject: 'Cancel the SMS add-on trial, keep everything else',
    text: `Hi, the 14-day SMS reminder trial ends on Friday and we've decided it's not for us. Please cancel the add-on trial so we're not charged for it. We're staying on Crew as normal. Cheers, Sanjay`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'chat',
    subject: null,
    text: `hi can you delete a report i made by mistake
its called 'Q3 test DELETE ME' lol
cant see a delete option anywhere`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'mail',
    subject: null,
    text: `Morning,

Can you close the old user account for our apprentice, Kai Moreno? He's finished his placement. Please keep his job history though, we need it for his assessment portfolio.

Thanks,
Ruth`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'ticket',
    subject: 'Cancel our meeting Thursday',
    text: `Hi Ellie, I need to cancel our onboarding call on Thursday at 2pm as I've got an audit that day. Could we move it to the following week? Any afternoon works.
Thanks, Marco`,
    labels: [],
  },
  {
    lookalike: 'other_object',
    channel: 'mail',
    subject: 'RE: App stuck on loading screen [#90412]',
    text: `Hi Tom,

Thanks, that worked. For anyone else reading the ticket: the trick was to clear the app cache before logging in again.

You can close this one.

Cheers,
Rick

> Hi Rick, can you try clearing the app cache (Settings > Apps > Kestrel Desk > Storage) and logging in again?
> Tom
>
>> Hi, the app is stuck on the loading screen on my phone since this morning.
>> Rick`,
    labels: [praise('Thanks, that worked.')],
  },

  // ---------------- negated ----------------
  {
    lookalike: 'negated',
    channel: 'survey_comment',
    subject: null,
    text: `Not cancelling, don't worry! Mis-clicked the score, meant to give you a 9.`,
    labels: [],
  },
  {
    lookalike: 'negated',
    channel: 'mail',
    subject: '"Sorry to see you go" email - mistake',
    text: `Hi Kate,

I got the automated "sorry to see you go" email this morning and just want to clear this up: we are NOT leaving. I think one of our admins clicked the cancel link while trying to remove a user. Please make sure our subscription stays active and nothing changes on the renewal.

Thanks,
Will Barton
Owner, Barton Tree Surgery`,
    labels: [],
  },
  {
    lookalike: 'negated',
    channel: 'ticket',
    subject: 'No plans to change provider – renewal paperwork',
    text: `Hi, just to confirm we have no plans to change provider and want to renew on the same terms as last year. Could you send the renewal paperwork to procurement@ferrisgroup.example? Same 12 seats, same plan.`,
    labels: [],
  },
  {
    lookalike: 'negated',
    channel: 'chat',
    subject: null,
    text: `lol no we're not switching to anything
my tech thought the new layout meant we'd changed systems
where did the job notes button go though?`,
    labels: [],
  },
  {
    lookalike: 'negated',
    channel: 'mail',
    subject: 'Technician app showing yesterday',
    text: `Hello,

Before anything else: we're not going anywhere, we've built our whole process around Kestrel Desk. But I do need someone to look at why the technician app shows yesterday's schedule until you force-close it. It's been like that for about a week and it's causing missed first appointments.

Thanks,
Georgia Lane
Dispatch Supervisor, Lane Security Group`,
    labels: [quality("the technician app shows yesterday's schedule until you force-close it")],
  },
  {
    lookalike: 'negated',
    channel: 'review',
    subject: null,
    text: `People in the trade groups keep asking if anyone's ditching it after the price change. We're not. Still the best dispatch tool we've used, even at the new price. 4 stars.`,
    labels: [praise("Still the best dispatch tool we've used, even at the new price.")],
  },
  {
    lookalike: 'negated',
    channel: 'survey_comment',
    subject: null,
    text: `No intention of leaving, but the invoicing module needs work.`,
    labels: [complaint('the invoicing module needs work')],
  },

  // ---------------- hypothetical_other ----------------
  {
    lookalike: 'hypothetical_other',
    channel: 'mail',
    subject: 'Supplier onboarding questionnaire',
    text: `Dear Kestrel Desk team,

As part of our standard supplier onboarding, our procurement policy requires us to record exit terms for all software vendors. Please could you complete section 7 of the attached questionnaire: notice period for termination, data return format, and data deletion timescales after contract end.

This is a routine request we make of every new supplier.

Kind regards,
Vendor Management Team
Halcyon Estates`,
    labels: [],
  },
  {
    lookalike: 'hypothetical_other',
    channel: 'ticket',
    subject: 'Security questionnaire – data deletion on termination',
    text: `Hi, our IT security team is completing the annual vendor risk review. Question 14 asks: "If the customer terminates the agreement, within what period is customer data deleted from production systems and backups?" Could you provide the answer or point me to your documentation?`,
    labels: [],
  },
  {
    lookalike: 'hypothetical_other',
    channel: 'mail',
    subject: 'Question before we sign up',
    text: `Hi,

We're looking at Kestrel Desk for our 25-engineer team. One thing our MD always asks about any new software: if a customer wanted to leave after the first year, how easy is it to get their data out, and in what format? We got burned by a previous vendor on this.

Thanks,
Connor Walsh
Walsh Environmental`,
    labels: [],
  },
  {
    lookalike: 'hypothetical_other',
    channel: 'chat',
    subject: null,
    text: `hi, im writing the onboarding doc for our new admins
what are the steps if someone ever needed to cancel the company subscription?
just want it documented somewhere, we're not going anywhere`,
    labels: [],
  },
  {
    lookalike: 'hypothetical_other',
    channel: 'ticket',
    subject: 'Due diligence – assignment and termination rights',
    text: `We act for the buyer in the proposed acquisition of Redfern Maintenance Ltd, one of your customers. As part of due diligence, could you confirm whether the subscription agreement can be assigned to a new owner, and what termination rights either party has on a change of control? Written consent from Redfern's director is attached.

Harriet Quayle, Associate, Quayle Brandt LLP`,
    labels: [],
  },
  {
    lookalike: 'hypothetical_other',
    channel: 'ticket',
    subject: 'Wording for our tender docs',
    text: `We're putting together a tender response for a client and need to describe how our software suppliers handle the end of a contract. Generally speaking, if a Kestrel Desk customer stops their subscription, does the account go read-only or is it deleted straight away? I just need one line for the document.`,
    labels: [],
  },

  // ---------------- how_to_for_product ----------------
  {
    lookalike: 'how_to_for_product',
    channel: 'ticket',
    subject: 'How do I cancel a recurring job?',
    text: `We have a quarterly service visit set up for a customer who's sold the property. How do I cancel all the future visits in the series without deleting the ones already completed?`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'chat',
    subject: null,
    text: `how do i end a route early?
van broke down on the M6, the last 3 jobs need moving to tomorrow`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'ticket',
    subject: 'Stop QuickBooks sync',
    text: `Hi, I need to stop the invoice sync to QuickBooks temporarily while our accountant closes the year. Is there a pause option, or do I have to disconnect and reconnect? I don't want to lose the account mapping.`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'mail',
    subject: 'Closing work orders - no access',
    text: `Hi,

What's the correct way to close a work order when the customer wasn't home? At the moment my techs are either leaving it open or marking it complete, which messes up our reporting. Is there a 'no access' status?

Thanks,
Denise`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'ticket',
    subject: 'Switch off GPS outside working hours',
    text: `Our union rep has asked that tracking stops when the techs clock off. Is there a setting to end GPS tracking automatically at the end of a shift, or does each tech have to do it manually in the app?`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'chat',
    subject: null,
    text: `how to unsubscribe a customer from the appointment reminder emails?
she keeps replying STOP to us directly lol`,
    labels: [],
  },
  {
    lookalike: 'how_to_for_product',
    channel: 'ticket',
    subject: 'Leave a job unassigned?',
    text: `Is it possible to leave a job in the queue without a technician and have the first available one pick it up from the app?`,
    labels: [],
  },

  // ---------------- quoted ----------------
  {
    lookalike: 'quoted',
    channel: 'mail',
    subject: 'FW: Your booking link',
    text: `Hi Support,

See below from one of our customers. Can you tell me why the portal link in our reminder emails has expired? Everything else seems fine.

Thanks,
Maya

-----Original Message-----
From: J. Rowntree
Sent: 4 April 2024 08:51
To: Maya Singh
Subject: Your booking link

Maya, the link in your email doesn't work. If this keeps happening I'll cancel my contract with you and find another plumber.
John`,
    labels: [quality('the portal link in our reminder emails has expired')],
  },
  {
    lookalike: 'quoted',
    channel: 'mail',
    subject: 'Billing history for ticket #87120',
    text: `Hi Kestrel team,

Forwarding the note below from our finance director. For the avoidance of doubt, it was written before your team fixed the billing issue, and she has since confirmed she's happy for us to carry on, so please don't act on it. I just wanted you to have the history for the ticket.

Regards,
Simon

> From: Patricia Gale
> Sent: 2 February
> Simon - if we're double-billed again next month I want us off Kestrel Desk. Please find out how to cancel.
> Patricia`,
    labels: [],
  },
  {
    lookalike: 'quoted',
    channel: 'ticket',
    subject: 'FW: Cancellation request',
    text: `Hi, I got this from a customer of ours through the portal contact form. It's meant for us, not you, but it comes through with your footer on it, so customers think they're writing to Kestrel Desk. Can the footer be removed?

---------- Forwarded message ---------
From: bookings@ourportal
Subject: Cancellation request

Please cancel my account and all future visits, I'm moving house.
Mrs E. Hart`,
    labels: [],
  },
  {
    lookalike: 'quoted',
    channel: 'mail',
    subject: 'RE: Signatures not saving',
    text: `Hi Naveen,

Thanks for the quick turnaround on the fix. Signatures are saving again on every device we've tried. Dan's note below is why I raised it so urgently in the first place, but he's happy now. All sorted.

Kirsten

> Dan wrote:
> If the app keeps losing signatures I'm moving us to Routewise, I'm not joking.`,
    labels: [praise('Thanks for the quick turnaround on the fix.')],
  },
  {
    lookalike: 'quoted',
    channel: 'mail',
    subject: 'RE: Renewal reminder',
    text: `Hi Liam,

Thanks, that's all clear. Invoice received and paid today.

Ruth

> Hi Ruth,
> Just a reminder that if you'd like to end your subscription at renewal, you need to let us know 30 days before 1 May. Otherwise it will renew automatically on the same terms.
> Liam, Accounts`,
    labels: [],
  },
  {
    lookalike: 'quoted',
    channel: 'ticket',
    subject: 'FW: new app version',
    text: `See below from one of my techs. Is this a known problem with the 5.2 update?

> From: Ravi
> Honestly I'm about ready to quit using this app, it's crashed on me four times today when I try to add photos.`,
    labels: [quality("it's crashed on me four times today when I try to add photos")],
  },

  // ---------------- past_resolved ----------------
  {
    lookalike: 'past_resolved',
    channel: 'survey_comment',
    subject: null,
    text: `We nearly left last year over the pricing, but the new Crew plan fixed that. Very happy now.`,
    labels: [praise('Very happy now.')],
  },
  {
    lookalike: 'past_resolved',
    channel: 'mail',
    subject: 'Thank you',
    text: `Hi Jess,

Just wanted to say thank you. When we spoke in the autumn I was honestly ready to cancel - the sync issues had pushed us to the edge. Since the fix in November we haven't had a single failed invoice, and the team's confidence is back. We're renewing in the usual way.

All the best,
Owen Gallagher
Finance Director, Gallagher Groundworks`,
    labels: [praise('Just wanted to say thank you.')],
  },
  {
    lookalike: 'past_resolved',
    channel: 'review',
    subject: null,
    text: `Updated review: was 2 stars, we'd actually given notice. Support got on a call, sorted the scheduling bug and we withdrew the notice. 5 stars now, proper service.`,
    labels: [praise('5 stars now, proper service.')],
  },
  {
    lookalike: 'past_resolved',
    channel: 'ticket',
    subject: 'Re: our cancellation from last month',
    text: `Hi, further to our call - as agreed, please reverse the cancellation we put in last month. We've sorted things out internally and want to carry on as before with the same 9 seats.
Thanks, Helen`,
    labels: [],
  },
  {
    lookalike: 'past_resolved',
    channel: 'chat',
    subject: null,
    text: `we were this close to switching to JobPilot back in march lol
glad we didnt
anyway how do i change the colour of the job cards`,
    labels: [],
  },
  {
    lookalike: 'past_resolved',
    channel: 'mail',
    subject: 'Renewal invoice - cost centre',
    text: `Hello,

A year ago our renewal was on hold while we looked at alternatives - you'll probably have notes on it. I'm happy to say that's well behind us. The reason I'm writing is a small one: can the renewal invoice show our cost centre code (CC-4471) this year?

Thanks,
Yvonne Tate
Accounts Payable, Tate Interiors`,
    labels: [],
  },

  // ---------------- competitor_mention_neutral ----------------
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'ticket',
    subject: 'Importing customers from FieldNest',
    text: `Hi, we've just moved over to Kestrel Desk from FieldNest. I have a CSV export of 1,200 customers from them but the columns don't line up with your import template. Is there a mapping guide, or can someone help?`,
    labels: [],
  },
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'mail',
    subject: 'Territory view?',
    text: `Hi,

Our new dispatcher, Priyanka, joined us from a firm that ran Routewise, and she's asked whether Kestrel Desk has anything like their 'territory' view for splitting jobs by postcode. I couldn't find it. Is there an equivalent?

Thanks,
Graham`,
    labels: [],
  },
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'ticket',
    subject: 'Tasklane integration',
    text: `Our head office uses Tasklane for internal project tracking (not field work). Is there any way to push completed Kestrel Desk jobs into Tasklane as tasks, via Zapier or the API?`,
    labels: [],
  },
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'survey_comment',
    subject: null,
    text: `Switched to you from JobPilot 6 months ago and haven't looked back.`,
    labels: [praise("haven't looked back")],
  },
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'mail',
    subject: 'Attaching partner PDFs to jobs',
    text: `Hello,

We work alongside a partner in Osaka who uses ゲンバクラウド for their field teams. They send us job summaries as PDFs. Is there a way to attach those to the matching jobs in Kestrel Desk automatically, or is it manual upload only?

Kind regards,
Hiroshi Tanaka
Project Coordinator`,
    labels: [],
  },
  {
    lookalike: 'competitor_mention_neutral',
    channel: 'social',
    subject: null,
    text: `Two years since we ditched spreadsheets and Routewise for @KestrelDesk. Dispatch time down from 2 hours a morning to 20 minutes.`,
    labels: [praise('Dispatch time down from 2 hours a morning to 20 minutes.')],
  },

  // ---------------- expansion_lookalike ----------------
  {
    lookalike: 'expansion_lookalike',
    channel: 'ticket',
    subject: 'Upgrade the app on older phones?',
    text: `Some of our techs are still on app version 4.8. Do they need to upgrade manually from the Play Store or will it update itself? A couple of the phones are on Android 9.`,
    labels: [],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'chat',
    subject: null,
    text: `how do i add a custom field to the job form
need a 'gate code' box
and can it be made compulsory`,
    labels: [],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'mail',
    subject: 'Seat report for auditors',
    text: `Hi,

Our auditors have asked for a report showing the number of active seats per month for the last financial year. Is that something you can pull, or is it in the admin area somewhere?

Thanks,
Joanne Pryce
Financial Accountant, Pryce Civil Engineering`,
    labels: [],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'ticket',
    subject: 'Export only gives 500 rows - need more',
    text: `When I export the jobs list to CSV it stops at 500 rows, but we have about 2,300 jobs for the quarter. How do I get all of them in one file?`,
    labels: [],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'mail',
    subject: 'More detail on job summary PDF',
    text: `Hi,

Could the job summary PDF include more detail? Specifically the parts used and the time on site per visit. Our commercial clients keep asking for it and at the moment we're adding it by hand.

Thanks,
Barry`,
    labels: [],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'ticket',
    subject: 'Adding a job for a new customer - address won\'t save',
    text: `When I try to add a job for a new customer the address field won't save if the postcode has a space in it. Tried Chrome and Edge. Is this a known bug?`,
    labels: [quality("the address field won't save if the postcode has a space in it")],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'survey_comment',
    subject: null,
    text: `More of this please. The last update was the best one yet.`,
    labels: [praise('The last update was the best one yet.')],
  },
  {
    lookalike: 'expansion_lookalike',
    channel: 'ticket',
    subject: 'Printer firmware upgrade failed',
    text: `Tried the firmware upgrade on the Bluetooth printer from the settings page and it's stuck at 60%. Now it won't print at all. Serial KDP-2208-114.`,
    labels: [quality("Now it won't print at all.")],
  },
];
