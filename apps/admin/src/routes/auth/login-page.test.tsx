import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, inject, it } from "vitest";
import { apiRequest, renderApp, signIn } from "../../../test/render-app.tsx";
import { safeNextPath } from "./next-path.ts";

// A window of its own with no session yet, against the real API (test/api-server.ts).
describe("signing in and out", () => {
  afterEach(cleanup);

  it("sends a visitor to the sign-in page, then back to where they were going", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/people?search=duong");
    await screen.findByRole("heading", { level: 1, name: "Đăng nhập" });
    expect(router.state.location.pathname).toBe("/login");
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/people?search=duong");

    const { email, password } = inject("admin");
    await user.type(screen.getByLabelText("Email"), email);
    await user.type(screen.getByLabelText("Mật khẩu"), "not-the-password-at-all");
    await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Email hoặc mật khẩu không đúng.");

    await user.clear(screen.getByLabelText("Mật khẩu"));
    await user.type(screen.getByLabelText("Mật khẩu"), password);
    await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
    await screen.findByRole("heading", { level: 1, name: "Cán bộ" });
    expect(router.state.location.pathname + router.state.location.search).toBe("/people?search=duong");
    await waitFor(() => expect(screen.getByRole("table").textContent).toContain("Trần Văn Dương"));

    await user.click(screen.getByRole("button", { name: /^Tài khoản:/ }));
    await user.click(screen.getByRole("menuitem", { name: "Đăng xuất" }));
    await screen.findByRole("heading", { level: 1, name: "Đăng nhập" });
    await router.navigate("/clusters/1?year=2022");
    await waitFor(() => expect(router.state.location.pathname).toBe("/login"));
  });

  it("makes an account with an issued password choose its own before anything else", async () => {
    const user = userEvent.setup();
    const account = { email: "first.login@thidua.test", password: "cap-tam-thoi-2022-x" };
    await signIn();
    const { createAccount } = await apiRequest<{ createAccount: { __typename: string } }>(
      "mutation ($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }",
      { input: { ...account, displayName: "Cán bộ mới", role: "VIEWER", mustChangePassword: true } },
    );
    expect(createAccount.__typename).toBe("Account");
    await apiRequest("mutation { logout }");

    const { router } = renderApp("/overview?cluster=1&year=2022");
    await user.type(await screen.findByLabelText("Email"), account.email);
    await user.type(screen.getByLabelText("Mật khẩu"), account.password);
    await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
    await screen.findByRole("heading", { level: 1, name: "Đổi mật khẩu" });
    expect(router.state.location.pathname).toBe("/change-password");

    await user.type(screen.getByLabelText("Mật khẩu hiện tại"), account.password);
    await user.type(screen.getByLabelText("Mật khẩu mới"), "mat-khau-rieng-2022-y");
    await user.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "mat-khau-rieng-2022-z");
    await user.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Hai lần nhập mật khẩu mới không khớp.");

    await user.clear(screen.getByLabelText("Nhập lại mật khẩu mới"));
    await user.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "mat-khau-rieng-2022-y");
    await user.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe("/overview?cluster=1&year=2022");
  });

  it("sends a user whose session ended mid-use through sign-in, saying why, and back to the same page", async () => {
    const user = userEvent.setup();
    await signIn();
    const { router } = renderApp("/overview?cluster=1&year=2022");
    // everything on the page has been answered
    await screen.findByRole("table", { name: "Thành phần tham dự" });
    await screen.findByTestId("completeness-ratio");

    // the session ends behind the page's back (signed out elsewhere, expired): the next answer says so
    await apiRequest("mutation { logout }");
    await router.navigate("/units/CATP-HP");
    await screen.findByRole("heading", { level: 1, name: "Đăng nhập" });
    const params = new URLSearchParams(router.state.location.search);
    expect(router.state.location.pathname).toBe("/login");
    expect(params.get("next")).toBe("/units/CATP-HP");
    expect(screen.getByRole("status").textContent).toContain("Phiên làm việc đã kết thúc");

    const { email, password } = inject("admin");
    await user.type(screen.getByLabelText("Email"), email);
    await user.type(screen.getByLabelText("Mật khẩu"), password);
    await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Công an thành phố Hải Phòng" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/units/CATP-HP");
  });

  it("goes back only to addresses inside the dashboard", () => {
    expect(safeNextPath("/units/CATP-HP")).toBe("/units/CATP-HP");
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
