/** Space between the panel's sections (styles.css holds no screen rule for them; print has its own). */
export const sectionStyle = { marginTop: '1.25rem' } as const;

/** Table cells sized by their content (`.scores td` is sized for the debrief's two-column table). */
export const cellStyle = { width: 'auto' } as const;
