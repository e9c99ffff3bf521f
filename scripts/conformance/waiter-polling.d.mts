// Types of waiter-polling.mjs, for the test that replays its recording.
import type { CliWaiter, CliWaiterAcceptor } from "@shapekit/cli";
import type { WaitOutcome, WaitSettings } from "@shapekit/cli/waiting";

/** One case as the recorder writes it. */
export interface RecordedWaiterCase {
  readonly service: string;
  readonly waiter: string;
  readonly responses: readonly unknown[];
  readonly config: {
    readonly operation: string;
    readonly delay: number;
    readonly maxAttempts: number;
    readonly acceptors: readonly CliWaiterAcceptor[];
  };
  readonly calls: number;
  readonly sleeps: readonly number[];
  readonly outcome: string;
}

export interface Polling {
  readonly calls: number;
  readonly sleeps: readonly number[];
  readonly outcome: string;
}

export function randomWaiterCases(
  n: number,
  random: { random(): number; pick<T>(items: readonly T[]): T },
  waiters: readonly { service: string; waiter: string; acceptors: readonly CliWaiterAcceptor[] }[],
): { service: string; waiter: string; responses: unknown[] }[];
export function waiterFromConfig(name: string, config: RecordedWaiterCase["config"]): CliWaiter;
export function ourPolling(
  c: Pick<RecordedWaiterCase, "responses">,
  cli: {
    waitFor(
      send: (input: Record<string, unknown>) => Promise<unknown>,
      input: Record<string, unknown>,
      waiter: CliWaiter,
      settings?: WaitSettings,
    ): Promise<WaitOutcome>;
  },
  waiter: CliWaiter,
): Promise<Polling>;
export function samePolling(ours: Polling, recorded: Polling): boolean;
