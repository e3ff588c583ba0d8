// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum).
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so that a wrong email takes as long as a wrong password.
const unknownAccountHash = hash(randomBytes(16).toString("hex"));

/** Whether the password matches; a missing or unusable hash never matches. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await unknownAccountHash), password);
  } catch {
    // not an argon2 hash (an account whose password was never set)
    return false;
  }
}

/** A one-time password for a first admin: 144 random bits, shown once. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
