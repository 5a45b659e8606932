// A user's code against the Function Compute subpath.
import {
  FunctionComputeClient,
  UpdateFunctionRequestBodyRuntimeValues,
  isUpdateFunctionResponse200,
  type UpdateFunctionRequestBody,
  type UpdateFunctionRequestBodyRuntime,
} from '@funcspec/serverless/aliyun/fc';

const client = new FunctionComputeClient({ baseUrl: 'https://123456789.cn-hangzhou.fc.aliyuncs.com' });

export async function calls(): Promise<void> {
  const body: UpdateFunctionRequestBody = {
    runtime: 'python3.9',
    handler: 'index.handler',
    memorySize: 512,
    timeout: 60,
    environmentVariables: { KEY: 'value' },
    layers: ['acs:fc:cn-hangzhou:123:layers/demo/versions/1'],
    customDNS: { nameServers: ['8.8.8.8'], dnsOptions: [{ name: 'ndots', value: '2' }] },
  };
  const result = await client.updateFunction({ path: { serviceName: 'svc', functionName: 'fn' }, headers: { 'X-Fc-Trace-Id': 'trace' }, body });
  const name: string | undefined = result.data.functionName;
  const runtimes: readonly UpdateFunctionRequestBodyRuntime[] = UpdateFunctionRequestBodyRuntimeValues;
  void [name, runtimes, isUpdateFunctionResponse200(result.data)];

  // @ts-expect-error runtime must be one of the documented values
  await client.updateFunction({ path: { serviceName: 'svc', functionName: 'fn' }, body: { runtime: 'cobol85' } });
  // @ts-expect-error environment variable values are strings
  await client.updateFunction({ path: { serviceName: 'svc', functionName: 'fn' }, body: { environmentVariables: { KEY: 1 } } });
  // @ts-expect-error the path needs functionName
  await client.updateFunction({ path: { serviceName: 'svc' }, body });
}
