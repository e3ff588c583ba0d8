import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../test/render-app.tsx";

describe("language switch", () => {
  beforeAll(() => signIn());
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("starts in Vietnamese", async () => {
    renderApp("/people");
    expect(await screen.findByRole("heading", { level: 1, name: "Cán bộ" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Điều hướng chính" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tiếng Việt" }).getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.lang).toBe("vi");
  });

  it("switches the whole layout to English and back, by keyboard too", async () => {
    const user = userEvent.setup();
    renderApp("/people");
    await screen.findByRole("heading", { level: 1, name: "Cán bộ" });

    await user.click(screen.getByRole("button", { name: "English" }));
    // English is fetched when first chosen
    expect(await screen.findByRole("heading", { level: 1, name: "Personnel" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Emulation clusters" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "Search by full name" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Tiếng Việt" }).getAttribute("aria-pressed")).toBe("false");
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));

    screen.getByRole("button", { name: "Tiếng Việt" }).focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { level: 1, name: "Cán bộ" })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe("vi"));
  });

  it("remembers the choice for the next visit", async () => {
    const user = userEvent.setup();
    const first = renderApp("/people");
    await screen.findByRole("heading", { level: 1, name: "Cán bộ" });
    await user.click(screen.getByRole("button", { name: "English" }));
    first.unmount();

    renderApp("/people");
    expect(await screen.findByRole("heading", { level: 1, name: "Personnel" })).toBeTruthy();
  });
});
