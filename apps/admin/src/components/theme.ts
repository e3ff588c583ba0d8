import { createTheme, type MantineColorsTuple } from "@mantine/core";

// The ministry's deep green, as a Mantine ten-shade palette (lightest → darkest); shade 8 is the
// header's green, 7 the links' and buttons'.
const ministryGreen: MantineColorsTuple = [
  "#eaf5ef",
  "#d6eadf",
  "#aed4be",
  "#82bd9b",
  "#5ea97e",
  "#469c6b",
  "#2f8057",
  "#1b6148",
  "#14503c",
  "#0f3d2e",
];

// The flag's red, for the accent line and the few places that must stand out.
const ministryRed: MantineColorsTuple = [
  "#fdeceb",
  "#f6d6d4",
  "#eaaaa6",
  "#df7b75",
  "#d5544c",
  "#cf3b32",
  "#c22d25",
  "#a61b1b",
  "#941616",
  "#7f0f10",
];

export const theme = createTheme({
  primaryColor: "ministry",
  primaryShade: { light: 7, dark: 5 },
  colors: { ministry: ministryGreen, flag: ministryRed },
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: "650" },
  defaultRadius: "md",
  // a visible focus ring for keyboard users only, never removed
  focusRing: "auto",
  cursorType: "pointer",
});
