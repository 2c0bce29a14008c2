// A podcast episode's <itunes:duration> in the forms publishers write it: seconds ("3723"),
// "62:03", "1:02:03", each with a fraction of a second ("01:02:03.500", "3723.5") and spaces
// around it. The parser reads the clock forms only when whole and unspaced: such a duration is
// written out as whole seconds before it reads the feed.

const DURATION = /(<[\w.-]+:duration>)\s*(?:(?:(\d{1,3}):)?(\d{1,4}):)?(\d{1,7})(?:[.,](\d+))?\s*(<\/[\w.-]+:duration>)/gu;

export function durationsInSeconds(xml: string): string {
  if (!/:duration>\s*[\d:]*(?:[.,]\d|\d\s+<)|:duration>\s+\d/u.test(xml)) return xml;
  return xml.replace(DURATION, (_whole, open: string, hours = "0", minutes = "0", seconds: string, fraction = "0", close: string) => {
    const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(`0.${fraction}`);
    return `${open}${Math.round(total)}${close}`;
  });
}
