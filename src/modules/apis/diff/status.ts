/** `2XX`, `200`, `201`...: a success status; `default` is not one. */
export function isSuccessStatus(status: string): boolean {
  return /^2/.test(status);
}
