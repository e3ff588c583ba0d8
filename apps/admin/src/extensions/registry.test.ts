import { IconFlag } from "@tabler/icons-react";
import { describe, expect, it } from "vitest";
import { adminsOnly, editors, everyone, mayRead, rosterReaders } from "./access.ts";
import { pages, widgets } from "./catalog.ts";
import { widgetsFor } from "./overview-widgets.tsx";
import { combineExtensions, defineExtension, navigationFor, type OverviewWidget, type PageExtension } from "./registry.ts";

const page = (path: string, roles: PageExtension["roles"], order?: number): PageExtension => ({
  path,
  load: async () => () => null,
  roles,
  ...(order === undefined ? {} : { nav: { label: "nav.overview", icon: IconFlag, order } }),
});

const widget = (id: string, requires: OverviewWidget["requires"], order: number): OverviewWidget => ({
  id,
  title: "recognition.title",
  size: "third",
  load: async () => () => null,
  requires,
  order,
});

describe("the extension registry", () => {
  it("gathers every extension's pages, and its widgets in their order", () => {
    const { pages: combined, widgets: ordered } = combineExtensions([
      defineExtension({ pages: [page("a", everyone, 20)], widgets: [widget("late", ["metricValue"], 90)] }),
      defineExtension({ pages: [page("b", everyone)], widgets: [widget("early", ["metricValue"], 15)] }),
      defineExtension({}),
    ]);
    expect(combined.map((entry) => entry.path)).toEqual(["a", "b"]);
    expect(ordered.map((entry) => entry.id)).toEqual(["early", "late"]);
  });

  it("refuses two pages on one route, or two widgets with one id", () => {
    expect(() => combineExtensions([{ pages: [page("units", everyone)] }, { pages: [page("units", adminsOnly)] }])).toThrow('two extensions declare the page "units"');
    expect(() => combineExtensions([{ widgets: [widget("kpi", [], 1)] }, { widgets: [widget("kpi", [], 2)] }])).toThrow('two extensions declare the overview widget "kpi"');
  });

  it("lists, in order, the navigation entries of the pages a role may use, and only pages that have one", () => {
    const all = [page("audit", adminsOnly, 90), page("people", rosterReaders, 30), page("overview", everyone, 10), page("units/:code", everyone), page("metrics-entry", editors, 40)];
    expect(navigationFor(all, "ADMIN").map((entry) => entry.to)).toEqual(["/overview", "/people", "/metrics-entry", "/audit"]);
    expect(navigationFor(all, "UNIT_EDITOR").map((entry) => entry.to)).toEqual(["/overview", "/people", "/metrics-entry"]);
    expect(navigationFor(all, "ANALYST").map((entry) => entry.to)).toEqual(["/overview", "/people"]);
    expect(navigationFor(all, "VIEWER").map((entry) => entry.to)).toEqual(["/overview"]);
  });

  it("shows a widget only to the roles that may read every API field it names", () => {
    const all = [widget("figures", ["metricValue", "clusterScoreboard"], 1), widget("roster", ["people", "metricValue"], 2), widget("changes", ["auditLog"], 3)];
    expect(widgetsFor(all, "ADMIN").map((entry) => entry.id)).toEqual(["figures", "roster", "changes"]);
    expect(widgetsFor(all, "ANALYST").map((entry) => entry.id)).toEqual(["figures", "roster"]);
    expect(widgetsFor(all, "VIEWER").map((entry) => entry.id)).toEqual(["figures"]);
    expect(mayRead("UNIT_EDITOR", ["accounts"])).toBe(false);
    expect(mayRead("UNIT_EDITOR", [])).toBe(true);
  });
});

describe("the dashboard's own extensions", () => {
  it("register the overview, clusters and units for every role, and the roster for the roles that read it", () => {
    const byPath = new Map(pages.map((entry) => [entry.path, entry]));
    for (const path of ["overview", "clusters", "units", "units/:code"]) expect(byPath.get(path)?.roles).toEqual(everyone);
    expect(byPath.get("people")?.roles).toEqual(rosterReaders);
    expect(navigationFor(pages, "VIEWER").map((entry) => entry.to)).not.toContain("/people");
  });

  it("build the example overview widget through the registry, for every role", () => {
    const recognition = widgets.find((entry) => entry.id === "recognition");
    expect(recognition?.requires).toEqual(["exemplars", "initiatives", "commendations"]);
    for (const role of everyone) expect(widgetsFor(widgets, role)).toContain(recognition);
  });
});
