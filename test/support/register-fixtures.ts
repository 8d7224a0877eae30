import type { Session, TestContext } from './test-app.js';

/** Small factories that build register records through the HTTP API, as a client would. */
export function registerFixtures(ctx: TestContext) {
  const post = async (session: Session, path: string, body: unknown) => {
    const res = await ctx
      .http()
      .post(`/api/v1${path}`)
      .set(session.auth)
      .send(body as object);
    if (res.status !== 201) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    post,
    organization: (s: Session, overrides: Record<string, unknown> = {}) =>
      post(s, '/organizations', {
        kind: 'government',
        region: 'Shandong',
        name: { en: `Org ${Math.random().toString(36).slice(2, 8)}` },
        ...overrides,
      }),
    person: (s: Session, overrides: Record<string, unknown> = {}) =>
      post(s, '/people', { name: { en: `Person ${Math.random().toString(36).slice(2, 8)}` }, ...overrides }),
    event: (s: Session, overrides: Record<string, unknown> = {}) =>
      post(s, '/events', {
        title: { en: 'Cooperation meeting', zh: '合作交流会' },
        kind: 'exchange_meeting',
        startsAt: '2024-03-25T09:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        sides: [
          { code: 'shandong', name: { en: 'Shandong' } },
          { code: 'hongkong', name: { en: 'Hong Kong' } },
        ],
        ...overrides,
      }),
    attend: (s: Session, eventId: string, personId: string, overrides: Record<string, unknown> = {}) =>
      post(s, `/events/${eventId}/attendees`, { personId, role: 'guest', ...overrides }),
    /** checks the attendee in at `checkedInAt` (an event already held needs the time) */
    checkIn: async (s: Session, eventId: string, attendeeId: string, checkedInAt: string) => {
      const res = await ctx.http().post(`/api/v1/events/${eventId}/attendees/${attendeeId}/check-in`).set(s.auth).send({ checkedInAt });
      if (res.status !== 200) throw new Error(`check-in → ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}

/** The sessions most register specs need: a new workspace's owner, an organizer and an official of it, and another workspace's owner. */
export async function registerSessions(ctx: TestContext, workspaceName: string) {
  const owner = await ctx.newWorkspace(workspaceName);
  const organizer = await ctx.newMember(owner, 'organizer');
  const official = await ctx.newMember(owner, 'official');
  const other = await ctx.newWorkspace('Another office');
  return { owner, organizer, official, other };
}
