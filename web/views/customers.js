// The Customer 360 view (#/customers, #/customers/<id>). Stub: the full view follows.
// ctx: see the top of signals.js.
export function createCustomersView(ctx) {
  const root = document.createElement("section");
  root.dataset.testid = "view-customers";
  root.className = "view customers";
  return {
    root,
    render(report) {
      root.textContent = ctx.t("customers_count", { n: String(report?.customers?.profiles?.length ?? 0) });
    },
    route(param, query) {
      void param;
      void query;
    },
  };
}
