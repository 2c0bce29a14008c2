// People a text presents with an honorific title: "最美检察官 郑严凯", "全国模范检察官——周会明",
// "【“最美检察官”郑严凯】", "郑严凯获得“最美检察官”称号". Names are 2–4 Han characters; where
// the text runs on after a name (周会明的歌), the name is the part the text repeats.
import { HONOUR_SOURCE } from "./honours";

export interface Presentation {
  name: string;
  honour: string;
}

const OPEN_Q = "[“\"‘「『]?";
const CLOSE_Q = "[”\"’」』]?";
const HAN = "\\p{Script=Han}";
/** HONOUR, then an optional dash/colon, then a run of Han characters: the name and what follows. */
const AFTER = new RegExp(`${OPEN_Q}(${HONOUR_SOURCE})${CLOSE_Q}\\s*(?:——|—|－|-|：|:|·)?\\s*${OPEN_Q}(${HAN}{2,8})`, "gu");
/** A run of Han characters, then 获得/荣获/被评为… and the honour: "郑严凯获得“最美检察官”称号". */
const BEFORE = new RegExp(`(${HAN}{2,12})(?:获得|荣获|被授予|被评为|被评选为|当选|入选|获评)了?${OPEN_Q}(${HONOUR_SOURCE})${CLOSE_Q}`, "gu");

/** Characters a name does not run into: particles and verbs that follow a name. */
const AFTER_NAME = new Set([..."的在获是为和与及同等说被今近从于生以将已也都又就曾荣入当带向对把"]);
/** Words that follow an honour but are not names ("最美检察官称号", "模范检察官事迹"). */
const NOT_A_NAME = /^(?:称号|荣誉|称|等|之|们|的|和|与|及|为|是|在|获|代表|典型|事迹|先进|同志|评选|表彰|候选|风采|名单|人选|提名)/u;
/** Titles that come right before a name ("检察官郑严凯"). */
const BEFORE_NAME = new Set([..."官员长师者警任手生记理"]);

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The name at the start of `run`: the longest prefix the text repeats as often as its first two characters. */
function nameAtStart(run: string, text: string): string | undefined {
  if (NOT_A_NAME.test(run)) return undefined;
  const chars = [...run];
  const candidates = [2, 3, 4].filter((n) => n <= chars.length).map((n) => chars.slice(0, n).join(""));
  const best = count(text, candidates[0] ?? "");
  const steady = candidates.filter((c) => count(text, c) === best);
  const bounded = steady.filter((c) => {
    const next = chars[[...c].length];
    return next === undefined || AFTER_NAME.has(next);
  });
  return bounded[bounded.length - 1] ?? (steady.length > 1 ? steady[1] : steady[0]);
}

/** The name at the end of `run` (before 获得…), bounded on the left by a title or the run's start. */
function nameAtEnd(run: string, text: string): string | undefined {
  const chars = [...run];
  const candidates = [2, 3, 4].filter((n) => n <= chars.length).map((n) => chars.slice(-n).join(""));
  const best = count(text, candidates[0] ?? "");
  const steady = candidates.filter((c) => count(text, c) === best);
  const bounded = steady.filter((c) => {
    const before = chars[chars.length - [...c].length - 1];
    return before === undefined || BEFORE_NAME.has(before);
  });
  return bounded[bounded.length - 1] ?? (steady.length > 1 ? steady[1] : steady[0]);
}

const strip = (honour: string) => honour.replace(/[“”"‘’「」『』]/gu, "");

/** Every (name, honour) the text presents, in order of appearance, each pair once. */
export function findPresentations(text: string): Presentation[] {
  const found: { at: number; p: Presentation }[] = [];
  for (const m of text.matchAll(AFTER)) {
    const name = nameAtStart(m[2] ?? "", text);
    if (name) found.push({ at: m.index ?? 0, p: { name, honour: strip(m[1] ?? "") } });
  }
  for (const m of text.matchAll(BEFORE)) {
    const name = nameAtEnd(m[1] ?? "", text);
    if (name) found.push({ at: m.index ?? 0, p: { name, honour: strip(m[2] ?? "") } });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found
    .map((f) => f.p)
    .filter((p) => {
      const key = `${p.name}|${p.honour}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
