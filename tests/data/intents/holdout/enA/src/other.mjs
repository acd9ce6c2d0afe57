// complaint / praise / quality_problem / plain neutral support texts. Written by hand.
import { complaint, praise, quality } from './h.mjs';

export const entries = [
  {
    channel: 'ticket',
    subject: "Can't log in - reset link not arriving",
    text: `Hi, I've requested a password reset three times this morning and nothing has arrived, not even in spam. My login is accounts@fairbankcleaning.example. Could you send one manually?`,
    labels: [quality("I've requested a password reset three times this morning and nothing has arrived")],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hi, new phone
how do i log into the tech app again?
forgot my password too sorry`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: 'VAT invoice for April',
    text: `Hello, please could you send a VAT invoice for our April payment? Our bookkeeper needs it for the quarterly return. Account: Sterling Locksmiths.`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: 'Set technician working hours',
    text: `How do I set different working hours for each technician? Two of ours only do mornings and the scheduler keeps offering them afternoon slots.`,
    labels: [],
  },
  {
    channel: 'mail',
    subject: 'Support response times',
    text: `Hi,

I rang the support line twice yesterday and was on hold for over 40 minutes both times before giving up. When I did get an email reply this morning it just linked me to a help article I'd already said didn't answer my question. It's not good enough for what we pay.

The actual question: can a job be assigned to two technicians at once?

Maureen Kelly
Office Manager, Kelly & Sons Builders`,
    labels: [complaint("It's not good enough for what we pay.")],
  },
  {
    channel: 'review',
    subject: null,
    text: `Brilliant bit of kit. The label printer pairs first time and the stickers survive a wet boiler room. Techs actually use it.`,
    labels: [praise('Brilliant bit of kit.')],
  },
  {
    channel: 'ticket',
    subject: 'Printer arrived damaged - order HW-10377',
    text: `The Bluetooth printer from order HW-10377 arrived today with a cracked casing and the paper roll holder missing. Photos attached. Can you send a replacement?`,
    labels: [quality('arrived today with a cracked casing and the paper roll holder missing')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Sophie in support was fantastic, sorted our invoice mess in one call. 10/10`,
    labels: [praise('Sophie in support was fantastic')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Too many clicks to do simple things. Rescheduling a job shouldnt take 6 screens.`,
    labels: [complaint('Too many clicks to do simple things.')],
  },
  {
    channel: 'ticket',
    subject: 'Wrong time on portal bookings',
    text: `Since the clocks went forward, every job booked through the customer portal shows an hour early in the dispatch board. The customer sees 10:00, we see 09:00. Is anyone else having this?`,
    labels: [quality('every job booked through the customer portal shows an hour early in the dispatch board')],
  },
  {
    channel: 'mail',
    subject: 'Incorrect charge on INV-41288',
    text: `Hello,

Our invoice INV-41288 charges us for advanced reporting, which we have never had and never asked for. This is the second month in a row. I'd like a credit note for both months and an explanation of how it got there.

I'm frankly tired of checking every invoice line by line.

Regards,
Francesca Rossi
Finance Manager, Rossi Stone & Tile`,
    labels: [
      quality('Our invoice INV-41288 charges us for advanced reporting, which we have never had and never asked for.'),
      complaint("I'm frankly tired of checking every invoice line by line."),
    ],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hey
where do i change the logo on the invoices
new branding 😊`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: 'Dispatch board very slow',
    text: `The dispatch board is taking 20+ seconds to load since about 2pm today. Other sites are fine so it's not our internet. We have 60 jobs on today, which isn't unusual for us.`,
    labels: [quality('The dispatch board is taking 20+ seconds to load since about 2pm today.')],
  },
  {
    channel: 'mail',
    subject: 'Training session',
    text: `Hi Nadia,

Thank you so much for the training session on Friday - the whole office came out of it actually understanding the recurring jobs screen, which is a first. One follow-up: where do I set the default reminder time for new customers?

Best,
Lorna`,
    labels: [praise('Thank you so much for the training session on Friday')],
  },
  {
    channel: 'social',
    subject: null,
    text: `@KestrelDesk your app update logged out every tech in the company at 7am on a Monday. Great timing lads 👏`,
    labels: [
      quality('your app update logged out every tech in the company at 7am on a Monday'),
      complaint('Great timing lads 👏'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Billing address update',
    text: `Please update our billing address to 22 Harrow Road, Bedford MK40 1BT from the next invoice. Company name and VAT number unchanged.`,
    labels: [],
  },
  {
    channel: 'review',
    subject: null,
    text: `Scheduling side is great, invoicing is clunky and the PDF layout looks like 2005. Would still recommend for small teams.`,
    labels: [
      praise('Scheduling side is great'),
      complaint('invoicing is clunky and the PDF layout looks like 2005'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Customer addresses wrong after import',
    text: `After yesterday's import about 40 customers have the wrong address attached, it looks like the rows got shifted by one. Technicians were sent to the wrong house twice this morning. Can you roll back the import?`,
    labels: [quality('about 40 customers have the wrong address attached')],
  },
  {
    channel: 'ticket',
    subject: "Technician can't see tomorrow's jobs",
    text: `One of our techs, Lewis, can see today's jobs in the app but tomorrow's list is empty, even though the dispatch board shows him with five jobs. Everyone else is fine.`,
    labels: [quality("tomorrow's list is empty, even though the dispatch board shows him with five jobs")],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `It's fine. Does what we need.`,
    labels: [],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Absolute game changer for a one-man band like me. Invoices go out the same day now instead of sunday nights`,
    labels: [praise('Absolute game changer for a one-man band like me.')],
  },
  {
    channel: 'mail',
    subject: 'Communication of the price change',
    text: `Dear Kestrel Desk,

I want to register my unhappiness with the way the price change was communicated. A single line in a newsletter is not adequate notice for a 15% increase, and several of our peers in the trade association only found out from their card statements. I would expect a direct email to account owners at the very least.

Regards,
Gordon Hale
Director, Hale Refrigeration`,
    labels: [complaint('I want to register my unhappiness with the way the price change was communicated.')],
  },
  {
    channel: 'ticket',
    subject: 'Xero sync - invoices duplicated',
    text: `Every invoice we've created since Tuesday has appeared twice in Xero. We now have 86 duplicates to void by hand. Please investigate urgently.`,
    labels: [quality("Every invoice we've created since Tuesday has appeared twice in Xero.")],
  },
  {
    channel: 'chat',
    subject: null,
    text: `just wanted to say the new route view is class
saved me a good hour this morning
is there a dark mode for the web version as well?`,
    labels: [praise('just wanted to say the new route view is class')],
  },
  {
    channel: 'ticket',
    subject: 'API rate limits',
    text: `Hi, we're building a small integration to pull completed jobs into our data warehouse every night. What are the API rate limits, and is there a sandbox we can test against?`,
    labels: [],
  },
  {
    channel: 'mail',
    subject: 'Invoice addressee',
    text: `Dear Sir or Madam,

Please could you confirm whether your invoices can be addressed to our parent company, Whitcombe Holdings plc, while the service is used by Whitcombe Maintenance Ltd? Our shared services centre processes all supplier invoices centrally.

Yours faithfully,
A. Pemberton
Accounts Payable Supervisor`,
    labels: [],
  },
  {
    channel: 'review',
    subject: null,
    text: `App drains battery like nothing else. By 2pm half my crew are on 10%. Sort it out.`,
    labels: [
      quality('App drains battery like nothing else.'),
      complaint('Sort it out.'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Rugged cases - belt clips missing',
    text: `We received the 6 rugged cases (order HW-10611) today. The packing slip lists a belt clip with each case but none were in the box.`,
    labels: [quality('The packing slip lists a belt clip with each case but none were in the box.')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Support are polite but nothing ever actually gets fixed.`,
    labels: [complaint('nothing ever actually gets fixed')],
  },
  {
    channel: 'ticket',
    subject: 'Customer portal - custom domain?',
    text: `Can the customer portal be hosted on our own domain, e.g. bookings.harveyelectrical.example, instead of the kestreldesk one?`,
    labels: [],
  },
  {
    channel: 'mail',
    subject: 'Credit where it is due',
    text: `Hi all,

I don't usually write these. On Saturday our office flooded and we lost every paper record we had. Because everything was in Kestrel Desk, our engineers were out on jobs on Monday morning as if nothing had happened. Please pass my thanks on to your team, it saved us.

Regards,
Barbara Quinn
Owner, Quinn Fire Protection`,
    labels: [praise('Please pass my thanks on to your team, it saved us.')],
  },
  {
    channel: 'chat',
    subject: null,
    text: `why has my card been charged £12 for sms?
i never turned sms on
this is the second time ive had to chase something on billing`,
    labels: [
      quality('why has my card been charged £12 for sms?'),
      complaint('this is the second time ive had to chase something on billing'),
    ],
  },
  {
    channel: 'ticket',
    subject: 'Reminder text wording',
    text: `Where can I edit the wording of the reminder text customers get the day before? We'd like to include our phone number.`,
    labels: [],
  },
  {
    channel: 'mail',
    subject: 'RE: Overdue invoice INV-39002',
    text: `Hi Accounts,

Remittance advice attached for INV-39002, paid by BACS today.

Best regards,
Saskia Verhoeven
Credit Control, Verhoeven Glazing BV

> Dear customer, this is a reminder that invoice INV-39002 for £1,180.00 is now 7 days overdue.`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: "Report totals don't match",
    text: `The monthly revenue report says £48,210 for March but the invoices listed underneath add up to £51,960. Which one is right?`,
    labels: [quality('The monthly revenue report says £48,210 for March but the invoices listed underneath add up to £51,960.')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `easy to use, my guys picked it up in a day`,
    labels: [praise('easy to use, my guys picked it up in a day')],
  },
  {
    channel: 'social',
    subject: null,
    text: `Kestrel Desk's mobile app still doesn't let techs take card payments on site. Customers keep asking my lads if they can tap a card and the answer is still no.`,
    labels: [complaint("Kestrel Desk's mobile app still doesn't let techs take card payments on site.")],
  },
  {
    channel: 'ticket',
    subject: 'Two-factor authentication',
    text: `Is it possible to enforce 2FA for all office users? Our insurer has made it a condition of our cyber policy.`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: 'Print job sheet from phone',
    text: `Can techs print a job sheet straight from the phone to the Bluetooth printer, or does it have to go through the office?`,
    labels: [],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `The new pricing page is confusing, took me ages to work out what I'm actually paying per seat.`,
    labels: [complaint('The new pricing page is confusing')],
  },
  {
    channel: 'chat',
    subject: null,
    text: `morning, is there an outage? portal wont load for me
ah nvm its back
ta`,
    labels: [quality('portal wont load for me')],
  },
  {
    channel: 'ticket',
    subject: 'App crashes when scanning barcode',
    text: `The iOS app crashes every time a tech taps 'scan part'. iPhone 13, iOS 17.4, app 5.2.1. Started after the weekend.`,
    labels: [quality("The iOS app crashes every time a tech taps 'scan part'.")],
  },
  {
    channel: 'mail',
    subject: 'A short note',
    text: `Dear Priya,

A short note to say how much we have appreciated your help over the past year. Every question from our finance team has been answered within a day, and the quarterly check-ins have been genuinely useful.

Kind regards,
Henrik Dahl
CFO, Nordvik Elevators UK`,
    labels: [praise('A short note to say how much we have appreciated your help over the past year.')],
  },
  {
    channel: 'mail',
    subject: 'Purchase order number on invoices',
    text: `Good morning,

From 1 April our accounts team can only process supplier invoices that quote a valid purchase order number. Our PO for Kestrel Desk for the coming year is PO-88417. Please make sure it appears on every invoice, otherwise payment will be held.

With thanks,
Deborah Ansah
Purchase Ledger, Kingsmead Housing Services`,
    labels: [],
  },
  {
    channel: 'ticket',
    subject: 'Job photos upside down',
    text: `Photos taken in the app on our Android phones show up rotated 90 degrees on the job report PDF. They look fine in the app itself. Customers have started commenting on it.`,
    labels: [quality('Photos taken in the app on our Android phones show up rotated 90 degrees on the job report PDF.')],
  },
];
