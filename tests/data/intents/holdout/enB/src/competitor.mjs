import { L } from "./helpers.mjs";

// competitor_switch without a stated intention to leave (price comparisons, match requests, evaluations)
export default [
  {
    channel: "ticket",
    subject: "Price match?",
    text: "Hi, JobPilot quoted us $29/seat for what we pay $41 for on Crew. Screenshot attached. Is there anything you can do on price? We'd honestly prefer to stay with you.",
    labels: [L("competitor_switch", "low", "JobPilot quoted us $29/seat for what we pay $41 for on Crew.", { competitor: "JobPilot" })],
    lookalike: null,
  },
  {
    channel: "survey_comment",
    subject: null,
    text: "We put Tasklane side by side with you last month. You won on reporting, they won on price. Still here for now.",
    labels: [L("competitor_switch", "low", "We put Tasklane side by side with you last month.", { competitor: "Tasklane" })],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "hey does kestrel have anything like fieldnest's offline mode?\nour new ops guy keeps saying we should look at fieldnest just for that\nwe do a lot of basements with zero signal",
    labels: [L("competitor_switch", "low", "our new ops guy keeps saying we should look at fieldnest just for that", { competitor: "FieldNest" })],
    lookalike: null,
  },
  {
    channel: "mail",
    subject: "Renewal quote",
    text: "Hi Dana,\n\nAttached is the quote we got from Routewise for 15 seats including GPS. Your renewal offer comes in about 20% higher. If you can get closer to their number, we'll sign the renewal this week.\n\nThanks,\nLiam Cosgrove\nCosgrove Heating",
    labels: [L("competitor_switch", "low", "Attached is the quote we got from Routewise for 15 seats including GPS.", { competitor: "Routewise" })],
    lookalike: null,
  },
  {
    channel: "chat",
    subject: null,
    text: "quick one\na different tool we're pricing out includes sms reminders for free\ndo you ever bundle the sms add-on into crew?",
    labels: [L("competitor_switch", "low", "a different tool we're pricing out includes sms reminders for free")],
    lookalike: null,
  },
];
