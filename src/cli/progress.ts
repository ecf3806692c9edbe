/**
 * Progress on standard error for runs that take a while: a single status line, rewritten in place,
 * shown only on a terminal, only once the run has lasted about a second, and never with `--quiet`
 * or when the JSON report goes to standard output. Results never go through here.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): boolean;
}

export class Progress {
  private readonly start = Date.now();
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
  ) {}

  /** Whether progress may be shown at all for this stream and these options. */
  static wanted(stream: ProgressStream, quiet: boolean, jsonToStdout: boolean): boolean {
    return Boolean(stream.isTTY) && !quiet && !jsonToStdout;
  }

  /** Reports that `step` is under way (shown once the run has lasted `delayMs`). */
  step(step: string): void {
    if (!this.enabled) return;
    const elapsed = Date.now() - this.start;
    if (elapsed < this.delayMs && !this.shown) return;
    this.shown = true;
    this.stream.write(`\r\u001b[2Kcluster-graph: ${step} … ${(elapsed / 1000).toFixed(1)} s`);
  }

  /** Clears the status line. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
