import * as core from "@actions/core";

/** Where an annotation points (1-based). */
export interface AnnotationPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly title: string;
}

/**
 * Everything the run says to the runner. The production implementation is @actions/core
 * (workflow commands on stdout, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files); keeping it
 * behind an interface keeps `run` free of import-time side effects.
 */
export interface ActionIo {
  /** An input by its action.yml name, trimmed; empty when not set. */
  getInput(name: string): string;
  info(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

/** The runner's own channels, through @actions/core. */
export const coreIo: ActionIo = {
  getInput: (name) => core.getInput(name),
  info: (m) => core.info(m),
  warning: (m, place) => core.warning(m, place && annotation(place)),
  error: (m, place) => core.error(m, place && annotation(place)),
  setSecret: (s) => core.setSecret(s),
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write: say so, go on.
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info("GITHUB_STEP_SUMMARY is not set: the job summary was not written");
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  },
  setFailed: (m) => core.setFailed(m),
};

function annotation(place: AnnotationPlace): core.AnnotationProperties {
  return {
    title: place.title,
    file: place.file,
    startLine: place.line,
    startColumn: place.column,
  };
}
