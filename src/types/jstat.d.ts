// jStat ships no types; this declares only the special functions the statistics modules use.
declare module "jstat" {
  interface JStat {
    /** ln Γ(x) for x > 0. */
    gammaln(x: number): number;
    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
    betaln(a: number, b: number): number;
    /** ln C(n, k), through ln Γ, so it works for counts far beyond factorial's range. */
    combinationln(n: number, k: number): number;
  }
  const jStat: JStat;
  export default jStat;
}
