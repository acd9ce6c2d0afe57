// DOM helpers of the inbox and customer views: elements built from text (never HTML), and a
// virtual list that draws only the rows in view, so a list of 10,000 stays quick.
import { el, saveFile } from "../dom.js";

export { el, saveFile };

export function button(text, testid, onClick, className) {
  const node = el("button", text, className);
  node.type = "button";
  if (testid) node.dataset.testid = testid;
  if (onClick) node.addEventListener("click", onClick);
  return node;
}

/** A labelled <select> of "all" and the given choices ({value, text}). */
export function selectBox(label, testid, allText, choices, value, onChange) {
  const box = el("label", undefined, "inbox-filter");
  box.append(el("span", label, "inbox-filter-label"));
  const select = el("select");
  select.dataset.testid = testid;
  const option = (v, text) => {
    const node = el("option", text);
    node.value = v;
    return node;
  };
  if (allText !== null) select.append(option("", allText));
  for (const choice of choices) select.append(option(choice.value, choice.text));
  select.value = value ?? "";
  if (select.value !== (value ?? "") && value) {
    // A value from the URL that the report does not hold: keep it, so the filter says so.
    select.append(option(value, value));
    select.value = value;
  }
  select.addEventListener("change", () => onChange(select.value));
  box.append(select);
  return box;
}

/**
 * A list whose rows all have the same height, drawn only where they are in view (plus a margin).
 * renderRow(item, index) returns the row's element; rows are re-made when setItems or redraw is
 * called, and as the list scrolls. focusable(item) says which rows the arrow keys stop on; keyOf(item)
 * names a row, so that the focus stays on it when the rows are made again.
 */
export function virtualList({ rowHeight, renderRow, testid, className = "vlist", overscan = 8, focusable = () => true,
  keyOf = (item, index) => String(index) }) {
  const root = el("div", undefined, className);
  if (testid) root.dataset.testid = testid;
  root.tabIndex = -1;
  const spacer = el("div", undefined, "vlist-spacer");
  root.append(spacer);
  let items = [];
  let drawn = { from: -1, to: -1 };
  let frame = 0;

  function draw(force = false) {
    frame = 0;
    const height = root.clientHeight || rowHeight * 12;
    const from = Math.max(0, Math.floor(root.scrollTop / rowHeight) - overscan);
    const to = Math.min(items.length, Math.ceil((root.scrollTop + height) / rowHeight) + overscan);
    if (!force && from === drawn.from && to === drawn.to) return;
    drawn = { from, to };
    // A row that has the focus keeps it when the rows are made again (by its key).
    const focused = spacer.contains(document.activeElement) ? document.activeElement.closest("[data-key]")?.dataset.key : null;
    const rows = [];
    for (let i = from; i < to; i += 1) {
      const row = renderRow(items[i], i);
      row.dataset.index = String(i);
      row.dataset.key = keyOf(items[i], i);
      row.style.position = "absolute";
      row.style.top = `${i * rowHeight}px`;
      row.style.height = `${rowHeight}px`;
      row.style.left = "0";
      row.style.right = "0";
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
    if (focused !== null && focused !== undefined) rows.find((row) => row.dataset.key === focused)?.focus({ preventScroll: true });
  }

  // The arrow keys, Home and End move the focus between the rows that can take it (links), the
  // list scrolling to bring each one in; Tab leaves the list.
  root.addEventListener("keydown", (event) => {
    const steps = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in steps)) return;
    const current = document.activeElement?.closest?.("[data-index]");
    if (!current || !root.contains(current)) return;
    const step = steps[event.key];
    // Home searches forward from before the first row, End backward from after the last.
    let at = step === -Infinity ? -1 : step === Infinity ? items.length : Number(current.dataset.index);
    const direction = step === -Infinity || step === 1 ? 1 : -1;
    for (;;) {
      at += direction;
      if (at < 0 || at >= items.length) return;
      if (focusable(items[at])) break;
    }
    event.preventDefault();
    const top = at * rowHeight;
    if (top < root.scrollTop) root.scrollTop = top;
    else if (top + rowHeight > root.scrollTop + root.clientHeight) root.scrollTop = top + rowHeight - root.clientHeight;
    draw(true);
    root.querySelector(`[data-index="${at}"]`)?.focus();
  });

  root.addEventListener("scroll", () => {
    if (!frame) frame = requestAnimationFrame(() => draw());
  }, { passive: true });

  return {
    root,
    setItems(next, { keepScroll = false } = {}) {
      items = next;
      spacer.style.height = `${items.length * rowHeight}px`;
      if (!keepScroll) root.scrollTop = 0;
      draw(true);
    },
    redraw: () => draw(true),
    /** Scrolls so that row `index` is in view. */
    reveal(index) {
      const top = index * rowHeight;
      if (top < root.scrollTop || top + rowHeight > root.scrollTop + root.clientHeight) root.scrollTop = Math.max(0, top - rowHeight);
      draw(true);
    },
    get length() {
      return items.length;
    },
  };
}
