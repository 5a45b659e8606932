// A user's code against the FunctionGraph subpath: real calls that must compile, and mistakes that must not.
import {
  ApiError,
  FunctionGraphClient,
  RuntimeValues,
  headerToken,
  isCreateFunctionRequestBody,
  isFuncVpc,
  validateFuncVpc,
  validateUpdateFunctionCodeRequestBody,
  validators,
  type CreateFunctionRequestBody,
  type FuncVpc,
  type Runtime,
  type UpdateFunctionConfigResponse200,
} from '@funcspec/serverless/huaweicloud/functiongraph';

const client = new FunctionGraphClient({ auth: headerToken('X-Auth-Token', 'token'), timeoutMs: 5_000 });
// One Auth per security scheme: each call uses the first of its operation's requirements they meet.
export const perScheme = new FunctionGraphClient({ auth: { iamToken: headerToken('X-Auth-Token', 'token') }, serverVariables: { region: 'cn-east-3' } });
// @ts-expect-error a misspelt server variable is refused (it used to call the default region)
export const misspelt = new FunctionGraphClient({ serverVariables: { regoin: 'cn-east-3' } });
const path = { project_id: '0123456789abcdef0123456789abcdef', function_urn: 'urn:fss:cn-north-4:0123456789abcdef0123456789abcdef:function:default:demo:latest' };

const vpc: FuncVpc = { vpc_id: 'vpc-1', subnet_id: 'subnet-1' };
const body: CreateFunctionRequestBody = {
  func_name: 'demo',
  package: 'default',
  runtime: 'Python3.9',
  timeout: 30,
  handler: 'index.handler',
  memory_size: 256,
  code_type: 'inline',
  func_vpc: vpc,
};

export async function calls(): Promise<void> {
  const created = await client.createFunction({ path: { project_id: path.project_id }, body });
  const status: 200 = created.status;
  const urn: string | undefined = created.data.func_urn;

  const updated = await client.updateFunctionConfig({
    path,
    body: { func_name: 'demo', runtime: 'Node.js18.15', timeout: 60, handler: 'index.handler', memory_size: 512 },
  });
  const config: UpdateFunctionConfigResponse200 = updated.data;

  await client.updateFunctionCode({ path, body: { code_type: 'obs', code_url: 'https://bucket.obs.example/code.zip' } }, { timeoutMs: 1_000 });

  const runtimes: readonly Runtime[] = RuntimeValues;
  const ok: boolean = isCreateFunctionRequestBody(body);
  const result = validateUpdateFunctionCodeRequestBody({ code_type: 'zip' });
  if (!result.valid) for (const issue of result.issues) console.log(issue.path, issue.rule);
  // Every component schema has its validators too, narrowing to its type.
  const maybeVpc: unknown = JSON.parse('{"vpc_id":"vpc-1","subnet_id":"subnet-1"}');
  const vpcId: string | undefined = isFuncVpc(maybeVpc) ? maybeVpc.vpc_id : undefined;
  const checked = validateFuncVpc(maybeVpc);
  const sameVpc: FuncVpc | undefined = checked.valid ? checked.value : undefined;
  // A validating client is handed the validators, so that one that does not validate bundles none.
  const validating = new FunctionGraphClient({ auth: headerToken('X-Auth-Token', 'token'), validateRequests: true, validators });
  void [status, urn, config, runtimes, ok, vpcId, sameVpc, validating];

  try {
    // @ts-expect-error runtime must be one of the documented values
    await client.createFunction({ path: { project_id: path.project_id }, body: { ...body, runtime: 'Python4.0' } });
    // @ts-expect-error memory_size must be one of the documented sizes
    await client.createFunction({ path: { project_id: path.project_id }, body: { ...body, memory_size: 300 } });
    // @ts-expect-error func_name, package, runtime, timeout, handler and memory_size are required
    await client.createFunction({ path: { project_id: path.project_id }, body: { func_name: 'demo' } });
    // @ts-expect-error the path needs function_urn
    await client.updateFunctionCode({ path: { project_id: path.project_id }, body: { code_type: 'zip' } });
    // @ts-expect-error fields the spec does not define are rejected
    await client.updateFunctionCode({ path, body: { code_type: 'zip', surprise: true } });
  } catch (err) {
    if (err instanceof ApiError) console.log(err.status, err.code, err.errorMessage, err.requestId, err.operationId);
  }
}
