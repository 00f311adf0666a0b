/** The layers distances are measured to: loaded with the page even when hidden (they are small). */
export const PROXIMITY_LAYERS = ['border-gates', 'transport', 'railways', 'towns', 'geopark'] as const;
