/* eslint-disable */
export default async () => {
  const t = {
    ['../../../libs/identity/src/entities/workspace.entity.js']: await import('../../../libs/identity/src/entities/workspace.entity.js'),
    ['../../../libs/identity/src/entities/user.entity.js']: await import('../../../libs/identity/src/entities/user.entity.js'),
    ['../../../libs/identity/src/dto/auth.dto.js']: await import('../../../libs/identity/src/dto/auth.dto.js'),
    ['../../../libs/identity/src/dto/session.dto.js']: await import('../../../libs/identity/src/dto/session.dto.js'),
    ['../../../libs/register/src/events/event.entity.js']: await import('../../../libs/register/src/events/event.entity.js'),
    ['../../../libs/register/src/organizations/organization.entity.js']:
      await import('../../../libs/register/src/organizations/organization.entity.js'),
    ['../../../libs/register/src/events/event-organization.entity.js']:
      await import('../../../libs/register/src/events/event-organization.entity.js'),
    ['@app/core']: await import('@app/core'),
    ['../../../libs/register/src/people/dto/person.dto.js']: await import('../../../libs/register/src/people/dto/person.dto.js'),
    ['../../../libs/register/src/people/person.entity.js']: await import('../../../libs/register/src/people/person.entity.js'),
    ['../../../libs/register/src/people/position.entity.js']: await import('../../../libs/register/src/people/position.entity.js'),
    ['../../../libs/register/src/attendance/dto/attendance.dto.js']:
      await import('../../../libs/register/src/attendance/dto/attendance.dto.js'),
    ['../../../libs/register/src/mous/mou-party.entity.js']: await import('../../../libs/register/src/mous/mou-party.entity.js'),
    ['../../../libs/register/src/mous/mou.entity.js']: await import('../../../libs/register/src/mous/mou.entity.js'),
    ['../../../libs/register/src/attendance/attendance.entity.js']:
      await import('../../../libs/register/src/attendance/attendance.entity.js'),
    ['../../../libs/register/src/agenda/agenda-item.entity.js']: await import('../../../libs/register/src/agenda/agenda-item.entity.js'),
    ['../../../libs/register/src/events/dto/event.dto.js']: await import('../../../libs/register/src/events/dto/event.dto.js'),
    ['../../../libs/register/src/imports/dto/attendee-import.dto.js']:
      await import('../../../libs/register/src/imports/dto/attendee-import.dto.js'),
    ['../../../libs/register/src/mous/dto/mou.dto.js']: await import('../../../libs/register/src/mous/dto/mou.dto.js'),
    ['../../../libs/register/src/mous/dto/party-organization.dto.js']:
      await import('../../../libs/register/src/mous/dto/party-organization.dto.js'),
    ['../../../libs/writeup/src/drafts/writeup-draft.entity.js']: await import('../../../libs/writeup/src/drafts/writeup-draft.entity.js'),
    ['../../../libs/writeup/src/http/writeup.dto.js']: await import('../../../libs/writeup/src/http/writeup.dto.js'),
    ['../../../libs/audit/src/dto/audit-log.dto.js']: await import('../../../libs/audit/src/dto/audit-log.dto.js'),
    ['../../../libs/identity/src/dto/api-key.dto.js']: await import('../../../libs/identity/src/dto/api-key.dto.js'),
    ['../../../libs/identity/src/dto/member.dto.js']: await import('../../../libs/identity/src/dto/member.dto.js'),
    ['../../../libs/register/src/agenda/dto/agenda-item.dto.js']: await import('../../../libs/register/src/agenda/dto/agenda-item.dto.js'),
    ['../../../libs/register/src/organizations/dto/organization.dto.js']:
      await import('../../../libs/register/src/organizations/dto/organization.dto.js'),
    ['../../../libs/register/src/participant-groups/dto/participant-group.dto.js']:
      await import('../../../libs/register/src/participant-groups/dto/participant-group.dto.js'),
    ['../../../libs/register/src/projects/dto/signed-project.dto.js']:
      await import('../../../libs/register/src/projects/dto/signed-project.dto.js'),
    ['../../../libs/register/src/speeches/dto/speech.dto.js']: await import('../../../libs/register/src/speeches/dto/speech.dto.js'),
    ['../../../libs/reports/src/http/reports.dto.js']: await import('../../../libs/reports/src/http/reports.dto.js'),
    ['./health/health.controller.js']: await import('./health/health.controller.js'),
  };
  return {
    '@nestjs/swagger': {
      models: [
        [
          import('../../../libs/core/src/errors/error-response.dto.js'),
          {
            FieldErrorDto: {
              field: { required: true, type: () => String, description: 'Path of the offending field, e.g. `positions.0.title`' },
              messages: { required: true, type: () => [String], description: 'Why it was rejected, one message per failed rule' },
            },
            ErrorResponseDto: {
              statusCode: { required: true, type: () => Number, description: 'HTTP status code, repeated in the body' },
              code: {
                required: true,
                description: 'Stable machine-readable code',
                enum: [
                  'VALIDATION_FAILED',
                  'INVALID_BODY',
                  'BAD_REQUEST',
                  'WEAK_PASSWORD',
                  'UNAUTHENTICATED',
                  'INVALID_CREDENTIALS',
                  'FORBIDDEN',
                  'INSUFFICIENT_ROLE',
                  'NOT_A_MEMBER',
                  'CSRF_FAILED',
                  'NOT_FOUND',
                  'ROUTE_NOT_FOUND',
                  'METHOD_NOT_ALLOWED',
                  'NOT_ACCEPTABLE',
                  'CONFLICT',
                  'EMAIL_TAKEN',
                  'ALREADY_EXISTS',
                  'IN_USE',
                  'INVALID_STATE_TRANSITION',
                  'EVENT_CANCELLED',
                  'LAST_OWNER',
                  'DRAFT_CHANGED',
                  'DRAFT_EDITED',
                  'LINK_EXPIRED',
                  'LINK_INVALID',
                  'PAYLOAD_TOO_LARGE',
                  'UNSUPPORTED_MEDIA_TYPE',
                  'IMPORT_REJECTED',
                  'IDEMPOTENCY_KEY_REUSED',
                  'IDEMPOTENCY_KEY_IN_USE',
                  'RATE_LIMITED',
                  'INTERNAL',
                  'SERVICE_UNAVAILABLE',
                ],
              },
              message: { required: true, type: () => String, description: 'Human-readable explanation' },
              details: {
                required: false,
                type: () => Object,
                description: 'Extra machine-readable facts; for VALIDATION_FAILED a list of FieldError',
              },
              requestId: {
                required: true,
                type: () => String,
                description: 'The request id, also sent as the X-Request-Id header; quote it when reporting a problem',
              },
            },
          },
        ],
        [
          import('../../../libs/core/src/http/page.dto.js'),
          {
            PageQueryDto: {
              page: { required: false, type: () => Number, description: '1-based page number', default: 1, minimum: 1, maximum: 100000 },
              pageSize: {
                required: false,
                type: () => Number,
                description: 'Items per page (1\u2013200)',
                default: 50,
                minimum: 1,
                maximum: 200,
              },
            },
          },
        ],
        [
          import('../../../libs/core/src/http/localized-text.dto.js'),
          {
            LocalizedTextDto: {
              zh: { required: false, type: () => String, description: 'Chinese, e.g. \u5C71\u4E1C\u7701\u526F\u7701\u957F' },
              ja: { required: false, type: () => String, description: 'Japanese, e.g. \u5C71\u6771\u7701\u526F\u7701\u9577' },
              en: { required: false, type: () => String, description: 'English, e.g. Vice Governor of Shandong Province' },
            },
          },
        ],
        [
          import('../../../libs/identity/src/dto/api-key.dto.js'),
          {
            CreateApiKeyDto: {
              name: { required: true, type: () => String, description: 'What the key is for.', maxLength: 100 },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
            },
            ApiKeyDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              prefix: { required: true, type: () => String, description: 'Public start of the key, to tell keys apart' },
              createdAt: { required: true, type: () => Date },
              lastUsedAt: { required: true, type: () => Date, nullable: true },
              revokedAt: { required: true, type: () => Date, nullable: true },
            },
            CreatedApiKeyDto: {
              key: {
                required: true,
                type: () => String,
                description: 'The secret key. Shown only in this response; store it now. Send as `X-API-Key` or `Authorization: Bearer`.',
              },
            },
          },
        ],
        [
          import('../../../libs/identity/src/entities/workspace.entity.js'),
          {
            Workspace: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/identity/src/entities/api-key.entity.js'),
          {
            ApiKey: {
              id: { required: true, type: () => String },
              workspaceId: { required: true, type: () => String },
              workspace: { required: false, type: () => t['../../../libs/identity/src/entities/workspace.entity.js'].Workspace },
              name: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              prefix: { required: true, type: () => String, description: 'public part of the key, shown in lists to tell keys apart' },
              secretHash: { required: true, type: () => String },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              lastUsedAt: { required: true, type: () => Date, nullable: true },
              revokedAt: { required: true, type: () => Date, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/identity/src/entities/user.entity.js'),
          {
            User: {
              id: { required: true, type: () => String },
              email: { required: true, type: () => String, description: 'stored lower-cased' },
              passwordHash: { required: true, type: () => String, description: 'argon2id hash' },
              credentialsVersion: {
                required: true,
                type: () => Number,
                description:
                  'Raised by every password change. Access tokens carry the version they were issued under and sessions\nstore it, so both stop working at once when it moves on.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/identity/src/entities/membership.entity.js'),
          {
            Membership: {
              id: { required: true, type: () => String },
              workspaceId: { required: true, type: () => String },
              workspace: { required: false, type: () => t['../../../libs/identity/src/entities/workspace.entity.js'].Workspace },
              userId: { required: true, type: () => String },
              user: { required: false, type: () => t['../../../libs/identity/src/entities/user.entity.js'].User },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/identity/src/entities/session.entity.js'),
          {
            Session: {
              id: { required: true, type: () => String, description: "hex SHA-256 of the cookie's token" },
              userId: { required: true, type: () => String },
              user: { required: false, type: () => t['../../../libs/identity/src/entities/user.entity.js'].User },
              workspaceId: {
                required: true,
                type: () => String,
                description: 'the workspace the session acts in; switched with PUT /auth/session/workspace',
              },
              workspace: { required: false, type: () => t['../../../libs/identity/src/entities/workspace.entity.js'].Workspace },
              csrfToken: {
                required: true,
                type: () => String,
                description: 'synchronizer token sent back in X-CSRF-Token on every state-changing request',
              },
              credentialsVersion: {
                required: true,
                type: () => Number,
                description: "the user's credentials version when the session began; a password change elsewhere moves it on",
              },
              createdAt: { required: true, type: () => Date },
              lastSeenAt: {
                required: true,
                type: () => Date,
                description: 'refreshed at most once a minute; the idle timeout counts from here',
              },
              expiresAt: { required: true, type: () => Date, description: 'absolute end, however active the session is' },
              revokedAt: { required: true, type: () => Date, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/identity/src/dto/auth.dto.js'),
          {
            SignupDto: {
              email: { required: true, type: () => String, example: 'organizer@kjt.shandong.example', maxLength: 254, format: 'email' },
              password: {
                required: true,
                type: () => String,
                description:
                  'At least 10 characters, and not guessable: common passwords, keyboard patterns, dates, repeats and\nthe email itself are refused with WEAK_PASSWORD (zxcvbn score 3 of 4 needed).',
                example: 'correct-horse-battery',
                minLength: 10,
                maxLength: 200,
              },
              workspaceName: {
                required: true,
                type: () => String,
                description: 'Name of the new workspace, usually the office.',
                maxLength: 200,
              },
            },
            LoginDto: {
              email: { required: true, type: () => String, example: 'organizer@kjt.shandong.example', maxLength: 254, format: 'email' },
              password: { required: true, type: () => String, example: 'correct-horse-battery', maxLength: 200 },
              workspaceId: {
                required: false,
                type: () => String,
                description:
                  "The workspace the token is for. A user in several workspaces picks one here; without it the token\nis for the workspace the user joined first. The response lists all of the user's workspaces.",
                format: 'uuid',
              },
            },
            ChangePasswordDto: {
              currentPassword: { required: true, type: () => String, description: 'The password in use now', maxLength: 200 },
              newPassword: {
                required: true,
                type: () => String,
                description: 'At least 10 characters and not guessable (see signup); refused with WEAK_PASSWORD otherwise.',
                example: 'another-long-password',
                minLength: 10,
                maxLength: 200,
              },
            },
            WorkspaceMembershipDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
            },
            TokenResponseDto: {
              accessToken: {
                required: true,
                type: () => String,
                description: 'JWT to send as `Authorization: Bearer <token>`; it is bound to one workspace',
              },
              tokenType: { required: true, type: () => String, description: 'Always `Bearer`' },
              expiresIn: { required: true, type: () => Number, description: 'Lifetime of the token in seconds' },
              workspaceId: { required: true, type: () => String, description: 'The workspace the token is for' },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              workspaces: {
                required: true,
                type: () => [t['../../../libs/identity/src/dto/auth.dto.js'].WorkspaceMembershipDto],
                description: 'Every workspace the user belongs to; log in again with `workspaceId` to switch',
              },
            },
            MeResponseDto: {
              workspaceId: { required: true, type: () => String },
              workspaceName: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              userId: { required: true, type: () => String, nullable: true, description: 'Set when a user signed in' },
              email: { required: true, type: () => String, nullable: true },
              apiKeyId: { required: true, type: () => String, nullable: true, description: 'Set when an API key is used' },
            },
          },
        ],
        [
          import('../../../libs/identity/src/dto/session.dto.js'),
          {
            SessionUserDto: { id: { required: true, type: () => String }, email: { required: true, type: () => String } },
            SessionDto: {
              user: { required: true, type: () => t['../../../libs/identity/src/dto/session.dto.js'].SessionUserDto },
              workspace: {
                required: true,
                type: () => t['../../../libs/identity/src/dto/auth.dto.js'].WorkspaceMembershipDto,
                description: "The workspace the session acts in, with the user's role there",
              },
              workspaces: {
                required: true,
                type: () => [t['../../../libs/identity/src/dto/auth.dto.js'].WorkspaceMembershipDto],
                description: 'Every workspace of the user; switch with `PUT /api/v1/auth/session/workspace`',
              },
              csrfToken: {
                required: true,
                type: () => String,
                description:
                  'Send as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the session cookie; the same for the life of the session',
              },
            },
            SwitchWorkspaceDto: {
              workspaceId: {
                required: true,
                type: () => String,
                description: 'A workspace the user is a member of.',
                example: '3f2b8c1e-6d4a-4f7e-9a51-2c8d0e7b9f10',
                format: 'uuid',
              },
            },
          },
        ],
        [
          import('../../../libs/identity/src/dto/member.dto.js'),
          {
            AddMemberDto: {
              email: { required: true, type: () => String, example: 'clerk@kjt.shandong.example', maxLength: 254, format: 'email' },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              password: {
                required: false,
                type: () => String,
                description:
                  'Initial password, only used when no user with this email exists yet; the owner passes it on.\nWithout it, adding an unknown email is refused with NOT_FOUND. At least 10 characters and not guessable\n(see signup), else WEAK_PASSWORD.',
                minLength: 10,
                maxLength: 200,
              },
            },
            UpdateMemberDto: { role: { required: true, enum: ['owner', 'organizer', 'official'] } },
            MemberDto: {
              userId: { required: true, type: () => String },
              email: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'organizer', 'official'] },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/register/src/organizations/organization.entity.js'),
          {
            Organization: {
              kind: {
                required: true,
                enum: [
                  'government',
                  'party_committee',
                  'enterprise',
                  'state_owned_enterprise',
                  'statutory_body',
                  'university',
                  'research_institute',
                  'association',
                  'development_zone',
                  'media',
                  'other',
                ],
              },
              region: { required: true, type: () => String, nullable: true, description: 'e.g. Shandong, Qingdao, Hong Kong' },
              name: { required: true, type: () => Object },
              shortName: { required: true, type: () => Object, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/register/src/events/event-organization.entity.js'),
          {
            EventOrganization: {
              eventId: { required: true, type: () => String },
              event: { required: false, type: () => t['../../../libs/register/src/events/event.entity.js'].Event },
              organizationId: { required: true, type: () => String },
              organization: {
                required: false,
                type: () => t['../../../libs/register/src/organizations/organization.entity.js'].Organization,
              },
              role: { required: true, enum: ['host', 'co_host'] },
              ord: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('../../../libs/register/src/events/event.entity.js'),
          {
            Event: {
              title: { required: true, type: () => Object },
              kind: { required: true, enum: ['other', 'exchange_meeting', 'forum', 'signing_ceremony', 'delegation_visit', 'conference'] },
              status: { required: true, enum: ['draft', 'scheduled', 'held', 'cancelled'] },
              startsAt: { required: true, type: () => Date },
              endsAt: { required: true, type: () => Date, nullable: true },
              timeZone: {
                required: true,
                type: () => String,
                description: "IANA time zone the event's local times are in, e.g. Asia/Shanghai",
              },
              venue: { required: true, type: () => Object, nullable: true },
              city: { required: true, type: () => Object, nullable: true },
              theme: { required: true, type: () => Object, nullable: true },
              sides: {
                required: true,
                type: () => [Object],
                description: 'the sides the event brings together, e.g. Shandong and Hong Kong',
              },
              organizations: {
                required: false,
                type: () => [t['../../../libs/register/src/events/event-organization.entity.js'].EventOrganization],
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/agenda/agenda-item.entity.js'),
          {
            AgendaItem: {
              ord: { required: true, type: () => Number },
              kind: {
                required: true,
                enum: [
                  'address',
                  'other',
                  'opening',
                  'unveiling',
                  'mou_signing',
                  'project_signing',
                  'policy_presentation',
                  'matchmaking',
                  'site_visit',
                ],
              },
              title: { required: true, type: () => Object, nullable: true },
              subject: {
                required: true,
                type: () => Object,
                nullable: true,
                description: 'what was unveiled, the place visited, the policies presented',
              },
              summary: {
                required: true,
                type: () => Object,
                nullable: true,
                description: 'a sentence or two the organizer wrote about the segment',
              },
              startsAt: { required: true, type: () => Date, nullable: true },
              organizationId: { required: true, type: () => String, nullable: true },
              organization: {
                required: false,
                type: () => t['../../../libs/register/src/organizations/organization.entity.js'].Organization,
                nullable: true,
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/people/dto/person.dto.js'),
          {
            PositionInputDto: {
              title: {
                required: true,
                type: () => t['@app/core'].LocalizedTextDto,
                description:
                  'The title as used with the name, e.g. \u526F\u7701\u957F / Vice Governor; may name the body when no organization is linked',
              },
              organizationId: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The organization the position is in, when it is recorded',
                format: 'uuid',
              },
            },
            CreatePersonDto: {
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              positions: {
                required: false,
                type: () => [t['../../../libs/register/src/people/dto/person.dto.js'].PositionInputDto],
                description: 'Positions in the order they are stated, most senior first',
                maxItems: 20,
              },
              protocolRank: {
                required: false,
                type: () => Number,
                description: 'Default protocol rank: 1 is the most senior; lower ranks come first in every list.',
                example: 10,
                minimum: 1,
                maximum: 100000,
              },
              note: { required: false, type: () => String, nullable: true, description: 'Internal note, not published', maxLength: 2000 },
            },
            UpdatePersonDto: {},
            OrganizationRefDto: {
              id: { required: true, type: () => String },
              kind: { required: true, type: () => String },
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              shortName: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
            },
            PositionDto: {
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              organizationId: { required: true, type: () => String, nullable: true },
              organization: {
                required: true,
                type: () => t['../../../libs/register/src/people/dto/person.dto.js'].OrganizationRefDto,
                nullable: true,
              },
            },
            PersonDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              positions: { required: true, type: () => [t['../../../libs/register/src/people/dto/person.dto.js'].PositionDto] },
              protocolRank: { required: true, type: () => Number },
              note: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            PersonQueryDto: {
              q: { required: false, type: () => String, description: 'Text in any language of the name', maxLength: 200 },
              organizationId: {
                required: false,
                type: () => String,
                description: 'People holding a position in this organization',
                format: 'uuid',
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/agenda/dto/agenda-item.dto.js'),
          {
            CreateAgendaItemDto: {
              kind: {
                required: true,
                enum: [
                  'address',
                  'other',
                  'opening',
                  'unveiling',
                  'mou_signing',
                  'project_signing',
                  'policy_presentation',
                  'matchmaking',
                  'site_visit',
                ],
              },
              title: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              subject: {
                required: false,
                type: () => t['@app/core'].LocalizedTextDto,
                nullable: true,
                description: 'What was unveiled, the place visited, the policies presented',
              },
              summary: {
                required: false,
                type: () => t['@app/core'].LocalizedTextDto,
                nullable: true,
                description: 'A sentence or two about the segment, as it may be published',
              },
              organizationId: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The organization that ran the segment (e.g. presented the policies)',
                format: 'uuid',
              },
              startsAt: { required: false, type: () => String, nullable: true, description: 'Local start, ISO 8601 with offset' },
              order: {
                required: false,
                type: () => Number,
                description: 'Position in the agenda (0-based); appended when omitted',
                minimum: 0,
                maximum: 10000,
              },
            },
            UpdateAgendaItemDto: {},
            AgendaItemDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'address',
                  'other',
                  'opening',
                  'unveiling',
                  'mou_signing',
                  'project_signing',
                  'policy_presentation',
                  'matchmaking',
                  'site_visit',
                ],
              },
              order: { required: true, type: () => Number },
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              subject: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              summary: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              organizationId: { required: true, type: () => String, nullable: true },
              organization: {
                required: true,
                type: () => t['../../../libs/register/src/people/dto/person.dto.js'].OrganizationRefDto,
                nullable: true,
              },
              startsAt: { required: true, type: () => Date, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/register/src/people/position.entity.js'),
          {
            Position: {
              personId: { required: true, type: () => String },
              person: { required: false, type: () => t['../../../libs/register/src/people/person.entity.js'].Person },
              ord: { required: true, type: () => Number },
              title: {
                required: true,
                type: () => Object,
                description: 'The title as said before or after the name, e.g. \u526F\u7701\u957F / Vice Governor',
              },
              organizationId: { required: true, type: () => String, nullable: true },
              organization: {
                required: false,
                type: () => t['../../../libs/register/src/organizations/organization.entity.js'].Organization,
                nullable: true,
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/people/person.entity.js'),
          {
            Person: {
              name: { required: true, type: () => Object },
              protocolRank: { required: true, type: () => Number },
              note: { required: true, type: () => String, nullable: true },
              positions: { required: false, type: () => [t['../../../libs/register/src/people/position.entity.js'].Position] },
            },
          },
        ],
        [
          import('../../../libs/register/src/attendance/attendance.entity.js'),
          {
            Attendance: {
              personId: { required: true, type: () => String },
              person: { required: false, type: () => t['../../../libs/register/src/people/person.entity.js'].Person },
              role: { required: true, enum: ['presider', 'speaker', 'guest', 'participant'] },
              side: { required: true, type: () => String, nullable: true, description: "code of one of the event's sides" },
              protocolOrder: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "explicit place in this event's protocol order; wins over the person's rank",
              },
              status: { required: true, enum: ['invited', 'registered', 'checked_in', 'absent'] },
              checkedInAt: { required: true, type: () => Date, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/register/src/attendance/dto/attendance.dto.js'),
          {
            CreateAttendanceDto: {
              personId: { required: true, type: () => String, description: 'The person attending', format: 'uuid' },
              role: { required: true, enum: ['presider', 'speaker', 'guest', 'participant'] },
              side: {
                required: false,
                type: () => String,
                nullable: true,
                description: "Code of one of the event's sides.",
                example: 'shandong',
                maxLength: 40,
              },
              protocolOrder: {
                required: false,
                type: () => Number,
                nullable: true,
                description: "Explicit place in this event's protocol order; wins over the person's rank.",
                example: 1,
                minimum: 1,
                maximum: 100000,
              },
              status: { required: false, enum: ['invited', 'registered', 'checked_in', 'absent'] },
            },
            UpdateAttendanceDto: {},
            BulkAttendanceDto: {
              items: {
                required: true,
                type: () => [t['../../../libs/register/src/attendance/dto/attendance.dto.js'].CreateAttendanceDto],
                description: 'Up to 1000 attendees, added all or nothing',
                minItems: 1,
                maxItems: 1000,
              },
            },
            AttendanceDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              personId: { required: true, type: () => String },
              person: { required: true, type: () => t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto },
              role: { required: true, enum: ['presider', 'speaker', 'guest', 'participant'] },
              side: { required: true, type: () => String, nullable: true },
              protocolOrder: { required: true, type: () => Number, nullable: true, description: 'The override, if set' },
              effectiveOrder: {
                required: true,
                type: () => Number,
                description: "Place in the event's protocol order as every list and report uses it (1 = first)",
              },
              status: { required: true, enum: ['invited', 'registered', 'checked_in', 'absent'] },
              checkedInAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
            CheckInResultDto: {
              checkedInNow: {
                required: true,
                type: () => Boolean,
                description:
                  'True when this call did the check-in; false when the attendee was already checked in (the first time is kept)',
              },
            },
            AttendanceQueryDto: {
              q: {
                required: false,
                type: () => String,
                description: "Text in any language of the attendee's name; spaces are ignored (\u674E \u660E finds \u674E\u660E).",
                example: '\u5B8B',
                maxLength: 200,
              },
              role: { required: false, enum: ['presider', 'speaker', 'guest', 'participant'] },
              status: { required: false, enum: ['invited', 'registered', 'checked_in', 'absent'] },
              side: { required: false, type: () => String, maxLength: 40 },
            },
            CheckInDto: {
              checkedInAt: {
                required: false,
                type: () => String,
                description:
                  'When the attendee arrived, ISO 8601 with offset. Optional while the event is on (the time of the\ncall is used); required once the event is over (status `held`, or past its end, or past the end of\nits start day in its zone when it has no end). Not in the future, and within a day of the event.',
                example: '2024-03-25T08:45:00+08:00',
              },
            },
            UndoCheckInResultDto: {
              undoneNow: {
                required: true,
                type: () => Boolean,
                description: 'True when this call undid a check-in; false when the attendee was not checked in',
              },
            },
            AttendanceSummaryDto: {
              total: { required: true, type: () => Number, description: 'Everyone on the list, whatever the status' },
              invited: { required: true, type: () => Number },
              registered: { required: true, type: () => Number, description: 'Expected and not yet checked in' },
              checkedIn: { required: true, type: () => Number },
              absent: { required: true, type: () => Number, description: 'Marked absent' },
              lastCheckInAt: { required: true, type: () => Date, nullable: true, description: 'The latest check-in, if any' },
            },
            BulkAttendanceResultDto: {
              items: {
                required: true,
                type: () => [t['../../../libs/register/src/attendance/dto/attendance.dto.js'].AttendanceDto],
                description: 'The new attendances, in protocol order',
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/mous/mou.entity.js'),
          {
            Mou: {
              ord: { required: true, type: () => Number },
              title: { required: true, type: () => Object },
              purpose: { required: true, type: () => Object, nullable: true },
              signedOn: { required: true, type: () => String, nullable: true },
              status: { required: true, enum: ['planned', 'signed', 'in_effect', 'terminated'] },
              witnessIds: {
                required: true,
                type: () => [String],
                description: 'people who witnessed the signing, in protocol order as entered',
              },
              parties: { required: false, type: () => [t['../../../libs/register/src/mous/mou-party.entity.js'].MouParty] },
            },
          },
        ],
        [
          import('../../../libs/register/src/mous/mou-party.entity.js'),
          {
            MouParty: {
              mouId: { required: true, type: () => String },
              mou: { required: false, type: () => t['../../../libs/register/src/mous/mou.entity.js'].Mou },
              ord: { required: true, type: () => Number },
              organizationId: { required: true, type: () => String },
              organization: {
                required: false,
                type: () => t['../../../libs/register/src/organizations/organization.entity.js'].Organization,
              },
              signatoryId: { required: true, type: () => String, nullable: true },
              signatory: { required: false, type: () => t['../../../libs/register/src/people/person.entity.js'].Person, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/register/src/participant-groups/participant-group.entity.js'),
          {
            ParticipantGroup: {
              ord: { required: true, type: () => Number },
              category: { required: true, type: () => Object },
              count: { required: true, type: () => Number },
              qualifier: { required: true, enum: ['exact', 'about', 'over', 'nearly'] },
            },
          },
        ],
        [
          import('../../../libs/register/src/projects/signed-project.entity.js'),
          {
            SignedProject: {
              ord: { required: true, type: () => Number },
              title: { required: true, type: () => Object },
              sector: {
                required: true,
                nullable: true,
                enum: [
                  'other',
                  'ai',
                  'biomedicine',
                  'digital_economy',
                  'advanced_manufacturing',
                  'new_energy',
                  'new_materials',
                  'marine_economy',
                  'finance',
                  'logistics',
                  'education',
                  'healthcare',
                  'communications',
                  'culture_tourism',
                  'agriculture',
                ],
              },
              amount: { required: true, type: () => String, nullable: true, description: 'decimal string, e.g. "12500000.00"' },
              currency: { required: true, type: () => String, nullable: true, description: 'ISO 4217, e.g. CNY, HKD' },
              status: { required: true, enum: ['cancelled', 'signed', 'in_progress', 'completed'] },
              partyIds: { required: true, type: () => [String], description: 'organizations that signed, in order' },
            },
          },
        ],
        [
          import('../../../libs/register/src/speeches/speech.entity.js'),
          {
            Speech: {
              attendanceId: { required: true, type: () => String },
              attendance: { required: false, type: () => t['../../../libs/register/src/attendance/attendance.entity.js'].Attendance },
              agendaItemId: { required: true, type: () => String, nullable: true },
              agendaItem: {
                required: false,
                type: () => t['../../../libs/register/src/agenda/agenda-item.entity.js'].AgendaItem,
                nullable: true,
              },
              kind: { required: true, enum: ['address', 'keynote', 'remarks', 'statement'] },
              ord: { required: true, type: () => Number, description: 'order in which it was given' },
              language: { required: true, nullable: true, description: 'language it was given in', enum: ['zh', 'ja', 'en'] },
              keyPoints: { required: true, type: () => [Object] },
              quotes: { required: true, type: () => [Object] },
            },
          },
        ],
        [
          import('../../../libs/register/src/events/dto/event.dto.js'),
          {
            EventSideDto: {
              code: {
                required: true,
                type: () => String,
                description: 'Short key attendance records use.',
                example: 'hongkong',
                pattern: '^[a-z0-9_-]{1,40}$',
              },
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
            },
            CreateEventDto: {
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              kind: { required: true, enum: ['other', 'exchange_meeting', 'forum', 'signing_ceremony', 'delegation_visit', 'conference'] },
              startsAt: {
                required: true,
                type: () => String,
                description: 'Start, ISO 8601 with offset.',
                example: '2024-03-25T09:00:00+08:00',
              },
              endsAt: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'End, ISO 8601 with offset; not before the start.',
                example: '2024-03-25T12:00:00+08:00',
              },
              timeZone: {
                required: true,
                type: () => String,
                description: "IANA time zone of the event's local times.",
                example: 'Asia/Shanghai',
              },
              status: { required: false, enum: ['draft', 'scheduled', 'held'] },
              venue: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              city: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              theme: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              sides: {
                required: false,
                type: () => [t['../../../libs/register/src/events/dto/event.dto.js'].EventSideDto],
                description: 'The sides the event brings together',
                maxItems: 10,
              },
              hostIds: {
                required: false,
                type: () => [String],
                description: 'Host organizations, in order',
                uniqueItems: true,
                format: 'uuid',
                maxItems: 20,
              },
              coHostIds: {
                required: false,
                type: () => [String],
                description: 'Co-host organizations, in order',
                uniqueItems: true,
                format: 'uuid',
                maxItems: 20,
              },
            },
            UpdateEventDto: {
              status: {
                required: false,
                description:
                  'Lifecycle: draft \u2192 scheduled \u2192 held (or draft \u2192 held for a past event); scheduled \u2192 draft; draft or scheduled \u2192 cancelled.\nHeld and cancelled events keep their status.',
                enum: ['draft', 'scheduled', 'held', 'cancelled'],
              },
            },
            EventSummaryCountsDto: {
              attendees: { required: true, type: () => Number },
              checkedIn: { required: true, type: () => Number },
              speeches: { required: true, type: () => Number },
              mous: { required: true, type: () => Number },
              projects: { required: true, type: () => Number },
            },
            EventDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              kind: { required: true, enum: ['other', 'exchange_meeting', 'forum', 'signing_ceremony', 'delegation_visit', 'conference'] },
              status: { required: true, enum: ['draft', 'scheduled', 'held', 'cancelled'] },
              startsAt: { required: true, type: () => Date },
              endsAt: { required: true, type: () => Date, nullable: true },
              timeZone: { required: true, type: () => String },
              venue: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              city: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              theme: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              sides: { required: true, type: () => [t['../../../libs/register/src/events/dto/event.dto.js'].EventSideDto] },
              hosts: { required: true, type: () => [t['../../../libs/register/src/people/dto/person.dto.js'].OrganizationRefDto] },
              coHosts: { required: true, type: () => [t['../../../libs/register/src/people/dto/person.dto.js'].OrganizationRefDto] },
              counts: {
                required: false,
                type: () => t['../../../libs/register/src/events/dto/event.dto.js'].EventSummaryCountsDto,
                description: 'Present on single-event reads',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            EventQueryDto: {
              q: { required: false, type: () => String, description: 'Text in any language of the title', maxLength: 200 },
              status: { required: false, enum: ['draft', 'scheduled', 'held', 'cancelled'] },
              kind: { required: false, enum: ['other', 'exchange_meeting', 'forum', 'signing_ceremony', 'delegation_visit', 'conference'] },
              from: { required: false, type: () => String, description: 'Events starting at or after this instant' },
              to: { required: false, type: () => String, description: 'Events starting before this instant' },
              organizationId: {
                required: false,
                type: () => String,
                description: 'Events hosted or co-hosted by this organization',
                format: 'uuid',
              },
              sort: { required: false, type: () => String, description: '`startsAt` (default `-startsAt`, newest first), `createdAt`' },
            },
          },
        ],
        [
          import('../../../libs/register/src/organizations/dto/organization.dto.js'),
          {
            CreateOrganizationDto: {
              kind: {
                required: true,
                enum: [
                  'government',
                  'party_committee',
                  'enterprise',
                  'state_owned_enterprise',
                  'statutory_body',
                  'university',
                  'research_institute',
                  'association',
                  'development_zone',
                  'media',
                  'other',
                ],
              },
              region: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Region the organization belongs to.',
                example: 'Shandong',
                maxLength: 100,
              },
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              shortName: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
            },
            UpdateOrganizationDto: {},
            OrganizationDto: {
              id: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'government',
                  'party_committee',
                  'enterprise',
                  'state_owned_enterprise',
                  'statutory_body',
                  'university',
                  'research_institute',
                  'association',
                  'development_zone',
                  'media',
                  'other',
                ],
              },
              region: { required: true, type: () => String, nullable: true },
              name: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              shortName: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            OrganizationQueryDto: {
              q: { required: false, type: () => String, description: 'Text in any language of the name or short name', maxLength: 200 },
              kind: {
                required: false,
                enum: [
                  'government',
                  'party_committee',
                  'enterprise',
                  'state_owned_enterprise',
                  'statutory_body',
                  'university',
                  'research_institute',
                  'association',
                  'development_zone',
                  'media',
                  'other',
                ],
              },
              region: {
                required: false,
                type: () => String,
                description: 'Exact region, case-insensitive.',
                example: 'Hong Kong',
                maxLength: 100,
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/participant-groups/dto/participant-group.dto.js'),
          {
            CreateParticipantGroupDto: {
              category: { required: true, type: () => t['@app/core'].LocalizedTextDto, description: 'Who they are' },
              count: { required: true, type: () => Number, example: 200, minimum: 0, maximum: 10000000 },
              qualifier: { required: false, enum: ['exact', 'about', 'over', 'nearly'] },
              order: { required: false, type: () => Number, description: "Position among the event's groups", minimum: 0, maximum: 10000 },
            },
            UpdateParticipantGroupDto: {},
            ParticipantGroupDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              category: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              count: { required: true, type: () => Number },
              qualifier: { required: true, enum: ['exact', 'about', 'over', 'nearly'] },
              order: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('../../../libs/register/src/imports/dto/attendee-import.dto.js'),
          {
            AttendeeImportQueryDto: {
              dryRun: {
                required: false,
                type: () => Boolean,
                description: 'Check the file and report what would happen, without writing anything',
              },
            },
            AttendeeImportItemDto: {
              row: {
                required: true,
                type: () => Number,
                description: 'Row of the file, as a spreadsheet numbers it (the header row is 1)',
              },
              personId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The person attending; null in a dry run when the person would be created',
              },
              attendanceId: { required: false, type: () => String, description: 'The new attendance; absent in a dry run' },
              matched: {
                required: true,
                type: () => Boolean,
                description: 'True when the row named a person already recorded in the workspace',
              },
            },
            AttendeeImportReportDto: {
              rows: { required: true, type: () => Number, description: 'Attendee rows read from the file' },
              peopleCreated: { required: true, type: () => Number },
              peopleMatched: { required: true, type: () => Number },
              organizationsCreated: { required: true, type: () => Number },
              attendancesAdded: { required: true, type: () => Number, description: 'Attendances added to the event; 0 in a dry run' },
              dryRun: { required: true, type: () => Boolean, description: 'True when nothing was written' },
              ignoredColumns: { required: true, type: () => [String], description: 'Headers that were not recognised and were ignored' },
              items: {
                required: true,
                type: () => [t['../../../libs/register/src/imports/dto/attendee-import.dto.js'].AttendeeImportItemDto],
                description: 'One item per row, in file order',
              },
            },
          },
        ],
        [
          import('../../../libs/register/src/mous/dto/party-organization.dto.js'),
          {
            PartyOrganizationDto: {
              region: { required: true, type: () => String, nullable: true, description: 'e.g. Shandong, Hong Kong' },
            },
          },
        ],
        [
          import('../../../libs/register/src/mous/dto/mou.dto.js'),
          {
            MouPartyInputDto: {
              organizationId: {
                required: true,
                type: () => String,
                description: 'The organization that is a party to the MoU',
                format: 'uuid',
              },
              signatoryId: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The person who signed for it',
                format: 'uuid',
              },
            },
            CreateMouDto: {
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              purpose: { required: false, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              signedOn: {
                required: false,
                type: () => String,
                nullable: true,
                description: "Date of signing; when absent, the event's start date stands for it.",
                example: '2024-03-25',
              },
              status: { required: false, enum: ['planned', 'signed', 'in_effect', 'terminated'] },
              parties: {
                required: true,
                type: () => [t['../../../libs/register/src/mous/dto/mou.dto.js'].MouPartyInputDto],
                description: 'At least two parties, each a different organization, in the order they are named',
                uniqueItems: true,
                minItems: 2,
                maxItems: 20,
              },
              witnessIds: {
                required: false,
                type: () => [String],
                description: 'People who witnessed the signing, in the order they are named',
                uniqueItems: true,
                format: 'uuid',
                maxItems: 50,
              },
              order: {
                required: false,
                type: () => Number,
                description: "Position among the event's MoUs (0-based); appended when omitted",
                minimum: 0,
                maximum: 10000,
              },
            },
            UpdateMouDto: {},
            MouPartyDto: {
              organizationId: { required: true, type: () => String },
              organization: {
                required: true,
                type: () => t['../../../libs/register/src/mous/dto/party-organization.dto.js'].PartyOrganizationDto,
              },
              signatoryId: { required: true, type: () => String, nullable: true },
              signatory: { required: true, type: () => t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto, nullable: true },
            },
            MouDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              order: { required: true, type: () => Number },
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              purpose: { required: true, type: () => t['@app/core'].LocalizedTextDto, nullable: true },
              signedOn: { required: true, type: () => String, nullable: true, description: 'YYYY-MM-DD' },
              status: { required: true, enum: ['planned', 'signed', 'in_effect', 'terminated'] },
              parties: { required: true, type: () => [t['../../../libs/register/src/mous/dto/mou.dto.js'].MouPartyDto] },
              witnessIds: { required: true, type: () => [String] },
              witnesses: { required: true, type: () => [t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto] },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            AgreementQueryDto: {
              q: { required: false, type: () => String, description: 'Text in any language of the title', maxLength: 200 },
              eventId: { required: false, type: () => String, description: 'Only those of this event', format: 'uuid' },
              organizationId: {
                required: false,
                type: () => String,
                description: 'Only those this organization is a party to',
                format: 'uuid',
              },
              region: {
                required: false,
                type: () => String,
                description: 'Only those with a party from this region (exact, case-insensitive).',
                example: 'Hong Kong',
                maxLength: 100,
              },
              from: { required: false, type: () => String, description: 'On or after this date (YYYY-MM-DD).', example: '2024-01-01' },
              to: { required: false, type: () => String, description: 'On or before this date (YYYY-MM-DD).', example: '2024-12-31' },
              sort: { required: false, description: '`date` or `-date` (default, newest first)', enum: ['date', '-date'] },
            },
            MouQueryDto: { status: { required: false, enum: ['planned', 'signed', 'in_effect', 'terminated'] } },
          },
        ],
        [
          import('../../../libs/register/src/projects/dto/signed-project.dto.js'),
          {
            CreateSignedProjectDto: {
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              sector: {
                required: false,
                nullable: true,
                enum: [
                  'other',
                  'ai',
                  'biomedicine',
                  'digital_economy',
                  'advanced_manufacturing',
                  'new_energy',
                  'new_materials',
                  'marine_economy',
                  'finance',
                  'logistics',
                  'education',
                  'healthcare',
                  'communications',
                  'culture_tourism',
                  'agriculture',
                ],
              },
              amount: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Amount as a decimal string, positive, at most 2 decimals; requires `currency`',
              },
              currency: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'ISO 4217 currency code; requires `amount`.',
                example: 'CNY',
              },
              status: { required: false, enum: ['cancelled', 'signed', 'in_progress', 'completed'] },
              partyIds: {
                required: true,
                type: () => [String],
                description: 'Organizations that signed, in order (at least one)',
                uniqueItems: true,
                format: 'uuid',
                minItems: 1,
                maxItems: 20,
              },
              order: {
                required: false,
                type: () => Number,
                description: "Position among the event's projects (0-based); appended when omitted",
                minimum: 0,
                maximum: 10000,
              },
            },
            UpdateSignedProjectDto: {},
            SignedProjectDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              order: { required: true, type: () => Number },
              title: { required: true, type: () => t['@app/core'].LocalizedTextDto },
              sector: {
                required: true,
                nullable: true,
                enum: [
                  'other',
                  'ai',
                  'biomedicine',
                  'digital_economy',
                  'advanced_manufacturing',
                  'new_energy',
                  'new_materials',
                  'marine_economy',
                  'finance',
                  'logistics',
                  'education',
                  'healthcare',
                  'communications',
                  'culture_tourism',
                  'agriculture',
                ],
              },
              amount: { required: true, type: () => String, nullable: true, description: 'Decimal string, e.g. 12500000.00' },
              currency: { required: true, type: () => String, nullable: true, description: 'ISO 4217, e.g. CNY' },
              status: { required: true, enum: ['cancelled', 'signed', 'in_progress', 'completed'] },
              partyIds: { required: true, type: () => [String] },
              parties: {
                required: true,
                type: () => [t['../../../libs/register/src/mous/dto/party-organization.dto.js'].PartyOrganizationDto],
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            SignedProjectQueryDto: {
              sector: {
                required: false,
                enum: [
                  'other',
                  'ai',
                  'biomedicine',
                  'digital_economy',
                  'advanced_manufacturing',
                  'new_energy',
                  'new_materials',
                  'marine_economy',
                  'finance',
                  'logistics',
                  'education',
                  'healthcare',
                  'communications',
                  'culture_tourism',
                  'agriculture',
                ],
              },
              status: { required: false, enum: ['cancelled', 'signed', 'in_progress', 'completed'] },
            },
          },
        ],
        [
          import('../../../libs/register/src/speeches/dto/speech.dto.js'),
          {
            CreateSpeechDto: {
              speakerId: {
                required: true,
                type: () => String,
                description: 'The person who spoke; they must attend the event',
                format: 'uuid',
              },
              kind: { required: true, enum: ['address', 'keynote', 'remarks', 'statement'] },
              agendaItemId: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The agenda segment it was given in; must belong to the same event',
                format: 'uuid',
              },
              order: {
                required: false,
                type: () => Number,
                description: 'Position in speaking order (0-based); appended when omitted',
                minimum: 0,
                maximum: 10000,
              },
              language: { required: false, nullable: true, enum: ['zh', 'ja', 'en'] },
              keyPoints: {
                required: true,
                type: () => [t['@app/core'].LocalizedTextDto],
                description: 'What the speaker said, each point a sentence or two (at most 20)',
                maxItems: 20,
              },
              quotes: {
                required: false,
                type: () => [t['@app/core'].LocalizedTextDto],
                description: 'Sentences quoted verbatim (at most 20); none when omitted',
                maxItems: 20,
              },
            },
            UpdateSpeechDto: {},
            SpeechDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              speakerId: { required: true, type: () => String, description: 'The person who spoke' },
              attendanceId: { required: true, type: () => String, description: "The speaker's attendance at the event" },
              speaker: { required: true, type: () => t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto },
              kind: { required: true, enum: ['address', 'keynote', 'remarks', 'statement'] },
              agendaItemId: { required: true, type: () => String, nullable: true },
              order: {
                required: true,
                type: () => Number,
                description: "Position in speaking order; speeches with the same order follow the speakers' protocol order",
              },
              language: { required: true, nullable: true, enum: ['zh', 'ja', 'en'] },
              keyPoints: { required: true, type: () => [t['@app/core'].LocalizedTextDto] },
              quotes: { required: true, type: () => [t['@app/core'].LocalizedTextDto] },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/writeup/src/drafts/writeup-draft.entity.js'),
          {
            WriteupDraft: {
              id: { required: true, type: () => String },
              workspaceId: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              lang: { required: true, enum: ['zh', 'ja', 'en'] },
              status: { required: true, enum: ['draft', 'published'] },
              currentVersion: { required: true, type: () => Number, description: 'number of the latest version' },
              publishedVersion: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'number of the version officials read, once published',
              },
              publishedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/writeup/src/drafts/writeup-version.entity.js'),
          {
            WriteupVersion: {
              id: { required: true, type: () => String },
              workspaceId: { required: true, type: () => String },
              draftId: { required: true, type: () => String },
              draft: { required: false, type: () => t['../../../libs/writeup/src/drafts/writeup-draft.entity.js'].WriteupDraft },
              version: { required: true, type: () => Number },
              source: { required: true, enum: ['generated', 'edited'] },
              headline: { required: true, type: () => String },
              body: { required: true, type: () => String, description: 'Markdown body' },
              recordsFingerprint: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'fingerprint of the records it was generated from (generated versions only)',
              },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/writeup/src/http/writeup.dto.js'),
          {
            WriteupQueryDto: {
              lang: { required: false, enum: ['zh', 'ja', 'en'] },
              format: { required: false, enum: ['json', 'txt', 'docx', 'md', 'html'] },
            },
            CreateDraftDto: { lang: { required: true, enum: ['zh', 'ja', 'en'] } },
            EditDraftDto: {
              headline: {
                required: true,
                type: () => String,
                example:
                  '\u9B6F\u6E2F\u79D1\u5B66\u6280\u8853\u9769\u65B0\u5354\u529B\u4EA4\u6D41\u4F1A\u304C\u9752\u5CF6\u3067\u958B\u50AC',
                maxLength: 500,
              },
              body: { required: true, type: () => String, description: 'Markdown text of the writeup', maxLength: 200000 },
              baseVersion: {
                required: true,
                type: () => Number,
                description: 'The version this edit starts from; refused with DRAFT_CHANGED when someone saved a newer one.',
                example: 1,
                minimum: 1,
              },
            },
            RegenerateDraftDto: {
              overwriteEdits: {
                required: false,
                type: () => Boolean,
                description:
                  'Replace an edited text with a fresh one from the records; without it, regenerating over an edit is refused with DRAFT_EDITED.',
                example: false,
              },
            },
            PublishDraftDto: {
              version: {
                required: false,
                type: () => Number,
                description: 'Version to publish; the latest when omitted.',
                example: 2,
                minimum: 1,
              },
            },
            WriteupSourceDto: { type: { required: true, type: () => String }, id: { required: true, type: () => String } },
            WriteupSentenceDto: {
              text: { required: true, type: () => String },
              sources: {
                required: true,
                type: () => [t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupSourceDto],
                description: 'The records the sentence states',
              },
            },
            WriteupParagraphDto: {
              section: { required: true, type: () => String },
              heading: { required: false, type: () => String },
              sentences: { required: true, type: () => [t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupSentenceDto] },
            },
            WriteupWarningDto: {
              code: { required: true, type: () => String },
              field: { required: true, type: () => String, description: 'The field of the record, e.g. `name`, `positions[1].title`' },
              recordType: { required: true, type: () => String },
              recordId: { required: true, type: () => String },
              requested: { required: true, enum: ['zh', 'ja', 'en'] },
              used: { required: true, enum: ['zh', 'ja', 'en'] },
            },
            WriteupDocumentDto: {
              lang: { required: true, enum: ['zh', 'ja', 'en'] },
              headline: { required: true, type: () => t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupSentenceDto },
              dateline: { required: true, type: () => String, description: 'e.g. Qingdao, March 25, 2024' },
              paragraphs: { required: true, type: () => [t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupParagraphDto] },
              warnings: {
                required: true,
                type: () => [t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupWarningDto],
                description: 'Each text that fell back to another language, or could not be written as recorded',
              },
            },
            DraftVersionDto: {
              version: { required: true, type: () => Number },
              source: { required: true, enum: ['generated', 'edited'] },
              headline: { required: true, type: () => String },
              body: { required: true, type: () => String },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
            WriteupDraftDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              lang: { required: true, enum: ['zh', 'ja', 'en'] },
              status: { required: true, enum: ['draft', 'published'] },
              currentVersion: { required: true, type: () => Number },
              publishedVersion: { required: true, type: () => Number, nullable: true },
              publishedAt: { required: true, type: () => Date, nullable: true },
              version: {
                required: true,
                type: () => t['../../../libs/writeup/src/http/writeup.dto.js'].DraftVersionDto,
                description: 'The latest version for organizers; the published one for officials',
              },
              recordsChanged: {
                required: true,
                type: () => Boolean,
                description: 'True when the records changed since the latest generated version',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/reports/src/http/reports.dto.js'),
          {
            AttendanceReportQueryDto: { format: { required: false, enum: ['csv', 'xlsx', 'pdf'] } },
            SignInSheetQueryDto: {
              format: { required: false, enum: ['xlsx', 'pdf'] },
              groupBy: { required: false, enum: ['protocol', 'organization'] },
            },
            CreateDownloadLinkDto: {
              report: { required: true, enum: ['attendance', 'sign-in-sheet'] },
              format: { required: true, enum: ['csv', 'xlsx', 'pdf'] },
              groupBy: { required: false, enum: ['protocol', 'organization'] },
            },
            DownloadLinkDto: {
              url: {
                required: true,
                type: () => String,
                description: 'Absolute URL that downloads the report without an Authorization header until it expires',
              },
              expiresAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/audit/src/audit-entry.entity.js'),
          {
            AuditEntry: {
              id: { required: true, type: () => String, description: 'increasing with time; a bigint, read as a string' },
              workspaceId: { required: true, type: () => String },
              occurredAt: { required: true, type: () => Date },
              actorType: { required: true, enum: ['user', 'api_key', 'system'] },
              actorUserId: { required: true, type: () => String, nullable: true },
              actorApiKeyId: { required: true, type: () => String, nullable: true },
              requestId: { required: true, type: () => String, nullable: true },
              action: { required: true, type: () => String },
              resourceType: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              eventId: { required: true, type: () => String, nullable: true },
              before: { required: true, type: 'object', additionalProperties: true, nullable: true },
              after: { required: true, type: 'object', additionalProperties: true, nullable: true },
            },
          },
        ],
        [
          import('../../../libs/audit/src/dto/audit-log.dto.js'),
          {
            AuditLogQueryDto: {
              resourceType: { required: false, type: () => String },
              resourceId: { required: false, type: () => String, description: 'One resource (for members, the user id)', format: 'uuid' },
              eventId: {
                required: false,
                type: () => String,
                description: 'Entries of one event: the event itself and everything recorded for it',
                format: 'uuid',
              },
              actorId: { required: false, type: () => String, description: 'The user or API key that wrote', format: 'uuid' },
              actorType: { required: false, enum: ['user', 'api_key', 'system'] },
              action: { required: false, type: () => String, maxLength: 50, pattern: '^[a-z_]+$' },
              from: {
                required: false,
                type: () => String,
                description: 'Entries at or after this time (ISO 8601).',
                example: '2024-03-01T00:00:00Z',
              },
              to: {
                required: false,
                type: () => String,
                description: 'Entries before this time (ISO 8601).',
                example: '2024-04-01T00:00:00Z',
              },
            },
            AuditActorDto: {
              type: { required: true, enum: ['user', 'api_key', 'system'] },
              userId: { required: true, type: () => String, nullable: true },
              apiKeyId: { required: true, type: () => String, nullable: true },
            },
            AuditResourceDto: {
              type: { required: true, type: () => String },
              id: { required: true, type: () => String },
              eventId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The event the resource belongs to, when it belongs to one',
              },
            },
            AuditEntryDto: {
              id: { required: true, type: () => String, description: 'Increasing with time' },
              occurredAt: { required: true, type: () => Date },
              actor: { required: true, type: () => t['../../../libs/audit/src/dto/audit-log.dto.js'].AuditActorDto },
              action: { required: true, type: () => String },
              resource: { required: true, type: () => t['../../../libs/audit/src/dto/audit-log.dto.js'].AuditResourceDto },
              requestId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The request that wrote, as in the `x-request-id` header',
              },
              before: {
                required: true,
                type: 'object',
                additionalProperties: true,
                nullable: true,
                description:
                  'Fields as they were before, only those that changed (every field of a deleted resource); null for a creation.',
              },
              after: {
                required: true,
                type: 'object',
                additionalProperties: true,
                nullable: true,
                description: 'Fields as they are after, only those that changed (every field of a created resource); null for a deletion.',
              },
            },
          },
        ],
      ],
      controllers: [
        [
          import('../../../libs/identity/src/api-keys/api-keys.controller.js'),
          {
            ApiKeysController: {
              create: { type: t['../../../libs/identity/src/dto/api-key.dto.js'].CreatedApiKeyDto },
              list: { type: [t['../../../libs/identity/src/dto/api-key.dto.js'].ApiKeyDto] },
              revoke: { type: t['../../../libs/identity/src/dto/api-key.dto.js'].ApiKeyDto },
            },
          },
        ],
        [
          import('../../../libs/identity/src/auth/auth.controller.js'),
          {
            AuthController: {
              signup: { type: t['../../../libs/identity/src/dto/auth.dto.js'].TokenResponseDto },
              login: { type: t['../../../libs/identity/src/dto/auth.dto.js'].TokenResponseDto },
              changePassword: {},
              me: { type: t['../../../libs/identity/src/dto/auth.dto.js'].MeResponseDto },
            },
          },
        ],
        [
          import('../../../libs/identity/src/members/members.controller.js'),
          {
            MembersController: {
              list: { type: [t['../../../libs/identity/src/dto/member.dto.js'].MemberDto] },
              add: { type: t['../../../libs/identity/src/dto/member.dto.js'].MemberDto },
              update: { type: t['../../../libs/identity/src/dto/member.dto.js'].MemberDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/identity/src/sessions/sessions.controller.js'),
          {
            SessionsController: {
              start: { type: t['../../../libs/identity/src/dto/session.dto.js'].SessionDto },
              get: { type: t['../../../libs/identity/src/dto/session.dto.js'].SessionDto },
              end: {},
              switchWorkspace: { type: t['../../../libs/identity/src/dto/session.dto.js'].SessionDto },
            },
          },
        ],
        [
          import('../../../libs/register/src/agenda/agenda.controller.js'),
          {
            AgendaController: {
              create: { type: t['../../../libs/register/src/agenda/dto/agenda-item.dto.js'].AgendaItemDto },
              list: {},
              update: { type: t['../../../libs/register/src/agenda/dto/agenda-item.dto.js'].AgendaItemDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/register/src/attendance/attendance.controller.js'),
          {
            AttendanceController: {
              add: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].AttendanceDto },
              addMany: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].BulkAttendanceResultDto },
              list: {},
              summary: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].AttendanceSummaryDto },
              get: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].AttendanceDto },
              update: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].AttendanceDto },
              remove: {},
              checkIn: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].CheckInResultDto },
              undoCheckIn: { type: t['../../../libs/register/src/attendance/dto/attendance.dto.js'].UndoCheckInResultDto },
            },
          },
        ],
        [
          import('../../../libs/register/src/events/events.controller.js'),
          {
            EventsController: {
              create: { type: t['../../../libs/register/src/events/dto/event.dto.js'].EventDto },
              list: {},
              get: { type: t['../../../libs/register/src/events/dto/event.dto.js'].EventDto },
              update: { type: t['../../../libs/register/src/events/dto/event.dto.js'].EventDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/register/src/organizations/organizations.controller.js'),
          {
            OrganizationsController: {
              create: { type: t['../../../libs/register/src/organizations/dto/organization.dto.js'].OrganizationDto },
              list: {},
              get: { type: t['../../../libs/register/src/organizations/dto/organization.dto.js'].OrganizationDto },
              update: { type: t['../../../libs/register/src/organizations/dto/organization.dto.js'].OrganizationDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/register/src/participant-groups/participant-groups.controller.js'),
          {
            ParticipantGroupsController: {
              create: { type: t['../../../libs/register/src/participant-groups/dto/participant-group.dto.js'].ParticipantGroupDto },
              list: {},
              update: { type: t['../../../libs/register/src/participant-groups/dto/participant-group.dto.js'].ParticipantGroupDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/register/src/people/people.controller.js'),
          {
            PeopleController: {
              create: { type: t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto },
              list: {},
              get: { type: t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto },
              update: { type: t['../../../libs/register/src/people/dto/person.dto.js'].PersonDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/register/src/imports/attendee-import.controller.js'),
          {
            AttendeeImportController: {
              import: { type: t['../../../libs/register/src/imports/dto/attendee-import.dto.js'].AttendeeImportReportDto },
            },
          },
        ],
        [
          import('../../../libs/register/src/mous/event-mous.controller.js'),
          {
            EventMousController: {
              create: { type: t['../../../libs/register/src/mous/dto/mou.dto.js'].MouDto },
              list: {},
              get: { type: t['../../../libs/register/src/mous/dto/mou.dto.js'].MouDto },
              update: { type: t['../../../libs/register/src/mous/dto/mou.dto.js'].MouDto },
              remove: {},
            },
          },
        ],
        [import('../../../libs/register/src/mous/mous.controller.js'), { MousController: { list: {} } }],
        [
          import('../../../libs/register/src/projects/event-projects.controller.js'),
          {
            EventProjectsController: {
              create: { type: t['../../../libs/register/src/projects/dto/signed-project.dto.js'].SignedProjectDto },
              list: {},
              get: { type: t['../../../libs/register/src/projects/dto/signed-project.dto.js'].SignedProjectDto },
              update: { type: t['../../../libs/register/src/projects/dto/signed-project.dto.js'].SignedProjectDto },
              remove: {},
            },
          },
        ],
        [import('../../../libs/register/src/projects/projects.controller.js'), { ProjectsController: { list: {} } }],
        [
          import('../../../libs/register/src/speeches/speeches.controller.js'),
          {
            SpeechesController: {
              create: { type: t['../../../libs/register/src/speeches/dto/speech.dto.js'].SpeechDto },
              list: {},
              get: { type: t['../../../libs/register/src/speeches/dto/speech.dto.js'].SpeechDto },
              update: { type: t['../../../libs/register/src/speeches/dto/speech.dto.js'].SpeechDto },
              remove: {},
            },
          },
        ],
        [
          import('../../../libs/writeup/src/http/writeup.controller.js'),
          {
            WriteupController: {
              writeup: {},
              create: { type: t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupDraftDto },
              list: {},
              get: { type: t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupDraftDto },
              versions: { type: [t['../../../libs/writeup/src/http/writeup.dto.js'].DraftVersionDto] },
              edit: { type: t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupDraftDto },
              regenerate: { type: t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupDraftDto },
              publish: { type: t['../../../libs/writeup/src/http/writeup.dto.js'].WriteupDraftDto },
            },
          },
        ],
        [
          import('../../../libs/reports/src/http/reports.controller.js'),
          {
            ReportsController: {
              attendance: {},
              signInSheet: {},
              link: { type: t['../../../libs/reports/src/http/reports.dto.js'].DownloadLinkDto },
              download: {},
            },
          },
        ],
        [import('../../../libs/audit/src/audit-log.controller.js'), { AuditLogController: { list: {} } }],
        [import('./health/health.controller.js'), { HealthController: { check: { type: t['./health/health.controller.js'].HealthDto } } }],
      ],
    },
  };
};
