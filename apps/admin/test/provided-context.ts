// What test/api-server.ts hands the test files through vitest's provide/inject.
import type {} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the API started for this run, e.g. http://127.0.0.1:41234 */
    apiUrl: string;
    /** The administrator the API was started with (THIDUA_ADMIN_EMAIL / THIDUA_ADMIN_PASSWORD). */
    admin: { email: string; password: string };
  }
}
