import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, renderApp, signIn } from "../../test/render-app.tsx";
import { parseCsv } from "./spreadsheet.ts";

// Against the real API (test/api-server.ts): the file the roster's export link downloads has the
// rows the roster shows, for every filter in the address. Officers of this run, named apart.
const run = String(Date.now() % 1_000_000);
const post = `Phó trưởng phòng xuất ${run}`;

async function officer(name: string, unitCode: string, rank: string, withPost: boolean): Promise<void> {
  const { unit } = await apiRequest<{ unit: { id: string } }>("query ($code: String!) { unit(code: $code) { id } }", { code: unitCode });
  const { createOfficer } = await apiRequest<{ createOfficer: { id: string } }>(
    "mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { ... on Person { id } } }",
    {
      input: {
        fullName: `${name} ${run}`,
        serviceNumber: `X-${run}-${name.at(-1)}`,
        rank,
        rankEffectiveFrom: "2020-01-01",
        unitId: unit.id,
        unitEffectiveFrom: "2020-01-01",
      },
    },
  );
  if (!withPost) return;
  await apiRequest("mutation ($input: AssignPostInput!) { assignPost(input: $input) { __typename } }", {
    input: { personId: createOfficer.id, unitId: unit.id, title: post, titleEn: "Deputy Head (export test)", effectiveFrom: "2021-01-01" },
  });
}

/** The names the roster shows at an address, and those of the CSV its export link downloads. */
async function rosterAndExport(address: string) {
  const user = userEvent.setup();
  renderApp(address);
  const table = await screen.findByRole("table", { name: "Cán bộ" });
  await waitFor(() => expect(within(table).getAllByRole("rowheader").length).toBeGreaterThan(0));
  const shown = within(table)
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent ?? "");
  await user.click(screen.getByRole("button", { name: "Xuất" }));
  const link = await screen.findByRole("menuitem", { name: "Tệp CSV" });
  const response = await fetch(link.getAttribute("href") ?? "");
  expect(response.status).toBe(200);
  const { header, rows } = parseCsv(await response.text());
  const exported = rows.map((row) => row[header.indexOf("full_name")] ?? "");
  return { shown: shown.sort(), exported: exported.sort() };
}

describe("roster export", () => {
  beforeAll(async () => {
    await signIn();
    await officer("Xuất Thử A", "CATP-HP", "DAI_TA", true);
    await officer("Xuất Thử B", "CATP-HP", "THIEU_UY", true); // below the rank range
    await officer("Xuất Thử C", "BCA-CTD", "DAI_TA", true); // not in cluster 1
    await officer("Xuất Thử D", "CATP-CT", "THUONG_TA", false); // no such post
    await officer("Xuất Thử E", "CATP-CT", "THUONG_TA", true);
  });
  afterEach(cleanup);

  it("carries the cluster, the rank range, the post and the day: the file has the rows shown", async () => {
    const params = new URLSearchParams({ cluster: "1", rankFrom: "THIEU_TA", rankTo: "DAI_TA", post: `pho truong phong xuat ${run}`, asOf: "2023-06-30" });
    const { shown, exported } = await rosterAndExport(`/people?${params}`);
    expect(shown).toEqual([`Xuất Thử A ${run}`, `Xuất Thử E ${run}`]);
    expect(exported).toEqual(shown);
  });

  it("carries the unit subtree and the search", async () => {
    const { shown, exported } = await rosterAndExport(`/people?unit=CATP-HP&search=${encodeURIComponent(`xuat thu ${run}`)}`);
    expect(shown).toEqual([`Xuất Thử A ${run}`, `Xuất Thử B ${run}`]);
    expect(exported).toEqual(shown);
  });
});
