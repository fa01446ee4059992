import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { describeReviewGatewayContract } from './reviewGatewayContract';

let seq = 0;

describeReviewGatewayContract('DexieReviewGateway', async (now) => {
  const db = new GaplineDb(`contract-${Date.now()}-${++seq}`);
  await db.open();
  return {
    gateway: new DexieReviewGateway(db, { now, locks: null }),
    dispose: () => db.delete(),
  };
});
