// Expected sign-in failures, returned as typed results of login and changePassword.

/** The email or the password is wrong (which one is not said), or the account is inactive. */
export class InvalidCredentialsError extends Error {
  override name = "InvalidCredentialsError";
  constructor() {
    super("Wrong email or password.");
  }
}

/** Too many failed attempts for this account or from this address: none is checked until retryAt. */
export class TooManyAttemptsError extends Error {
  override name = "TooManyAttemptsError";
  readonly retryAfterSeconds: number;
  constructor(readonly retryAt: Date) {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
    super(`Too many failed sign-in attempts. Try again in ${seconds} s.`);
    this.retryAfterSeconds = seconds;
  }
}
