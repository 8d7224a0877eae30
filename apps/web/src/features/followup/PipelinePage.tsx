import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnumSelect, fieldErrors, FormActions, FormField, useFormState } from '../../components/form';
import { Loading } from '../../components/Spinner';
import { fill, useI18n } from '../../lib/i18n';
import { Link, useRouter } from '../../lib/router';
import {
  COLUMN_SIZE,
  FIGURE_GROUPS,
  STAGES,
  useAlerts,
  useFollowUpSettings,
  useSaveFollowUpSettings,
  useMoveProject,
  usePipelineColumns,
  type FigureGroup,
  type FollowUpSettings,
  type PipelineProject,
  type Stage,
} from './api';

const today = () => new Date().toISOString().slice(0, 10);

/** The pipeline board: a column per stage, cards marked amber or red by the stall rules; organizers move cards. */
export function PipelinePage({ canEdit }: { canEdit: boolean }) {
  const { labels } = useI18n();
  const { location } = useRouter();
  const eventId = location.search.get('eventId');
  const columns = usePipelineColumns(eventId);
  const [moving, setMoving] = useState<PipelineProject | null>(null);
  const failed = columns.find((c) => c.isError);
  return (
    <>
      <div className="page-head">
        <h1>{labels.followUp.pipeline}</h1>
        <p className="muted">{canEdit ? labels.followUp.pipelineLead : labels.followUp.pipelineReadOnly}</p>
      </div>
      {failed && <ErrorMessage error={failed.error} onRetry={() => columns.forEach((c) => void c.refetch())} />}
      {moving && <MoveForm key={moving.projectId} project={moving} onDone={() => setMoving(null)} />}
      <div className="board" role="list" aria-label={labels.followUp.pipeline}>
        {STAGES.map((stage, i) => {
          const column = columns[i];
          const items = column?.data?.items ?? [];
          const total = column?.data?.total ?? 0;
          const headId = `stage-${stage}`;
          return (
            <section key={stage} className="board-column" role="listitem" aria-labelledby={headId}>
              <h2 id={headId} className="board-head">
                {labels.followUp.stage[stage]} <span className="count">{total}</span>
              </h2>
              {column?.isPending && <Loading />}
              <ul className="board-cards" aria-label={labels.followUp.stage[stage]}>
                {items.map((p) => (
                  <ProjectCard key={p.projectId} project={p} canEdit={canEdit} onMove={() => setMoving(p)} />
                ))}
              </ul>
              {total > COLUMN_SIZE && <p className="small muted">{fill(labels.followUp.more, { shown: COLUMN_SIZE, total })}</p>}
            </section>
          );
        })}
      </div>
      <div className="followup-panels">
        <Alerts />
        <ReportLinks />
      </div>
      <StallRules canEdit={canEdit} />
    </>
  );
}

