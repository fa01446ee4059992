import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { describeReviewGatewayContract } from './reviewGatewayContract';

describeReviewGatewayContract('MemoryReviewGateway', async (now) => ({
  gateway: new MemoryReviewGateway({ now }),
  dispose: async () => {},
}));
