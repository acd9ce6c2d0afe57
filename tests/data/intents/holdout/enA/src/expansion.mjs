// expansion texts. Written by hand.
import { exp, praise, quality } from './h.mjs';

export const entries = [
  // ---------------- high ----------------
  {
    channel: 'ticket',
    subject: 'Quote for 6 additional technician seats',
    text: `Hi, we've taken on six new engineers starting 3 March. Can you send a quote to add them to our Fleet plan, pro-rated to our renewal date in September? PO will be raised on receipt.
Thanks, Kirsty Allan, Office Manager, Allan Mechanical Services`,
    labels: [exp('high', 'Can you send a quote to add them to our Fleet plan, pro-rated to our renewal date in September?')],
  },
  {
    channel: 'mail',
    subject: 'Following the demo',
    text: `Hello Jonah,

Following on from the demo last week, we'd like to go ahead and move from Crew to Enterprise from the start of next month, mainly for the SSO and the audit log. Can you get the order form over to me so I can send it for signature?

Thanks,
Isabel Navarro
Head of IT, Carrick Building Services`,
    labels: [exp('high', "we'd like to go ahead and move from Crew to Enterprise from the start of next month")],
  },
  {
    channel: 'ticket',
    subject: 'Order: 10x printers + cases',
    text: `Please could we order 10 of the Bluetooth receipt printers and 10 rugged cases for the new Samsung XCover phones. Deliver to our depot at 18 Canal Street, Stockport SK1 3AB, invoice to accounts as usual.
Many thanks, Dean`,
    labels: [exp('high', 'Please could we order 10 of the Bluetooth receipt printers and 10 rugged cases')],
  },
  {
    channel: 'chat',
    subject: null,
    text: `hey can we turn on the SMS reminders add-on today?
our no-show rate is killing us
happy to pay whatever it is, just put it on the monthly bill`,
    labels: [exp('high', 'can we turn on the SMS reminders add-on today?')],
  },
  {
    channel: 'mail',
    subject: 'Glasgow branch',
    text: `Hi both,

Good news from our side - the Glasgow branch opens in April and the regional manager there wants to use Kestrel Desk exactly as we do in Edinburgh. Could you set up a second workspace for them under our existing contract, with 8 seats to start, and send me the updated pricing? Honestly the rollout here has been the smoothest software change we've done in years.

Best,
Fraser McLeod
COO, McLeod Property Maintenance`,
    labels: [
      exp('high', 'Could you set up a second workspace for them under our existing contract, with 8 seats to start, and send me the updated pricing?'),
      praise("the rollout here has been the smoothest software change we've done in years"),
    ],
  },
  {
    channel: 'ticket',
    subject: '3-year term?',
    text: `Hi, our renewal is coming up in November. Finance would like to lock in pricing for longer this time. Could you send a 3-year renewal quote for our current 30 seats on Fleet with advanced reporting?
Regards, Naomi Reid, Finance Business Partner, Tollgate Estates`,
    labels: [exp('high', 'Could you send a 3-year renewal quote for our current 30 seats on Fleet with advanced reporting?')],
  },
  {
    channel: 'ticket',
    subject: 'GPS tracking for all vans',
    text: `We'd like to add GPS tracking to all 14 vehicles on our account from next Monday. Who do I speak to to get that set up and billed?
Patrick Doyle, Doyle Fire & Security`,
    labels: [exp('high', "We'd like to add GPS tracking to all 14 vehicles on our account from next Monday.")],
  },
  {
    channel: 'mail',
    subject: 'RE: Additional Crew seats',
    text: `Hi Anna,

Yes please, go ahead and add the 4 seats at the price below and put it on our next invoice.

Thanks,
Ross

> Hi Ross,
> Following our call, adding 4 Crew seats would be £22 per seat per month, co-termed with your existing subscription. Just reply to confirm and I'll process it.
> Anna, Accounts`,
    labels: [exp('high', 'go ahead and add the 4 seats at the price below and put it on our next invoice')],
  },
  {
    channel: 'ticket',
    subject: 'SMS credits ran out',
    text: `We've used our whole SMS allowance for the month already and it's only the 19th. Please top us up with another 2,000 credits and put it on the card. And can we bump the monthly allowance up going forward?`,
    labels: [exp('high', 'Please top us up with another 2,000 credits and put it on the card.')],
  },

  // ---------------- low ----------------
  {
    channel: 'survey_comment',
    subject: null,
    text: `Would love to roll this out to our maintenance team too at some point.`,
    labels: [exp('low', 'Would love to roll this out to our maintenance team too at some point.')],
  },
  {
    channel: 'mail',
    subject: 'Advanced reporting - what does it include?',
    text: `Hi Gemma,

Not urgent, but I wanted to ask: what does the advanced reporting add-on actually include? Our directors keep asking for first-time-fix rates by engineer and I'm currently doing it by hand in Excel. If it covers that, we'd probably be interested for next year's budget.

Cheers,
Tariq`,
    labels: [exp('low', "If it covers that, we'd probably be interested for next year's budget.")],
  },
  {
    channel: 'ticket',
    subject: "Enterprise plan - what's the difference?",
    text: `We're on Fleet with 40 users and growing fast. At what point does Enterprise make sense, and what would it cost us roughly? Not ready to commit yet, just planning ahead.`,
    labels: [exp('low', 'At what point does Enterprise make sense, and what would it cost us roughly?')],
  },
  {
    channel: 'chat',
    subject: null,
    text: `do you do a bigger printer?
the little one is great but we'd want something that does A4 job sheets too
if so we might get a couple`,
    labels: [
      praise('the little one is great'),
      exp('low', 'if so we might get a couple'),
    ],
  },
  {
    channel: 'review',
    subject: null,
    text: `Five stars. Been using it 2 years at our cleaning company, dispatch is dead simple and the customer portal saves my office manager hours. We're looking at adding our window cleaning side to it next year.`,
    labels: [
      praise('dispatch is dead simple and the customer portal saves my office manager hours'),
      exp('low', "We're looking at adding our window cleaning side to it next year."),
    ],
  },
  {
    channel: 'mail',
    subject: 'Three quick things',
    text: `Hi,

Three quick things:

1. The invoice for February (INV-33190) has our old VAT number on it even though we updated it in settings in January, can you reissue?
2. We might be taking on a second depot in Reading later this year - if that goes ahead I'd expect we'd need another 10 or so seats, so worth knowing the pricing.
3. Is there a way to make the job notes field mandatory before a tech can mark a job done?

Thanks,
Helen Brooks, Ops Manager, Brooks Facilities`,
    labels: [
      quality('has our old VAT number on it even though we updated it in settings in January'),
      exp('low', "if that goes ahead I'd expect we'd need another 10 or so seats"),
    ],
  },
  {
    channel: 'social',
    subject: null,
    text: `Anyone using @KestrelDesk with more than 50 techs? Thinking about moving our whole national team onto it from the regional pilot, wondering how it scales.`,
    labels: [exp('low', 'Thinking about moving our whole national team onto it from the regional pilot')],
  },
  {
    channel: 'ticket',
    subject: 'Interested in GPS add-on',
    text: `Hi, who would be the right person to talk to? We have 7 vans. Thanks, Mo`,
    labels: [exp('low', 'Interested in GPS add-on', 'subject')],
  },
  {
    channel: 'survey_comment',
    subject: null,
    text: `Great for our size. If you did a proper stock module we'd happily pay extra for it.`,
    labels: [
      praise('Great for our size.'),
      exp('low', "If you did a proper stock module we'd happily pay extra for it."),
    ],
  },
];
