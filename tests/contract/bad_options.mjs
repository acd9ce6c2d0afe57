// The bad-options corpus (issue 15): wrong types at every level of mapping, routes, lexicon and
// model, unknown keys, broken JSON, impossible dates. Each case is run through the native CLI,
// the npm CLI, the npm API and the page's worker, which must agree on the outcome: the exit
// code (CLIs) and a message that names the place.
//
// A case gives either `file: {key, text}` (an option file: --mapping, --routes, --lexicon,
// --model) or `args` (extra command-line arguments), and `expect`, the start of the message.
// `exit` is the CLI's exit code: 64 for every refused option, whether the contract check
// refuses it before any data is read or a check that needs the shipped lexicon or the model's
// feature table refuses it when the analysis starts (cli_exit_code, cli_args.hpp).

const deep = "[".repeat(10000) + "]".repeat(10000);

export const badOptions = [
  // mapping: every level
  { name: "mapping: kind is a number", file: { key: "mapping", text: '{"survey.csv": {"kind": 5}}' },
    exit: 64, expect: 'mapping["survey.csv"].kind: expected one of "survey_responses", ' },
  { name: "mapping: a file's entry is text", file: { key: "mapping", text: '{"survey.csv": "tickets"}' },
    exit: 64, expect: 'mapping["survey.csv"]: expected an object, got "tickets"' },
  { name: "mapping: the document is a list", file: { key: "mapping", text: "[]" },
    exit: 64, expect: "mapping: expected an object, got a list" },
  { name: "mapping: an unknown role", file: { key: "mapping", text: '{"survey.csv": {"columns": {"NPS": "nps"}}}' },
    exit: 64, expect: 'mapping["survey.csv"].columns.NPS: expected one of "record_id", ' },
  { name: "mapping: columns is a list", file: { key: "mapping", text: '{"survey.csv": {"columns": ["NPS"]}}' },
    exit: 64, expect: 'mapping["survey.csv"].columns: expected an object, got a list' },
  { name: "mapping: an unknown charset", file: { key: "mapping", text: '{"survey.csv": {"encoding": "klingon"}}' },
    exit: 64, expect: 'mapping["survey.csv"].encoding: expected a charset this version reads' },
  { name: "mapping: a two-character delimiter", file: { key: "mapping", text: '{"survey.csv": {"delimiter": ",,"}}' },
    exit: 64, expect: 'mapping["survey.csv"].delimiter: expected one of ",", ";", "\\t" or "|", got ",,"' },
  { name: "mapping: an unknown key", file: { key: "mapping", text: '{"survey.csv": {"knd": "tickets"}}' },
    exit: 64, expect: 'mapping["survey.csv"]: unknown key "knd" (expected columns, delimiter, encoding or kind)' },
  // routes
  { name: "routes: rules is an object", file: { key: "routes", text: '{"rules": {}}' },
    exit: 64, expect: "routes.rules: expected a list, got an object" },
  { name: "routes: a team is a number", file: { key: "routes", text: '{"rules": [{"team": 3}]}' },
    exit: 64, expect: "routes.rules[0].team: expected text, got 3" },
  { name: "routes: an unknown severity", file: { key: "routes", text: '{"rules": [{"match": {"severity": "urgent"}, "team": "cs"}]}' },
    exit: 64, expect: 'routes.rules[0].match.severity: expected one of "high", "medium" or "low", got "urgent"' },
  { name: "routes: a rule without a team", file: { key: "routes", text: '{"rules": [{"match": {"type": "churn_risk"}}]}' },
    exit: 64, expect: 'routes.rules[0]: missing "team"' },
  { name: "routes: negative due days", file: { key: "routes", text: '{"rules": [{"team": "cs", "due_days": -1}]}' },
    exit: 64, expect: "routes.rules[0].due_days: expected at least 0, got -1" },
  { name: "routes: misspelt top-level key", file: { key: "routes", text: '{"rulez": []}' },
    exit: 64, expect: 'routes: missing "rules" (and 1 more problem)' },
  // lexicon
  { name: "lexicon: an unknown category", file: { key: "lexicon", text: '{"add": {"churn": ["x"]}}' },
    exit: 64, expect: 'lexicon.add.churn: expected one of "churn_risk", ' },
  { name: "lexicon: phrases as text, not a list", file: { key: "lexicon", text: '{"add": {"churn_risk": "cancel"}}' },
    exit: 64, expect: 'lexicon.add.churn_risk: expected a list, got "cancel"' },
  { name: "lexicon: an empty phrase", file: { key: "lexicon", text: '{"add": {"churn_risk": [""]}}' },
    exit: 64, expect: "lexicon.add.churn_risk[0]: expected text, got an empty string" },
  { name: "lexicon: removing a phrase the lexicon lacks", file: { key: "lexicon", text: '{"remove": {"churn_risk": ["cancle"]}}' },
    exit: 64, expect: 'edits: cannot remove "cancle" from churn_risk' },
  // model
  { name: "model: another document", file: { key: "model", text: '{"schema": "x"}' },
    exit: 64, expect: 'model: missing "hash_bits"' },
  { name: "model: hash bits out of range", file: { key: "model", text: '{"schema": "cxsignals.intent_model/1", "hash_bits": 40, "intents": {}}' },
    exit: 64, expect: "model.hash_bits: expected at most 22, got 40" },
  { name: "model: a bias that is text", file: { key: "model", text: JSON.stringify({ schema: "cxsignals.intent_model/1", hash_bits: 10,
    intents: { churn_risk: { bias: "x", weights: {} }, competitor_switch: { bias: 0, weights: {} }, expansion: { bias: 0, weights: {} } } }) },
    exit: 64, expect: 'model.intents.churn_risk.bias: expected a number, got "x"' },
  { name: "model: a weight key that is not a feature index", file: { key: "model", text: JSON.stringify({ schema: "cxsignals.intent_model/1", hash_bits: 10,
    intents: { churn_risk: { bias: 0, weights: { abc: 1 } }, competitor_switch: { bias: 0, weights: {} }, expansion: { bias: 0, weights: {} } } }) },
    exit: 64, expect: 'intent model: intents.churn_risk.weights["abc"]: expected a number at an index below 2^hash_bits.' },
  // broken JSON
  { name: "broken JSON: cut short", file: { key: "mapping", text: '{"a":' }, json: false,
    exit: 64, expect: "{FILE} is not valid JSON: line 1, column 6: " },
  { name: "broken JSON: an empty file", file: { key: "routes", text: "" }, json: false,
    exit: 64, expect: "{FILE} is not valid JSON: line 1, column 1: " },
  { name: "broken JSON: nested 10,000 deep", file: { key: "lexicon", text: deep }, json: false,
    exit: 64, expect: "{FILE}: nested more than 64 levels deep." },
  { name: "broken JSON: a number past a double", file: { key: "model", text: '{"hash_bits": 1e999}' }, json: false,
    exit: 64, expect: "{FILE} is not valid JSON: line 1, column 19: number overflow parsing '1e999'" },
  // impossible dates and values given as arguments
  { name: "dates: 30 February", args: ["--as-of", "2026-02-30"], options: { as_of: "2026-02-30" },
    exit: 64, expect: 'as_of: expected a calendar date written YYYY-MM-DD, got "2026-02-30"' },
  { name: "dates: month 13", args: ["--calibration-end", "2026-13-01"], options: { calibration_end: "2026-13-01" },
    exit: 64, expect: 'calibration_end: expected a calendar date written YYYY-MM-DD, got "2026-13-01"' },
  { name: "dates: day zero of year zero", args: ["--as-of", "0000-00-00"], options: { as_of: "0000-00-00" },
    exit: 64, expect: 'as_of: expected a calendar date written YYYY-MM-DD, got "0000-00-00"' },
  { name: "arguments: zero weeks", args: ["--horizon-weeks", "0"], options: { horizon_weeks: 0 },
    exit: 64, expect: "--horizon-weeks needs a whole number of weeks (1-9999)", apiExpect: "horizon_weeks: expected at least 1, got 0" },
  { name: "options: an unknown option", options: { colour: "red" },
    expect: 'unknown key "colour" (expected as_of, ' },
  { name: "options: competitors as text", options: { competitors: "Orbitly" },
    expect: 'competitors: expected a list, got "Orbitly"' },
];
