import { L } from "./helpers.mjs";

// churn_risk texts (some also carry competitor_switch, complaint, praise, quality_problem)
export default [
  // ---------- decided ----------
  {
    channel: "chat",
    subject: null,
    text: "hi\nwe're done with kestrel, pls cancel our crew plan effective end of this month\naccount is under hollis plumbing\nthx",
    labels: [L("churn_risk", "decided", "pls cancel our crew plan effective end of this month")],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Notice – Brightwater HVAC",
    text: "Hi team,\n\nAs discussed with our owner last week, please take this as formal notice that we won't be renewing when our annual term ends on 30 June. Could you confirm receipt in writing?\n\nThanks,\nDelia Franks\nOffice Manager, Brightwater HVAC",
    labels: [L("churn_risk", "decided", "please take this as formal notice that we won't be renewing when our annual term ends on 30 June")],
    lookalike: null,
  },
  {
    channel: "review",
    subject: null,
    text: "1 star. cancelled today after 8 months. the tech app logs my guys out every morning and support just sends the same copy-paste reply. bye",
    labels: [
      L("churn_risk", "decided", "cancelled today after 8 months"),
      L("quality_problem", null, "the tech app logs my guys out every morning"),
      L("complaint", null, "support just sends the same copy-paste reply"),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "finally pulled the plug on @KestrelDesk this morning. 3 yrs. not bitter, we just outgrew it 🤷",
    labels: [L("churn_risk", "decided", "finally pulled the plug on @KestrelDesk this morning")],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "Already cancelled. Price went up 30% with no warning.",
    labels: [
      L("churn_risk", "decided", "Already cancelled."),
      L("complaint", null, "Price went up 30% with no warning."),
    ],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: "Re: Your renewal offer",
    text: "Hello Marcus,\n\nThanks for the call on Tuesday and for the offer of two free months. I did take it back to the partners, but the decision stands: we've signed with FieldNest and our crews start on it on 1 March. Please close the Kestrel account once our February invoice is settled, and send me a final statement.\n\nNo hard feelings — your onboarding team was great.\n\nRegards,\nPriya Ramaswamy\nRamaswamy Electrical Ltd",
    labels: [
      L("churn_risk", "decided", "Please close the Kestrel account once our February invoice is settled"),
      L("competitor_switch", "high", "we've signed with FieldNest and our crews start on it on 1 March", { competitor: "FieldNest" }),
      L("praise", null, "your onboarding team was great"),
    ],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "yo\nneed to cancel, we moved everyone over to routewise last week\nhow do i stop the card being charged",
    labels: [
      L("churn_risk", "decided", "need to cancel"),
      L("competitor_switch", "high", "we moved everyone over to routewise last week", { competitor: "Routewise" }),
    ],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Drop us to free please",
    text: "We sold the business and the new owner has his own setup. Please put us on the free tier today so nothing else bills, and I'll delete the account myself once I've downloaded the last invoices. Losing the job history is fine.",
    labels: [L("churn_risk", "decided", "Please put us on the free tier today so nothing else bills")],
    lookalike: null,
  },
  {
    channel: "review",
    subject: null,
    text: "Gave it a real shot. The dispatch board looked nice in the demo but invoicing never synced with our books without me fixing every line by hand. We've turned it off for good. 2/5",
    labels: [
      L("churn_risk", "decided", "We've turned it off for good."),
      L("quality_problem", null, "invoicing never synced with our books without me fixing every line by hand"),
    ],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hey its kim from dispatch at Orsini Roofing\nboss asked me to get our account cancelled, he signed the papers w/ another company yesterday\ncan u confirm its done by friday",
    labels: [
      L("churn_risk", "decided", "boss asked me to get our account cancelled"),
      L("competitor_switch", "high", "he signed the papers w/ another company yesterday"),
    ],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Please cancel acct KD-40217 at end of term",
    text: "Card on file expires next month anyway so no need to chase me to update it. Thanks — Wes",
    labels: [L("churn_risk", "decided", "Please cancel acct KD-40217 at end of term", { field: "subject" })],
    lookalike: null,
  },

  // ---------- planning ----------
  {
    channel: "survey_comment",
    subject: null,
    text: "We'll be letting the subscription lapse in April when the contract's up. Nothing wrong with it, we're merging with a company that already has its own software.",
    labels: [L("churn_risk", "planning", "We'll be letting the subscription lapse in April when the contract's up.")],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "quick q about the gps add-on billing\nactually nvm, doesnt really matter — we're not renewing in september so ill just ride it out\nthanks anyway",
    labels: [L("churn_risk", "planning", "we're not renewing in september")],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: "Timesheets wk 14-16 + a couple of things",
    text: "Hi Jo,\n\nAttached are the signed timesheets for weeks 14–16 and the two corrected invoices (INV-20931 and INV-20934) — the GST line was doubled on both, which was our mistake on the template.\n\nAlso a heads-up so it doesn't catch you off guard: once the Hanlon contract wraps up at the end of Q3 we'll be shutting down our Kestrel workspace, since the field crew is being folded into head office's own system. Until then everything carries on as normal.\n\nCould you also check why Tomasz still can't see the Westside jobs in the mobile app? He's on the Crew role like everyone else.\n\nCheers,\nNadia",
    labels: [
      L("churn_risk", "planning", "once the Hanlon contract wraps up at the end of Q3 we'll be shutting down our Kestrel workspace"),
      L("quality_problem", null, "Tomasz still can't see the Westside jobs in the mobile app"),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "kestrel desk has been fine tbh but the price bump on the 1st did it for us. out at renewal in may",
    labels: [
      L("churn_risk", "planning", "out at renewal in may"),
      L("complaint", null, "the price bump on the 1st did it for us"),
    ],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Account end date",
    text: "Hi, our last job on the Millbrook estate is on the 14th and after that we've got no field work at all. We'll cancel the day after, so we shouldn't see a bill for the following month. Is a 15th cutoff ok with you?",
    labels: [L("churn_risk", "planning", "We'll cancel the day after")],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hi there\nthe owner retires end of june and we're closing the company, so kestrel goes with it\ncan we keep access till then? we're on annual",
    labels: [L("churn_risk", "planning", "we're closing the company, so kestrel goes with it")],
    lookalike: null,
  },
  {
    channel: "review",
    subject: null,
    text: "Solid app for a one-man band. I'm taking a full-time job with a bigger outfit in the new year, so I'll be shutting my Solo account down in January. 4 stars, would've stayed.",
    labels: [
      L("churn_risk", "planning", "so I'll be shutting my Solo account down in January"),
      L("praise", null, "Solid app for a one-man band."),
    ],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "not renewing once this term ends",
    labels: [L("churn_risk", "planning", "not renewing once this term ends")],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: null,
    text: "Morning,\n\nJust so your accounts team knows: our regional manager has approved the move to Tasklane, and the cut-over is booked for the weekend of 9 November. We'll stop using Kestrel Desk at that point. I'll send the formal paperwork nearer the time.\n\nThanks,\nOwen Pike\nPike & Daughters Landscaping",
    labels: [
      L("churn_risk", "planning", "We'll stop using Kestrel Desk at that point."),
      L("competitor_switch", "high", "our regional manager has approved the move to Tasklane", { competitor: "Tasklane" }),
    ],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hey\nheads up, our jobpilot rollout finishes next week and we turn kestrel off right after\nwill we still be able to get into old invoices after that?",
    labels: [
      L("churn_risk", "planning", "we turn kestrel off right after"),
      L("competitor_switch", "high", "our jobpilot rollout finishes next week", { competitor: "JobPilot" }),
    ],
    lookalike: null,
  },

  // ---------- considering ----------
  {
    channel: "review",
    subject: null,
    text: "QuickBooks sync broke AGAIN. third time this quarter. one more time and im looking elsewhere",
    labels: [
      L("quality_problem", null, "QuickBooks sync broke AGAIN."),
      L("churn_risk", "considering", "one more time and im looking elsewhere"),
    ],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hi\njust being upfront, we're running a two week trial of FieldNest with 3 of our techs to see if it could replace kestrel\nnothing decided yet\nbut route optimisation on your side has been pretty poor for us tbh",
    labels: [
      L("competitor_switch", "high", "we're running a two week trial of FieldNest with 3 of our techs", { competitor: "FieldNest" }),
      L("churn_risk", "considering", "to see if it could replace kestrel"),
      L("complaint", null, "route optimisation on your side has been pretty poor for us"),
    ],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "Honestly on the fence about renewing. The value isn't there for a 3-person team.",
    labels: [
      L("churn_risk", "considering", "Honestly on the fence about renewing."),
      L("complaint", null, "The value isn't there for a 3-person team."),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "been on kestrel desk since 2021 and lately thinking it might be time to move on. anyone else noticing the app got way slower after the last update?",
    labels: [
      L("churn_risk", "considering", "lately thinking it might be time to move on"),
      L("quality_problem", null, "the app got way slower after the last update"),
    ],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: "Quarterly review follow-up",
    text: "Hi Sam,\n\nFollowing up on the quarterly review. Overall the crews have adapted well, and the customer portal has cut our inbound phone calls noticeably, so thank you for that.\n\nThe sticking point is still the per-seat price for our seasonal staff. We bring on eight extra people from May to August, and paying full seats for them doesn't work for us. The board has asked me to put together a case on whether we stay with Kestrel next year or not. I'd rather stay, but I need something on seasonal pricing to bring to them.\n\nCan we talk before the 20th?\n\nBest,\nGreta Lindqvist\nOperations, Nordvik Property Services",
    labels: [
      L("churn_risk", "considering", "The board has asked me to put together a case on whether we stay with Kestrel next year or not."),
      L("praise", null, "the customer portal has cut our inbound phone calls noticeably, so thank you for that"),
      L("complaint", null, "paying full seats for them doesn't work for us"),
    ],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "ok honestly\nprinter pairing is still broken after the update, 4 guys writing receipts by hand again\nif it isnt fixed by next release we're probably done",
    labels: [
      L("quality_problem", null, "printer pairing is still broken after the update"),
      L("churn_risk", "considering", "if it isnt fixed by next release we're probably done"),
    ],
    lookalike: null,
  },
  {
    channel: "review",
    subject: null,
    text: "3 stars. Does the job, but Routewise is about half the price per seat for what we actually use, and I'm seriously weighing whether the extra features are worth it come renewal.",
    labels: [
      L("competitor_switch", "low", "Routewise is about half the price per seat for what we actually use", { competitor: "Routewise" }),
      L("churn_risk", "considering", "I'm seriously weighing whether the extra features are worth it come renewal"),
    ],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Pricing question before renewal",
    text: "Our renewal is coming up in 6 weeks. Before we commit to another year I'd like to understand whether there's any flexibility on the Fleet price — otherwise management wants us to look at other options. We're at 22 seats.",
    labels: [L("churn_risk", "considering", "otherwise management wants us to look at other options")],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "might cancel tbh. too many clicks to do simple stuff",
    labels: [
      L("churn_risk", "considering", "might cancel tbh."),
      L("complaint", null, "too many clicks to do simple stuff"),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "our tokyo office runs on ゲンバクラウド and it's honestly making me wonder if we should put the whole company on it instead of renewing kestrel 🤔",
    labels: [
      L("competitor_switch", "low", "making me wonder if we should put the whole company on it", { competitor: "ゲンバクラウド" }),
      L("churn_risk", "considering", "instead of renewing kestrel"),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "anyone compared routewise vs kestrel desk for a 10-van plumbing outfit? our kestrel renewal is in the autumn and i want to know what else is out there before i sign again",
    labels: [
      L("competitor_switch", "low", "anyone compared routewise vs kestrel desk for a 10-van plumbing outfit?", { competitor: "Routewise" }),
      L("churn_risk", "considering", "i want to know what else is out there before i sign again"),
    ],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "FYI – Leeds pilot",
    text: "Hi Jen,\n\nJust keeping you in the loop: our Leeds branch is piloting another scheduling platform for the next 30 days as a possible replacement for Kestrel. Nothing is decided, and Manchester and Bristol carry on as they are for now. I'll update you after the pilot.\n\nRegards,\nAdam",
    labels: [
      L("competitor_switch", "high", "our Leeds branch is piloting another scheduling platform for the next 30 days"),
      L("churn_risk", "considering", "as a possible replacement for Kestrel"),
    ],
    lookalike: null,
  },

  // ---------- asking ----------
  {
    channel: "ticket",
    subject: "Notice period?",
    text: "Hi, what's the notice period on an annual Crew plan if we don't want it to auto-renew? Our renewal date is 3 Oct. Thanks, Ben",
    labels: [L("churn_risk", "asking", "what's the notice period on an annual Crew plan if we don't want it to auto-renew?")],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hey\nhow do i cancel? cant find it anywhere in settings\nim the account owner",
    labels: [L("churn_risk", "asking", "how do i cancel?")],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "Does our job history get wiped if we close the account? Couldn't find it in the FAQ.",
    labels: [L("churn_risk", "asking", "Does our job history get wiped if we close the account?")],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: "Copy of agreement",
    text: "Dear Kestrel Desk team,\n\nCould you please send me a copy of our signed service agreement, including the termination clause? Our renewal is on 1 February and I cannot locate the countersigned version.\n\nKind regards,\nHelena Brandt\nBrandt Facility Services GmbH",
    labels: [L("churn_risk", "asking", "Could you please send me a copy of our signed service agreement, including the termination clause?")],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "do you do refunds if we cancel mid year on annual?\nasking for the owner, she's on site all day",
    labels: [L("churn_risk", "asking", "do you do refunds if we cancel mid year on annual?")],
    lookalike: null,
  },
  {
    channel: "ticket",
    subject: "Early termination fee on Fleet?",
    text: "See subject. We're 5 months into a 24-month agreement. Account KD-77102.",
    labels: [L("churn_risk", "asking", "Early termination fee on Fleet?", { field: "subject" })],
    lookalike: null,
  },
  {
    channel: "review",
    subject: null,
    text: "Can anyone tell me how you actually delete your account in this app? Asked support twice, no reply in 4 days.",
    labels: [
      L("churn_risk", "asking", "how you actually delete your account in this app"),
      L("complaint", null, "Asked support twice, no reply in 4 days."),
    ],
    lookalike: null,
  },
  {
    channel: "social",
    subject: null,
    text: "@KestrelDesk what happens to our customer portal links if we end our subscription? do our customers just get an error page?",
    labels: [L("churn_risk", "asking", "what happens to our customer portal links if we end our subscription?")],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hi, before anything else\nif we don't renew, how long do you keep our data?\nand can we get a csv of all jobs + customers",
    labels: [L("churn_risk", "asking", "if we don't renew, how long do you keep our data?")],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: null,
    text: "Hi,\n\nI'm the new finance lead at Carrow Pest Control and I'm going through our software contracts. For Kestrel Desk: is there a penalty for ending the contract before the term, and how much notice do you need from us? I can't find a copy of the terms we signed.\n\nThanks\nRuth Okafor",
    labels: [L("churn_risk", "asking", "is there a penalty for ending the contract before the term, and how much notice do you need from us?")],
    lookalike: null,
  },
];
