// Pictures are fetched only from the public internet. A feed is untrusted, and with --images the
// ingest fetches every picture it names: an address on this machine or its network
// (http://127.0.0.1:8080/…, http://192.168.1.1/…, the cloud's http://169.254.169.254/…) would
// make the ingest send requests where the feed's author cannot. The check is made on the
// address a name resolves to, when the connection is made (so a name that resolves to one, or a
// redirect to one, is refused too), and on an address written in the URL itself.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Why a picture on such an address is not fetched. */
export const NOT_PUBLIC = "图片地址指向本机或内部网络，没有下载";

const CODE = "ERR_NOT_PUBLIC_ADDRESS";

const NOT_PUBLIC_NETS = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  NOT_PUBLIC_NETS.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC_NETS.addSubnet(net, prefix, "ipv6");

/** True for an address of this machine, a private or link-local network, or none (an IPv4 one written as IPv6 is judged as itself). */
export function isNotPublic(address: string): boolean {
  const bare = address.replace(/^\[|\]$/gu, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(bare)?.[1];
  if (mapped !== undefined) return NOT_PUBLIC_NETS.check(mapped, "ipv4");
  const family = isIP(bare);
  if (family === 0) return false;
  if (family === 6 && /^::ffff:/iu.test(bare)) return true;
  return NOT_PUBLIC_NETS.check(bare, family === 4 ? "ipv4" : "ipv6");
}

/** Name resolution that gives only public addresses, and fails when a name has none. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const usable = addresses.filter((a) => !isNotPublic(a.address));
    if (usable.length === 0) return callback(Object.assign(new Error(NOT_PUBLIC), { code: CODE }), "", 0);
    if (options.all) return callback(null, usable);
    callback(null, usable[0]!.address, usable[0]!.family);
  });
};

/** Whether a request failed because its host had no public address. */
export const refusedAsNotPublic = (error: unknown) => (error as { code?: unknown } | null)?.code === CODE;
