// DOM building shared by every view: elements from text (never HTML) and file downloads. No
// language or page state here, so the inbox views and their Node tests can import it.

/** An element holding `text` as text: user text is never parsed as HTML. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** Saves text as a file through the browser's download: it is made here, nothing is sent. */
export function saveFile(name, text, type) {
  const link = el("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
