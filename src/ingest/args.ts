// Command-line arguments of `npm run ingest -- [--out DIR] [--page-size N] [--base-url URL] INPUT...`.
import { parseArgs } from "node:util";

export interface CliOptions {
  out: string;
  pageSize: number;
  baseUrl: string;
  inputs: string[];
  /** --images DIR and where the site serves it (--images-url, "/images" unless told). */
  images?: { dir: string; urlPath: string };
}

export const USAGE = `用法：npm run ingest -- [--out 文件夹] [--page-size 条数] [--base-url 网址] 输入…

  输入          一个页面（页面文字：一行一段；Markdown；或 HTML 网页。UTF-8、GBK/GB18030、
               Big5 等编码都可以）、一个放着页面的文件夹、每行一个 {"text": …} 或
               {"html": …, "url": …} 的 .jsonl 文件、新闻记录（有标题和正文的 JSON，
               一行一条或一个列表）、一个 http(s) 网址、微博数据（微博接口和爬虫写的
               .json、.csv、.txt）或订阅源（.xml/.rss/.atom/.rdf、JSON Feed、.opml 订阅列表）；
               每个文件是什么，看它的内容，不看扩展名
  --out        写 feed.json、feed-2.json …、people.json 的文件夹（默认 public/feed）
  --page-size  每个订阅源页面放几条（默认 10）
  --base-url   网站的公开地址，例如 https://example.org；不给时链接从站点根目录写起
  --images     把每张图片存进这个文件夹（同样的图片只存一份，按内容命名），
               订阅源里的图片改指向网站自己的副本
  --images-url 网站在哪个路径提供那个文件夹（默认 /images）`;

export class UsageError extends Error {
  override name = "UsageError";
}

/** What was wrong with the arguments, in the words of this command (Node's parser speaks English). */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'([^']+)'/u.exec(message ?? "")?.[1]?.replace(/\s*<value>$/u, "");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `没有 ${option ?? "这个"} 这个选项`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option ?? "这个选项"} 后面要跟一个值`;
  return "命令行参数有误";
}

export function parseCliArgs(argv: readonly string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        "page-size": { type: "string" },
        "base-url": { type: "string" },
        images: { type: "string" },
        "images-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("没有给出输入：请给一个页面、文件夹、数据文件或网址");
  const size = values["page-size"] ?? "10";
  if (!/^[1-9]\d{0,5}$/u.test(size)) throw new UsageError(`--page-size 要是 1 到 999999 的整数，给的是“${size}”`);
  const baseUrl = (values["base-url"] ?? "").replace(/\/+$/u, "");
  if (baseUrl !== "" && !/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/iu.test(baseUrl)) {
    throw new UsageError(`--base-url 要是不带 ? 和 # 的 http(s) 网址，给的是“${values["base-url"]}”`);
  }
  const imagesUrl = (values["images-url"] ?? "/images").replace(/\/+$/u, "");
  if (!/^\/[^\s?#]*$/u.test(imagesUrl)) throw new UsageError(`--images-url 要是网站上的路径，例如 /images，给的是“${values["images-url"]}”`);
  if (values["images-url"] !== undefined && values.images === undefined) throw new UsageError("--images-url 要和 --images 文件夹一起用");
  return {
    out: values.out ?? "public/feed",
    pageSize: Number(size),
    baseUrl,
    inputs: positionals,
    ...(values.images !== undefined ? { images: { dir: values.images, urlPath: `${baseUrl}${imagesUrl}` } } : {}),
  };
}
