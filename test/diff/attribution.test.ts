import { describe, expect, it } from "vitest";
import {
  allowFromYaml,
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  namespaceYaml,
} from "../git/manifests.js";
import { changeLines, diffYaml } from "./helpers.js";

const APPS = {
  "ns.yaml": namespaceYaml("shop"),
  "web.yaml": deploymentYaml("shop", "web", { app: "web" }, [8080]),
  "db.yaml": deploymentYaml("shop", "db", { app: "db" }, [5432]),
};

describe("attribution", () => {
  it("a narrowed allow explains its closed port; a default deny over an already isolated db does not", () => {
    const diff = diffYaml(
      { ...APPS, "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432, 9187]) },
      {
        ...APPS,
        "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]),
        "deny.yaml": DEFAULT_DENY_INGRESS("shop"),
      },
    );
    expect(changeLines(diff).closed).toContain(
      "shop/web[Deployment] -> shop/db[Deployment] TCP 9187 policy [shop/web-to-db]",
    );
    // web itself was open before: the new default deny is what isolates it.
    expect(changeLines(diff).closed).toContain(
      "shop/db[Deployment] -> shop/web[Deployment] all policy [shop/default-deny]",
    );
  });

  it("a removed default deny and an added allow: the one that explains it all ranks first", () => {
    const diff = diffYaml(
      { ...APPS, "deny.yaml": DEFAULT_DENY_INGRESS("shop") },
      { ...APPS, "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]) },
    );
    const opened = changeLines(diff).opened;
    // db is still isolated (by the allow); web→db opens exactly 5432, which only the allow explains.
    expect(opened).toContain(
      "shop/web[Deployment] -> shop/db[Deployment] TCP 5432 policy [shop/web-to-db]",
    );
    // web is released: only the removed default deny explains that.
    expect(opened).toContain(
      "shop/db[Deployment] -> shop/web[Deployment] all policy [shop/default-deny]",
    );
  });

  it("lists every changed policy once with where it is, compared by content not by file", () => {
    const diff = diffYaml(
      {
        ...APPS,
        "deny.yaml": DEFAULT_DENY_INGRESS("shop"),
        "a.yaml": allowFromYaml("shop", "keep", "db", "web", [5432]),
        "b.yaml": allowFromYaml("shop", "edit", "db", "web", [1]),
      },
      {
        ...APPS,
        "moved.yaml": allowFromYaml("shop", "keep", "db", "web", [5432]),
        "b.yaml": allowFromYaml("shop", "edit", "db", "web", [2]),
        "c.yaml": allowFromYaml("shop", "new", "web", "db", [8080]),
      },
    );
    expect(diff.policyChanges.map((c) => [c.id, c.change, c.origin.file, c.origin.line])).toEqual([
      ["shop/default-deny", "removed", "deny.yaml", 1],
      ["shop/edit", "modified", "b.yaml", 1],
      ["shop/new", "added", "c.yaml", 1],
    ]);
  });
});
