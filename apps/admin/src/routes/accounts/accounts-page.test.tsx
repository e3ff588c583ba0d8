import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API (test/api-server.ts), as its administrator.
describe("accounts", () => {
  beforeAll(() => signIn());
  afterEach(cleanup);

  const row = (email: string) => screen.getByRole("cell", { name: email }).closest("tr") as HTMLElement;

  it("creates an account with the domain's rules checked as typed, then locks it: it can no longer sign in", async () => {
    const user = userEvent.setup();
    renderApp("/accounts");
    await screen.findByRole("heading", { level: 1, name: "Tài khoản" });
    await user.click(screen.getByRole("button", { name: "Tạo tài khoản" }));
    const dialog = await screen.findByRole("dialog", { name: "Tạo tài khoản" });
    await user.type(within(dialog).getByLabelText(/^Email/), "nguoi.xem@thidua.test");
    await user.type(within(dialog).getByLabelText(/^Tên hiển thị/), "Người xem thử");
    await user.type(within(dialog).getByLabelText(/^Mật khẩu đầu tiên/), "ngan");
    await user.click(within(dialog).getByRole("button", { name: "Tạo tài khoản" }));
    expect(within(dialog).getByLabelText(/^Mật khẩu đầu tiên/).getAttribute("aria-invalid")).toBe("true");

    await user.clear(within(dialog).getByLabelText(/^Mật khẩu đầu tiên/));
    await user.type(within(dialog).getByLabelText(/^Mật khẩu đầu tiên/), "tam-thoi-cho-nguoi-xem-1");
    await user.click(within(dialog).getByRole("button", { name: "Tạo tài khoản" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Tạo tài khoản" })).toBeNull());
    const created = await waitFor(() => row("nguoi.xem@thidua.test"));
    expect(created.textContent).toContain("Người xem");
    expect(created.textContent).toContain("Phải đổi mật khẩu");

    await user.click(within(created).getByRole("button", { name: "Khóa tài khoản Người xem thử" }));
    await waitFor(() => expect(row("nguoi.xem@thidua.test").textContent).toContain("Đã khóa"));
    const { login } = await apiRequest<{ login: { __typename: string } }>(
      'mutation { login(input: { email: "nguoi.xem@thidua.test", password: "tam-thoi-cho-nguoi-xem-1" }) { __typename } }',
    );
    expect(login.__typename).not.toBe("SignedIn");
  });
});
