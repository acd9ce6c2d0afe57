// Retention & value (#/retention): subscriptions and cohorts, survival, renewals, the value
// models, RFM and personas, and the scorecard; a contents line jumps to each.
import { renderRetention, renderScorecard, renderSegments, renderSurvival, renderRenewals, renderValue } from "../sections.js";
import { el, note, t } from "../ui.js";

const PARTS = [renderRetention, renderSurvival, renderRenewals, renderValue, renderSegments, renderScorecard];

export function createRetentionView() {
  const root = el("div", undefined, "retention-view");
  return {
    root,
    render(report) {
      const sections = PARTS.map((render) => render(report)).filter(Boolean);
      const contents = el("nav", undefined, "contents");
      contents.setAttribute("aria-label", t("retention_contents"));
      for (const section of sections) {
        // Buttons, not #anchors: the hash belongs to the router.
        const jump = el("button", section.querySelector("h2")?.textContent ?? "", "link");
        jump.type = "button";
        jump.addEventListener("click", () => {
          section.scrollIntoView({ block: "start" });
          section.querySelector("h2")?.focus();
        });
        section.querySelector("h2")?.setAttribute("tabindex", "-1");
        contents.append(jump);
      }
      root.replaceChildren(el("h1", t("view_retention")), ...(sections.length ? [contents, ...sections] : [note(t("not_in_report"))]));
    },
    route() {},
  };
}
