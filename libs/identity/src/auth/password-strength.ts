import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppException } from '@app/core';

/** zxcvbn's scale: 0 too guessable … 4 very unguessable. 3 ("safely unguessable") is the floor. */
export const MIN_PASSWORD_SCORE = 3;
/** Only this many leading characters are scored: longer inputs make the matchers slow, and add strength anyway. */
const SCORED_LENGTH = 64;
const CHECK_TIMEOUT_MS = 10_000;
/** The worker (and its dictionaries, some tens of MiB) goes away after this long without a check. */
const IDLE_MS = 5 * 60_000;

export interface PasswordVerdict {
  score: number;
  warning: string | null;
  suggestions: string[];
}

const require = createRequire(import.meta.url);

/**
 * Runs in a worker thread: building the dictionaries takes about a second and scoring an adversarial
 * password hundreds of milliseconds, neither of which may block the event loop. CommonJS on purpose: it
 * loads the packages by the absolute paths it is given, the same from source and from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.core);
const common = require(workerData.common);
const en = require(workerData.en);
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
  maxLength: workerData.maxLength,
});
parentPort.on('message', ({ id, password, userInputs }) => {
  try {
    const r = zxcvbn.check(password, userInputs);
    parentPort.postMessage({ id, verdict: { score: r.score, warning: r.feedback.warning || null, suggestions: r.feedback.suggestions } });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

type Pending = { resolve: (v: PasswordVerdict) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

/**
 * Refuses common, breached-pattern and guessable passwords with zxcvbn-ts (common and English
 * dictionaries, keyboard patterns, dates, repeats, l33t), scored against the user's own email and names.
 */
@Injectable()
export class PasswordStrength implements OnModuleDestroy {
  private readonly logger = new Logger(PasswordStrength.name);
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /** Throws WEAK_PASSWORD (400) with zxcvbn's feedback when the password scores below the floor. */
  async assertStrong(password: string, userInputs: string[], field: string): Promise<void> {
    const verdict = await this.score(password, userInputs);
    if (verdict.score >= MIN_PASSWORD_SCORE) return;
    const reason = verdict.warning ?? 'This password is too easy to guess.';
    throw new AppException('WEAK_PASSWORD', `${reason} Choose a longer password with uncommon words, e.g. a few random words.`, {
      field,
      score: verdict.score,
      minimumScore: MIN_PASSWORD_SCORE,
      warning: verdict.warning,
      suggestions: verdict.suggestions,
    });
  }

  score(password: string, userInputs: string[] = []): Promise<PasswordVerdict> {
    const inputs = userInputs.flatMap((s) => [s, ...s.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<PasswordVerdict>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new AppException('SERVICE_UNAVAILABLE', 'The password could not be checked in time; try again'));
        void this.stop();
      }, CHECK_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, password: password.slice(0, SCORED_LENGTH), userInputs: inputs });
    });
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  private ensureWorker(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), IDLE_MS).unref();
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        core: require.resolve('@zxcvbn-ts/core'),
        common: require.resolve('@zxcvbn-ts/language-common'),
        en: require.resolve('@zxcvbn-ts/language-en'),
        maxLength: SCORED_LENGTH,
      },
    });
    worker.unref();
    worker.on('message', (msg: { id: number; verdict?: PasswordVerdict; error?: string }) => {
      const job = this.pending.get(msg.id);
      if (!job) return;
      this.pending.delete(msg.id);
      clearTimeout(job.timer);
      if (msg.verdict) job.resolve(msg.verdict);
      else job.reject(new Error(`password check failed: ${msg.error}`));
    });
    const fail = (err: Error) => {
      this.logger.error(`password strength worker stopped: ${err.message}`);
      if (this.worker === worker) this.worker = null;
      for (const [id, job] of this.pending) {
        clearTimeout(job.timer);
        job.reject(err);
        this.pending.delete(id);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
