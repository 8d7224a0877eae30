import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { cleanText, fieldErrors, FormField, LocalizedInput } from '../../components/form';
import { Loading } from '../../components/Spinner';
import type { EventDto, Language, LocalizedText, Session } from '../../lib/api';
import { fill, LANGUAGES, pickText, useI18n } from '../../lib/i18n';
import { canWrite } from '../auth/api';
import { downloadName } from '../reports/file-names';
import {
  badgesHref,
  chartHref,
  placeCardsHref,
  useAssignPlan,
  useCreatePlan,
  useDeletePlan,
  usePinCandidates,
  usePinSeat,
  useSeatingPlans,
  useUnpinSeat,
  useUpdatePlan,
  type CreateSeatingPlan,
  type SeatingPlan,
} from './api';

type Kind = CreateSeatingPlan['kind'];
type Convention = CreateSeatingPlan['convention'];
const KINDS: readonly Kind[] = ['head-table', 'signing', 'banquet', 'theatre'];
const CONVENTIONS: readonly Convention[] = ['cn-domestic', 'western', 'international'];
/** What offices usually call each layout, to start from */
const KIND_NAMES: Record<Kind, LocalizedText> = {
  'head-table': { zh: '主席台', ja: '壇上', en: 'Head table' },
  signing: { zh: '签字仪式', ja: '調印式', en: 'Signing ceremony' },
  banquet: { zh: '宴会', ja: '宴席', en: 'Banquet' },
  theatre: { zh: '会场座位', ja: '会場座席', en: 'Hall seating' },
};

export function SeatingPage({ eventId, session }: { eventId: string; session: Session }) {
  return (
    <EventFrame eventId={eventId} section="seating">
      {(event) => <Seating event={event} writer={canWrite(session)} />}
    </EventFrame>
  );
}

function Seating({ event, writer }: { event: EventDto; writer: boolean }) {
  const { labels, text } = useI18n();
  const plans = useSeatingPlans(event.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const items = plans.data?.items ?? [];
  const plan = items.find((p) => p.id === selected) ?? items[0];
  return (
    <>
      <div className="section-head">
        <div>
          <h2>{labels.seating.title}</h2>
          <p className="muted">{labels.seating.lead}</p>
        </div>
      </div>
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data && (
        <nav className="subnav" aria-label={labels.seating.plans}>
          {items.length === 0 && <span className="muted">{labels.seating.none}</span>}
          {items.map((p) => (
            <button
              key={p.id}
              type="button"
              className={p.id === plan?.id && !creating ? 'button primary' : 'button'}
              aria-pressed={p.id === plan?.id && !creating}
              onClick={() => {
                setSelected(p.id);
                setCreating(false);
              }}
            >
              {text(p.name)}
            </button>
          ))}
          {writer && (
            <button type="button" className="button" aria-pressed={creating} onClick={() => setCreating(true)}>
              + {labels.seating.newPlan}
            </button>
          )}
        </nav>
      )}
      {creating || (writer && plans.data && items.length === 0) ? (
        <PlanForm
          event={event}
          onDone={(id) => {
            setSelected(id);
            setCreating(false);
          }}
        />
      ) : (
        plan && <PlanView key={plan.id} event={event} plan={plan} writer={writer} />
      )}
      <Downloads event={event} plan={creating ? undefined : plan} />
    </>
  );
}

/** "7" or "9, 11" → [7] or [9, 11]; anything else is left for the API to refuse with the field named. */
function parseSizes(text: string): number[] {
  return text
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .map((s) => Number(s));
}

