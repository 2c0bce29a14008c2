// A corpus of news pages in the shape real Chinese news sites serve them: a head heavy with
// scripts and styles, a masthead and menus, a breadcrumb, the headline with its date and
// source line, a share bar, twelve to twenty paragraphs with subheads and pictures, an editor
// line, a related list, comments, a hot list and a footer. Each page differs (its number is
// worked into every paragraph), so no two pages share an id.
const PHRASES = [
  "记者从有关部门获悉", "今年以来", "全市上下认真贯彻落实各项部署", "取得了积极成效", "据介绍", "下一步",
  "将进一步加大工作力度", "推动高质量发展", "群众满意度明显提升", "相关负责人表示", "截至目前", "累计完成投资",
  "同比增长百分之十二", "重点项目加快推进", "基层治理不断完善", "营商环境持续优化",
];

function sentence(n: number, k: number): string {
  const words = Array.from({ length: 5 }, (_, i) => PHRASES[(n * 7 + k * 3 + i * 5) % PHRASES.length]);
  return `${words.join("，")}，第${n}期第${k}段。`;
}

const script = (n: number) =>
  `<script>window.__CONFIG__ = ${JSON.stringify({ page: n, channels: Array.from({ length: 250 }, (_, i) => ({ id: i, name: `频道${i}`, url: `/c/${i}/` })) })};\n` +
  `function track(e){var d=document;var s=d.createElement("script");s.src="//stat.example.com/t.js?"+e;d.body.appendChild(s);}\n</script>`;

export function newsPage(n: number): string {
  const links = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => `<li><a href="/${prefix}/${i}.html">${prefix === "nav" ? `栏目${i}` : `${PHRASES[(i + n) % PHRASES.length]}的第${i}条消息`}</a></li>`).join("");
  const paragraphs: string[] = [];
  const count = 12 + (n % 9);
  for (let k = 1; k <= count; k += 1) {
    if (k % 6 === 0) paragraphs.push(`<p><strong>${["一", "二", "三", "四"][k / 6 - 1] ?? "五"}、${PHRASES[(n + k) % PHRASES.length]}</strong></p>`);
    if (k % 5 === 0) paragraphs.push(`<p style="text-align:center"><img src="https://img.example.com/${n}/${k}.jpg" width="640" height="360"></p><p style="text-align:center">图为活动现场。（记者 李华 摄）</p>`);
    paragraphs.push(`<p>\u3000\u3000${sentence(n, k)}${sentence(n + 1, k)}${sentence(n + 2, k)}</p>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县第${n}期重点工作推进会召开_地方新闻_青山新闻网</title>
<meta name="keywords" content="青山,新闻"><meta property="og:site_name" content="青山新闻网">
<style>${".nav li{float:left;margin:0 8px}.article p{text-indent:2em;line-height:1.8}".repeat(40)}</style>${script(n)}</head>
<body><div class="topbar"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="青山新闻网"></a></div></div>
<ul class="nav">${links(40, "nav")}</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/local/">地方新闻</a> &gt; 正文</div>
<div class="wrap"><div class="main">
<h1>青山县第${n}期重点工作推进会召开</h1>
<div class="info"><span>2019-09-${String((n % 28) + 1).padStart(2, "0")} 10:${String(n % 60).padStart(2, "0")}</span> <span>来源：青山日报</span> <span>作者：王小明</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="article">${paragraphs.join("\n")}<p>（责任编辑：赵敏）</p></div>
<div class="related"><h3>相关阅读</h3><ul>${links(8, "news")}</ul></div>
<div class="comment"><h3>网友评论</h3><div>说得好，支持！</div><div>希望早日落实。</div></div>
</div><div class="side"><h3>热点推荐</h3><ul>${links(20, "hot")}</ul><div class="ad"><a href="https://ads.example.com/">广告</a></div></div></div>
<div class="footer"><p>关于我们 | 联系我们</p><p>Copyright © 2019 青山新闻网 版权所有 青ICP备00000000号</p></div>
${script(n + 1)}</body></html>`;
}
