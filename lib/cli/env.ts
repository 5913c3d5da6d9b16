/** DEMO=0 starts a clean installation: the catalog only, no demo organisation. */
export function wantsDemo(): boolean {
  return process.env.DEMO !== "0" && process.env.DEMO !== "false";
}
