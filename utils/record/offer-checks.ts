/**
 * What the final offer waits on after a conditional offer, each ticked by the candidate
 * (utils/stages/offer-checklist.ts). No zod: plain values the view and the stored user field
 * (stored-vacancy.ts) share.
 */
export const OFFER_CHECKS = ['clearanceForms', 'medical', 'studiesAndExperience'] as const;
export type OfferCheck = (typeof OFFER_CHECKS)[number];
