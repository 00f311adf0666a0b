/** Whether the screen is a phone's: the width at which the CSS (`max-width: 700px`) stacks the layout. */
export const isPhone = (): boolean => window.matchMedia('(max-width: 700px)').matches;
