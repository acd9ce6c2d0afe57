// Every message between the page and its worker; nothing else is posted.
export const Msg = Object.freeze({
  ANALYZE: "analyze", // page → worker  {files: [{name, data: File|Uint8Array}], options}
  PROGRESS: "progress", // worker → page  {file, bytes_done, bytes_total}
  REPORT: "report", // worker → page  {report}
  FAILED: "failed", // worker → page  {code, message}
  TRAIN: "train", // page → worker  {labels: JSON Lines text, options}
  MODEL: "model", // worker → page  {model: the intent model's JSON text}
});
