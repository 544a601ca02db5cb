/** CAMEO roots several rules of the stage read alike. */

/** Acts of force: assaults (18), fights (19), mass violence (20). */
export const FORCE_ROOTS = /^(18|19|20)/;