function PlanForm({ event, plan, onDone }: { event: EventDto; plan?: SeatingPlan; onDone: (id: string) => void }) {
  const { labels, text } = useI18n();
  const create = useCreatePlan(event.id);
  const update = useUpdatePlan(event.id);
  const [name, setName] = useState<LocalizedText | null>(plan?.name ?? null);
  const [kind, setKind] = useState<Kind>(plan?.kind ?? 'head-table');
  const [convention, setConvention] = useState<Convention>(plan?.convention ?? 'cn-domestic');
  const [sizes, setSizes] = useState((plan?.layout.rows ?? plan?.layout.tables ?? [7]).join(', '));
  const [witnesses, setWitnesses] = useState(String(plan?.layout.witnesses ?? 4));
  const [hostSide, setHostSide] = useState(plan?.hostSide ?? '');
  const mutation = plan ? update : create;
  const errors = fieldErrors(mutation.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body: CreateSeatingPlan = {
      name: cleanText(name) ?? KIND_NAMES[kind],
      kind,
      convention: kind === 'signing' ? 'signing' : convention,
      ...(kind === 'signing'
        ? { witnesses: Number(witnesses) }
        : kind === 'banquet'
          ? { tables: parseSizes(sizes) }
          : { rows: parseSizes(sizes) }),
      hostSide: hostSide || null,
    };
    if (plan) update.mutate({ id: plan.id, body }, { onSuccess: (p) => onDone(p.id) });
    else create.mutate(body, { onSuccess: (p) => onDone(p.id) });
  };
  return (
    <form className="card record-form" onSubmit={onSubmit} noValidate>
      <LocalizedInput
        label={labels.seating.name}
        value={name ?? KIND_NAMES[kind]}
        onChange={setName}
        errors={errors('name')}
        maxLength={200}
      />
      <div className="row">
        <FormField label={labels.seating.kind} errors={errors('kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {labels.seating.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {kind !== 'signing' && (
          <FormField label={labels.seating.convention} errors={errors('convention')}>
            {(props) => (
              <select
                {...props}
                value={convention}
                onChange={(e) => setConvention(CONVENTIONS.find((c) => c === e.target.value) ?? convention)}
              >
                {CONVENTIONS.map((c) => (
                  <option key={c} value={c}>
                    {labels.seating.conventions[c]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {kind === 'signing' ? (
          <FormField label={labels.seating.witnesses} errors={errors('witnesses')}>
            {(props) => (
              <input {...props} type="number" min={0} max={30} value={witnesses} onChange={(e) => setWitnesses(e.target.value)} />
            )}
          </FormField>
        ) : (
          <FormField
            label={kind === 'banquet' ? labels.seating.tables : labels.seating.rows}
            hint={kind === 'banquet' ? labels.seating.tablesHint : labels.seating.rowsHint}
            errors={errors(kind === 'banquet' ? 'tables' : 'rows')}
          >
            {(props) => <input {...props} inputMode="numeric" value={sizes} onChange={(e) => setSizes(e.target.value)} />}
          </FormField>
        )}
        {event.sides.length > 1 && (
          <FormField label={labels.seating.hostSide} errors={errors('hostSide')}>
            {(props) => (
              <select {...props} value={hostSide} onChange={(e) => setHostSide(e.target.value)}>
                <option value="">{labels.seating.firstSide}</option>
                {event.sides.map((s) => (
                  <option key={s.code} value={s.code}>
                    {text(s.name) || s.code}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      {mutation.error && <ErrorMessage error={mutation.error} inline />}
      <button type="submit" className="button primary" disabled={mutation.isPending}>
        {plan ? labels.seating.save : labels.seating.create}
      </button>
    </form>
  );
}

type Block = SeatingPlan['blocks'][number];
type Seat = Block['seats'][number];

function blockName(labels: ReturnType<typeof useI18n>['labels'], block: Block): string {
  if (block.kind === 'table') return fill(labels.seating.table, { n: block.block });
  if (block.kind === 'signing-table') return labels.seating.signingTable;
  if (block.kind === 'witnesses') return labels.seating.witnessRow;
  return fill(labels.seating.row, { n: block.block });
}

function PlanView({ event, plan, writer }: { event: EventDto; plan: SeatingPlan; writer: boolean }) {
  const { labels, text } = useI18n();
  const assign = useAssignPlan(event.id);
  const remove = useDeletePlan(event.id);
  const unpin = useUnpinSeat(event.id);
  const [editing, setEditing] = useState(false);
  const [pinning, setPinning] = useState<{ block: Block; seat: Seat } | null>(null);
  // rows are drawn as the audience sees them: the stage at the top, so the back row first (theatre rows face the stage: front row first)
  const blocks = plan.kind === 'head-table' || plan.kind === 'signing' ? [...plan.blocks].reverse() : plan.blocks;
  const error = assign.error ?? remove.error ?? unpin.error;
  return (
    <section className="card seating-plan" aria-labelledby="seating-plan-title">
      <div className="section-head">
        <h3 id="seating-plan-title">
          {text(plan.name)} · {plan.kind === 'signing' ? labels.seating.conventions.signing : labels.seating.conventions[plan.convention]}
        </h3>
        {writer && (
          <div className="row">
            <button type="button" className="button primary" disabled={assign.isPending} onClick={() => assign.mutate(plan.id)}>
              {labels.seating.assign}
            </button>
            <button type="button" className="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
              {labels.seating.edit}
            </button>
            <button
              type="button"
              className="button danger"
              disabled={remove.isPending}
              onClick={() => window.confirm(fill(labels.seating.deleteConfirm, { name: text(plan.name) })) && remove.mutate(plan.id)}
            >
              {labels.seating.delete}
            </button>
          </div>
        )}
      </div>
      {editing && <PlanForm event={event} plan={plan} onDone={() => setEditing(false)} />}
      {error && <ErrorMessage error={error} />}
      <p className="alert info" data-testid="seating-viewpoint">
        {plan.viewpoint === 'above' ? labels.seating.viewpoint.above : labels.seating.viewpoint.audience}
      </p>
      {plan.viewpoint === 'audience' && <div className="seating-band stage">{labels.seating.stage}</div>}
      <div className="seating-grid">
        {blocks.map((block) => (
          <div key={block.block} className={`seating-block ${block.kind}`}>
            <div className="seating-block-name">{blockName(labels, block)}</div>
            <ol className="seating-seats" aria-label={blockName(labels, block)}>
              {block.seats.map((seat) => (
                <SeatCell
                  key={seat.seat}
                  seat={seat}
                  writer={writer}
                  onPin={() => setPinning({ block, seat })}
                  onUnpin={() => unpin.mutate({ id: plan.id, block: block.block, seat: seat.seat })}
                />
              ))}
            </ol>
          </div>
        ))}
      </div>
      <div className="seating-band audience">{plan.viewpoint === 'above' ? labels.seating.entrance : labels.seating.audience}</div>
      {plan.unseated.length > 0 && <p className="muted">{fill(labels.seating.unseated, { count: plan.unseated.length })}</p>}
      {pinning && <PinForm event={event} plan={plan} block={pinning.block} seat={pinning.seat} onClose={() => setPinning(null)} />}
    </section>
  );
}

function SeatCell({ seat, writer, onPin, onUnpin }: { seat: Seat; writer: boolean; onPin: () => void; onUnpin: () => void }) {
  const { labels, text } = useI18n();
  const name = seat.attendee ? text(seat.attendee.name) : '';
  return (
    <li className={seat.attendee ? (seat.pinned ? 'seat pinned' : 'seat') : 'seat empty'} data-testid="seat">
      <span className="seat-number">{fill(labels.seating.seat, { n: seat.seat })}</span>
      <strong className="seat-name">{name || labels.seating.empty}</strong>
      {seat.attendee?.title && <span className="seat-title small muted">{text(seat.attendee.title)}</span>}
      {seat.pinned && <span className="small">📌 {labels.seating.pinned}</span>}
      {writer &&
        (seat.pinned ? (
          <button type="button" className="button quiet" onClick={onUnpin} aria-label={`${labels.seating.unpin}: ${name}`}>
            {labels.seating.unpin}
          </button>
        ) : (
          <button
            type="button"
            className="button quiet"
            onClick={onPin}
            aria-label={`${labels.seating.pin}: ${fill(labels.seating.seat, { n: seat.seat })}`}
          >
            {labels.seating.pinSubmit}
          </button>
        ))}
    </li>
  );
}

function PinForm({
  event,
  plan,
  block,
  seat,
  onClose,
}: {
  event: EventDto;
  plan: SeatingPlan;
  block: Block;
  seat: Seat;
  onClose: () => void;
}) {
  const { labels, text } = useI18n();
  const candidates = usePinCandidates(event.id, true);
  const pin = usePinSeat(event.id);
  const [attendeeId, setAttendeeId] = useState(seat.attendee?.id ?? '');
  const errors = fieldErrors(pin.error);
  const title = fill(labels.seating.pinTo, { seat: seat.seat, block: blockName(labels, block) });
  return (
    <form
      className="card record-form pin-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        pin.mutate({ id: plan.id, block: block.block, seat: seat.seat, attendeeId }, { onSuccess: onClose });
      }}
    >
      <FormField label={title} errors={errors('attendeeId')}>
        {(props) => (
          <select {...props} value={attendeeId} required onChange={(e) => setAttendeeId(e.target.value)}>
            <option value="" disabled>
              –
            </option>
            {candidates.data?.items
              .filter((a) => a.status !== 'absent')
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.effectiveOrder}. {text(a.person.name)}
                </option>
              ))}
          </select>
        )}
      </FormField>
      {pin.error && <ErrorMessage error={pin.error} inline />}
      <div className="row">
        <button type="submit" className="button primary" disabled={pin.isPending || !attendeeId}>
          {labels.seating.pinSubmit}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {labels.seating.cancel}
        </button>
      </div>
    </form>
  );
}

function Downloads({ event, plan }: { event: EventDto; plan?: SeatingPlan }) {
  const { labels, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Language>(uiLang);
  const [second, setSecond] = useState<Language | ''>('');
  const [paper, setPaper] = useState<'a4' | 'a3'>('a4');
  const title = pickText(event.title, lang);
  return (
    <section className="card report" aria-labelledby="seating-downloads">
      <h3 id="seating-downloads">{labels.seating.downloads}</h3>
      <div className="report-options">
        <Field label={labels.seating.language}>
          {(id) => (
            <select id={id} value={lang} onChange={(e) => setLang(LANGUAGES.find((l) => l === e.target.value) ?? lang)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {labels.lang[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.seating.paper}>
          {(id) => (
            <select id={id} value={paper} onChange={(e) => setPaper(e.target.value === 'a3' ? 'a3' : 'a4')}>
              <option value="a4">A4</option>
              <option value="a3">A3</option>
            </select>
          )}
        </Field>
        <Field label={labels.seating.second}>
          {(id) => (
            <select id={id} value={second} onChange={(e) => setSecond(LANGUAGES.find((l) => l === e.target.value) ?? '')}>
              <option value="">{labels.seating.noSecond}</option>
              {LANGUAGES.filter((l) => l !== lang).map((l) => (
                <option key={l} value={l}>
                  {labels.lang[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="downloads">
        {plan && (
          <>
            <a
              className="button primary"
              href={chartHref(event.id, plan.id, { lang, paper, format: 'pdf' })}
              download={downloadName(event, title, `seating-chart-${lang}`, 'pdf')}
            >
              {labels.seating.chartPdf}
            </a>
            <a
              className="button"
              href={chartHref(event.id, plan.id, { lang, paper, format: 'xlsx' })}
              download={downloadName(event, title, `seating-chart-${lang}`, 'xlsx')}
            >
              {labels.seating.chartXlsx}
            </a>
            <a
              className="button"
              href={placeCardsHref(event.id, plan.id, { lang, second: second || undefined })}
              download={downloadName(event, title, `place-cards-${lang}`, 'pdf')}
            >
              {labels.seating.cards}
            </a>
          </>
        )}
        <a className="button" href={badgesHref(event.id, { lang })} download={downloadName(event, title, `badges-${lang}`, 'pdf')}>
          {labels.seating.badges}
        </a>
      </div>
    </section>
  );
}
