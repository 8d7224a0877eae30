import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, ApiError, call, type Schemas } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';

type Report = Schemas['AttendeeImportReportDto'];
type PreviewItem = Schemas['AttendeeImportItemDto'];
interface RowProblem {
  row: number;
  field?: string;
  reason: string;
}

/** Every row's outcome of a refused dry run, from an IMPORT_REJECTED answer (an import's job gives only the problems). */
function refusedPreview(error: unknown): PreviewItem[] {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_REJECTED') return [];
  const details = error.details as { items?: PreviewItem[] } | undefined;
  return Array.isArray(details?.items) ? details.items : [];
}

/** The rows the API refused, from an IMPORT_REJECTED answer. */
function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_REJECTED') return [];
  const details = error.details as { rows?: RowProblem[] } | undefined;
  return Array.isArray(details?.rows) ? details.rows : [];
}

type Outcome = Pick<Report, 'attendancesAdded' | 'peopleCreated'>;
type Progress = (rowsDone: number, totalRows: number) => void;

/** An import runs as a job: the upload answers at once, then its status is read until it has ended. */
async function importAndWait(eventId: string, file: File, onProgress: Progress): Promise<Outcome> {
  const accepted = await upload(eventId, file, false);
  if (!('status' in accepted)) return accepted;
  let job = accepted;
  while (job.status === 'queued' || job.status === 'running') {
    onProgress(job.rowsDone, job.totalRows);
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await call(api.GET('/api/v1/events/{eventId}/imports/{importId}', { params: { path: { eventId, importId: job.id } } }));
  }
  if (job.status === 'succeeded' && job.result) return job.result;
  const rows = job.errors ?? [];
  // the job's failure codes the console can tell; an error on the server's side (IMPORT_FAILED) reads as such
  const code = rows.length
    ? 'IMPORT_REJECTED'
    : job.failure?.code === 'EVENT_CANCELLED' || job.failure?.code === 'NOT_FOUND'
      ? job.failure.code
      : 'INTERNAL';
  throw new ApiError(422, code, job.failure?.message ?? '', undefined, { rows });
}

const upload = (eventId: string, file: File, dryRun: boolean) =>
  call(
    api.POST('/api/v1/events/{eventId}/attendees/import', {
      params: { path: { eventId }, query: { dryRun } },
      body: { file: '' },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        return form;
      },
    }),
  );

function usePreview(eventId: string) {
  return useMutation({
    mutationFn: async (file: File): Promise<Report> => {
      const report = await upload(eventId, file, true);
      if ('status' in report) throw new ApiError(500, 'INTERNAL', 'A dry run answered with an import');
      return report;
    },
  });
}

function useImport(eventId: string, onProgress: Progress) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAndWait(eventId, file, onProgress),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['attendees', eventId] });
      void client.invalidateQueries({ queryKey: ['event', eventId] });
      void client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

/**
 * A list dropped (or chosen) as CSV or XLSX: first a dry run shows each row's outcome (matched, new, or
 * the problem), nothing written; then the import, all or nothing.
 */
export function ImportList({ eventId }: { eventId: string }) {
  const { labels } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [preview, setPreview] = useState<Report | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const check = usePreview(eventId);
  const importing = useImport(eventId, (rowsDone, totalRows) => setProgress({ done: rowsDone, total: totalRows }));
  const run = importing.isIdle ? check : importing;
  const refusedItems = refusedPreview(run.error);
  const problems = refusedItems.length > 0 ? [] : rowProblems(run.error);

  const choose = (chosen: File | null | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setPreview(null);
    setDone(null);
    setProgress(null);
    importing.reset();
    check.mutate(chosen, { onSuccess: setPreview });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    choose(e.dataTransfer.files[0]);
  };
  return (
    <section className="card" aria-labelledby={`${id}-head`}>
      <h2 id={`${id}-head`}>{labels.importList.title}</h2>
      <p className="small muted">{labels.importList.hint}</p>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>{labels.importList.drop}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => choose(e.target.files?.[0])}
        />
        {file && <p className="small">{fill(labels.importList.file, { name: file.name })}</p>}
      </div>
      {run.isPending && (
        <p role="status" className="small muted">
          {importing.isPending && progress
            ? fill(labels.importList.importing, { done: progress.done, total: progress.total })
            : labels.importList.checking}
        </p>
      )}
      {run.isError && <ErrorMessage error={run.error} inline={problems.length > 0} />}
      {problems.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label={labels.importList.problems}>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {labels.importList.row}
                </th>
                <th scope="col">{labels.importList.column}</th>
                <th scope="col">{labels.importList.problem}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}>
                  <td className="num">{p.row}</td>
                  <td>{p.field ?? ''}</td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {refusedItems.length > 0 && (
        <>
          <p className="small">{labels.importList.rowsRefused}</p>
          <PreviewTable items={refusedItems} />
        </>
      )}
      {preview && !done && (
        <>
          <p className="alert info" role="status">
            {fill(labels.importList.summary, {
              rows: preview.rows,
              matched: preview.peopleMatched,
              created: preview.peopleCreated,
              orgs: preview.organizationsCreated,
            })}
            {preview.ignoredColumns.length > 0 && ` ${fill(labels.importList.ignored, { columns: preview.ignoredColumns.join(', ') })}`}
          </p>
          <PreviewTable items={preview.items} />
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              disabled={run.isPending || !file}
              onClick={() => file && importing.mutate(file, { onSuccess: setDone })}
            >
              {fill(labels.importList.run, { rows: preview.rows })}
            </button>
          </div>
        </>
      )}
      {done && (
        <p className="alert success" role="status">
          {fill(labels.importList.imported, { added: done.attendancesAdded, created: done.peopleCreated })}
        </p>
      )}
    </section>
  );
}

/** Each row as the file names it (person and organization) with what the import does with it, or why it cannot. */
function PreviewTable({ items }: { items: PreviewItem[] }) {
  const { labels, text } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" aria-label={labels.importList.preview}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {labels.importList.row}
            </th>
            <th scope="col">{labels.importList.name}</th>
            <th scope="col">{labels.importList.organization}</th>
            <th scope="col">{labels.importList.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.row} className={item.outcome === 'error' ? 'row-error' : undefined}>
              <td className="num">{item.row}</td>
              <td>{text(item.name)}</td>
              <td>{text(item.organization)}</td>
              <td>
                {item.outcome === 'error' ? (
                  <>
                    <strong>{labels.importList.refused}</strong>
                    {item.problems.map((p, i) => (
                      <div key={i} className="small">
                        {p.field ? `${p.field}: ` : ''}
                        {p.reason}
                      </div>
                    ))}
                  </>
                ) : item.outcome === 'matched' ? (
                  labels.importList.matched
                ) : (
                  labels.importList.created
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
