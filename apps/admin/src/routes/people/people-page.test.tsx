import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API seeded with the source article's people (test/api-server.ts); the table
// is the virtualised roster, the forms the domain's zod schemas, the errors the API's own.
describe("roster", () => {
  beforeAll(() => signIn());
  afterEach(cleanup);

  const names = () =>
    within(screen.getByRole("table", { name: "Cán bộ" }))
      .getAllByRole("rowheader")
      .map((cell) => cell.textContent);

  it("finds a person typed without diacritics and keeps the search in the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/people");
    // the roster has loaded (other test files add officers of their own to the same API)
    await screen.findByText(/^\d+ người$/);
    await user.type(screen.getByRole("searchbox", { name: "Tìm theo họ tên" }), "tran van duong");
    await waitFor(() => expect(names()).toEqual(["Trần Văn Dương"]));
    expect(new URLSearchParams(router.state.location.search).get("search")).toBe("tran van duong");
  });

  it("opens the view an address names: filters, sort and the person's drawer", async () => {
    renderApp("/people?rankFrom=DAI_TA");
    await waitFor(() => expect(names().length).toBeGreaterThan(1));
    const ascending = names();
    cleanup();
    const { router } = renderApp("/people?rankFrom=DAI_TA&sort=-name");
    await waitFor(() => expect(names()).toEqual([...ascending].reverse()));
    const shown = names();
    const user = userEvent.setup();
    await user.click(screen.getByRole("link", { name: shown[0] ?? "" }));
    expect(new URLSearchParams(router.state.location.search).get("person")).toMatch(/\S+/);
    expect(await screen.findByRole("tab", { name: "Cấp bậc" })).toBeTruthy();
  });

  it("checks a form with the domain's schema as it is typed, and puts the API's errors on their fields", async () => {
    const user = userEvent.setup();
    const serviceNumber = `T-${Date.now() % 1_000_000}`;
    const { units } = await apiRequest<{ units: { edges: Array<{ node: { id: string } }> } }>(
      '{ units(search: "CATP-HP", first: 1) { edges { node { id } } } }',
    );
    const unitId = units.edges[0]?.node.id;
    await apiRequest("mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { __typename } }", {
      input: { fullName: "Người Thử Một", serviceNumber, rank: "DAI_UY", rankEffectiveFrom: "2020-01-01", unitId, unitEffectiveFrom: "2020-01-01" },
    });

    renderApp("/people");
    await user.click(await screen.findByRole("button", { name: "Thêm cán bộ" }));
    const form = await screen.findByRole("form", { name: "Thêm cán bộ" });
    const field = (name: string) => within(form).getByRole("textbox", { name: new RegExp(`^${name}`) });
    await user.type(field("Số hiệu CAND"), "ab");
    await user.tab();
    expect(await within(form).findByText("Số hiệu gồm 3–20 chữ số, chữ in hoa hoặc dấu gạch ngang.")).toBeTruthy();

    // a number the schema accepts but the API knows is taken: its refusal lands on the same field
    await user.clear(field("Số hiệu CAND"));
    await user.type(field("Số hiệu CAND"), serviceNumber);
    await user.type(field("Họ và tên"), "Người Thử Hai");
    await user.type(within(form).getByRole("combobox", { name: /^Đơn vị/ }), "CATP-HP");
    await user.click(await screen.findByRole("option", { name: /CATP-HP/ }));
    await user.click(within(form).getByRole("button", { name: "Thêm cán bộ" }));
    expect(await within(form).findByText("Số hiệu này đã được dùng.")).toBeTruthy();
  });

  it("shows a conflict with both versions and reapplies the user's change over the saved one", async () => {
    const user = userEvent.setup();
    const { person } = await apiRequest<{ person: { id: string; version: number } }>('{ person(key: "tran-van-duong") { id version } }');
    renderApp(`/people?person=${encodeURIComponent(person.id)}`);
    await user.click(await screen.findByRole("button", { name: "Sửa thông tin" }));
    const form = await screen.findByRole("form", { name: "Sửa thông tin" });

    // someone else saves first
    await apiRequest("mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }", {
      input: { id: person.id, version: person.version, organisation: "Đã sửa ở nơi khác" },
    });

    await user.type(within(form).getByRole("textbox", { name: /^Cơ quan ngoài ngành/ }), "Của tôi");
    await user.click(within(form).getByRole("button", { name: "Lưu" }));
    const dialog = await screen.findByRole("dialog", { name: "Người khác đã lưu trước bạn" });
    expect(within(dialog).getByRole("cell", { name: "Đã sửa ở nơi khác" })).toBeTruthy();
    expect(within(dialog).getByRole("cell", { name: "Của tôi" })).toBeTruthy();

    await user.click(within(dialog).getByRole("button", { name: "Áp dụng lại thay đổi của tôi" }));
    await waitFor(async () => {
      const { person: saved } = await apiRequest<{ person: { organisation: string; version: number } }>(
        '{ person(key: "tran-van-duong") { organisation version } }',
      );
      expect(saved).toEqual({ organisation: "Của tôi", version: person.version + 2 });
    });
  });
});
