import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { SearchField } from "./search-field.tsx";

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: "/people", element: <SearchField label="Tìm theo họ tên" delayMs={20} /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return { router, box: screen.getByRole("searchbox", { name: "Tìm theo họ tên" }) as HTMLInputElement };
}

describe("SearchField", () => {
  afterEach(cleanup);

  it("shows the search the address holds", () => {
    const { box } = renderAt("/people?search=H%E1%BA%A3i%20Ph%C3%B2ng");
    expect(box.value).toBe("Hải Phòng");
  });

  it("writes what is typed into the address, dropping the page cursor, without a history entry per key", async () => {
    const user = userEvent.setup();
    const { router, box } = renderAt("/people?after=abc&year=2022");
    await user.type(box, "tran van duong");

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("search")).toBe("tran van duong"));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.has("after")).toBe(false);
    expect(params.get("year")).toBe("2022");
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("removes the parameter when the box is cleared", async () => {
    const user = userEvent.setup();
    const { router, box } = renderAt("/people?search=duong");
    await user.clear(box);
    await waitFor(() => expect(router.state.location.search).toBe(""));
  });

  it("follows the address when it changes from outside, e.g. Back", async () => {
    const { router, box } = renderAt("/people?search=first");
    await act(() => router.navigate("/people?search=second"));
    expect(box.value).toBe("second");
    await act(() => router.navigate(-1));
    expect(box.value).toBe("first");
  });
});
