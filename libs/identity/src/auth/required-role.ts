/** Metadata key of the minimum role an endpoint needs (set by the Auth decorator). */
export const REQUIRED_ROLE = 'eventreg:required-role';
