// Failed sign-ins, counted per account and per address over a sliding window, in this process.
// A correct password does not get through while a limit holds: that is what stops guessing.
import { env } from "../env.js";

export interface LoginLimits {
  /** Failures allowed per account (email) within the window… */
  perAccount: number;
  /** …and per client address, whatever accounts it tries. */
  perAddress: number;
  windowMs: number;
}

export class LoginLimiter {
  /** Failure times by key, oldest first; keys whose failures all left the window are dropped. */
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** When the next attempt may be made, or null when it may be made now. */
  retryAt(email: string, address: string): Date | null {
    const times = [this.blockedUntil(`account:${email}`, this.limits.perAccount), this.blockedUntil(`address:${address}`, this.limits.perAddress)];
    const latest = Math.max(...times.map((time) => time ?? 0));
    return latest > 0 ? new Date(latest) : null;
  }

  recordFailure(email: string, address: string): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const times = this.recent(key);
      times.push(this.now());
      this.failures.set(key, times);
    }
    this.sweep();
  }

  /** A successful sign-in clears the account's failures, not the address's. */
  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private blockedUntil(key: string, limit: number): number | null {
    const times = this.recent(key);
    // the oldest failure that still counts must leave the window before one more is allowed
    return times.length >= limit ? times[times.length - limit]! + this.limits.windowMs : null;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }

  /** Keeps memory bounded under a flood of addresses: forgets keys with nothing in the window. */
  private sweep(): void {
    if (this.failures.size < 10_000) return;
    for (const key of this.failures.keys()) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}

export const LOGIN_LIMITS: LoginLimits = {
  perAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
  perAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
  windowMs: env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
};
