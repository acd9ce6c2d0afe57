// Data quality (#/quality): the issues the core listed, filtered by file and problem, a page at
// a time. Messages are the core's, in the page's language where it gives a message code.
import { el, int, note, t, ui } from "../ui.js";

export const PAGE_SIZE = 100;

/** A cell of the core's own sentence (marked, so a test can tell it from the page's strings). */
function prose(text) {
  const cell = el("td", text);
  cell.dataset.prose = "core";
  return cell;
}

function choice(testid, label, values, current, onChange) {
  const box = el("label", undefined, "filter");
  const select = el("select");
  select.dataset.testid = testid;
  const all = el("option", t("filter_all"));
  all.value = "";
  select.append(all);
  for (const value of values) {
    const option = el("option", value);
    option.value = value;
    select.append(option);
  }
  select.value = values.includes(current) ? current : "";
  select.addEventListener("change", () => onChange(select.value));
  box.append(el("span", label), select);
  return box;
}

/** @param ctx {coreText} */
export function createQualityView(ctx) {
  const root = el("div", undefined, "quality-view");
  const filter = { file: "", code: "", page: 0 };
  let report = null;

  function draw() {
    const { totals, issues } = report.data_quality;
    const shown = issues.filter((i) => (!filter.file || i.source === filter.file) && (!filter.code || i.code === filter.code));
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    filter.page = Math.min(filter.page, pages - 1);
    const from = filter.page * PAGE_SIZE;
    const summary = note(totals.issues
      ? t("quality_summary", { issues: int(totals.issues), rows: int(totals.rows), listed: int(totals.listed) })
      : t("quality_none"), "quality-summary", "quality-summary");
    const distinct = (key) => [...new Set(issues.map((i) => i[key]).filter(Boolean))].sort();
    const filters = el("div", undefined, "filters");
    const refilter = (key) => (value) => {
      filter[key] = value;
      filter.page = 0;
      draw();
    };
    filters.append(choice("quality-filter-file", t("col_file"), distinct("source"), filter.file, refilter("file")),
      choice("quality-filter-code", t("col_code"), distinct("code"), filter.code, refilter("code")));

    const box = el("div", undefined, "scroll");
    const table = el("table", undefined, "quality-table");
    table.dataset.testid = "quality";
    const head = el("tr");
    for (const key of ["col_file", "col_row", "col_column", "col_code", "col_value", "col_message"]) head.append(el("th", t(key)));
    table.append(el("thead"));
    table.tHead.append(head);
    const body = el("tbody");
    for (const issue of shown.slice(from, from + PAGE_SIZE)) {
      const row = el("tr");
      row.dataset.testid = "quality-row";
      row.append(el("td", issue.source), el("td", String(issue.row), "num"), el("td", issue.column ?? ""),
        el("td", issue.code), el("td", issue.value ?? "", "value-cell"),
        prose(ctx.coreText(issue.message_msg, issue.message, ui.lang)));
      body.append(row);
    }
    table.append(body);
    box.append(table);

    const pager = el("div", undefined, "pager");
    pager.dataset.testid = "quality-pager";
    const button = (key, testid, page, disabled) => {
      const node = el("button", t(key), "secondary small");
      node.type = "button";
      node.dataset.testid = testid;
      node.disabled = disabled;
      node.addEventListener("click", () => {
        filter.page = page;
        draw();
        root.querySelector("[data-testid=quality-range]")?.focus();
      });
      return node;
    };
    const range = el("span", shown.length
      ? t("page_range", { from: int(from + 1), to: int(Math.min(shown.length, from + PAGE_SIZE)), n: int(shown.length) })
      : t("page_range", { from: "0", to: "0", n: "0" }), "range");
    range.dataset.testid = "quality-range";
    range.tabIndex = -1;
    pager.append(button("page_prev", "quality-prev", filter.page - 1, filter.page === 0), range,
      button("page_next", "quality-next", filter.page + 1, filter.page >= pages - 1));
    // Nothing listed: the summary says so, without an empty table.
    if (!issues.length) root.replaceChildren(el("h1", t("quality_title")), summary);
    else root.replaceChildren(el("h1", t("quality_title")), summary, filters, box, pager);
  }

  return {
    root,
    render(next) {
      if (next !== report) Object.assign(filter, { file: "", code: "", page: 0 });
      report = next;
      draw();
    },
    route(param, query) {
      if (!report || (!("file" in query) && !("code" in query))) return;
      Object.assign(filter, { file: query.file ?? "", code: query.code ?? "", page: 0 });
      draw();
    },
  };
}
