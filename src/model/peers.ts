import type { JsonPath, JsonValue } from "../parse/types.js";
import {
  type Cidr,
  cidrRange,
  formatCidr,
  ipRangesOverlap,
  isStrictSubset,
  parseCidr,
  subtractIpRanges,
} from "./cidr.js";
import { isObject, type ObjectContext } from "./object-context.js";
import { MATCH_ALL, readSelector } from "./selector.js";
import type { IpRange, Peer } from "./types.js";

export interface PeerOptions {
  /** The policy's namespace: a podSelector-only peer selects there (§2.4). */
  readonly namespace: string;
  readonly clusterCidrs: readonly Cidr[];
}

/** `from`/`to`: missing or `[]` is `"any"` (semantics.md §2.3). */
export function readPeers(
  ctx: ObjectContext,
  value: JsonValue | undefined,
  path: JsonPath,
  options: PeerOptions,
): readonly Peer[] | "any" {
  if (!Array.isArray(value) || value.length === 0) return "any";
  const out: Peer[] = [];
  value.forEach((entry, i) => {
    const peer = readPeer(ctx, entry, [...path, i], options);
    if (peer !== null) out.push(peer);
  });
  return out;
}

/** One peer, per the table of semantics.md §2.4. */
function readPeer(
  ctx: ObjectContext,
  entry: JsonValue,
  path: JsonPath,
  options: PeerOptions,
): Peer | null {
  const obj = isObject(entry) ? entry : {};
  const pod = obj.podSelector ?? undefined;
  const ns = obj.namespaceSelector ?? undefined;
  const ip = obj.ipBlock ?? undefined;
  if (pod === undefined && ns === undefined && ip === undefined) {
    ctx.error(
      "invalid-peer",
      "a peer must set podSelector, namespaceSelector or ipBlock; to match every source or destination, leave out from/to instead.",
      path,
    );
    return null;
  }
  if (ip !== undefined) {
    if (pod !== undefined || ns !== undefined) {
      ctx.error(
        "invalid-peer",
        "a peer may not set ipBlock together with podSelector or namespaceSelector; make them separate list entries.",
        [...path, "ipBlock"],
      );
      return null;
    }
    return readIpBlock(ctx, ip, [...path, "ipBlock"], options);
  }
  const pods = pod === undefined ? MATCH_ALL : readSelector(ctx, pod, [...path, "podSelector"]);
  if (ns === undefined)
    return { kind: "pods", namespaces: { kind: "named", name: options.namespace }, pods };
  const selector = readSelector(ctx, ns, [...path, "namespaceSelector"]);
  return { kind: "pods", namespaces: { kind: "selector", selector }, pods };
}

function readIpBlock(
  ctx: ObjectContext,
  value: JsonValue,
  path: JsonPath,
  options: PeerOptions,
): Peer | null {
  const obj = isObject(value) ? value : {};
  const cidrText = typeof obj.cidr === "string" ? obj.cidr : "";
  if (cidrText === "") {
    ctx.error(
      "invalid-ipblock",
      "ipBlock needs a cidr, e.g. 203.0.113.0/24.",
      obj.cidr === undefined ? path : [...path, "cidr"],
    );
    return null;
  }
  const cidr = parseCidr(cidrText);
  if (cidr === null) {
    ctx.error(
      "invalid-ipblock",
      `cidr "${cidrText}" is not a valid CIDR (ADDRESS/PREFIX, IPv4 or IPv6).`,
      [...path, "cidr"],
    );
    return null;
  }
  if (cidr.leadingZeros) leadingZerosWarning(ctx, cidrText, cidr, [...path, "cidr"]);
  if (cidr.hostBitsSet) hostBitsWarning(ctx, cidrText, cidr, [...path, "cidr"]);
  const exceptTexts = Array.isArray(obj.except) ? obj.except : [];
  const cuts: IpRange[] = [];
  let ok = true;
  exceptTexts.forEach((text, i) => {
    if (typeof text !== "string") return;
    const at = [...path, "except", i];
    const c = parseCidr(text);
    if (c === null) {
      ctx.error("invalid-ipblock", `except "${text}" is not a valid CIDR.`, at);
      ok = false;
      return;
    }
    if (!isStrictSubset(c, cidr)) {
      ctx.error(
        "invalid-ipblock",
        `except "${text}" must be strictly inside cidr "${cidrText}" (same address family, longer prefix).`,
        at,
      );
      ok = false;
      return;
    }
    if (c.leadingZeros) leadingZerosWarning(ctx, text, c, at);
    if (c.hostBitsSet) hostBitsWarning(ctx, text, c, at);
    cuts.push(cidrRange(c));
  });
  if (!ok) return null;
  const whole = cidrRange(cidr);
  const overlaps = options.clusterCidrs.filter((c) => ipRangesOverlap(cidrRange(c), whole));
  if (overlaps.length > 0) {
    ctx.warn(
      "ipblock-overlaps-cluster",
      `cidr "${cidrText}" overlaps the cluster CIDR ${overlaps.map(formatCidr).join(", ")}; reachdiff matches ipBlocks against external addresses only, but some CNIs (Calico) would also match pods there.`,
      [...path, "cidr"],
    );
  }
  return {
    kind: "ipBlock",
    cidr: cidrText,
    except: exceptTexts.filter((t): t is string => typeof t === "string"),
    ranges: subtractIpRanges([whole], cuts),
  };
}

function hostBitsWarning(ctx: ObjectContext, text: string, cidr: Cidr, path: JsonPath): void {
  ctx.warn(
    "ipblock-host-bits",
    `"${text}" has host bits set and is read as ${formatCidr(cidr)}; write ${formatCidr(cidr)} (or use /${cidr.family === 4 ? 32 : 128} for a single address).`,
    path,
  );
}

function leadingZerosWarning(ctx: ObjectContext, text: string, cidr: Cidr, path: JsonPath): void {
  ctx.warn(
    "ipblock-leading-zeros",
    `"${text}" has leading zeros: Kubernetes reads them as decimal (${formatCidr(cidr)}), other tools as octal, and the API server rejects them under StrictIPCIDRValidation; write ${formatCidr(cidr)}.`,
    path,
  );
}
