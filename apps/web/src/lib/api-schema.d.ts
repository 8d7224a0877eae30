/**
 * The API as TypeScript types, generated from the OpenAPI document by openapi-typescript.
 * Do not edit: change the API, then run `npm run api:types`.
 */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Database ping with its round-trip time (503 DATABASE_UNAVAILABLE within 1.5 s when it does not answer) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: 200 whenever the process serves HTTP, whatever the state of the database (restart the process when it fails) */
    get: operations['liveHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: 200 when the database answers within 1.5 s, else 503 DATABASE_UNAVAILABLE (send no traffic meanwhile) */
    get: operations['readyHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a user and a workspace they own; returns a token for it */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange email and password for a token bound to one workspace
     * @description A user in several workspaces passes `workspaceId` to choose one; without it the token is for the workspace joined first. The response lists every workspace of the user; log in again with another `workspaceId` to switch.
     */
    post: operations['logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your own password (users only, not API keys)
     * @description Every access token of the user issued before the change, including the one making this call, and every other browser session stop working at once. A browser session making the change continues: the answer sets a new `eventreg_session` cookie and the CSRF token stays the same. Bearer clients sign in again with the new password.
     */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the credentials belong to: workspace, role, user or API key */
    get: operations['getCurrentActor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The browser's session: user, workspace and role, all workspaces, and the CSRF token */
    get: operations['getSession'];
    put?: never;
    /**
     * Sign in from a browser: starts a cookie session
     * @description Checks email and password like `POST /auth/login` and sets the httpOnly `eventreg_session` cookie (SameSite=Lax, Path=/, Secure over https). The body carries no token: send the cookie back, and `csrfToken` as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE. A session already held by this browser ends.
     */
    post: operations['startSession'];
    /**
     * Sign out: ends the session on the server and clears the cookie
     * @description Answers 204 also when the session has already ended, so signing out is always safe to repeat.
     */
    delete: operations['endSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session/workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch the session to another workspace of the user (same cookie, same CSRF token) */
    put: operations['switchSessionWorkspace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace members and their roles, oldest member first, in pages */
    get: operations['listMembers'];
    put?: never;
    /**
     * Add an existing user as a member by email with a role (owner, organizer, official)
     * @description For someone who has no account yet, send an invitation (`POST /invitations`): they choose their own password. Creating the account here with an initial `password` still works but is deprecated.
     */
    post: operations['addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the workspace */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    /** Change a member's role */
    patch: operations['updateMember'];
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the workspace's API keys (never their secrets) */
    get: operations['listApiKeys'];
    put?: never;
    /** Create an API key with a role; the secret is in this response only */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key; it stops working at once */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pending invitations (not accepted, revoked or expired), newest first */
    get: operations['listInvitations'];
    put?: never;
    /**
     * Invite someone by email with a role; the one-time link is emailed, or returned when no mail was sent
     * @description The link works once, for INVITATION_TTL_HOURS (7 days by default). With SMTP configured it is emailed to the invitee and not returned (`emailSent: true`); otherwise the answer carries `link` for the owner to pass on. A new invitation for the same email replaces a pending one. The email is in `language` (zh, ja, en), else in the first language of `Accept-Language` the product writes in, else English.
     */
    post: operations['createInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation; its link stops working at once */
    delete: operations['revokeInvitations'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What an invitation link offers (workspace, email, role, whether the account exists), without using it
     * @description No authentication: the token is the credential.
     */
    post: operations['previewInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation: join the workspace with the invited role (creating the account with `password` if there is none)
     * @description No authentication: the token is the credential. The link works once. An invitee who already has an account just joins (no password needed); a new invitee sets their password here, under the same rules as signup. Then sign in as usual.
     */
    post: operations['acceptInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link by email; always 202, whether or not an account has the address
     * @description When an account has the email, a one-time link (valid PASSWORD_RESET_TTL_MINUTES, 60 by default) is emailed to it; without SMTP the link is written to the server log for the operator, and an owner can make one for a member (`POST /members/{userId}/password-reset`). The answer is the same in every case and never contains the link. The email is in `language` (zh, ja, en), else in the first language of `Accept-Language` the product writes in, else English.
     */
    post: operations['requestPasswordResets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with a reset link; the link works once
     * @description No authentication: the token is the credential. Like a password change, every session and access token of the user ends; sign in again with the new password.
     */
    post: operations['resetPasswordResets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{userId}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a password reset link for a member of the workspace: emailed to them, or returned to pass on when no mail was sent
     * @description The email is in the first language of this request's `Accept-Language` the product writes in (zh, ja, en), else English.
     */
    post: operations['createForMemberPasswordResets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organizations, filtered by text, kind or region */
    get: operations['listOrganizations'];
    put?: never;
    /** Record an organization (government body, enterprise, university…) */
    post: operations['createOrganization'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one organization */
    get: operations['getOrganization'];
    put?: never;
    post?: never;
    /** Delete an organization; refused with IN_USE while any record names it */
    delete: operations['deleteOrganization'];
    options?: never;
    head?: never;
    /** Change an organization */
    patch: operations['updateOrganization'];
    trace?: never;
  };
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people by protocol rank, filtered by name or organization
     * @description Name search: a fragment in any language, spaces ignored, served by a trigram index. Page with `cursor` (the previous page's `nextCursor`) for long lists; `page` works too.
     */
    get: operations['listPeople'];
    put?: never;
    /** Record an official or guest with their positions and protocol rank */
    post: operations['createPerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one person with all positions */
    get: operations['getPerson'];
    put?: never;
    post?: never;
    /** Delete a person; refused with IN_USE while they attend an event or are named in an MoU */
    delete: operations['deletePerson'];
    options?: never;
    head?: never;
    /** Change a person; `positions`, when given, replaces the whole list */
    patch: operations['updatePerson'];
    trace?: never;
  };
  '/api/v1/people/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge another record of the same person into this one, keeping the history of both
     * @description In one transaction the duplicate's attendances (with their speeches and delegation headships), MoU signatures and witnessings, and the positions this person does not hold move here; names in languages this record lacks are taken over; then the duplicate is removed. Where both attended one event, this person's attendance stays with its role and takes from the duplicate's what it lacks (side, protocol order, a check-in); the duplicate's attendance is removed. With `dryRun` nothing is written: the answer tells what would move. Audited as `merge`.
     */
    post: operations['mergePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List events, newest first; filter by text, status, kind, dates or organization
     * @description Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listEvents'];
    put?: never;
    /** Record an event: title, kind, time and zone, venue, hosts, sides */
    post: operations['createEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one event with its hosts and record counts */
    get: operations['getEvent'];
    put?: never;
    post?: never;
    /** Delete an event and everything recorded for it (agenda, attendance, speeches, MoUs, projects, writeups) */
    delete: operations['deleteEvent'];
    options?: never;
    head?: never;
    /** Change an event or move it along its lifecycle (draft → scheduled → held; cancelled) */
    patch: operations['updateEvent'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agenda in order */
    get: operations['listAgendaItems'];
    put?: never;
    /** Add an agenda segment: opening, address, unveiling, MoU or project signing, policy presentation, matchmaking, site visit */
    post: operations['createAgendaItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/agenda/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an agenda segment (speeches given in it stay, without the segment) */
    delete: operations['deleteAgendaItem'];
    options?: never;
    head?: never;
    /** Change or reorder an agenda segment */
    patch: operations['updateAgendaItem'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List attendees in protocol order
     * @description Protocol order: the per-event override first, then the person's rank, then when they were added. `effectiveOrder` is each attendee's place over the whole event (filters do not renumber it); set `protocolOrder` to correct it. Page with `cursor` (the previous page's `nextCursor`): every page costs the same however large the event, and each attendee comes once even while attendees are added or checked in; `page` still works for small lists. On pages read by cursor, `effectiveOrder` counts from the cursor's place as it was when the cursor was given out. `total` comes from the event's counters unless filtered by role, side or name.
     */
    get: operations['listAttendees'];
    put?: never;
    /** Add a person to the event with a role, side and optional protocol-order override */
    post: operations['addAttendee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add many attendees at once, all or nothing */
    post: operations['addAttendeesInBulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts by status for the check-in desk (total, invited, registered, checked in, absent) and the latest check-in */
    get: operations['summaryAttendee'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one attendee */
    get: operations['getAttendee'];
    put?: never;
    post?: never;
    /** Remove an attendee; refused with IN_USE while a speech of theirs is recorded */
    delete: operations['removeAttendee'];
    options?: never;
    head?: never;
    /** Change an attendee's role, side, protocol-order override or status */
    patch: operations['updateAttendee'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/{id}/replace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace an attendee by a deputy (代理出席): the deputy attends on behalf of the principal, in their place
     * @description One transaction: the principal is marked absent; the deputy is added with the principal's role and side and keeps the principal's place in protocol order (every list, report, writeup and presider's script puts the deputy there, named as attending on the principal's behalf: 受…委托 / …の代理として / on behalf of …). Recorded speeches, agenda items performed, signatures, witnessing and a delegation's head pass to the deputy. Refused when the attendee already has a deputy or is one (409 INVALID_STATE_TRANSITION) and when the deputy already attends (409 ALREADY_EXISTS).
     */
    post: operations['replaceAttendee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check an attendee in; idempotent and safe under concurrent calls (the first time is kept)
     * @description While the event is on the time of the call is recorded unless `checkedInAt` is given. Once the event is over (status `held`, or past its end; without an end, past its start day in its zone) `checkedInAt` is required, so a past event never shows a check-in dated the day it was entered. A given time is never in the future and lies within a day of the event. `checkedInNow` is false when the attendee was already checked in.
     */
    post: operations['checkInAttendee'];
    /** Undo a check-in: the attendee is registered again with no check-in time; idempotent (`undoneNow` false when nothing was undone) */
    delete: operations['undoCheckInAttendee'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/check-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check many attendees in at the times they arrived, all or nothing (e.g. from the paper sign-in sheet of a past event)
     * @description Each `checkedInAt` follows the rules of a single check-in: required once the event is over, never in the future, within a day of the event; a bad one is refused as `items.<n>.checkedInAt`. An attendee already checked in keeps the first time (`checkedInNow` false). Reports print these times in the event's zone.
     */
    post: operations['checkInManyAttendee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/participant-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the event's participant groups in order */
    get: operations['listParticipantGroups'];
    put?: never;
    /** Record an unnamed group of participants with a count and qualifier ("over 200 from enterprises") */
    post: operations['createParticipantGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/participant-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a participant group */
    delete: operations['deleteParticipantGroup'];
    options?: never;
    head?: never;
    /** Change a participant group */
    patch: operations['updateParticipantGroup'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the event's delegations in order */
    get: operations['listDelegations'];
    put?: never;
    /**
     * Record a side's delegation with its head and size ("a 12-member delegation led by …")
     * @description One delegation per side; the attendees of the side are its members. The head must attend the event, for the same side.
     */
    post: operations['createDelegations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/delegations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a delegation */
    delete: operations['deleteDelegations'];
    options?: never;
    head?: never;
    /** Change a delegation */
    patch: operations['updateDelegations'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/speeches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List speeches in speaking order
     * @description By `order`, then the speakers' protocol order.
     */
    get: operations['listSpeeches'];
    put?: never;
    /** Record a speech: the speaker (an attendee of the event), its kind, key points and quotes */
    post: operations['createSpeech'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/speeches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one speech */
    get: operations['getSpeech'];
    put?: never;
    post?: never;
    /** Delete a speech */
    delete: operations['deleteSpeech'];
    options?: never;
    head?: never;
    /** Change a speech, its speaker or its place in the speaking order */
    patch: operations['updateSpeech'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the event's MoUs in order
     * @description Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listEventMous'];
    put?: never;
    /** Record an MoU signed at the event: two or more parties with their signatories, witnesses, date, purpose */
    post: operations['createMou'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/mous/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one MoU */
    get: operations['getMou'];
    put?: never;
    post?: never;
    /** Delete an MoU with its parties */
    delete: operations['deleteMou'];
    options?: never;
    head?: never;
    /** Change an MoU; `parties` and `witnessIds`, when given, replace the whole list */
    patch: operations['updateMou'];
    trace?: never;
  };
  '/api/v1/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List MoUs across events, filtered by party, region, date, status, event or title
     * @description An MoU's date is its signing date, else the day its event started (the event's local time); `from` and `to` are inclusive. Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listMous'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the event's signed projects in order
     * @description Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listEventProjects'];
    put?: never;
    /** Record a cooperation project signed at the event: parties, sector, amount and currency */
    post: operations['createProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one signed project */
    get: operations['getProject'];
    put?: never;
    post?: never;
    /** Delete a signed project */
    delete: operations['deleteProject'];
    options?: never;
    head?: never;
    /** Change a signed project; `partyIds`, when given, replaces the list */
    patch: operations['updateProject'];
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List signed projects across events, filtered by party, region, sector, date, status, event or title
     * @description `from` and `to` (inclusive) apply to the day the project's event started, in the event's local time. Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listProjects'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/attendees/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a delegation or attendee list from CSV or XLSX, all or nothing, as a background job
     * @description Upload a delegation or attendee list as `multipart/form-data` with the file in the field `file`: a CSV (comma-separated, RFC 4180 quotes; UTF-8 with or without BOM, GB18030/GBK or Shift_JIS, detected or named with `encoding`) or an XLSX workbook (its first worksheet), at most 20 MB.
     *
     *     **The import runs in the background.** The file is read and checked for its form at once (a file that cannot be read, is over a limit or has no usable header is refused here with a 4xx and nothing is recorded); then the answer is `202 Accepted` with the import (`status: queued`) and its address in `Location`: `GET /events/{eventId}/imports/{importId}` shows its status (queued, running, succeeded, failed), the rows done of the total, and the rows' problems. `dryRun=true` instead checks every row at once and answers 200 with what an import would do (the first 2,000 rows listed one by one), writing nothing.
     *
     *     Limits, checked while the file is read: 200,000 attendee rows, 200 columns, and for XLSX 64 MiB unpacked per workbook part, 500,000 distinct texts (shared strings) and 2000 files in the workbook. A file over a limit is refused with 413 IMPORT_TOO_LARGE (`details.limit` names it). Each cell: names up to 200 characters, titles and organizations 500, regions 100, sides 200, role/status/kind 40; no NUL characters or lone surrogates.
     *
     *     The first non-empty row is the header. Recognised columns (case-insensitive; unknown columns are ignored and listed in `ignoredColumns`):
     *     - `name_zh`, `name_ja`, `name_en` (also `姓名`, `氏名`, `name`) — at least one per row
     *     - `family_name_zh`, `family_name_ja`, `family_name_en` (also `姓`, `苗字`, `surname`) — the family name later mentions in a writeup use; part of the name in the same language
     *     - `title_zh`, `title_ja`, `title_en` (also `职务`, `役職`, `title`) — the position title
     *     - `organization_zh`, `organization_ja`, `organization_en` (also `单位`, `所属`, `organization`) — the organization the title is held in; it needs a title
     *     - `organization_kind` (default `other`) and `region` — used when the organization is created
     *     - a second and third position: `title_2_zh` … `organization_2_en`, `organization_2_kind`, `region_2`, and the same with `_3`
     *     - `role`: presider, speaker, guest, participant (default participant)
     *     - `side` (also `delegation`, `代表团`, `代表団`): the code (or a name) of one of the event's sides; a side's attendees are the members of its delegation
     *     - `protocol_rank` (whole number, for people created by the import), `protocol_order` (whole number, the override for this event)
     *     - `status`: invited, registered, checked_in, absent (default registered)
     *
     *     A person is matched to one already recorded whose name is the same in a language both have and who holds a position in one of the row's organizations; a row without an organization matches by name when exactly one person has it. Otherwise the person is created with the row's positions. Organizations are matched by the same name in a language, else created once per file. Matched people and organizations are not changed.
     *
     *     All or nothing: if any row has a problem (a cell too long, no name, unknown role, status, kind or side, a bad number, a person listed twice or already attending) nothing is written and the import ends `failed` with `failure.code: IMPORT_REJECTED` and `errors: [{ row, field?, reason }]`, `row` numbered as a spreadsheet shows it (the header row is 1); a dry run answers 422 IMPORT_REJECTED with `details.rows` instead.
     *
     *     Imports into one workspace run one after another, in the order they were sent: each is checked against what the earlier ones recorded, so two lists naming the same new organization or person create it once, and the same list imported twice into an event fails the second time (each person already attends).
     */
    post: operations['importAttendees'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the event's attendee imports, newest first
     * @description Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listAttendeeImports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an attendee import: status, progress and row errors
     * @description Poll it until `status` is `succeeded` or `failed`. `rowsDone` of `totalRows` grows while it runs (the rows become visible together when it succeeds). A failed import wrote nothing: `failure` says why and `errors` lists the first 1,000 rows' problems (`errorCount` counts them all).
     */
    get: operations['getAttendeeImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeup/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The news writeup of the event as structured JSON: every sentence with the records it states, and warnings
     * @description Deterministic: the same records give the same text. Each warning names a text that fell back to another language. Cancelled events have no writeup (409 EVENT_CANCELLED).
     */
    get: operations['getEventWriteup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeup/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The news writeup of the event as a file to download: Markdown, HTML, plain text or Word
     * @description Content-Disposition names the file after the event's local date and its title in the writeup's language (`2024-03-25_<title>_writeup-<lang>.<format>`), with an ASCII fallback and an RFC 6266 `filename*`. Cancelled events have no writeup (409 EVENT_CANCELLED).
     */
    get: operations['downloadEventWriteup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The news writeup in any format from one URL (kept for existing links; clients use writeup/document and writeup/file)
     * @deprecated
     * @description The same writeup as `GET …/writeup/document` (`format=json`) and `GET …/writeup/file` (`format=md|html|txt|docx`, the default md), shown inline except docx. Cancelled events have no writeup (409 EVENT_CANCELLED).
     */
    get: operations['getEventWriteupInFormat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The event's saved writeups; officials see published ones only */
    get: operations['listWriteupDrafts'];
    put?: never;
    /** Save a generated writeup as a draft to edit and publish (version 1) */
    post: operations['createWriteupDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One saved writeup: the latest version for organizers, the published one for officials */
    get: operations['getWriteupDraft'];
    /** Save an edited text as a new version (refused with DRAFT_CHANGED if someone saved since baseVersion) */
    put: operations['editWriteupDraft'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a saved writeup, newest first (organizers and owners; officials read the published version only) */
    get: operations['listWriteupDraftVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in the records since the latest generated version, with that text and the text the records give now
     * @description `records` counts the event's records (and its attendees' people and its organizations) changed since then, by kind and action, from the audit log; `previous` and `current` let a client show the difference a regeneration would make.
     */
    get: operations['changesWriteupDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups/{id}/regenerate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a version generated from the current records; refused with DRAFT_EDITED over an edit unless overwriteEdits */
    post: operations['regenerateWriteupDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/writeups/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a version (the latest by default); officials then read it */
    post: operations['publishWriteupDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/writeup-style': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The workspace's house style for writeups
     * @description English title case after names, the Japanese honorific, the dateline form per language. Defaults until the owner sets it.
     */
    get: operations['getHouseStyle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the workspace's house style (owner only); the fields given replace the stored ones */
    patch: operations['updateHouseStyle'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/script': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The presider's script (主持词 / 司会台本 / MC script) of the event, from its agenda and protocol order, as Markdown or Word
     * @description Opening (greeting, the event, date and venue), the introduction of leaders and guests in protocol order with their positions, each agenda item in turn (addresses, signings with their signatories and witnesses, unveilings, project signings), closing. Only attendees registered (expected) or checked in are named; invitees who never confirmed and anyone marked absent are not; a deputy is named in the principal's place on the principal's behalf. Content-Disposition names the file `<date>_<title>_script-<lang>.<format>`. The download is recorded for `GET /events/{id}/outputs`. Cancelled events have none (409 EVENT_CANCELLED).
     */
    get: operations['scriptScript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/reports/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Attendance report: CSV (UTF-8 with BOM, or GB18030 / Shift_JIS), XLSX (attendees + summary sheets) or PDF (A4)
     * @description Streamed from the database; filters by status, side and role; listed in protocol, stroke, pinyin, 五十音 or family-name order. Text missing in the report's language is taken from another language and named in a footnote (PDF, XLSX) and a column (CSV, XLSX), or refused with `strict=true`. The file name carries the event date and title.
     */
    get: operations['getAttendanceReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/reports/sign-in-sheet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pre-event sign-in sheet with an empty signature column, in any order, one list or grouped by organization (PDF or XLSX) */
    get: operations['getSignInSheet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/reports/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A short-lived signed link to a report, to open in a browser without an Authorization header
     * @description The link works for DOWNLOAD_LINK_TTL_SECONDS (default 300) for whoever holds it, even if the caller loses access meanwhile; keep the lifetime short. `url` is absolute on PUBLIC_BASE_URL when the service is configured with one, else a path relative to the API origin (never taken from the request's Host header).
     */
    post: operations['createReportLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/downloads/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a report by signed link (no Authorization header); 410 LINK_EXPIRED after expiry, 403 LINK_INVALID if altered */
    get: operations['downloadReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/outputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event's outputs (writeup, reports, presider's script, …) per language: when each was last downloaded and whether it changed since
     * @description Every download of an output records a fingerprint of the records it was made from; `changedSinceDownload` is true when the records the output would be made from now differ (a deputy replaced a leader, an attendee checked in, a speech was edited…). An output never downloaded has `lastDownloadedAt` null and `changedSinceDownload` false. The list holds every registered kind in each of its languages: its size is fixed, so it is not paged.
     */
    get: operations['listOutputs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the event's seating plans with their seats */
    get: operations['listSeatingPlans'];
    put?: never;
    /**
     * Create a seating plan (head table, signing table, banquet tables, theatre rows) and seat it from the protocol order
     * @description The convention decides which seat goes to whom: `cn-domestic` (左为上: No. 2 at No. 1’s left hand), `western` and `international` (右为上: the guest of honour at the host’s right; `international` interleaves host and guest sides), `signing` (客右主左, witnesses behind). Rows are numbered left to right as seen from the audience; tables clockwise from above, seat 1 the host’s. Attendees marked absent are not seated.
     */
    post: operations['createSeatingPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a seating plan with its seats, as last assigned */
    get: operations['getSeatingPlans'];
    put?: never;
    post?: never;
    /** Delete a seating plan */
    delete: operations['deleteSeatingPlans'];
    options?: never;
    head?: never;
    /** Change a plan’s name, kind, layout, convention or host side; the plan is seated again, pinned seats kept where the new layout has them */
    patch: operations['updateSeatingPlans'];
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seat the plan again from the current protocol order; pinned seats stay as they are */
    post: operations['assignSeatingPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans/{id}/pins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Pin an attendee to a seat (kept across re-runs); the attendee leaves any other seat of the plan and the rest are seated again */
    put: operations['pinSeatingPlans'];
    post?: never;
    /** Unpin a seat (`?block=&seat=`); idempotent; the plan is seated again */
    delete: operations['unpinSeatingPlans'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans/{id}/chart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The seating chart (PDF, A4 or A3 landscape; or XLSX): names and short titles in the language, seat numbers, the stage and audience marked
     * @description Rows are drawn as seen from the audience (the stage at the top), round tables from above with the entrance at the bottom; the viewpoint is printed under the title.
     */
    get: operations['chartProtocolFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/seating-plans/{id}/place-cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Place cards (桌签) of the plan’s seated attendees: A4, two folded tent cards a sheet, the name on both faces, cut and fold marks */
    get: operations['placeCardsProtocolFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/badges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Name badges of every attendee not marked absent, in protocol order, eight to an A4 sheet, each with a QR code for check-in by scan
     * @description The QR code holds a signed check-in code (also printed on the badge); `POST /events/{id}/check-in/scan` checks its attendee in.
     */
    get: operations['badgesProtocolFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/check-in/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check in the attendee whose badge code was scanned; idempotent like a check-in by hand (`checkedInNow` false the second time)
     * @description The code is what the QR code on a name badge holds (`GET /events/{id}/badges`). A code not made by this service for this workspace is refused with 422 BADGE_CODE_INVALID; a genuine badge of another event with 409 BADGE_OTHER_EVENT.
     */
    post: operations['scanBadgeCheckIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The pipeline: signed projects with their current stage and stall mark, newest signing first
     * @description A project stays `signed` until a change is recorded. `flag` applies the workspace stall rules (see `/follow-up/settings`).
     */
    get: operations['listPipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/projects/{projectId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's follow-up: current stage, amount in place, re-signings and the history of its stage changes */
    get: operations['getPipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Link a project signed again at a later event to its first signing (counted once), or unlink it */
    patch: operations['updatePipeline'];
    trace?: never;
  };
  '/api/v1/follow-up/projects/{projectId}/stage-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a project to another stage, dated, with the amount in place and a note
     * @description Stages: signed → contract_concluded → started → funds_partly_in_place → funds_in_place → in_operation (stages may be skipped, never gone back); stalled or cancelled at any point before operation; a stalled project resumes at the stage it had reached or later. Other moves are refused with INVALID_STAGE_TRANSITION (the allowed ones are in `details.allowed`). The history is append-only.
     */
    post: operations['addStageChangePipeline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/mous/{mouId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An MoU's follow-up: expiry and renewal dates and its deliverables */
    get: operations['getMouFollowUp'];
    /** Set an MoU's expiry and renewal dates and note; fields left out keep their value */
    put: operations['updateMouFollowUp'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/mous/{mouId}/deliverables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a deliverable to an MoU: what is to be done, by whom, by when */
    post: operations['addDeliverableMouFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/deliverables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a deliverable */
    delete: operations['removeDeliverableMouFollowUp'];
    options?: never;
    head?: never;
    /** Change a deliverable: mark it done or dropped, move its due date, change its owner */
    patch: operations['updateDeliverableMouFollowUp'];
    trace?: never;
  };
  '/api/v1/follow-up/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Alerts in force: open deliverables due soon or overdue, MoUs expiring soon (horizons in /follow-up/settings)
     * @description A periodic job raises each alert once, as a webhook event (`deliverable.due_soon`, `deliverable.overdue`, `mou.expiring`); `raisedAt` says when.
     */
    get: operations['alertsMouFollowUp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Figures for a period: projects signed, started, in operation, stalled; amounts signed and in place per currency; the rates
     * @description Projects signed between `from` and `to` (their event’s local date), each once (a re-signing counts with its first signing), with stages and amounts as of `to`. 履约率 (`rates.performance`): projects that reached contract_concluded or later and are not cancelled, over projects signed. 开工率 (`rates.start`): projects that reached started or later (even if stalled since), over projects signed. 资金到位率 (`amounts[].fundsInPlaceRate`): amount in place over amount signed, per currency, over projects with an amount.
     */
    get: operations['getFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/reports/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The pipeline report of a period: XLSX (figures, amounts, projects sheets; A4 print set-up) or PDF (A4), in zh, ja or en
     * @description The same figures as `/follow-up/figures`, with the projects counted and their stage as of `to`. The file name carries the period.
     */
    get: operations['reportFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/counterparts/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organization's register: every event, attendance of its people, speech, MoU and project across the years, newest first
     * @description Its people are those with a position at the organization. With the open deliverables of the MoUs it signed. Page with `cursor` (the previous page's `nextCursor`): each entry comes once even while entries are added; `page` works too. `total` and the summary always cover the whole register.
     */
    get: operations['organizationCounterparts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/counterparts/regions/{region}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A region's register (every organization recorded in it, e.g. Hong Kong), newest first, paginated
     * @description Page with `cursor` (the previous page's `nextCursor`): each entry comes once even while entries are added; `page` works too. `total` and the summary always cover the whole register.
     */
    get: operations['regionCounterparts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-up/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's stall rules (amber and red after so many days without progress) and alert horizons */
    get: operations['getFollowUpSettings'];
    /** Change the stall rules or alert horizons; fields left out keep their value */
    put: operations['updateFollowUpSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log of the workspace (owners)
     * @description Every write to the workspace, newest first: who (user or API key; `system` without credentials), when, which resource, what action, and the changed fields before and after.
     *
     *     One entry per resource a request changed, written in the same transaction as the change. Changes to the lists a resource holds (the positions of a person, the hosts of an event, the parties of an MoU) are in the entry of that resource; a new writeup version is in the entry of its draft. Deleting a resource records one entry for it, not for the records deleted with it (an event takes its attendance, speeches, MoUs… with it). An import records one `import` entry per record it writes.
     *
     *     Secrets (password and key hashes) are never recorded. Entries cannot be changed or deleted.
     *
     *     Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.
     */
    get: operations['listAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's webhook endpoints, newest first (never their secrets) */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Add a webhook endpoint; its signing secret is in this response only
     * @description Events of the chosen types are POSTed to the URL as JSON `{ type, timestamp, data }`, signed as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
     *
     *     The signing secret is in this response only. URLs whose host resolves to a private, loopback or link-local address are refused (`WEBHOOK_URL_REFUSED`) unless the operator allowed that address.
     */
    post: operations['createWebhookEndpoints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint, with why it was disabled when it was */
    get: operations['getWebhookEndpoints'];
    put?: never;
    post?: never;
    /** Delete an endpoint with its delivery log */
    delete: operations['deleteWebhookEndpoints'];
    options?: never;
    head?: never;
    /** Change the URL, description or event types of an endpoint, or enable or disable it */
    patch: operations['updateWebhookEndpoints'];
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret; the old one keeps signing beside it for a grace period (24 h by default) */
    post: operations['rotateSecretWebhookEndpoints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log of an endpoint, newest first: status, attempts, last response */
    get: operations['listDeliveriesWebhookEndpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again now (same webhook-id and body), retried with backoff if it fails */
    post: operations['redeliverWebhookEndpoints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthDto: Record<string, never>;
    SignupDto: {
      /**
       * Format: email
       * @example organizer@kjt.shandong.example
       */
      email: string;
      /**
       * @description At least 10 characters, and not guessable: common passwords, keyboard patterns, dates, repeats and
       *     the email itself are refused with WEAK_PASSWORD (zxcvbn score 3 of 4 needed).
       * @example correct-horse-battery
       */
      password: string;
      /** @description Name of the new workspace, usually the office. */
      workspaceName: string;
    };
    WorkspaceMembershipDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      id: string;
      name: string;
    };
    TokenResponseDto: {
      /** @description Lifetime of the token in seconds */
      expiresIn: number;
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      /** @description JWT to send as `Authorization: Bearer <token>`; it is bound to one workspace */
      accessToken: string;
      /** @description Always `Bearer` */
      tokenType: string;
      /** @description The workspace the token is for */
      workspaceId: string;
      /** @description Every workspace the user belongs to; log in again with `workspaceId` to switch */
      workspaces: components['schemas']['WorkspaceMembershipDto'][];
    };
    LoginDto: {
      /**
       * Format: email
       * @example organizer@kjt.shandong.example
       */
      email: string;
      /** @example correct-horse-battery */
      password: string;
      /**
       * Format: uuid
       * @description The workspace the token is for. A user in several workspaces picks one here; without it the token
       *     is for the workspace the user joined first. The response lists all of the user's workspaces.
       */
      workspaceId?: string;
    };
    ChangePasswordDto: {
      /** @description The password in use now */
      currentPassword: string;
      /**
       * @description At least 10 characters and not guessable (see signup); refused with WEAK_PASSWORD otherwise.
       * @example another-long-password
       */
      newPassword: string;
    };
    MeResponseDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      workspaceId: string;
      workspaceName: string;
      /** @description Set when a user signed in */
      userId: string | null;
      email: string | null;
      /** @description Set when an API key is used */
      apiKeyId: string | null;
    };
    SessionUserDto: {
      id: string;
      email: string;
    };
    SessionDto: {
      user: components['schemas']['SessionUserDto'];
      /** @description The workspace the session acts in, with the user's role there */
      workspace: components['schemas']['WorkspaceMembershipDto'];
      /** @description Every workspace of the user; switch with `PUT /api/v1/auth/session/workspace` */
      workspaces: components['schemas']['WorkspaceMembershipDto'][];
      /** @description Send as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the session cookie; the same for the life of the session */
      csrfToken: string;
    };
    SwitchWorkspaceDto: {
      /**
       * Format: uuid
       * @description A workspace the user is a member of.
       * @example 3f2b8c1e-6d4a-4f7e-9a51-2c8d0e7b9f10
       */
      workspaceId: string;
    };
    MemberDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      userId: string;
      email: string;
      /** Format: date-time */
      createdAt: string;
    };
    AddMemberDto: {
      /**
       * Format: email
       * @example clerk@kjt.shandong.example
       */
      email: string;
      /**
       * @example official
       * @enum {string}
       */
      role: 'owner' | 'organizer' | 'official';
      /**
       * @deprecated
       * @description Deprecated: invite people instead (`POST /invitations`), so no password is passed around; the invitee
       *     chooses their own. Still accepted for scripts that create accounts: an initial password, only used when
       *     no user with this email exists yet. Without it, adding an unknown email is refused with NOT_FOUND.
       *     At least 10 characters and not guessable (see signup), else WEAK_PASSWORD.
       */
      password?: string;
    };
    UpdateMemberDto: {
      /**
       * @example organizer
       * @enum {string}
       */
      role: 'owner' | 'organizer' | 'official';
    };
    CreateApiKeyDto: {
      /** @description What the key is for. */
      name: string;
      /**
       * @example official
       * @enum {string}
       */
      role: 'owner' | 'organizer' | 'official';
    };
    CreatedApiKeyDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      /** @description The secret key. Shown only in this response; store it now. Send as `X-API-Key` or `Authorization: Bearer`. */
      key: string;
      id: string;
      name: string;
      /** @description Public start of the key, to tell keys apart */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      revokedAt: string | null;
    };
    ApiKeyDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      id: string;
      name: string;
      /** @description Public start of the key, to tell keys apart */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      revokedAt: string | null;
    };
    CreateInvitationDto: {
      /**
       * Format: email
       * @description Who is invited; the link is sent there when SMTP is configured.
       * @example clerk@kjt.shandong.example
       */
      email: string;
      /**
       * @example organizer
       * @enum {string}
       */
      role: 'owner' | 'organizer' | 'official';
      /**
       * @description The language of the invitation email, as the inviter chooses: `zh`, `ja` or `en`. By default the
       *     first of this request's `Accept-Language` the product writes in, else English.
       * @example ja
       * @enum {string}
       */
      language?: 'zh' | 'ja' | 'en';
    };
    CreatedInvitationDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      /** @description True when the link was emailed to the invitee */
      emailSent: boolean;
      /**
       * @description The link to pass on to the invitee, only when it was not emailed (no SMTP configured, or the mail
       *     server refused). Shown this once: only a hash of its token is kept.
       */
      link?: string;
      id: string;
      email: string;
      /** @description The owner who invited */
      invitedBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description The link stops working at this time
       */
      expiresAt: string;
    };
    InvitationDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      id: string;
      email: string;
      /** @description The owner who invited */
      invitedBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description The link stops working at this time
       */
      expiresAt: string;
    };
    InvitationTokenDto: {
      /**
       * @description The token from the invitation link (after `#token=`)
       * @example 3q2-7wEBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs
       */
      token: string;
    };
    InvitationPreviewDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      workspaceName: string;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description True when a user with this email exists: accepting needs no password */
      existingUser: boolean;
    };
    AcceptInvitationDto: {
      /**
       * @description The token from the invitation link (after `#token=`)
       * @example 3q2-7wEBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs
       */
      token: string;
      /**
       * @description The new account's password when no user has the invited email yet (at least 10 characters and not
       *     guessable, as at signup). Not needed, and ignored, when the invitee already has an account: they just join.
       */
      password?: string;
    };
    AcceptedInvitationDto: {
      /** @enum {string} */
      role: 'owner' | 'organizer' | 'official';
      workspaceId: string;
      workspaceName: string;
      email: string;
      /** @description True when accepting created the account */
      newUser: boolean;
    };
    RequestPasswordResetDto: {
      /**
       * Format: email
       * @description The account's email; a link is sent there if an account has it.
       * @example clerk@kjt.shandong.example
       */
      email: string;
      /**
       * @description The language of the email (`zh`, `ja`, `en`); by default the first of this request's `Accept-Language` the product writes in, else English.
       * @example zh
       * @enum {string}
       */
      language?: 'zh' | 'ja' | 'en';
    };
    PasswordResetRequestedDto: {
      /** @description The same words whether or not an account has the address */
      message: string;
    };
    ResetPasswordDto: {
      /**
       * @description The token from the reset link (after `#token=`)
       * @example 3q2-7wEBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs
       */
      token: string;
      /**
       * @description At least 10 characters and not guessable (see signup); refused with WEAK_PASSWORD otherwise.
       * @example another-long-password
       */
      newPassword: string;
    };
    PasswordResetLinkDto: {
      /** @description True when the link was emailed to the member */
      emailSent: boolean;
      /** @description The link to pass on to the member, only when it was not emailed; shown this once */
      link?: string;
      /**
       * Format: date-time
       * @description The link stops working at this time
       */
      expiresAt: string;
    };
    /** @description Text in one or more languages, each at most 200 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedNameInput: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    CreateOrganizationDto: {
      /**
       * @example government
       * @enum {string}
       */
      kind:
        | 'government'
        | 'party_committee'
        | 'enterprise'
        | 'state_owned_enterprise'
        | 'statutory_body'
        | 'university'
        | 'research_institute'
        | 'association'
        | 'development_zone'
        | 'media'
        | 'other';
      /**
       * @description Region the organization belongs to.
       * @example Shandong
       */
      region?: string | null;
      /**
       * @example {
       *       "zh": "山东省科学技术厅",
       *       "ja": "山東省科学技術庁",
       *       "en": "Shandong Provincial Department of Science and Technology"
       *     }
       */
      name: components['schemas']['LocalizedNameInput'];
      /**
       * @example {
       *       "zh": "省科技厅",
       *       "en": "Shandong S&T Department"
       *     }
       */
      shortName?: components['schemas']['LocalizedNameInput'] | null;
    };
    LocalizedTextDto: {
      /** @description Chinese, e.g. 山东省副省长 */
      zh?: string;
      /** @description Japanese, e.g. 山東省副省長 */
      ja?: string;
      /** @description English, e.g. Vice Governor of Shandong Province */
      en?: string;
    };
    OrganizationDto: {
      /** @enum {string} */
      kind:
        | 'government'
        | 'party_committee'
        | 'enterprise'
        | 'state_owned_enterprise'
        | 'statutory_body'
        | 'university'
        | 'research_institute'
        | 'association'
        | 'development_zone'
        | 'media'
        | 'other';
      id: string;
      region: string | null;
      name: components['schemas']['LocalizedTextDto'];
      shortName: components['schemas']['LocalizedTextDto'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateOrganizationDto: {
      /**
       * @example government
       * @enum {string}
       */
      kind?:
        | 'government'
        | 'party_committee'
        | 'enterprise'
        | 'state_owned_enterprise'
        | 'statutory_body'
        | 'university'
        | 'research_institute'
        | 'association'
        | 'development_zone'
        | 'media'
        | 'other';
      /**
       * @description Region the organization belongs to.
       * @example Shandong
       */
      region?: string | null;
      /**
       * @example {
       *       "zh": "山东省科学技术厅",
       *       "ja": "山東省科学技術庁",
       *       "en": "Shandong Provincial Department of Science and Technology"
       *     }
       */
      name?: components['schemas']['LocalizedNameInput'];
      /**
       * @example {
       *       "zh": "省科技厅",
       *       "en": "Shandong S&T Department"
       *     }
       */
      shortName?: components['schemas']['LocalizedNameInput'] | null;
    };
    /** @description Text in one or more languages, each at most 100 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedText100Input: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    /** @description Text in one or more languages, each at most 500 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedTitleInput: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    PositionInputDto: {
      /**
       * @description The title as used with the name, e.g. 副省长 / Vice Governor; may name the body when no organization is linked
       * @example {
       *       "zh": "山东省副省长",
       *       "ja": "山東省副省長",
       *       "en": "Vice Governor of Shandong Province"
       *     }
       */
      title: components['schemas']['LocalizedTitleInput'];
      /**
       * Format: uuid
       * @description The organization the position is in, when it is recorded
       */
      organizationId?: string | null;
    };
    CreatePersonDto: {
      /**
       * @example {
       *       "zh": "宋军继",
       *       "ja": "宋軍継",
       *       "en": "Song Junji"
       *     }
       */
      name: components['schemas']['LocalizedNameInput'];
      /**
       * @description The family name as later mentions use it (Song, 宋, ソン), when the name alone does not tell it; without it the
       *     writeup takes the first syllable of a Chinese name and the last word of a Western one
       * @example {
       *       "en": "Song",
       *       "ja": "宋"
       *     }
       */
      familyName?: components['schemas']['LocalizedText100Input'] | null;
      /**
       * @description The name's reading in hiragana or katakana, family name first (そう ぐんけい), for Japanese 五十音 order in reports
       *     (`order=gojuon`); without it the name itself is collated
       * @example そう ぐんけい
       */
      reading?: string | null;
      /** @description Positions in the order they are stated, most senior first */
      positions?: components['schemas']['PositionInputDto'][];
      /**
       * @description Default protocol rank: 1 is the most senior; lower ranks come first in every list.
       * @example 10
       */
      protocolRank?: number;
      /** @description Internal note, not published */
      note?: string | null;
    };
    OrganizationRefDto: {
      id: string;
      kind: string;
      name: components['schemas']['LocalizedTextDto'];
      shortName: components['schemas']['LocalizedTextDto'] | null;
    };
    PositionDto: {
      title: components['schemas']['LocalizedTextDto'];
      organizationId: string | null;
      organization: components['schemas']['OrganizationRefDto'] | null;
    };
    PersonDto: {
      protocolRank: number;
      id: string;
      name: components['schemas']['LocalizedTextDto'];
      familyName: components['schemas']['LocalizedTextDto'] | null;
      /** @description The name's reading in kana, for 五十音 order */
      reading: string | null;
      positions: components['schemas']['PositionDto'][];
      note: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdatePersonDto: {
      /**
       * @example {
       *       "zh": "宋军继",
       *       "ja": "宋軍継",
       *       "en": "Song Junji"
       *     }
       */
      name?: components['schemas']['LocalizedNameInput'];
      /**
       * @description The family name as later mentions use it (Song, 宋, ソン), when the name alone does not tell it; without it the
       *     writeup takes the first syllable of a Chinese name and the last word of a Western one
       * @example {
       *       "en": "Song",
       *       "ja": "宋"
       *     }
       */
      familyName?: components['schemas']['LocalizedText100Input'] | null;
      /**
       * @description The name's reading in hiragana or katakana, family name first (そう ぐんけい), for Japanese 五十音 order in reports
       *     (`order=gojuon`); without it the name itself is collated
       * @example そう ぐんけい
       */
      reading?: string | null;
      /** @description Positions in the order they are stated, most senior first */
      positions?: components['schemas']['PositionInputDto'][];
      /**
       * @description Default protocol rank: 1 is the most senior; lower ranks come first in every list.
       * @example 10
       */
      protocolRank?: number;
      /** @description Internal note, not published */
      note?: string | null;
    };
    MergePeopleDto: {
      /**
       * Format: uuid
       * @description The other record of the same person: its history moves to the person in the path, then it is removed
       * @example 9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513
       */
      duplicateId: string;
      /**
       * @description Only tell what the merge would do; nothing is written
       * @default false
       */
      dryRun?: boolean;
    };
    MergedEventDto: {
      eventId: string;
      title: components['schemas']['LocalizedTextDto'];
      /** Format: date-time */
      startsAt: string;
    };
    PersonMergeDto: {
      speechesMoved: number;
      /** @description MoU parties the duplicate signed for */
      mouSignaturesMoved: number;
      /** @description MoUs the duplicate witnessed (named once when both witnessed one) */
      mouWitnessesMoved: number;
      /** @description Delegations the duplicate headed */
      delegationHeadsMoved: number;
      /** @description The duplicate's positions the kept person did not hold, added after theirs */
      positionsAdded: number;
      /** @description Positions left out because a person holds at most 10 */
      positionsLeftOut: number;
      /** @description Languages of the name (and family name) the kept person lacked, taken from the duplicate */
      namesAdded: ('zh' | 'ja' | 'en')[];
      /** @description true when nothing was written (`dryRun`) */
      dryRun: boolean;
      /** @description The kept person after the merge (or as the merge would leave them) */
      person: components['schemas']['PersonDto'];
      /** @description The duplicate as it was before the merge */
      duplicate: components['schemas']['PersonDto'];
      /** @description Events the duplicate attended and the kept person did not: the attendance moves as it is */
      attendancesMoved: components['schemas']['MergedEventDto'][];
      /**
       * @description Events both attended: the kept person's attendance stays with its role, and takes from the duplicate's what it
       *     lacks (side, protocol order, a check-in); the duplicate's speeches and delegation headship move to it, and the
       *     duplicate's attendance is removed
       */
      attendancesCombined: components['schemas']['MergedEventDto'][];
    };
    /** @description Text in one or more languages, each at most 2000 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedPassageInput: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    EventSideDto: {
      /**
       * @description Short key attendance records use.
       * @example hongkong
       */
      code: string;
      /**
       * @example {
       *       "zh": "香港",
       *       "ja": "香港",
       *       "en": "Hong Kong"
       *     }
       */
      name: components['schemas']['LocalizedNameInput'];
    };
    /** @description Text in one or more languages, each at most 1000 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedText1000Input: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    SigningTotalDto: {
      /**
       * @example projects
       * @enum {string}
       */
      kind: 'projects' | 'agreements';
      /**
       * @description How many were signed.
       * @example 31
       */
      count: number;
      /**
       * @default exact
       * @enum {string}
       */
      qualifier?: 'exact' | 'about' | 'over' | 'nearly';
      /**
       * @description What they are, e.g. 重点项目 / key projects, 三方合作协议 / three-party cooperation agreements
       * @example {
       *       "zh": "重点项目",
       *       "en": "key projects"
       *     }
       */
      category?: components['schemas']['LocalizedNameInput'] | null;
      /**
       * @description For agreements: what was signed
       * @enum {string|null}
       */
      documentType?:
        | 'mou'
        | 'agreement'
        | 'strategic_cooperation_agreement'
        | 'framework_agreement'
        | 'letter_of_intent'
        | 'declaration'
        | 'minutes'
        | 'sister_city_agreement'
        | 'sister_province_agreement'
        | 'contract'
        | null;
      /**
       * @description Their combined value as a decimal string; requires `currency`.
       * @example 12600000000
       */
      amount?: string | null;
      /**
       * @description ISO 4217; requires `amount`.
       * @example CNY
       */
      currency?: string | null;
      /**
       * @description How many sectors they cover.
       * @example 7
       */
      sectorCount?: number | null;
      /**
       * @description A figure to date (all signings so far), not only this event's.
       * @example false
       */
      cumulative?: boolean;
    };
    CreateEventDto: {
      /**
       * @example {
       *       "zh": "鲁港科技创新合作交流会",
       *       "ja": "魯港科学技術革新協力交流会",
       *       "en": "Shandong–Hong Kong Sci-Tech Innovation Cooperation Exchange Meeting"
       *     }
       */
      title: components['schemas']['LocalizedTitleInput'];
      /**
       * @example exchange_meeting
       * @enum {string}
       */
      kind:
        | 'exchange_meeting'
        | 'forum'
        | 'signing_ceremony'
        | 'delegation_visit'
        | 'conference'
        | 'joint_committee'
        | 'expo'
        | 'seminar'
        | 'unveiling_ceremony'
        | 'other';
      /**
       * @description Start, ISO 8601 with offset.
       * @example 2024-03-25T09:00:00+08:00
       */
      startsAt: string;
      /**
       * @description End, ISO 8601 with offset; not before the start.
       * @example 2024-03-25T12:00:00+08:00
       */
      endsAt?: string | null;
      /**
       * @description IANA time zone of the event's local times.
       * @example Asia/Shanghai
       */
      timeZone: string;
      /**
       * @description Initial status (`held` to record a past event); later changes follow the lifecycle
       * @default draft
       * @enum {string}
       */
      status?: 'draft' | 'scheduled' | 'held';
      /**
       * @example {
       *       "zh": "上合示范区",
       *       "ja": "上海協力機構モデル区",
       *       "en": "the SCO Demonstration Zone"
       *     }
       */
      venue?: components['schemas']['LocalizedTitleInput'] | null;
      /**
       * @example {
       *       "zh": "青岛",
       *       "ja": "青島",
       *       "en": "Qingdao"
       *     }
       */
      city?: components['schemas']['LocalizedNameInput'] | null;
      theme?: components['schemas']['LocalizedPassageInput'] | null;
      /** @description The sides the event brings together */
      sides?: components['schemas']['EventSideDto'][];
      /** @description Host organizations, in order */
      hostIds?: string[];
      /** @description Co-host organizations (联合主办), in order */
      coHostIds?: string[];
      /**
       * @description Fields the event is about
       * @example [
       *       "biomedicine"
       *     ]
       */
      sectors?: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      /**
       * @description One-line facts the writeup states as they are, e.g. gifts exchanged, "the first city to…" (at most 20)
       * @example [
       *       {
       *         "zh": "双方互赠了纪念品。",
       *         "en": "The two sides exchanged gifts."
       *       }
       *     ]
       */
      facts?: components['schemas']['LocalizedText1000Input'][];
      /** @description Organizers that ran the event (承办), in order */
      organizerIds?: string[];
      /** @description Supporting organizers (协办), in order */
      supportingOrganizerIds?: string[];
      /**
       * Format: uuid
       * @description The event this one is a session of (an expo, a forum week); that event must not itself be a session
       */
      parentEventId?: string | null;
      /** @description Signings stated as totals, without a record per project or agreement (at most 10) */
      signingTotals?: components['schemas']['SigningTotalDto'][];
    };
    EventSummaryCountsDto: {
      attendees: number;
      checkedIn: number;
      speeches: number;
      mous: number;
      projects: number;
    };
    EventDto: {
      /** @enum {string} */
      kind:
        | 'exchange_meeting'
        | 'forum'
        | 'signing_ceremony'
        | 'delegation_visit'
        | 'conference'
        | 'joint_committee'
        | 'expo'
        | 'seminar'
        | 'unveiling_ceremony'
        | 'other';
      /** @enum {string} */
      status: 'draft' | 'scheduled' | 'held' | 'cancelled';
      sectors: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      id: string;
      title: components['schemas']['LocalizedTextDto'];
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string | null;
      timeZone: string;
      venue: components['schemas']['LocalizedTextDto'] | null;
      city: components['schemas']['LocalizedTextDto'] | null;
      theme: components['schemas']['LocalizedTextDto'] | null;
      sides: components['schemas']['EventSideDto'][];
      hosts: components['schemas']['OrganizationRefDto'][];
      coHosts: components['schemas']['OrganizationRefDto'][];
      organizers: components['schemas']['OrganizationRefDto'][];
      supportingOrganizers: components['schemas']['OrganizationRefDto'][];
      parentEventId: string | null;
      facts: components['schemas']['LocalizedTextDto'][];
      signingTotals: components['schemas']['SigningTotalDto'][];
      /** @description Present on single-event reads */
      counts?: components['schemas']['EventSummaryCountsDto'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateEventDto: {
      /**
       * @example {
       *       "zh": "鲁港科技创新合作交流会",
       *       "ja": "魯港科学技術革新協力交流会",
       *       "en": "Shandong–Hong Kong Sci-Tech Innovation Cooperation Exchange Meeting"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'];
      /**
       * @example exchange_meeting
       * @enum {string}
       */
      kind?:
        | 'exchange_meeting'
        | 'forum'
        | 'signing_ceremony'
        | 'delegation_visit'
        | 'conference'
        | 'joint_committee'
        | 'expo'
        | 'seminar'
        | 'unveiling_ceremony'
        | 'other';
      /**
       * @description Start, ISO 8601 with offset.
       * @example 2024-03-25T09:00:00+08:00
       */
      startsAt?: string;
      /**
       * @description End, ISO 8601 with offset; not before the start.
       * @example 2024-03-25T12:00:00+08:00
       */
      endsAt?: string | null;
      /**
       * @description IANA time zone of the event's local times.
       * @example Asia/Shanghai
       */
      timeZone?: string;
      /**
       * @example {
       *       "zh": "上合示范区",
       *       "ja": "上海協力機構モデル区",
       *       "en": "the SCO Demonstration Zone"
       *     }
       */
      venue?: components['schemas']['LocalizedTitleInput'] | null;
      /**
       * @example {
       *       "zh": "青岛",
       *       "ja": "青島",
       *       "en": "Qingdao"
       *     }
       */
      city?: components['schemas']['LocalizedNameInput'] | null;
      theme?: components['schemas']['LocalizedPassageInput'] | null;
      /** @description The sides the event brings together */
      sides?: components['schemas']['EventSideDto'][];
      /** @description Host organizations, in order */
      hostIds?: string[];
      /** @description Co-host organizations (联合主办), in order */
      coHostIds?: string[];
      /**
       * @description Fields the event is about
       * @example [
       *       "biomedicine"
       *     ]
       */
      sectors?: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      /**
       * @description One-line facts the writeup states as they are, e.g. gifts exchanged, "the first city to…" (at most 20)
       * @example [
       *       {
       *         "zh": "双方互赠了纪念品。",
       *         "en": "The two sides exchanged gifts."
       *       }
       *     ]
       */
      facts?: components['schemas']['LocalizedText1000Input'][];
      /**
       * @description Lifecycle: draft → scheduled → held (or draft → held for a past event); scheduled → draft; draft or scheduled → cancelled.
       *     Held and cancelled events keep their status.
       * @enum {string}
       */
      status?: 'draft' | 'scheduled' | 'held' | 'cancelled';
      /** @description Organizers that ran the event (承办), in order */
      organizerIds?: string[];
      /** @description Supporting organizers (协办), in order */
      supportingOrganizerIds?: string[];
      /**
       * Format: uuid
       * @description The event this one is a session of (an expo, a forum week); that event must not itself be a session
       */
      parentEventId?: string | null;
      /** @description Signings stated as totals, without a record per project or agreement (at most 10) */
      signingTotals?: components['schemas']['SigningTotalDto'][];
    };
    /** @description Text in one or more languages, each at most 10000 characters; at least one of zh, ja, en is a non-empty string, and no other keys. */
    LocalizedTextInput: {
      /** @description Chinese */
      zh?: string;
      /** @description Japanese */
      ja?: string;
      /** @description English */
      en?: string;
    };
    CreateAgendaItemDto: {
      /**
       * @example unveiling
       * @enum {string}
       */
      kind:
        | 'opening'
        | 'address'
        | 'unveiling'
        | 'mou_signing'
        | 'project_signing'
        | 'policy_presentation'
        | 'matchmaking'
        | 'site_visit'
        | 'other';
      /**
       * @example {
       *       "zh": "揭牌仪式",
       *       "en": "Unveiling ceremony"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'] | null;
      /**
       * @description What was unveiled, the place visited, the policies presented
       * @example {
       *       "zh": "鲁港科技合作创新中心",
       *       "en": "Shandong–Hong Kong Sci-Tech Cooperation Innovation Center"
       *     }
       */
      subject?: components['schemas']['LocalizedTitleInput'] | null;
      /** @description A sentence or two about the segment, as it may be published */
      summary?: components['schemas']['LocalizedTextInput'] | null;
      /** @description Local start, ISO 8601 with offset */
      startsAt?: string | null;
      /** @description Position in the agenda (0-based); appended when omitted */
      order?: number;
      /**
       * Format: uuid
       * @description The organization that ran the segment (e.g. presented the policies)
       */
      organizationId?: string | null;
      /** @description People who performed the segment (unveiled the plaque, declared the meeting open), in the order they are named */
      performerIds?: string[];
    };
    AgendaItemDto: {
      /** @enum {string} */
      kind:
        | 'opening'
        | 'address'
        | 'unveiling'
        | 'mou_signing'
        | 'project_signing'
        | 'policy_presentation'
        | 'matchmaking'
        | 'site_visit'
        | 'other';
      order: number;
      id: string;
      eventId: string;
      title: components['schemas']['LocalizedTextDto'] | null;
      subject: components['schemas']['LocalizedTextDto'] | null;
      summary: components['schemas']['LocalizedTextDto'] | null;
      organizationId: string | null;
      organization: components['schemas']['OrganizationRefDto'] | null;
      performerIds: string[];
      /** Format: date-time */
      startsAt: string | null;
    };
    UpdateAgendaItemDto: {
      /**
       * @example unveiling
       * @enum {string}
       */
      kind?:
        | 'opening'
        | 'address'
        | 'unveiling'
        | 'mou_signing'
        | 'project_signing'
        | 'policy_presentation'
        | 'matchmaking'
        | 'site_visit'
        | 'other';
      /**
       * @example {
       *       "zh": "揭牌仪式",
       *       "en": "Unveiling ceremony"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'] | null;
      /**
       * @description What was unveiled, the place visited, the policies presented
       * @example {
       *       "zh": "鲁港科技合作创新中心",
       *       "en": "Shandong–Hong Kong Sci-Tech Cooperation Innovation Center"
       *     }
       */
      subject?: components['schemas']['LocalizedTitleInput'] | null;
      /** @description A sentence or two about the segment, as it may be published */
      summary?: components['schemas']['LocalizedTextInput'] | null;
      /** @description Local start, ISO 8601 with offset */
      startsAt?: string | null;
      /** @description Position in the agenda (0-based); appended when omitted */
      order?: number;
      /**
       * Format: uuid
       * @description The organization that ran the segment (e.g. presented the policies)
       */
      organizationId?: string | null;
      /** @description People who performed the segment (unveiled the plaque, declared the meeting open), in the order they are named */
      performerIds?: string[];
    };
    CreateAttendanceDto: {
      /**
       * @description presider, speaker (gave an address), guest (attending leader), participant
       * @example speaker
       * @enum {string}
       */
      role: 'presider' | 'speaker' | 'guest' | 'participant';
      /**
       * @description Code of one of the event's sides.
       * @example shandong
       */
      side?: string | null;
      /**
       * @description Explicit place in this event's protocol order; wins over the person's rank.
       * @example 1
       */
      protocolOrder?: number | null;
      /**
       * @default registered
       * @enum {string}
       */
      status?: 'invited' | 'registered' | 'checked_in' | 'absent';
      /**
       * Format: uuid
       * @description The person attending
       */
      personId: string;
    };
    AttendancePrincipalDto: {
      /** @description The principal's attendance id */
      attendeeId: string;
      personId: string;
      /** @description The principal's name in every language recorded */
      name: components['schemas']['LocalizedTextDto'];
    };
    AttendanceDto: {
      /** @enum {string} */
      role: 'presider' | 'speaker' | 'guest' | 'participant';
      /** @description The override, if set */
      protocolOrder: number | null;
      /** @description Place in the event's protocol order as every list and report uses it (1 = first) */
      effectiveOrder: number;
      /** @enum {string} */
      status: 'invited' | 'registered' | 'checked_in' | 'absent';
      id: string;
      eventId: string;
      personId: string;
      person: components['schemas']['PersonDto'];
      side: string | null;
      /** Format: date-time */
      checkedInAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description 代理出席: the attendee (the principal) this one stands in for, keeping the principal's place in protocol order */
      onBehalfOf?: components['schemas']['AttendancePrincipalDto'] | null;
      /** @description The attendee who stands in for this one, when replaced by a deputy */
      deputyId?: string | null;
    };
    BulkAttendanceDto: {
      /**
       * @description Up to 1,000 attendees, added all or nothing
       * @example [
       *       {
       *         "personId": "3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40",
       *         "role": "speaker",
       *         "side": "shandong",
       *         "protocolOrder": 1
       *       },
       *       {
       *         "personId": "9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513",
       *         "role": "guest",
       *         "side": "hongkong"
       *       }
       *     ]
       */
      items: components['schemas']['CreateAttendanceDto'][];
    };
    BulkAttendanceResultDto: {
      /** @description The new attendances, in protocol order */
      items: components['schemas']['AttendanceDto'][];
    };
    AttendanceSummaryDto: {
      /**
       * @description Everyone on the list, whatever the status
       * @example 240
       */
      total: number;
      /** @example 0 */
      invited: number;
      /**
       * @description Expected and not yet checked in
       * @example 96
       */
      registered: number;
      /** @example 140 */
      checkedIn: number;
      /**
       * @description Marked absent
       * @example 4
       */
      absent: number;
      /**
       * Format: date-time
       * @description The latest check-in, if any
       */
      lastCheckInAt: string | null;
    };
    UpdateAttendanceDto: {
      /**
       * @description presider, speaker (gave an address), guest (attending leader), participant
       * @example speaker
       * @enum {string}
       */
      role?: 'presider' | 'speaker' | 'guest' | 'participant';
      /**
       * @description Code of one of the event's sides.
       * @example shandong
       */
      side?: string | null;
      /**
       * @description Explicit place in this event's protocol order; wins over the person's rank.
       * @example 1
       */
      protocolOrder?: number | null;
      /**
       * @default registered
       * @enum {string}
       */
      status?: 'invited' | 'registered' | 'checked_in' | 'absent';
    };
    ReplaceAttendeeDto: {
      /**
       * Format: uuid
       * @description The deputy (代理出席) who attends in the principal's place; must not be attending the event already
       * @example 9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513
       */
      personId: string;
    };
    ReplacementMovesDto: {
      speeches: number;
      agendaItems: number;
      signatures: number;
      witnessed: number;
      delegations: number;
    };
    ReplacementResultDto: {
      /** @description The principal, now marked absent */
      principal: components['schemas']['AttendanceDto'];
      /** @description The deputy, in the principal's place in protocol order, with the principal's role and side */
      deputy: components['schemas']['AttendanceDto'];
      /** @description What passed from the principal to the deputy: recorded speeches, agenda items performed, agreements signed or witnessed, delegations headed */
      moved: components['schemas']['ReplacementMovesDto'];
    };
    CheckInDto: {
      /**
       * @description When the attendee arrived, ISO 8601 with offset. Optional while the event is on (the time of the
       *     call is used); required once the event is over (status `held`, or past its end, or past the end of
       *     its start day in its zone when it has no end). Not in the future, and within a day of the event.
       * @example 2024-03-25T08:45:00+08:00
       */
      checkedInAt?: string;
    };
    CheckInResultDto: {
      /** @enum {string} */
      role: 'presider' | 'speaker' | 'guest' | 'participant';
      /** @description The override, if set */
      protocolOrder: number | null;
      /** @enum {string} */
      status: 'invited' | 'registered' | 'checked_in' | 'absent';
      id: string;
      eventId: string;
      personId: string;
      person: components['schemas']['PersonDto'];
      side: string | null;
      /** Format: date-time */
      checkedInAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description 代理出席: the attendee (the principal) this one stands in for, keeping the principal's place in protocol order */
      onBehalfOf?: components['schemas']['AttendancePrincipalDto'] | null;
      /** @description The attendee who stands in for this one, when replaced by a deputy */
      deputyId?: string | null;
      /** @description True when this call did the check-in; false when the attendee was already checked in (the first time is kept) */
      checkedInNow: boolean;
    };
    BulkCheckInItemDto: {
      /**
       * @description When the attendee arrived, ISO 8601 with offset; required once the event is over, optional while it is on
       *     (the time of the call). Not in the future, and within a day of the event.
       * @example 2024-03-25T08:52:00+08:00
       */
      checkedInAt?: string;
      /**
       * Format: uuid
       * @description The attendee (attendance id)
       */
      attendeeId: string;
    };
    BulkCheckInDto: {
      /**
       * @description Up to 1,000 check-ins, recorded all or nothing
       * @example [
       *       {
       *         "attendeeId": "3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40",
       *         "checkedInAt": "2024-03-25T08:52:00+08:00"
       *       },
       *       {
       *         "attendeeId": "9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513",
       *         "checkedInAt": "2024-03-25T09:05:00+08:00"
       *       }
       *     ]
       */
      items: components['schemas']['BulkCheckInItemDto'][];
    };
    BulkCheckInResultDto: {
      /** @description The attendees after the check-in, in protocol order; `checkedInNow` false for one already checked in (its first time kept) */
      items: components['schemas']['CheckInResultDto'][];
    };
    UndoCheckInResultDto: {
      /** @enum {string} */
      role: 'presider' | 'speaker' | 'guest' | 'participant';
      /** @description The override, if set */
      protocolOrder: number | null;
      /** @enum {string} */
      status: 'invited' | 'registered' | 'checked_in' | 'absent';
      id: string;
      eventId: string;
      personId: string;
      person: components['schemas']['PersonDto'];
      side: string | null;
      /** Format: date-time */
      checkedInAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description 代理出席: the attendee (the principal) this one stands in for, keeping the principal's place in protocol order */
      onBehalfOf?: components['schemas']['AttendancePrincipalDto'] | null;
      /** @description The attendee who stands in for this one, when replaced by a deputy */
      deputyId?: string | null;
      /** @description True when this call undid a check-in; false when the attendee was not checked in */
      undoneNow: boolean;
    };
    CreateParticipantGroupDto: {
      /**
       * @description Who they are
       * @example {
       *       "zh": "省市有关部门、鲁港企业、科研院所及相关单位负责人",
       *       "en": "officials of provincial and municipal departments, Shandong and Hong Kong enterprises, research institutes and related bodies"
       *     }
       */
      category: components['schemas']['LocalizedPassageInput'];
      /**
       * @description How many; null for a group named without a count.
       * @example 200
       */
      count?: number | null;
      /**
       * @description What the count counts: people, or organizations (enterprises, units: 家/社)
       * @default people
       * @enum {string}
       */
      unit?: 'people' | 'organizations';
      /**
       * @description exact, about, over (more than), nearly
       * @default exact
       * @example over
       * @enum {string}
       */
      qualifier?: 'exact' | 'about' | 'over' | 'nearly';
      /** @description Position among the event's groups */
      order?: number;
    };
    ParticipantGroupDto: {
      count: number | null;
      /** @enum {string} */
      unit: 'people' | 'organizations';
      /** @enum {string} */
      qualifier: 'exact' | 'about' | 'over' | 'nearly';
      order: number;
      id: string;
      eventId: string;
      category: components['schemas']['LocalizedTextDto'];
    };
    UpdateParticipantGroupDto: {
      /**
       * @description Who they are
       * @example {
       *       "zh": "省市有关部门、鲁港企业、科研院所及相关单位负责人",
       *       "en": "officials of provincial and municipal departments, Shandong and Hong Kong enterprises, research institutes and related bodies"
       *     }
       */
      category?: components['schemas']['LocalizedPassageInput'];
      /**
       * @description How many; null for a group named without a count.
       * @example 200
       */
      count?: number | null;
      /**
       * @description What the count counts: people, or organizations (enterprises, units: 家/社)
       * @default people
       * @enum {string}
       */
      unit?: 'people' | 'organizations';
      /**
       * @description exact, about, over (more than), nearly
       * @default exact
       * @example over
       * @enum {string}
       */
      qualifier?: 'exact' | 'about' | 'over' | 'nearly';
      /** @description Position among the event's groups */
      order?: number;
    };
    CreateDelegationDto: {
      /**
       * @description Code of the event's side the delegation comes from; the attendees of that side are its members.
       * @example osaka
       */
      side?: string | null;
      /**
       * @description The delegation's own name; the side's name is written when absent
       * @example {
       *       "zh": "大阪府经济代表团",
       *       "ja": "大阪府経済代表団",
       *       "en": "Osaka Prefecture economic delegation"
       *     }
       */
      name?: components['schemas']['LocalizedNameInput'] | null;
      /**
       * @description How many members the delegation counts, head included.
       * @example 12
       */
      size?: number | null;
      /** @description Position among the event's delegations */
      order?: number;
      /**
       * Format: uuid
       * @description Attendance id of the head of the delegation (团长 / 団長); must be an attendee of this event, of the same side
       */
      headAttendeeId?: string | null;
    };
    DelegationDto: {
      side: string | null;
      name: components['schemas']['LocalizedTextDto'] | null;
      /** Format: uuid */
      headAttendeeId: string | null;
      /**
       * Format: uuid
       * @description the head's person id, for display
       */
      headPersonId: string | null;
      size: number | null;
      order: number;
      id: string;
      eventId: string;
    };
    UpdateDelegationDto: {
      /**
       * @description Code of the event's side the delegation comes from; the attendees of that side are its members.
       * @example osaka
       */
      side?: string | null;
      /**
       * @description The delegation's own name; the side's name is written when absent
       * @example {
       *       "zh": "大阪府经济代表团",
       *       "ja": "大阪府経済代表団",
       *       "en": "Osaka Prefecture economic delegation"
       *     }
       */
      name?: components['schemas']['LocalizedNameInput'] | null;
      /**
       * @description How many members the delegation counts, head included.
       * @example 12
       */
      size?: number | null;
      /** @description Position among the event's delegations */
      order?: number;
      /**
       * Format: uuid
       * @description Attendance id of the head of the delegation (团长 / 団長); must be an attendee of this event, of the same side
       */
      headAttendeeId?: string | null;
    };
    CreateSpeechDto: {
      /**
       * @description opening_declaration (declared the meeting open), welcome_address, address, keynote, keynote_report, remarks, statement, toast, closing_remarks
       * @example address
       * @enum {string}
       */
      kind:
        | 'opening_declaration'
        | 'welcome_address'
        | 'address'
        | 'keynote'
        | 'keynote_report'
        | 'remarks'
        | 'statement'
        | 'toast'
        | 'closing_remarks';
      /** @description Position in speaking order (0-based); appended when omitted */
      order?: number;
      /**
       * @description Language the speech was given in
       * @example zh
       * @enum {string|null}
       */
      language?: 'zh' | 'ja' | 'en' | null;
      /**
       * @description What the speaker said, each point a sentence or two (at most 20). A key point is a clause of reported speech, written
       *     without the speaker and without "said" (zh 「双方合作前景广阔」, ja 「双方の協力の見通しは明るい」, en "cooperation has a bright
       *     future"); the writeup adds the speaker and the verb. A point that states what the speaker did is listed in `actionKeyPoints`.
       * @example [
       *       {
       *         "zh": "鲁港两地科技创新合作基础扎实、潜力巨大",
       *         "en": "Shandong and Hong Kong have a solid foundation and great potential for sci-tech cooperation"
       *       },
       *       {
       *         "zh": "希望双方在人工智能、生物医药等领域深化合作",
       *         "en": "He hoped both sides would deepen cooperation in AI, biomedicine and other fields"
       *       }
       *     ]
       */
      keyPoints: components['schemas']['LocalizedPassageInput'][];
      /**
       * @description Indexes (0-based) of key points that state what the speaker did rather than what they said, written as a predicate without
       *     the subject: zh 「详细介绍了合作区建设情况」, ja 「合作区の建設状況を詳しく紹介した」, en "congratulated the two sides on the signing"
       * @example [
       *       1
       *     ]
       */
      actionKeyPoints?: number[];
      /**
       * @description Sentences quoted verbatim (at most 20); none when omitted
       * @example [
       *       {
       *         "zh": "科技合作是鲁港合作的重要引擎。",
       *         "en": "Sci-tech cooperation is a key engine of Shandong–Hong Kong cooperation."
       *       }
       *     ]
       */
      quotes?: components['schemas']['LocalizedPassageInput'][];
      /**
       * Format: uuid
       * @description The person who spoke; they must attend the event
       */
      speakerId: string;
      /**
       * Format: uuid
       * @description The agenda segment it was given in; must belong to the same event
       */
      agendaItemId?: string | null;
    };
    SpeechDto: {
      /** @enum {string} */
      kind:
        | 'opening_declaration'
        | 'welcome_address'
        | 'address'
        | 'keynote'
        | 'keynote_report'
        | 'remarks'
        | 'statement'
        | 'toast'
        | 'closing_remarks';
      /** @description Position in speaking order; speeches with the same order follow the speakers' protocol order */
      order: number;
      /** @enum {string|null} */
      language: 'zh' | 'ja' | 'en' | null;
      id: string;
      eventId: string;
      /** @description The person who spoke */
      speakerId: string;
      /** @description The speaker's attendance at the event */
      attendanceId: string;
      speaker: components['schemas']['PersonDto'];
      agendaItemId: string | null;
      keyPoints: components['schemas']['LocalizedTextDto'][];
      /** @description Indexes of key points that state what the speaker did */
      actionKeyPoints: number[];
      quotes: components['schemas']['LocalizedTextDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateSpeechDto: {
      /**
       * @description opening_declaration (declared the meeting open), welcome_address, address, keynote, keynote_report, remarks, statement, toast, closing_remarks
       * @example address
       * @enum {string}
       */
      kind?:
        | 'opening_declaration'
        | 'welcome_address'
        | 'address'
        | 'keynote'
        | 'keynote_report'
        | 'remarks'
        | 'statement'
        | 'toast'
        | 'closing_remarks';
      /** @description Position in speaking order (0-based); appended when omitted */
      order?: number;
      /**
       * @description Language the speech was given in
       * @example zh
       * @enum {string|null}
       */
      language?: 'zh' | 'ja' | 'en' | null;
      /**
       * @description What the speaker said, each point a sentence or two (at most 20). A key point is a clause of reported speech, written
       *     without the speaker and without "said" (zh 「双方合作前景广阔」, ja 「双方の協力の見通しは明るい」, en "cooperation has a bright
       *     future"); the writeup adds the speaker and the verb. A point that states what the speaker did is listed in `actionKeyPoints`.
       * @example [
       *       {
       *         "zh": "鲁港两地科技创新合作基础扎实、潜力巨大",
       *         "en": "Shandong and Hong Kong have a solid foundation and great potential for sci-tech cooperation"
       *       },
       *       {
       *         "zh": "希望双方在人工智能、生物医药等领域深化合作",
       *         "en": "He hoped both sides would deepen cooperation in AI, biomedicine and other fields"
       *       }
       *     ]
       */
      keyPoints?: components['schemas']['LocalizedPassageInput'][];
      /**
       * @description Indexes (0-based) of key points that state what the speaker did rather than what they said, written as a predicate without
       *     the subject: zh 「详细介绍了合作区建设情况」, ja 「合作区の建設状況を詳しく紹介した」, en "congratulated the two sides on the signing"
       * @example [
       *       1
       *     ]
       */
      actionKeyPoints?: number[];
      /**
       * @description Sentences quoted verbatim (at most 20); none when omitted
       * @example [
       *       {
       *         "zh": "科技合作是鲁港合作的重要引擎。",
       *         "en": "Sci-tech cooperation is a key engine of Shandong–Hong Kong cooperation."
       *       }
       *     ]
       */
      quotes?: components['schemas']['LocalizedPassageInput'][];
      /**
       * Format: uuid
       * @description The person who spoke; they must attend the event
       */
      speakerId?: string;
      /**
       * Format: uuid
       * @description The agenda segment it was given in; must belong to the same event
       */
      agendaItemId?: string | null;
    };
    MouPartyInputDto: {
      /**
       * Format: uuid
       * @description The organization that is a party to the MoU
       */
      organizationId: string;
      /**
       * Format: uuid
       * @description The person who signed for it
       */
      signatoryId?: string | null;
    };
    CreateMouDto: {
      /**
       * @example {
       *       "zh": "鲁港科技创新合作备忘录",
       *       "en": "Memorandum of Understanding on Shandong–Hong Kong Sci-Tech Innovation Cooperation"
       *     }
       */
      title: components['schemas']['LocalizedTitleInput'];
      /**
       * @description What was signed; the writeup names it by its type (mou, agreement, strategic_cooperation_agreement, framework_agreement, letter_of_intent, declaration, minutes, sister_city_agreement, sister_province_agreement, contract)
       * @default mou
       * @example strategic_cooperation_agreement
       * @enum {string}
       */
      documentType?:
        | 'mou'
        | 'agreement'
        | 'strategic_cooperation_agreement'
        | 'framework_agreement'
        | 'letter_of_intent'
        | 'declaration'
        | 'minutes'
        | 'sister_city_agreement'
        | 'sister_province_agreement'
        | 'contract';
      /**
       * @description Fields the agreement covers
       * @example [
       *       "ai"
       *     ]
       */
      sectors?: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      /**
       * @example {
       *       "zh": "共建联合实验室，推动科技成果转化",
       *       "en": "To build joint laboratories and promote the transfer of research results"
       *     }
       */
      purpose?: components['schemas']['LocalizedPassageInput'] | null;
      /**
       * @description Date of signing; when absent, the event's start date stands for it.
       * @example 2024-03-25
       */
      signedOn?: string | null;
      /**
       * @default signed
       * @enum {string}
       */
      status?: 'planned' | 'signed' | 'in_effect' | 'terminated';
      /** @description At least two parties, each a different organization, in the order they are named */
      parties: components['schemas']['MouPartyInputDto'][];
      /** @description People who witnessed the signing, in the order they are named */
      witnessIds?: string[];
      /** @description Position among the event's MoUs (0-based); appended when omitted */
      order?: number;
    };
    PartyOrganizationDto: {
      id: string;
      kind: string;
      name: components['schemas']['LocalizedTextDto'];
      shortName: components['schemas']['LocalizedTextDto'] | null;
      /** @description e.g. Shandong, Hong Kong */
      region: string | null;
    };
    MouPartyDto: {
      organizationId: string;
      organization: components['schemas']['PartyOrganizationDto'];
      signatoryId: string | null;
      signatory: components['schemas']['PersonDto'] | null;
    };
    MouDto: {
      order: number;
      /** @enum {string} */
      documentType:
        | 'mou'
        | 'agreement'
        | 'strategic_cooperation_agreement'
        | 'framework_agreement'
        | 'letter_of_intent'
        | 'declaration'
        | 'minutes'
        | 'sister_city_agreement'
        | 'sister_province_agreement'
        | 'contract';
      sectors: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      /** @enum {string} */
      status: 'planned' | 'signed' | 'in_effect' | 'terminated';
      id: string;
      eventId: string;
      title: components['schemas']['LocalizedTextDto'];
      purpose: components['schemas']['LocalizedTextDto'] | null;
      /** @description YYYY-MM-DD */
      signedOn: string | null;
      parties: components['schemas']['MouPartyDto'][];
      witnessIds: string[];
      witnesses: components['schemas']['PersonDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateMouDto: {
      /**
       * @example {
       *       "zh": "鲁港科技创新合作备忘录",
       *       "en": "Memorandum of Understanding on Shandong–Hong Kong Sci-Tech Innovation Cooperation"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'];
      /**
       * @description What was signed; the writeup names it by its type (mou, agreement, strategic_cooperation_agreement, framework_agreement, letter_of_intent, declaration, minutes, sister_city_agreement, sister_province_agreement, contract)
       * @default mou
       * @example strategic_cooperation_agreement
       * @enum {string}
       */
      documentType?:
        | 'mou'
        | 'agreement'
        | 'strategic_cooperation_agreement'
        | 'framework_agreement'
        | 'letter_of_intent'
        | 'declaration'
        | 'minutes'
        | 'sister_city_agreement'
        | 'sister_province_agreement'
        | 'contract';
      /**
       * @description Fields the agreement covers
       * @example [
       *       "ai"
       *     ]
       */
      sectors?: (
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
      )[];
      /**
       * @example {
       *       "zh": "共建联合实验室，推动科技成果转化",
       *       "en": "To build joint laboratories and promote the transfer of research results"
       *     }
       */
      purpose?: components['schemas']['LocalizedPassageInput'] | null;
      /**
       * @description Date of signing; when absent, the event's start date stands for it.
       * @example 2024-03-25
       */
      signedOn?: string | null;
      /**
       * @default signed
       * @enum {string}
       */
      status?: 'planned' | 'signed' | 'in_effect' | 'terminated';
      /** @description At least two parties, each a different organization, in the order they are named */
      parties?: components['schemas']['MouPartyInputDto'][];
      /** @description People who witnessed the signing, in the order they are named */
      witnessIds?: string[];
      /** @description Position among the event's MoUs (0-based); appended when omitted */
      order?: number;
    };
    CreateSignedProjectDto: {
      /**
       * @example {
       *       "zh": "人工智能联合研发中心项目",
       *       "en": "Joint AI research and development centre"
       *     }
       */
      title: components['schemas']['LocalizedTitleInput'];
      /**
       * @example ai
       * @enum {string|null}
       */
      sector?:
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
        | null;
      /**
       * @description Amount as a decimal string, positive, at most 2 decimals; requires `currency`
       * @example 12500000.00
       */
      amount?: string | null;
      /**
       * @description ISO 4217 currency code; requires `amount`.
       * @example CNY
       */
      currency?: string | null;
      /**
       * @default signed
       * @enum {string}
       */
      status?: 'signed' | 'in_progress' | 'completed' | 'cancelled';
      /** @description Organizations that signed, in order (at least one) */
      partyIds: string[];
      /** @description Position among the event's projects (0-based); appended when omitted */
      order?: number;
    };
    SignedProjectDto: {
      order: number;
      /** @enum {string|null} */
      sector:
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
        | null;
      /** @enum {string} */
      status: 'signed' | 'in_progress' | 'completed' | 'cancelled';
      id: string;
      eventId: string;
      title: components['schemas']['LocalizedTextDto'];
      /** @description Decimal string, e.g. 12500000.00 */
      amount: string | null;
      /** @description ISO 4217, e.g. CNY */
      currency: string | null;
      partyIds: string[];
      parties: components['schemas']['PartyOrganizationDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateSignedProjectDto: {
      /**
       * @example {
       *       "zh": "人工智能联合研发中心项目",
       *       "en": "Joint AI research and development centre"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'];
      /**
       * @example ai
       * @enum {string|null}
       */
      sector?:
        | 'ai'
        | 'biomedicine'
        | 'digital_economy'
        | 'advanced_manufacturing'
        | 'new_energy'
        | 'new_materials'
        | 'marine_economy'
        | 'finance'
        | 'logistics'
        | 'education'
        | 'healthcare'
        | 'communications'
        | 'culture_tourism'
        | 'agriculture'
        | 'other'
        | null;
      /**
       * @description Amount as a decimal string, positive, at most 2 decimals; requires `currency`
       * @example 12500000.00
       */
      amount?: string | null;
      /**
       * @description ISO 4217 currency code; requires `amount`.
       * @example CNY
       */
      currency?: string | null;
      /**
       * @default signed
       * @enum {string}
       */
      status?: 'signed' | 'in_progress' | 'completed' | 'cancelled';
      /** @description Organizations that signed, in order (at least one) */
      partyIds?: string[];
      /** @description Position among the event's projects (0-based); appended when omitted */
      order?: number;
    };
    ImportRowProblemDto: {
      /** @description The column, when one is at fault */
      field?: string;
      reason: string;
    };
    AttendeeImportItemDto: {
      /** @description Row of the file, as a spreadsheet numbers it (the header row is 1) */
      row: number;
      /**
       * @description matched (a person already recorded), new (a person the import creates) or error (the row's problems are in `problems`)
       * @enum {string}
       */
      outcome: 'matched' | 'new' | 'error';
      /** @description The person's name as the file writes it, in the languages of its columns */
      name: components['schemas']['LocalizedTextDto'];
      /** @description The organization of the row's first position as the file writes it; null when it names none */
      organization: components['schemas']['LocalizedTextDto'] | null;
      /** @description The person attending; null in a dry run when the person would be created */
      personId: string | null;
      /** @description True when the row named a person already recorded in the workspace */
      matched: boolean;
      /** @description The row's problems, when its outcome is error */
      problems: components['schemas']['ImportRowProblemDto'][];
    };
    AttendeeImportReportDto: {
      /** @description Attendee rows read from the file */
      rows: number;
      peopleCreated: number;
      peopleMatched: number;
      organizationsCreated: number;
      /** @description Attendances added to the event: always 0 (a dry run writes nothing) */
      attendancesAdded: number;
      /** @description Always true: the file is imported by sending it without dryRun */
      dryRun: boolean;
      /** @description Headers that were not recognised and were ignored */
      ignoredColumns: string[];
      /** @description Text encoding the CSV was read in (null for XLSX) */
      encoding: string | null;
      /** @description One item per row, in file order, for the first 2,000 rows */
      items: components['schemas']['AttendeeImportItemDto'][];
    };
    ImportRowErrorDto: {
      /** @description Row of the file, as a spreadsheet numbers it (the header row is 1) */
      row: number;
      /** @description The column, when one is at fault */
      field?: string;
      reason: string;
    };
    ImportFailureDto: {
      /** @description IMPORT_REJECTED (rows have problems: see `errors`), EVENT_CANCELLED, NOT_FOUND, or IMPORT_FAILED (an error on our side, after retries) */
      code: string;
      message: string;
    };
    ImportOutcomeDto: {
      peopleCreated: number;
      peopleMatched: number;
      organizationsCreated: number;
      attendancesAdded: number;
      /** @description Headers that were not recognised and were ignored */
      ignoredColumns: string[];
    };
    AttendeeImportDto: {
      /**
       * @description queued → running → succeeded or failed; a failed import wrote nothing
       * @enum {string}
       */
      status: 'queued' | 'running' | 'succeeded' | 'failed';
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      /** @description Attendee rows in the file */
      totalRows: number;
      /** @description Rows checked and written so far (all of them once succeeded; they become visible together at the end) */
      rowsDone: number;
      /** @description Rows' problems found, all counted */
      errorCount: number;
      /** @description Attempts the job made (a failure on our side is retried with backoff) */
      attempts: number;
      id: string;
      eventId: string;
      fileName: string;
      /** @description Text encoding the CSV is read in (null for XLSX) */
      encoding: string | null;
      /** @description The first 1,000 rows' problems, in row order (only when reading one import) */
      errors?: components['schemas']['ImportRowErrorDto'][];
      /** @description Why the import failed; null unless status is failed */
      failure: components['schemas']['ImportFailureDto'] | null;
      /** @description What was written; null unless status is succeeded */
      result: components['schemas']['ImportOutcomeDto'] | null;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
    };
    WriteupSourceDto: {
      /** @enum {string} */
      type: 'event' | 'person' | 'attendee' | 'speech' | 'mou' | 'project' | 'group' | 'agenda' | 'organization' | 'delegation';
      id: string;
    };
    WriteupSentenceDto: {
      text: string;
      /** @description The records the sentence states */
      sources: components['schemas']['WriteupSourceDto'][];
    };
    WriteupParagraphDto: {
      /** @enum {string} */
      section: 'lead' | 'address' | 'unveiling' | 'mou' | 'projects' | 'quotes' | 'policy' | 'visit' | 'facts' | 'closing';
      heading?: string;
      sentences: components['schemas']['WriteupSentenceDto'][];
    };
    WriteupWarningDto: {
      /**
       * @description LANGUAGE_FALLBACK (a name in another language of the same script was used), TRANSLATION_NEEDED (the text shows a placeholder; `text` holds the original), MISSING_TEXT, UNKNOWN_SECTOR, INVALID_TIME_ZONE, PROTOCOL_TIE (two people of the lead share a protocol place), HELD_IN_FUTURE, NOT_MARKED_HELD, UNCONFIRMED_ATTENDANCE (an invited person is left out)
       * @enum {string}
       */
      code:
        | 'LANGUAGE_FALLBACK'
        | 'TRANSLATION_NEEDED'
        | 'MISSING_TEXT'
        | 'UNKNOWN_SECTOR'
        | 'INVALID_TIME_ZONE'
        | 'PROTOCOL_TIE'
        | 'HELD_IN_FUTURE'
        | 'NOT_MARKED_HELD'
        | 'UNCONFIRMED_ATTENDANCE';
      /** @enum {string} */
      requested: 'zh' | 'ja' | 'en';
      /** @enum {string} */
      used: 'zh' | 'ja' | 'en';
      /** @description The field of the record, e.g. `name`, `positions[1].title` */
      field: string;
      recordType: string;
      recordId: string;
      /** @description TRANSLATION_NEEDED: the original text to translate */
      text?: string;
    };
    WriteupDocumentDto: {
      /** @enum {string} */
      lang: 'zh' | 'ja' | 'en';
      headline: components['schemas']['WriteupSentenceDto'];
      /** @description e.g. Qingdao, March 25, 2024 */
      dateline: string;
      paragraphs: components['schemas']['WriteupParagraphDto'][];
      /** @description What the editor should check: texts to translate or that fell back to another language, ties in protocol order, tense conflicts (also shown under the text in md, html, txt and docx) */
      warnings: components['schemas']['WriteupWarningDto'][];
    };
    CreateDraftDto: {
      /**
       * @example ja
       * @enum {string}
       */
      lang: 'zh' | 'ja' | 'en';
    };
    DraftVersionDto: {
      version: number;
      /** @enum {string} */
      source: 'generated' | 'edited';
      headline: string;
      body: string;
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    WriteupDraftDto: {
      /** @enum {string} */
      lang: 'zh' | 'ja' | 'en';
      /** @enum {string} */
      status: 'draft' | 'published';
      currentVersion: number;
      publishedVersion: number | null;
      id: string;
      eventId: string;
      /** Format: date-time */
      publishedAt: string | null;
      /** @description The latest version for organizers; the published one for officials */
      version: components['schemas']['DraftVersionDto'];
      /** @description True when the records changed since the latest generated version */
      recordsChanged: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DraftVersionEntryDto: {
      version: number;
      /** @enum {string} */
      source: 'generated' | 'edited';
      /** @description The version an edit was made on (an edit is always made on the latest one); null for a text generated from the records */
      basedOn: number | null;
      /** @description The email of who saved it, while they are a member of the workspace */
      createdByEmail: string | null;
      headline: string;
      body: string;
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    RecordChangeDto: {
      /** @description How many records of this kind changed this way */
      count: number;
      /** @description The kind of record, as in the audit log: attendance, speech, mou, person… */
      resourceType: string;
      /** @description create, update, delete, check_in, merge… */
      action: string;
    };
    DraftTextDto: {
      headline: string;
      body: string;
    };
    DraftChangesDto: {
      /** @description The latest version generated from the records */
      sinceVersion: number | null;
      /** Format: date-time */
      since: string | null;
      /** @description Changes to the event's records (and its people and organizations) since then, from the audit log */
      records: components['schemas']['RecordChangeDto'][];
      /** @description The text of that generated version */
      previous: components['schemas']['DraftTextDto'] | null;
      /** @description The text generated from the records now; null when the event has no writeup (cancelled) */
      current: components['schemas']['DraftTextDto'] | null;
    };
    EditDraftDto: {
      /** @example 魯港科学技術革新協力交流会が青島で開催 */
      headline: string;
      /** @description Markdown text of the writeup */
      body: string;
      /**
       * @description The version this edit starts from; refused with DRAFT_CHANGED when someone saved a newer one.
       * @example 1
       */
      baseVersion: number;
    };
    RegenerateDraftDto: {
      /**
       * @description Replace an edited text with a fresh one from the records; without it, regenerating over an edit is refused with DRAFT_EDITED.
       * @example false
       */
      overwriteEdits?: boolean;
    };
    PublishDraftDto: {
      /**
       * @description Version to publish; the latest when omitted.
       * @example 2
       */
      version?: number;
    };
    DatelineStyleDto: {
      /**
       * @description city_date: "Qingdao, March 25, 2024"; wire: "QINGDAO, March 25 —"; date: "March 25, 2024"
       * @enum {string}
       */
      en: 'city_date' | 'wire' | 'date';
      /**
       * @description date_city: 「2024年3月25日　青島」; bracket: 「【青島3月25日】」; date: 「2024年3月25日」
       * @enum {string}
       */
      ja: 'date_city' | 'bracket' | 'date';
      /**
       * @description date_city: 「2024年3月25日　青岛」; dian: 「青岛3月25日电」; date: 「2024年3月25日」
       * @enum {string}
       */
      zh: 'date_city' | 'dian' | 'date';
    };
    HouseStyleDto: {
      /**
       * @description Japanese: 氏 (shi) or さん (san) after a name
       * @enum {string}
       */
      japaneseHonorific: 'shi' | 'san';
      /** @description English: a title after a name in title case ("Li Gang, Vice Mayor of Qingdao"); false writes it in lower case ("vice mayor") */
      englishTitleCase: boolean;
      dateline: components['schemas']['DatelineStyleDto'];
    };
    DatelineStyleUpdateDto: {
      /** @enum {string} */
      en?: 'city_date' | 'wire' | 'date';
      /** @enum {string} */
      ja?: 'date_city' | 'bracket' | 'date';
      /** @enum {string} */
      zh?: 'date_city' | 'dian' | 'date';
    };
    UpdateHouseStyleDto: {
      /** @enum {string} */
      japaneseHonorific?: 'shi' | 'san';
      englishTitleCase?: boolean;
      dateline?: components['schemas']['DatelineStyleUpdateDto'];
    };
    CreateDownloadLinkDto: {
      /**
       * @default zh
       * @enum {string}
       */
      lang?: 'zh' | 'ja' | 'en';
      /** @description Only attendees of this side (a side code of the event) */
      side?: string;
      /** @enum {string} */
      role?: 'presider' | 'speaker' | 'guest' | 'participant';
      /**
       * @description protocol: protocol order; stroke: Chinese surname stroke order (姓氏笔画); pinyin; gojuon: Japanese 五十音 order by the name's reading; family: English order by family name. Rows are numbered 1, 2, 3… in this order; grouped organizations follow it too
       * @default protocol
       * @enum {string}
       */
      order?: 'protocol' | 'stroke' | 'pinyin' | 'gojuon' | 'family';
      /**
       * @description true: refuse with 422 MISSING_TRANSLATIONS (listing the rows) when a name, position or organization lacks the report's language, instead of printing another language's text with a footnote
       * @default false
       */
      strict?: boolean;
      /**
       * @description Only attendees with this status (e.g. checked_in, absent)
       * @enum {string}
       */
      status?: 'invited' | 'registered' | 'checked_in' | 'absent';
      /**
       * @example attendance
       * @enum {string}
       */
      report: 'attendance' | 'sign-in-sheet';
      /**
       * @description csv, xlsx or pdf; the sign-in sheet is pdf or xlsx
       * @example pdf
       * @enum {string}
       */
      format: 'csv' | 'xlsx' | 'pdf';
      /**
       * @description Sign-in sheet only
       * @enum {string}
       */
      groupBy?: 'protocol' | 'organization';
      /**
       * @description CSV only
       * @enum {string}
       */
      encoding?: 'utf-8' | 'gb18030' | 'shift_jis';
    };
    DownloadLinkDto: {
      /** @description URL that downloads the report without an Authorization header until it expires: absolute on PUBLIC_BASE_URL when configured, else a path relative to the API origin */
      url: string;
      /** Format: date-time */
      expiresAt: string;
    };
    OutputSubjectDto: {
      name: components['schemas']['LocalizedTextDto'];
      /** @description The seating plan's id (for `seating-chart` and `place-cards`) */
      id: string;
    };
    EventOutputDto: {
      /**
       * @description The output: writeup, attendance-report, sign-in-sheet, script, seating-chart, place-cards, badges, and any kind another library registers
       * @example script
       */
      kind: string;
      /** @description For a kind made per record (the seating chart and place cards, one per seating plan): that record; else null */
      subject: components['schemas']['OutputSubjectDto'] | null;
      /** @enum {string} */
      lang: 'zh' | 'ja' | 'en';
      /**
       * Format: date-time
       * @description When someone in the workspace last downloaded it in this language; null if never
       */
      lastDownloadedAt: string | null;
      /** @description True when the records it is made from changed since that download (false when never downloaded) */
      changedSinceDownload: boolean;
    };
    EventOutputsDto: {
      /** @description Every output kind in every language it is made in: a short list of fixed size, not paged */
      items: components['schemas']['EventOutputDto'][];
    };
    CreateSeatingPlanDto: {
      /**
       * @description What the office calls the plan, printed as the chart's title
       * @example {
       *       "zh": "主席台",
       *       "ja": "壇上",
       *       "en": "Head table"
       *     }
       */
      name: components['schemas']['LocalizedNameInput'];
      /**
       * @description head-table (主席台, one or several rows), signing (签字桌 with witnesses behind), banquet (round tables), theatre (rows facing the stage)
       * @enum {string}
       */
      kind: 'head-table' | 'signing' | 'banquet' | 'theatre';
      /**
       * @description The rule that seats the plan from the protocol order; a signing table takes `signing`, every other kind one of the others
       * @enum {string}
       */
      convention: 'cn-domestic' | 'international' | 'signing' | 'western';
      /**
       * @description Seats per row, front row first (head-table, theatre).
       * @example [
       *       7
       *     ]
       */
      rows?: number[];
      /**
       * @description Seats per round table, the main table first (banquet).
       * @example [
       *       10,
       *       10
       *     ]
       */
      tables?: number[];
      /**
       * @description Places for witnesses standing behind the signing table (signing).
       * @example 6
       */
      witnesses?: number;
      /**
       * @description Code of the event's side that hosts; the event's first side when absent. The other sides are the guests.
       * @example shandong
       */
      hostSide?: string | null;
    };
    SeatedAttendeeDto: {
      name: components['schemas']['LocalizedTextDto'];
      /** @description the person's first position title, for the chart */
      title: components['schemas']['LocalizedTextDto'] | null;
      side: string | null;
      /** @description attendance id */
      id: string;
      personId: string;
    };
    SeatDto: {
      /** @description number in its row (left to right as seen from the audience) or table (clockwise from above, 1 = host) */
      seat: number;
      /** @description place in order of honour within the block (1 = most honoured) */
      rank: number;
      /**
       * @description the side the convention meant the seat for, if any
       * @enum {string|null}
       */
      side: 'host' | 'guest' | null;
      attendee: components['schemas']['SeatedAttendeeDto'] | null;
      /** @description set by hand; kept when the assignment runs again */
      pinned: boolean;
    };
    SeatBlockDto: {
      block: number;
      /** @enum {string} */
      kind: 'row' | 'table' | 'signing-table' | 'witnesses';
      /** @description seats in seat-number order */
      seats: components['schemas']['SeatDto'][];
    };
    SeatingLayoutDto: {
      rows?: number[];
      tables?: number[];
      witnesses?: number;
    };
    SeatingPlanDto: {
      /** @enum {string} */
      kind: 'head-table' | 'signing' | 'banquet' | 'theatre';
      /** @enum {string} */
      convention: 'cn-domestic' | 'international' | 'signing' | 'western';
      hostSide: string | null;
      /**
       * @description how seat numbers are read: `audience` (rows, left to right as seen from the audience) or `above` (tables, clockwise from above, seat 1 facing the entrance)
       * @enum {string}
       */
      viewpoint: 'audience' | 'above';
      blocks: components['schemas']['SeatBlockDto'][];
      /** @description attendees (not absent) left without a seat, in protocol order */
      unseated: string[];
      /** Format: date-time */
      assignedAt: string | null;
      id: string;
      eventId: string;
      name: components['schemas']['LocalizedTextDto'];
      layout: components['schemas']['SeatingLayoutDto'];
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateSeatingPlanDto: {
      /**
       * @description What the office calls the plan, printed as the chart's title
       * @example {
       *       "zh": "主席台",
       *       "ja": "壇上",
       *       "en": "Head table"
       *     }
       */
      name?: components['schemas']['LocalizedNameInput'];
      /**
       * @description head-table (主席台, one or several rows), signing (签字桌 with witnesses behind), banquet (round tables), theatre (rows facing the stage)
       * @enum {string}
       */
      kind?: 'head-table' | 'signing' | 'banquet' | 'theatre';
      /**
       * @description The rule that seats the plan from the protocol order; a signing table takes `signing`, every other kind one of the others
       * @enum {string}
       */
      convention?: 'cn-domestic' | 'international' | 'signing' | 'western';
      /**
       * @description Seats per row, front row first (head-table, theatre).
       * @example [
       *       7
       *     ]
       */
      rows?: number[];
      /**
       * @description Seats per round table, the main table first (banquet).
       * @example [
       *       10,
       *       10
       *     ]
       */
      tables?: number[];
      /**
       * @description Places for witnesses standing behind the signing table (signing).
       * @example 6
       */
      witnesses?: number;
      /**
       * @description Code of the event's side that hosts; the event's first side when absent. The other sides are the guests.
       * @example shandong
       */
      hostSide?: string | null;
    };
    PinSeatDto: {
      /**
       * @description Row (1 = front), table, or for a signing plan 1 = the table and 2 = the witnesses' row
       * @example 1
       */
      block: number;
      /**
       * @description Seat number in the block, as the plan's `viewpoint` reads it
       * @example 4
       */
      seat: number;
      /**
       * Format: uuid
       * @description The attendee (attendance id) to seat there; unpinned from any other seat of the plan
       */
      attendeeId: string;
    };
    ScanCheckInDto: {
      /**
       * @description The check-in code read from a badge's QR code (or typed from the badge)
       * @example B1.Pyqc6Qt9Tm-aixI0VneJvA.c2lnbmF0dXJlMTIz
       */
      code: string;
      /** @description As for a check-in by hand: when the attendee arrived; required once the event is over */
      checkedInAt?: string;
    };
    ProjectFollowUpDto: {
      /**
       * Format: date
       * @description The day the project was signed: its event's local start date
       */
      signedOn: string | null;
      /** @enum {string} */
      stage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /**
       * Format: date
       * @description Effective date of the current stage (the signing day when nothing happened since)
       */
      stageSince: string | null;
      /**
       * @description The furthest stage reached so far (a stalled project keeps it)
       * @enum {string}
       */
      reachedStage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /** @description Days since the last progress (stage change, or the signing) */
      daysWithoutProgress: number | null;
      /**
       * @description Stall mark by the workspace's rules: amber after N days without progress, red after M days or when stalled
       * @enum {string}
       */
      flag: 'none' | 'amber' | 'red';
      allowedNextStages: (
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled'
      )[];
      projectId: string;
      eventId: string;
      eventTitle: components['schemas']['LocalizedTextDto'];
      title: components['schemas']['LocalizedTextDto'];
      sector: string | null;
      /** @description Amount signed, decimal string */
      amount: string | null;
      currency: string | null;
      partyIds: string[];
      /** @description Amount in place so far, in `currency` */
      amountInPlace: string | null;
      /** @description The first signing, when this project is a re-signing of it */
      resignedFrom: string | null;
    };
    StageChangeDto: {
      /** @enum {string} */
      fromStage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /** @enum {string} */
      stage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /** Format: date */
      effectiveOn: string;
      id: string;
      /** @description The total in place as of that day, in `currency` */
      amountInPlace: string | null;
      currency: string | null;
      note: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    ProjectFollowUpDetailDto: {
      /**
       * Format: date
       * @description The day the project was signed: its event's local start date
       */
      signedOn: string | null;
      /** @enum {string} */
      stage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /**
       * Format: date
       * @description Effective date of the current stage (the signing day when nothing happened since)
       */
      stageSince: string | null;
      /**
       * @description The furthest stage reached so far (a stalled project keeps it)
       * @enum {string}
       */
      reachedStage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /** @description Days since the last progress (stage change, or the signing) */
      daysWithoutProgress: number | null;
      /**
       * @description Stall mark by the workspace's rules: amber after N days without progress, red after M days or when stalled
       * @enum {string}
       */
      flag: 'none' | 'amber' | 'red';
      allowedNextStages: (
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled'
      )[];
      projectId: string;
      eventId: string;
      eventTitle: components['schemas']['LocalizedTextDto'];
      title: components['schemas']['LocalizedTextDto'];
      sector: string | null;
      /** @description Amount signed, decimal string */
      amount: string | null;
      currency: string | null;
      partyIds: string[];
      /** @description Amount in place so far, in `currency` */
      amountInPlace: string | null;
      /** @description The first signing, when this project is a re-signing of it */
      resignedFrom: string | null;
      /** @description Later signings of this same project (at later events), counted once with it */
      resignings: string[];
      /** @description Every stage change, oldest first */
      history: components['schemas']['StageChangeDto'][];
    };
    CreateStageChangeDto: {
      /**
       * @example started
       * @enum {string}
       */
      stage:
        'signed' | 'contract_concluded' | 'started' | 'funds_partly_in_place' | 'funds_in_place' | 'in_operation' | 'stalled' | 'cancelled';
      /**
       * Format: date
       * @description The day the change took effect (not later than today, not before the previous change nor the signing)
       * @example 2025-03-25
       */
      effectiveOn: string;
      /**
       * @description The amount actually in place as of that day, in the project's currency (decimal string, the total so
       *     far, not an increment). Omitted: the previous amount stands; for `funds_in_place`, the signed amount.
       * @example 5000000.00
       */
      amountInPlace?: string | null;
      /** @description What happened, in a sentence or two */
      note?: string | null;
    };
    UpdateProjectFollowUpDto: {
      /**
       * Format: uuid
       * @description The first signing of this project when it was signed again at a later event (null: not a re-signing). Figures count it once, as the first signing.
       * @example 3f2b8c1e-6d4a-4f7e-9a51-2c8d0e7b9f10
       */
      resignedFrom: string | null;
    };
    DeliverableDto: {
      /** Format: date */
      dueOn: string | null;
      /** @enum {string} */
      status: 'open' | 'done' | 'dropped';
      id: string;
      mouId: string;
      title: components['schemas']['LocalizedTextDto'];
      owner: string | null;
      ownerOrganizationId: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    MouFollowUpDto: {
      /** Format: date */
      signedOn: string | null;
      /** Format: date */
      expiresOn: string | null;
      /** Format: date */
      renewalOn: string | null;
      /** @description Soonest due first */
      deliverables: components['schemas']['DeliverableDto'][];
      mouId: string;
      eventId: string;
      title: components['schemas']['LocalizedTextDto'];
      note: string | null;
    };
    UpdateMouFollowUpDto: {
      /**
       * Format: date
       * @description The day the MoU ends unless renewed (null: open-ended)
       * @example 2027-03-24
       */
      expiresOn?: string | null;
      /**
       * Format: date
       * @description The day it was, or is to be, renewed
       * @example 2027-01-15
       */
      renewalOn?: string | null;
      note?: string | null;
    };
    CreateDeliverableDto: {
      /**
       * @example {
       *       "zh": "联合举办创新创业大赛",
       *       "en": "Hold a joint start-up competition"
       *     }
       */
      title: components['schemas']['LocalizedTitleInput'];
      /** @description Who is in charge: an office or a person, as text */
      owner?: string | null;
      /**
       * Format: uuid
       * @description The party in charge, when it is one of the register's organizations
       */
      ownerOrganizationId?: string | null;
      /**
       * Format: date
       * @example 2025-09-30
       */
      dueOn?: string | null;
      /**
       * @default open
       * @enum {string}
       */
      status?: 'open' | 'done' | 'dropped';
    };
    UpdateDeliverableDto: {
      /**
       * @example {
       *       "zh": "联合举办创新创业大赛",
       *       "en": "Hold a joint start-up competition"
       *     }
       */
      title?: components['schemas']['LocalizedTitleInput'];
      /** @description Who is in charge: an office or a person, as text */
      owner?: string | null;
      /**
       * Format: uuid
       * @description The party in charge, when it is one of the register's organizations
       */
      ownerOrganizationId?: string | null;
      /**
       * Format: date
       * @example 2025-09-30
       */
      dueOn?: string | null;
      /**
       * @default open
       * @enum {string}
       */
      status?: 'open' | 'done' | 'dropped';
    };
    AlertDto: {
      /** @enum {string} */
      kind: 'deliverable_due_soon' | 'deliverable_overdue' | 'mou_expiring';
      /** @description The deliverable, for deliverable alerts */
      deliverableId: string | null;
      deliverableTitle: components['schemas']['LocalizedTextDto'] | null;
      /**
       * Format: date
       * @description The due date, or the MoU's expiry
       */
      date: string;
      /** @description Days from today to that date (negative when overdue) */
      daysLeft: number;
      /**
       * Format: date-time
       * @description When the alert was sent as a webhook (null until the periodic job raised it)
       */
      raisedAt: string | null;
      mouId: string;
      mouTitle: components['schemas']['LocalizedTextDto'];
      owner: string | null;
    };
    CurrencyAmountsDto: {
      /**
       * @description 资金到位率: inPlace / signed, 0–1 as a decimal string with 4 decimals
       * @example 0.2100
       */
      fundsInPlaceRate: string | null;
      currency: string;
      /** @description Sum of the amounts signed, decimal string */
      signed: string;
      /** @description Sum of the amounts in place at the end of the period, decimal string */
      inPlace: string;
    };
    ProjectCountsDto: {
      /** @description Projects signed in the period (a project signed again later counts once, at its first signing) */
      signed: number;
      /** @description … that reached contract_concluded or a later stage by the end of the period */
      contractConcluded: number;
      /** @description … that reached started or a later stage by the end of the period */
      started: number;
      /** @description … that reached funds_in_place or a later stage */
      fundsInPlace: number;
      /** @description … in operation at the end of the period */
      inOperation: number;
      /** @description … stalled at the end of the period */
      stalled: number;
      /** @description … cancelled by the end of the period */
      cancelled: number;
    };
    FigureRatesDto: {
      /**
       * @description Rates are 0–1 as decimal strings with 4 decimals. 履约率: projects that reached contract_concluded or later and are not cancelled, over projects signed
       * @example 0.3667
       */
      performance: string | null;
      /**
       * @description 开工率: projects that reached started or later, over projects signed
       * @example 0.3000
       */
      start: string | null;
    };
    FigureGroupDto: {
      /** @description Per currency, by currency code */
      amounts: components['schemas']['CurrencyAmountsDto'][];
      /** @description The event id, host organization id, region name or sector key; null for projects with none */
      key: string | null;
      /** @description The event title or organization name (null for regions and sectors) */
      label: components['schemas']['LocalizedTextDto'] | null;
      /**
       * Format: date
       * @description For events: the local date the event started
       */
      date: string | null;
      projects: components['schemas']['ProjectCountsDto'];
      rates: components['schemas']['FigureRatesDto'];
    };
    FigureRowDto: {
      /** @description Per currency, by currency code */
      amounts: components['schemas']['CurrencyAmountsDto'][];
      projects: components['schemas']['ProjectCountsDto'];
      rates: components['schemas']['FigureRatesDto'];
    };
    FiguresDto: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @enum {string} */
      groupBy: 'event' | 'host' | 'region' | 'sector';
      /** @description One row per group; with host or region a project with several counts under each of them */
      groups: components['schemas']['FigureGroupDto'][];
      /** @description Every project once, whatever the grouping */
      total: components['schemas']['FigureRowDto'];
    };
    CounterpartOrganizationDto: {
      region: string | null;
      id: string;
      kind: string;
      name: components['schemas']['LocalizedTextDto'];
    };
    OpenDeliverableDto: {
      /** Format: date */
      dueOn: string | null;
      id: string;
      mouId: string;
      mouTitle: components['schemas']['LocalizedTextDto'];
      title: components['schemas']['LocalizedTextDto'];
      owner: string | null;
    };
    RegisterEntryDto: {
      /**
       * @description What the counterpart did: took part in running an event, attended it, spoke, signed an MoU or a project
       * @enum {string}
       */
      kind: 'event' | 'attendance' | 'speech' | 'mou' | 'project';
      /**
       * Format: date
       * @description The local date of the event (of the signing, for an MoU signed on another day)
       */
      date: string;
      /** @description The MoU's or project's title, the first key point of a speech */
      title: components['schemas']['LocalizedTextDto'] | null;
      /** @description The person who attended or spoke */
      person: components['schemas']['LocalizedTextDto'] | null;
      /** @description host / co_host… for an event; the attendance role; the speech kind; the MoU's document type; the project's current stage */
      detail: string | null;
      /** @description The event, attendance, speech, MoU or project */
      id: string;
      eventId: string;
      eventTitle: components['schemas']['LocalizedTextDto'];
      /** @description The organization of the counterpart concerned */
      organizationId: string;
    };
    CounterpartSummaryDto: {
      events: number;
      attendances: number;
      speeches: number;
      mous: number;
      projects: number;
      /** Format: date */
      firstDate: string | null;
      /** Format: date */
      lastDate: string | null;
    };
    CounterpartRegisterDto: {
      /** @description The organization, for an organization's register */
      organization: components['schemas']['CounterpartOrganizationDto'] | null;
      /** @description The region, for a region's register */
      region: string | null;
      /** @description The organizations covered (the region's) */
      organizations: components['schemas']['CounterpartOrganizationDto'][];
      /** @description Deliverables still open of the MoUs it signed, soonest due first */
      openDeliverables: components['schemas']['OpenDeliverableDto'][];
      /** @description Everything across the years, newest first (one page) */
      items: components['schemas']['RegisterEntryDto'][];
      total: number;
      page: number;
      pageSize: number;
      /** @description Pass it as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      summary: components['schemas']['CounterpartSummaryDto'];
    };
    FollowUpSettingsDto: {
      /**
       * @description Days without progress after which a project is marked amber
       * @example 90
       */
      amberDays: number;
      /**
       * @description Days without progress after which a project is marked red (more than amberDays)
       * @example 180
       */
      redDays: number;
      /**
       * @description An open deliverable due within this many days raises a due-soon alert
       * @example 14
       */
      dueSoonDays: number;
      /**
       * @description An MoU expiring within this many days raises an expiring alert
       * @example 60
       */
      expiringDays: number;
    };
    UpdateFollowUpSettingsDto: {
      /** @example 90 */
      amberDays?: number;
      /** @example 180 */
      redDays?: number;
      dueSoonDays?: number;
      expiringDays?: number;
    };
    AuditActorDto: {
      /**
       * @description `system` for writes made without credentials (e.g. the demo loader)
       * @enum {string}
       */
      type: 'user' | 'api_key' | 'system';
      userId: string | null;
      apiKeyId: string | null;
    };
    AuditResourceDto: {
      /** @enum {string} */
      type:
        | 'workspace'
        | 'member'
        | 'api_key'
        | 'organization'
        | 'person'
        | 'event'
        | 'agenda_item'
        | 'attendance'
        | 'participant_group'
        | 'delegation'
        | 'speech'
        | 'mou'
        | 'signed_project'
        | 'writeup_draft'
        | 'invitation'
        | 'password_reset'
        | 'writeup_style'
        | 'webhook_endpoint'
        | 'seating_plan'
        | 'project_followup'
        | 'project_stage_change'
        | 'mou_followup'
        | 'mou_deliverable'
        | 'followup_settings';
      id: string;
      /** @description The event the resource belongs to, when it belongs to one */
      eventId: string | null;
    };
    AuditEntryDto: {
      /** @enum {string} */
      action: 'create' | 'update' | 'delete' | 'check_in' | 'import' | 'merge' | 'publish' | 'revoke' | 'accept' | 'rotate';
      /** @description Fields as they were before, only those that changed (every field of a deleted resource); null for a creation. */
      before: {
        [key: string]: unknown;
      } | null;
      /** @description Fields as they are after, only those that changed (every field of a created resource); null for a deletion. */
      after: {
        [key: string]: unknown;
      } | null;
      /** @description Increasing with time */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      actor: components['schemas']['AuditActorDto'];
      resource: components['schemas']['AuditResourceDto'];
      /** @description The request that wrote, as in the `x-request-id` header */
      requestId: string | null;
    };
    CreateWebhookEndpointDto: {
      /**
       * Format: uri
       * @description Where the events are POSTed (https recommended).
       * @example https://crm.example.org/hooks/eventreg
       */
      url: string;
      /**
       * @description What the endpoint is for.
       * @example Press office CRM
       */
      description?: string | null;
      /**
       * @description The event types to send to this endpoint.
       * @example [
       *       "event.created",
       *       "attendee.checked_in"
       *     ]
       */
      eventTypes: (
        | 'event.created'
        | 'event.updated'
        | 'event.status_changed'
        | 'attendee.added'
        | 'attendee.checked_in'
        | 'mou.signed'
        | 'project.signed'
        | 'writeup.published'
        | 'import.finished'
        | 'project.stage_changed'
        | 'deliverable.due_soon'
        | 'deliverable.overdue'
        | 'mou.expiring'
      )[];
    };
    CreatedWebhookEndpointDto: {
      eventTypes: (
        | 'event.created'
        | 'event.updated'
        | 'event.status_changed'
        | 'attendee.added'
        | 'attendee.checked_in'
        | 'mou.signed'
        | 'project.signed'
        | 'writeup.published'
        | 'import.finished'
        | 'project.stage_changed'
        | 'deliverable.due_soon'
        | 'deliverable.overdue'
        | 'mou.expiring'
      )[];
      /**
       * @description Who disabled it: an owner, or the service after every attempt failed for days; null while enabled
       * @enum {string|null}
       */
      disabledBy: 'owner' | 'failures' | null;
      /** @description The signing secret (`whsec_…`). Shown only in this response; store it now. */
      secret: string;
      id: string;
      url: string;
      description: string | null;
      /** @description Deliveries are made only while enabled. */
      enabled: boolean;
      /**
       * Format: date-time
       * @description When the endpoint was disabled (by an owner, or after failing continuously)
       */
      disabledAt: string | null;
      /** @description Why it was disabled */
      disabledReason: string | null;
      /**
       * Format: date-time
       * @description Since when every attempt failed; null while deliveries succeed
       */
      failingSince: string | null;
      /**
       * Format: date-time
       * @description Until when the secret replaced by the last rotation also signs
       */
      previousSecretExpiresAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WebhookEndpointDto: {
      eventTypes: (
        | 'event.created'
        | 'event.updated'
        | 'event.status_changed'
        | 'attendee.added'
        | 'attendee.checked_in'
        | 'mou.signed'
        | 'project.signed'
        | 'writeup.published'
        | 'import.finished'
        | 'project.stage_changed'
        | 'deliverable.due_soon'
        | 'deliverable.overdue'
        | 'mou.expiring'
      )[];
      /**
       * @description Who disabled it: an owner, or the service after every attempt failed for days; null while enabled
       * @enum {string|null}
       */
      disabledBy: 'owner' | 'failures' | null;
      id: string;
      url: string;
      description: string | null;
      /** @description Deliveries are made only while enabled. */
      enabled: boolean;
      /**
       * Format: date-time
       * @description When the endpoint was disabled (by an owner, or after failing continuously)
       */
      disabledAt: string | null;
      /** @description Why it was disabled */
      disabledReason: string | null;
      /**
       * Format: date-time
       * @description Since when every attempt failed; null while deliveries succeed
       */
      failingSince: string | null;
      /**
       * Format: date-time
       * @description Until when the secret replaced by the last rotation also signs
       */
      previousSecretExpiresAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateWebhookEndpointDto: {
      /**
       * Format: uri
       * @example https://crm.example.org/hooks/eventreg
       */
      url?: string;
      description?: string | null;
      eventTypes?: (
        | 'event.created'
        | 'event.updated'
        | 'event.status_changed'
        | 'attendee.added'
        | 'attendee.checked_in'
        | 'mou.signed'
        | 'project.signed'
        | 'writeup.published'
        | 'import.finished'
        | 'project.stage_changed'
        | 'deliverable.due_soon'
        | 'deliverable.overdue'
        | 'mou.expiring'
      )[];
      /** @description `true` re-enables a disabled endpoint (clearing `disabledAt` and `disabledReason`); `false` stops deliveries to it. */
      enabled?: boolean;
    };
    RotatedWebhookSecretDto: {
      /** @description The new signing secret (`whsec_…`). Shown only in this response. */
      secret: string;
      /**
       * Format: date-time
       * @description Until then deliveries carry a signature by the old secret too
       */
      previousSecretExpiresAt: string;
    };
    WebhookDeliveryDto: {
      /** @enum {string} */
      eventType:
        | 'event.created'
        | 'event.updated'
        | 'event.status_changed'
        | 'attendee.added'
        | 'attendee.checked_in'
        | 'mou.signed'
        | 'project.signed'
        | 'writeup.published'
        | 'import.finished'
        | 'project.stage_changed'
        | 'deliverable.due_soon'
        | 'deliverable.overdue'
        | 'mou.expiring';
      /**
       * @description `pending` (to be attempted), `succeeded` (a 2xx answer) or `failed` (retries ran out, or the endpoint was disabled)
       * @enum {string}
       */
      status: 'pending' | 'succeeded' | 'failed';
      /** @description Attempts made so far */
      attempts: number;
      /** @description The HTTP status of the last answer; null when there was none (timeout, refused connection) */
      responseStatus: number | null;
      /** @description The body sent: `{ type, timestamp, data }` */
      payload: {
        [key: string]: unknown;
      };
      id: string;
      endpointId: string;
      /** @description The message, sent as `webhook-id` (the same for every attempt) */
      messageId: string;
      /** @description Why the last attempt failed */
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastAttemptAt: string | null;
      /**
       * Format: date-time
       * @description When the next attempt is due (pending deliveries)
       */
      nextAttemptAt: string | null;
      /** Format: date-time */
      succeededAt: string | null;
    };
    ErrorResponseDto: {
      /**
       * @description HTTP status code, repeated in the body
       * @example 400
       */
      statusCode: number;
      /**
       * @description Stable machine-readable code
       * @example VALIDATION_FAILED
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'INVALID_BODY'
        | 'BAD_REQUEST'
        | 'INVALID_CURSOR'
        | 'WEAK_PASSWORD'
        | 'WEBHOOK_URL_REFUSED'
        | 'UNAUTHENTICATED'
        | 'INVALID_CREDENTIALS'
        | 'FORBIDDEN'
        | 'INSUFFICIENT_ROLE'
        | 'NOT_A_MEMBER'
        | 'CSRF_FAILED'
        | 'NOT_FOUND'
        | 'ROUTE_NOT_FOUND'
        | 'METHOD_NOT_ALLOWED'
        | 'REQUEST_TIMEOUT'
        | 'NOT_ACCEPTABLE'
        | 'CONFLICT'
        | 'EMAIL_TAKEN'
        | 'ALREADY_EXISTS'
        | 'IN_USE'
        | 'INVALID_STATE_TRANSITION'
        | 'INVALID_STAGE_TRANSITION'
        | 'PROJECT_RESIGNED'
        | 'EVENT_CANCELLED'
        | 'IMPORT_IN_PROGRESS'
        | 'LAST_OWNER'
        | 'DRAFT_CHANGED'
        | 'DRAFT_EDITED'
        | 'LINK_EXPIRED'
        | 'LINK_INVALID'
        | 'PAYLOAD_TOO_LARGE'
        | 'IMPORT_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'IMPORT_REJECTED'
        | 'MISSING_TRANSLATIONS'
        | 'MERGE_SAME_PERSON'
        | 'BADGE_CODE_INVALID'
        | 'BADGE_OTHER_EVENT'
        | 'IDEMPOTENCY_KEY_REUSED'
        | 'IDEMPOTENCY_KEY_IN_USE'
        | 'RATE_LIMITED'
        | 'HEADERS_TOO_LARGE'
        | 'INTERNAL'
        | 'SERVICE_UNAVAILABLE'
        | 'DATABASE_UNAVAILABLE'
        | 'SERVER_TIMEOUT';
      /** @description Extra machine-readable facts; for VALIDATION_FAILED a list of FieldError */
      details?:
        | components['schemas']['FieldErrorDto'][]
        | {
            [key: string]: unknown;
          };
      /** @description Human-readable explanation */
      message: string;
      /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
      requestId: string;
    };
    FieldErrorDto: {
      /** @description Path of the offending field, e.g. `positions.0.title` */
      field: string;
      /** @description Why it was rejected, one message per failed rule */
      messages: string[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The health */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  liveHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: Record<string, never>;
            /** @example {} */
            error?: Record<string, never>;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: Record<string, never>;
          };
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  readyHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: Record<string, never>;
            /** @example {} */
            error?: Record<string, never>;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: Record<string, never>;
          };
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupDto'];
      };
    };
    responses: {
      /** @description Created: the token response */
      201: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponseDto'];
        };
      };
      /** @description Error: WEAK_PASSWORD, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EMAIL_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description The token response */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponseDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INVALID_CREDENTIALS */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_A_MEMBER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: WEAK_PASSWORD, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INVALID_CREDENTIALS, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: FORBIDDEN, CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getCurrentActor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The me response */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  startSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description The session */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INVALID_CREDENTIALS */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_A_MEMBER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  endSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description The session's CSRF token; required while the session is live */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  switchSessionWorkspace: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SwitchWorkspaceDto'];
      };
    };
    responses: {
      /** @description The session */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_A_MEMBER, CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MemberDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  addMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      /** @description Created: the member */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Error: WEAK_PASSWORD, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LAST_OWNER */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      /** @description The member */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LAST_OWNER */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list of api key items */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyDto'][];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      /** @description Created: the created api key */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The api key */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InvitationDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createInvitations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      /** @description Created: the created invitation */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedInvitationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  revokeInvitations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  previewInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationTokenDto'];
      };
    };
    responses: {
      /** @description The invitation preview */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPreviewDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_INVALID */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  acceptInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      /** @description The accepted invitation */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationDto'];
        };
      };
      /** @description Error: WEAK_PASSWORD, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_INVALID */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  requestPasswordResets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPasswordResetDto'];
      };
    };
    responses: {
      /** @description Accepted; a link is on its way if an account has the address */
      202: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetRequestedDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  resetPasswordResets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: WEAK_PASSWORD, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_INVALID */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createForMemberPasswordResets: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created: the password reset link */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetLinkDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listOrganizations: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        /** @description Text in any language of the name or short name */
        q?: string;
        kind?:
          | 'government'
          | 'party_committee'
          | 'enterprise'
          | 'state_owned_enterprise'
          | 'statutory_body'
          | 'university'
          | 'research_institute'
          | 'association'
          | 'development_zone'
          | 'media'
          | 'other';
        /** @description Exact region, case-insensitive. */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OrganizationDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createOrganization: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      /** @description Created: the organization */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organization */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteOrganization: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateOrganization: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      /** @description The organization */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listPeople: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
        /** @description Text in any language of the name */
        q?: string;
        /** @description People holding a position in this organization */
        organizationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PersonDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createPerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePersonDto'];
      };
    };
    responses: {
      /** @description Created: the person */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deletePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updatePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePersonDto'];
      };
    };
    responses: {
      /** @description The person */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  mergePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergePeopleDto'];
      };
    };
    responses: {
      /** @description The person merge */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonMergeDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: MERGE_SAME_PERSON, IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
        /** @description Text in any language of the title */
        q?: string;
        status?: 'draft' | 'scheduled' | 'held' | 'cancelled';
        kind?:
          | 'exchange_meeting'
          | 'forum'
          | 'signing_ceremony'
          | 'delegation_visit'
          | 'conference'
          | 'joint_committee'
          | 'expo'
          | 'seminar'
          | 'unveiling_ceremony'
          | 'other';
        /** @description Events starting at or after this instant */
        from?: string;
        /** @description Events starting before this instant */
        to?: string;
        /** @description `startsAt` (default `-startsAt`, newest first), `createdAt` */
        sort?: 'startsAt' | '-startsAt' | 'createdAt' | '-createdAt';
        /** @description Events hosted or co-hosted by this organization */
        organizationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EventDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEventDto'];
      };
    };
    responses: {
      /** @description Created: the event */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEventDto'];
      };
    };
    responses: {
      /** @description The event */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INVALID_STATE_TRANSITION, EVENT_CANCELLED, IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listAgendaItems: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AgendaItemDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createAgendaItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgendaItemDto'];
      };
    };
    responses: {
      /** @description Created: the agenda item */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItemDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteAgendaItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateAgendaItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgendaItemDto'];
      };
    };
    responses: {
      /** @description The agenda item */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItemDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listAttendees: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        /** @description Text in any language of the attendee's name; spaces are ignored (李 明 finds 李明). */
        q?: string;
        role?: 'presider' | 'speaker' | 'guest' | 'participant';
        status?: 'invited' | 'registered' | 'checked_in' | 'absent';
        side?: string;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AttendanceDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  addAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAttendanceDto'];
      };
    };
    responses: {
      /** @description Created: the attendance */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  addAttendeesInBulk: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkAttendanceDto'];
      };
    };
    responses: {
      /** @description Created: the bulk attendance result */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkAttendanceResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  summaryAttendee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attendance summary */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceSummaryDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getAttendee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attendance */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  removeAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAttendanceDto'];
      };
    };
    responses: {
      /** @description The attendance */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  replaceAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceAttendeeDto'];
      };
    };
    responses: {
      /** @description The replacement result */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: ALREADY_EXISTS, INVALID_STATE_TRANSITION, EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  checkInAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckInDto'];
      };
    };
    responses: {
      /** @description The check in result */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckInResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  undoCheckInAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The undo check in result */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UndoCheckInResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  checkInManyAttendee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkCheckInDto'];
      };
    };
    responses: {
      /** @description The bulk check in result */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkCheckInResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listParticipantGroups: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ParticipantGroupDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createParticipantGroup: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateParticipantGroupDto'];
      };
    };
    responses: {
      /** @description Created: the participant group */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantGroupDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteParticipantGroup: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateParticipantGroup: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateParticipantGroupDto'];
      };
    };
    responses: {
      /** @description The participant group */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantGroupDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listDelegations: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DelegationDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createDelegations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDelegationDto'];
      };
    };
    responses: {
      /** @description Created: the delegation */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, ALREADY_EXISTS, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteDelegations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateDelegations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDelegationDto'];
      };
    };
    responses: {
      /** @description The delegation */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listSpeeches: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SpeechDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createSpeech: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSpeechDto'];
      };
    };
    responses: {
      /** @description Created: the speech */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeechDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getSpeech: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The speech */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeechDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteSpeech: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateSpeech: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSpeechDto'];
      };
    };
    responses: {
      /** @description The speech */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeechDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listEventMous: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MouDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createMou: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMouDto'];
      };
    };
    responses: {
      /** @description Created: the mou */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getMou: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mou */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteMou: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateMou: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMouDto'];
      };
    };
    responses: {
      /** @description The mou */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listMous: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
        /** @description Text in any language of the title */
        q?: string;
        /** @description Only those with a party from this region (exact, case-insensitive). */
        region?: string;
        /** @description On or after this date (YYYY-MM-DD). */
        from?: string;
        /** @description On or before this date (YYYY-MM-DD). */
        to?: string;
        /** @description `date` or `-date` (default, newest first) */
        sort?: 'date' | '-date';
        status?: 'planned' | 'signed' | 'in_effect' | 'terminated';
        /** @description Only those of this event */
        eventId?: string;
        /** @description Only those this organization is a party to */
        organizationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MouDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listEventProjects: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SignedProjectDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createProject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSignedProjectDto'];
      };
    };
    responses: {
      /** @description Created: the signed project */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedProjectDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed project */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedProjectDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteProject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSignedProjectDto'];
      };
    };
    responses: {
      /** @description The signed project */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedProjectDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listProjects: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
        /** @description Text in any language of the title */
        q?: string;
        /** @description Only those with a party from this region (exact, case-insensitive). */
        region?: string;
        /** @description On or after this date (YYYY-MM-DD). */
        from?: string;
        /** @description On or before this date (YYYY-MM-DD). */
        to?: string;
        /** @description `date` or `-date` (default, newest first) */
        sort?: 'date' | '-date';
        sector?:
          | 'ai'
          | 'biomedicine'
          | 'digital_economy'
          | 'advanced_manufacturing'
          | 'new_energy'
          | 'new_materials'
          | 'marine_economy'
          | 'finance'
          | 'logistics'
          | 'education'
          | 'healthcare'
          | 'communications'
          | 'culture_tourism'
          | 'agriculture'
          | 'other';
        status?: 'signed' | 'in_progress' | 'completed' | 'cancelled';
        /** @description Only those of this event */
        eventId?: string;
        /** @description Only those this organization is a party to */
        organizationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SignedProjectDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  importAttendees: {
    parameters: {
      query?: {
        /** @description Text encoding of a CSV: detected by default (UTF-8 with or without BOM, GB18030/GBK, Shift_JIS) */
        encoding?: 'auto' | 'utf-8' | 'gb18030' | 'gbk' | 'shift_jis';
        /** @description Check the file and report what would happen, without writing anything (answered at once, 200) */
        dryRun?: boolean;
      };
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description dryRun=true: what the import would do; nothing written */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeeImportReportDto'];
        };
      };
      /** @description The import is queued; follow `Location` for its progress */
      202: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeeImportDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IMPORT_TOO_LARGE, PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IMPORT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listAttendeeImports: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AttendeeImportDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getAttendeeImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        importId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attendee import */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeeImportDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getEventWriteup: {
    parameters: {
      query?: {
        /** @description Language to write in; missing texts fall back (ja → zh → en, zh → ja → en, en → zh → ja) and the JSON document lists each fallback as a warning */
        lang?: 'zh' | 'ja' | 'en';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The writeup document */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDocumentDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  downloadEventWriteup: {
    parameters: {
      query?: {
        /** @description Language to write in; missing texts fall back (ja → zh → en, zh → ja → en, en → zh → ja) and the JSON document lists each fallback as a warning */
        lang?: 'zh' | 'ja' | 'en';
        /** @description md (Markdown), html, txt or docx (Word) */
        format?: 'md' | 'html' | 'txt' | 'docx';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The writeup file, in the media type of the requested format */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'text/markdown': string;
          'text/html': string;
          'text/plain': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getEventWriteupInFormat: {
    parameters: {
      query?: {
        /** @description Language to write in; missing texts fall back (ja → zh → en, zh → ja → en, en → zh → ja) and the JSON document lists each fallback as a warning */
        lang?: 'zh' | 'ja' | 'en';
        /** @description md, html, txt, json (headline, dateline, paragraphs, sentences with their source records, warnings) or docx (Word) */
        format?: 'md' | 'html' | 'txt' | 'json' | 'docx';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The writeup in the requested format */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDocumentDto'];
          'text/markdown': string;
          'text/html': string;
          'text/plain': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listWriteupDrafts: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WriteupDraftDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createWriteupDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDraftDto'];
      };
    };
    responses: {
      /** @description Created: the writeup draft */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDraftDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getWriteupDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The writeup draft */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDraftDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  editWriteupDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditDraftDto'];
      };
    };
    responses: {
      /** @description The writeup draft */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDraftDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: DRAFT_CHANGED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listWriteupDraftVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list of draft version entry items */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftVersionEntryDto'][];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  changesWriteupDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The draft changes */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftChangesDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  regenerateWriteupDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegenerateDraftDto'];
      };
    };
    responses: {
      /** @description The writeup draft */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDraftDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: DRAFT_EDITED, EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  publishWriteupDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishDraftDto'];
      };
    };
    responses: {
      /** @description The writeup draft */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteupDraftDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getHouseStyle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The house style */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseStyleDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateHouseStyle: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateHouseStyleDto'];
      };
    };
    responses: {
      /** @description The house style */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseStyleDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  scriptScript: {
    parameters: {
      query?: {
        /** @description Language of the script: 主持词 (zh), 司会台本 (ja), the presider's script (en); missing texts fall back as in the writeup */
        lang?: 'zh' | 'ja' | 'en';
        /** @description md (Markdown) or docx (Word, in the writeup's house fonts) */
        format?: 'md' | 'docx';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The script file */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'text/markdown': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getAttendanceReport: {
    parameters: {
      query?: {
        lang?: 'zh' | 'ja' | 'en';
        /** @description Only attendees of this side (a side code of the event) */
        side?: string;
        role?: 'presider' | 'speaker' | 'guest' | 'participant';
        /** @description protocol: protocol order; stroke: Chinese surname stroke order (姓氏笔画); pinyin; gojuon: Japanese 五十音 order by the name's reading; family: English order by family name. Rows are numbered 1, 2, 3… in this order; grouped organizations follow it too */
        order?: 'protocol' | 'stroke' | 'pinyin' | 'gojuon' | 'family';
        /** @description true: refuse with 422 MISSING_TRANSLATIONS (listing the rows) when a name, position or organization lacks the report's language, instead of printing another language's text with a footnote */
        strict?: boolean;
        /** @description Only attendees with this status (e.g. checked_in, absent) */
        status?: 'invited' | 'registered' | 'checked_in' | 'absent';
        format?: 'csv' | 'xlsx' | 'pdf';
        /** @description CSV only: UTF-8 with a byte-order mark (the default), or GB18030 / Shift_JIS without one for older office tools that ignore the BOM */
        encoding?: 'utf-8' | 'gb18030' | 'shift_jis';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file, streamed; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: MISSING_TRANSLATIONS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getSignInSheet: {
    parameters: {
      query?: {
        lang?: 'zh' | 'ja' | 'en';
        /** @description Only attendees of this side (a side code of the event) */
        side?: string;
        role?: 'presider' | 'speaker' | 'guest' | 'participant';
        /** @description protocol: protocol order; stroke: Chinese surname stroke order (姓氏笔画); pinyin; gojuon: Japanese 五十音 order by the name's reading; family: English order by family name. Rows are numbered 1, 2, 3… in this order; grouped organizations follow it too */
        order?: 'protocol' | 'stroke' | 'pinyin' | 'gojuon' | 'family';
        /** @description true: refuse with 422 MISSING_TRANSLATIONS (listing the rows) when a name, position or organization lacks the report's language, instead of printing another language's text with a footnote */
        strict?: boolean;
        format?: 'pdf' | 'xlsx';
        /** @description One list in protocol order, or grouped by organization */
        groupBy?: 'protocol' | 'organization';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file, streamed; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: MISSING_TRANSLATIONS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createReportLink: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDownloadLinkDto'];
      };
    };
    responses: {
      /** @description Created: the download link */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DownloadLinkDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  downloadReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file, streamed; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_INVALID */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: LINK_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: MISSING_TRANSLATIONS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listOutputs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event outputs */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventOutputsDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listSeatingPlans: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SeatingPlanDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createSeatingPlans: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSeatingPlanDto'];
      };
    };
    responses: {
      /** @description Created: the seating plan */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getSeatingPlans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The seating plan */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteSeatingPlans: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateSeatingPlans: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSeatingPlanDto'];
      };
    };
    responses: {
      /** @description The seating plan */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  assignSeatingPlans: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The seating plan */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  pinSeatingPlans: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PinSeatDto'];
      };
    };
    responses: {
      /** @description The seating plan */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  unpinSeatingPlans: {
    parameters: {
      query: {
        /** @description Row, table, or signing block */
        block: number;
        /** @description Seat number in the block */
        seat: number;
      };
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The seating plan */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatingPlanDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: EVENT_CANCELLED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  chartProtocolFiles: {
    parameters: {
      query?: {
        lang?: 'zh' | 'ja' | 'en';
        /** @description Paper, landscape */
        paper?: 'a4' | 'a3';
        format?: 'pdf' | 'xlsx';
      };
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chart; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  placeCardsProtocolFiles: {
    parameters: {
      query?: {
        lang?: 'zh' | 'ja' | 'en';
        /** @description A second language printed under the name on every card (when the name differs in it) */
        second?: 'zh' | 'ja' | 'en';
      };
      header?: never;
      path: {
        eventId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  badgesProtocolFiles: {
    parameters: {
      query?: {
        lang?: 'zh' | 'ja' | 'en';
      };
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file; Content-Disposition names it after the event date and title */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  scanBadgeCheckIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScanCheckInDto'];
      };
    };
    responses: {
      /** @description The check in result */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckInResultDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: BADGE_OTHER_EVENT, EVENT_CANCELLED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: BADGE_CODE_INVALID, IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listPipeline: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        stage?:
          | 'signed'
          | 'contract_concluded'
          | 'started'
          | 'funds_partly_in_place'
          | 'funds_in_place'
          | 'in_operation'
          | 'stalled'
          | 'cancelled';
        /** @description Projects with this stall mark */
        flag?: 'none' | 'amber' | 'red';
        /** @description Projects signed on or after this day (their event's local date) */
        from?: string;
        /** @description Projects signed on or before this day */
        to?: string;
        /** @description Projects signed at one event */
        eventId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProjectFollowUpDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project follow up detail */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectFollowUpDetailDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updatePipeline: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProjectFollowUpDto'];
      };
    };
    responses: {
      /** @description The project follow up detail */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectFollowUpDetailDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  addStageChangePipeline: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateStageChangeDto'];
      };
    };
    responses: {
      /** @description Created: the project follow up detail */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectFollowUpDetailDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INVALID_STAGE_TRANSITION, PROJECT_RESIGNED, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getMouFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mouId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mou follow up */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouFollowUpDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateMouFollowUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        mouId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMouFollowUpDto'];
      };
    };
    responses: {
      /** @description The mou follow up */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouFollowUpDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  addDeliverableMouFollowUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        mouId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDeliverableDto'];
      };
    };
    responses: {
      /** @description Created: the deliverable */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliverableDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  removeDeliverableMouFollowUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateDeliverableMouFollowUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDeliverableDto'];
      };
    };
    responses: {
      /** @description The deliverable */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliverableDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  alertsMouFollowUp: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        kind?: 'deliverable_due_soon' | 'deliverable_overdue' | 'mou_expiring';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AlertDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getFigures: {
    parameters: {
      query: {
        /** @description First day of the period (projects signed on or after it, by their event's local date) */
        from: string;
        /** @description Last day of the period; stages and amounts are taken as of this day */
        to: string;
        /** @description Figures per event, per host organization, per counterpart region or per sector, beside the totals */
        groupBy?: 'event' | 'host' | 'region' | 'sector';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FiguresDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  reportFigures: {
    parameters: {
      query: {
        /** @description First day of the period (projects signed on or after it, by their event's local date) */
        from: string;
        /** @description Last day of the period; stages and amounts are taken as of this day */
        to: string;
        /** @description Figures per event, per host organization, per counterpart region or per sector, beside the totals */
        groupBy?: 'event' | 'host' | 'region' | 'sector';
        format?: 'xlsx' | 'pdf';
        lang?: 'zh' | 'ja' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizationCounterparts: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counterpart register */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CounterpartRegisterDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  regionCounterparts: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description A region as organizations record it, e.g. Hong Kong (case-insensitive) */
        region: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counterpart register */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CounterpartRegisterDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getFollowUpSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The follow up settings */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpSettingsDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateFollowUpSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFollowUpSettingsDto'];
      };
    };
    responses: {
      /** @description The follow up settings */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpSettingsDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listAuditLog: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        cursor?: string;
        withTotal?: boolean;
        resourceType?:
          | 'workspace'
          | 'member'
          | 'api_key'
          | 'organization'
          | 'person'
          | 'event'
          | 'agenda_item'
          | 'attendance'
          | 'participant_group'
          | 'delegation'
          | 'speech'
          | 'mou'
          | 'signed_project'
          | 'writeup_draft'
          | 'invitation'
          | 'password_reset'
          | 'writeup_style'
          | 'webhook_endpoint'
          | 'seating_plan'
          | 'project_followup'
          | 'project_stage_change'
          | 'mou_followup'
          | 'mou_deliverable'
          | 'followup_settings';
        actorType?: 'user' | 'api_key' | 'system';
        action?: 'create' | 'update' | 'delete' | 'check_in' | 'import' | 'merge' | 'publish' | 'revoke' | 'accept' | 'rotate';
        /** @description Entries at or after this time (ISO 8601). */
        from?: string;
        /** @description Entries before this time (ISO 8601). */
        to?: string;
        /** @description One resource (for members, the user id) */
        resourceId?: string;
        /** @description Entries of one event: the event itself and everything recorded for it */
        eventId?: string;
        /** @description The user or API key that wrote */
        actorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntryDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null
             * @example 1
             */
            total: number | null;
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd
             */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WebhookEndpointDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  createWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookEndpointDto'];
      };
    };
    responses: {
      /** @description Created: the created webhook endpoint */
      201: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookEndpointDto'];
        };
      };
      /** @description Error: WEBHOOK_URL_REFUSED, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  getWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook endpoint */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deleteWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; nothing to return */
      204: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  updateWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookEndpointDto'];
      };
    };
    responses: {
      /** @description The webhook endpoint */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Error: WEBHOOK_URL_REFUSED, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  rotateSecretWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rotated webhook secret */
      200: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RotatedWebhookSecretDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  listDeliveriesWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description Items per page (1–200) */
        pageSize?: number;
        status?: 'pending' | 'succeeded' | 'failed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list, with the total count */
      200: {
        headers: {
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WebhookDeliveryDto'][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  redeliverWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key. */
        'X-CSRF-Token'?: string;
        /**
         * @description Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body gets the first response again (status and body, with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses 400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after 5 minutes frees its key.
         * @example 9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook delivery */
      202: {
        headers: {
          /** @description `true` when this is the stored response of an earlier request */
          'Idempotent-Replayed'?: string;
          /** @description The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, or client address when anonymous */
          'RateLimit-Policy'?: string;
          /** @description What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>` */
          RateLimit?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDto'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CSRF_FAILED, INSUFFICIENT_ROLE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: CONFLICT, IDEMPOTENCY_KEY_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
}
