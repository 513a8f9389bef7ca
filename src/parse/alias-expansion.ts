/**
 * Nodes a document may hold once its aliases are expanded: this floor, or
 * {@link NODES_PER_CHARACTER} per character of its file, whichever is more. Plain YAML
 * holds about one node per two characters at most (`[1,1,1]`), so this leaves real
 * anchors (a shared port list, a merged label block) ample room, while a bomb, linear
 * (thousands of aliases of one long list) or exponential (billion laughs), is stopped
 * before its expansion is ever built or walked.
 */
export const MIN_EXPANDED_NODES = 100_000;
export const NODES_PER_CHARACTER = 2;

/** Expanded depth allowed through aliases; the text guards bound plain nesting below this. */
export const MAX_EXPANDED_DEPTH = 500;

/** The expanded-node limit of each document of a file of `length` characters. */
export function expandedNodeLimit(length: number): number {
  return Math.max(MIN_EXPANDED_NODES, NODES_PER_CHARACTER * length);
}

/**
 * One step of a document read in order, as either parser gives it: a collection opens
 * (and later closes), a scalar, or an alias at `offset` (its `*`). `anchor` is the name
 * a node is anchored with (`&name`), or null.
 */
export type NodeEvent =
  | { readonly kind: "open"; readonly anchor: string | null }
  | { readonly kind: "close" }
  | { readonly kind: "scalar"; readonly anchor: string | null }
  | { readonly kind: "alias"; readonly name: string; readonly offset: number };

/** Why a document's aliases may not be expanded, and the offset of the alias to blame. */
export interface AliasProblem {
  readonly offset: number;
  readonly reason: "size" | "depth" | "cycle";
}

interface Extent {
  readonly size: number;
  readonly depth: number;
}

/** An anchored node: its extent once it has closed, null while it is open. */
interface Anchored {
  extent: Extent | null;
}

interface Frame {
  size: number;
  depth: number;
  readonly anchored: Anchored | null;
}

/**
 * Counts the nodes of one document as if every alias were replaced by a copy of its
 * anchored node, and returns the first alias at which the count passes `limit`, the
 * depth passes {@link MAX_EXPANDED_DEPTH}, or that refers to a node containing it (the
 * value would be circular). Null when the document may be expanded. Each anchored node
 * is measured once, as it closes, so this is linear in the events even for an
 * exponential bomb; it never builds the expansion, and it recurses on nothing.
 */
export function findAliasProblem(events: Iterable<NodeEvent>, limit: number): AliasProblem | null {
  const anchors = new Map<string, Anchored>();
  const stack: Frame[] = [];
  let total = 0;
  const add = (extent: Extent): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    parent.size = Math.min(parent.size + extent.size, limit + 1);
    parent.depth = Math.max(parent.depth, extent.depth);
  };
  for (const event of events) {
    switch (event.kind) {
      case "open": {
        const anchored = event.anchor === null ? null : { extent: null };
        if (event.anchor !== null && anchored !== null) anchors.set(event.anchor, anchored);
        stack.push({ size: 1, depth: 0, anchored });
        total += 1;
        break;
      }
      case "close": {
        const frame = stack.pop();
        if (frame === undefined) break;
        const extent = { size: frame.size, depth: frame.depth + 1 };
        if (frame.anchored !== null) frame.anchored.extent = extent;
        add(extent);
        break;
      }
      case "scalar": {
        const extent = { size: 1, depth: 0 };
        if (event.anchor !== null) anchors.set(event.anchor, { extent });
        total += 1;
        add(extent);
        break;
      }
      case "alias": {
        const target = anchors.get(event.name);
        if (target === undefined) break; // an unknown alias: the parser reports it
        const extent = target.extent;
        if (extent === null) return { offset: event.offset, reason: "cycle" };
        total += extent.size;
        if (total > limit) return { offset: event.offset, reason: "size" };
        if (stack.length + extent.depth > MAX_EXPANDED_DEPTH)
          return { offset: event.offset, reason: "depth" };
        add(extent);
        break;
      }
    }
  }
  return null;
}
