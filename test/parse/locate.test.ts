import { describe, expect, it } from "vitest";
import type { JsonPath } from "../../src/parse/index.js";
import { parseFile } from "../../src/parse/index.js";
import { fixture } from "./fixtures.js";

/** [sentence, fixture, index of the resource in the file, path, expected line:col] */
const rows: [string, string, number, JsonPath, string][] = [
  ["the object itself is where its first key is", "multi-doc.yaml", 1, [], "11:1"],
  ["a map entry is located at its key", "multi-doc.yaml", 1, ["metadata", "namespace"], "15:3"],
  [
    "a list item is located where its mapping starts",
    "multi-doc.yaml",
    1,
    ["spec", "ingress", 0],
    "21:7",
  ],
  [
    "a deep path through lists and maps reaches the last key",
    "multi-doc.yaml",
    1,
    ["spec", "ingress", 0, "from", 0, "podSelector", "matchLabels", "app"],
    "24:15",
  ],
  [
    "a port number's key in a list item",
    "multi-doc.yaml",
    1,
    ["spec", "ingress", 0, "ports", 0, "port"],
    "26:11",
  ],
  [
    "a missing path stops at the nearest existing ancestor",
    "multi-doc.yaml",
    1,
    ["spec", "egress", 0],
    "16:1",
  ],
  [
    "a missing key stops at its parent's key",
    "multi-doc.yaml",
    1,
    ["spec", "podSelector", "matchLabels", "nope"],
    "18:5",
  ],
  [
    "an index past the end stops at the list's key",
    "multi-doc.yaml",
    1,
    ["spec", "ingress", 5],
    "20:3",
  ],
  [
    "a key in a flow mapping",
    "multi-doc.yaml",
    2,
    ["spec", "template", "metadata", "labels", "app"],
    "35:16",
  ],
  [
    "a key in the first document after a leading comment",
    "multi-doc.yaml",
    0,
    ["metadata", "labels", "team"],
    "7:5",
  ],
  [
    "a List item's path is relative to the item",
    "list.yaml",
    1,
    ["metadata", "labels", "app"],
    "14:7",
  ],
  [
    "a NetworkPolicyList item's dotted label key",
    "netpol-list.yaml",
    1,
    [
      "spec",
      "ingress",
      0,
      "from",
      0,
      "namespaceSelector",
      "matchLabels",
      "kubernetes.io/metadata.name",
    ],
    "25:19",
  ],
  ["a JSON array element", "policy.json", 0, ["spec", "policyTypes", 1], "10:32"],
  ["a JSON List item's key", "list.json", 1, ["metadata", "name"], "3:58"],
  ["a key on a CRLF line after a BOM", "crlf-bom.yaml", 1, ["metadata", "labels", "os"], "11:5"],
  [
    "a path through an alias reaches the anchored node",
    "anchors.yaml",
    0,
    ["spec", "selector", "matchLabels", "app"],
    "6:5",
  ],
  [
    "a key written next to a merge key",
    "anchors.yaml",
    0,
    ["spec", "template", "metadata", "labels", "version"],
    "15:9",
  ],
  [
    "a merged key has no node of its own, so its mapping's key is used",
    "anchors.yaml",
    0,
    ["spec", "template", "metadata", "labels", "tier"],
    "13:7",
  ],
];

describe("Resource.locate", () => {
  it.each(rows)("%s", (_, name, index, path, expected) => {
    const resource = parseFile(fixture(name)).resources[index];
    expect(resource).toBeDefined();
    const at = resource!.locate(path);
    expect(`${at.line}:${at.column}`).toBe(expected);
    expect(at.file).toBe(name);
  });

  it("gives the same answer when asked twice (the parse is cached)", () => {
    const [, policy] = parseFile(fixture("multi-doc.yaml")).resources;
    const first = policy!.locate(["spec", "podSelector"]);
    expect(policy!.locate(["spec", "podSelector"])).toEqual(first);
  });
});
