// churn_risk texts (without a competitor). Written by hand.
import { churn, complaint, praise, quality } from './h.mjs';

export const entries = [
  // ---------------- decided ----------------
  {
    channel: 'ticket',
    subject: 'Cancellation – account KD-44817',
    text: `Hello,

Following our board meeting on Tuesday we have decided not to continue with Kestrel Desk once the current annual term runs out on 30 June. Please treat this email as our formal notice and confirm receipt in writing.

Could you also make sure no auto-renewal invoice is raised.

Regards,
Margaret Oyelaran
Procurement Lead, Brightwater Facilities Ltd`,
    labels: [churn('decided', 'we have decided not to continue with Kestrel Desk once the current annual term runs out on 30 June')],
  },
  {
    channel: 'mail',
    subject: null,
    text: `hi, pls cancel our subscription from the end of this month. its just me now since Dave retired and i'm happy enough with a paper diary, not worth £60 a month for one bloke. thanks for everything, the app was good when there was more of us.
Gary - G Platt Plumbing`,
    labels: [
      churn('decided', 'pls cancel our subscription from the end of this month'),
      praise('thanks for everything, the app was good when there was more of us'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Close our account please - Harlow & Sons Electrical',
    text: `Account number 20931. Final invoice can go to the card on file. Nobody will be logging in after Friday so feel free to shut off access then.`,
    labels: [churn('decided', 'Close our account please', 'subject')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Already cancelled. Support took 9 days to answer a simple billing question, that was the last straw.`,
    labels: [
      churn('decided', 'Already cancelled.'),
      complaint('Support took 9 days to answer a simple billing question'),
    ],
  },
  {
    channel: 'mail',
    subject: 'RE: Renewal quote Q-2291 for FY25',
    text: `Hi Priya,

Thanks for sending the renewal quote over. I'm afraid we won't be signing it. The finance committee reviewed the spend last week and the decision is to let the contract lapse at the end of March; the repeated invoice sync failures with our accounting package over the autumn cost us more in manual reconciliation than the licence itself.

I'd appreciate it if you could confirm the last date our users will have access.

Kind regards,
Tomasz Wierzbicki
Financial Controller, Dunlin Commercial Cleaning`,
    labels: [
      churn('decided', 'the decision is to let the contract lapse at the end of March'),
      quality('the repeated invoice sync failures with our accounting package over the autumn'),
    ],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hi
we closed the business last week (retiring!) so please stop the monthly payment and shut the account
just want to make sure nothing else comes out of the bank
thank you`,
    labels: [churn('decided', 'please stop the monthly payment and shut the account')],
  },
  {
    channel: 'mail',
    subject: 'Our account',
    text: `Hi team,

Quick one from me before I go on leave. The new dispatch board looks good and the guys like the dark mode on the app, so credit where it's due.

That said, we're a small outfit and the price rise in January pushed us over what we budgeted. I've talked it through with my business partner and we're cancelling - I already hit the button in billing settings this morning, so this is really just to let you know it wasn't anything personal. If there's a way to keep our job history as a CSV, that'd be handy.

Cheers,
Niamh
Kellett Heating & Gas`,
    labels: [
      praise("The new dispatch board looks good and the guys like the dark mode on the app"),
      complaint('the price rise in January pushed us over what we budgeted'),
      churn('decided', "we're cancelling"),
    ],
  },
  {
    channel: 'review',
    subject: null,
    text: `★☆☆☆☆ Used it for 14 months. Deleted the account today. The route optimisation sends my lads across town and back twice a day and nobody at support seemed to care.`,
    labels: [
      churn('decided', 'Deleted the account today.'),
      quality('The route optimisation sends my lads across town and back twice a day'),
      complaint('nobody at support seemed to care'),
    ],
  },

  // ---------------- planning ----------------
  {
    channel: 'mail',
    subject: 'Heads-up re: September renewal',
    text: `Hi Sam,

Just a heads-up so it doesn't come as a surprise: when our contract comes up in September we'll be moving dispatch onto the in-house system our group IT team has built. I'll send the formal notice nearer the time.

In the meantime, can you look at the duplicate reminder texts? A couple of customers got the same SMS three times yesterday.

Thanks,
Olu Bankole
Operations Manager, Fenwick Group Services`,
    labels: [
      churn('planning', "when our contract comes up in September we'll be moving dispatch onto the in-house system our group IT team has built"),
      quality('A couple of customers got the same SMS three times yesterday.'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Account end date',
    text: `Hello, we'll be closing our Kestrel Desk account on 31 May when our last maintenance contract with the council finishes. Until then we still need the portal, so please don't switch anything off early. Can you confirm what happens to invoices we've raised through the system after that date?
Carla Mendes, Office Manager, Mendes Grounds Care`,
    labels: [churn('planning', "we'll be closing our Kestrel Desk account on 31 May when our last maintenance contract with the council finishes")],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Good product but we're winding the company down over summer, so we won't be renewing in August.`,
    labels: [
      praise('Good product'),
      churn('planning', "we won't be renewing in August"),
    ],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hey quick q
head office signed off moving every branch onto their own in-house system last week, so from the 1st of next month we're off kestrel
will the reminders still go out as normal until then?`,
    labels: [churn('planning', "from the 1st of next month we're off kestrel")],
  },
  {
    channel: 'ticket',
    subject: 'Invoice template STILL broken',
    text: `Third ticket about this. The VAT line on the invoice PDF still rounds to the wrong penny on multi-line jobs, our accountant flagged it again this quarter. I've given up waiting honestly. Once year end is done in April we'll be dropping the subscription and going back to pen and paper. Fix it for the next people I suppose.`,
    labels: [
      quality('The VAT line on the invoice PDF still rounds to the wrong penny on multi-line jobs'),
      complaint("I've given up waiting honestly."),
      churn('planning', "Once year end is done in April we'll be dropping the subscription"),
    ],
  },
  {
    channel: 'social',
    subject: null,
    text: `Heads up to other sparkies: we're leaving @KestrelDesk when our annual runs out in Nov. 3 price rises in 2 years is taking the mick.`,
    labels: [
      churn('planning', "we're leaving @KestrelDesk when our annual runs out in Nov"),
      complaint('3 price rises in 2 years is taking the mick'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Leaving after June billing run - please update invoice address',
    text: `Hi, please send the final invoice to our new registered address: Unit 4, Millbrook Trading Estate, Leeds LS11 7QP. Contact for accounts is still Jo Whitfield.
Thanks`,
    labels: [churn('planning', 'Leaving after June billing run', 'subject')],
  },
  {
    channel: 'mail',
    subject: 'Re: Your renewal',
    text: `Hi Marcus,

To answer your question below - no, I'm afraid a discount wouldn't change anything. The Wexford depot closes for good at the end of the quarter and the Kestrel Desk account goes with it. It's a group decision, nothing to do with the service.

Best,
Aoife

> Hi Aoife, before you make a final call, would a 20% discount on the renewal help at all?
> Marcus, Customer Success`,
    labels: [churn('planning', 'The Wexford depot closes for good at the end of the quarter and the Kestrel Desk account goes with it.')],
  },
  {
    channel: 'ticket',
    subject: 'Full data export',
    text: `Hi there,

We'll stop using Kestrel Desk at the end of next month, when we merge into our parent company and move onto their systems. Before that I need a full export of customers, job history and attached photos. What formats can you provide, and how long does it usually take?

Thanks
Rory Quigley, Quigley Pumps & Valves`,
    labels: [churn('planning', "We'll stop using Kestrel Desk at the end of next month")],
  },

  // ---------------- considering ----------------
  {
    channel: 'ticket',
    subject: 'Scheduling board freezes every morning',
    text: `Since the update on Monday the scheduling board freezes for 30-40 seconds whenever two dispatchers open it at the same time, which is every morning at 7. We've lost count of the jobs that got double-booked. I'll be honest, if this isn't sorted by the end of the month I'm going to have to recommend we look at alternatives.
Ref: Coates Mechanical, account 11893`,
    labels: [
      quality('the scheduling board freezes for 30-40 seconds whenever two dispatchers open it at the same time'),
      churn('considering', "if this isn't sorted by the end of the month I'm going to have to recommend we look at alternatives"),
    ],
  },
  {
    channel: 'mail',
    subject: 'Ahead of our quarterly review',
    text: `Hi Rachel,

I wanted to flag something ahead of our quarterly review. The ops directors have asked every department to justify its software spend, and Kestrel Desk is on the list of things we might cut. Usage among the technicians has dropped since the GPS add-on started draining phone batteries, and I'm struggling to make the case.

Is there anything you can share about a battery fix or the roadmap that would help?

Thanks,
Ben Osei
Service Delivery Manager, Arden Lift Services`,
    labels: [
      churn('considering', 'Kestrel Desk is on the list of things we might cut'),
      quality('the GPS add-on started draining phone batteries'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Renewal - need to discuss pricing before we commit',
    text: `Hi,

Our renewal is due on 1 July. With the new per-seat pricing our bill would go from roughly £4,200 to £6,100 a year for the same 14 users, and I can't get that past our MD. Unless there's some flexibility, we may not renew this time.

Can someone from accounts give me a call? 0161 496 0823.

Regards,
Leanne Hurst
Finance Manager, Hurst & Daughter Roofing`,
    labels: [
      complaint('With the new per-seat pricing our bill would go from roughly £4,200 to £6,100 a year for the same 14 users'),
      churn('considering', "Unless there's some flexibility, we may not renew this time."),
    ],
  },
  {
    channel: 'review',
    subject: null,
    text: `3 stars. Does the job most days but the technician app logs people out constantly and support just says 'reinstall'. Our contract's up in the spring and we're weighing up whether to stay.`,
    labels: [
      quality('the technician app logs people out constantly'),
      complaint("support just says 'reinstall'"),
      churn('considering', "we're weighing up whether to stay"),
    ],
  },
  {
    channel: 'mail',
    subject: 'RE: Missing photos on WO-55812',
    text: `Hi Tom,

I know you're doing your best, but a credit note doesn't really fix the underlying issue. If the job photos keep disappearing from completed work orders we can't use the system for our insurance reports, full stop. I'll give it until the next release, and if photos are still going missing after that, I think we'll part ways.

James

-----Original Message-----
From: Tom Reyes <support@kestreldesk.example>
Sent: 12 March 10:14
Subject: RE: Missing photos on WO-55812

Hi James, sorry again about the missing photos. Engineering is investigating and I've applied a credit of one month to your account.

Tom`,
    labels: [
      complaint("a credit note doesn't really fix the underlying issue"),
      quality('the job photos keep disappearing from completed work orders'),
      churn('considering', "if photos are still going missing after that, I think we'll part ways"),
    ],
  },

  // ---------------- asking ----------------
  {
    channel: 'ticket',
    subject: 'Notice period?',
    text: `Hi, could you tell me how much notice we'd need to give to end our annual Crew agreement, and whether it has to be in writing or if an email to support is enough? Thanks, R. Castellano`,
    labels: [churn('asking', "how much notice we'd need to give to end our annual Crew agreement")],
  },
  {
    channel: 'mail',
    subject: 'Request for copy of subscription agreement',
    text: `Dear Sir/Madam,

I would be grateful if you could send me a copy of our signed subscription agreement, including any amendments, as I cannot locate it in our contract management system. Specifically I need to check the early termination provisions and any fees that would apply if we ended the contract before the renewal date.

Many thanks,
Elaine Forbes
Legal & Compliance Officer, Northgate Lifts Ltd`,
    labels: [churn('asking', 'I need to check the early termination provisions and any fees that would apply if we ended the contract before the renewal date')],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hello
if we cancel mid year do we get anything back for the months we havent used
we pay annualy
not saying we are, just want to know where we stand`,
    labels: [churn('asking', 'if we cancel mid year do we get anything back for the months we havent used')],
  },
  {
    channel: 'ticket',
    subject: 'What happens to our data if we close the account?',
    text: `We're a regulated gas business and have to keep service records for 6 years. If we closed our Kestrel Desk account, how long would you keep our job sheets and certificates, and could we get a full copy out first?

Sunita
Admin, Patel Gas Services`,
    labels: [churn('asking', 'If we closed our Kestrel Desk account, how long would you keep our job sheets and certificates')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `how do I actually cancel?? couldnt find it anywhere in settings`,
    labels: [churn('asking', 'how do I actually cancel??')],
  },
  {
    channel: 'mail',
    subject: 'Contract terms query',
    text: `Hi,

We're reviewing all supplier contracts ahead of the new financial year and haven't made any decisions yet, but I want to understand our options with Kestrel Desk. Can you confirm: (1) the current term end date, (2) how much notice we'd have to give if we chose not to renew, and (3) whether the early-termination fee in section 9 is calculated on the remaining term or is a fixed amount?

Thanks,
Grace Adeyemi
AP & Procurement, Dunmore Estates`,
    labels: [churn('asking', "how much notice we'd have to give if we chose not to renew")],
  },
  {
    channel: 'mail',
    subject: 'Signature crash + contract question',
    text: `Hi,

The mobile app has crashed on three of our Samsung tablets every time a tech tries to attach a signature since last Thursday's update. Tickets #88213 and #88240 are still open with no reply.

Separately, can you tell me what the process is to terminate our contract and whether there's a penalty for doing it before the anniversary? I've been asked to find out.

Martin Kaye
IT Coordinator, Selby & Rowe Mechanical`,
    labels: [
      quality('The mobile app has crashed on three of our Samsung tablets every time a tech tries to attach a signature'),
      complaint('Tickets #88213 and #88240 are still open with no reply.'),
      churn('asking', "can you tell me what the process is to terminate our contract and whether there's a penalty for doing it before the anniversary?"),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Refund on annual plan',
    text: `Hi, we paid for the Fleet plan annually in January (invoice INV-20931). If we were to stop using it at the end of June, would the remaining six months be refunded pro rata or is it non-refundable?
Thank you, Ahmed`,
    labels: [churn('asking', 'If we were to stop using it at the end of June, would the remaining six months be refunded pro rata or is it non-refundable?')],
  },
  {
    channel: 'social',
    subject: null,
    text: `@KestrelDesk how long's the notice period to get out of a monthly plan? DM'd you yesterday, no reply`,
    labels: [
      churn('asking', "how long's the notice period to get out of a monthly plan?"),
      complaint("DM'd you yesterday, no reply"),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Cancellation terms?',
    text: `Our account ref is SE-0091, we're on Crew monthly. Please reply to this address, not the account owner's.`,
    labels: [churn('asking', 'Cancellation terms?', 'subject')],
  },
];
