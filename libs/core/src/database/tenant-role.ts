/**
 * The PostgreSQL role every tenant query runs as (via SET LOCAL ROLE). It owns nothing and is not a
 * superuser, so row-level security applies to it; the workspace is read from `app.workspace_id`.
 */
export const TENANT_ROLE = 'eventreg_tenant';
export const WORKSPACE_SETTING = 'app.workspace_id';
