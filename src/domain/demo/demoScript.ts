import type { CommunicationKind, PhaseKind } from '../model';

/**
 * The demo incident as the team lived it: clock times are America/Sao_Paulo (UTC−03:00,
 * no daylight saving), on Tuesday 13 October 2026 unless `dayOffset` says otherwise.
 * Brisa Market is a fictional online marketplace.
 */
export interface DemoMessage {
  readonly at: string;
  readonly dayOffset?: number;
  readonly channel: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  readonly status?: string;
  readonly text: string;
}

export const DEMO_DATE = { year: 2026, month: 10, day: 13 } as const;
export const DEMO_ZONE = 'America/Sao_Paulo';
export const DEMO_OFFSET_MINUTES = -180;
export const DEMO_TITLE = 'Card payments failing at checkout';
export const DEMO_ALERT = '13:12';
export const DEMO_RESOLUTION = '16:38';

export const DEMO_PHASES: readonly { kind: PhaseKind; start: string; end: string }[] = [
  { kind: 'investigation', start: '13:12', end: '14:15' },
  { kind: 'escalation', start: '14:15', end: '14:50' },
  { kind: 'decision', start: '14:50', end: '15:25' },
  { kind: 'change', start: '15:25', end: '16:38' },
];

export const DEMO_MESSAGES: readonly DemoMessage[] = [
  {
    at: '13:20',
    channel: 'Incident chat',
    author: 'Rafael Costa (on-call)',
    kind: 'internal',
    text: 'SEV2 declared. PSP gateway returning 5xx on card auth since ~13:05, auth success rate down to 58%. Paging payments on-call, @comms FYI.',
  },
  {
    at: '13:41',
    channel: 'Status page',
    author: 'Juliana Alves (Support lead)',
    kind: 'update',
    status: 'investigating',
    text: 'Investigating - We are currently investigating an issue. We apologize for any inconvenience.',
  },
  {
    at: '13:48',
    channel: 'Twitter/X',
    author: 'Marina Lopes (Social)',
    kind: 'update',
    text: 'Some of you are seeing errors when paying. Our team is on it! Check status.brisa.example for updates.',
  },
  {
    at: '14:02',
    channel: 'Support desk macro',
    author: 'Juliana Alves (Support lead)',
    kind: 'update',
    text: 'Hi there,\n\nThanks for reaching out. We are aware that some card payments are failing at checkout right now. Your card has not been charged for failed attempts.\n\nYou can still pay with Pix or bank slip while we fix this.\n\nThe Brisa Market Support team',
  },
  {
    at: '14:20',
    channel: 'Status page',
    author: 'Juliana Alves (Support lead)',
    kind: 'update',
    status: 'identified',
    text: 'Identified - The issue has been identified as a failover problem in the payment gateway cluster after a config deploy. Our engineers are working on a fix.',
  },
  {
    at: '14:35',
    channel: 'Email',
    author: 'Paulo Mendes (Merchant success)',
    kind: 'update',
    text: 'Subject: Card payments failing for some of your customers\n\nDear merchant,\n\nSince 13:05 (Brasília time) about 40% of card payments on Brisa Market checkouts are failing. Pix and bank slip payments work normally. Orders are not lost: customers can retry or choose another method.\n\nWe will write again as soon as we know more.\n\nPaulo Mendes, Merchant success',
  },
  {
    at: '15:10',
    channel: 'Incident chat',
    author: 'Helena Dias (Engineering manager)',
    kind: 'internal',
    text: 'Decision: roll back the 12:58 gateway config deploy instead of waiting for the PSP. ETA for rollback ~40 min. Comms: please post an update, nothing on the status page for 50 min.',
  },
  {
    at: '15:45',
    channel: 'Status page',
    author: 'Juliana Alves (Support lead)',
    kind: 'update',
    status: 'identified',
    text: 'Update - We are continuing to work on a fix for this issue.',
  },
  {
    at: '16:30',
    channel: 'Twitter/X',
    author: 'Marina Lopes (Social)',
    kind: 'update',
    text: 'Card payments should be back shortly! Sorry for the inconvenience.',
  },
  {
    at: '16:44',
    channel: 'Status page',
    author: 'Juliana Alves (Support lead)',
    kind: 'resolution',
    status: 'resolved',
    text: 'Resolved - This incident has been resolved.',
  },
  {
    at: '10:00',
    dayOffset: 1,
    channel: 'Email',
    author: 'Helena Dias (Engineering manager)',
    kind: 'follow-up',
    text: 'Subject: What happened with card payments on 13 October\n\nFrom 13:05 to 16:38 (Brasília time) about 40% of card payments at checkout failed. A configuration change to our payment gateway made it stop sending card payments to our backup processor. No card was charged for a failed payment and no order data was lost.\n\nWe rolled the change back at 16:38. Next, we will test gateway changes against a copy of live traffic before release, and post status updates every 30 minutes during any payment incident.\n\nWe are sorry: many of you lost sales during a busy afternoon.\n\nHelena Dias, Engineering',
  },
];
