import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n.tsx";
import { type PageCursors, Pagination, usePageArgs } from "./pagination.tsx";

function PageProbe({ pageInfo }: { pageInfo: PageCursors }) {
  return (
    <>
      <output>{JSON.stringify(usePageArgs(20))}</output>
      <Pagination pageInfo={pageInfo} />
    </>
  );
}

function renderAt(url: string, pageInfo: PageCursors) {
  const router = createMemoryRouter([{ path: "/people", element: <PageProbe pageInfo={pageInfo} /> }], { initialEntries: [url] });
  render(
    <I18nProvider initialLocale="vi">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return router;
}

const args = () => JSON.parse(screen.getByRole("status").textContent ?? "{}");

describe("cursor pagination in the address", () => {
  afterEach(cleanup);

  it("asks for the first page when the address names no cursor, and offers only the next one", () => {
    renderAt("/people?search=tran", { hasNextPage: true, hasPreviousPage: false, startCursor: "A", endCursor: "B" });
    expect(args()).toEqual({ first: 20, after: null });
    expect(screen.getByRole("link", { name: /Trang sau/ }).getAttribute("href")).toBe("/people?search=tran&after=B");
    expect(screen.queryByRole("link", { name: /Trang trước/ })).toBeNull();
  });

  it("goes forward with after and back with before, keeping the search", async () => {
    const user = userEvent.setup();
    const router = renderAt("/people?search=tran&after=B", { hasNextPage: true, hasPreviousPage: false, startCursor: "C", endCursor: "D" });
    expect(args()).toEqual({ first: 20, after: "B" });

    // Relay does not promise hasPreviousPage when paging forwards: the cursor says there is one
    await user.click(screen.getByRole("link", { name: /Trang trước/ }));
    expect(router.state.location.search).toBe("?search=tran&before=C");
    expect(args()).toEqual({ last: 20, before: "C" });
    expect(screen.getByRole("link", { name: /Trang sau/ }).getAttribute("href")).toBe("/people?search=tran&after=D");
  });
});
