import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRequest, renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API (test/api-server.ts): posts and party roles assigned and ended from the
// person drawer, with the domain's assignPostInput / assignPartyRoleInput / endPostInput checked
// in the form and the API's own refusals shown where they belong. Each run makes its own officers.
const run = String(Date.now() % 1_000_000);
const editor = { email: `held.editor.${run}@thidua.test`, password: "bien-tap-chuc-vu-2022" };

interface Post {
  id: string;
  version: number;
}

async function unitId(code: string): Promise<string> {
  const { unit } = await apiRequest<{ unit: { id: string } }>("query ($code: String!) { unit(code: $code) { id } }", { code });
  return unit.id;
}

async function createOfficer(fullName: string, unitCode: string): Promise<string> {
  const { createOfficer } = await apiRequest<{ createOfficer: { __typename: string; id?: string } }>(
    "mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { __typename ... on Person { id } } }",
    {
      input: {
        fullName,
        serviceNumber: `H-${run}-${unitCode.slice(-2)}`,
        rank: "THIEU_TA",
        rankEffectiveFrom: "2020-01-01",
        unitId: await unitId(unitCode),
        unitEffectiveFrom: "2020-01-01",
      },
    },
  );
  if (!createOfficer.id) throw new Error(`createOfficer: ${createOfficer.__typename}`);
  return createOfficer.id;
}

async function assignPost(personId: string, unitCode: string, title: string): Promise<Post> {
  const { assignPost } = await apiRequest<{ assignPost: Post & { __typename: string } }>(
    "mutation ($input: AssignPostInput!) { assignPost(input: $input) { __typename ... on PostAssignment { id version } } }",
    { input: { personId, unitId: await unitId(unitCode), title, titleEn: `${title} (en)`, effectiveFrom: "2021-01-01" } },
  );
  if (assignPost.__typename !== "PostAssignment") throw new Error(`assignPost: ${assignPost.__typename}`);
  return assignPost;
}

/**
 * The codes of the units the API offers for a search, asked as the unit picker asks (queries go
 * out as GET): its last request, sent again with the search put in its variables.
 */
async function unitOptionsFor(search: string): Promise<string[]> {
  let request: [URL, RequestInit | undefined] | undefined;
  await waitFor(() => {
    request = vi
      .mocked(window.fetch)
      .mock.calls.map(([input, init]): [URL, RequestInit | undefined] => [new URL(String(input), window.location.href), init])
      .findLast(([url]) => url.searchParams.get("query")?.startsWith("query UnitOptions("));
    expect(request).toBeDefined();
  });
  const [url, init] = request ?? [];
  const asked = new URL(String(url));
  asked.searchParams.set("variables", JSON.stringify({ ...JSON.parse(asked.searchParams.get("variables") ?? "{}"), search }));
  const { data } = (await (await fetch(asked, { headers: init?.headers })).json()) as { data: { units: { edges: Array<{ node: { code: string } }> } } };
  return data.units.edges.map((edge) => edge.node.code);
}

/** The drawer of a person, opened from the roster's address, on one of its tabs. */
async function openDrawer(personId: string, tab: "Chức vụ" | "Chức vụ Đảng") {
  const user = userEvent.setup();
  renderApp(`/people?person=${encodeURIComponent(personId)}`);
  await user.click(await screen.findByRole("tab", { name: tab }));
  const panel = screen.getByRole("tabpanel", { name: tab });
  return { user, panel };
}

const textbox = (form: HTMLElement, label: string) => within(form).getByRole("textbox", { name: new RegExp(`^${label}( \\*)?$`) });
const dateField = (form: HTMLElement, label: string) => within(form).getByLabelText(new RegExp(`^${label}`));

async function typeDate(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, day: string) {
  await user.clear(field);
  await user.type(field, day);
}

