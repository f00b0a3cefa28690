/** The part of lunar-javascript (6tail, MIT) laoke uses: lunar dates to Gregorian ones. */
declare module "lunar-javascript" {
  interface Solar {
    toYmd(): string;
  }
  interface LunarDate {
    getSolar(): Solar;
  }
  const lunar: { Lunar: { fromYmd(year: number, month: number, day: number): LunarDate } };
  export default lunar;
}
