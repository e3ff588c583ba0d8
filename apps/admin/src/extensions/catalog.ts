// Every area's extension.ts(x), found at build time: a new area needs no edit here.
import { combineExtensions, type Extension } from "./registry.ts";

const modules = import.meta.glob<Extension>("../routes/*/extension.{ts,tsx}", { eager: true, import: "default" });

export const { pages, widgets } = combineExtensions(Object.values(modules));
