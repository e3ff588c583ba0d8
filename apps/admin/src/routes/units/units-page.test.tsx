import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API seeded with the source article's units (test/api-server.ts): the ministry,
// its Department of Party and Political Affairs and the five city police departments.
describe("units tree", () => {
  beforeAll(() => signIn());
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  const item = (name: string) => screen.getByRole("treeitem", { name: new RegExp(`^${name}`) });

  it("opens on the ministry's level and finds a unit typed without diacritics, keeping the search in the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/units");
    const tree = await screen.findByRole("tree", { name: "Cây đơn vị" });
    expect(within(tree).getAllByRole("treeitem").length).toBe(7);

    await user.type(screen.getByRole("searchbox", { name: "Tìm đơn vị" }), "da nang");
    await waitFor(() => expect(within(tree).getAllByRole("treeitem").map((node) => node.getAttribute("data-value"))).toEqual(["BCA", "CATP-DN"]));
    expect(screen.getByText("1 đơn vị khớp")).toBeTruthy();
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("da nang");
  });

  it("collapses, expands and opens a unit from the keyboard", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/units");
    await screen.findByRole("tree", { name: "Cây đơn vị" });
    const ministry = item("Bộ Công an");
    expect(ministry.getAttribute("aria-expanded")).toBe("true");

    ministry.focus();
    await user.keyboard("{ArrowLeft}");
    await waitFor(() => expect(item("Bộ Công an").getAttribute("aria-expanded")).toBe("false"));
    await user.keyboard("{ArrowRight}");
    await waitFor(() => expect(item("Bộ Công an").getAttribute("aria-expanded")).toBe("true"));

    // the summary panel follows the focus; Enter opens the unit's page
    await user.keyboard("{ArrowDown}");
    expect(await screen.findByRole("region", { name: "Cục Công tác Đảng và công tác chính trị" })).toBeTruthy();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(router.state.location.pathname).toBe("/units/BCA-CTD"));
    expect(await screen.findByRole("heading", { level: 1, name: "Cục Công tác Đảng và công tác chính trị" })).toBeTruthy();
  });
});
