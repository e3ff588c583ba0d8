// The dashboard's extension points: a page (route, navigation entry, who may use it) and an
// overview widget (title, size, component, the API fields it reads). An area declares its own in
// src/routes/<area>/extension.ts(x) with `defineExtension`; catalog.ts collects them all, so adding
// a page touches no shared file. README: "Extending the dashboard".
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n/vi.ts";
import type { AccountRole, ApiField } from "./access.ts";

/** An icon as @tabler/icons-react draws one. */
export type NavIcon = ComponentType<{ size?: number; stroke?: number; "aria-hidden"?: boolean }>;

export interface PageExtension {
  /** The route under the signed-in layout, react-router syntax without the leading slash: "units/:code". */
  path: string;
  /** Loads the page on demand (its own chunk): `() => import("./x-page.tsx").then((m) => m.XPage)`. */
  load: () => Promise<ComponentType>;
  /** The roles that may use it (see access.ts); others get a calm "not for your role" notice. */
  roles: readonly AccountRole[];
  /** Its entry in the side navigation, if it has one (a detail page such as units/:code does not). */
  nav?: {
    label: MessageKey;
    icon: NavIcon;
    /** Lower first; the built-in entries use multiples of 10. */
    order: number;
    /** Where the entry goes when that is not `path` itself, e.g. with a default query. */
    to?: string;
  };
}

/** What the overview hands every widget: the cluster and year the user is looking at. */
export interface OverviewWidgetProps {
  clusterNumber: number;
  year: number;
}

export interface OverviewWidget {
  /** Unique; also the id of the widget's heading. */
  id: string;
  title: MessageKey;
  /** Share of the overview's width on a wide screen; every widget is full width on a phone. */
  size: "third" | "half" | "full";
  /** Loads the widget on demand; it gets the cluster and year and renders inside a titled card. */
  load: () => Promise<ComponentType<OverviewWidgetProps>>;
  /** The API's top-level fields it reads: it shows only to roles that may read all of them. */
  requires: readonly ApiField[];
  /** Place among the overview's sections: lower first; the built-in sections use multiples of 10. */
  order: number;
}

export interface Extension {
  pages?: readonly PageExtension[];
  widgets?: readonly OverviewWidget[];
}

/** Declares an area's pages and widgets (typed; returns its argument). */
export function defineExtension(extension: Extension): Extension {
  return extension;
}

/** The pages and widgets of several extensions, checked for clashes and in display order. */
export function combineExtensions(extensions: readonly Extension[]) {
  const pages = extensions.flatMap((extension) => extension.pages ?? []);
  const widgets = extensions.flatMap((extension) => extension.widgets ?? []).sort((a, b) => a.order - b.order);
  const clash = (values: string[]) => values.find((value, index) => values.indexOf(value) !== index);
  const path = clash(pages.map((page) => page.path));
  if (path) throw new Error(`two extensions declare the page "${path}"`);
  const id = clash(widgets.map((widget) => widget.id));
  if (id) throw new Error(`two extensions declare the overview widget "${id}"`);
  return { pages, widgets };
}

/** The navigation entries a role sees, in order. */
export function navigationFor(pages: readonly PageExtension[], role: AccountRole) {
  return pages
    .filter((page) => page.nav && page.roles.includes(role))
    .map((page) => ({ ...(page.nav as NonNullable<PageExtension["nav"]>), to: page.nav?.to ?? `/${page.path}` }))
    .sort((a, b) => a.order - b.order);
}
