import type { ReviewSpec } from './makeReviewData';

/**
 * A small incident whose messages the message checks flag (`../shared/spec/checks.md`): a
 * late, vague first update (4 findings), a broken next-update promise, a long tweet with no
 * next-update time, a resolution that says nothing about data, and no follow-up (a finding
 * about the incident as a whole). Times are UTC−03:00 (America/Sao_Paulo).
 */
export const CHECKS_REVIEW: ReviewSpec = {
  title: 'Card payments failing',
  zone: 'America/Sao_Paulo',
  alert: '2024-03-05T14:00:00-03:00',
  resolution: '2024-03-05T16:00:00-03:00',
  messages: [
    {
      at: '2024-03-05T14:45:00-03:00',
      channel: 'Status page',
      text: 'We are investigating an issue. We apologize for any inconvenience.',
    },
    {
      at: '2024-03-05T15:10:00-03:00',
      channel: 'Status page',
      text: 'Card payments at checkout fail for some customers in Brazil. Next update at 15:40.',
    },
    {
      at: '2024-03-05T15:50:00-03:00',
      channel: 'Twitter/X',
      text:
        'Card payments at checkout are still failing for some customers in Brazil. ' +
        'Pix and bank slip payments work normally, and no card was charged for a failed ' +
        'payment. Our team is working with the payment provider to bring card payments back ' +
        'as quickly as we can.',
    },
    {
      at: '2024-03-05T16:05:00-03:00',
      channel: 'Status page',
      kind: 'resolution',
      text: 'This incident has been resolved.',
    },
    {
      at: '2024-03-05T15:00:00-03:00',
      channel: 'Slack',
      kind: 'internal',
      text: 'The database cluster failed over. We apologize for any inconvenience.',
    },
  ],
};
