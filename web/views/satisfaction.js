// Satisfaction (#/satisfaction): NPS, CSAT and CES by period and by segment, and the changes
// the core tested (sections.js draws them).
import { renderSatisfaction } from "../sections.js";
import { el, note, t } from "../ui.js";

export function createSatisfactionView() {
  const root = el("div", undefined, "satisfaction-view");
  return {
    root,
    render(report) {
      root.replaceChildren(el("h1", t("view_satisfaction")), renderSatisfaction(report) ?? note(t("not_in_report")));
    },
    route() {},
  };
}