function Alerts() {
  const { labels, text } = useI18n();
  const alerts = useAlerts();
  return (
    <section className="card" aria-labelledby="alerts-head">
      <h2 id="alerts-head">{labels.followUp.alerts}</h2>
      {alerts.isPending && <Loading />}
      {alerts.isError && <ErrorMessage error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {alerts.data && alerts.data.items.length === 0 && <p className="empty">{labels.followUp.noAlerts}</p>}
      <ul className="register-list" aria-label={labels.followUp.alerts}>
        {alerts.data?.items.map((a) => (
          <li key={`${a.kind}-${a.deliverableId ?? a.mouId}`}>
            <span className={`badge ${a.kind === 'deliverable_overdue' ? 'danger' : 'warning'}`}>{labels.followUp.alertKind[a.kind]}</span>{' '}
            <Link className="strong" to={`/follow-up/mous/${a.mouId}`}>
              {text(a.deliverableTitle ?? a.mouTitle)}
            </Link>
            <div className="small">
              {[a.deliverableTitle ? text(a.mouTitle) : null, a.owner, fill(labels.followUp.daysLeft, { date: a.date, days: a.daysLeft })]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The pipeline report of a period, as plain links (the session cookie authenticates the download). */
function ReportLinks() {
  const { labels, lang } = useI18n();
  const [from, setFrom] = useState(`${new Date().getFullYear() - 1}-01-01`);
  const [to, setTo] = useState(today());
  const [groupBy, setGroupBy] = useState<FigureGroup>('event');
  const href = (format: 'pdf' | 'xlsx') =>
    `/api/v1/follow-up/reports/pipeline?${new URLSearchParams({ from, to, groupBy, format, lang }).toString()}`;
  const valid = !!from && !!to && from <= to;
  return (
    <section className="card" aria-labelledby="report-head">
      <h2 id="report-head">{labels.followUp.reportTitle}</h2>
      <p className="small muted">{labels.followUp.reportLead}</p>
      <div className="form-grid">
        <FormField label={labels.followUp.from}>
          {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </FormField>
        <FormField label={labels.followUp.to}>
          {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
        </FormField>
        <EnumSelect
          label={labels.followUp.groupBy}
          value={groupBy}
          options={FIGURE_GROUPS}
          names={labels.followUp.groups}
          onChange={(v) => v && setGroupBy(v)}
        />
      </div>
      {valid && (
        <p className="form-actions">
          <a className="button primary" href={href('pdf')} download>
            {labels.followUp.downloadPdf}
          </a>
          <a className="button" href={href('xlsx')} download>
            {labels.followUp.downloadXlsx}
          </a>
        </p>
      )}
    </section>
  );
}

function money(amount: string | null, currency: string | null, locale: string): string | null {
  if (amount === null || !currency) return null;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(Number(amount));
}

function ProjectCard({ project: p, canEdit, onMove }: { project: PipelineProject; canEdit: boolean; onMove: () => void }) {
  const { labels, text, locale } = useI18n();
  const signed = money(p.amount, p.currency, locale);
  const inPlace = money(p.amountInPlace, p.currency, locale);
  return (
    <li className={`board-card flag-${p.flag}`}>
      <div className="strong">{text(p.title)}</div>
      <div className="small muted">
        <Link to={`/events/${p.eventId}`}>{text(p.eventTitle)}</Link> · {p.signedOn}
      </div>
      {signed && <div className="small">{inPlace ? fill(labels.followUp.inPlaceOf, { inPlace, signed }) : signed}</div>}
      <div className="small">{fill(labels.followUp.since, { date: p.stageSince ?? '' })}</div>
      {p.flag !== 'none' && (
        <span className={`badge ${p.flag === 'red' ? 'danger' : 'warning'}`}>
          {fill(p.flag === 'red' ? labels.followUp.red : labels.followUp.amber, { days: p.daysWithoutProgress ?? 0 })}
        </span>
      )}
      {p.resignedFrom && <span className="badge neutral">{labels.followUp.resigned}</span>}
      {canEdit && p.allowedNextStages.length > 0 && (
        <button
          type="button"
          className="button quiet small-button"
          onClick={onMove}
          aria-label={fill(labels.followUp.move, { title: text(p.title) })}
        >
          {labels.followUp.moveShort}
        </button>
      )}
    </li>
  );
}

function MoveForm({ project, onDone }: { project: PipelineProject; onDone: () => void }) {
  const { labels, text } = useI18n();
  const move = useMoveProject();
  const [stage, setStage] = useState<Stage | ''>(project.allowedNextStages[0] ?? '');
  const [effectiveOn, setEffectiveOn] = useState(today());
  const [amountInPlace, setAmountInPlace] = useState(project.amountInPlace ?? '');
  const [note, setNote] = useState('');
  const errors = fieldErrors(move.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!stage) return;
    move.mutate(
      {
        projectId: project.projectId,
        body: { stage, effectiveOn, amountInPlace: amountInPlace.trim() || null, note: note.trim() || null },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="card record-form" onSubmit={submit} aria-labelledby="move-head">
      <h2 id="move-head">{fill(labels.followUp.moveTitle, { title: text(project.title) })}</h2>
      <p className="small muted">{fill(labels.followUp.current, { stage: labels.followUp.stage[project.stage] })}</p>
      <div className="form-grid">
        <EnumSelect
          label={labels.followUp.newStage}
          value={stage}
          options={project.allowedNextStages}
          names={labels.followUp.stage}
          onChange={setStage}
          errors={errors('stage')}
        />
        <FormField label={labels.followUp.effectiveOn} errors={errors('effectiveOn')}>
          {(props) => (
            <input {...props} type="date" required value={effectiveOn} max={today()} onChange={(e) => setEffectiveOn(e.target.value)} />
          )}
        </FormField>
        {project.currency && (
          <FormField
            label={fill(labels.followUp.amountInPlace, { currency: project.currency })}
            hint={labels.followUp.amountHint}
            errors={errors('amountInPlace')}
          >
            {(props) => <input {...props} inputMode="decimal" value={amountInPlace} onChange={(e) => setAmountInPlace(e.target.value)} />}
          </FormField>
        )}
        <FormField label={labels.followUp.note} errors={errors('note')} className="wide">
          {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      {move.isError && !errors('stage').length && !errors('effectiveOn').length && !errors('amountInPlace').length && (
        <ErrorMessage error={move.error} inline />
      )}
      <FormActions pending={move.isPending} submit={labels.followUp.save}>
        <button type="button" className="button quiet" onClick={onDone}>
          {labels.followUp.cancel}
        </button>
      </FormActions>
    </form>
  );
}

const SETTING_FIELDS = ['amberDays', 'redDays', 'dueSoonDays', 'expiringDays'] as const;

/** The stall rules and alert horizons: organizers change them, everyone sees them in a sentence. */
function StallRules({ canEdit }: { canEdit: boolean }) {
  const { labels } = useI18n();
  const settings = useFollowUpSettings();
  const [open, setOpen] = useState(false);
  const s = settings.data;
  return (
    <section className="card" aria-labelledby="rules-head">
      <h2 id="rules-head">{labels.followUpSettings.title}</h2>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {s && (
        <p className="small">
          {fill(labels.followUpSettings.summary, { amber: s.amberDays, red: s.redDays, dueSoon: s.dueSoonDays, expiring: s.expiringDays })}
        </p>
      )}
      {canEdit && s && !open && (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {labels.followUpSettings.show}
        </button>
      )}
      {canEdit && s && open && <StallRulesForm settings={s} onClose={() => setOpen(false)} />}
    </section>
  );
}

function StallRulesForm({ settings, onClose }: { settings: FollowUpSettings; onClose: () => void }) {
  const { labels } = useI18n();
  const form = useFormState<Record<(typeof SETTING_FIELDS)[number], string>>({
    amberDays: String(settings.amberDays),
    redDays: String(settings.redDays),
    dueSoonDays: String(settings.dueSoonDays),
    expiringDays: String(settings.expiringDays),
  });
  const save = useSaveFollowUpSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    // a number as typed: the API says what is wrong with it, next to the field
    const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
    const body = Object.fromEntries(SETTING_FIELDS.map((k) => [k, num(form.value[k])]));
    save.mutate(body, {
      onSuccess: () => {
        form.markSaved();
        setSaved(labels.form.saved);
      },
    });
  };
  const fieldLevel = SETTING_FIELDS.some((k) => errors(k).length > 0);
  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={labels.followUpSettings.title}>
      <p className="small muted">{labels.followUpSettings.lead}</p>
      <div className="form-grid">
        {SETTING_FIELDS.map((k) => (
          <FormField key={k} label={labels.followUpSettings[k]} errors={errors(k)}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={1}
                value={form.value[k]}
                onChange={(e) => form.set({ [k]: e.target.value })}
              />
            )}
          </FormField>
        ))}
      </div>
      {save.isError && !fieldLevel && <ErrorMessage error={save.error} inline />}
      <FormActions pending={save.isPending} submit={labels.followUpSettings.save} saved={saved}>
        <button type="button" className="button quiet" onClick={onClose}>
          {labels.followUpSettings.hide}
        </button>
      </FormActions>
    </form>
  );
}
