/**
 * A small spreadsheet export: an alert, four messages (one with a line break inside its
 * quotes), one row whose time cannot be read, and the resolution.
 */
const CSV = [
  'timestamp,channel,author,kind,message',
  '2024-03-05 14:00,Pager,On-call,alert,Checkout error rate above 5%',
  '2024-03-05 14:12,Status page,Ana,update,We are investigating failed payments at checkout.',
  '2024-03-05 14:40,Status page,Ana,update,"Identified: card payments fail.',
  'Next update at 15:10."',
  'not-a-time,Email,Luis,update,This row has no valid time',
  '2024-03-05 15:55,Email,Luis,update,We are still working on it.',
  '2024-03-05 16:35,Status page,Ana,resolution,Resolved. No data was lost.',
].join('\n');

export const csvFile = () => new File([CSV], 'checkout.csv', { type: 'text/csv' });
