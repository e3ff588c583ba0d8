import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n.tsx";
import { AppLayout } from "./layout.tsx";

function renderLayout() {
  const router = createMemoryRouter([{ path: "/", element: <AppLayout /> }]);
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

describe("language switch", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("starts in Vietnamese", () => {
    renderLayout();
    expect(screen.getByRole("navigation", { name: "Điều hướng chính" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Cụm thi đua" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tiếng Việt" }).getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.lang).toBe("vi");
  });

  it("switches the whole layout to English and back, by keyboard too", async () => {
    const user = userEvent.setup();
    renderLayout();

    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("link", { name: "Emulation clusters" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Main navigation" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Tiếng Việt" }).getAttribute("aria-pressed")).toBe("false");
    expect(document.documentElement.lang).toBe("en");

    screen.getByRole("button", { name: "Tiếng Việt" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("link", { name: "Cụm thi đua" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("vi");
  });

  it("remembers the choice for the next visit", async () => {
    const user = userEvent.setup();
    const first = renderLayout();
    await user.click(screen.getByRole("button", { name: "English" }));
    first.unmount();

    renderLayout();
    expect(screen.getByRole("link", { name: "Personnel" })).toBeTruthy();
  });
});