describe("posts and party roles in the person drawer", () => {
  let officerHp = "";
  let officerHn = "";

  beforeAll(async () => {
    // live updates are held back here (their event streams never answer): what the drawer shows
    // after a save is the mutation's answer, written by graphcache, and no refetch of the person
    const fetch = window.fetch.bind(window);
    vi.spyOn(window, "fetch").mockImplementation((input, init) =>
      new Headers(init?.headers).get("accept") === "text/event-stream"
        ? new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("closed", "AbortError"))))
        : fetch(input, init),
    );
    await signIn();
    officerHp = await createOfficer(`Người Giữ Chức ${run}`, "CATP-HP");
    officerHn = await createOfficer(`Người Hà Nội ${run}`, "CATP-HN");
    await assignPost(officerHn, "CATP-HN", "Đội trưởng thử");
  });
  afterEach(cleanup);
  afterAll(() => vi.restoreAllMocks());

  it("assigns a post in the officer's unit, shown in the timeline from the mutation's answer, then ends it", async () => {
    const { user, panel } = await openDrawer(officerHp, "Chức vụ");
    await user.click(within(panel).getByRole("button", { name: "Thêm chức vụ" }));
    const form = await screen.findByRole("form", { name: "Thêm chức vụ" });
    // the officer's own unit comes first
    expect(within(form).getByRole("combobox", { name: /^Đơn vị/ })).toHaveProperty("value", "CATP Hải Phòng (CATP-HP)");
    await user.type(textbox(form, "Chức danh"), "Trưởng phòng thử");
    await user.type(textbox(form, "Chức danh tiếng Anh"), "Acting Head of Division");
    await typeDate(user, dateField(form, "Từ ngày"), "2024-01-01");
    await user.click(within(form).getByRole("button", { name: "Thêm chức vụ" }));
    await waitFor(() => expect(screen.queryByRole("form", { name: "Thêm chức vụ" })).toBeNull());

    expect(await within(panel).findByText("Trưởng phòng thử")).toBeTruthy();
    expect(within(panel).getByText("01/01/2024 – nay")).toBeTruthy();
    // the header's posts held on the roster's day (today) are the answer's too
    expect(within(screen.getByRole("dialog", { name: `Người Giữ Chức ${run}` })).getAllByText("Trưởng phòng thử").length).toBe(2);

    await user.click(within(panel).getByRole("button", { name: "Kết thúc Trưởng phòng thử" }));
    const end = await screen.findByRole("form", { name: "Kết thúc chức vụ" });
    expect(within(end).getByText("Trưởng phòng thử — CATP Hải Phòng, từ 01/01/2024.")).toBeTruthy();
    await typeDate(user, dateField(end, "Ngày thôi giữ"), "2024-07-01");
    await user.click(within(end).getByRole("button", { name: "Kết thúc chức vụ" }));
    expect(await within(panel).findByText("01/01/2024 – 01/07/2024")).toBeTruthy();
    expect(within(panel).queryByRole("button", { name: "Kết thúc Trưởng phòng thử" })).toBeNull();

    const { node } = await apiRequest<{ node: { postTimeline: { edges: Array<{ node: { title: string; effectiveTo: string | null } }> } } }>(
      "query ($id: ID!) { node(id: $id) { ... on Person { postTimeline(first: 10) { edges { node { title effectiveTo } } } } } }",
      { id: officerHp },
    );
    expect(node.postTimeline.edges.map((edge) => edge.node)).toContainEqual({ title: "Trưởng phòng thử", effectiveTo: "2024-07-01" });
  });

  it("checks the form with the domain's schema, and puts the API's refusal on its field", async () => {
    await assignPost(officerHp, "CATP-HP", "Phó trưởng phòng thử");
    const { user, panel } = await openDrawer(officerHp, "Chức vụ");
    await user.click(within(panel).getByRole("button", { name: "Thêm chức vụ" }));
    const form = await screen.findByRole("form", { name: "Thêm chức vụ" });

    const submit = () => user.click(within(form).getByRole("button", { name: "Thêm chức vụ" }));
    await submit();
    expect(await within(form).findAllByText("Bắt buộc nhập.")).toHaveLength(2);
    await user.type(textbox(form, "Chức danh"), "Phó trưởng phòng thử");
    await user.type(textbox(form, "Chức danh tiếng Anh"), "Deputy Head of Division");

    // outside the police, but no organisation named: the schema's "exactly one" rule
    await user.click(within(form).getByRole("radio", { name: "Ngoài ngành" }));
    await submit();
    expect(await within(form).findByText("Chọn một đơn vị, hoặc ghi nơi ngoài ngành — chỉ một trong hai.")).toBeTruthy();

    // back in the officer's unit: ending before it starts
    await user.click(within(form).getByRole("radio", { name: "Đơn vị Công an" }));
    await typeDate(user, dateField(form, "Từ ngày"), "2022-01-01");
    await typeDate(user, dateField(form, "Đến ngày"), "2021-01-01");
    await submit();
    expect(await within(form).findByText("Ngày kết thúc trước ngày bắt đầu.")).toBeTruthy();

    // the same title in the same unit over the same days: valid to the schema, refused by the API
    await user.clear(dateField(form, "Đến ngày"));
    await submit();
    const from = dateField(form, "Từ ngày");
    await waitFor(() => expect(from.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Trùng thời gian với một bản ghi đã có.")).toBeTruthy();
  });

  it("assigns a party role in an outside body (an admin's) and ends it", async () => {
    const { user, panel } = await openDrawer(officerHp, "Chức vụ Đảng");
    await user.click(within(panel).getByRole("button", { name: "Thêm chức vụ Đảng" }));
    const form = await screen.findByRole("form", { name: "Thêm chức vụ Đảng" });
    await user.click(within(form).getByRole("radio", { name: "Ngoài ngành" }));
    await user.type(textbox(form, "Tổ chức Đảng"), "Đảng ủy khối thử");
    await user.type(textbox(form, "Chức danh"), "Ủy viên BCH thử");
    await user.type(textbox(form, "Chức danh tiếng Anh"), "Committee Member");
    await user.type(textbox(form, "Chức danh viết đầy đủ"), "Ủy viên Ban Chấp hành thử");
    await typeDate(user, dateField(form, "Từ ngày"), "2023-03-01");
    await user.click(within(form).getByRole("button", { name: "Thêm chức vụ Đảng" }));

    expect(await within(panel).findByText("Ủy viên BCH thử")).toBeTruthy();
    expect(within(panel).getByText("Đảng ủy khối thử")).toBeTruthy();
    await user.click(within(panel).getByRole("button", { name: "Kết thúc Ủy viên BCH thử" }));
    const end = await screen.findByRole("form", { name: "Kết thúc chức vụ Đảng" });
    await typeDate(user, dateField(end, "Ngày thôi giữ"), "2023-02-01");
    await user.click(within(end).getByRole("button", { name: "Kết thúc chức vụ Đảng" }));
    // before it began: the API's endsBeforeStart, on the field
    expect(await within(end).findByText("Ngày kết thúc trước ngày bắt đầu.")).toBeTruthy();
    await typeDate(user, dateField(end, "Ngày thôi giữ"), "2024-03-01");
    await user.click(within(end).getByRole("button", { name: "Kết thúc chức vụ Đảng" }));
    expect(await within(panel).findByText("01/03/2023 – 01/03/2024")).toBeTruthy();
  });

  it("shows a conflict when someone else ended the post first, with both days", async () => {
    const post = await assignPost(officerHp, "CATP-HP", "Tổ trưởng thử");
    const { user, panel } = await openDrawer(officerHp, "Chức vụ");
    await user.click(await within(panel).findByRole("button", { name: "Kết thúc Tổ trưởng thử" }));
    const end = await screen.findByRole("form", { name: "Kết thúc chức vụ" });

    // someone else ends it first
    const { endPost } = await apiRequest<{ endPost: { __typename: string } }>(
      "mutation ($input: EndPostInput!) { endPost(input: $input) { __typename } }",
      { input: { id: post.id, version: post.version, effectiveTo: "2023-05-01" } },
    );
    expect(endPost.__typename).toBe("PostAssignment");

    await typeDate(user, dateField(end, "Ngày thôi giữ"), "2023-06-15");
    await user.click(within(end).getByRole("button", { name: "Kết thúc chức vụ" }));
    const dialog = await screen.findByRole("dialog", { name: "Người khác đã lưu trước bạn" });
    expect(within(dialog).getByRole("cell", { name: "01/05/2023" })).toBeTruthy();
    expect(within(dialog).getByRole("cell", { name: "15/06/2023" })).toBeTruthy();

    // reapplied over the saved version, the API says why it cannot be
    await user.click(within(dialog).getByRole("button", { name: "Áp dụng lại thay đổi của tôi" }));
    expect(await within(end).findByText("Đã kết thúc từ trước.")).toBeTruthy();
  });

  describe("as a unit editor of CATP-HP", () => {
    beforeAll(async () => {
      await assignPost(officerHp, "CATP-HP", "Cán bộ biên tập thử");
      await apiRequest("mutation ($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }", {
        input: { ...editor, displayName: "Biên tập chức vụ", role: "UNIT_EDITOR", unitId: await unitId("CATP-HP"), mustChangePassword: false },
      });
      await apiRequest("mutation { logout }");
      await signIn(editor);
    });
    afterAll(async () => {
      await apiRequest("mutation { logout }");
      await signIn();
    });

    it("may assign and end posts in its own subtree, in a unit only", async () => {
      const { user, panel } = await openDrawer(officerHp, "Chức vụ");
      expect(await within(panel).findByRole("button", { name: "Kết thúc Cán bộ biên tập thử" })).toBeTruthy();
      await user.click(within(panel).getByRole("button", { name: "Thêm chức vụ" }));
      const form = await screen.findByRole("form", { name: "Thêm chức vụ" });
      expect(within(form).getByRole("combobox", { name: /^Đơn vị/ })).toBeTruthy();
      expect(within(form).queryByRole("radio", { name: "Ngoài ngành" })).toBeNull();
    });

    it("is offered only the units of its own subtree", async () => {
      const { user, panel } = await openDrawer(officerHp, "Chức vụ");
      await user.click(await within(panel).findByRole("button", { name: "Thêm chức vụ" }));
      const form = await screen.findByRole("form", { name: "Thêm chức vụ" });
      await user.click(within(form).getByRole("combobox", { name: /^Đơn vị/ }));
      expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual(["CATP Hải Phòng (CATP-HP)"]);
      // to an admin, "catp" finds the five city police and "ha noi" CATP Hà Nội; CATP-HP has no
      // division in the source facts, so the editor is offered CATP Hải Phòng alone
      expect(await unitOptionsFor("hai phong")).toEqual(["CATP-HP"]);
      expect(await unitOptionsFor("catp")).toEqual(["CATP-HP"]);
      expect(await unitOptionsFor("ha noi")).toEqual([]);
    });

    it("sees no such button for an officer of another unit", async () => {
      const { panel } = await openDrawer(officerHn, "Chức vụ");
      expect(await within(panel).findByText("Đội trưởng thử")).toBeTruthy();
      expect(within(panel).queryByRole("button")).toBeNull();
      await userEvent.setup().click(screen.getByRole("tab", { name: "Chức vụ Đảng" }));
      expect(within(screen.getByRole("tabpanel", { name: "Chức vụ Đảng" })).queryByRole("button")).toBeNull();
    });
  });
});
