/**
 * A real HTTP server on 127.0.0.1 that implements the slice of the GitHub API reachdiff
 * uses, with fault injection. Tests point GITHUB_API_URL (or the client's baseUrl) at it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  readonly login: string;
  readonly type: "User" | "Bot";
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
  issue: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

/** A fault answers matching requests `times` times before the real handler runs again. */
export interface Fault {
  readonly method?: string;
  /** Matched against the path (without query). */
  readonly path?: RegExp;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  times: number;
}

export interface CommitRecord {
  readonly input: {
    branch: { repositoryNameWithOwner: string; branchName: string };
    expectedHeadOid: string;
    message: { headline: string; body?: string };
    fileChanges: {
      additions?: { path: string; contents: string }[];
      deletions?: { path: string }[];
    };
  };
  readonly oid: string;
}

export interface FakeGitHubOptions {
  /** Who the token is (the comment author). Default: github-actions[bot]. */
  readonly actor?: FakeUser;
  /** Whether GET /user works (a PAT) or answers 403 (GITHUB_TOKEN). Default false. */
  readonly userEndpoint?: boolean;
  /** Whether GraphQL `viewer` names the actor (it does for every token). Default true. */
  readonly viewerQuery?: boolean;
  /** GitHub's limit is 65,536 characters. */
  readonly maxBodyLength?: number;
}

type Handler = (res: ServerResponse, groups: string[], body: string, url: URL) => void;

export const BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };

export class FakeGitHub {
  readonly comments: FakeComment[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly commits: CommitRecord[] = [];
  /** Branch heads for createCommitOnBranch, keyed `owner/repo:branch`. */
  readonly branches = new Map<string, string>();
  url = "";
  private nextId = 1000;
  private readonly server: Server;

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, 500, { message: String(error) });
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Adds a comment as if someone had posted it earlier. */
  seedComment(issue: number, body: string, user: FakeUser = this.actor): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user, issue, html_url: `https://github.test/c/${id}` };
    this.comments.push(comment);
    return comment;
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Requests that changed something, or tried to: not GETs, not GraphQL queries. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && !isGraphqlQuery(r));
  }

  get actor(): FakeUser {
    return this.options.actor ?? BOT;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    this.requests.push({
      method,
      path: url.pathname,
      authorization: req.headers.authorization,
      body,
    });
    const fault = this.faults.find(
      (f) =>
        f.times > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname)),
    );
    if (fault) {
      fault.times--;
      send(res, fault.status, fault.body ?? { message: "fault" }, fault.headers);
      return;
    }
    const route = `${method} ${url.pathname}`;
    for (const [pattern, handler] of this.routes) {
      const m = pattern.exec(route);
      if (m) {
        handler(res, m.slice(1), body, url);
        return;
      }
    }
    send(res, 404, { message: `fake GitHub does not implement ${route}` });
  }

  private readonly routes: [RegExp, Handler][] = [
    [
      /^GET \/user$/,
      (res) => {
        if (this.options.userEndpoint) send(res, 200, this.actor);
        else send(res, 403, { message: "Resource not accessible by integration" });
      },
    ],
    [
      /^GET \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      (res, [issue], _b, url) => this.list(res, url, Number(issue)),
    ],
    [
      /^POST \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      (res, [issue], body) => {
        const text = (JSON.parse(body) as { body: string }).body;
        if (!this.tooLong(res, text)) send(res, 201, this.seedComment(Number(issue), text));
      },
    ],
    [
      /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
      (res, [id], body) => {
        const comment = this.comments.find((c) => c.id === Number(id));
        const text = (JSON.parse(body) as { body: string }).body;
        if (!comment) send(res, 404, { message: "Not Found" });
        else if (!this.tooLong(res, text)) {
          comment.body = text;
          send(res, 200, comment);
        }
      },
    ],
    [/^POST (\/api)?\/graphql$/, (res, _m, body) => this.graphql(res, body)],
  ];

  private list(res: ServerResponse, url: URL, issue: number): void {
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const all = this.comments.filter((c) => c.issue === issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const next = new URL(url);
      next.searchParams.set("page", String(p));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(", ") } : {};
    send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
  }

  private tooLong(res: ServerResponse, text: string): boolean {
    const max = this.options.maxBodyLength ?? 65536;
    if (text.length <= max) return false;
    send(res, 422, {
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "unprocessable",
          field: "data",
          message: `Body is too long (maximum is ${max} characters)`,
        },
      ],
    });
    return true;
  }

  private graphql(res: ServerResponse, body: string): void {
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables: { input: CommitRecord["input"] };
    };
    if (/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      if (this.options.viewerQuery === false) {
        send(res, 200, { data: null, errors: [{ type: "FORBIDDEN", message: "Forbidden" }] });
      } else send(res, 200, { data: { viewer: { login: this.actor.login } } });
      return;
    }
    if (!query.includes("createCommitOnBranch")) {
      send(res, 200, { errors: [{ message: "fake GitHub: unknown query" }] });
      return;
    }
    const input = variables.input;
    const key = `${input.branch.repositoryNameWithOwner}:${input.branch.branchName}`;
    const head = this.branches.get(key);
    if (head === undefined) {
      send(res, 200, {
        data: null,
        errors: [{ type: "NOT_FOUND", message: `Could not resolve to a branch '${key}'.` }],
      });
      return;
    }
    if (head !== input.expectedHeadOid) {
      send(res, 200, {
        data: null,
        errors: [
          {
            type: "STALE_DATA",
            message: `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
          },
        ],
      });
      return;
    }
    const oid = (this.commits.length + 1).toString(16).padStart(40, "c");
    this.commits.push({ input, oid });
    this.branches.set(key, oid);
    send(res, 200, {
      data: { createCommitOnBranch: { commit: { oid, url: `https://github.test/commit/${oid}` } } },
    });
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** A GraphQL request that only reads (no `mutation`). */
function isGraphqlQuery(r: RecordedRequest): boolean {
  if (!/\/graphql$/.test(r.path)) return false;
  try {
    return !/^\s*mutation\b/.test((JSON.parse(r.body) as { query: string }).query);
  } catch {
    return false;
  }
}
