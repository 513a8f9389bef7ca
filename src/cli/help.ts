/** The `--help` texts. Kept next to the argument definitions they describe. */

const COMMON = `Common options:
  --format FORMAT   output format (see each command)
  --config FILE     options file (default .reachdiff.yaml when present)
  --namespace NS    namespace for manifests that name none (default "default")
  --no-color        plain text even on a terminal
  --quiet           print only errors on stderr
  -h, --help        this help

Exit codes: 0 done; 1 a gate failed (--exit-code with changes, lint errors,
generate-egress --check with stale output); 2 could not do the job (bad usage,
unreadable path or revision, input that makes the result untrustworthy).`;

export const MAIN_HELP = `reachdiff — what a Kubernetes NetworkPolicy change opens and closes

Usage:
  reachdiff analyze [PATH...]                   reachability of the manifests under PATH (default .)
  reachdiff diff --base REV [--head REV] [PATH...]
                                                what changed between two git revisions
  reachdiff diff --merge-commit [PATH...]       a PR merge commit against its first parent
  reachdiff diff --base-dir DIR --head-dir DIR  the same between two directories (no git)
  reachdiff explain SRC DST [PORT[/PROTO]] [PATH...]
                                                why a flow is allowed or denied, rule by rule
  reachdiff lint [PATH...]                      validation errors and semantic warnings only
  reachdiff generate-egress [PATH...] --out DIR [--default-deny] [--check]
                                                complementary egress policies (StackRox recipe)

Run "reachdiff COMMAND --help" for a command's options.

${COMMON}`;

export const COMMAND_HELP: Record<string, string> = {
  analyze: `Usage: reachdiff analyze [PATH...] [--format text|json|markdown|mermaid|dot]

Reads every *.yaml, *.yml and *.json under PATH (default .) and prints which
workload or external address range may connect to which, on which ports.

${COMMON}`,
  diff: `Usage: reachdiff diff --base REV [--head REV] [PATH...] [options]
       reachdiff diff --merge-commit [--head REV] [PATH...] [options]
       reachdiff diff --base-dir DIR --head-dir DIR [options]

Compares the reachability of PATH (default .) at two git revisions, read
straight from git objects (nothing is checked out). Without --head the head is
the working tree. On a pull request's merge commit (what CI checks out) use
--merge-commit, the same as --base HEAD^1 --head HEAD. A PATH that exists on
one side only (a folder added or deleted) is read as empty on the other, with a
warning; a PATH on neither side is an error (exit 2).

Options:
  --merge-commit                        diff HEAD (or --head) against its first parent
  --format text|markdown|json|mermaid   markdown is the PR comment (default text)
  --exit-code                           exit 1 when anything opened or closed
  --repo DIR                            the git repository (default .)

${COMMON}`,
  explain: `Usage: reachdiff explain SRC DST [PORT[/PROTO]] [PATH...] [--format text|json]

Shows, rule by rule, why traffic from SRC to DST is allowed or denied.
SRC and DST are endpoint ids (ns/name[Kind]) or, for one side, an IP address
or START-END range. PORT is a number, PROTO is TCP (default), UDP or SCTP.

${COMMON}`,
  lint: `Usage: reachdiff lint [PATH...] [--format text|json]

Prints what the API server would reject (errors) and what it accepts but is
probably wrong (warnings). Exits 1 when there is an error.

${COMMON}`,
  "generate-egress": `Usage: reachdiff generate-egress [PATH...] --out DIR [options]

Writes the egress policies that complement the ingress policies under PATH
(the StackRox recipe), proves with the engine that no ingress-allowed flow
breaks, and lists what egress isolation would cost.

Options:
  --out DIR           where generated policies go (required)
  --default-deny      also a default-deny egress policy per namespace, keeping DNS
  --keep-unisolated   keep egress toward destinations no ingress policy isolates
  --dns-namespace NS  namespace of the cluster DNS (default kube-system)
  --dns-label K=V     label of the cluster DNS pods (default k8s-app=kube-dns)
  --dns-port N        DNS port, UDP and TCP (default 53; 5353 on OpenShift)
  --check             write nothing; exit 1 when DIR is not up to date
  --commit            commit the change to DIR with git and print the commit id
                      (DIR must be inside the repository; checked before writing)
  --format text|json|markdown

${COMMON}`,
};
