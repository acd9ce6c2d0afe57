// competitor_switch texts (often together with churn_risk). Written by hand.
import { churn, comp, complaint, quality } from './h.mjs';

export const entries = [
  // ---------------- high ----------------
  {
    channel: 'mail',
    subject: 'Being upfront with you',
    text: `Hi Lena,

I'll keep this brief. As of this week our Bristol crew is running JobPilot alongside Kestrel Desk on a 30-day trial. If it handles our multi-day installs better - which, so far, it does - the plan is to move the whole company over at renewal. I'd rather be upfront with you than have it land out of the blue.

We'd still like the open ticket about recurring jobs looked at in the meantime.

Regards,
Chris Adebayo
Operations Director, Adebayo Solar Installations`,
    labels: [
      comp('high', 'JobPilot', 'our Bristol crew is running JobPilot alongside Kestrel Desk on a 30-day trial'),
      churn('considering', 'the plan is to move the whole company over at renewal'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Cancel subscription - moving to Routewise',
    text: `Hi, we've signed with Routewise and go live on the 1st. Please cancel our Kestrel Desk subscription effective end of this billing period and confirm by email.
Account: Lyle Drainage Ltd
Thanks, Fiona Lyle`,
    labels: [
      comp('high', 'Routewise', "we've signed with Routewise and go live on the 1st"),
      churn('decided', 'Please cancel our Kestrel Desk subscription effective end of this billing period'),
    ],
  },
  {
    channel: 'mail',
    subject: 'Field-service software - outcome of tender',
    text: `Good afternoon,

As discussed with your account manager last month, Pennine Access Solutions has selected another provider for field-service management following our tender. We will be migrating across during May, and our subscription with you should end once that migration is complete, which we expect to be 31 May at the latest. Formal notice will follow from our legal team.

In the meantime, please can you advise how we can export all historical job records including attachments?

Kind regards,
Rebecca Thornton
Procurement Manager`,
    labels: [
      comp('high', null, 'Pennine Access Solutions has selected another provider for field-service management following our tender'),
      churn('planning', 'our subscription with you should end once that migration is complete'),
    ],
  },
  {
    channel: 'ticket',
    subject: "CSV export of last quarter's jobs",
    text: `Hello,

We're piloting FieldNest with two of our engineers this month to see whether it could replace what we use you for. For a fair comparison I need a CSV of last quarter's jobs with time on site. Where do I find that in the reports section?

Thanks,
Hamid`,
    labels: [
      comp('high', 'FieldNest', "We're piloting FieldNest with two of our engineers this month"),
      churn('considering', 'to see whether it could replace what we use you for'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Switching to Tasklane – final steps',
    text: `Hi, we've already got the whole team working in the new system, so there's nothing left running on Kestrel Desk. Please close the account and stop billing the card ending 4471. If you need anything signed send it to me.
Thanks, Owen Price, Price & Co Carpentry`,
    labels: [
      comp('high', 'Tasklane', 'Switching to Tasklane', 'subject'),
      churn('decided', 'Please close the account and stop billing the card ending 4471.'),
    ],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hi, how do i export all our customers to csv?
we're trialling a different scheduling tool with the north team and need to load the customer list into it
not decided anything yet, depends how the next fortnight goes`,
    labels: [
      comp('high', null, "we're trialling a different scheduling tool with the north team"),
      churn('considering', 'not decided anything yet, depends how the next fortnight goes'),
    ],
  },
  {
    channel: 'social',
    subject: null,
    text: `Moved the whole firm from Kestrel Desk to JobPilot over the weekend. Took 2 days. Should've done it a year ago.`,
    labels: [
      comp('high', 'JobPilot', 'Moved the whole firm from Kestrel Desk to JobPilot over the weekend.'),
      churn('decided', 'Moved the whole firm from Kestrel Desk to JobPilot over the weekend.'),
    ],
  },

  // ---------------- low ----------------
  {
    channel: 'mail',
    subject: 'Seat pricing for the Nagoya team',
    text: `Hi Sophie,

Our Japanese subsidiary in Nagoya has passed me a quote from 株式会社ゲンバクラウド for 25 technician seats, which works out around 30% below what we pay you per seat. Is there any room to move on price at renewal? I'd prefer to keep one system across the group if the numbers allow it.

Best regards,
Mark Feeney
Group Procurement, Halden Industrial Services`,
    labels: [comp('low', '株式会社ゲンバクラウド', 'Our Japanese subsidiary in Nagoya has passed me a quote from 株式会社ゲンバクラウド for 25 technician seats')],
  },
  {
    channel: 'ticket',
    subject: 'Renewal pricing vs Routewise',
    text: `Hello,

Ahead of our renewal on 1 October I've been asked to benchmark. Routewise have quoted us £19 per user per month for the equivalent of your Fleet plan including GPS, against the £27 we pay now. I've attached their quote. Could you look at whether you can get closer to that figure?

Regards,
Anita Desai
Purchasing Officer, Crestview Security Systems`,
    labels: [comp('low', 'Routewise', 'Routewise have quoted us £19 per user per month for the equivalent of your Fleet plan including GPS')],
  },
  {
    channel: 'review',
    subject: null,
    text: `Solid for dispatch, but Tasklane has had offline mode for two years and we keep losing job notes in basements with no signal. We're comparing the two before our contract is up. 3/5`,
    labels: [
      quality('we keep losing job notes in basements with no signal'),
      comp('low', 'Tasklane', "We're comparing the two before our contract is up."),
      churn('considering', "We're comparing the two before our contract is up."),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Discount?',
    text: `Hi, another provider has offered us the first year at half price if we move over. I'd honestly rather not go through a migration but I need to show the owners I've asked. Is there anything you can do on our renewal? Account 30417, Fleet, 22 seats.`,
    labels: [comp('low', null, 'another provider has offered us the first year at half price if we move over')],
  },
  {
    channel: 'mail',
    subject: 'Job screen slowness',
    text: `Hi,

I'll be straight with you: the last two updates have made the job screen slower, not faster, and my techs have started grumbling. A couple of them used FieldNest at their previous firm and keep telling me we should look at it. I haven't yet.

Can someone tell me whether the slowness is a known issue?

Luke Barraclough
Barraclough Aircon`,
    labels: [
      quality('the last two updates have made the job screen slower, not faster'),
      comp('low', 'FieldNest', 'A couple of them used FieldNest at their previous firm and keep telling me we should look at it.'),
    ],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `JobPilot does the same for half the money. Give me a reason to stay.`,
    labels: [
      comp('low', 'JobPilot', 'JobPilot does the same for half the money.'),
      churn('considering', 'Give me a reason to stay.'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Van stock on the roadmap?',
    text: `We've been looking at a different tool that does stock control in the van as well as scheduling. Before we go any further down that road, is van stock anywhere on your roadmap? It's the one thing pulling us away.

Regards, Stuart Mackie, Mackie Gas & Plumbing`,
    labels: [
      comp('low', null, "We've been looking at a different tool that does stock control in the van as well as scheduling."),
      churn('considering', "It's the one thing pulling us away."),
    ],
  },
  {
    channel: 'chat',
    subject: null,
    text: `do you guys do a xero sync yet
tasklane does and its cheaper, half tempted to jump ship tbh`,
    labels: [
      comp('low', 'Tasklane', 'tasklane does and its cheaper, half tempted to jump ship tbh'),
      churn('considering', 'half tempted to jump ship tbh'),
    ],
  },
];
