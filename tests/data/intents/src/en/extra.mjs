import { e, C, K, X, P, G, Q } from './h.mjs';
export default [
e('ticket', 'Closing our account at the end of the month', `Hi, please let me know if you need anything from our side. Our admin is Lara Jensen (lara@vantageloop.example). Thanks.`, [C('planning', 'S:Closing our account at the end of the month')]),
e('ticket', 'Moving to Fathom Metrics - full export needed', `Hello, could you send the full event export as Parquet files to the bucket below? s3://redfern-exports/hoshi/ - the access policy is already set up for your account ID.`, [K('high', 'S:Moving to Fathom Metrics', 'Fathom Metrics'), C('planning', 'S:Moving to Fathom Metrics - full export needed')]),
e('ticket', 'Request: 10 additional Team seats', `Billing contact: ap@tallisbikes.example. Please invoice as usual, net 30.`, [X('high', 'S:Request: 10 additional Team seats')]),
e('ticket', 'Thinking of cancelling', `Before I decide anything, can someone explain why my bill went from $98 to $147 this month? I haven't added any users.`, [C('considering', 'S:Thinking of cancelling')]),
e('ticket', 'Re: Renewal - we will not renew', `Please see the attached letter from our finance director.`, [C('decided', 'S:Re: Renewal - we will not renew')]),
e('ticket', 'Kumo Analytics connector', `Is there an export connector to Kumo Analytics? Our forecasting team uses it alongside Hoshi and needs the daily active users table.`, [], 'competitor_mention_neutral'),
e('ticket', 'Cancellation of order #HL-32001', `I ordered two mugs by mistake, please cancel one of them. The other one is fine.`, [], 'other_object'),
e('ticket', 'Upgrade of the tracking SDK', `We're upgrading our web SDK from 3.x to 4.x. Are there breaking changes in how page_view is sent?`, [], 'expansion_lookalike'),
e('chat', null, `quick question, does the weekly digest include weekends?`),
e('ticket', 'Logo on shared dashboards', `Can we put our company logo on public dashboards instead of the Hoshi Labs one?`),
e('survey_comment', null, `Haven't used it enough to judge yet.`),
e('mail', 'New starter', `Hi,

We have a new analyst starting on Monday, Zainab Haddad. She'll take the seat that was freed up when Owen moved teams. Could you send her an invite to the workspace?

Thanks,
Rhys`),
];
