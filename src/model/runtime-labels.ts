import type { LabelSelector } from "./types.js";

/**
 * Labels the control plane sets on pods at run time, per pod, per revision or per
 * run (semantics.md §6). Manifests do not show them, so reachdiff cannot know
 * which pods carry which value. A Job's `job-name` labels are known (the Job's
 * name) and modelled on the Job; a CronJob's jobs are named at each run.
 */
export const RUNTIME_LABELS: ReadonlySet<string> = new Set([
  "pod-template-hash",
  "controller-revision-hash",
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "batch.kubernetes.io/job-completion-index",
  "controller-uid",
  "batch.kubernetes.io/controller-uid",
  "job-name",
  "batch.kubernetes.io/job-name",
]);

/** The Job labels the API server adds to a Job's pod template when it makes the selector. */
export const JOB_NAME_LABELS = ["batch.kubernetes.io/job-name", "job-name"] as const;

/** The runtime label keys a selector uses, sorted. */
export function runtimeKeysOf(selector: LabelSelector): string[] {
  const keys = new Set<string>();
  for (const k of Object.keys(selector.matchLabels)) if (RUNTIME_LABELS.has(k)) keys.add(k);
  for (const r of selector.matchExpressions) if (RUNTIME_LABELS.has(r.key)) keys.add(r.key);
  return [...keys].sort();
}
