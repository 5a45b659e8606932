/** The documents a check against a library's own behaviour runs on: our two specs, a petstore, GitHub's REST description. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CORPUS = [
  'spec/huaweicloud/functiongraph-v2.yaml',
  'spec/aliyun/fc-2021-04-06.yaml',
  'test/fixtures/petstore-3.1.yaml',
  require.resolve('@octokit/openapi/generated/api.github.com.json'),
];
