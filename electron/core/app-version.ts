/** Kept in step with package.json by a unit test, so the CLI needs no JSON import at run time. */
export const appVersion = '0.1.0';
