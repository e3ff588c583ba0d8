import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API (test/api-server.ts): the form is the domain's createEventInput, the record the API's own.
describe("events", () => {
  beforeAll(() => signIn());
  afterEach(cleanup);

  it("records a new conference, lists it and opens it", async () => {
    const user = userEvent.setup();
    const title = `Hội nghị thử ${Date.now() % 1_000_000}`;
    const { router } = renderApp("/events?cluster=1");
    await user.click(await screen.findByRole("button", { name: "Thêm hội nghị" }));
    const form = await screen.findByRole("form", { name: "Thêm hội nghị" });
    await user.type(within(form).getByRole("textbox", { name: /^Nội dung/ }), title);
    await user.click(within(form).getByRole("button", { name: "Thêm hội nghị" }));

    const list = await screen.findByRole("navigation", { name: "Danh sách hội nghị" });
    await within(list).findByText(title);
    expect(await screen.findByRole("heading", { level: 2, name: title })).toBeTruthy();
    const { events } = await apiRequest<{ events: { edges: Array<{ node: { id: string; title: string; cluster: { number: number } | null } }> } }>(
      "{ events(clusterNumber: 1, first: 100) { edges { node { id title cluster { number } } } } }",
    );
    const saved = events.edges.find(({ node }) => node.title === title)?.node;
    expect(saved?.cluster?.number).toBe(1);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("event")).toBe(saved?.id));
  });

  it("checks the title with the domain's schema before sending", async () => {
    const user = userEvent.setup();
    renderApp("/events?cluster=1");
    await user.click(await screen.findByRole("button", { name: "Thêm hội nghị" }));
    const form = await screen.findByRole("form", { name: "Thêm hội nghị" });
    await user.click(within(form).getByRole("button", { name: "Thêm hội nghị" }));
    expect(await within(form).findByText("Bắt buộc nhập.")).toBeTruthy();
  });
});
