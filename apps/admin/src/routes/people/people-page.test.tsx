import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API seeded with the source article's eight people (test/api-server.ts).
describe("people list", () => {
  beforeAll(() => signIn());
  afterEach(cleanup);

  const names = () =>
    within(screen.getByRole("table"))
      .getAllByRole("rowheader")
      .map((cell) => cell.textContent);

  it("finds a person typed without diacritics and keeps the search in the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/people");
    await screen.findByText("8 người");

    await user.type(screen.getByRole("searchbox", { name: "Tìm theo họ tên" }), "tran van duong");
    await waitFor(() => expect(names()).toEqual(["Trần Văn Dương"]));
    expect(new URLSearchParams(router.state.location.search).get("search")).toBe("tran van duong");

    const row = screen.getByRole("row", { name: /Trần Văn Dương/ });
    expect(within(row).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["Đại tá", "Phó giám đốc", "CATP Cần Thơ"]);
  });

  it("runs the search the address holds when the page opens, whatever its case", async () => {
    renderApp(`/people?search=${encodeURIComponent("PHẠM")}`);
    expect(((await screen.findByRole("searchbox")) as HTMLInputElement).value).toBe("PHẠM");
    await screen.findByText("2 người");
    expect(names()).toEqual(["Phạm Thanh Hùng", "Phạm Viết Dũng"]);
  });

  it("shows who is found, and says so when nobody is", async () => {
    const user = userEvent.setup();
    renderApp("/people?search=nobody-by-this-name");
    expect(await screen.findByText("Không tìm thấy ai.")).toBeTruthy();
    await user.clear(screen.getByRole("searchbox"));
    await screen.findByText("8 người");
    expect(names()).toHaveLength(8);
  });
});
