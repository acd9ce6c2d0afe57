// The page's views by URL hash (#/signals/<id>?type=churn_risk), so links, reloads and the back
// button work. Pure functions here; app.js listens to hashchange.

/** The views in navigation order; the first is the default. */
export const VIEWS = ["overview", "signals", "customers", "satisfaction", "retention", "files", "quality"];

/**
 * "#/signals/s-1?type=churn_risk" → {view: "signals", param: "s-1", query: {type: "churn_risk"}}.
 * An empty or unknown view is the overview; the param is the rest of the path, decoded.
 */
export function parseHash(hash) {
  const text = String(hash ?? "").replace(/^#\/?/, "");
  const [path, search = ""] = text.split(/\?(.*)/s);
  const [head, ...rest] = path.split("/");
  const view = VIEWS.includes(head) ? head : VIEWS[0];
  let param = null;
  if (VIEWS.includes(head) && rest.length && rest.join("/")) {
    try {
      param = decodeURIComponent(rest.join("/"));
    } catch {
      param = rest.join("/");
    }
  }
  return { view, param, query: Object.fromEntries(new URLSearchParams(search)) };
}

/** The hash for a view, an optional param and query: the inverse of parseHash. */
export function viewHash(view, param, query) {
  const search = new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== "")).toString();
  return `#/${view}${param ? `/${encodeURIComponent(param)}` : ""}${search ? `?${search}` : ""}`;
}
