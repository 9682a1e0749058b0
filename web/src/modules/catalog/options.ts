// The choices forms and filters offer; the same enumerations as the server's catalog.
export const TIER_OPTIONS = ['1', '2', '3', '4'] as const;
export const LIFECYCLE_OPTIONS = ['experimental', 'production', 'deprecated'] as const;
export const ARCHITECTURE_OPTIONS = ['monolith', 'service', 'function'] as const;
