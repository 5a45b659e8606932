/** Typed handles on the generated package's modules, plus request inputs valid against the specs. */
import type * as RuntimeModule from '../../../runtime/index.js';
import type { ApiResponse, CallOptions, ClientOptions } from '../../../runtime/index.js';
import { importGenerated } from './generated.js';

export type Runtime = typeof RuntimeModule;
type Method = (input: any, options?: CallOptions) => Promise<ApiResponse<number, any>>;

export interface HuaweiClient {
  createFunction: Method;
  updateFunctionConfig: Method;
  updateFunctionCode: Method;
}
export interface AliyunClient {
  updateFunction: Method;
}

export interface Loaded {
  /** The generated package's own runtime (runtime/index.js), not the sources. */
  rt: Runtime;
  FunctionGraphClient: new (options?: ClientOptions) => HuaweiClient;
  Fc20210406Client: new (options?: ClientOptions) => AliyunClient;
  huaweiDefaultBaseUrl: string;
  aliyunDefaultBaseUrl: string;
  /** The generated index modules, to check what they re-export. */
  huaweiIndex: Record<string, unknown>;
  aliyunIndex: Record<string, unknown>;
}

export async function loadGenerated(): Promise<Loaded> {
  const rt = await importGenerated<Runtime>('runtime/index.js');
  const hw = await importGenerated<Record<string, unknown>>('huaweicloud/functiongraph/index.js');
  const ali = await importGenerated<Record<string, unknown>>('aliyun/fc/index.js');
  const clientOf = <T>(mod: Record<string, unknown>, suffix: string): T => {
    const name = Object.keys(mod).find((k) => k.endsWith(suffix) && typeof mod[k] === 'function');
    if (!name) throw new Error(`no *${suffix} class exported; exports: ${Object.keys(mod).join(', ')}`);
    return mod[name] as T;
  };
  return {
    rt,
    FunctionGraphClient: clientOf(hw, 'Client'),
    Fc20210406Client: clientOf(ali, 'Client'),
    huaweiDefaultBaseUrl: hw.defaultBaseUrl as string,
    aliyunDefaultBaseUrl: ali.defaultBaseUrl as string,
    huaweiIndex: hw,
    aliyunIndex: ali,
  };
}

export const PROJECT_ID = '0123456789abcdef0123456789abcdef';
export const FUNCTION_URN = `urn:fss:cn-north-4:${PROJECT_ID}:function:default:hello-world:latest`;

export const createFunctionBody = {
  func_name: 'hello-world',
  package: 'default',
  runtime: 'Python3.9',
  handler: 'index.handler',
  memory_size: 256,
  timeout: 30,
  code_type: 'inline',
  func_code: { file: 'ZGVmIGhhbmRsZXIoZXZlbnQsIGNvbnRleHQpOiByZXR1cm4gMQ==' },
  description: 'created by the client tests',
} as const;

export const updateFunctionConfigBody = {
  func_name: 'hello-world',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory_size: 512,
  timeout: 60,
  user_data: '{"host":"127.0.0.1"}',
} as const;

export const updateFunctionCodeBody = {
  code_type: 'inline',
  func_code: { file: 'aGVsbG8=' },
} as const;

/** In the order the official SDK writes the fields (so both JSON texts are the same bytes). */
export const updateFunctionBody = {
  description: 'updated by the client tests',
  environmentVariables: { STAGE: 'test' },
  memorySize: 512,
  timeout: 60,
} as const;

/** The three FunctionGraph operations with valid inputs. */
export const HUAWEI_CALLS = [
  {
    operationId: 'CreateFunction',
    method: 'createFunction',
    httpMethod: 'POST',
    path: `/v2/${PROJECT_ID}/fgs/functions`,
    input: { path: { project_id: PROJECT_ID }, body: createFunctionBody },
  },
  {
    operationId: 'UpdateFunctionConfig',
    method: 'updateFunctionConfig',
    httpMethod: 'PUT',
    path: `/v2/${PROJECT_ID}/fgs/functions/${FUNCTION_URN}/config`,
    input: { path: { project_id: PROJECT_ID, function_urn: FUNCTION_URN }, body: updateFunctionConfigBody },
  },
  {
    operationId: 'UpdateFunctionCode',
    method: 'updateFunctionCode',
    httpMethod: 'PUT',
    path: `/v2/${PROJECT_ID}/fgs/functions/${FUNCTION_URN}/code`,
    input: { path: { project_id: PROJECT_ID, function_urn: FUNCTION_URN }, body: updateFunctionCodeBody },
  },
] as const;

export const ALIYUN_CALL = {
  operationId: 'UpdateFunction',
  method: 'updateFunction',
  httpMethod: 'PUT',
  path: '/2021-04-06/services/demo-service/functions/demo-function',
  input: { path: { serviceName: 'demo-service', functionName: 'demo-function' }, body: updateFunctionBody },
} as const;
