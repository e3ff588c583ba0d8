import { describe, expect, it } from "vitest";
import {
  changePasswordInput,
  createAccountInput,
  loginInput,
  newPassword,
  resetPasswordInput,
  updateAccountInput,
} from "./accounts.ts";
import { problems } from "./test-support.ts";

const editor = {
  email: " Editor.HaiPhong@Thidua.Example ",
  displayName: "Biên tập CATP Hải Phòng",
  role: "UNIT_EDITOR",
  unitId: 7,
  password: "sóng biển Đồ Sơn 2022",
} as const;

describe("password policy", () => {
  it("wants 12 to 128 characters, with no composition rules", () => {
    expect(newPassword.safeParse("correct horse battery").success).toBe(true);
    expect(newPassword.safeParse("sóng biển Đồ Sơn").success).toBe(true);
    expect(problems(newPassword, "Sh0rt!pw")).toEqual([": too_small"]);
    expect(problems(newPassword, "abcdefghij".repeat(13))).toEqual([": too_big"]);
  });

  it("refuses a run of a few repeated characters", () => {
    expect(problems(newPassword, "aaaaaaaaaaaa")).toEqual([": passwordRepetitive"]);
    expect(problems(newPassword, "121212121212")).toEqual([": passwordRepetitive"]);
    expect(newPassword.safeParse("12345abcdefg").success).toBe(true);
  });

  it("compares passwords as NFC and keeps their spaces", () => {
    const typed = " mật khẩu dài đủ ".normalize("NFD");
    expect(newPassword.parse(typed)).toBe(" mật khẩu dài đủ ");
    expect(loginInput.parse({ email: "a@b.example", password: typed }).password).toBe(" mật khẩu dài đủ ");
  });
});

describe("accounts", () => {
  it("are created with a lowercased email and must change the first password", () => {
    expect(createAccountInput.parse(editor)).toEqual({
      ...editor,
      email: "editor.haiphong@thidua.example",
      mustChangePassword: true,
    });
  });

  it("a unit editor needs a unit; an analyst does not", () => {
    expect(problems(createAccountInput, { ...editor, unitId: null })).toEqual(["unitId: editorNeedsUnit"]);
    expect(problems(createAccountInput, { ...editor, role: "ANALYST", unitId: null })).toEqual([]);
    expect(problems(updateAccountInput, { id: 2, version: 1, role: "UNIT_EDITOR", unitId: null })).toEqual([
      "unitId: editorNeedsUnit",
    ]);
  });

  it("the password may not contain the email's name", () => {
    expect(problems(createAccountInput, { ...editor, password: "EDITOR.HAIPHONG-2022" })).toEqual([
      "password: passwordContainsEmail",
    ]);
  });

  it("an update carries the version and changes something", () => {
    expect(problems(updateAccountInput, { id: 2, version: 1, active: false })).toEqual([]);
    expect(problems(updateAccountInput, { id: 2, version: 1 })).toEqual([": nothingToChange"]);
    expect(problems(updateAccountInput, { id: 2, active: false })).toEqual(["version: invalid_type"]);
  });
});

describe("password changes and login", () => {
  it("a change proves the current password and picks another one within the policy", () => {
    expect(problems(changePasswordInput, { currentPassword: "old one", newPassword: "sóng biển Đồ Sơn 2023" })).toEqual([]);
    expect(problems(changePasswordInput, { currentPassword: "sóng biển Đồ Sơn", newPassword: "sóng biển Đồ Sơn" })).toEqual([
      "newPassword: passwordUnchanged",
    ]);
    expect(problems(changePasswordInput, { currentPassword: "", newPassword: "short" }).sort()).toEqual([
      "currentPassword: too_small",
      "newPassword: too_small",
    ]);
  });

  it("an admin reset applies the policy too", () => {
    expect(problems(resetPasswordInput, { id: 2, version: 4, newPassword: "tạm thời 2024!" })).toEqual([]);
    expect(problems(resetPasswordInput, { id: 2, version: 4, newPassword: "temp" })).toEqual(["newPassword: too_small"]);
  });

  it("login checks the shape only, not the policy", () => {
    expect(problems(loginInput, { email: "admin@thidua.example", password: "short" })).toEqual([]);
    expect(problems(loginInput, { email: "admin", password: "" }).sort()).toEqual(["email: invalid_format", "password: too_small"]);
  });
});
